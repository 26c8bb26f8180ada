//! The corpus schema: the records in `static/corpus/*.json`, and the one binary
//! encoding of the checked corpus (`codec.rs`). Both are derived from these types with
//! serde, so a new field is written here, checked in `load.rs` and shown by its view,
//! and nothing else changes.
//!
//! The JSON is what corpus editors write. What the checker computes is never written
//! there (`#[serde(default)]`, and the checker reports it if it is): each quote's
//! [`Span`] in its source and each source's `text`. The binary corpus carries those,
//! and carries each quote as its span alone (see `codec.rs`).
//!
//! The binary corpus is postcard, which writes every field in order with no names: so
//! no `skip_serializing_if` here (a skipped field would shift every later one), and
//! [`FORMAT_VERSION`] goes up with any change to a type below.

use serde::{Deserialize, Serialize};

/// The version of the binary corpus. Raise it when a field or an enum variant below is
/// added, removed, retyped or moved: a corpus encoded under another version is refused
/// by `codec::decode`, never misread.
pub const FORMAT_VERSION: u16 = 1;

/// One source document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Path of the text, relative to `static/corpus/`.
    pub file: String,
    /// Name of the supplied document this text is a byte-identical copy of.
    pub original: String,
    pub sha256: String,
    pub title: String,
    pub authors: Vec<String>,
    pub year: String,
    pub venue: String,
    pub kind: String,
    pub method: String,
    pub doi_or_url: String,
    /// How to cite the source in one line.
    pub citation: String,
    /// Short label used in tables and headings.
    pub short: String,
    /// What a reader should know about the document as supplied (scraped captions, footers, missing metadata).
    #[serde(default)]
    pub notes: Vec<String>,
    /// The full text: read from `file` by the checker, never written in the JSON.
    #[serde(default)]
    pub text: String,
}

/// A policy option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyOption {
    pub id: String,
    pub label: String,
    pub summary: String,
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
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// One piece of evidence: a verbatim quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub quote: String,
    pub kind: EvidenceKind,
    /// Who holds the view, when it is not the source's author.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The heading the quote sits under.
    pub section: String,
    /// Where the quote is in the source text: found by the checker, never written in the JSON.
    #[serde(default)]
    pub span: Span,
}

/// An argument a source gives for or against an option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Argument {
    pub id: String,
    pub option: String,
    pub source: String,
    pub stance: Stance,
    /// A neutral paraphrase, in our words.
    pub claim: String,
    /// For conditional arguments: the condition, in our words.
    #[serde(default)]
    pub condition: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// What a source says overall on an option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub option: String,
    pub source: String,
    pub summary: String,
}

/// A quote located in a source (discrepancy readings, event mentions, reused passages).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub source: String,
    /// The figure, date or name as this reading gives it (discrepancies only).
    #[serde(default)]
    pub value: Option<String>,
    pub quote: String,
    /// Where the quote is in the source text: found by the checker, never written in the JSON.
    #[serde(default)]
    pub span: Span,
}

/// Sources (or one source with itself) giving different figures, dates or names for one thing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discrepancy {
    pub id: String,
    pub topic: String,
    pub readings: Vec<Reading>,
    pub note: String,
}

/// A dated event the sources cite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    pub label: String,
    pub mentions: Vec<Reading>,
}

/// A term a student needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    pub term: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub definition: String,
}

/// Wording one source shares with another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reuse {
    pub id: String,
    pub topic: String,
    pub kind: String,
    pub passages: Vec<Reading>,
    pub note: String,
}

/// The whole corpus. Never read from one JSON file (the checker reads each list from
/// its own); the binary corpus is this type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    pub sources: Vec<Source>,
    pub options: Vec<PolicyOption>,
    pub arguments: Vec<Argument>,
    pub positions: Vec<Position>,
    pub discrepancies: Vec<Discrepancy>,
    pub events: Vec<Event>,
    pub glossary: Vec<GlossaryTerm>,
    pub reuse: Vec<Reuse>,
}
