//! `cargo xtask <task>`: the project's host tools, run from the repository's root. The
//! Makefile's targets are aliases for these.
//!
//! - `dist`: the release build in `dist/` (Trunk), then the single file in it;
//! - `single-file [DIST]`: only the single file, from a release build in DIST (`dist`);
//! - `bench`: every budget's figure (`make bench`; builds the hello-world baseline);
//! - `citations`: the app's APA, MLA and Chicago against citeproc-js (`make test-citations`);
//! - `corpus ARGS…`: the authoring CLI (`corpus check | pack | single-file`, docs/authoring.md).

// Host tools: on wasm32 (`clippy --all-targets --target wasm32-…`) this is empty.
#[cfg(not(target_arch = "wasm32"))]
mod tasks;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    tasks::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
