//! Loading the corpus from `static/corpus/` and checking it.
//!
//! Used by `build.rs` (a corpus with any problem fails the build) and by the native
//! tests; host only, so the browser bundle carries no JSON parser. Every problem names
//! the file, the record and what is wrong, in words a corpus editor understands; all
//! problems are reported at once. One function per file, sharing a [`Check`].

use super::editorial;
use crate::check::rules;
use crate::normalize::{normalize, normalize_mapped, Normalized};
use crate::schema::*;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::Path;

/// The option ids the product names; each must exist in the built-in corpus.
pub const REQUIRED_OPTIONS: [&str; 5] = [
    "diplomacy",
    "border",
    "kinetic",
    "development",
    "negotiation",
];

/// Words that would suggest scoring or ranking, separated by `|`; never allowed in our own wording.
pub const FORBIDDEN_WORDS: &str =
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

/// Which corpus is checked: what a corpus must hold beyond the shared checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Option ids that must exist.
    pub required_options: &'static [&'static str],
    /// Whether every file must be present; otherwise a missing file of
    /// [`OPTIONAL_FILES`] is read as an empty list.
    pub every_file: bool,
}

impl Rules {
    /// The built-in corpus (`static/corpus`): the five named options, every file.
    pub const BUILT_IN: Rules = Rules {
        required_options: &REQUIRED_OPTIONS,
        every_file: true,
    };
    /// A teacher's own corpus (`corpus check DIR`): its own options, and only
    /// `sources.json`, `options.json` and `arguments.json` required.
    pub const OWN: Rules = Rules {
        required_options: &[],
        every_file: false,
    };
}

/// The files an own corpus may leave out (read as empty lists).
pub const OPTIONAL_FILES: [&str; 7] = [
    "positions.json",
    "related.json",
    "recommendations.json",
    "discrepancies.json",
    "events.json",
    "glossary.json",
    "reuse.json",
];

/// What checking one file needs: the problems found so far, and what the files
/// checked before it give (the sources' texts, the known ids).
struct Check<'a> {
    dir: &'a Path,
    rules: Rules,
    problems: Vec<Problem>,
    /// Each source's text after normalisation, by source id, to find quotes in.
    texts: BTreeMap<String, Normalized>,
    /// Each source's text as supplied, to read a quote's paragraph and section.
    raw: BTreeMap<String, String>,
    source_ids: HashSet<String>,
    option_ids: HashSet<String>,
    /// The source of each recommendation, by id.
    recommendation_sources: BTreeMap<String, String>,
}

/// Loads and checks the built-in corpus in `dir` (normally `static/corpus`).
pub fn load_dir(dir: &Path) -> Result<Corpus, CorpusError> {
    load_with(dir, Rules::BUILT_IN)
}

/// Loads and checks the corpus in `dir` under `rules`: the same checks for every corpus,
/// plus what `rules` requires.
pub fn load_with(dir: &Path, rules: Rules) -> Result<Corpus, CorpusError> {
    let mut c = Check {
        dir,
        rules,
        problems: Vec::new(),
        texts: BTreeMap::new(),
        raw: BTreeMap::new(),
        source_ids: HashSet::new(),
        option_ids: HashSet::new(),
        recommendation_sources: BTreeMap::new(),
    };
    // Sources and options first, then recommendations: the other files refer to them.
    let sources = c.sources();
    let options = c.options();
    let recommendations = c.recommendations();
    let arguments = c.arguments();
    let corpus = Corpus {
        sources,
        options,
        positions: c.positions(&arguments),
        arguments,
        discrepancies: c.discrepancies(),
        events: c.events(),
        glossary: c.glossary(),
        reuse: c.reuse(),
        recommendations,
        related: c.related(),
        index: Default::default(),
    };
    c.unused(&corpus);
    // The rules the browser checks too (`rules.rs`), each said once.
    for f in rules::faults(&corpus) {
        let p = Problem {
            file: f.file.to_string(),
            record: f.record,
            message: f.message,
        };
        if !c.problems.contains(&p) {
            c.problems.push(p);
        }
    }
    if c.problems.is_empty() {
        Ok(corpus)
    } else {
        Err(CorpusError {
            problems: c.problems,
        })
    }
}

