//! Indexes over a corpus's records, built once per corpus on its first look-up, so that
//! finding a source, an option, an argument, a position or the arguments of an option
//! and source takes constant time (issue 30: each look-up walked every record, so the
//! overview and compare grew with the square of the corpus: 2.8 s at 140 options × 160
//! sources). A corpus the app shows is never changed; one changed after a look-up (the
//! tests' and the checker's scratch copies) is noticed by its record counts and by the
//! found record's id, and then looked up by walking, as before.
//! Cost: about 2.9 KiB gzip of the students' wasm (309,670 B against 306,811 B without
//! it); sorted lists of record numbers with binary search were measured at 3.2 KiB.

use super::words::{Preparing, WordIndex};
use crate::schema::*;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// Where each record is: positions in the corpus's lists. Every map is one type,
/// `HashMap<String, usize>` (an option and a source joined into one key; the arguments'
/// lists by number): each other key or value type linked its own copy of the table's
/// code, 2.0 KB raw for the two nested maps and the map of lists (2026-12-07, wt-size).
#[derive(Debug, Default)]
pub struct Index {
    /// The lengths of the lists indexed: sources, options, arguments, positions.
    lens: [usize; 4],
    sources: HashMap<String, usize>,
    options: HashMap<String, usize>,
    arguments: HashMap<String, usize>,
    /// Option and source (`pair`): the position's index.
    positions: HashMap<String, usize>,
    /// Option and source (`pair`): where in `lists` their arguments' indices are.
    on: HashMap<String, usize>,
    /// The arguments' indices of each option and source, in corpus order.
    lists: Vec<Vec<usize>>,
}

/// One key for an option and a source. Two pairs that make the same key (ids holding
/// U+001F) are still answered right: every hit is checked against the record (`via`,
/// `arguments_on`'s filter).
fn pair(option: &str, source: &str) -> String {
    [option, "\u{1f}", source].concat()
}

/// A corpus's index, built on first use, and its vocabulary for search
/// ([`super::words`]), made in slices ([`Corpus::prepare_search_slice`]) or on its
/// first search, with what the slices have made so far. Never compared, and a clone
/// starts without any (the clone is usually about to be changed).
#[derive(Default)]
pub struct Indexed(
    OnceLock<Index>,
    OnceLock<WordIndex>,
    Mutex<Option<Preparing>>,
);

impl Clone for Indexed {
    fn clone(&self) -> Self {
        Indexed::default()
    }
}

impl PartialEq for Indexed {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Indexed {}

impl std::fmt::Debug for Indexed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Indexed")
    }
}

fn first_of<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for (i, id) in ids.enumerate() {
        // The first record of an id is the one a walk finds.
        m.entry(id.to_string()).or_insert(i);
    }
    m
}

impl Index {
    fn build(c: &Corpus) -> Index {
        let mut positions = HashMap::new();
        for (i, p) in c.positions.iter().enumerate() {
            positions.entry(pair(&p.option, &p.source)).or_insert(i);
        }
        let (mut on, mut lists) = (HashMap::new(), Vec::<Vec<usize>>::new());
        for (i, a) in c.arguments.iter().enumerate() {
            let at = *on.entry(pair(&a.option, &a.source)).or_insert(lists.len());
            if at == lists.len() {
                lists.push(Vec::new());
            }
            lists[at].push(i);
        }
        Index {
            lens: lens(c),
            sources: first_of(c.sources.iter().map(|s| &*s.id)),
            options: first_of(c.options.iter().map(|o| &*o.id)),
            arguments: first_of(c.arguments.iter().map(|a| &*a.id)),
            positions,
            on,
            lists,
        }
    }
}

fn lens(c: &Corpus) -> [usize; 4] {
    [
        c.sources.len(),
        c.options.len(),
        c.arguments.len(),
        c.positions.len(),
    ]
}

impl Corpus {
    /// The index, when it still describes this corpus (`None`: walk instead).
    pub(crate) fn lookup_index(&self) -> Option<&Index> {
        let ix = self.index.0.get_or_init(|| Index::build(self));
        (ix.lens == lens(self)).then_some(ix)
    }

    /// The vocabulary for search, when it still describes this corpus (`None`: make
    /// another). Made now if it is not yet, finishing what slices have made.
    pub(crate) fn word_index(&self) -> Option<&WordIndex> {
        let ix = self.index.1.get_or_init(|| {
            let part = self.index.2.lock().ok().and_then(|mut p| p.take());
            let mut p = part.unwrap_or_default();
            p.step(self, usize::MAX);
            p.finish(self)
        });
        ix.describes(self).then_some(ix)
    }

