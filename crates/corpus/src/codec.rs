//! The one binary encoding of a checked corpus: what `build.rs` embeds in the app, and
//! the format of a corpus file the app can open (a teacher's own documents, issue 13).
//!
//! `MAGIC`, [`FORMAT_VERSION`] (two bytes, little-endian), then the [`Corpus`] in
//! postcard, derived from the schema with serde: a new field needs no code here. The
//! sources' texts travel in it; the quotes do not, as each is the slice of its source's
//! text at its span: the encoder blanks them and [`decode`] cuts them again, so each
//! text is carried once. [`decode`] copies every string out of the bytes, so it reads
//! any bytes (a file the app is given as well as the embedded corpus). Measured with
//! `make bench` against the hand-written record stream and borrowed strings this
//! replaced (with the rest of issue 9): the first visit went from 197.0 to 193.4 KB
//! gzip, and decoding at start-up from about 0.3 to 0.8 ms (native).
//!
//! Decoding never trusts the bytes: anything that does not fit (another version, a
//! truncated or damaged file, a span outside its text) is a [`DecodeError`], never a
//! default value.

use crate::schema::{Corpus, Source, Span, FORMAT_VERSION};
use std::fmt;

/// The first bytes of every encoded corpus.
const MAGIC: [u8; 8] = *b"POE-CORP";

/// Why bytes are not a corpus this version of the app can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes do not start with `MAGIC` and a version.
    NotACorpus,
    /// The corpus was encoded by another version of the app.
    Version { found: u16 },
    /// The records cannot be read: the bytes are truncated or damaged.
    Records(postcard::Error),
    /// Bytes follow the records.
    TrailingBytes(usize),
    /// A quote's span is not a piece of its source's text (or the source is unknown).
    Quote {
        record: String,
        source: String,
        span: Span,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotACorpus => write!(f, "this is not a corpus file"),
            DecodeError::Version { found } => write!(
                f,
                "the corpus is in format version {found}; this app reads version {FORMAT_VERSION}"
            ),
            DecodeError::Records(e) => write!(f, "the records cannot be read: {e}"),
            DecodeError::TrailingBytes(n) => {
                write!(f, "{n} unexpected bytes follow the records")
            }
            DecodeError::Quote {
                record,
                source,
                span,
            } => write!(
                f,
                "a quote of {record} (bytes {}..{}) is not in the text of source {source}",
                span.start, span.end
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Reads an encoded corpus (the embedded one, or a file the app is given).
pub fn decode(bytes: &[u8]) -> Result<Corpus, DecodeError> {
    let rest = bytes
        .strip_prefix(&MAGIC[..])
        .ok_or(DecodeError::NotACorpus)?;
    let (version, rest) = rest
        .split_first_chunk::<2>()
        .ok_or(DecodeError::NotACorpus)?;
    let found = u16::from_le_bytes(*version);
    if found != FORMAT_VERSION {
        return Err(DecodeError::Version { found });
    }
    let (mut corpus, left): (Corpus, &[u8]) =
        postcard::take_from_bytes(rest).map_err(DecodeError::Records)?;
    if !left.is_empty() {
        return Err(DecodeError::TrailingBytes(left.len()));
    }
    // Cut each quote from its text (the sources are taken out while the quotes change).
    let sources = std::mem::take(&mut corpus.sources);
    each_quote(&mut corpus, |record, source, span, quote| {
        *quote = cut(&sources, source, span)
            .ok_or_else(|| DecodeError::Quote {
                record: record.to_string(),
                source: source.to_string(),
                span,
            })?
            .to_string();
        Ok(())
    })?;
    corpus.sources = sources;
    Ok(corpus)
}

/// Encodes a checked corpus (its quotes located: see `load.rs`). The students' app only
/// decodes; the authoring page (issue 25) encodes what an author makes.
pub fn encode(corpus: &Corpus) -> Result<Vec<u8>, postcard::Error> {
    let mut blank = corpus.clone();
    each_quote(&mut blank, |_, _, _, quote| {
        quote.clear();
        Ok::<_, postcard::Error>(())
    })?;
    let mut out = MAGIC.to_vec();
    out.extend(FORMAT_VERSION.to_le_bytes());
    postcard::to_extend(&blank, out)
}

/// The piece of `source`'s text at `span`, if it is a non-empty piece of it.
fn cut<'a>(sources: &'a [Source], source: &str, span: Span) -> Option<&'a str> {
    let text = &sources.iter().find(|s| s.id == source)?.text;
    let piece = text.get(span.start as usize..span.end as usize)?;
    (!piece.is_empty()).then_some(piece)
}

