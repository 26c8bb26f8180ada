//! One vocabulary for a whole corpus (issue 26), made once per corpus on its first
//! search: every word of every record a search looks through and of every sentence of
//! the full texts, each with the records and sentences ("documents") it starts a word
//! in, and each word's stem with the documents that hold a word of that stem. A
//! keystroke then looks its terms' forms up here and walks their lists, whatever the
//! length of the texts: scanning each text once per form took 22.6 ms a keystroke on
//! the shipped corpus and 1,225 ms on one 50 times larger (`make bench`, loaded machine).
//!
//! What a look-up finds is what [`super::search::Term::found_in`] finds on each
//! document: a form made of word characters alone is found at a word's start (or at a
//! part's start in a hyphenated word, read without its hyphens), which is a prefix of
//! one of the entries made here, or as a word with its stem. A form the entries cannot
//! answer alone (a phrase, punctuation, a very long word) gives the documents that may
//! hold it, and each of those is checked against its text.
//!
//! No std `HashMap` (each costs KBs of the students' wasm): words are numbered through a
//! small open-addressing table and kept sorted for prefix look-ups by binary search.

use super::find::{sentences, Hit, Layer};
use super::search::{fold, is_word_char, stem_fits, Term};
use super::stem::stem;
use crate::schema::Corpus;

/// The longest entry kept, in bytes: a longer word is kept cut to this (on a character
/// boundary), and a form longer than this is checked against the text.
const CAP: usize = 40;

/// No stem: the word is not an ASCII word, or its stem is too short to be searched by.
const NONE: u32 = u32::MAX;

/// Strings numbered in the order first seen: an open-addressing table over one arena.
#[derive(Debug, Default)]
struct Table {
    /// Each slot: 0 when empty, else the string's number + 1.
    slots: Vec<u32>,
    /// Each string's byte range in `arena`.
    spans: Vec<(u32, u32)>,
    arena: String,
}

impl Table {
    fn hash(s: &str) -> usize {
        let mut h: u32 = 0x811c_9dc5;
        for b in s.bytes() {
            h = (h ^ b as u32).wrapping_mul(0x0100_0193);
        }
        h as usize
    }

    fn text(&self, id: u32) -> &str {
        let (a, b) = self.spans[id as usize];
        &self.arena[a as usize..b as usize]
    }

    /// The string's number, or the empty slot where it would go.
    fn slot(&self, s: &str) -> Result<u32, usize> {
        if self.slots.is_empty() {
            return Err(0);
        }
        let mask = self.slots.len() - 1;
        let mut i = Self::hash(s) & mask;
        loop {
            match self.slots[i] {
                0 => return Err(i),
                n if self.text(n - 1) == s => return Ok(n - 1),
                _ => i = (i + 1) & mask,
            }
        }
    }

    fn get(&self, s: &str) -> Option<u32> {
        self.slot(s).ok()
    }

    /// The string's number, and whether it is new.
    fn intern(&mut self, s: &str) -> (u32, bool) {
        if let Ok(id) = self.slot(s) {
            return (id, false);
        }
        if 2 * (self.spans.len() + 1) > self.slots.len() {
            self.grow();
        }
        let start = self.arena.len() as u32;
        self.arena.push_str(s);
        let id = self.spans.len() as u32;
        self.spans.push((start, self.arena.len() as u32));
        if let Err(i) = self.slot(s) {
            self.slots[i] = id + 1;
        }
        (id, true)
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(1024);
        self.slots = vec![0; size];
        for id in 0..self.spans.len() as u32 {
            let mut i = Self::hash(self.text(id)) & (size - 1);
            while self.slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            self.slots[i] = id + 1;
        }
    }

    fn len(&self) -> usize {
        self.spans.len()
    }
}

/// A set of documents: one bit each.
#[derive(Debug, Clone)]
struct Docs(Vec<u64>);

impl Docs {
    fn none(n: u32) -> Docs {
        Docs(vec![0; (n as usize).div_ceil(64)])
    }

    fn all(n: u32) -> Docs {
        let mut d = Docs(vec![u64::MAX; (n as usize).div_ceil(64)]);
        if n % 64 != 0 {
            if let Some(last) = d.0.last_mut() {
                *last = (1u64 << (n % 64)) - 1;
            }
        }
        d
    }

    fn add(&mut self, list: &[u32]) {
        for &i in list {
            self.0[i as usize / 64] |= 1 << (i % 64);
        }
    }

    fn has(&self, i: u32) -> bool {
        self.0[i as usize / 64] & (1 << (i % 64)) != 0
    }

    fn or(&mut self, other: &Docs) {
        self.0.iter_mut().zip(&other.0).for_each(|(a, b)| *a |= b);
    }

    fn and(&mut self, other: &Docs) {
        self.0.iter_mut().zip(&other.0).for_each(|(a, b)| *a &= b);
    }

