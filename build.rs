//! Checks the corpus in `static/corpus/` and embeds it in the binary.
//!
//! Any problem (a quote not found in its source, a bad id, a changed text...) fails
//! the build with a list of what is wrong. The checked corpus, texts included, is
//! written to `$OUT_DIR/corpus.bin` in the app's one binary encoding
//! (`src/model/codec.rs`), which `src/model/mod.rs` embeds and decodes on first use:
//! the browser bundle needs no JSON parser. The browser build embeds `corpus-apart.bin`
//! instead, the same corpus without its texts, and `texts.rs`, each text's length and
//! sum, to check the texts it fetches after the first render.
#![allow(dead_code)]

#[path = "src/model/codec.rs"]
mod codec;
#[path = "src/model/editorial.rs"]
mod editorial;
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
    let out = Path::new(&out);
    write(&out.join("corpus.bin"), &encode(&corpus));
    // The browser build's corpus: the texts travel apart (fetched after the first
    // render, `src/model/texts.rs`), so the first visit does not carry them.
    let mut apart = corpus.clone();
    let mut table = String::from("&[\n");
    for s in &mut apart.sources {
        let text = std::mem::take(&mut s.text);
        table.push_str(&format!(
            "    ({:?}, {}, {:#018x}),\n",
            s.id,
            text.len(),
            fnv1a(text.as_bytes())
        ));
    }
    table.push_str("]\n");
    write(&out.join("corpus-apart.bin"), &encode(&apart));
    write(&out.join("texts.rs"), table.as_bytes());
}

fn encode(corpus: &schema::Corpus) -> Vec<u8> {
    codec::encode(corpus)
        .unwrap_or_else(|e| fail(&format!("the checked corpus cannot be encoded: {e}")))
}

fn write(path: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(path, bytes) {
        fail(&format!("cannot write {}: {e}", path.display()));
    }
}

/// The same sum as `src/model/texts.rs`'s, which checks each text that arrives.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn fail(message: &str) -> ! {
    eprintln!("\nerror: {message}");
    std::process::exit(1);
}