/// Calls `f` with every quote of the corpus: its record's id, its source, its span and
/// the quote itself (evidence, discrepancy readings, event mentions, shared wording,
/// recommendations).
fn each_quote<E>(
    corpus: &mut Corpus,
    mut f: impl FnMut(&str, &str, Span, &mut String) -> Result<(), E>,
) -> Result<(), E> {
    for a in &mut corpus.arguments {
        for e in &mut a.evidence {
            f(&a.id, &a.source, e.span, &mut e.quote)?;
        }
    }
    let readings = (corpus
        .discrepancies
        .iter_mut()
        .map(|d| (&d.id, &mut d.readings)))
    .chain(corpus.events.iter_mut().map(|e| (&e.id, &mut e.mentions)))
    .chain(corpus.reuse.iter_mut().map(|r| (&r.id, &mut r.passages)));
    for (id, list) in readings {
        for r in list {
            f(id, &r.source, r.span, &mut r.quote)?;
        }
    }
    for r in &mut corpus.recommendations {
        for p in &mut r.passages {
            f(&r.id, &r.source, p.span, &mut p.quote)?;
        }
    }
    Ok(())
}

// Native only: the corpus is loaded from JSON on the host.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::check::load::load_dir;
    use std::path::Path;

    fn encoded() -> (Corpus, Vec<u8>) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/corpus");
        let corpus = load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        let bytes = encode(&corpus).unwrap();
        (corpus, bytes)
    }

    #[test]
    fn round_trip_and_each_text_once() {
        let (corpus, bytes) = encoded();
        let back = decode(&bytes).unwrap();
        // Quotes come back as the slices of the text they were found at.
        for (a, b) in corpus.arguments.iter().zip(back.arguments.iter()) {
            for (x, y) in a.evidence.iter().zip(b.evidence.iter()) {
                let text = &corpus.source(&a.source).unwrap().text;
                assert_eq!(y.quote, text[x.span.start as usize..x.span.end as usize]);
            }
        }
        assert_eq!(back.sources, corpus.sources);
        assert_eq!(back.options, corpus.options);
        assert_eq!(decode(&encode(&back).unwrap()).unwrap(), back);
        // The bytes carry the texts and each quote as its span alone.
        let mut raw: Corpus = postcard::from_bytes(&bytes[MAGIC.len() + 2..]).unwrap();
        assert_eq!(raw.sources, corpus.sources);
        let mut quotes = 0;
        each_quote(&mut raw, |_, _, _, quote| {
            assert_eq!(quote, "");
            quotes += 1;
            Ok::<_, ()>(())
        })
        .unwrap();
        assert!(quotes > corpus.arguments.len());
    }

    #[test]
    fn bad_bytes_are_errors_not_defaults() {
        let (_, bytes) = encoded();
        assert_eq!(decode(b""), Err(DecodeError::NotACorpus));
        assert_eq!(decode(b"{\"sources\": []}"), Err(DecodeError::NotACorpus));
        assert_eq!(decode(&MAGIC), Err(DecodeError::NotACorpus));
        let mut other = bytes.clone();
        other[MAGIC.len()..MAGIC.len() + 2].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
        assert_eq!(
            decode(&other),
            Err(DecodeError::Version {
                found: FORMAT_VERSION + 1
            })
        );
        for len in [MAGIC.len() + 2, bytes.len() / 3, bytes.len() - 1] {
            assert!(
                matches!(decode(&bytes[..len]), Err(DecodeError::Records(_))),
                "truncated to {len}"
            );
        }
        let mut longer = bytes.clone();
        longer.extend([0, 0]);
        assert_eq!(decode(&longer), Err(DecodeError::TrailingBytes(2)));
    }

    #[test]
    fn a_span_outside_its_text_is_an_error() {
        let (mut corpus, _) = encoded();
        let a = &mut corpus.arguments[0];
        let id = a.id.clone();
        a.evidence[0].span = Span {
            start: 10,
            end: u32::MAX,
        };
        let e = decode(&encode(&corpus).unwrap()).unwrap_err();
        assert!(matches!(&e, DecodeError::Quote { record, .. } if *record == id));
        assert!(e.to_string().contains(&id), "{e}");
        // A span that splits a character is not a piece of the text either.
        let (mut corpus, _) = encoded();
        let s = &corpus.sources[0];
        let inside = s
            .text
            .char_indices()
            .find(|(_, c)| c.len_utf8() > 1)
            .unwrap()
            .0 as u32
            + 1;
        let source = s.id.clone();
        let r = &mut corpus.events[0].mentions[0];
        r.source = source;
        r.span = Span {
            start: 0,
            end: inside,
        };
        assert!(matches!(
            decode(&encode(&corpus).unwrap()),
            Err(DecodeError::Quote { .. })
        ));
    }
}