    /// The documents in `[from, to)`, in order.
    fn range(&self, from: u32, to: u32) -> impl Iterator<Item = u32> + '_ {
        (from..to).filter(move |&i| {
            let word = self.0[i as usize / 64];
            word != 0 && word & (1 << (i % 64)) != 0
        })
    }
}

/// A corpus's words and where they are (see the module's documentation).
#[derive(Debug)]
pub struct WordIndex {
    /// What the corpus looked like when this was made ([`fingerprint`]).
    fingerprint: u64,
    /// Where each layer's documents start, in [`Layer::ALL`]'s order, and the end.
    starts: [u32; 8],
    /// The full texts' documents: the source's place and the sentence's byte range.
    sentences: Vec<(u32, u32, u32)>,
    words: Table,
    /// Word numbers in the order of their text.
    sorted: Vec<u32>,
    /// For each word, the documents a word or hyphenated part starts with it in.
    postings: Vec<Vec<u32>>,
    stems: Table,
    /// For each stem, the documents that hold a word of that stem.
    stem_postings: Vec<Vec<u32>>,
    /// The documents with a word too long to keep whole that may have any stem.
    long: Vec<u32>,
}

/// Adds `doc` to a list of documents made in order.
fn post(list: &mut Vec<u32>, doc: u32) {
    if list.last() != Some(&doc) {
        list.push(doc);
    }
}

/// `s` folded as search folds it, cut to at most [`CAP`] bytes, into `out`.
fn push_folded(out: &mut String, s: &str) {
    for c in s.chars().map(fold) {
        if out.len() + c.len_utf8() > CAP {
            return;
        }
        out.push(c);
    }
}

#[derive(Debug, Default)]
struct Builder {
    words: Table,
    /// For each word, its stem's number or [`NONE`].
    stem_of: Vec<u32>,
    postings: Vec<Vec<u32>>,
    stems: Table,
    stem_postings: Vec<Vec<u32>>,
    long: Vec<u32>,
    scratch: String,
}

impl Builder {
    /// The number of the word in `self.scratch`, made and stemmed when new.
    fn word(&mut self) -> u32 {
        let (id, new) = self.words.intern(&self.scratch);
        if new {
            self.postings.push(Vec::new());
            let w = &self.scratch;
            let mut st = NONE;
            if w.bytes().all(|b| b.is_ascii_lowercase()) {
                let s = stem(w);
                if s.len() >= 3 && stem_fits(w, &s) {
                    let (sid, new) = self.stems.intern(&s);
                    if new {
                        self.stem_postings.push(Vec::new());
                    }
                    st = sid;
                }
            }
            self.stem_of.push(st);
        }
        id
    }

    /// Every word of `text`, in document `doc`.
    fn add(&mut self, text: &str, doc: u32) {
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            if is_word_char(c) {
                start.get_or_insert(i);
                continue;
            }
            if let Some(s) = start.take() {
                parts.push((s, i));
            }
            if c != '-' {
                self.compound(text, &parts, doc);
                parts.clear();
            }
        }
    }

    /// A run of words joined by hyphens: each part alone (for its stem), and the run
    /// without hyphens from each part on, as a search reads it there.
    fn compound(&mut self, text: &str, parts: &[(usize, usize)], doc: u32) {
        for (k, &(a, b)) in parts.iter().enumerate() {
            let w = &text[a..b];
            self.scratch.clear();
            push_folded(&mut self.scratch, w);
            let id = self.word();
            post(&mut self.postings[id as usize], doc);
            // As `search::same_stem` reads a word: ASCII letters, not an acronym.
            let bytes = w.as_bytes();
            let stemmed = bytes.iter().all(u8::is_ascii_alphabetic)
                && !(bytes.len() > 1 && bytes[1].is_ascii_uppercase());
            if stemmed && w.len() > CAP {
                post(&mut self.long, doc);
            } else if stemmed && self.stem_of[id as usize] != NONE {
                let st = self.stem_of[id as usize] as usize;
                post(&mut self.stem_postings[st], doc);
            }
            if k + 1 < parts.len() {
                self.scratch.clear();
                for &(x, y) in &parts[k..] {
                    push_folded(&mut self.scratch, &text[x..y]);
                }
                let id = self.word();
                post(&mut self.postings[id as usize], doc);
            }
        }
    }
}

/// How many records a layer has (the full texts: none; their sentences are counted
/// apart).
fn records(c: &Corpus, layer: Layer) -> usize {
    match layer {
        Layer::Arguments => c.arguments.len(),
        Layer::Recommendations => c.recommendations.len(),
        Layer::Positions => c.positions.len(),
        Layer::Facts => c.discrepancies.len(),
        Layer::Events => c.events.len(),
        Layer::Glossary => c.glossary.len(),
        Layer::Texts => 0,
    }
}

