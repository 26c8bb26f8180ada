//! Word-level alignment of passages that share wording: which words they have in
//! common, in order, and which words one has where the other has other words or none.
//!
//! A longest common subsequence over word tokens, found with Myers' O((N+M)·D) diff.
//! A word is a run of non-space characters; two words are the same when they are equal
//! once the punctuation around them is dropped, letters are lowercased ([`fold`]) and
//! curly apostrophes and dashes read as straight ones: "Pakistan’s" and "pakistan's,"
//! are one word, "Jamat-ul-Ahrar" and "Jamiat-ul-Hirar" are two. Every byte of each
//! passage is in exactly one [`Part`], so the parts of a passage give it back unchanged.

use crate::query::search::fold;

/// How a part of a passage compares with the other passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Words both passages have at this point (and the spaces between words).
    Same,
    /// Words only this passage has: the other has nothing in their place.
    Only,
    /// Words that stand where the other passage has other words (a swap).
    Changed,
}

/// A byte range of a passage and how it compares with the other passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub start: usize,
    pub end: usize,
    pub change: Change,
}

/// Past this many words added or removed, the rest of a pair is one change: it keeps
/// the diff's time and memory bounded (its trace grows with the square of this). The
/// shared-wording passages differ in well under a hundred words.
const MAX_EDITS: usize = 500;

/// The parts of `a` and of `b`, aligned word by word.
pub fn align(a: &str, b: &str) -> (Vec<Part>, Vec<Part>) {
    let (mut pa, mut pb) = align_many(&[a], &[b]);
    (pa.pop().unwrap_or_default(), pb.pop().unwrap_or_default())
}

/// Aligns passages read in order as one text (`a`: one side's passages, `b`: the
/// other's); the parts of every passage.
pub fn align_many(a: &[&str], b: &[&str]) -> (Vec<Vec<Part>>, Vec<Vec<Part>>) {
    let (ta, tb) = (tokens(a), tokens(b));
    let (ma, mb) = common(&ta, &tb);
    let (ca, cb) = changes(&ma, &mb);
    (parts(a, &ta, &ca), parts(b, &tb, &cb))
}

/// The parts of each passage of a shared-wording record, when its passages come from
/// exactly two sources (`sources[i]` is passage `i`'s): the first source's passages
/// aligned with the other's. `None` for any other number of sources.
pub fn align_sources(sources: &[&str], texts: &[&str]) -> Option<Vec<Vec<Part>>> {
    let first = *sources.first()?;
    let second = sources.iter().position(|s| *s != first)?;
    if sources.iter().any(|s| *s != first && *s != sources[second]) {
        return None;
    }
    let side = |want: bool| -> Vec<&str> {
        let pick = sources
            .iter()
            .zip(texts)
            .filter(|(s, _)| (**s == first) == want);
        pick.map(|(_, t)| *t).collect()
    };
    let (pa, pb) = align_many(&side(true), &side(false));
    let (mut ia, mut ib) = (pa.into_iter(), pb.into_iter());
    let all = sources
        .iter()
        .map(|s| if *s == first { ia.next() } else { ib.next() });
    all.collect()
}

/// The parts of each passage of a shared-wording record, each compared with the first
/// passage (issue 26): a word of a later passage is marked [`Change::Only`] when the
/// first passage does not have it anywhere, and a word of the first passage when none
/// of the others has it. So a word present in both passages compared is never marked,
/// whatever its place, and every entry reads the same way whatever its number of
/// passages or sources (the Durrani entry, with Kakar's epigraph and body and Akbar's
/// quote, marked Kakar's epigraph whole when the passages were pooled by source).
/// Punctuation standing alone (a dash between words) is not marked.
pub fn against_first(texts: &[&str]) -> Vec<Vec<Part>> {
    // Which passages hold each word: 1 the first, 2 any other. A `HashMap<String, usize>`,
    // the table type the index already links (a set of `&str` was its own copy: 1 KB raw).
    let tokens = tokens(texts);
    let mut held = std::collections::HashMap::<String, usize>::new();
    for t in &tokens {
        *held.entry(t.key.clone()).or_insert(0) |= if t.passage == 0 { 1 } else { 2 };
    }
    let changes: Vec<Change> = (tokens.iter())
        .map(|t| {
            // A dash or other punctuation standing alone is no word to mark.
            let word = t.key.chars().any(char::is_alphanumeric);
            let other = if t.passage == 0 { 2 } else { 1 };
            let shared = !word
                || (t.passage == 0 && texts.len() == 1)
                || held.get(&*t.key).is_some_and(|&h| h & other != 0);
            if shared {
                Change::Same
            } else {
                Change::Only
            }
        })
        .collect();
    parts(texts, &tokens, &changes)
}

