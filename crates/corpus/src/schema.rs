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
/// added, removed, renamed, retyped or moved (a test here fails until you do, and says
/// what to write): a corpus encoded under another version is refused by
/// `codec::decode`, never misread.
pub const FORMAT_VERSION: u16 = 4;

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

impl Source {
    /// A source with only its id and short name; every other field empty (filled in by
    /// the caller, or left so where only names are shown).
    pub fn named(id: String, short: String) -> Source {
        Source {
            id,
            file: String::new(),
            original: String::new(),
            sha256: String::new(),
            title: String::new(),
            authors: Vec::new(),
            year: String::new(),
            venue: String::new(),
            kind: String::new(),
            method: String::new(),
            doi_or_url: String::new(),
            citation: String::new(),
            short,
            notes: Vec::new(),
            text: String::new(),
        }
    }
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
    /// Whose view the argument states, when it is not the source's author(s).
    #[serde(default)]
    pub holder: Option<String>,
    /// The id of the source's own recommendation the stance rests on, if any.
    #[serde(default)]
    pub recommendation: Option<String>,
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

/// Words and phrases a search treats as one term (issue 26): "talks", "negotiation" and
/// "dialogue" name one course of action in these texts. Each set is symmetric (any of
/// its words finds all of them), and each word occurs in a source text or in the
/// corpus's own summaries (the checker and `tests/search.rs` check it). Glossary
/// `aliases` do the same for a glossary entry's names; these sets are for terms that
/// are no glossary entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Related {
    pub id: String,
    pub words: Vec<String>,
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
    /// The source whose passage the record's other sources restate (Kakar's uncredited
    /// restatements of Bakhsh et al.); absent when the record shows no direction (a
    /// shared quotation, a common origin). The views mark the quotes that lie in it.
    #[serde(default)]
    pub restates: Option<String>,
}

/// A verbatim passage of a recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Passage {
    pub quote: String,
    /// The heading the passage sits under.
    pub section: String,
    /// Where the passage is in the source text: found by the checker, never written in the JSON.
    #[serde(default)]
    pub span: Span,
}

/// A course of action a source recommends, urges or calls for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub id: String,
    pub source: String,
    /// A short line in our words.
    pub summary: String,
    /// Whose recommendation it is, when not the source's author(s).
    #[serde(default)]
    pub speaker: Option<String>,
    /// When it applies, in our words.
    #[serde(default)]
    pub condition: Option<String>,
    /// The options it bears on (at least one).
    pub options: Vec<String>,
    /// The main statement first, then the passages that restate it.
    pub passages: Vec<Passage>,
}

