//! The corpus schema: the records in `static/corpus/*.json`.
//!
//! Every string and list is a [`Cow`] so that the same types serve two purposes:
//! they are deserialised (owned) from JSON by the validator in `build.rs` and the
//! native tests, and the embedded corpus borrows its strings from the texts and the
//! string blob the build generates (see `embedded.rs`), so the browser bundle carries
//! no JSON parser.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A corpus string: borrowed in the embedded corpus, owned when loaded from disk.
pub type Str = Cow<'static, str>;
/// A corpus list: borrowed in the embedded corpus, owned when loaded from disk.
pub type List<T> = Cow<'static, [T]>;

/// One source document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Str,
    /// Path of the text, relative to `static/corpus/`.
    pub file: Str,
    /// Name of the supplied document this text is a byte-identical copy of.
    pub original: Str,
    pub sha256: Str,
    pub title: Str,
    pub authors: List<Str>,
    pub year: Str,
    pub venue: Str,
    pub kind: Str,
    pub method: Str,
    pub doi_or_url: Str,
    /// How to cite the source in one line.
    pub citation: Str,
    /// Short label used in tables and headings.
    pub short: Str,
    /// What a reader should know about the document as supplied (scraped captions, footers, missing metadata).
    #[serde(default)]
    pub notes: List<Str>,
    /// The full text; filled from `file` by the loader, never from JSON.
    #[serde(skip)]
    pub text: Str,
}

/// A policy option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyOption {
    pub id: Str,
    pub label: Str,
    pub summary: Str,
}

/// Where an argument stands on its option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    For,
    Against,
    Conditional,
    Mixed,
}

impl Stance {
    /// Fixed display order.
    pub const ALL: [Stance; 4] = [
        Stance::For,
        Stance::Against,
        Stance::Conditional,
        Stance::Mixed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::For => "for",
            Stance::Against => "against",
            Stance::Conditional => "conditional",
            Stance::Mixed => "mixed",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Stance::For => "For",
            Stance::Against => "Against",
            Stance::Conditional => "Conditional",
            Stance::Mixed => "Mixed",
        }
    }

    pub fn parse(s: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// What kind of evidence a quote is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    Statistic,
    Event,
    ExpertInterview,
    OfficialStatement,
    CitedScholarship,
    AuthorAssessment,
    Recommendation,
}

impl EvidenceKind {
    /// Fixed display order.
    pub const ALL: [EvidenceKind; 7] = [
        EvidenceKind::Statistic,
        EvidenceKind::Event,
        EvidenceKind::ExpertInterview,
        EvidenceKind::OfficialStatement,
        EvidenceKind::CitedScholarship,
        EvidenceKind::AuthorAssessment,
        EvidenceKind::Recommendation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Statistic => "statistic",
            EvidenceKind::Event => "event",
            EvidenceKind::ExpertInterview => "expert-interview",
            EvidenceKind::OfficialStatement => "official-statement",
            EvidenceKind::CitedScholarship => "cited-scholarship",
            EvidenceKind::AuthorAssessment => "author-assessment",
            EvidenceKind::Recommendation => "recommendation",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EvidenceKind::Statistic => "Statistic",
            EvidenceKind::Event => "Event",
            EvidenceKind::ExpertInterview => "Expert interview",
            EvidenceKind::OfficialStatement => "Official statement",
            EvidenceKind::CitedScholarship => "Cited scholarship",
            EvidenceKind::AuthorAssessment => "Author's assessment",
            EvidenceKind::Recommendation => "Recommendation",
        }
    }

    pub fn parse(s: &str) -> Option<EvidenceKind> {
        EvidenceKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A byte range `[start, end)` in a source's original text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// One piece of evidence: a verbatim quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub quote: Str,
    pub kind: EvidenceKind,
    /// Who holds the view, when it is not the source's author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Str>,
    /// The heading the quote sits under.
    pub section: Str,
    /// Where the quote is in the source text; computed by the loader.
    #[serde(skip)]
    pub span: Span,
}

/// An argument a source gives for or against an option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Argument {
    pub id: Str,
    pub option: Str,
    pub source: Str,
    pub stance: Stance,
    /// A neutral paraphrase, in our words.
    pub claim: Str,
    /// For conditional arguments: the condition, in our words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Str>,
    pub evidence: List<Evidence>,
}

/// What a source says overall on an option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub option: Str,
    pub source: Str,
    pub summary: Str,
}

/// A quote located in a source (discrepancy readings, event mentions, reused passages).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub source: Str,
    /// The figure, date or name as this reading gives it (discrepancies only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Str>,
    pub quote: Str,
    #[serde(skip)]
    pub span: Span,
}

/// Sources (or one source with itself) giving different figures, dates or names for one thing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discrepancy {
    pub id: Str,
    pub topic: Str,
    pub readings: List<Reading>,
    pub note: Str,
}

/// A dated event the sources cite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Str,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Str,
    pub label: Str,
    pub mentions: List<Reading>,
}

/// A term a student needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    pub term: Str,
    #[serde(default)]
    pub aliases: List<Str>,
    pub definition: Str,
}

/// Wording one source shares with another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reuse {
    pub id: Str,
    pub topic: Str,
    pub kind: Str,
    pub passages: List<Reading>,
    pub note: Str,
}

/// The whole corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corpus {
    pub sources: List<Source>,
    pub options: List<PolicyOption>,
    pub arguments: List<Argument>,
    pub positions: List<Position>,
    pub discrepancies: List<Discrepancy>,
    pub events: List<Event>,
    pub glossary: List<GlossaryTerm>,
    pub reuse: List<Reuse>,
}