/// One function per file, in the order [`load_dir`] calls them.
impl Check<'_> {
    fn sources(&mut self) -> Vec<Source> {
        let f = "sources.json";
        let mut sources: Vec<Source> = self.read(f, "id");
        self.unique(f, sources.iter().map(|s| &*s.id));
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
                self.not_empty(f, &s.id, field, value);
            }
            if s.authors.is_empty() {
                self.add(f, &s.id, "`authors` is empty");
            }
            self.no_blank_items(f, &s.id, "authors", &s.authors);
            self.no_blank_items(f, &s.id, "notes", &s.notes);
            if !s.text.is_empty() {
                self.add(f, &s.id, "`text` is read from `file`: remove it");
            }
            self.text(s);
        }
        self.source_ids = sources.iter().map(|s| s.id.clone()).collect();
        sources
    }

    /// Reads the text of `s` from its file, checks its checksum and keeps it.
    fn text(&mut self, s: &mut Source) {
        let f = "sources.json";
        let bytes = match std::fs::read(self.dir.join(&s.file)) {
            Ok(bytes) => bytes,
            Err(e) => {
                let message = format!("text file {} cannot be read: {e}", s.file);
                return self.add(f, &s.id, message);
            }
        };
        let hash = sha256_hex(&bytes);
        if hash != s.sha256 {
            self.add(
                f,
                &s.id,
                format!(
                    "the sha256 of {} is {hash}, not {}: the text is not the supplied document (it changed since its checksum was recorded; if the change is meant, record the new sha256)",
                    s.file, s.sha256
                ),
            );
        }
        match String::from_utf8(bytes) {
            Ok(text) => {
                self.texts.insert(s.id.clone(), normalize_mapped(&text));
                self.raw.insert(s.id.clone(), text.clone());
                s.text = text;
            }
            Err(_) => self.add(f, &s.id, format!("{} is not UTF-8 text", s.file)),
        }
    }

    fn options(&mut self) -> Vec<PolicyOption> {
        let f = "options.json";
        let options: Vec<PolicyOption> = self.read(f, "id");
        self.unique(f, options.iter().map(|o| &*o.id));
        for o in &options {
            self.own_words(f, &o.id, "label", &o.label);
            self.own_words(f, &o.id, "summary", &o.summary);
        }
        for &id in self.rules.required_options {
            if !options.iter().any(|o| o.id == id) {
                self.add(f, id, "this required option is missing");
            }
        }
        self.option_ids = options.iter().map(|o| o.id.clone()).collect();
        options
    }

    fn arguments(&mut self) -> Vec<Argument> {
        let f = "arguments.json";
        let mut arguments: Vec<Argument> = self.read(f, "id");
        self.unique(f, arguments.iter().map(|a| &*a.id));
        for a in &mut arguments {
            self.known_option(f, &a.id, &a.option);
            self.known_source(f, &a.id, &a.source);
            self.own_words(f, &a.id, "claim", &a.claim);
            self.not_copied(f, &a.id, "claim", &a.source, &a.claim);
            match (&a.condition, a.stance) {
                (None, Stance::Conditional) => {
                    self.add(f, &a.id, "a conditional argument needs a `condition`")
                }
                (Some(cond), Stance::Conditional) => self.own_words(f, &a.id, "condition", cond),
                (Some(_), _) => self.add(
                    f,
                    &a.id,
                    "`condition` is given but the stance is not conditional",
                ),
                (None, _) => {}
            }
            if a.evidence.is_empty() {
                self.add(f, &a.id, rules::NO_QUOTE);
            }
            for (i, e) in a.evidence.iter_mut().enumerate() {
                self.evidence(&a.id, &a.source, i + 1, e);
            }
            self.editorial(a);
        }
        arguments
    }

    /// The editorial rules a machine can check (`editorial.rs`; the rules are in
    /// `static/corpus/README.md`): the claim judges no more than its quotes, the holder is
    /// named where it is quoted, and the recommendation is the source's own.
    fn editorial(&mut self, a: &Argument) {
        let f = "arguments.json";
        let Some(text) = self.raw.get(&a.source) else {
            return;
        };
        let mut paragraphs = String::new();
        let mut near = Vec::new();
        for e in &a.evidence {
            let (from, to) =
                editorial::paragraph_around(text, e.span.start as usize, e.span.end as usize);
            paragraphs.push_str(&text[from..to]);
            paragraphs.push('\n');
            near.push(editorial::section_context(
                text,
                &e.section,
                e.span.start as usize,
                e.span.end as usize,
            ));
        }
        let mut problems = Vec::new();
        for stem in editorial::unsupported_evaluative(&a.claim, &paragraphs) {
            problems.push(format!("`claim` judges with a word ({stem}…) that neither its quotes nor their paragraphs use: say only what the source says"));
        }
        for (e, context) in a.evidence.iter().zip(&near) {
            if let Some(speaker) = e
                .speaker
                .as_deref()
                .filter(|sp| !editorial::named_in(sp, context))
            {
                problems.push(format!("speaker \"{speaker}\" is not named in the quote's section up to the end of its paragraph"));
            }
        }
        if let Some(holder) = &a.holder {
            if holder.trim().is_empty() {
                problems.push("`holder` is empty".to_string());
            } else if !near
                .iter()
                .any(|context| editorial::named_in(holder, context))
            {
                problems.push(format!(
                    "holder \"{holder}\" is not named near any of the argument's quotes"
                ));
            }
        }
        match a.recommendation.as_deref().map(|r| (r, self.recommendation_sources.get(r))) {
            Some((r, None)) => problems.push(rules::unknown("recommendation", r)),
            Some((r, Some(source))) if *source != a.source => problems.push(format!(
                "recommendation \"{r}\" is from source {source}: an argument rests only on its own source's recommendations"
            )),
            _ => {}
        }
        for message in problems {
            self.add(f, &a.id, message);
        }
    }

    /// Evidence number `n` of argument `id` from `source`: its quote located, its section
    /// a heading of the source.
    fn evidence(&mut self, id: &str, source: &str, n: usize, e: &mut Evidence) {
        let f = "arguments.json";
        let what = format!("quote {n} (evidence #{n})");
        self.locate(f, id, &what, source, &e.quote, &mut e.span);
        self.section(f, id, &format!("evidence #{n}"), source, &e.section);
        if e.speaker.as_deref().is_some_and(|sp| sp.trim().is_empty()) {
            self.add(f, id, format!("`evidence #{n} speaker` is empty"));
        }
    }

    fn positions(&mut self, arguments: &[Argument]) -> Vec<Position> {
        let f = "positions.json";
        let positions: Vec<Position> = self.read(f, "option");
        let mut pairs = HashSet::new();
        for p in &positions {
            let rec = format!("{} × {}", p.option, p.source);
            self.known_option(f, &rec, &p.option);
            self.known_source(f, &rec, &p.source);
            self.own_words(f, &rec, "summary", &p.summary);
            self.not_copied(f, &rec, "summary", &p.source, &p.summary);
            let mut on = arguments
                .iter()
                .filter(|a| a.option == p.option && a.source == p.source)
                .peekable();
            if editorial::says_recommends(&p.summary)
                && on.peek().is_some()
                && on.all(|a| a.stance == Stance::Against)
            {
                let message = "the summary says the source recommends this option, but every argument of the source on it is against";
                self.add(f, &rec, message);
            }
            if !pairs.insert((&p.option, &p.source)) {
                self.add(f, &rec, "a second position for the same option and source");
            }
        }
        positions
    }

    fn recommendations(&mut self) -> Vec<Recommendation> {
        let f = "recommendations.json";
        let mut recommendations: Vec<Recommendation> = self.read(f, "id");
        self.unique(f, recommendations.iter().map(|r| &*r.id));
        let mut mains = BTreeMap::new();
        for r in &mut recommendations {
            self.known_source(f, &r.id, &r.source);
            self.own_words(f, &r.id, "summary", &r.summary);
            self.not_copied(f, &r.id, "summary", &r.source, &r.summary);
            if let Some(cond) = &r.condition {
                self.own_words(f, &r.id, "condition", cond);
            }
            if r.options.is_empty() {
                self.add(
                    f,
                    &r.id,
                    "`options` is empty: name every option it bears on",
                );
            }
            for o in &r.options {
                self.known_option(f, &r.id, o);
            }
            if r.passages.is_empty() {
                self.add(f, &r.id, "`passages` is empty: quote the recommendation");
            }
            for (i, p) in r.passages.iter_mut().enumerate() {
                let what = format!("passage #{}", i + 1);
                self.locate(f, &r.id, &what, &r.source, &p.quote, &mut p.span);
                self.section(f, &r.id, &what, &r.source, &p.section);
            }
            self.recommendation_holder(r);
            if let Some(main) = r.passages.first().filter(|p| p.span != Span::default()) {
                if let Some(other) = mains.insert((r.source.clone(), main.span), r.id.clone()) {
                    let message = format!("its main passage is also the main passage of {other}: group restatements under one recommendation");
                    self.add(f, &r.id, message);
                }
            }
            self.recommendation_sources
                .insert(r.id.clone(), r.source.clone());
        }
        recommendations
    }

    /// A recommendation's speaker is named where its main passage is.
    fn recommendation_holder(&mut self, r: &Recommendation) {
        let (Some(speaker), Some(main), Some(text)) =
            (&r.speaker, r.passages.first(), self.raw.get(&r.source))
        else {
            return;
        };
        let context = editorial::section_context(
            text,
            &main.section,
            main.span.start as usize,
            main.span.end as usize,
        );
        if !editorial::named_in(speaker, context) {
            let message = format!("speaker \"{speaker}\" is not named in the main passage's section up to the end of its paragraph");
            self.add("recommendations.json", &r.id, message);
        }
    }

    fn discrepancies(&mut self) -> Vec<Discrepancy> {
        let f = "discrepancies.json";
        let mut discrepancies: Vec<Discrepancy> = self.read(f, "id");
        self.unique(f, discrepancies.iter().map(|d| &*d.id));
        for d in &mut discrepancies {
            self.own_words(f, &d.id, "topic", &d.topic);
            self.own_words(f, &d.id, "note", &d.note);
            if d.readings.len() < 2 {
                self.add(f, &d.id, "a discrepancy needs at least two readings");
            }
            for (i, r) in d.readings.iter().enumerate() {
                if r.value.as_deref().is_none_or(|v| v.trim().is_empty()) {
                    self.add(f, &d.id, format!("reading #{} has no `value`", i + 1));
                }
            }
            self.readings(f, &d.id, "reading", &mut d.readings);
        }
        discrepancies
    }

    fn events(&mut self) -> Vec<Event> {
        let f = "events.json";
        let mut events: Vec<Event> = self.read(f, "id");
        self.unique(f, events.iter().map(|e| &*e.id));
        for e in &mut events {
            if !valid_date(&e.date) {
                let message = format!("date \"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD", e.date);
                self.add(f, &e.id, message);
            }
            self.own_words(f, &e.id, "label", &e.label);
            if e.mentions.is_empty() {
                self.add(f, &e.id, "an event needs at least one mention");
            }
            self.readings(f, &e.id, "mention", &mut e.mentions);
        }
        events
    }

    fn glossary(&mut self) -> Vec<GlossaryTerm> {
        let f = "glossary.json";
        let glossary: Vec<GlossaryTerm> = self.read(f, "term");
        self.unique(f, glossary.iter().map(|g| &*g.term));
        for g in &glossary {
            self.own_words(f, &g.term, "definition", &g.definition);
            self.no_blank_items(f, &g.term, "aliases", &g.aliases);
        }
        for pair in glossary.windows(2) {
            if pair[0].term.to_lowercase() > pair[1].term.to_lowercase() {
                let message = format!("is out of alphabetical order (after \"{}\")", pair[0].term);
                self.add(f, &pair[1].term, message);
            }
        }
        glossary
    }

    /// Search terms that mean the same: each set has two words or more, none blank,
    /// and no word in two sets (a word would then join two sets into one).
    fn related(&mut self) -> Vec<Related> {
        let f = "related.json";
        let related: Vec<Related> = self.read(f, "id");
        self.unique(f, related.iter().map(|r| &*r.id));
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for r in &related {
            self.no_blank_items(f, &r.id, "words", &r.words);
            if r.words.len() < 2 {
                self.add(f, &r.id, "a set of related words needs two words or more");
            }
            for w in &r.words {
                if let Some(other) = seen.insert(w.to_lowercase(), r.id.clone()) {
                    let message = format!("\"{w}\" is listed twice (also in \"{other}\")");
                    self.add(f, &r.id, message);
                }
            }
        }
        related
    }

    fn reuse(&mut self) -> Vec<Reuse> {
        let f = "reuse.json";
        let mut reuse: Vec<Reuse> = self.read(f, "id");
        self.unique(f, reuse.iter().map(|r| &*r.id));
        for r in &mut reuse {
            self.own_words(f, &r.id, "topic", &r.topic);
            self.own_words(f, &r.id, "note", &r.note);
            self.not_empty(f, &r.id, "kind", &r.kind);
            if r.passages.len() < 2 {
                self.add(f, &r.id, "a reuse record needs at least two passages");
            }
            self.readings(f, &r.id, "passage", &mut r.passages);
            if let Some(from) = &r.restates {
                let has = |same: bool| r.passages.iter().any(|p| (p.source == *from) == same);
                if !has(true) || !has(false) {
                    let m = format!("`restates` is \"{from}\": it must be the source of one passage, and another source must have one");
                    self.add(f, &r.id, m);
                }
            }
        }
        reuse
    }

    /// Every source and option has an argument: one without is a card or a source
    /// with nothing behind it, or an id renamed here and not where it is used.
    fn unused(&mut self, corpus: &Corpus) {
        let used =
            |pick: fn(&Argument) -> &str, id: &str| corpus.arguments.iter().any(|a| pick(a) == id);
        for s in &corpus.sources {
            if !used(|a| &a.source, &s.id) {
                self.add("sources.json", &s.id, "no argument quotes this source");
            }
        }
        for o in &corpus.options {
            if !used(|a| &a.option, &o.id) {
                self.add(
                    "options.json",
                    &o.id,
                    "no argument is filed under this option",
                );
            }
        }
    }
}

