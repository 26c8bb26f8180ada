//! A project of "Make your own" (issue 25): a name and the corpus being made, in the
//! schema the app shows (`model::Corpus`), so the checker, the encoding and the views
//! are the app's own. Edits here keep every record: a document an argument quotes is
//! not deleted, and ids never change once made (a renamed option keeps its id).

use crate::model::cite::{self, Style};
use crate::model::normalize::{normalize, normalize_mapped, Normalized};
use crate::model::{bundle, editorial, Argument, Corpus, Evidence, EvidenceKind, PolicyOption};
use crate::model::{Source, Span, Stance};

/// The words our own wording never uses (the app never scores, ranks or predicts); the
/// same list as `load.rs` (a native test compares them).
pub const FORBIDDEN_WORDS: &str =
    "score|scoring|ranking|winner|probability|likelihood|vote|best option"; // never score or rank

/// A project: its name (the key it is kept under) and its corpus.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Project {
    pub name: String,
    pub corpus: Corpus,
}

/// `s` as an id: lower-case ASCII letters, digits and hyphens, at most 40; `fallback`
/// when nothing is left.
pub fn slug(s: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() || out == crate::model::rules::ALL {
        fallback.to_string()
    } else {
        out.to_string()
    }
}

/// `base`, or `base-2`, `base-3`… the first that `taken` says is free.
pub fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| match n {
            1 => base.to_string(),
            n => format!("{base}-{n}"),
        })
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// Hex SHA-256 of `bytes` (a source's checksum, computed for the author).
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Project {
    /// Adds a document with its text exactly as given; returns its id. Its citation
    /// fields start from the file's name and the first heading; the author fills them.
    pub fn add_document(&mut self, file_name: &str, text: String) -> String {
        let stem = bundle::name_from_file(file_name);
        let c = &mut self.corpus;
        let id = unique(&slug(&stem, "document"), |id| {
            c.sources.iter().any(|s| s.id == id)
        });
        let title = crate::author::text::headings(&text)
            .first()
            .map_or_else(|| stem.clone(), |(_, h)| h.clone());
        let mut s = Source {
            file: format!("texts/{id}.txt"),
            original: file_name.to_string(),
            sha256: sha256_hex(text.as_bytes()),
            title,
            text,
            ..Source::named(id.clone(), stem)
        };
        s.citation = cite::source_citation(&s, Style::Apa);
        c.sources.push(s);
        id
    }

    /// Deletes a document no argument quotes; otherwise says which do (nothing lost).
    pub fn delete_document(&mut self, id: &str) -> Result<(), String> {
        let quoting = self.records_of_source(id);
        if !quoting.is_empty() {
            return Err(format!(
                "Records quote this document ({}): delete them first, or keep the document.",
                quoting.join(", ")
            ));
        }
        self.corpus.sources.retain(|s| s.id != id);
        Ok(())
    }

    /// Sets one citation field of document `id` (`authors`: one a line or `;`-separated)
    /// and makes its one-line citation again.
    pub fn set_field(&mut self, id: &str, field: &str, value: &str) {
        let Some(s) = self.corpus.sources.iter_mut().find(|s| s.id == id) else {
            return;
        };
        let v = value.to_string();
        match field {
            "title" => s.title = v,
            "short" => s.short = v,
            "year" => s.year = v,
            "venue" => s.venue = v,
            "kind" => s.kind = v,
            "method" => s.method = v,
            "doi_or_url" => s.doi_or_url = v,
            "authors" => {
                s.authors = (value.split(['\n', ';']))
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(String::from)
                    .collect()
            }
            _ => return,
        }
        s.citation = cite::source_citation(s, Style::Apa);
    }

    /// Adds an option; returns its id (made from the label, never changed after).
    pub fn add_option(&mut self, label: &str, summary: &str) -> String {
        let c = &mut self.corpus;
        let id = unique(&slug(label, "option"), |id| {
            c.options.iter().any(|o| o.id == id)
        });
        c.options.push(PolicyOption {
            id: id.clone(),
            label: label.trim().to_string(),
            summary: summary.trim().to_string(),
        });
        id
    }

    /// Moves option `id` one place up (`-1`) or down (`1`).
    pub fn move_option(&mut self, id: &str, by: isize) {
        let o = &mut self.corpus.options;
        if let Some(i) = o.iter().position(|x| x.id == id) {
            let j = i as isize + by;
            if (0..o.len() as isize).contains(&j) {
                o.swap(i, j as usize);
            }
        }
    }

    /// Deletes an option no argument is filed under; otherwise says which are.
    pub fn delete_option(&mut self, id: &str) -> Result<(), String> {
        let under = self.records_of_option(id);
        if !under.is_empty() {
            return Err(format!(
                "Records are filed under this option ({}): move or delete them first.",
                under.join(", ")
            ));
        }
        self.corpus.options.retain(|o| o.id != id);
        Ok(())
    }

    /// Adds an argument of `source` quoting `span` of its text (made by
    /// `select::quote_at`); returns its id.
    pub fn add_argument(&mut self, draft: Draft, source: &str, span: Span) -> Option<String> {
        let evidence = self.evidence(source, span, draft.kind)?;
        let c = &mut self.corpus;
        let base = format!("{}-{}", slug(source, "s"), slug(&draft.option, "o"));
        let id = unique(&base, |id| c.arguments.iter().any(|a| a.id == id));
        let opt = |s: String| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        c.arguments.push(Argument {
            id: id.clone(),
            option: draft.option,
            source: source.to_string(),
            stance: draft.stance,
            claim: draft.claim.trim().to_string(),
            condition: opt(draft.condition).filter(|_| draft.stance == Stance::Conditional),
            holder: opt(draft.holder),
            recommendation: None,
            evidence: vec![evidence],
        });
        Some(id)
    }

    /// Adds a quote of its own source's text to argument `id`.
    pub fn add_quote(&mut self, id: &str, span: Span, kind: EvidenceKind) -> Result<(), String> {
        let Some(source) = self.corpus.argument(id).map(|a| a.source.clone()) else {
            return Err(format!("There is no argument “{id}”."));
        };
        let e = self
            .evidence(&source, span, kind)
            .ok_or("The selection is not a piece of this document's text.")?;
        if let Some(a) = self.corpus.arguments.iter_mut().find(|a| a.id == id) {
            a.evidence.push(e);
        }
        Ok(())
    }

    /// A quote of `source` at `span`: the text there, and the heading it sits under.
    pub(crate) fn evidence(
        &self,
        source: &str,
        span: Span,
        kind: EvidenceKind,
    ) -> Option<Evidence> {
        let text = &self.corpus.source(source)?.text;
        let quote = text.get(span.start as usize..span.end as usize)?;
        Some(Evidence {
            quote: quote.to_string(),
            kind,
            speaker: None,
            section: crate::author::text::section_at(text, span.start as usize),
            span,
        })
    }

    /// Deletes argument `id`.
    pub fn delete_argument(&mut self, id: &str) {
        self.corpus.arguments.retain(|a| a.id != id);
    }
}