/// The `i`th record of a layer other than the full texts.
fn record(c: &Corpus, layer: Layer, i: usize) -> Hit<'_> {
    match layer {
        Layer::Arguments => Hit::Argument(&c.arguments[i]),
        Layer::Recommendations => Hit::Recommendation(&c.recommendations[i]),
        Layer::Positions => Hit::Position(&c.positions[i]),
        Layer::Facts => Hit::Fact(&c.discrepancies[i]),
        Layer::Events => Hit::Event(&c.events[i]),
        Layer::Glossary | Layer::Texts => Hit::Glossary(&c.glossary[i]),
    }
}

/// What a corpus looks like, cheaply: the lengths of its lists and where its main texts
/// are. A corpus the app shows is never changed; one changed after its first search
/// (a test's scratch copy) no longer matches its index and is searched by scanning.
pub(crate) fn fingerprint(c: &Corpus) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |x: usize| h = (h ^ x as u64).wrapping_mul(0x0100_0000_01b3);
    let mut text = |s: &str| {
        mix(s.as_ptr() as usize);
        mix(s.len());
    };
    for s in &c.sources {
        text(&s.text);
    }
    for a in &c.arguments {
        text(&a.claim);
        text(a.evidence.first().map_or("", |e| &e.quote));
    }
    for r in &c.recommendations {
        text(&r.summary);
    }
    for p in &c.positions {
        text(&p.summary);
    }
    for d in &c.discrepancies {
        text(&d.note);
    }
    for e in &c.events {
        text(&e.label);
    }
    for g in &c.glossary {
        text(&g.definition);
    }
    mix(c.arguments.len());
    mix(c.sources.len());
    mix(c.glossary.len());
    h
}

/// A vocabulary being made a slice at a time: the app makes it in idle moments as soon
/// as a corpus is shown (made at once it held the main thread about 300 ms at 16 copies
/// of the built-in corpus and 600 ms at 40 in Chromium, the first keystroke's whole
/// budget and more; issue 30). Documents are added in the order [`WordIndex::build`]
/// numbers them, so the vocabulary is the same whatever the slices.
#[derive(Debug, Default)]
pub struct Preparing {
    b: Builder,
    /// The corpus's [`fingerprint`] when the first slice was made.
    fingerprint: Option<u64>,
    starts: [u32; 8],
    sentences: Vec<(u32, u32, u32)>,
    /// The next document's number.
    doc: u32,
    /// Where the next document is: the layer's place in [`Layer::ALL`], the record (for
    /// the full texts, the source) and the sentence of that source's text.
    layer: usize,
    item: usize,
    sentence: usize,
    /// The sentences of the source being added.
    pending: Vec<(usize, usize)>,
}

impl Preparing {
    /// Adds documents until about `work` bytes of their text are read (one at least);
    /// whether every document is in.
    pub(crate) fn step(&mut self, c: &Corpus, mut work: usize) -> bool {
        self.fingerprint.get_or_insert_with(|| fingerprint(c));
        loop {
            let Some(&layer) = Layer::ALL.get(self.layer) else {
                return true;
            };
            if self.item == 0 && self.sentence == 0 {
                self.starts[self.layer] = self.doc;
            }
            if work == 0 {
                return false;
            }
            if layer == Layer::Texts {
                let Some(s) = c.sources.get(self.item) else {
                    (self.layer, self.item) = (self.layer + 1, 0);
                    continue;
                };
                if self.sentence == 0 {
                    self.pending = sentences(&s.text);
                }
                let Some(&(x, y)) = self.pending.get(self.sentence) else {
                    (self.item, self.sentence) = (self.item + 1, 0);
                    continue;
                };
                self.b.add(&s.text[x..y], self.doc);
                self.sentences.push((self.item as u32, x as u32, y as u32));
                self.sentence += 1;
                work = work.saturating_sub(y - x + 1);
            } else if self.item < records(c, layer) {
                for t in record(c, layer, self.item).texts() {
                    self.b.add(t, self.doc);
                    work = work.saturating_sub(t.len());
                }
                self.item += 1;
                work = work.saturating_sub(1);
            } else {
                (self.layer, self.item) = (self.layer + 1, 0);
                continue;
            }
            self.doc += 1;
        }
    }

    /// The vocabulary, once [`Preparing::step`] has added every document.
    pub(crate) fn finish(self, c: &Corpus) -> WordIndex {
        let b = self.b;
        let mut starts = self.starts;
        starts[7] = self.doc;
        let mut sorted: Vec<u32> = (0..b.words.len() as u32).collect();
        let words = &b.words;
        crate::sort_small_by(&mut sorted, |x, y| words.text(*x) > words.text(*y));
        let mut postings = b.postings;
        let mut stem_postings = b.stem_postings;
        postings.iter_mut().for_each(Vec::shrink_to_fit);
        stem_postings.iter_mut().for_each(Vec::shrink_to_fit);
        WordIndex {
            // A corpus changed between slices is not described (made again at once).
            fingerprint: self.fingerprint.unwrap_or_else(|| fingerprint(c)),
            starts,
            sentences: self.sentences,
            words: b.words,
            sorted,
            postings,
            stems: b.stems,
            stem_postings,
            long: b.long,
        }
    }
}

