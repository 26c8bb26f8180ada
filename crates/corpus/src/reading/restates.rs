//! Where a quote lies in wording one source restates from another: the `reuse.json`
//! records with `restates` (Kakar's uncredited restatements of Bakhsh, Rab and Faiz).
//! The views that set sources side by side mark such an argument, recommendation or
//! position in words, so that two sources agreeing in one wording are not read as two
//! independent voices. A plain statement of where the wording comes from: no count.

use crate::schema::{Argument, Corpus, Recommendation, Reuse, Source, Span};

/// Which side of a restatement a quote is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The quote restates the other source's passage.
    Restates,
    /// The other source restates the passage the quote lies in.
    RestatedBy,
}

/// A quote's place in one restatement record.
#[derive(Debug, Clone, Copy)]
pub struct Restatement<'a> {
    pub reuse: &'a Reuse,
    pub side: Side,
    /// This source's passage (index in `reuse.passages`) that the quote overlaps.
    pub here: usize,
    /// The other source's passage: the restated one, or the first of the restating source.
    pub there: usize,
}

impl Restatement<'_> {
    /// The other source's id.
    pub fn other(&self) -> &str {
        &self.reuse.passages[self.there].source
    }

    /// The mark in words: "Restates Bakhsh, Rab & Faiz (2024)" or "Restated by Kakar".
    pub fn words(&self, corpus: &Corpus) -> String {
        let name = corpus
            .source(self.other())
            .map_or_else(|| self.other().to_string(), source_name);
        match self.side {
            Side::Restates => format!("Restates {name}"),
            Side::RestatedBy => format!("Restated by {name}"),
        }
    }
}

/// A source as the mark names it: its short name, with its year when the record gives
/// one ("Bakhsh, Rab & Faiz (2024)"; "Kakar", whose year is not printed).
pub fn source_name(s: &Source) -> String {
    let year: String = s.year.chars().take(4).collect();
    if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) {
        format!("{} ({year})", s.short)
    } else {
        s.short.clone()
    }
}

/// Whether two spans share any of the text. Overlap rather than containment: a quote
/// may run a sentence past a shared passage, and is still that passage's wording.
fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

impl Corpus {
    /// The restatements that quotes of `source` at `spans` lie in, once each per record
    /// and other source, in corpus order.
    pub fn restatements(&self, source: &str, spans: &[Span]) -> Vec<Restatement<'_>> {
        let mut out = Vec::new();
        for r in &self.reuse {
            let Some(from) = r.restates.as_deref() else {
                continue;
            };
            let Some(here) = r
                .passages
                .iter()
                .position(|p| p.source == source && spans.iter().any(|&s| overlaps(p.span, s)))
            else {
                continue;
            };
            let first_of = |s: &str| r.passages.iter().position(|p| p.source == s);
            if source != from {
                out.extend(first_of(from).map(|there| Restatement {
                    reuse: r,
                    side: Side::Restates,
                    here,
                    there,
                }));
                continue;
            }
            for (there, p) in r.passages.iter().enumerate() {
                if p.source != from && first_of(&p.source) == Some(there) {
                    let side = Side::RestatedBy;
                    out.push(Restatement {
                        reuse: r,
                        side,
                        here,
                        there,
                    });
                }
            }
        }
        out
    }

    /// The restatements an argument's quotes lie in.
    pub fn argument_restatements(&self, a: &Argument) -> Vec<Restatement<'_>> {
        let spans: Vec<Span> = a.evidence.iter().map(|e| e.span).collect();
        self.restatements(&a.source, &spans)
    }

    /// The restatements a recommendation's passages lie in.
    pub fn recommendation_restatements(&self, r: &Recommendation) -> Vec<Restatement<'_>> {
        let spans: Vec<Span> = r.passages.iter().map(|p| p.span).collect();
        self.restatements(&r.source, &spans)
    }

    /// The restatements a position's quotes lie in: a position has no quotes of its own,
    /// so these are its arguments' (the same source on the same option).
    pub fn position_restatements(&self, option: &str, source: &str) -> Vec<Restatement<'_>> {
        let spans: Vec<Span> = self
            .arguments_on(option, source)
            .flat_map(|a| a.evidence.iter().map(|e| e.span))
            .collect();
        self.restatements(source, &spans)
    }
}

