//! The part of the built-in corpus that arrives after the first render.
//!
//! Home, the view students arrive at, shows each option with each source's position and
//! nothing else of the corpus; the texts and the other records are most of its bytes
//! (77 KB of gzip; the first visit was 314.5 KiB with them, over the 290 KiB ceiling). So
//! the browser build embeds only what home shows (the app's `build.rs`: `corpus-home.bin`: the
//! options, the sources without their texts, the positions) and fetches the whole corpus
//! after the first render, in the one binary encoding (`codec.rs`), from a
//! content-addressed file beside the app (its name, length and sum in the app's
//! `model::deferred::BUILT`, from `build.rs`; written by `examples/prerender.rs`
//! from Trunk's hook, kept offline by the service worker, carried as a data block by the
//! single file). What arrives is checked against the length and sum the build recorded
//! before it is decoded, so a wrong file (a server's page for a missing file, an old
//! copy) is refused, never shown.

use super::codec::{decode, DecodeError};
use super::schema::Corpus;
use std::fmt;

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

/// The whole corpus from the bytes that arrived, checked first against the length and
/// [`sum`] the build recorded (the app's `model::deferred::BUILT`).
pub fn open(bytes: &[u8], len: usize, expected_sum: u64) -> Result<Corpus, DeferredError> {
    if bytes.len() != len || sum(bytes) != expected_sum {
        return Err(DeferredError::NotTheFile);
    }
    decode(bytes).map_err(DeferredError::Decode)
}