impl WordIndex {
    /// The vocabulary of `c`, made at once.
    pub(crate) fn build(c: &Corpus) -> WordIndex {
        let mut p = Preparing::default();
        p.step(c, usize::MAX);
        p.finish(c)
    }

    /// Whether this index describes `c` as it is now.
    pub(crate) fn describes(&self, c: &Corpus) -> bool {
        self.fingerprint == fingerprint(c)
    }

    fn len(&self) -> u32 {
        self.starts[7]
    }

    /// The documents where a word or hyphenated part starts with `run` (folded, without
    /// hyphens).
    fn starting(&self, run: &str, into: &mut Docs) {
        let mut cut = String::new();
        push_folded(&mut cut, run);
        let text = |w: &u32| self.words.text(*w);
        let lo = self.sorted.partition_point(|w| text(w) < cut.as_str());
        let n = self.sorted[lo..].partition_point(|w| text(w).starts_with(cut.as_str()));
        for &w in &self.sorted[lo..lo + n] {
            into.add(&self.postings[w as usize]);
        }
    }

    /// The documents that surely hold `t`, and those that may (to check on their text).
    fn term(&self, t: &Term) -> (Docs, Docs) {
        let (mut sure, mut maybe) = (Docs::none(self.len()), Docs::none(self.len()));
        for (skel, st, bounded) in t.forms() {
            if skel.is_empty() {
                continue;
            }
            let mut runs = skel
                .split(|c: char| !is_word_char(c))
                .filter(|r| !r.is_empty());
            // A form found inside words too is looked for in every document.
            let mut found = match runs.next().filter(|_| bounded) {
                None => Docs::all(self.len()),
                Some(first) => {
                    let mut d = Docs::none(self.len());
                    self.starting(first, &mut d);
                    for r in runs {
                        let mut more = Docs::none(self.len());
                        self.starting(r, &mut more);
                        d.and(&more);
                    }
                    d
                }
            };
            let whole = bounded && skel.len() <= CAP && skel.chars().all(is_word_char);
            if whole {
                sure.or(&found);
            } else {
                maybe.or(&found);
            }
            if let Some(s) = st {
                if let Some(id) = self.stems.get(s) {
                    found = Docs::none(self.len());
                    found.add(&self.stem_postings[id as usize]);
                    sure.or(&found);
                }
                maybe.add(&self.long);
            }
        }
        (sure, maybe)
    }

    /// The document `doc` as a hit.
    fn hit<'c>(&self, c: &'c Corpus, layer: Layer, doc: u32) -> Hit<'c> {
        let k = Layer::ALL.iter().position(|l| *l == layer).unwrap_or(0);
        if layer == Layer::Texts {
            let (si, start, end) = self.sentences[(doc - self.starts[k]) as usize];
            return Hit::Text {
                source: &c.sources[si as usize],
                start: start as usize,
                end: end as usize,
            };
        }
        record(c, layer, (doc - self.starts[k]) as usize)
    }

    /// The documents that hold every one of `terms` (there must be one), and those
    /// known to hold each term without checking their text.
    pub(crate) fn matching(&self, terms: &[Term]) -> Matching {
        let mut all = Docs::all(self.len());
        let mut sure = Vec::new();
        for t in terms {
            let (s, mut maybe) = self.term(t);
            maybe.or(&s);
            all.and(&maybe);
            sure.push(s);
        }
        Matching { all, sure }
    }

    /// The documents of `layer` in `m`, in order, each checked on its text for the terms
    /// the look-up could not answer alone.
    pub(crate) fn hits<'c>(
        &self,
        c: &'c Corpus,
        m: &Matching,
        terms: &[Term],
        layer: Layer,
    ) -> Vec<Hit<'c>> {
        let k = Layer::ALL.iter().position(|l| *l == layer).unwrap_or(0);
        let mut out = Vec::new();
        for doc in m.all.range(self.starts[k], self.starts[k + 1]) {
            let hit = self.hit(c, layer, doc);
            let checked = (terms.iter().zip(&m.sure))
                .all(|(t, sure)| sure.has(doc) || hit.texts().iter().any(|x| t.found_in(x)));
            if checked {
                out.push(hit);
            }
        }
        out
    }
}

/// What a search's terms found in a [`WordIndex`].
pub(crate) struct Matching {
    all: Docs,
    sure: Vec<Docs>,
}
