//! Checks the corpus in `static/corpus/` and embeds it in the binary.
//!
//! Any problem (a quote not found in its source, a bad id, a changed text...) fails
//! the build with a list of what is wrong. The checked corpus, texts included, is
//! written to `$OUT_DIR/corpus.bin` in the app's one binary encoding
//! (`src/model/codec.rs`), which `src/model/mod.rs` embeds and decodes on first use:
//! the browser bundle needs no JSON parser. The browser build embeds `corpus-home.bin`
//! instead, only what home shows, and `deferred.rs`, the name, length and sum of the
//! whole corpus's file, which it fetches after the first render.
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
    let out = Path::new(&out);
    let whole = encode(&corpus);
    write(&out.join("corpus.bin"), &whole);
    // The browser build embeds only what home shows; the whole corpus is fetched after
    // the first render (`src/model/deferred.rs`) from a file named after its content.
    let home = schema::Corpus {
        sources: corpus
            .sources
            .iter()
            .map(|s| schema::Source {
                text: String::new(),
                ..s.clone()
            })
            .collect(),
        options: corpus.options.clone(),
        positions: corpus.positions.clone(),
        ..Default::default()
    };
    write(&out.join("corpus-home.bin"), &encode(&home));
    let sha = load::sha256_hex(&whole);
    let built = format!(
        "(\"corpus-{}.bin\", {}, {:#018x})\n",
        &sha[..16],
        whole.len(),
        fnv1a(&whole)
    );
    write(&out.join("deferred.rs"), built.as_bytes());
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

/// The same sum as `src/model/deferred.rs`'s, which checks the file that arrives.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn fail(message: &str) -> ! {
    eprintln!("\nerror: {message}");
    std::process::exit(1);
}
