//! Loading the corpus from `static/corpus/` and checking it.
//!
//! Used by `build.rs` (a corpus with any problem fails the build) and by the native
//! tests. Every problem names the file, the record and what is wrong, in words a
//! corpus editor understands; all problems are reported at once.

use super::normalize::{normalize, normalize_mapped, Normalized};
use super::schema::*;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;

/// The option ids the product names; each must exist.
pub const REQUIRED_OPTIONS: [&str; 5] = [
    "diplomacy",
    "border",
    "kinetic",
    "development",
    "negotiation",
];

/// Words that would suggest scoring or ranking, separated by `|`; never allowed in our own wording.
const FORBIDDEN_WORDS: &str =
    "score|scoring|ranking|winner|probability|likelihood|vote|best option"; // never score or rank

/// One thing wrong with the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to `static/corpus/`.
    pub file: String,
    /// The record id (or `#index` when it has none).
    pub record: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "static/corpus/{}: {}: {}",
            self.file, self.record, self.message
        )
    }
}

/// Everything wrong with a corpus. Opaque: read it through [`CorpusError::problems`] or `Display`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusError {
    problems: Vec<Problem>,
}

impl CorpusError {
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the corpus has {} problem(s):", self.problems.len())?;
        for p in &self.problems {
            writeln!(f, "  - {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CorpusError {}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn add(&mut self, file: &str, record: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: file.to_string(),
            record: record.to_string(),
            message: message.into(),
        });
    }

    /// Reads a JSON array, one record at a time so a bad record names itself.
    fn read<T: DeserializeOwned>(&mut self, dir: &Path, file: &str, key: &str) -> Vec<T> {
        let path = dir.join(file);
        let raw = match std::fs::read_to_string(&path) {
            Ok(raw) => raw,
            Err(e) => {
                self.add(file, "(file)", format!("cannot be read: {e}"));
                return Vec::new();
            }
        };
        let values: Vec<serde_json::Value> = match serde_json::from_str(&raw) {
            Ok(v) => v,
            Err(e) => {
                self.add(
                    file,
                    "(file)",
                    format!("is not a JSON array of records: {e}"),
                );
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(values.len());
        for (i, v) in values.into_iter().enumerate() {
            let record = record_name(&v, key, i);
            match serde_json::from_value::<T>(v) {
                Ok(t) => out.push(t),
                Err(e) => self.add(file, &record, format!("{e}")),
            }
        }
        out
    }

    fn unique<'a>(&mut self, file: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for id in ids {
            if id.trim().is_empty() {
                self.add(file, "(empty id)", "a record has an empty id");
            } else if !seen.insert(id) {
                self.add(file, id, "duplicate id: another record already uses it");
            }
        }
    }

    fn not_empty(&mut self, file: &str, record: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.add(file, record, format!("`{field}` is empty"));
        }
    }

    /// Checks our own wording: not empty and free of forbidden words.
    fn own_words(&mut self, file: &str, record: &str, field: &str, value: &str) {
        self.not_empty(file, record, field, value);
        let lower = value.to_lowercase();
        for w in FORBIDDEN_WORDS.split('|') {
            if contains_word(&lower, w) {
                self.add(
                    file,
                    record,
                    format!(
                        "`{field}` uses the word \"{w}\": the app never scores, ranks or predicts"
                    ),
                );
            }
        }
    }
}

fn contains_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn record_name(v: &serde_json::Value, key: &str, i: usize) -> String {
    match v.get(key).and_then(|id| id.as_str()) {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => format!("record #{}", i + 1),
    }
}

/// Hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Loads and checks the corpus in `dir` (normally `static/corpus`).
pub fn load_dir(dir: &Path) -> Result<Corpus, CorpusError> {
    let mut c = Checker {
        problems: Vec::new(),
    };

    // Sources and their texts.
    let mut sources: Vec<Source> = c.read(dir, "sources.json", "id");
    c.unique("sources.json", sources.iter().map(|s| &*s.id));
    let mut texts: BTreeMap<String, Normalized> = BTreeMap::new();
    for s in &mut sources {
        for (field, value) in [
            ("file", &s.file),
            ("original", &s.original),
            ("title", &s.title),
            ("year", &s.year),
            ("venue", &s.venue),
            ("kind", &s.kind),
            ("method", &s.method),
            ("doi_or_url", &s.doi_or_url),
            ("citation", &s.citation),
            ("short", &s.short),
        ] {
            c.not_empty("sources.json", &s.id, field, value);
        }
        if s.authors.is_empty() {
            c.add("sources.json", &s.id, "`authors` is empty");
        }
        match std::fs::read(dir.join(&*s.file)) {
            Ok(bytes) => {
                let hash = sha256_hex(&bytes);
                if hash != s.sha256 {
                    c.add(
                        "sources.json",
                        &s.id,
                        format!(
                            "the sha256 of {} is {hash}, not {}: the text is not the supplied document",
                            s.file, s.sha256
                        ),
                    );
                }
                match String::from_utf8(bytes) {
                    Ok(text) => {
                        texts.insert(s.id.to_string(), normalize_mapped(&text));
                        s.text = text.into();
                    }
                    Err(_) => c.add(
                        "sources.json",
                        &s.id,
                        format!("{} is not UTF-8 text", s.file),
                    ),
                }
            }
            Err(e) => c.add(
                "sources.json",
                &s.id,
                format!("text file {} cannot be read: {e}", s.file),
            ),
        }
    }
    let source_ids: HashSet<String> = sources.iter().map(|s| s.id.to_string()).collect();

    // Options.
    let options: Vec<PolicyOption> = c.read(dir, "options.json", "id");
    c.unique("options.json", options.iter().map(|o| &*o.id));
    for o in &options {
        c.own_words("options.json", &o.id, "label", &o.label);
        c.own_words("options.json", &o.id, "summary", &o.summary);
    }
    for id in REQUIRED_OPTIONS {
        if !options.iter().any(|o| o.id == id) {
            c.add("options.json", id, "this required option is missing");
        }
    }
    let option_ids: HashSet<String> = options.iter().map(|o| o.id.to_string()).collect();

    let quote_check = |c: &mut Checker,
                       file: &str,
                       record: &str,
                       what: &str,
                       source: &str,
                       quote: &str|
     -> Span {
        if normalize(quote).split(' ').count() < 4 {
            c.add(
                file,
                record,
                format!("{what} is empty or shorter than four words"),
            );
            return Span::default();
        }
        match texts.get(source) {
            None => Span::default(), // unknown source is reported separately
            Some(t) => t.locate(quote).unwrap_or_else(|| {
                c.add(
                    file,
                    record,
                    format!(
                        "{what} is not found in the text of source {source}: \"{}\"",
                        clip(quote)
                    ),
                );
                Span::default()
            }),
        }
    };
    let known_source = |c: &mut Checker, file: &str, record: &str, source: &str| {
        if !source_ids.contains(source) {
            c.add(file, record, format!("unknown source \"{source}\""));
        }
    };

    // Locates every quote of a list of readings (discrepancies, events, reuse).
    let locate_readings =
        |c: &mut Checker, file: &str, id: &str, what: &str, readings: &mut List<Reading>| {
            for (i, r) in readings.to_mut().iter_mut().enumerate() {
                known_source(c, file, id, &r.source);
                r.span = quote_check(
                    c,
                    file,
                    id,
                    &format!("{what} #{} quote", i + 1),
                    &r.source,
                    &r.quote,
                );
            }
        };

    // Arguments.
    let mut arguments: Vec<Argument> = c.read(dir, "arguments.json", "id");
    c.unique("arguments.json", arguments.iter().map(|a| &*a.id));
    for a in &mut arguments {
        let f = "arguments.json";
        if !option_ids.contains(&*a.option) {
            c.add(f, &a.id, format!("unknown option \"{}\"", a.option));
        }
        known_source(&mut c, f, &a.id, &a.source);
        c.own_words(f, &a.id, "claim", &a.claim);
        if let Some(t) = texts.get(&*a.source) {
            if normalize(&a.claim).split(' ').count() >= 6 && t.count(&a.claim) > 0 {
                c.add(
                    f,
                    &a.id,
                    "`claim` copies the source word for word: write it in our own words",
                );
            }
        }
        match (&a.condition, a.stance) {
            (None, Stance::Conditional) => {
                c.add(f, &a.id, "a conditional argument needs a `condition`")
            }
            (Some(cond), Stance::Conditional) => c.own_words(f, &a.id, "condition", cond),
            (Some(_), _) => c.add(
                f,
                &a.id,
                "`condition` is given but the stance is not conditional",
            ),
            (None, _) => {}
        }
        if a.evidence.is_empty() {
            c.add(
                f,
                &a.id,
                "`evidence` is empty: every argument needs at least one quote",
            );
        }
        let source = a.source.clone();
        for (i, e) in a.evidence.to_mut().iter_mut().enumerate() {
            let what = format!("quote {} (evidence #{})", i + 1, i + 1);
            e.span = quote_check(&mut c, f, &a.id, &what, &source, &e.quote);
            c.not_empty(
                f,
                &a.id,
                &format!("evidence #{} section", i + 1),
                &e.section,
            );
            if !e.section.starts_with('(') {
                if let Some(t) = texts.get(&*source) {
                    if t.count(&e.section) == 0 {
                        c.add(
                            f,
                            &a.id,
                            format!(
                                "evidence #{}: section \"{}\" is not a heading in the source",
                                i + 1,
                                e.section
                            ),
                        );
                    }
                }
            }
            if let Some(sp) = &e.speaker {
                c.not_empty(f, &a.id, &format!("evidence #{} speaker", i + 1), sp);
            }
        }
    }

    // Positions.
    let positions: Vec<Position> = c.read(dir, "positions.json", "option");
    let mut pairs = HashSet::new();
    for p in &positions {
        let f = "positions.json";
        let rec = format!("{} × {}", p.option, p.source);
        if !option_ids.contains(&*p.option) {
            c.add(f, &rec, format!("unknown option \"{}\"", p.option));
        }
        known_source(&mut c, f, &rec, &p.source);
        c.own_words(f, &rec, "summary", &p.summary);
        if !pairs.insert((p.option.clone(), p.source.clone())) {
            c.add(f, &rec, "a second position for the same option and source");
        }
    }

    // Discrepancies.
    let mut discrepancies: Vec<Discrepancy> = c.read(dir, "discrepancies.json", "id");
    c.unique("discrepancies.json", discrepancies.iter().map(|d| &*d.id));
    for d in &mut discrepancies {
        let f = "discrepancies.json";
        c.own_words(f, &d.id, "topic", &d.topic);
        c.own_words(f, &d.id, "note", &d.note);
        if d.readings.len() < 2 {
            c.add(f, &d.id, "a discrepancy needs at least two readings");
        }
        for (i, r) in d.readings.iter().enumerate() {
            if r.value.as_deref().is_none_or(|v| v.trim().is_empty()) {
                c.add(f, &d.id, format!("reading #{} has no `value`", i + 1));
            }
        }
        locate_readings(&mut c, f, &d.id, "reading", &mut d.readings);
    }

    // Events.
    let mut events: Vec<Event> = c.read(dir, "events.json", "id");
    c.unique("events.json", events.iter().map(|e| &*e.id));
    for e in &mut events {
        let f = "events.json";
        if !valid_date(&e.date) {
            c.add(
                f,
                &e.id,
                format!("date \"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD", e.date),
            );
        }
        c.own_words(f, &e.id, "label", &e.label);
        if e.mentions.is_empty() {
            c.add(f, &e.id, "an event needs at least one mention");
        }
        locate_readings(&mut c, f, &e.id, "mention", &mut e.mentions);
    }

    // Glossary.
    let glossary: Vec<GlossaryTerm> = c.read(dir, "glossary.json", "term");
    c.unique("glossary.json", glossary.iter().map(|g| &*g.term));
    for g in &glossary {
        c.own_words("glossary.json", &g.term, "definition", &g.definition);
    }
    for pair in glossary.windows(2) {
        if pair[0].term.to_lowercase() > pair[1].term.to_lowercase() {
            c.add(
                "glossary.json",
                &pair[1].term,
                format!("is out of alphabetical order (after \"{}\")", pair[0].term),
            );
        }
    }

    // Reuse.
    let mut reuse: Vec<Reuse> = c.read(dir, "reuse.json", "id");
    c.unique("reuse.json", reuse.iter().map(|r| &*r.id));
    for r in &mut reuse {
        let f = "reuse.json";
        c.own_words(f, &r.id, "topic", &r.topic);
        c.own_words(f, &r.id, "note", &r.note);
        if r.passages.len() < 2 {
            c.add(f, &r.id, "a reuse record needs at least two passages");
        }
        locate_readings(&mut c, f, &r.id, "passage", &mut r.passages);
    }

    if c.problems.is_empty() {
        Ok(Corpus {
            sources: sources.into(),
            options: options.into(),
            arguments: arguments.into(),
            positions: positions.into(),
            discrepancies: discrepancies.into(),
            events: events.into(),
            glossary: glossary.into(),
            reuse: reuse.into(),
        })
    } else {
        Err(CorpusError {
            problems: c.problems,
        })
    }
}

fn clip(s: &str) -> String {
    let s = normalize(s);
    match s.char_indices().nth(90) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s,
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
pub fn valid_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let num = |s: &str, len: usize, lo: u32, hi: u32| {
        s.len() == len
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| (lo..=hi).contains(&n))
    };
    match parts.as_slice() {
        [y] => num(y, 4, 1000, 2999),
        [y, m] => num(y, 4, 1000, 2999) && num(m, 2, 1, 12),
        [y, m, dd] => num(y, 4, 1000, 2999) && num(m, 2, 1, 12) && num(dd, 2, 1, 31),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(valid_date("2021"));
        assert!(valid_date("2021-08"));
        assert!(valid_date("2021-08-15"));
        assert!(!valid_date("2021-13"));
        assert!(!valid_date("21-08-15"));
        assert!(!valid_date("August 2021"));
    }

    #[test]
    fn forbidden_words_are_whole_words() {
        assert!(contains_word("the winner is", "winner")); // never score: checks the filter
        assert!(!contains_word("a frank assessment", "rank")); // never rank: checks the filter
        assert!(!contains_word("scored", "score")); // never score: checks the filter
    }

    #[test]
    fn sha() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