/// A word: which passage, where in it, and what it is compared by.
struct Token {
    passage: usize,
    start: usize,
    end: usize,
    key: String,
}

/// The words of every passage, in order.
fn tokens(texts: &[&str]) -> Vec<Token> {
    let mut out = Vec::new();
    for (passage, text) in texts.iter().enumerate() {
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_whitespace(), start) {
                (true, Some(s)) => {
                    out.push(Token {
                        passage,
                        start: s,
                        end: i,
                        key: key(&text[s..i]),
                    });
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
    }
    out
}

/// What a word is compared by (see the module docs).
fn key(word: &str) -> String {
    let punct =
        |c: char| c.is_ascii_punctuation() || matches!(c, '“' | '”' | '‘' | '’' | '…' | '–' | '—');
    let core = word.trim_matches(punct);
    let core = if core.is_empty() { word } else { core };
    core.chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '‐' | '‑' | '–' | '—' => '-',
            c => fold(c),
        })
        .collect()
}

/// For each token of `a` and of `b`, whether it is in the longest common subsequence
/// found (the `i`-th token marked in `a` pairs with the `i`-th marked in `b`).
fn common(a: &[Token], b: &[Token]) -> (Vec<bool>, Vec<bool>) {
    let (n, m) = (a.len(), b.len());
    let (mut ma, mut mb) = (vec![false; n], vec![false; m]);
    let eq = |i: usize, j: usize| a[i].key == b[j].key;
    // The same words at the start and the end need no search.
    let mut pre = 0;
    while pre < n && pre < m && eq(pre, pre) {
        pre += 1;
    }
    let mut suf = 0;
    while suf < n - pre && suf < m - pre && eq(n - 1 - suf, m - 1 - suf) {
        suf += 1;
    }
    ma[..pre].fill(true);
    mb[..pre].fill(true);
    ma[n - suf..].fill(true);
    mb[m - suf..].fill(true);
    let middle = |i: usize, j: usize| eq(pre + i, pre + j);
    if let Some(pairs) = myers(n - pre - suf, m - pre - suf, middle) {
        for (i, j) in pairs {
            ma[pre + i] = true;
            mb[pre + j] = true;
        }
    }
    (ma, mb)
}

/// Myers' greedy diff of sequences of lengths `n` and `m` compared by `eq`: the index
/// pairs of a longest common subsequence, or `None` when more than [`MAX_EDITS`]
/// insertions and deletions separate them.
fn myers(n: usize, m: usize, eq: impl Fn(usize, usize) -> bool) -> Option<Vec<(usize, usize)>> {
    let (ni, mi) = (n as isize, m as isize);
    let max = (n + m).min(MAX_EDITS) as isize;
    let off = max + 1;
    // v[k + off]: the furthest x on diagonal k = x - y.
    let mut v = vec![0isize; 2 * max as usize + 3];
    // v before each round, for the way back.
    let mut trace: Vec<Vec<isize>> = Vec::new();
    for d in 0..=max {
        trace.push(v[(off - d) as usize..=(off + d) as usize].to_vec());
        for k in (-d..=d).step_by(2) {
            let down = k == -d || (k != d && v[(k - 1 + off) as usize] < v[(k + 1 + off) as usize]);
            let mut x = if down {
                v[(k + 1 + off) as usize]
            } else {
                v[(k - 1 + off) as usize] + 1
            };
            let mut y = x - k;
            while x < ni && y < mi && eq(x as usize, y as usize) {
                x += 1;
                y += 1;
            }
            v[(k + off) as usize] = x;
            if x >= ni && y >= mi {
                return Some(back(&trace, ni, mi, &eq));
            }
        }
    }
    None
}

