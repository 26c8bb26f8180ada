//! The records beside arguments (issue 25): positions, recommendations (kept in the
//! order of their place in each document), facts that differ, events, glossary terms and
//! shared wording. Each quote is made from a selection (`select::quote_at`), so it is
//! verbatim by construction; [`faults`] adds the checks `corpus check` makes on these
//! records (`load.rs`) that the browser's own check (`bundle::check`) does not.

use super::project::{own_words, slug, unique, Project, Texts};
use crate::model::normalize::normalize;
use crate::model::{editorial, Corpus, Discrepancy, Event, GlossaryTerm, Passage, Position};
use crate::model::{Reading, Recommendation, Reuse, Span, Stance};

/// What the recommendation form holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RecDraft {
    pub summary: String,
    pub speaker: String,
    pub condition: String,
    pub options: Vec<String>,
}

/// What the form of a fact that differs, an event or shared wording holds: the new
/// record's fields (those that do not apply are left empty).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReadingDraft {
    /// Topic (a fact, shared wording) or label (an event), in our words.
    pub topic: String,
    /// The note, in our words (a fact, shared wording).
    pub note: String,
    /// The figure, date or name as this document gives it (a fact).
    pub value: String,
    /// The event's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub date: String,
    /// The kind of shared wording ("restated", "shared quotation"…).
    pub kind: String,
}

/// The name a position's faults are listed under (the one `bundle::check` uses).
pub fn position_key(p: &Position) -> String {
    format!("position of {} on {}", p.source, p.option)
}