/// What the argument form holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub option: String,
    pub stance: Stance,
    pub condition: String,
    pub holder: String,
    pub kind: EvidenceKind,
    pub claim: String,
}

/// One fault: the record it belongs to (an id; empty for the project as a whole) and
/// what is wrong, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub record: String,
    pub message: String,
}

/// Every fault of the corpus: the app's own check of a corpus file (`bundle::check`,
/// the one the students' app runs when it opens a file) and the checks `corpus check`
/// makes beyond it from the JSON (`load.rs`, host only), so that a corpus that passes
/// here passes there too (`tests/author.rs` checks it on generated projects).
/// Each document's text normalised as the checker searches it, made once for all the
/// checks of one pass (made per quote, the built-in corpus's checks took 1.4 s natively).
pub struct Texts(Vec<(String, Normalized)>);

impl Texts {
    pub fn of_corpus(c: &Corpus) -> Texts {
        Texts(
            (c.sources.iter())
                .map(|s| (s.id.clone(), normalize_mapped(&s.text)))
                .collect(),
        )
    }

    /// The normalised text of document `id`.
    pub fn get(&self, id: &str) -> Option<&Normalized> {
        self.0.iter().find(|(s, _)| s == id).map(|(_, t)| t)
    }
}

pub fn faults(c: &Corpus) -> Vec<Fault> {
    let texts = Texts::of_corpus(c);
    let mut out: Vec<Fault> = bundle::check(c)
        .into_iter()
        .map(|m| Fault {
            record: record_of(&m),
            message: m,
        })
        .collect();
    let mut add = |record: &str, message: String| {
        out.push(Fault {
            record: record.to_string(),
            message: format!("Record “{record}”: {message}"),
        })
    };
    for s in &c.sources {
        source_faults(s, &mut add);
        if !c.arguments.iter().any(|a| a.source == s.id) {
            add(&s.id, "no argument quotes this document yet.".into());
        }
    }
    for o in &c.options {
        for (field, v) in [("label", &o.label), ("summary", &o.summary)] {
            own_words(field, v, &mut |m| add(&o.id, m));
        }
        if !c.arguments.iter().any(|a| a.option == o.id) {
            add(&o.id, "no argument is filed under this option yet.".into());
        }
    }
    for a in &c.arguments {
        argument_faults(c, &texts, a, &mut |m| add(&a.id, m));
    }
    crate::author::records::faults(c, &texts, &mut add);
    out
}