/// The matched pairs on the way back from the end through `trace` (round `d`'s entry
/// holds diagonals `-d..=d`).
fn back(
    trace: &[Vec<isize>],
    mut x: isize,
    mut y: isize,
    eq: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (d, v) in trace.iter().enumerate().skip(1).rev() {
        let d = d as isize;
        // `v` is round d's start: diagonal j sits at v[j + d].
        let at = |j: isize| v[(j + d) as usize];
        let k = x - y;
        let down = k == -d || (k != d && at(k - 1) < at(k + 1));
        let pk = if down { k + 1 } else { k - 1 };
        let px = at(pk);
        let py = px - pk;
        while x > px && y > py {
            x -= 1;
            y -= 1;
            pairs.push((x as usize, y as usize));
        }
        (x, y) = (px, py);
    }
    while x > 0 && y > 0 && eq(x as usize - 1, y as usize - 1) {
        x -= 1;
        y -= 1;
        pairs.push((x as usize, y as usize));
    }
    pairs.reverse();
    pairs
}

/// Each token's [`Change`] from the matched flags: an unmatched run is [`Change::Changed`]
/// when the other side has an unmatched run at the same point, else [`Change::Only`].
fn changes(ma: &[bool], mb: &[bool]) -> (Vec<Change>, Vec<Change>) {
    let (mut ca, mut cb) = (vec![Change::Same; ma.len()], vec![Change::Same; mb.len()]);
    let (mut i, mut j) = (0, 0);
    loop {
        let (i0, j0) = (i, j);
        while i < ma.len() && !ma[i] {
            i += 1;
        }
        while j < mb.len() && !mb[j] {
            j += 1;
        }
        let kind = if i > i0 && j > j0 {
            Change::Changed
        } else {
            Change::Only
        };
        ca[i0..i].fill(kind);
        cb[j0..j].fill(kind);
        if i >= ma.len() || j >= mb.len() {
            return (ca, cb);
        }
        // ma[i] and mb[j] are a matched pair.
        i += 1;
        j += 1;
    }
}

/// The parts of every passage in `texts`, from its tokens' changes. A space between two
/// words with the same change joins their part, so a swapped phrase is one part.
fn parts(texts: &[&str], tokens: &[Token], changes: &[Change]) -> Vec<Vec<Part>> {
    let mut out: Vec<Vec<Part>> = vec![Vec::new(); texts.len()];
    let mut pos = vec![0; texts.len()];
    for (t, &change) in tokens.iter().zip(changes) {
        let parts = &mut out[t.passage];
        let gap = match parts.last() {
            Some(last) if last.change == change => change,
            _ => Change::Same,
        };
        push(parts, pos[t.passage], t.start, gap);
        push(parts, t.start, t.end, change);
        pos[t.passage] = t.end;
    }
    for (i, text) in texts.iter().enumerate() {
        push(&mut out[i], pos[i], text.len(), Change::Same);
    }
    out
}

