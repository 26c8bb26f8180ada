//! "Make your own" (issue 25): the authoring page's own wasm, so the students' download
//! carries none of it. Everything lives in the library (`src/author/`).

fn main() {
    policy_options_explainer::author::start();
}
