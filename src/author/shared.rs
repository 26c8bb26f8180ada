//! Shared wording found for the author (issue 25): passages two documents share, as
//! long runs of the same words once case and the punctuation around words are set
//! aside, offered as candidate shared-wording records the author confirms.
//!
//! Each document's words are indexed by runs of [`MIN_WORDS`]; a run of the other
//! document found there is grown word by word as far as both agree, and runs of one
//! pair of passages separated by at most [`GAP`] differing words on each side are joined
//! (a restatement changes a word here and there; the view marks those words with the
//! app's alignment, `align.rs`). Each side is then made a quote by `select::quote_at`,
//! so a candidate is a passage the checker finds at its place, or is left out.

use super::select::quote_at;
use crate::model::search::fold;
use crate::model::{Corpus, Span};
use std::collections::BTreeMap;

/// The fewest words in a row two passages share to be offered (twelve: shorter runs in
/// these texts are set phrases and names, such as a title quoted in both).
pub const MIN_WORDS: usize = 12;

/// The most differing words on either side between two shared runs that are joined
/// into one passage.
pub const GAP: usize = 4;

/// The fewest words in a row a passage starts from (SEED) and goes on with after a gap
/// (BRIDGE).
const SEED: usize = 5;
const BRIDGE: usize = 2;

/// One candidate: a passage of document `a` and one of document `b` sharing wording,
/// with how many words they share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub a: String,
    pub a_span: Span,
    pub b: String,
    pub b_span: Span,
    pub shared_words: usize,
}

/// The words of `text`: each word's folded letters and digits, and its byte range
/// (words with no letter or digit, such as a dash, are left out).
fn words(text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for piece in text.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end();
        let key: String = word
            .chars()
            .filter(|c| c.is_alphanumeric())
            .map(fold)
            .collect();
        if !key.is_empty() {
            let lead = word.len()
                - word
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len();
            let tail = word.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            out.push((key, at + lead, at + tail));
        }
        at += piece.len();
    }
    out
}

type Words = [(String, usize, usize)];

/// How many words `a` from `i` and `b` from `j` agree on in a row.
fn agree(a: &Words, b: &Words, i: usize, j: usize) -> usize {
    (0..)
        .take_while(|k| i + k < a.len() && j + k < b.len() && a[i + k].0 == b[j + k].0)
        .count()
}

/// Where a shared passage that ends at `i` in `a` and `j` in `b` goes on after at most
/// [`GAP`] differing words on each side: the first words skipped on each side and how
/// many words then agree (three at least, so a common "the" joins nothing).
fn bridge(a: &Words, b: &Words, i: usize, j: usize) -> Option<(usize, usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    for ga in 0..=GAP {
        for gb in 0..=GAP {
            if ga + gb == 0 {
                continue;
            }
            let n = agree(a, b, i + ga, j + gb);
            let fewer = best.is_none_or(|(x, y, _)| ga + gb < x + y);
            if n >= BRIDGE && fewer {
                best = Some((ga, gb, n));
            }
        }
    }
    best
}

/// Passages of at least `min` words in a row `a` and `b` share, each grown as far as
/// both agree and across gaps of at most [`GAP`] differing words: (start and end in
/// `a`, start and end in `b`, words shared), in the order of `b`, none inside another.
fn passages(a: &Words, b: &Words, min: usize) -> Vec<(usize, usize, usize, usize, usize)> {
    let key = |w: &Words| w.iter().map(|x| &*x.0).collect::<Vec<_>>().join(" ");
    let mut index: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in 0..a.len().saturating_sub(min - 1) {
        index.entry(key(&a[i..i + min])).or_default().push(i);
    }
    let mut out = Vec::new();
    let mut j = 0;
    while j + min <= b.len() {
        let Some(starts) = index.get(&key(&b[j..j + min])) else {
            j += 1;
            continue;
        };
        let (i, len) = (starts.iter().map(|&i| (i, agree(a, b, i, j))))
            .max_by_key(|x| x.1)
            .unwrap_or((0, 0));
        let (mut ie, mut je, mut shared) = (i + len, j + len, len);
        while let Some((ga, gb, n)) = bridge(a, b, ie, je) {
            (ie, je, shared) = (ie + ga + n, je + gb + n, shared + n);
        }
        out.push((i, ie, j, je, shared));
        j = je.max(j + 1);
    }
    out
}

/// The candidates documents `a` and `b` of `c` share, that no shared-wording record of
/// `c` has already (no recorded passage overlaps either side).
pub fn between(c: &Corpus, a: &str, b: &str) -> Vec<Candidate> {
    let (Some(sa), Some(sb)) = (c.source(a), c.source(b)) else {
        return Vec::new();
    };
    let (wa, wb) = (words(&sa.text), words(&sb.text));
    let recorded = |source: &str, sp: Span| {
        (c.reuse.iter().flat_map(|r| &r.passages))
            .any(|p| p.source == source && p.span.start < sp.end && sp.start < p.span.end)
    };
    let mut out = Vec::new();
    for (i0, i1, j0, j1, shared) in passages(&wa, &wb, SEED) {
        if shared < MIN_WORDS {
            continue;
        }
        let qa = quote_at(&sa.text, wa[i0].1, wa[i1 - 1].2);
        let qb = quote_at(&sb.text, wb[j0].1, wb[j1 - 1].2);
        if let (Ok(a_span), Ok(b_span)) = (qa, qb) {
            if !recorded(a, a_span) && !recorded(b, b_span) {
                out.push(Candidate {
                    a: a.to_string(),
                    a_span,
                    b: b.to_string(),
                    b_span,
                    shared_words: shared,
                });
            }
        }
    }
    out
}

/// The candidates every pair of documents of `c` shares, in the order of the documents.
pub fn all(c: &Corpus) -> Vec<Candidate> {
    let ids: Vec<&str> = c.sources.iter().map(|s| &*s.id).collect();
    let mut out = Vec::new();
    for (n, a) in ids.iter().enumerate() {
        for b in &ids[n + 1..] {
            out.extend(between(c, a, b));
        }
    }
    out
}
