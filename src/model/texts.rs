//! The built-in sources' texts, which travel apart from the browser build's corpus.
//!
//! They are 39 KB of the first visit's gzip (of 314.5 KB, over the 290 KB ceiling) and
//! the first view (home) shows none of them, so the browser build embeds the corpus
//! without them (`build.rs`: `corpus-apart.bin`) and fetches them after the first render
//! from content-addressed files the build puts beside the app ([`file_name`];
//! `scripts/precache.sh` copies them, the service worker keeps them offline, the single
//! file carries them as data blocks). Every text that arrives is checked against the
//! length and sum the build recorded ([`BUILT`]) before any quote is cut from it, so a
//! wrong file (a server's page for a missing file, an old copy) is refused, never shown.

use super::codec::{fill_quotes, DecodeError};
use super::schema::{Corpus, Source};
use std::fmt;

/// Each built-in source's id, its text's length in bytes and [`sum`], as `build.rs`
/// recorded them.
pub static BUILT: &[(&str, usize, u64)] = include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// The FNV-1a sum of `bytes` (the same as `build.rs`'s): not a defence against forgery
/// (the files come from the app's own origin), a check that the right file arrived.
pub fn sum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The name, relative to the app, of the file holding `s`'s text: its file's name with
/// the first 16 hex digits of its SHA-256 (`texts/akbar-1166a3539d60f89d.txt`), so a
/// changed text is a new file and no cache can serve an old one.
pub fn file_name(s: &Source) -> String {
    let stem = s.file.rsplit('/').next().unwrap_or(&s.file);
    let stem = stem.strip_suffix(".txt").unwrap_or(stem);
    let sha = s.sha256.get(..16).unwrap_or(&s.sha256);
    ["texts/", stem, "-", sha, ".txt"].concat()
}

/// Why the texts could not be put in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextsError {
    /// No text arrived for this source.
    Missing(String),
    /// What arrived for this source is not the text the app was built with.
    NotTheText(String),
    /// The texts are right but a quote is not in them (the build checked it: never).
    Quote(DecodeError),
}

impl fmt::Display for TextsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextsError::Missing(id) => write!(f, "the text of {id} did not arrive"),
            TextsError::NotTheText(id) => write!(
                f,
                "what arrived for {id} is not the text this copy of the app was built with"
            ),
            TextsError::Quote(e) => e.fmt(f),
        }
    }
}

/// `core` (a corpus without texts) with each source's text from `arrived` (by source
/// id, the file's bytes), each checked against [`BUILT`], and every quote cut from them.
pub fn attach(core: &Corpus, arrived: &[(String, Vec<u8>)]) -> Result<Corpus, TextsError> {
    let mut full = core.clone();
    for s in &mut full.sources {
        let bytes = arrived
            .iter()
            .find(|(id, _)| *id == s.id)
            .map(|(_, b)| b)
            .ok_or_else(|| TextsError::Missing(s.short.clone()))?;
        let right = BUILT
            .iter()
            .any(|&(id, len, h)| id == s.id && len == bytes.len() && h == sum(bytes));
        let text = std::str::from_utf8(bytes)
            .ok()
            .filter(|_| right)
            .ok_or_else(|| TextsError::NotTheText(s.short.clone()))?;
        s.text = text.to_string();
    }
    fill_quotes(&mut full).map_err(TextsError::Quote)?;
    Ok(full)
}

// Native only: the texts are read from static/corpus on the host.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::{codec::decode_apart, embedded};

    fn apart() -> Corpus {
        decode_apart(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/corpus-apart.bin"
        )))
        .unwrap()
    }

    fn files() -> Vec<(String, Vec<u8>)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/corpus");
        let full = embedded().unwrap();
        full.sources
            .iter()
            .map(|s| (s.id.clone(), std::fs::read(dir.join(&s.file)).unwrap()))
            .collect()
    }

    #[test]
    fn the_browser_corpus_carries_no_text_and_gets_them_back() {
        let core = apart();
        assert!(core.sources.iter().all(|s| s.text.is_empty()));
        assert!(core
            .arguments
            .iter()
            .all(|a| a.evidence[0].quote.is_empty()));
        assert_eq!(&attach(&core, &files()).unwrap(), embedded().unwrap());
        assert_eq!(BUILT.len(), core.sources.len());
    }

    #[test]
    fn a_wrong_or_missing_text_is_refused() {
        let core = apart();
        let mut wrong = files();
        wrong[1].1[100] ^= 1;
        assert_eq!(
            attach(&core, &wrong),
            Err(TextsError::NotTheText(core.sources[1].short.clone()))
        );
        let mut short = files();
        short[2].1.pop();
        assert!(matches!(
            attach(&core, &short),
            Err(TextsError::NotTheText(_))
        ));
        // A server's page for a missing file, in place of the text.
        let mut page = files();
        page[0].1 = b"<!doctype html><title>Not found</title>".to_vec();
        assert!(matches!(
            attach(&core, &page),
            Err(TextsError::NotTheText(_))
        ));
        let missing = files()[1..].to_vec();
        assert_eq!(
            attach(&core, &missing),
            Err(TextsError::Missing(core.sources[0].short.clone()))
        );
    }

    #[test]
    fn file_names_are_the_ones_the_build_writes() {
        // scripts/precache.sh: `$(basename "$t" .txt)-$(sha256sum "$t" | cut -c1-16).txt`.
        let full = embedded().unwrap();
        for s in &full.sources {
            let stem = s.file.trim_start_matches("texts/").trim_end_matches(".txt");
            assert_eq!(
                file_name(s),
                format!("texts/{stem}-{}.txt", &s.sha256[..16])
            );
            assert_eq!(s.sha256.len(), 64);
        }
    }
}
