//! The part of the built-in corpus that arrives after the first render.
//!
//! Home, the view students arrive at, shows each option with each source's position and
//! nothing else of the corpus; the texts and the other records are most of its bytes
//! (77 KB of gzip; the first visit was 314.5 KiB with them, over the 290 KiB ceiling). So
//! the browser build embeds only what home shows (`build.rs`: `corpus-home.bin`: the
//! options, the sources without their texts, the positions) and fetches the whole corpus
//! after the first render, in the one binary encoding (`codec.rs`), from a
//! content-addressed file beside the app ([`NAME`]: written by `examples/deferred.rs`
//! from Trunk's hook, kept offline by the service worker, carried as a data block by the
//! single file). What arrives is checked against the length and sum the build recorded
//! before it is decoded, so a wrong file (a server's page for a missing file, an old
//! copy) is refused, never shown.

use super::codec::{decode, DecodeError};
use super::schema::Corpus;
use std::fmt;

/// The whole corpus's file name, its length in bytes and [`sum`], as `build.rs` wrote
/// them (`corpus-<the first 16 hex digits of its SHA-256>.bin`).
pub static BUILT: (&str, usize, u64) = include!(concat!(env!("OUT_DIR"), "/deferred.rs"));

/// The name, relative to the app, of the file holding the whole corpus.
pub const fn file_name() -> &'static str {
    BUILT.0
}

/// The FNV-1a sum of `bytes` (the same as `build.rs`'s): not a defence against forgery
/// (the file comes from the app's own origin), a check that the right file arrived.
pub fn sum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Why what arrived cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeferredError {
    /// What arrived is not the file the app was built with.
    NotTheFile,
    /// It is, but it does not decode (the build encoded it: never).
    Decode(DecodeError),
}

impl fmt::Display for DeferredError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeferredError::NotTheFile => write!(
                f,
                "what arrived is not the corpus this copy of the app was built with"
            ),
            DeferredError::Decode(e) => e.fmt(f),
        }
    }
}

/// The whole corpus from the bytes that arrived, checked against [`BUILT`] first.
pub fn open(bytes: &[u8]) -> Result<Corpus, DeferredError> {
    if bytes.len() != BUILT.1 || sum(bytes) != BUILT.2 {
        return Err(DeferredError::NotTheFile);
    }
    decode(bytes).map_err(DeferredError::Decode)
}

// Native only: natively the app embeds the whole corpus.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::embedded;

    fn whole() -> &'static [u8] {
        include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"))
    }

    #[test]
    fn home_gets_what_it_shows_and_the_rest_comes_whole() {
        let home = decode(include_bytes!(concat!(env!("OUT_DIR"), "/corpus-home.bin"))).unwrap();
        let full = embedded().unwrap();
        assert!(home.sources.iter().all(|s| s.text.is_empty()));
        assert!(home.arguments.is_empty() && home.glossary.is_empty());
        assert_eq!(
            (&home.options, &home.positions),
            (&full.options, &full.positions)
        );
        let ids = |c: &Corpus| c.sources.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&home), ids(full));
        assert_eq!(&open(whole()).unwrap(), full);
    }

    #[test]
    fn a_wrong_file_is_refused() {
        let mut bytes = whole().to_vec();
        bytes[1000] ^= 1;
        assert_eq!(open(&bytes), Err(DeferredError::NotTheFile));
        bytes[1000] ^= 1;
        bytes.pop();
        assert_eq!(open(&bytes), Err(DeferredError::NotTheFile));
        // A server's page for a missing file, in its place.
        assert_eq!(
            open(b"<!doctype html><title>Not found</title>"),
            Err(DeferredError::NotTheFile)
        );
    }

    #[test]
    fn its_name_is_its_content() {
        let name = file_name();
        let sha = crate::model::load::sha256_hex(whole());
        assert_eq!(name, format!("corpus-{}.bin", &sha[..16]));
    }
}