fn trimmed(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

impl Project {
    /// Every record that quotes or names document `id` (by its id or name).
    pub fn records_of_source(&self, id: &str) -> Vec<String> {
        let c = &self.corpus;
        let readings = |rs: &[Reading]| rs.iter().any(|r| r.source == id);
        (c.arguments
            .iter()
            .filter(|a| a.source == id)
            .map(|a| a.id.clone()))
        .chain(
            c.positions
                .iter()
                .filter(|p| p.source == id)
                .map(position_key),
        )
        .chain((c.recommendations.iter().filter(|r| r.source == id)).map(|r| r.id.clone()))
        .chain((c.discrepancies.iter().filter(|d| readings(&d.readings))).map(|d| d.id.clone()))
        .chain((c.events.iter().filter(|e| readings(&e.mentions))).map(|e| e.id.clone()))
        .chain((c.reuse.iter().filter(|r| readings(&r.passages))).map(|r| r.id.clone()))
        .collect()
    }

    /// Every record filed under option `id`.
    pub fn records_of_option(&self, id: &str) -> Vec<String> {
        let c = &self.corpus;
        (c.arguments
            .iter()
            .filter(|a| a.option == id)
            .map(|a| a.id.clone()))
        .chain(
            c.positions
                .iter()
                .filter(|p| p.option == id)
                .map(position_key),
        )
        .chain(
            (c.recommendations
                .iter()
                .filter(|r| r.options.iter().any(|o| o == id)))
            .map(|r| r.id.clone()),
        )
        .collect()
    }

    /// A reading of `source` at `span` (a fact's, an event's, shared wording's).
    fn reading(&self, source: &str, span: Span, value: &str) -> Result<Reading, String> {
        let e = self
            .evidence(source, span, crate::model::EvidenceKind::Event)
            .ok_or("The selection is not a piece of this document's text.")?;
        Ok(Reading {
            source: source.to_string(),
            value: trimmed(value),
            quote: e.quote,
            span,
        })
    }

    /// Adds what `source` says overall on `option`, in our words; its name.
    pub fn add_position(
        &mut self,
        option: &str,
        source: &str,
        summary: &str,
    ) -> Result<String, String> {
        let c = &mut self.corpus;
        if c.option(option).is_none() || c.source(source).is_none() {
            return Err("Choose an option and a document.".into());
        }
        if c.positions
            .iter()
            .any(|p| p.option == option && p.source == source)
        {
            return Err(
                "This document has a position on this option already: edit or delete it.".into(),
            );
        }
        let p = Position {
            option: option.to_string(),
            source: source.to_string(),
            summary: summary.trim().to_string(),
        };
        let key = position_key(&p);
        c.positions.push(p);
        Ok(key)
    }

    /// Deletes the position of `source` on `option`.
    pub fn delete_position(&mut self, option: &str, source: &str) {
        (self.corpus.positions).retain(|p| !(p.option == option && p.source == source));
    }

    /// Adds a recommendation of `source` whose main passage is at `span`; its id. The
    /// list stays in the order of each document's text (`Recommendation::at`).
    pub fn add_recommendation(
        &mut self,
        d: RecDraft,
        source: &str,
        span: Span,
    ) -> Result<String, String> {
        let e = self
            .evidence(source, span, crate::model::EvidenceKind::Recommendation)
            .ok_or("The selection is not a piece of this document's text.")?;
        let c = &mut self.corpus;
        let id = unique(&format!("{}-rec", slug(source, "s")), |id| {
            c.recommendations.iter().any(|r| r.id == id)
        });
        c.recommendations.push(Recommendation {
            id: id.clone(),
            source: source.to_string(),
            summary: d.summary.trim().to_string(),
            speaker: trimmed(&d.speaker),
            condition: trimmed(&d.condition),
            options: d.options,
            passages: vec![Passage {
                quote: e.quote,
                section: e.section,
                span,
            }],
        });
        self.order_recommendations();
        Ok(id)
    }

    /// Adds a passage restating recommendation `id` (after its main passage).
    pub fn add_restatement(&mut self, id: &str, span: Span) -> Result<(), String> {
        let r = self
            .corpus
            .recommendation(id)
            .ok_or("The recommendation is gone.")?;
        let e = self
            .evidence(
                &r.source.clone(),
                span,
                crate::model::EvidenceKind::Recommendation,
            )
            .ok_or("The selection is not a piece of this recommendation's document.")?;
        if let Some(r) = self.corpus.recommendations.iter_mut().find(|r| r.id == id) {
            r.passages.push(Passage {
                quote: e.quote,
                section: e.section,
                span,
            });
        }
        Ok(())
    }

    /// Deletes recommendation `id` unless an argument rests on it.
    pub fn delete_recommendation(&mut self, id: &str) -> Result<(), String> {
        let c = &mut self.corpus;
        let resting: Vec<&str> = (c.arguments.iter())
            .filter(|a| a.recommendation.as_deref() == Some(id))
            .map(|a| &*a.id)
            .collect();
        if !resting.is_empty() {
            return Err(format!(
                "Arguments rest on this recommendation ({}): change them first.",
                resting.join(", ")
            ));
        }
        c.recommendations.retain(|r| r.id != id);
        Ok(())
    }

    /// Puts the recommendations in the order of the documents, and within each
    /// document in the order of their main passages.
    fn order_recommendations(&mut self) {
        let c = &mut self.corpus;
        let place = |s: &str| {
            c.sources
                .iter()
                .position(|x| x.id == s)
                .unwrap_or(usize::MAX)
        };
        let mut keyed: Vec<(usize, u32, Recommendation)> = std::mem::take(&mut c.recommendations)
            .into_iter()
            .map(|r| (place(&r.source), r.at(), r))
            .collect();
        keyed.sort_by_key(|(s, at, _)| (*s, *at));
        c.recommendations = keyed.into_iter().map(|(_, _, r)| r).collect();
    }

    /// Starts a fact that differs with its first reading; its id.
    pub fn add_discrepancy(
        &mut self,
        d: ReadingDraft,
        source: &str,
        span: Span,
    ) -> Result<String, String> {
        let first = self.reading(source, span, &d.value)?;
        let c = &mut self.corpus;
        let id = unique(&slug(&d.topic, "fact"), |id| {
            c.discrepancies.iter().any(|x| x.id == id)
        });
        c.discrepancies.push(Discrepancy {
            id: id.clone(),
            topic: d.topic.trim().to_string(),
            readings: vec![first],
            note: d.note.trim().to_string(),
        });
        Ok(id)
    }

    /// Adds a reading (from any document) to fact `id`.
    pub fn add_reading(
        &mut self,
        id: &str,
        source: &str,
        span: Span,
        value: &str,
    ) -> Result<(), String> {
        let r = self.reading(source, span, value)?;
        let d = (self.corpus.discrepancies.iter_mut().find(|d| d.id == id))
            .ok_or("The fact is gone.")?;
        d.readings.push(r);
        Ok(())
    }

    /// Starts an event with its first mention; its id.
    pub fn add_event(
        &mut self,
        d: ReadingDraft,
        source: &str,
        span: Span,
    ) -> Result<String, String> {
        let first = self.reading(source, span, "")?;
        let c = &mut self.corpus;
        let base = slug(&format!("{} {}", d.date, d.topic), "event");
        let id = unique(&base, |id| c.events.iter().any(|x| x.id == id));
        c.events.push(Event {
            id: id.clone(),
            date: d.date.trim().to_string(),
            label: d.topic.trim().to_string(),
            mentions: vec![first],
        });
        Ok(id)
    }

    /// Adds a mention (from any document) to event `id`.
    pub fn add_mention(&mut self, id: &str, source: &str, span: Span) -> Result<(), String> {
        let r = self.reading(source, span, "")?;
        let e = (self.corpus.events.iter_mut().find(|e| e.id == id)).ok_or("The event is gone.")?;
        e.mentions.push(r);
        Ok(())
    }

    /// Starts a shared-wording record with passages (document, span), at least one.
    pub fn add_reuse(
        &mut self,
        d: ReadingDraft,
        passages: &[(String, Span)],
    ) -> Result<String, String> {
        let passages = (passages.iter())
            .map(|(s, sp)| self.reading(s, *sp, ""))
            .collect::<Result<Vec<_>, _>>()?;
        let c = &mut self.corpus;
        let id = unique(&slug(&d.topic, "shared"), |id| {
            c.reuse.iter().any(|x| x.id == id)
        });
        c.reuse.push(Reuse {
            id: id.clone(),
            topic: d.topic.trim().to_string(),
            kind: d.kind.trim().to_string(),
            passages,
            note: d.note.trim().to_string(),
            restates: None,
        });
        Ok(id)
    }

    /// Adds a passage (from any document) to shared-wording record `id`.
    pub fn add_reuse_passage(&mut self, id: &str, source: &str, span: Span) -> Result<(), String> {
        let r = self.reading(source, span, "")?;
        let x = (self.corpus.reuse.iter_mut().find(|x| x.id == id)).ok_or("The record is gone.")?;
        x.passages.push(r);
        Ok(())
    }

    /// Adds a glossary term, kept in alphabetical order (as `corpus check` wants).
    pub fn add_term(
        &mut self,
        term: &str,
        aliases: &str,
        definition: &str,
    ) -> Result<String, String> {
        let term = term.trim().to_string();
        let g = &mut self.corpus.glossary;
        if term.is_empty() {
            return Err("Give the term.".into());
        }
        if g.iter()
            .any(|t| t.term.to_lowercase() == term.to_lowercase())
        {
            return Err(format!("The glossary has “{term}” already."));
        }
        let at = g.partition_point(|t| t.term.to_lowercase() < term.to_lowercase());
        g.insert(
            at,
            GlossaryTerm {
                term: term.clone(),
                aliases: (aliases.split([';', ',', '\n']).map(str::trim))
                    .filter(|a| !a.is_empty())
                    .map(String::from)
                    .collect(),
                definition: definition.trim().to_string(),
            },
        );
        Ok(term)
    }

    /// Deletes the fact, event or shared-wording record `id`.
    pub fn delete_record(&mut self, id: &str) {
        let c = &mut self.corpus;
        c.discrepancies.retain(|x| x.id != id);
        c.events.retain(|x| x.id != id);
        c.reuse.retain(|x| x.id != id);
    }

    /// Deletes glossary term `term`.
    pub fn delete_term(&mut self, term: &str) {
        self.corpus.glossary.retain(|x| x.term != term);
    }
}

/// The checks of `load.rs` on these records that `bundle::check` does not make, each
/// given to `add` with the record it belongs to.
pub fn faults(c: &Corpus, texts: &Texts, add: &mut impl FnMut(&str, String)) {
    positions(c, texts, add);
    recommendations(c, texts, add);
    for d in &c.discrepancies {
        let mut f = |m: String| add(&d.id, m);
        own_words("topic", &d.topic, &mut f);
        own_words("note", &d.note, &mut f);
        if d.readings.len() < 2 {
            f(
                "a fact that differs needs at least two readings: select the other and add it."
                    .into(),
            );
        }
        for (i, r) in d.readings.iter().enumerate() {
            if r.value.as_deref().is_none_or(|v| v.trim().is_empty()) {
                f(format!(
                    "reading {} does not say the figure, date or name it gives.",
                    i + 1
                ));
            }
        }
        readings(texts, &d.readings, "reading", &mut f);
    }
    for e in &c.events {
        let mut f = |m: String| add(&e.id, m);
        if !valid_date(&e.date) {
            f(format!(
                "the date “{}” is not YYYY, YYYY-MM or YYYY-MM-DD.",
                e.date
            ));
        }
        own_words("label", &e.label, &mut f);
        if e.mentions.is_empty() {
            f("an event needs at least one mention.".into());
        }
        readings(texts, &e.mentions, "mention", &mut f);
    }
    glossary(c, add);
    for r in &c.reuse {
        let mut f = |m: String| add(&r.id, m);
        own_words("topic", &r.topic, &mut f);
        own_words("note", &r.note, &mut f);
        if r.kind.trim().is_empty() {
            f("the kind of shared wording is empty.".into());
        }
        if r.passages.len() < 2 {
            f("shared wording needs at least two passages.".into());
        }
        readings(texts, &r.passages, "passage", &mut f);
    }
}

fn positions(c: &Corpus, texts: &Texts, add: &mut impl FnMut(&str, String)) {
    for (i, p) in c.positions.iter().enumerate() {
        let key = position_key(p);
        let mut f = |m: String| add(&key, m);
        own_words("summary", &p.summary, &mut f);
        not_copied(texts, &p.source, "summary", &p.summary, &mut f);
        let mut on = (c.arguments.iter())
            .filter(|a| a.option == p.option && a.source == p.source)
            .peekable();
        if editorial::says_recommends(&p.summary)
            && on.peek().is_some()
            && on.all(|a| a.stance == Stance::Against)
        {
            f("the summary says the document recommends this option, but every argument of it on the option is against.".into());
        }
        if c.positions[..i]
            .iter()
            .any(|q| q.option == p.option && q.source == p.source)
        {
            f("a second position for the same option and document.".into());
        }
    }
}

fn recommendations(c: &Corpus, texts: &Texts, add: &mut impl FnMut(&str, String)) {
    for (i, r) in c.recommendations.iter().enumerate() {
        let mut f = |m: String| add(&r.id, m);
        own_words("summary", &r.summary, &mut f);
        not_copied(texts, &r.source, "summary", &r.summary, &mut f);
        if let Some(cond) = &r.condition {
            own_words("condition", cond, &mut f);
        }
        if r.options.is_empty() {
            f("no option is chosen: name every option it bears on.".into());
        }
        let Some(text) = c.source(&r.source).map(|s| &s.text) else {
            continue;
        };
        let Some(main) = r.passages.first() else {
            f("no passage quotes the recommendation.".into());
            continue;
        };
        let Some(t) = texts.get(&r.source) else {
            continue;
        };
        for (n, p) in r.passages.iter().enumerate() {
            quote_faults(t, &p.quote, p.span, &format!("passage {}", n + 1), &mut f);
        }
        if let Some(speaker) = &r.speaker {
            let near = editorial::section_context(
                text,
                &main.section,
                main.span.start as usize,
                main.span.end as usize,
            );
            if !editorial::named_in(speaker, near) {
                f(format!("the speaker “{speaker}” is not named near its main passage: name them as the document does, or leave it empty."));
            }
        }
        let same = |q: &Recommendation| {
            q.source == r.source && q.passages.first().map(|p| p.span) == Some(main.span)
        };
        if let Some(other) = c.recommendations[..i].iter().find(|q| same(q)) {
            f(format!("its main passage is also the main passage of {}: add restatements to one recommendation.", other.id));
        }
    }
}

fn glossary(c: &Corpus, add: &mut impl FnMut(&str, String)) {
    for (i, g) in c.glossary.iter().enumerate() {
        let mut f = |m: String| add(&g.term, m);
        own_words("definition", &g.definition, &mut f);
        if g.term.trim().is_empty() {
            f("the term is empty.".into());
        }
        if g.aliases.iter().any(|a| a.trim().is_empty()) {
            f("an other name is empty.".into());
        }
        if c.glossary[..i].iter().any(|x| x.term == g.term) {
            f("two glossary terms are the same.".into());
        }
        if i > 0 && c.glossary[i - 1].term.to_lowercase() > g.term.to_lowercase() {
            f(format!(
                "is out of alphabetical order (after “{}”).",
                c.glossary[i - 1].term
            ));
        }
    }
}

/// Our wording (`field`) copies no run of words of `source`'s text.
fn not_copied(texts: &Texts, source: &str, field: &str, ours: &str, f: &mut impl FnMut(String)) {
    let Some(t) = texts.get(source) else {
        return;
    };
    let whole = normalize(ours).split(' ').count() >= 6 && t.count(ours) > 0;
    if let Some(run) = editorial::copied_run(&normalize(ours), &t.text).or(whole.then(String::new))
    {
        f(format!(
            "the {field} copies the document word for word (“{run}”): say it in your own words."
        ));
    }
}

/// A quote (called `what`) is four words or more and found at `span`.
fn quote_faults(
    t: &crate::model::normalize::Normalized,
    quote: &str,
    span: Span,
    what: &str,
    f: &mut impl FnMut(String),
) {
    if normalize(quote).split(' ').count() < 4 {
        f(format!("{what} is shorter than four words."));
    } else if t.locate(quote) != Some(span) {
        f(format!("{what} is not found at its place in the document."));
    }
}

/// Each reading's quote is found at its place in its document.
fn readings(texts: &Texts, rs: &[Reading], what: &str, f: &mut impl FnMut(String)) {
    for (n, r) in rs.iter().enumerate() {
        if let Some(t) = texts.get(&r.source) {
            quote_faults(t, &r.quote, r.span, &format!("{what} {}", n + 1), f);
        }
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day (as `load.rs`).
pub fn valid_date(d: &str) -> bool {
    let num = |s: &str, len: usize, lo: u32, hi: u32| {
        s.len() == len
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| (lo..=hi).contains(&n))
    };
    let parts: Vec<&str> = d.split('-').collect();
    match parts.as_slice() {
        [y] => num(y, 4, 1000, 2999),
        [y, m] => num(y, 4, 1000, 2999) && num(m, 2, 1, 12),
        [y, m, dd] => num(y, 4, 1000, 2999) && num(m, 2, 1, 12) && num(dd, 2, 1, 31),
        _ => false,
    }
}
