//! Mounts the app; everything else lives in the library.

fn main() {
    policy_options_explainer::start();
}
