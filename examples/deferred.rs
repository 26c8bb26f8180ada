//! Writes the whole built-in corpus beside a browser build, under the name the app
//! fetches it by after its first render (`src/model/deferred.rs`): run by Trunk's
//! post-build hook (`scripts/precache.sh`) with the staged build's folder.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --example deferred -- <the build's folder>");
        std::process::exit(2);
    };
    let path =
        std::path::Path::new(&dir).join(policy_options_explainer::model::deferred::file_name());
    if let Err(e) = std::fs::write(&path, policy_options_explainer::model::whole_bytes()) {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