/// The checks the files share.
impl Check<'_> {
    fn add(&mut self, file: &str, record: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: file.to_string(),
            record: record.to_string(),
            message: message.into(),
        });
    }

    /// Reads a JSON array, one record at a time so a bad record names itself.
    fn read<T: DeserializeOwned>(&mut self, file: &str, key: &str) -> Vec<T> {
        let raw = match std::fs::read_to_string(self.dir.join(file)) {
            Ok(raw) => raw,
            Err(e)
                if e.kind() == std::io::ErrorKind::NotFound
                    && !self.rules.every_file
                    && OPTIONAL_FILES.contains(&file) =>
            {
                return Vec::new();
            }
            Err(e) => {
                self.add(file, "(file)", format!("cannot be read: {e}"));
                return Vec::new();
            }
        };
        let values: Vec<serde_json::Value> = match serde_json::from_str(&raw) {
            Ok(v) => v,
            Err(e) => {
                let message = format!("is not a JSON array of records: {e}");
                self.add(file, "(file)", message);
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
                self.add(file, "(empty id)", rules::EMPTY_ID);
            } else if !seen.insert(id) {
                self.add(file, id, rules::DUPLICATE_ID);
            }
        }
    }

    fn not_empty(&mut self, file: &str, record: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.add(file, record, format!("`{field}` is empty"));
        }
    }

    /// Every item of a list says something.
    fn no_blank_items(&mut self, file: &str, record: &str, field: &str, items: &[String]) {
        for (i, item) in items.iter().enumerate() {
            if item.trim().is_empty() {
                self.add(file, record, format!("`{field}` item #{} is empty", i + 1));
            }
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

    /// `section` (of the quote called `what`) is a heading of the source, or a bracketed
    /// place such as `(opening)`.
    fn section(&mut self, file: &str, record: &str, what: &str, source: &str, section: &str) {
        self.not_empty(file, record, &format!("{what} section"), section);
        if section.starts_with('(') {
            return;
        }
        if self
            .texts
            .get(source)
            .is_some_and(|t| t.count(section) == 0)
        {
            let message = format!("{what}: section \"{section}\" is not a heading in the source");
            self.add(file, record, message);
        }
    }

    /// Our wording (`field`) shares no run of [`editorial::COPIED_RUN`] words with the source.
    fn not_copied(&mut self, file: &str, record: &str, field: &str, source: &str, ours: &str) {
        let Some(t) = self.texts.get(source) else {
            return;
        };
        let whole = normalize(ours).split(' ').count() >= 6 && t.count(ours) > 0;
        if let Some(run) =
            editorial::copied_run(&normalize(ours), &t.text).or(whole.then(String::new))
        {
            let message = format!(
                "`{field}` copies the source word for word (\"{run}\"): write it in our own words"
            );
            self.add(file, record, message);
        }
    }

    fn known_source(&mut self, file: &str, record: &str, source: &str) {
        if !self.source_ids.contains(source) {
            self.add(file, record, rules::unknown("source", source));
        }
    }

    fn known_option(&mut self, file: &str, record: &str, option: &str) {
        if !self.option_ids.contains(option) {
            self.add(file, record, rules::unknown("option", option));
        }
    }

    /// Finds `quote` (called `what` in messages) in the text of `source` and sets `span`
    /// to where it is.
    fn locate(
        &mut self,
        file: &str,
        record: &str,
        what: &str,
        source: &str,
        quote: &str,
        span: &mut Span,
    ) {
        if *span != Span::default() {
            let message = format!("{what} gives a `span`: the checker finds it, remove it");
            self.add(file, record, message);
        }
        *span = Span::default();
        if normalize(quote).split(' ').count() < 4 {
            let message = format!("{what} is empty or shorter than four words");
            return self.add(file, record, message);
        }
        // An unknown source is reported by `known_source`.
        let Some(text) = self.texts.get(source) else {
            return;
        };
        match text.locate(quote) {
            Some(found) => *span = found,
            None => {
                let mut message = format!(
                    "{what} is not found in the text of source {source}: \"{}\"",
                    clip(quote)
                );
                message.push_str(&closest_passage(&normalize(quote), &text.text));
                self.add(file, record, message);
            }
        }
    }

    /// Locates every quote of a list of readings (discrepancies, events, reuse); each is
    /// called `what` and its number in messages.
    fn readings(&mut self, file: &str, id: &str, what: &str, readings: &mut [Reading]) {
        for (i, r) in readings.iter_mut().enumerate() {
            self.known_source(file, id, &r.source);
            let what = format!("{what} #{} quote", i + 1);
            self.locate(file, id, &what, &r.source, &r.quote, &mut r.span);
        }
    }
}

/// Where the text comes closest to a quote that is not in it, as a sentence to append to
/// the fault: the run of as many words as the quote that shares the most words with it
/// (in any order, so a missing or extra word does not hide the passage), and the first
/// word where the two part. Empty when no word is shared.
fn closest_passage(quote: &str, text: &str) -> String {
    let q: Vec<&str> = quote.split(' ').collect();
    let t: Vec<&str> = text.split(' ').collect();
    let n = q.len().min(t.len());
    let mut want: HashMap<&str, i32> = HashMap::new();
    for w in &q {
        *want.entry(w).or_default() += 1;
    }
    // Slide a window of `n` words over the text, keeping how many of its words the quote has.
    let mut have: HashMap<&str, i32> = HashMap::new();
    let (mut shared, mut best, mut starts) = (0, 0, Vec::new());
    for (i, w) in t.iter().enumerate() {
        let h = have.entry(w).or_default();
        *h += 1;
        if *h <= want.get(w).copied().unwrap_or(0) {
            shared += 1;
        }
        if i >= n {
            let old = t[i - n];
            let h = have.entry(old).or_default();
            if *h <= want.get(old).copied().unwrap_or(0) {
                shared -= 1;
            }
            *h -= 1;
        }
        if i + 1 >= n && shared >= best {
            if shared > best {
                (best, starts) = (shared, Vec::new());
            }
            starts.push(i + 1 - n);
        }
    }
    if best == 0 {
        return String::new();
    }
    // Of the windows sharing as many words, the one aligned with the quote word for word.
    let in_place = |at: &usize| {
        q.iter()
            .zip(&t[*at..*at + n])
            .filter(|(a, b)| a == b)
            .count()
    };
    let Some(at) = starts
        .iter()
        .copied()
        .max_by_key(|at| (in_place(at), usize::MAX - at))
    else {
        return String::new();
    };
    let window = &t[at..at + n];
    let passage = clip_long(&window.join(" "));
    match q.iter().zip(window).position(|(a, b)| a != b) {
        Some(k) => format!(
            "; the closest passage is \"{passage}\", which differs from word {} on (the quote has \"{}\", the text \"{}\")",
            k + 1,
            q[k],
            window[k]
        ),
        None => format!("; the closest passage is \"{passage}\""),
    }
}

fn clip_long(s: &str) -> String {
    match s.char_indices().nth(300) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
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

fn clip(s: &str) -> String {
    let s = normalize(s);
    match s.char_indices().nth(90) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s,
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
fn valid_date(d: &str) -> bool {
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