/// The record a fault of `bundle::check` names (“Record “id”: …”), or empty.
pub(crate) fn record_of(message: &str) -> String {
    message
        .strip_prefix("Record “")
        .and_then(|r| r.split_once('”'))
        .map_or_else(String::new, |(id, _)| id.to_string())
}

/// The citation fields `corpus check` needs.
fn source_faults(s: &Source, add: &mut impl FnMut(&str, String)) {
    for (field, value) in [
        ("title", &s.title),
        ("short name", &s.short),
        ("year", &s.year),
        ("venue", &s.venue),
        ("kind of document", &s.kind),
        ("method", &s.method),
        ("DOI or address", &s.doi_or_url),
    ] {
        if value.trim().is_empty() {
            add(
                &s.id,
                format!("the {field} is empty (write “None” if there is none)."),
            );
        }
    }
    if s.authors.is_empty() {
        add(
            &s.id,
            "no author is given (write the organisation if no person is named).".into(),
        );
    }
}

/// Our wording (`field`) is not empty and uses none of [`FORBIDDEN_WORDS`].
pub(crate) fn own_words(field: &str, value: &str, add: &mut impl FnMut(String)) {
    if value.trim().is_empty() {
        return add(format!("the {field} is empty."));
    }
    let lower = value.to_lowercase();
    for w in FORBIDDEN_WORDS.split('|') {
        let whole = lower.match_indices(w).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + w.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        });
        if whole {
            add(format!(
                "the {field} uses the word “{w}”: the explainer never scores, ranks or predicts."
            ));
        }
    }
}

/// The checks of `load.rs` on one argument that the browser's check does not make.
fn argument_faults(c: &Corpus, texts: &Texts, a: &Argument, add: &mut impl FnMut(String)) {
    own_words("claim", &a.claim, add);
    match (&a.condition, a.stance) {
        (None, Stance::Conditional) => add("a conditional argument needs its condition.".into()),
        (Some(cond), Stance::Conditional) => own_words("condition", cond, add),
        (Some(_), _) => add("a condition is given but the stance is not conditional.".into()),
        (None, _) => {}
    }
    let (Some(text), Some(normalized)) =
        (c.source(&a.source).map(|s| &s.text), texts.get(&a.source))
    else {
        return;
    };
    let ours = normalize(&a.claim);
    let whole = ours.split(' ').count() >= 6 && normalized.count(&a.claim) > 0;
    if let Some(run) = editorial::copied_run(&ours, &normalized.text).or(whole.then(String::new)) {
        add(format!(
            "the claim copies the document word for word (“{run}”): say it in your own words."
        ));
    }
    let mut paragraphs = String::new();
    for (n, e) in a.evidence.iter().enumerate() {
        let (s, t) = (e.span.start as usize, e.span.end as usize);
        if normalize(&e.quote).split(' ').count() < 4 {
            add(format!("quote {} is shorter than four words.", n + 1));
        }
        if normalized.locate(&e.quote) != Some(e.span) {
            add(format!(
                "quote {} is not found at its place in the document.",
                n + 1
            ));
        }
        let (from, to) = editorial::paragraph_around(text, s, t);
        paragraphs.push_str(text.get(from..to).unwrap_or(""));
        paragraphs.push('\n');
    }
    for stem in editorial::unsupported_evaluative(&a.claim, &paragraphs) {
        add(format!("the claim judges with a word ({stem}…) that neither its quotes nor their paragraphs use: say only what the document says."));
    }
    if let Some(holder) = a.holder.as_deref() {
        let named = a.evidence.iter().any(|e| {
            let near = editorial::section_context(
                text,
                &e.section,
                e.span.start as usize,
                e.span.end as usize,
            );
            editorial::named_in(holder, near)
        });
        if !named {
            add(format!("the holder “{holder}” is not named near any of its quotes: name the person or body as the document does, or leave it empty."));
        }
    }
}

/// The faults of record `id`.
pub fn of<'a>(faults: &'a [Fault], id: &'a str) -> impl Iterator<Item = &'a Fault> + 'a {
    faults.iter().filter(move |f| f.record == id)
}
