//! The corpus of the Policy Options Explainer: what the four sources say about each
//! policy option, and everything the app computes from it.
//!
//! - [`schema`], [`codec`], [`normalize`]: the records, their one binary encoding, and
//!   the text normalisation quotes are matched under;
//! - [`check`]: the rules every corpus meets, reading the JSON files (feature `json`,
//!   host only) and opening a corpus file in the browser;
//! - [`query`]: look-ups, filters, search and stemming, the comparison matrix,
//!   recommendations;
//! - [`reading`]: reader blocks, alignment of restated passages, the time scale;
//! - [`study`]: citations and the notebook;
//! - [`present`]: the slides;
//! - `single_file` (feature `json`, host only): the whole app in one HTML file, from a
//!   release build.
//!
//! Pure Rust: no browser, no global state (the corpus on screen is the app's), tested
//! natively with `cargo test -p corpus`.

pub mod check;
pub mod codec;
pub mod deferred;
pub mod normalize;
pub mod present;
pub mod query;
pub mod reading;
pub mod schema;
#[cfg(all(feature = "json", not(target_arch = "wasm32")))]
pub mod single_file;
pub mod study;

pub use codec::DecodeError;
pub use query::filter::{Filter, Matcher};
pub use query::matrix::{matrix, MatrixCell, MatrixRow};
pub use query::search::{highlight, highlight_terms, Segment, Term};
pub use schema::*;

/// "Two", "Four", "12": how many, as a sentence begins with it.
pub fn count_word(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| w.to_string())
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

/// The built-in corpus, read and checked from `static/corpus/` once, for unit tests.
#[cfg(test)]
pub(crate) fn test_corpus() -> &'static Corpus {
    static CORPUS: std::sync::OnceLock<Corpus> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/corpus");
        check::load::load_dir(&dir).unwrap_or_else(|e| panic!("{e}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