    /// Makes the vocabulary a search looks its words up in now, rather than at the
    /// first search.
    pub fn prepare_search(&self) {
        let _ = self.word_index();
    }

    /// Makes a slice of the vocabulary for search: about `work` bytes of text (about
    /// 10 ms of Chromium's time per 100 KB, measured on 16 copies of the built-in
    /// corpus); whether it is ready. The app calls it between frames as soon as a corpus
    /// is shown, so no keystroke waits for the whole of it.
    pub fn prepare_search_slice(&self, work: usize) -> bool {
        if self.search_ready() {
            return true;
        }
        let Ok(mut part) = self.index.2.lock() else {
            return false;
        };
        if !part.get_or_insert_with(Preparing::default).step(self, work) {
            return false;
        }
        if let Some(p) = part.take() {
            let _ = self.index.1.set(p.finish(self));
        }
        true
    }

    /// Whether the vocabulary for search is made (a search is then a look-up).
    pub fn search_ready(&self) -> bool {
        self.index.1.get().is_some()
    }
}

impl Index {
    pub(crate) fn source(&self, id: &str) -> Option<usize> {
        self.sources.get(id).copied()
    }
    pub(crate) fn option(&self, id: &str) -> Option<usize> {
        self.options.get(id).copied()
    }
    pub(crate) fn argument(&self, id: &str) -> Option<usize> {
        self.arguments.get(id).copied()
    }
    pub(crate) fn position(&self, option: &str, source: &str) -> Option<usize> {
        self.positions.get(pair(option, source).as_str()).copied()
    }
    pub(crate) fn arguments_on(&self, option: &str, source: &str) -> &[usize] {
        (self.on.get(pair(option, source).as_str()))
            .and_then(|&at| self.lists.get(at))
            .map_or(&[], Vec::as_slice)
    }
}

/// The record `hit` names in `list` when the index answered (`Some`) and the record is
/// still the one asked for (`is`); otherwise the first record that `is`, by walking.
pub(crate) fn via<T>(
    list: &[T],
    hit: Option<Option<usize>>,
    is: impl Fn(&T) -> bool,
) -> Option<&T> {
    match hit {
        Some(None) => None,
        Some(Some(i)) if list.get(i).is_some_and(&is) => list.get(i),
        _ => list.iter().find(|x| is(x)),
    }
}

#[cfg(test)]
mod tests {
    use crate::test_corpus as corpus;

    /// Every look-up through the index finds what a walk finds, also for pairs with
    /// nothing, and a copy changed after a look-up is still answered right.
    #[test]
    fn the_index_finds_what_a_walk_finds() {
        let c = corpus();
        for o in &c.options {
            assert_eq!(c.option(&o.id).map(|x| &x.id), Some(&o.id));
            for s in &c.sources {
                let walked = c
                    .positions
                    .iter()
                    .find(|p| p.option == o.id && p.source == s.id);
                assert_eq!(c.position(&o.id, &s.id), walked);
                let walked: Vec<_> = c
                    .arguments
                    .iter()
                    .filter(|a| a.option == o.id && a.source == s.id)
                    .collect();
                assert_eq!(c.arguments_on(&o.id, &s.id).collect::<Vec<_>>(), walked);
            }
        }
        for a in &c.arguments {
            assert_eq!(c.argument(&a.id).map(|x| &x.id), Some(&a.id));
        }
        assert!(c.source("nobody").is_none() && c.position("nothing", "nobody").is_none());
        let mut copy = c.clone();
        let _ = copy.source(&c.sources[0].id);
        copy.sources.remove(0);
        assert!(copy.source(&c.sources[0].id).is_none());
        assert_eq!(
            copy.source(&c.sources[1].id).map(|s| &s.id),
            Some(&c.sources[1].id)
        );
        // Renamed in place (the counts unchanged): the index's hit is checked, not trusted.
        copy.arguments[0].id = "renamed".into();
        let second = c
            .arguments
            .iter()
            .skip(1)
            .find(|a| a.id == c.arguments[0].id);
        assert_eq!(
            copy.argument(&c.arguments[0].id).map(|a| &a.id),
            second.map(|a| &a.id)
        );
    }
}