/// The whole corpus. Never read from one JSON file (the checker reads each list from
/// its own); the binary corpus is this type.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    pub sources: Vec<Source>,
    pub options: Vec<PolicyOption>,
    pub arguments: Vec<Argument>,
    pub positions: Vec<Position>,
    pub discrepancies: Vec<Discrepancy>,
    pub events: Vec<Event>,
    pub glossary: Vec<GlossaryTerm>,
    pub reuse: Vec<Reuse>,
    pub recommendations: Vec<Recommendation>,
    /// Search terms that mean the same (`related.json`; absent in older corpora).
    #[serde(default)]
    pub related: Vec<Related>,
    /// Look-ups by id and by option and source (`super::index`), built on first use;
    /// not part of the corpus file.
    #[serde(skip)]
    pub index: crate::query::index::Indexed,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::{
        self, DeserializeSeed, EnumAccess, IntoDeserializer, SeqAccess, VariantAccess,
    };
    use serde::de::{Deserializer, Visitor};

    /// [`FORMAT_VERSION`] and a hash of the shape of the binary corpus it stands for.
    const VERSIONED_SHAPE: (u16, u64) = (4, 0x38e8_d0a9_2ec3_38b5);

    /// A change of shape goes with a new version: a corpus file made by another version is
    /// then refused, never misread.
    #[test]
    fn the_format_version_goes_up_with_the_shape() {
        let mut shape = String::new();
        if let Err(e) = Corpus::deserialize(Shape(&mut shape)) {
            panic!("{e}");
        }
        // FNV-1a.
        let hash = shape.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        assert_eq!(
            (FORMAT_VERSION, hash),
            VERSIONED_SHAPE,
            "the binary corpus changed shape:\n{shape}\n\
             raise FORMAT_VERSION and set VERSIONED_SHAPE to ({}, {hash:#x})",
            VERSIONED_SHAPE.0 + 1
        );
        assert!(shape.contains("Evidence{quote:str,kind:EvidenceKind<statistic|"));
    }

    /// A deserializer that writes down the shape of the type asked of it, as serde (and
    /// so postcard) sees it: every struct with its fields in order, every enum with its
    /// variants, every list and option with what it holds. It makes up the value it
    /// returns: empty strings, zeros, one element per list, the first variant of an enum
    /// (so of an enum's data, only the first variant's is written down).
    struct Shape<'a>(&'a mut String);

    /// The elements of a struct (`names` are its fields) or of a list (one, unnamed).
    struct Elements<'a> {
        out: &'a mut String,
        names: &'static [&'static str],
        at: usize,
    }

    impl<'de> SeqAccess<'de> for Elements<'_> {
        type Error = de::value::Error;

        fn next_element_seed<T: DeserializeSeed<'de>>(
            &mut self,
            seed: T,
        ) -> Result<Option<T::Value>, Self::Error> {
            let Some(name) = self.names.get(self.at) else {
                return Ok(None);
            };
            self.at += 1;
            if !name.is_empty() {
                self.out.push_str(name);
                self.out.push(':');
            }
            let value = seed.deserialize(Shape(&mut *self.out))?;
            self.out.push(',');
            Ok(Some(value))
        }
    }

    impl<'de> EnumAccess<'de> for Shape<'_> {
        type Error = de::value::Error;
        type Variant = Self;

        fn variant_seed<V: DeserializeSeed<'de>>(
            self,
            seed: V,
        ) -> Result<(V::Value, Self), Self::Error> {
            let first = seed.deserialize(0u32.into_deserializer())?;
            Ok((first, self))
        }
    }

    impl<'de> VariantAccess<'de> for Shape<'_> {
        type Error = de::value::Error;

        fn unit_variant(self) -> Result<(), Self::Error> {
            Ok(())
        }

        fn newtype_variant_seed<T: DeserializeSeed<'de>>(
            self,
            seed: T,
        ) -> Result<T::Value, Self::Error> {
            seed.deserialize(self)
        }

        fn tuple_variant<V: Visitor<'de>>(self, _: usize, v: V) -> Result<V::Value, Self::Error> {
            self.deserialize_seq(v)
        }

        fn struct_variant<V: Visitor<'de>>(
            self,
            fields: &'static [&'static str],
            v: V,
        ) -> Result<V::Value, Self::Error> {
            self.deserialize_struct("", fields, v)
        }
    }

    macro_rules! scalars {
        ($($method:ident $name:literal $visit:ident $value:expr;)*) => {$(
            fn $method<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
                self.0.push_str($name);
                v.$visit($value)
            }
        )*};
    }

    impl<'de> Deserializer<'de> for Shape<'_> {
        type Error = de::value::Error;

        scalars! {
            deserialize_bool "bool" visit_bool false;
            deserialize_u8 "u8" visit_u8 0;
            deserialize_u16 "u16" visit_u16 0;
            deserialize_u32 "u32" visit_u32 0;
            deserialize_u64 "u64" visit_u64 0;
            deserialize_i8 "i8" visit_i8 0;
            deserialize_i16 "i16" visit_i16 0;
            deserialize_i32 "i32" visit_i32 0;
            deserialize_i64 "i64" visit_i64 0;
            deserialize_f32 "f32" visit_f32 0.0;
            deserialize_f64 "f64" visit_f64 0.0;
            deserialize_char "char" visit_char ' ';
            deserialize_str "str" visit_str "";
            deserialize_string "str" visit_str "";
            deserialize_bytes "bytes" visit_bytes &[];
            deserialize_byte_buf "bytes" visit_bytes &[];
        }

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("a type postcard cannot read"))
        }

        fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
            self.deserialize_any(v)
        }

        fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
            self.deserialize_any(v)
        }

        fn deserialize_map<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom(
                "a map: describe maps here before using one",
            ))
        }

        fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
            self.0.push_str("()");
            v.visit_unit()
        }

        fn deserialize_unit_struct<V: Visitor<'de>>(
            self,
            name: &'static str,
            v: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.push_str(name);
            v.visit_unit()
        }

        fn deserialize_newtype_struct<V: Visitor<'de>>(
            self,
            name: &'static str,
            v: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.push_str(name);
            self.0.push('(');
            let value = v.visit_newtype_struct(Shape(&mut *self.0));
            self.0.push(')');
            value
        }

        fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
            self.0.push('?');
            v.visit_some(self)
        }

        fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
            self.0.push('[');
            let value = v.visit_seq(Elements {
                out: &mut *self.0,
                names: &[""],
                at: 0,
            });
            self.0.push(']');
            value
        }

        fn deserialize_tuple<V: Visitor<'de>>(
            self,
            len: usize,
            v: V,
        ) -> Result<V::Value, Self::Error> {
            self.deserialize_tuple_struct("", len, v)
        }

        fn deserialize_tuple_struct<V: Visitor<'de>>(
            self,
            name: &'static str,
            len: usize,
            v: V,
        ) -> Result<V::Value, Self::Error> {
            const UNNAMED: [&str; 16] = [""; 16];
            self.0.push_str(name);
            self.0.push('(');
            let value = v.visit_seq(Elements {
                out: &mut *self.0,
                names: UNNAMED.get(..len).unwrap_or(&UNNAMED),
                at: 0,
            });
            self.0.push(')');
            value
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            name: &'static str,
            fields: &'static [&'static str],
            v: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.push_str(name);
            self.0.push('{');
            let value = v.visit_seq(Elements {
                out: &mut *self.0,
                names: fields,
                at: 0,
            });
            self.0.push('}');
            value
        }

        fn deserialize_enum<V: Visitor<'de>>(
            self,
            name: &'static str,
            variants: &'static [&'static str],
            v: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.push_str(name);
            self.0.push('<');
            self.0.push_str(&variants.join("|"));
            self.0.push('>');
            v.visit_enum(self)
        }
    }
}
