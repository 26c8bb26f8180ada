//! Decodes the corpus that `build.rs` checked and embedded.
//!
//! The build writes the texts (each once), one blob holding every other string once,
//! and the records as a stream of `u16`s in a fixed order. Decoding builds the
//! [`Corpus`] once, at first use: strings are borrowed from the blob and quotes are
//! slices of their source text, so nothing is copied but the small record lists.

use super::schema::*;
use std::borrow::Cow::{Borrowed, Owned};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
}
use generated::{CODE, OFFSETS, STRINGS, TEXTS};

struct Reader {
    at: usize,
}

impl Reader {
    fn next(&mut self) -> u16 {
        let v = CODE.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        v
    }

    fn n(&mut self) -> usize {
        self.next() as usize
    }

    fn u32(&mut self) -> u32 {
        let hi = self.next() as u32;
        (hi << 16) | self.next() as u32
    }

    fn string(i: usize) -> &'static str {
        match (OFFSETS.get(i), OFFSETS.get(i + 1)) {
            (Some(&a), Some(&b)) => STRINGS.get(a as usize..b as usize).unwrap_or(""),
            _ => "",
        }
    }

    fn s(&mut self) -> Str {
        Borrowed(Self::string(self.n()))
    }

    fn opt(&mut self) -> Option<Str> {
        match self.n() {
            0 => None,
            i => Some(Borrowed(Self::string(i - 1))),
        }
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> List<T>
    where
        T: Clone,
    {
        let n = self.n();
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(item(self));
        }
        Owned(v)
    }

    /// A quote: the slice of its source text, and where it is.
    fn quote(&mut self) -> (Str, Span) {
        let text = TEXTS.get(self.n()).copied().unwrap_or("");
        let span = Span {
            start: self.u32(),
            end: self.u32(),
        };
        (
            Borrowed(
                text.get(span.start as usize..span.end as usize)
                    .unwrap_or(""),
            ),
            span,
        )
    }

    fn readings(&mut self) -> List<Reading> {
        self.list(|r| {
            let source = r.s();
            let value = r.opt();
            let (quote, span) = r.quote();
            Reading {
                source,
                value,
                quote,
                span,
            }
        })
    }

    fn corpus(&mut self) -> Corpus {
        let mut text = 0;
        let sources = self.list(|r| {
            let (id, file, original, sha256, title) = (r.s(), r.s(), r.s(), r.s(), r.s());
            let authors = r.list(Reader::s);
            let (year, venue, kind, method, doi_or_url, citation, short) =
                (r.s(), r.s(), r.s(), r.s(), r.s(), r.s(), r.s());
            let notes = r.list(Reader::s);
            let body = TEXTS.get(text).copied().unwrap_or("");
            text += 1;
            Source {
                id,
                file,
                original,
                sha256,
                title,
                authors,
                year,
                venue,
                kind,
                method,
                doi_or_url,
                citation,
                short,
                notes,
                text: Borrowed(body),
            }
        });
        let options = self.list(|r| PolicyOption {
            id: r.s(),
            label: r.s(),
            summary: r.s(),
        });
        let arguments = self.list(|r| {
            let (id, option, source) = (r.s(), r.s(), r.s());
            let stance = Stance::ALL.get(r.n()).copied().unwrap_or(Stance::Mixed);
            let claim = r.s();
            let condition = r.opt();
            let evidence = r.list(|r| {
                let (quote, span) = r.quote();
                let kind = EvidenceKind::ALL
                    .get(r.n())
                    .copied()
                    .unwrap_or(EvidenceKind::AuthorAssessment);
                Evidence {
                    quote,
                    kind,
                    speaker: r.opt(),
                    section: r.s(),
                    span,
                }
            });
            Argument {
                id,
                option,
                source,
                stance,
                claim,
                condition,
                evidence,
            }
        });
        let positions = self.list(|r| Position {
            option: r.s(),
            source: r.s(),
            summary: r.s(),
        });
        let discrepancies = self.list(|r| Discrepancy {
            id: r.s(),
            topic: r.s(),
            readings: r.readings(),
            note: r.s(),
        });
        let events = self.list(|r| Event {
            id: r.s(),
            date: r.s(),
            label: r.s(),
            mentions: r.readings(),
        });
        let glossary = self.list(|r| GlossaryTerm {
            term: r.s(),
            aliases: r.list(Reader::s),
            definition: r.s(),
        });
        let reuse = self.list(|r| Reuse {
            id: r.s(),
            topic: r.s(),
            kind: r.s(),
            passages: r.readings(),
            note: r.s(),
        });
        Corpus {
            sources,
            options,
            arguments,
            positions,
            discrepancies,
            events,
            glossary,
            reuse,
        }
    }
}

/// Decodes the embedded corpus (called once, by [`super::corpus`]).
pub(super) fn decode() -> Corpus {
    Reader { at: 0 }.corpus()
}
