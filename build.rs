//! Checks the corpus in `static/corpus/` and embeds it in the binary: any problem (a
//! quote not found in its source, a bad id, a changed text...) fails the build with a
//! list of what is wrong. The checks and the encoding are the corpus library's
//! (`crates/corpus`).
//!
//! The checked corpus, texts included, is written to `$OUT_DIR/corpus.bin`, which
//! `src/state/shown.rs` embeds natively; `corpus-home.bin`, only what home shows, is
//! written into the browser build's page by the prerender. The browser build embeds
//! only `deferred.rs`: the name, length and sum of the whole corpus's file, which it
//! fetches after the first render (`src/model.rs`'s `deferred`).

use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=static/corpus");
    let corpus = match corpus::check::load::load_dir(&Path::new(&root).join("static/corpus")) {
        Ok(c) => c,
        Err(e) => fail(&format!(
            "static/corpus does not pass its checks; fix these before building:\n{e}"
        )),
    };
    let out = Path::new(&out);
    let whole = encode(&corpus);
    write(&out.join("corpus.bin"), &whole);
    // What home shows: the prerender writes it into the page as a data block beside the
    // home it draws (`src/state/shown.rs`'s `set_home`); the whole corpus is fetched
    // after the first render (`corpus::deferred`) from a file named after its content.
    let home = corpus::deferred::home_part(&corpus);
    write(&out.join("corpus-home.bin"), &encode(&home));
    let sha = corpus::check::load::sha256_hex(&whole);
    let built = format!(
        "(\"corpus-{}.bin\", {}, {:#018x})\n",
        &sha[..16],
        whole.len(),
        corpus::deferred::sum(&whole)
    );
    write(&out.join("deferred.rs"), built.as_bytes());
}

fn encode(corpus: &corpus::schema::Corpus) -> Vec<u8> {
    corpus::codec::encode(corpus)
        .unwrap_or_else(|e| fail(&format!("the checked corpus cannot be encoded: {e}")))
}

fn write(path: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(path, bytes) {
        fail(&format!("cannot write {}: {e}", path.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("\nerror: {message}");
    std::process::exit(1);
}
