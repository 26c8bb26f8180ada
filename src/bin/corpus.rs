//! The authoring tool for a corpus of one's own documents (issue 13; see docs/authoring.md).
//!
//! - `cargo run --bin corpus -- check DIR`: runs on DIR the checks the build runs on the
//!   built-in corpus and prints every fault (file, record, reason); exit code 1 on faults.
//! - `cargo run --bin corpus -- pack DIR OUT`: checks DIR and, when it passes, writes the
//!   corpus file (the app's binary corpus, `src/model/codec.rs`) to OUT.
//!
//! Host only: on wasm32 (`clippy --all-targets --target wasm32-…`) it is empty.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["check", dir] => tool::check(dir),
        ["pack", dir, out] => tool::pack(dir, out),
        _ => {
            eprintln!("{}", tool::USAGE);
            2
        }
    };
    std::process::exit(code);
}

#[cfg(not(target_arch = "wasm32"))]
mod tool {
    use policy_options_explainer::model::codec;
    use policy_options_explainer::model::load::{load_with, Rules};
    use policy_options_explainer::model::Corpus;
    use std::path::Path;

    pub const USAGE: &str = "usage:
  cargo run --bin corpus -- check DIR       check the corpus folder DIR and list every fault
  cargo run --bin corpus -- pack DIR OUT    check DIR, then write the corpus file OUT
See docs/authoring.md.";

    /// Checks `dir`; prints the faults and returns `None` when there are any.
    fn load(dir: &str) -> Option<Corpus> {
        match load_with(Path::new(dir), Rules::OWN) {
            Ok(corpus) => Some(corpus),
            Err(e) => {
                let problems = e.problems();
                eprintln!("{dir}: {} fault(s) to fix:", problems.len());
                for p in problems {
                    eprintln!(
                        "  - {}: {}: {}",
                        Path::new(dir).join(&p.file).display(),
                        p.record,
                        p.message
                    );
                }
                None
            }
        }
    }

    fn summary(c: &Corpus) -> String {
        format!(
            "{} source(s), {} option(s), {} argument(s)",
            c.sources.len(),
            c.options.len(),
            c.arguments.len()
        )
    }

    pub fn check(dir: &str) -> i32 {
        match load(dir) {
            Some(c) => {
                println!("{dir}: passes every check ({})", summary(&c));
                0
            }
            None => 1,
        }
    }

    pub fn pack(dir: &str, out: &str) -> i32 {
        let Some(corpus) = load(dir) else {
            eprintln!("nothing written: fix the faults above, then pack again");
            return 1;
        };
        let bytes = match codec::encode(&corpus) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("the checked corpus cannot be encoded: {e}");
                return 1;
            }
        };
        if let Err(e) = std::fs::write(out, &bytes) {
            eprintln!("cannot write {out}: {e}");
            return 1;
        }
        println!("wrote {out} ({} bytes; {})", bytes.len(), summary(&corpus));
        0
    }
}
