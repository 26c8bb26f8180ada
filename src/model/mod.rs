//! The corpus model: schema, its binary encoding, normalisation, loading and checks
//! (host only), look-ups, filters, search, the comparison matrix and reader blocks.
//!
//! Pure Rust, no browser imports; tested natively with `cargo test`.

pub mod align;
pub mod bundle;
pub mod cite;
pub mod codec;
pub mod deferred;
// On wasm too for the authoring page's live checks (issue 25); the students' app calls none.
pub mod editorial;
pub mod facts;
mod filter;
pub mod find;
pub mod index;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
mod lookup;
mod matrix;
pub mod normalize;
pub mod notebook;
pub mod reader;
mod recommend;
pub mod restates;
pub mod rules;
pub mod schema;
pub mod search;
pub mod slides;
mod stem;
pub mod timescale;

pub use codec::DecodeError;
pub use filter::{Filter, Matcher};
pub use matrix::{matrix, MatrixCell, MatrixRow};
pub use schema::*;
pub use search::{highlight, highlight_terms, Segment, Term};

/// The corpus `build.rs` checked and encoded: natively the whole of it; in the browser
/// only what home shows, the rest arriving after the first render ([`attach_whole`]).
#[cfg(not(target_arch = "wasm32"))]
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));
#[cfg(target_arch = "wasm32")]
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus-home.bin"));

/// The whole built-in corpus, once it has arrived ([`attach_whole`]).
static WHOLE: std::sync::OnceLock<Corpus> = std::sync::OnceLock::new();

/// The embedded corpus, decoded on first use: natively the whole of it; in the browser,
/// once [`attach_whole`] has put it in place, and before that only what home shows (the
/// options, the sources without their texts, the positions: only home may be drawn
/// then, see [`whole_ready`]).
pub fn embedded() -> Result<&'static Corpus, &'static DecodeError> {
    static CORPUS: std::sync::OnceLock<Result<Corpus, DecodeError>> = std::sync::OnceLock::new();
    if let Some(whole) = WHOLE.get() {
        return Ok(whole);
    }
    CORPUS.get_or_init(|| codec::decode(EMBEDDED)).as_ref()
}

/// The bytes of the whole built-in corpus, natively (`examples/deferred.rs` writes them
/// beside the browser build).
#[cfg(not(target_arch = "wasm32"))]
pub fn whole_bytes() -> &'static [u8] {
    EMBEDDED
}

/// Whether the corpus shown is whole: a corpus a reader opened always is; the embedded
/// one natively always, in the browser once it has arrived.
pub fn whole_ready() -> bool {
    cfg!(not(target_arch = "wasm32")) || WHOLE.get().is_some() || SHOWN.get().is_some()
}

/// Puts the whole built-in corpus in place from the bytes that arrived, checked against
/// what the build recorded.
pub fn attach_whole(bytes: &[u8]) -> Result<(), deferred::DeferredError> {
    if WHOLE.get().is_none() {
        let _ = WHOLE.set(deferred::open(bytes)?);
    }
    Ok(())
}

/// The corpus the views show, and its name when it is not the one built into the app.
#[derive(Clone, Copy)]
struct Shown {
    corpus: &'static Corpus,
    name: &'static str,
}

thread_local! {
    /// The corpus on screen; `None`: the embedded one.
    static SHOWN: std::cell::Cell<Option<Shown>> = const { std::cell::Cell::new(None) };
    /// The corpus this copy of the app starts with, when it is not the embedded one (a
    /// single file made with `corpus single-file` carries its own).
    static BASE: std::cell::Cell<Option<Shown>> = const { std::cell::Cell::new(None) };
}

/// The corpus the views show: the embedded one, or documents a reader opened
/// ([`show_own`]). The app checks [`embedded`] before it shows the embedded corpus and
/// shows the error instead when decoding failed (it never should: `build.rs` encoded
/// it), so the empty corpus given then is never on screen.
pub fn corpus() -> &'static Corpus {
    static EMPTY: std::sync::OnceLock<Corpus> = std::sync::OnceLock::new();
    match SHOWN.get() {
        Some(s) => s.corpus,
        None => embedded().unwrap_or_else(|_| EMPTY.get_or_init(Corpus::default)),
    }
}

/// The name of the documents shown, when they are not the embedded corpus.
pub fn own_name() -> Option<&'static str> {
    SHOWN.get().map(|s| s.name)
}

/// Whether the corpus shown is the one this copy of the app starts with.
pub fn shows_base() -> bool {
    let at = |s: Option<Shown>| s.map(|s| s.corpus as *const Corpus);
    at(SHOWN.get()) == at(BASE.get())
}

/// The name of the corpus this copy starts with, when it is not the embedded one.
pub fn base_name() -> Option<&'static str> {
    BASE.get().map(|s| s.name)
}

/// Shows `corpus` (checked: [`bundle::open`]) in every view under `name`.
///
/// Views and their properties hold `&'static` borrows of corpus records (and the
/// embedded corpus is `'static`), so a corpus shown once must outlive any view that may
/// still hold it: it is leaked, never freed. That costs its size once per file a reader
/// opens in a visit (a corpus file is at most [`bundle::MAX_BYTES`]), and keeps every
/// view's signature as it was; a reference-counted corpus would have to be threaded
/// through every view and property instead.
pub fn show_own(corpus: Corpus, name: &str) {
    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
    SHOWN.set(Some(Shown {
        corpus: Box::leak(Box::new(corpus)),
        name,
    }));
}

/// Makes the corpus shown the one this copy of the app starts with (a single file's own
/// documents; for the app itself, the embedded corpus).
pub fn show_base() {
    SHOWN.set(BASE.get());
}

/// Sets the corpus this copy starts with (a single file's own documents) and shows it.
pub fn set_base(corpus: Corpus, name: &str) {
    show_own(corpus, name);
    BASE.set(SHOWN.get());
}

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
