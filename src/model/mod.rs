//! The corpus model: schema, its binary encoding, normalisation, loading and checks
//! (host only), look-ups, filters, search, the comparison matrix and reader blocks.
//!
//! Pure Rust, no browser imports; tested natively with `cargo test`.

pub mod cite;
pub mod codec;
#[cfg(not(target_arch = "wasm32"))]
mod editorial;
mod filter;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
mod lookup;
mod matrix;
pub mod normalize;
pub mod reader;
mod recommend;
pub mod schema;
pub mod search;
mod stem;
pub mod timescale;

pub use codec::DecodeError;
pub use filter::{Filter, Matcher};
pub use matrix::{matrix, MatrixCell, MatrixRow};
pub use schema::*;
pub use search::{highlight, highlight_terms, Segment, Term};

/// The corpus `build.rs` checked and encoded, texts included.
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The embedded corpus, decoded on first use.
pub fn embedded() -> Result<&'static Corpus, &'static DecodeError> {
    static CORPUS: std::sync::OnceLock<Result<Corpus, DecodeError>> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| codec::decode(EMBEDDED)).as_ref()
}

/// The embedded corpus, for the views. The app checks [`embedded`] before it shows any
/// view and shows the error instead when decoding failed (it never should: `build.rs`
/// encoded it), so the empty corpus given then is never on screen.
pub fn corpus() -> &'static Corpus {
    static EMPTY: std::sync::OnceLock<Corpus> = std::sync::OnceLock::new();
    embedded().unwrap_or_else(|_| EMPTY.get_or_init(Corpus::default))
}

/// Sorts a short list and drops repeats. A plain insertion sort: these lists hold a
/// handful of items, and each type the standard sorts are used on adds a few KB of
/// code to the bundle.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
    v.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_corpus_decodes() {
        if let Err(e) = embedded() {
            panic!("{e}");
        }
    }

    #[test]
    fn sorts_and_dedups_short_lists() {
        let mut v = vec![3, 1, 2, 3, 1];
        sort_dedup(&mut v);
        assert_eq!(v, [1, 2, 3]);
        let mut e: Vec<u8> = vec![];
        sort_dedup(&mut e);
        assert!(e.is_empty());
    }
}