/// What the texts let a reader know about which of a shared-wording record's texts came
/// first (issue 26), from the corpus's own data only: the dates the texts print (the
/// sources' `year` says when a date is not printed), a `citation` record in which one
/// text cites another, and the record's `restates`. Says so when it cannot be told.
pub fn direction(c: &Corpus, r: &Reuse) -> String {
    let mut ids: Vec<&str> = r.passages.iter().map(|p| p.source.as_str()).collect();
    ids.dedup();
    crate::sort_dedup(&mut ids);
    let short = |id: &str| c.source(id).map_or(id.to_string(), |s| s.short.clone());
    if ids.len() < 2 {
        return "All the passages are from one text.".into();
    }
    let printed: Vec<&str> = (ids.iter().copied())
        .filter(|id| c.source(id).is_some_and(prints_year))
        .collect();
    let mut out = if printed.is_empty() {
        format!(
            "{} prints a date of publication.",
            if ids.len() == 2 {
                "Neither text"
            } else {
                "None of these texts"
            }
        )
    } else {
        let names: Vec<String> = printed.iter().map(|id| short(id)).collect();
        format!("Dates printed: {}.", names.join(", "))
    };
    let cites: Vec<(&str, &str)> = (c.reuse.iter())
        .filter(|x| x.kind == "citation")
        .filter_map(|x| {
            let from = x.passages.first()?.source.as_str();
            let to = x
                .passages
                .iter()
                .find(|p| p.source != from)?
                .source
                .as_str();
            (ids.contains(&from) && ids.contains(&to)).then_some((from, to))
        })
        .collect();
    for (from, to) in &cites {
        out.push_str(&format!(
            " {} cites {}, so {} is the later text; that alone does not say where this wording comes from.",
            short(from), short(to), short(from)
        ));
    }
    match &r.restates {
        Some(s) => out.push_str(&format!(
            " The corpus treats the other passages as restating {}'s for the reasons the note gives (the passages' order, structure and citations), not from a date.",
            short(s)
        )),
        None if cites.is_empty() => {
            out.push_str(" Which text came first cannot be told from the texts.")
        }
        None => {}
    }
    out
}

/// Whether a source's text prints its own year (the checker's `year` says "Not
/// printed", or "not printed in the text itself" for a year found elsewhere).
fn prints_year(s: &Source) -> bool {
    let y = s.year.to_ascii_lowercase();
    y.starts_with(|c: char| c.is_ascii_digit()) && !y.contains("not printed")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_corpus as corpus;

    #[test]
    fn kakar_restates_bakhsh_and_is_named_as_restating() {
        let c = corpus();
        let a = c.argument("kakar-kinetic-1").expect("kakar-kinetic-1");
        let marks = c.argument_restatements(a);
        assert_eq!(marks.len(), 1, "{marks:?}");
        assert_eq!(marks[0].side, Side::Restates);
        assert_eq!(marks[0].reuse.id, "only-solution-military-power");
        assert_eq!(marks[0].words(c), "Restates Bakhsh, Rab & Faiz (2024)");
        let b = c
            .argument("bakhsh-rab-faiz-kinetic-4")
            .expect("bakhsh-rab-faiz-kinetic-4");
        let back = c.argument_restatements(b);
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].side, Side::RestatedBy);
        assert_eq!(back[0].words(c), "Restated by Kakar");
        assert_eq!(back[0].other(), "kakar");
    }

    #[test]
    fn shared_quotations_and_other_sources_carry_no_mark() {
        let c = corpus();
        for a in c.arguments.iter().filter(|a| a.source == "ahsan-ali") {
            assert!(c.argument_restatements(a).is_empty(), "{}", a.id);
        }
        // A record without `restates` (both quote a third party) marks nothing.
        let shared = c.reuse.iter().find(|r| r.restates.is_none()).unwrap();
        let p = &shared.passages[0];
        assert!(c.restatements(&p.source, &[p.span]).is_empty());
    }

    #[test]
    fn overlap_not_containment() {
        let s = |start, end| Span { start, end };
        assert!(overlaps(s(0, 10), s(5, 20)));
        assert!(overlaps(s(5, 6), s(0, 10)));
        assert!(!overlaps(s(0, 5), s(5, 10)));
    }
}
