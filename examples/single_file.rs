//! `cargo run --example single_file -- dist`: writes dist/policy-options-explainer.html,
//! the whole app in one file that opens from file:// with no network.

// A host tool (it uses the host-only sha2); on wasm32 (clippy --all-targets) it is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/single_file.rs"]
mod single_file;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let dist = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist".to_string());
    match single_file::build(std::path::Path::new(&dist)) {
        Ok(path) => {
            let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            println!(
                "wrote {} ({} KB); open it in a browser, no server or network needed",
                path.display(),
                size / 1024
            );
        }
        Err(e) => {
            eprintln!("single-file build failed: {e}\n(run `trunk build --release` first)");
            std::process::exit(1);
        }
    }
}
