//! Checks the corpus in `static/corpus/` and embeds it in the binary.
//!
//! Any problem (a quote not found in its source, a bad id, a changed text...) fails
//! the build with a list of what is wrong. The generated `corpus.rs` holds the four
//! texts (each once), one blob of every other string (each once), and the records as
//! a stream of small integers that `src/model/embedded.rs` decodes at start-up: much
//! smaller in the bundle than tables of pointers, and no JSON parser is needed.
#![allow(dead_code)]

#[path = "src/model/load.rs"]
mod load;
#[path = "src/model/normalize.rs"]
mod normalize;
#[path = "src/model/schema.rs"]
mod schema;

use schema::*;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&root).join("static/corpus");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=static/corpus");
    for f in ["load.rs", "normalize.rs", "schema.rs"] {
        println!("cargo:rerun-if-changed=src/model/{f}");
    }
    let corpus = match load::load_dir(&dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!(
                "\nerror: static/corpus does not pass its checks; fix these before building:\n{e}"
            );
            std::process::exit(1);
        }
    };
    let mut enc = Encoder::new(&corpus);
    enc.corpus(&corpus);

    let mut out = String::new();
    let texts: Vec<String> = corpus
        .sources
        .iter()
        .map(|s| {
            format!(
                "include_str!({:?})",
                dir.join(&*s.file).display().to_string()
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "pub(super) static TEXTS: [&str; {}] = [{}];",
        texts.len(),
        texts.join(",")
    );
    let _ = writeln!(out, "pub(super) static STRINGS: &str = {:?};", enc.blob);
    let _ = writeln!(
        out,
        "pub(super) static OFFSETS: [u32; {}] = {:?};",
        enc.offsets.len(),
        enc.offsets
    );
    let _ = writeln!(
        out,
        "pub(super) static CODE: [u16; {}] = {:?};",
        enc.code.len(),
        enc.code
    );
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.rs");
    std::fs::write(&dest, out).expect("write generated corpus");
}

/// Writes the corpus as a `u16` stream, in the order `src/model/embedded.rs` reads it.
struct Encoder {
    sources: Vec<String>,
    blob: String,
    offsets: Vec<u32>,
    index: HashMap<String, u16>,
    code: Vec<u16>,
}

impl Encoder {
    fn new(c: &Corpus) -> Encoder {
        Encoder {
            sources: c.sources.iter().map(|s| s.id.to_string()).collect(),
            blob: String::new(),
            offsets: vec![0],
            index: HashMap::new(),
            code: Vec::new(),
        }
    }

    fn n(&mut self, n: usize) {
        self.code
            .push(u16::try_from(n).expect("fewer than 65536 items"));
    }

    fn u32(&mut self, v: u32) {
        self.code.push((v >> 16) as u16);
        self.code.push(v as u16);
    }

    /// A string, by its index in the blob (each distinct string stored once).
    fn s(&mut self, s: &str) {
        let i = match self.index.get(s) {
            Some(&i) => i,
            None => {
                let i = u16::try_from(self.offsets.len() - 1).expect("fewer than 65536 strings");
                self.blob.push_str(s);
                self.offsets.push(self.blob.len() as u32);
                self.index.insert(s.to_string(), i);
                i
            }
        };
        self.code.push(i);
    }

    /// `None` as 0, `Some(s)` as its index + 1.
    fn opt(&mut self, s: &Option<Str>) {
        match s {
            None => self.code.push(0),
            Some(s) => {
                self.s(s);
                let last = self.code.len() - 1;
                self.code[last] += 1;
            }
        }
    }

    fn strs(&mut self, list: &[Str]) {
        self.n(list.len());
        for s in list {
            self.s(s);
        }
    }

    /// A quote: its source's text index and its span there.
    fn quote(&mut self, source: &str, span: Span) {
        let i = self
            .sources
            .iter()
            .position(|s| s == source)
            .expect("the checker knows every source");
        self.n(i);
        self.u32(span.start);
        self.u32(span.end);
    }

    fn readings(&mut self, readings: &[Reading]) {
        self.n(readings.len());
        for r in readings {
            self.s(&r.source);
            self.opt(&r.value);
            self.quote(&r.source, r.span);
        }
    }

    fn corpus(&mut self, c: &Corpus) {
        self.n(c.sources.len());
        for s in c.sources.iter() {
            for v in [&s.id, &s.file, &s.original, &s.sha256, &s.title] {
                self.s(v);
            }
            self.strs(&s.authors);
            for v in [
                &s.year,
                &s.venue,
                &s.kind,
                &s.method,
                &s.doi_or_url,
                &s.citation,
                &s.short,
            ] {
                self.s(v);
            }
            self.strs(&s.notes);
        }
        self.n(c.options.len());
        for o in c.options.iter() {
            for v in [&o.id, &o.label, &o.summary] {
                self.s(v);
            }
        }
        self.n(c.arguments.len());
        for a in c.arguments.iter() {
            for v in [&a.id, &a.option, &a.source] {
                self.s(v);
            }
            self.n(Stance::ALL
                .iter()
                .position(|s| *s == a.stance)
                .expect("a stance"));
            self.s(&a.claim);
            self.opt(&a.condition);
            self.n(a.evidence.len());
            for e in a.evidence.iter() {
                self.quote(&a.source, e.span);
                self.n(EvidenceKind::ALL
                    .iter()
                    .position(|k| *k == e.kind)
                    .expect("a kind"));
                self.opt(&e.speaker);
                self.s(&e.section);
            }
        }
        self.n(c.positions.len());
        for p in c.positions.iter() {
            for v in [&p.option, &p.source, &p.summary] {
                self.s(v);
            }
        }
        self.n(c.discrepancies.len());
        for d in c.discrepancies.iter() {
            self.s(&d.id);
            self.s(&d.topic);
            self.readings(&d.readings);
            self.s(&d.note);
        }
        self.n(c.events.len());
        for e in c.events.iter() {
            for v in [&e.id, &e.date, &e.label] {
                self.s(v);
            }
            self.readings(&e.mentions);
        }
        self.n(c.glossary.len());
        for g in c.glossary.iter() {
            self.s(&g.term);
            self.strs(&g.aliases);
            self.s(&g.definition);
        }
        self.n(c.reuse.len());
        for r in c.reuse.iter() {
            for v in [&r.id, &r.topic, &r.kind] {
                self.s(v);
            }
            self.readings(&r.passages);
            self.s(&r.note);
        }
    }
}
