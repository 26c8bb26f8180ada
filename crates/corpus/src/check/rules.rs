//! The validity rules every corpus meets wherever it is checked (issue 29): `corpus
//! check` and `corpus pack` and the build (all through `load.rs`), and the browser when
//! a reader opens a corpus file (`bundle.rs`). Before, each had its own: `pack` wrote a
//! 5,001-option file the app refused, and the app opened files `pack` refused (an option
//! with id `all`, empty labels).
//!
//! Pure and without JSON, so the browser runs it as it is; `build.rs` includes this file
//! too (through `load.rs`).

use crate::schema::Corpus;

/// The most records of one kind a corpus holds (the built-in corpus has a few hundred):
/// the browser compares ids pairwise, which stays well under a second up to this many,
/// and a hash set would add its code to the bundle (measured: 3 KB).
pub const MAX_RECORDS: usize = 5000;

/// The largest corpus file the app opens (the built-in corpus is about 0.4 MB): larger
/// bytes are refused before decoding, so a huge file cannot hang the tab; `corpus pack`
/// writes none larger.
pub const MAX_BYTES: usize = 16 << 20;

/// The option id that names every option at once (the slides and the handout of all
/// options, `model::slides::ALL`): an option with it would open every option's.
pub const ALL: &str = "all";

/// The words of the structural faults, one set for every checker: `load.rs` (the build,
/// `corpus check` and `corpus pack`, on the JSON files) and `bundle.rs` (a corpus file
/// opened in the browser, and Make your own's live checks) say them alike.
pub const EMPTY_ID: &str = "a record has an empty id";
/// See [`EMPTY_ID`].
pub const DUPLICATE_ID: &str = "duplicate id: another record already uses it";
/// See [`EMPTY_ID`].
pub const NO_QUOTE: &str = "`evidence` is empty: every argument needs at least one quote";

/// A reference to a record that is not there: `unknown option "x"`.
pub fn unknown(what: &str, id: &str) -> String {
    ["unknown ", what, " \"", id, "\""].concat()
}

/// One fault: the corpus file it is in (as `corpus check` names it), the record, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub file: &'static str,
    pub record: String,
    pub message: String,
}

fn fault(file: &'static str, record: &str, message: String) -> Fault {
    Fault {
        file,
        record: record.to_string(),
        message,
    }
}

/// How many records of each kind `c` holds, by file.
fn counts(c: &Corpus) -> [(&'static str, usize); 9] {
    [
        ("sources.json", c.sources.len()),
        ("options.json", c.options.len()),
        ("arguments.json", c.arguments.len()),
        ("positions.json", c.positions.len()),
        ("discrepancies.json", c.discrepancies.len()),
        ("events.json", c.events.len()),
        ("glossary.json", c.glossary.len()),
        ("reuse.json", c.reuse.len()),
        ("recommendations.json", c.recommendations.len()),
    ]
}

/// A record holding more than [`MAX_RECORDS`] of one kind: checked first, as the
/// other checks are slower on that many.
pub fn too_many(c: &Corpus) -> Vec<Fault> {
    counts(c)
        .into_iter()
        .filter(|(_, n)| *n > MAX_RECORDS)
        .map(|(file, n)| {
            let message = format!(
                "holds {n} records; a corpus holds at most {MAX_RECORDS} of one kind (the app opens no more)"
            );
            fault(file, "(file)", message)
        })
        .collect()
}

/// Every fault of `c` under the shared rules: too many records of a kind, an option id
/// `all`, and an empty name or label a view uses as its heading.
pub fn faults(c: &Corpus) -> Vec<Fault> {
    let mut out = too_many(c);
    if !out.is_empty() {
        return out;
    }
    let mut empty = |file: &'static str, record: &str, field: &str, value: &str| {
        if value.trim().is_empty() {
            out.push(fault(file, record, format!("`{field}` is empty")));
        }
    };
    for s in &c.sources {
        empty("sources.json", &s.id, "title", &s.title);
        empty("sources.json", &s.id, "short", &s.short);
    }
    for o in &c.options {
        empty("options.json", &o.id, "label", &o.label);
        empty("options.json", &o.id, "summary", &o.summary);
    }
    for a in &c.arguments {
        empty("arguments.json", &a.id, "claim", &a.claim);
    }
    for g in &c.glossary {
        empty("glossary.json", &g.term, "term", &g.term);
    }
    for e in &c.events {
        empty("events.json", &e.id, "label", &e.label);
    }
    for d in &c.discrepancies {
        empty("discrepancies.json", &d.id, "topic", &d.topic);
    }
    for o in c.options.iter().filter(|o| o.id == ALL) {
        let message =
            "this id is kept for the slides of every option (and their handout): choose another";
        out.push(fault("options.json", &o.id, message.to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::PolicyOption;

    fn option(id: &str, label: &str) -> PolicyOption {
        PolicyOption {
            id: id.into(),
            label: label.into(),
            summary: "A summary.".into(),
        }
    }

    #[test]
    fn the_limits_and_the_reserved_id() {
        let mut c = Corpus {
            options: (0..MAX_RECORDS)
                .map(|i| option(&format!("o{i}"), "L"))
                .collect(),
            ..Corpus::default()
        };
        assert!(faults(&c).is_empty());
        c.options.push(option("one-more", "L"));
        let f = faults(&c);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("5000"), "{}", f[0].message);
        let c = Corpus {
            options: vec![option(ALL, "All"), option("x", " ")],
            ..Corpus::default()
        };
        let f = faults(&c);
        assert_eq!(
            f.iter()
                .map(|f| (&*f.record, f.message.starts_with("`label`")))
                .collect::<Vec<_>>(),
            [("x", true), (ALL, false)]
        );
    }
}