fn push(parts: &mut Vec<Part>, start: usize, end: usize, change: Change) {
    if start == end {
        return;
    }
    match parts.last_mut() {
        Some(last) if last.change == change && last.end == start => last.end = end,
        _ => parts.push(Part { start, end, change }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Change::*;

    /// The parts of `text` as (text, change).
    fn shown<'a>(text: &'a str, parts: &[Part]) -> Vec<(&'a str, Change)> {
        parts
            .iter()
            .map(|p| (&text[p.start..p.end], p.change))
            .collect()
    }

    fn joined(text: &str, parts: &[Part]) -> String {
        parts.iter().map(|p| &text[p.start..p.end]).collect()
    }

    type Shown = Vec<(&'static str, Change)>;

    fn pair(a: &str, b: &str) -> (Shown, Shown) {
        let a: &'static str = Box::leak(a.to_string().into_boxed_str());
        let b: &'static str = Box::leak(b.to_string().into_boxed_str());
        let (pa, pb) = align(a, b);
        assert_eq!(joined(a, &pa), a);
        assert_eq!(joined(b, &pb), b);
        (shown(a, &pa), shown(b, &pb))
    }

    #[test]
    fn identical_passages_are_one_same_part() {
        let t = "Peace in Afghanistan has become a nightmare.";
        assert_eq!(pair(t, t), (vec![(t, Same)], vec![(t, Same)]));
    }

    #[test]
    fn a_word_swapped_is_changed_on_both_sides() {
        let (a, b) = pair(
            "Pakistan does not want to reduce its strategic depth",
            "Pakistan does not want to lessen its strategic depth",
        );
        assert_eq!(
            a,
            vec![
                ("Pakistan does not want to ", Same),
                ("reduce", Changed),
                (" its strategic depth", Same)
            ]
        );
        assert_eq!(
            b,
            vec![
                ("Pakistan does not want to ", Same),
                ("lessen", Changed),
                (" its strategic depth", Same)
            ]
        );
    }

    #[test]
    fn a_phrase_for_a_word_is_one_part() {
        let (a, b) = pair(
            "Pakistan’s vulnerable and struggling economy is unable",
            "Pakistan's fragile economy cannot",
        );
        assert_eq!(
            a,
            vec![
                ("Pakistan’s ", Same),
                ("vulnerable and struggling", Changed),
                (" economy ", Same),
                ("is unable", Changed)
            ]
        );
        assert_eq!(
            b,
            vec![
                ("Pakistan's ", Same),
                ("fragile", Changed),
                (" economy ", Same),
                ("cannot", Changed)
            ]
        );
    }

    #[test]
    fn insertions_and_deletions_are_only_on_one_side() {
        let (a, b) = pair(
            "the Afghan Taliban and the US",
            "the Afghan Taliban and the United States US",
        );
        assert_eq!(a, vec![("the Afghan Taliban and the US", Same)]);
        assert_eq!(
            b,
            vec![
                ("the Afghan Taliban and the ", Same),
                ("United States", Only),
                (" US", Same)
            ]
        );
        let (a, b) = pair(
            "in Doha, Qatar, in February 2020 (Sullivan, 2022).",
            "in Doha, Qatar, in February 2020.",
        );
        assert_eq!(
            a,
            vec![
                ("in Doha, Qatar, in February 2020 ", Same),
                ("(Sullivan, 2022).", Only)
            ]
        );
        assert_eq!(b, vec![("in Doha, Qatar, in February 2020.", Same)]);
    }

    #[test]
    fn punctuation_case_and_quote_marks_are_not_differences() {
        let (a, b) = pair(
            "“Peace in Afghanistan, has become",
            "\"peace in AFGHANISTAN has become",
        );
        assert!(a.iter().chain(&b).all(|(_, c)| *c == Same), "{a:?} {b:?}");
        // A word made only of punctuation is compared as it is.
        let (a, b) = pair("x – y", "x — y");
        assert_eq!(a, vec![("x – y", Same)]);
        assert_eq!(b, vec![("x — y", Same)]);
        let (a, _) = pair("x – y", "x ; y");
        assert_eq!(a[1], ("–", Changed));
    }

    #[test]
    fn hyphenated_names_are_one_word() {
        let (a, b) = pair(
            "Jaish-e-Mohammad, Jamat-ul-Ahrar, and others",
            "Jaish-e-Mohammad, Jamiat-ul-Hirar, and others",
        );
        assert_eq!(a[1], ("Jamat-ul-Ahrar,", Changed));
        assert_eq!(b[1], ("Jamiat-ul-Hirar,", Changed));
        // A hyphen is part of the word: "anti-Pakistan" is not "anti Pakistan".
        let (a, b) = pair(
            "the anti-Pakistan insurgency",
            "the anti Pakistan insurgency",
        );
        assert_eq!(a[1], ("anti-Pakistan", Changed));
        assert_eq!(b[1], ("anti Pakistan", Changed));
    }

    #[test]
    fn unicode_text_and_odd_spaces() {
        let (a, b) = pair(
            "  Ünïcode\u{a0}wörds — 日本語 テキスト\n",
            "Ünïcode wörds 日本語 ТЕКСТ",
        );
        assert_eq!(a[0], ("  Ünïcode\u{a0}wörds ", Same));
        assert_eq!(a[1], ("—", Only));
        assert_eq!(a[3], ("テキスト", Changed));
        assert_eq!(b[b.len() - 1], ("ТЕКСТ", Changed));
        // Greek and Cyrillic capitals fold.
        let (a, _) = pair("ΑΘΗΝΑ Москва", "αθηνα москва");
        assert_eq!(a, vec![("ΑΘΗΝΑ Москва", Same)]);
    }

    #[test]
    fn empty_input() {
        assert_eq!(pair("", ""), (vec![], vec![]));
        assert_eq!(pair("", "two words"), (vec![], vec![("two words", Only)]));
        assert_eq!(pair("  ", "a"), (vec![("  ", Same)], vec![("a", Only)]));
    }

    #[test]
    fn long_input_is_bounded_in_time() {
        let words = |salt: usize| -> String {
            (0..20_000)
                .map(|i| format!("w{} ", (i * 7919 + salt) % 10_007))
                .collect()
        };
        let started = std::time::Instant::now();
        // Unlike throughout: more edits than MAX_EDITS, so the middle is one change.
        let (a, b) = (words(0), words(3));
        let (pa, pb) = align(&a, &b);
        assert_eq!(joined(&a, &pa), a);
        assert_eq!(joined(&b, &pb), b);
        // The same long text with a word swapped in the middle and one at each end.
        let mut c = words(0);
        c.replace_range(100_000..100_004, "ZZZZ");
        let (pa, pc) = align(&a, &c);
        assert_eq!(joined(&c, &pc), c);
        assert_eq!(pa.iter().filter(|p| p.change != Same).count(), 1);
        assert!(
            started.elapsed().as_secs() < 20,
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn passages_of_two_sources_align_as_one_text_each() {
        let parts = align_sources(
            &["kakar", "kakar", "bakhsh"],
            &[
                "Thus, in the framework",
                "of the results",
                "Thus, in the context of the findings",
            ],
        )
        .unwrap_or_default();
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0][1].change, Changed);
        assert_eq!(parts[1][0].change, Same);
        assert_eq!(parts[2].iter().filter(|p| p.change != Same).count(), 2);
        assert!(align_sources(&["a", "a"], &["x", "y"]).is_none());
        assert!(align_sources(&["a", "b", "c"], &["x", "y", "z"]).is_none());
        assert!(align_sources(&[], &[]).is_none());
        assert_eq!(
            align_sources(&["b", "a", "b"], &["x y", "x", "y"]).map(|p| p.len()),
            Some(3)
        );
    }

    /// The real shared wording: every record of two sources aligns, and its parts give
    /// each passage back.
    #[test]
    fn every_shared_wording_record_aligns() {
        let c = crate::test_corpus();
        for r in &c.reuse {
            let sources: Vec<&str> = r.passages.iter().map(|p| &*p.source).collect();
            let texts: Vec<String> = r
                .passages
                .iter()
                .map(|p| crate::normalize::strip_markup(&p.quote))
                .collect();
            let texts: Vec<&str> = texts.iter().map(|t| &**t).collect();
            let parts = align_sources(&sources, &texts)
                .unwrap_or_else(|| panic!("{}: not two sources", r.id));
            for (t, p) in texts.iter().zip(&parts) {
                assert_eq!(joined(t, p), *t, "{}", r.id);
            }
        }
    }
}
