//! Checks the corpus in `static/corpus/` and embeds it in the binary: any problem (a
//! quote not found in its source, a bad id, a changed text...) fails the build with a
//! list of what is wrong. The checks and the encoding are the corpus library's
//! (`crates/corpus`); `src/state/shown.rs` embeds `$OUT_DIR/corpus.bin`.

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=static/corpus");
    let dir = std::path::Path::new(&root).join("static/corpus");
    if let Err(e) = corpus::check::pack(&dir, &std::path::Path::new(&out).join("corpus.bin")) {
        eprintln!("\nerror: {e}");
        std::process::exit(1);
    }
}
