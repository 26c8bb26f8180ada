//! Checks the corpus in `static/corpus/` and embeds it in the binary.
//!
//! Any problem (a quote not found in its source, a bad id, a changed text...) fails
//! the build with a list of what is wrong. The checked corpus, texts included, is
//! written to `$OUT_DIR/corpus.bin` in the app's one binary encoding
//! (`src/model/codec.rs`), which `src/model/mod.rs` embeds and decodes on first use:
//! the browser bundle needs no JSON parser.
#![allow(dead_code)]

#[path = "src/model/codec.rs"]
mod codec;
#[path = "src/model/editorial.rs"]
mod editorial;
#[path = "src/model/index.rs"]
#[allow(dead_code)]
mod index;
#[path = "src/model/load.rs"]
mod load;
#[path = "src/model/normalize.rs"]
mod normalize;
#[path = "src/model/rules.rs"]
mod rules;
#[path = "src/model/schema.rs"]
mod schema;

use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=static/corpus");
    for f in [
        "codec.rs",
        "editorial.rs",
        "load.rs",
        "normalize.rs",
        "rules.rs",
        "schema.rs",
    ] {
        println!("cargo:rerun-if-changed=src/model/{f}");
    }
    let corpus = match load::load_dir(&Path::new(&root).join("static/corpus")) {
        Ok(c) => c,
        Err(e) => fail(&format!(
            "static/corpus does not pass its checks; fix these before building:\n{e}"
        )),
    };
    let bytes = match codec::encode(&corpus) {
        Ok(b) => b,
        Err(e) => fail(&format!("the checked corpus cannot be encoded: {e}")),
    };
    if let Err(e) = std::fs::write(Path::new(&out).join("corpus.bin"), bytes) {
        fail(&format!("cannot write the encoded corpus: {e}"));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("\nerror: {message}");
    std::process::exit(1);
}
