//! The authoring tool for a corpus of one's own documents (issue 13; see docs/authoring.md).
//!
//! - `cargo run --bin corpus -- check DIR`: runs on DIR the checks the build runs on the
//!   built-in corpus and prints every fault (file, record, reason); exit code 1 on faults.
//! - `cargo run --bin corpus -- pack DIR OUT`: checks DIR and, when it passes, writes the
//!   corpus file (the app's binary corpus, `crates/corpus/src/codec.rs`) to OUT.
//! - `cargo run --bin corpus -- single-file DIR OUT.html [--title T] [--dist D]`: checks
//!   DIR and writes OUT.html, the single-file app (from the release build in `dist/`)
//!   with DIR's documents built in instead of the app's own.
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
        ["single-file", dir, out, ref rest @ ..] => tool::single_file(dir, out, rest),
        _ => {
            eprintln!("{}", tool::USAGE);
            2
        }
    };
    std::process::exit(code);
}

#[cfg(not(target_arch = "wasm32"))]
mod tool {
    use policy_options_explainer::model::load::{load_with, Rules};
    use policy_options_explainer::model::Corpus;
    use policy_options_explainer::model::{bundle, codec};
    use std::path::Path;

    pub const USAGE: &str = "usage:
  cargo run --bin corpus -- check DIR       check the corpus folder DIR and list every fault
  cargo run --bin corpus -- pack DIR OUT    check DIR, then write the corpus file OUT
  cargo run --bin corpus -- single-file DIR OUT.html [--title TITLE] [--dist DIST]
                                            check DIR, then write OUT.html: the app in one
                                            file with DIR's documents built in (needs the
                                            release build in DIST, default dist: make build)
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

    /// Checks `dir` and encodes it; prints why not and returns `None` when it cannot.
    fn packed(dir: &str) -> Option<(Corpus, Vec<u8>)> {
        let Some(corpus) = load(dir) else {
            eprintln!("nothing written: fix the faults above, then pack again");
            return None;
        };
        let bytes = match codec::encode(&corpus) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("the checked corpus cannot be encoded: {e}");
                return None;
            }
        };
        // The browser's own check of an opened file (one rule, issue 29): a file the app
        // would refuse is never written.
        if let Err(faults) = bundle::open(&bytes) {
            eprintln!("{dir}: the app would refuse this corpus file:");
            for f in faults {
                eprintln!("  - {f}");
            }
            eprintln!("nothing written: fix the faults above, then pack again");
            return None;
        }
        Some((corpus, bytes))
    }

    pub fn pack(dir: &str, out: &str) -> i32 {
        let Some((corpus, bytes)) = packed(dir) else {
            return 1;
        };
        if let Err(e) = std::fs::write(out, &bytes) {
            eprintln!("cannot write {out}: {e}");
            return 1;
        }
        println!("wrote {out} ({} bytes; {})", bytes.len(), summary(&corpus));
        0
    }

    /// `--title T` and `--dist D` from `rest`; `None` for anything else.
    fn flags<'a>(rest: &[&'a str]) -> Option<(Option<&'a str>, &'a str)> {
        let (mut title, mut dist) = (None, "dist");
        let mut it = rest.iter();
        while let Some(flag) = it.next() {
            match (*flag, it.next()) {
                ("--title", Some(t)) => title = Some(*t),
                ("--dist", Some(d)) => dist = d,
                _ => return None,
            }
        }
        Some((title, dist))
    }

    pub fn single_file(dir: &str, out: &str, rest: &[&str]) -> i32 {
        let Some((title, dist)) = flags(rest) else {
            eprintln!("{USAGE}");
            return 2;
        };
        if !Path::new(dist).join("index.html").exists() {
            eprintln!(
                "{dist}/index.html not found: the app is not built yet. Run `make build` (or \
                 `trunk build --release`) from the repository root, then run this again."
            );
            return 1;
        }
        let Some((corpus, bytes)) = packed(dir) else {
            return 1;
        };
        // The name the app's header shows: the title given, or the folder's name.
        let folder = Path::new(dir).file_name().and_then(|n| n.to_str());
        let name = title.or(folder).unwrap_or("Your documents");
        let done = policy_options_explainer::model::single_file::build_with(
            Path::new(dist),
            Path::new(out),
            Some((name, &bytes)),
        );
        if let Err(e) = done {
            eprintln!("cannot write the single file: {e}");
            return 1;
        }
        println!(
            "wrote {out}: the app with \"{name}\" built in ({}); open it in a browser, no server or network needed",
            summary(&corpus)
        );
        0
    }
}
