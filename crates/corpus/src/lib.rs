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
//! - [`grow`]: a corpus grown as a teacher's would grow, for the scale bench and tests;
//! - `single_file` (feature `json`, host only): the whole app in one HTML file, from a
//!   release build.
//!
//! Pure Rust: no browser, no global state (the corpus on screen is the app's), tested
//! natively with `cargo test -p corpus`.

pub mod check;
pub mod codec;
pub mod deferred;
pub mod grow;
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
pub use query::matrix::{matrix, matrix_of, MatrixCell, MatrixRow};
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

/// Sorts a list, keeping the order of items that are not `after` one another (stable):
/// a bottom-up merge sort of the items' places, then the items moved once. std's stable
/// and cached-key sorts cost about 6 KB of raw wasm for the notebook's two exports; an
/// insertion sort would be quadratic in a notebook of thousands of items.
pub fn sort_small_by<T>(v: &mut Vec<T>, mut after: impl FnMut(&T, &T) -> bool) {
    let n = v.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let (mid, end) = ((start + width).min(n), (start + 2 * width).min(n));
            let (mut a, mut b) = (start, mid);
            for slot in &mut merged[start..end] {
                let left = a < mid && (b >= end || !after(&v[order[a]], &v[order[b]]));
                *slot = if left { order[a] } else { order[b] };
                if left {
                    a += 1;
                } else {
                    b += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    let mut items: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| items[i].take()));
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
    fn sorts_short_lists_stably() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_small_by(&mut v, |a, b| a.0 > b.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        let mut e: Vec<u8> = vec![];
        sort_small_by(&mut e, |a, b| a > b);
        assert!(e.is_empty());
        // Against std's stable sort, on lists of every length up to 40 with many ties.
        for n in 0..40u32 {
            let mut v: Vec<(u32, u32)> = (0..n).map(|i| ((i * 7919) % 5, i)).collect();
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            sort_small_by(&mut v, |a, b| a.0 > b.0);
            assert_eq!(v, want, "{n}");
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
