//! Search: terms from what a student types, matching that ignores case and hyphens,
//! finds other forms of a word ("fence" finds "fencing") and the glossary's other
//! names for a term ("TTP" finds "Tehrik-e-Taliban Pakistan"), and highlighting what
//! matched. A phrase in double quotes matches only as typed (case and hyphens aside).
//! The corpus's sets of related words (`related.json`) make one term of words that
//! mean the same ("talks" finds "negotiations" and "dialogue"); nothing else is guessed.

use super::stem::stem;
use crate::schema::{GlossaryTerm, Related};
use crate::sort_dedup;

/// Splits a search into terms: whitespace-separated words, or "quoted phrases".
/// Terms made only of hyphens are dropped (hyphens are ignored in matching).
#[cfg(test)]
pub fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, chunk) in text.split('"').enumerate() {
        if i % 2 == 1 {
            let t = chunk.split_whitespace().collect::<Vec<_>>().join(" ");
            if !t.is_empty() {
                out.push(t);
            }
        } else {
            out.extend(chunk.split_whitespace().map(String::from));
        }
    }
    out.retain(|t| t.chars().any(|c| c != '-'));
    sort_dedup(&mut out);
    out
}

/// Lowercases one character for matching. It covers the letters of the scripts the
/// sources and a student's search can use here: ASCII, Latin-1, Latin Extended-A,
/// Greek and Cyrillic (one-to-one mappings; any other character matches only itself).
/// Every mapping keeps the UTF-8 length, so offsets into a folded string are offsets
/// into the original. (Rust's full `to_lowercase` would add its Unicode tables, about
/// 5 KB of gzip, to the bundle for no difference on this corpus.)
pub fn fold(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `s` as it is matched: [`fold`]ed and without hyphens, so that "counterterrorism",
/// "counter-terrorism" and "Counter-Terrorism", or "ceasefire" and "cease-fire", find
/// one another (the sources spell them all these ways). With `offsets`, also where
/// each byte of the result comes from in `s`, and `s.len()` at the end.
fn skeleton(s: &str, offsets: Option<&mut Vec<usize>>) -> String {
    let mut out = String::with_capacity(s.len());
    let mut sink = Vec::new();
    let at = offsets.unwrap_or(&mut sink);
    for (i, c) in s.char_indices() {
        if c == '-' {
            continue;
        }
        let f = fold(c);
        at.extend(i..i + f.len_utf8());
        out.push(f);
    }
    at.push(s.len());
    out
}

/// Case-insensitive substring test that ignores hyphens (see [`skeleton`]).
pub fn contains_ci(hay: &str, needle: &str) -> bool {
    let n = skeleton(needle, None);
    !n.is_empty() && contains_skeleton(hay, &n, false)
}

/// Whether the text before byte `at` of `hay` ends a word: `at` starts one when the
/// character there is a word character ([`is_word_char`]; a hyphen is not one, so each
/// part of "cross-border" starts a word).
fn starts_word(hay: &str, at: usize) -> bool {
    !hay[..at].chars().next_back().is_some_and(is_word_char)
}

/// Whether `skel` (a [`skeleton`], not empty) occurs in the skeleton of `hay`; with
/// `word_start`, only where a word starts (when `skel` starts with a word character:
/// "fence" is not found in "defence", issue 26). For an ASCII `skel` it compares in
/// place, skipping hyphens, with no copy of `hay`: a search runs this on every text of
/// every argument at each keystroke, and building each skeleton made it the slowest
/// step (issue 14's benchmark). Bytes of non-ASCII characters never equal an ASCII
/// byte, and [`fold`] maps no such character to ASCII, so the result is the same.
fn contains_skeleton(hay: &str, skel: &str, word_start: bool) -> bool {
    let bounded = word_start && skel.chars().next().is_some_and(is_word_char);
    if !skel.is_ascii() {
        let mut at = Vec::new();
        let lower = skeleton(hay, Some(&mut at));
        // Every occurrence, overlapping ones too: the first may be inside a word.
        let step = skel.chars().next().map_or(1, char::len_utf8);
        let mut from = 0;
        while let Some(i) = lower[from..].find(skel) {
            if !bounded || starts_word(hay, at[from + i]) {
                return true;
            }
            from += i + step;
        }
        return false;
    }
    let (h, n) = (hay.as_bytes(), skel.as_bytes());
    let first = n[0];
    (0..h.len()).any(|start| {
        if h[start].to_ascii_lowercase() != first || (bounded && !starts_word(hay, start)) {
            return false;
        }
        let mut rest = n[1..].iter();
        let mut want = rest.next();
        for &b in &h[start + 1..] {
            let Some(&w) = want else { break };
            if b == b'-' {
                continue;
            }
            if b.to_ascii_lowercase() != w {
                return false;
            }
            want = rest.next();
        }
        want.is_none()
    })
}

/// One thing a search looks for: a word, a "phrase in quotes", or a name from the
/// glossary, with the forms that count as a match.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Term {
    /// As the student typed it.
    pub text: String,
    /// What is looked for: the text and, for a glossary name, its other names.
    forms: Vec<Form>,
}

/// One form of a [`Term`]: found as a substring (case and hyphens aside) and, when it
/// has a stem, as any word with the same stem.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Form {
    needle: String,
    /// The needle's [`skeleton`], as it is looked for.
    skel: String,
    stem: Option<String>,
    /// Found only where a word starts (every search term; not [`highlight`]'s strings).
    bounded: bool,
}

impl Form {
    /// `needle`, and its stem when `words` allows and it is one word of at least three
    /// letters whose stem keeps three ("use" stems to "us", which would find "US").
    fn new(needle: &str, words: bool) -> Form {
        let skel = skeleton(needle, None);
        let stem = (words && skel.len() >= 3 && skel.bytes().all(|b| b.is_ascii_lowercase()))
            .then(|| stem(&skel))
            .filter(|s| s.len() >= 3);
        Form {
            needle: needle.to_string(),
            skel,
            stem,
            bounded: true,
        }
    }
}

impl Term {
    /// A term found only as typed (case and hyphens aside): a phrase in quotes.
    pub fn exact(text: &str) -> Term {
        Term {
            text: text.to_string(),
            forms: vec![Form::new(text, false)],
        }
    }

    /// A word or name typed outside quotes: also found in its other forms, by the
    /// other names the glossary gives it, and by the words of its set of related words.
    fn word(text: &str, names: Option<&GlossaryTerm>, related: Option<&Related>) -> Term {
        let mut forms = vec![Form::new(text, true)];
        if let Some(g) = names {
            // A heading such as "Army Public School attack (2014)" is no name to find.
            let heading = (!g.term.contains('(')).then_some(&g.term);
            forms.extend(
                heading
                    .into_iter()
                    .chain(&g.aliases)
                    .map(|n| Form::new(n, true)),
            );
        }
        if let Some(r) = related {
            forms.extend(r.words.iter().map(|n| Form::new(n, true)));
        }
        sort_dedup(&mut forms);
        Term {
            text: text.to_string(),
            forms,
        }
    }

    /// The other names and related words of this term found in `text` (not the
    /// typed word or its forms), once each whatever their case: what a result says it
    /// matched besides what was typed ("also: negotiation, dialogue").
    pub fn also_in(&self, text: &str) -> Vec<&str> {
        let typed = stem_key(&self.text);
        let mut out: Vec<&str> = Vec::new();
        for f in &self.forms {
            if stem_key(&f.needle) == typed || out.iter().any(|o| skeleton(o, None) == f.skel) {
                continue;
            }
            if f.found_in(text) {
                out.push(&f.needle);
            }
        }
        out
    }

    /// Whether `text` contains this term in any of its forms.
    pub fn found_in(&self, text: &str) -> bool {
        self.forms.iter().any(|f| f.found_in(text))
    }

    /// Each form as it is looked for: its [`skeleton`], its stem if it has one, and
    /// whether it is found only where a word starts.
    pub(crate) fn forms(&self) -> impl Iterator<Item = (&str, Option<&str>, bool)> {
        (self.forms.iter()).map(|f| (f.skel.as_str(), f.stem.as_deref(), f.bounded))
    }
}

impl Form {
    fn found_in(&self, text: &str) -> bool {
        (!self.skel.is_empty() && contains_skeleton(text, &self.skel, self.bounded))
            || self
                .stem
                .as_deref()
                .is_some_and(|s| has_word_with_stem(text, s))
    }
}

impl PartialEq<&str> for Term {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

/// The glossary entry that `name` is the heading or another name of (case and hyphens
/// aside), if any.
fn glossary_entry<'g>(name: &str, glossary: &'g [GlossaryTerm]) -> Option<&'g GlossaryTerm> {
    let key = skeleton(name, None);
    glossary.iter().find(|g| {
        skeleton(&g.term, None) == key || g.aliases.iter().any(|a| skeleton(a, None) == key)
    })
}

/// The set of related words `name` is one of, word for word by stem ("negotiations"
/// is in the set that lists "negotiation"; "drone strikes" in the one with "drone
/// strike"), if any.
fn related_set<'r>(name: &str, related: &'r [Related]) -> Option<&'r Related> {
    let key = stem_key(name);
    related
        .iter()
        .find(|r| r.words.iter().any(|w| stem_key(w) == key))
}

/// `name` as [`related_set`] compares it: its [`skeleton`]'s words, each stemmed as a
/// [`Form`] stems it.
fn stem_key(name: &str) -> String {
    let skel = skeleton(name, None);
    let words: Vec<String> = skel
        .split_whitespace()
        .map(|w| Form::new(w, true).stem.unwrap_or_else(|| w.to_string()))
        .collect();
    words.join(" ")
}

/// The longest glossary name in an alias list can run to six words.
const LONGEST_NAME: usize = 6;

/// The most terms a search uses: a student types a few words; an address can carry
/// tens of thousands (issue 29: 33,333 froze the tab for 28 s). The words past these
/// are ignored, and the filter bar says so.
pub const MAX_TERMS: usize = 32;

/// Splits a search into [`Term`]s: "quoted phrases" exact, and the words outside quotes,
/// where a run of words that is a glossary name (such as Tehrik-e-Taliban Pakistan)
/// makes one term with the glossary's other names for it. At most [`MAX_TERMS`].
pub fn parse(text: &str, glossary: &[GlossaryTerm]) -> Vec<Term> {
    parse_bounded(text, glossary, &[]).0
}

/// [`parse`], and whether words past [`MAX_TERMS`] were left out.
pub fn parse_bounded(
    text: &str,
    glossary: &[GlossaryTerm],
    related: &[Related],
) -> (Vec<Term>, bool) {
    let mut out = Vec::new();
    for (i, chunk) in text.split('"').enumerate() {
        if i % 2 == 1 {
            let phrase = chunk.split_whitespace().collect::<Vec<_>>().join(" ");
            if phrase.chars().any(|c| c != '-') {
                if out.len() == MAX_TERMS {
                    return (finish(out), true);
                }
                out.push(Term::exact(&phrase));
            }
            continue;
        }
        let words: Vec<&str> = chunk
            .split_whitespace()
            .filter(|w| w.chars().any(|c| c != '-'))
            .collect();
        let mut at = 0;
        while at < words.len() {
            if out.len() == MAX_TERMS {
                return (finish(out), true);
            }
            let longest = LONGEST_NAME.min(words.len() - at);
            let (n, entry, set) = (1..=longest)
                .rev()
                .find_map(|n| {
                    let name = words[at..at + n].join(" ");
                    let (g, r) = (glossary_entry(&name, glossary), related_set(&name, related));
                    (g.is_some() || r.is_some()).then_some((n, g, r))
                })
                .unwrap_or((1, None, None));
            out.push(Term::word(&words[at..at + n].join(" "), entry, set));
            at += n;
        }
    }
    (finish(out), false)
}

fn finish(mut terms: Vec<Term>) -> Vec<Term> {
    sort_dedup(&mut terms);
    terms
}

/// The `[start, end)` byte ranges of the words of `text`: runs of letters and digits
/// (ASCII, or any character from U+00C0 outside General Punctuation, so "Pakistan’s"
/// is "Pakistan" and "s", and "über" one word).
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let is_word = |c: char| {
        c.is_ascii_alphanumeric() || (c >= '\u{C0}' && !('\u{2000}'..='\u{206F}').contains(&c))
    };
    let mut start = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(i, c)| match (is_word(c), start) {
            (true, None) => {
                start = Some(i);
                None
            }
            (false, Some(s)) => {
                start = None;
                Some((s, i))
            }
            _ => None,
        })
}

/// Whether `word` (as it stands in a text) has the stem `s`. Only lowercase or
/// capitalised ASCII words are stemmed: "ISI" is a name, not a form of "isis".
fn same_stem(word: &str, s: &str) -> bool {
    let b = word.as_bytes();
    let acronym = b.len() > 1 && b[1].is_ascii_uppercase();
    stem_fits(word, s) && !acronym && b.iter().all(u8::is_ascii_alphabetic) && &*stem_of(word) == s
}

/// The cheap tests [`same_stem`] makes before stemming: Porter's steps never change a
/// word's first letter and rewrite only its ending (see [`STEM_REWRITE`]).
pub(crate) fn stem_fits(word: &str, s: &str) -> bool {
    let b = word.as_bytes();
    let same_first = matches!((b.first(), s.as_bytes().first()), (Some(x), Some(y)) if x.eq_ignore_ascii_case(y));
    let keep = s.len().saturating_sub(STEM_REWRITE);
    let same_start = b.len() >= keep && b[..keep].eq_ignore_ascii_case(&s.as_bytes()[..keep]);
    same_first && same_start && word.len() + 1 >= s.len()
}

/// How many letters at the end of a stem Porter's steps may have rewritten: a word with
/// stem `s` starts with all of `s` but these (over every word of the shipped texts and
/// the paper's examples no stem differs from its word in more than its last letter; a
/// test checks it).
const STEM_REWRITE: usize = 3;

/// Whether a word of `text` has the stem `s`, as [`words`] and [`same_stem`] say. Only
/// the words that start with all of `s` but its last [`STEM_REWRITE`] letters are
/// stemmed, found by scanning the bytes. Word forms were two thirds of a keystroke's
/// search on the 50× corpus (p95 58 ms, 23 ms without them); this scan and stemming
/// without a copy of each word brought it to 45 ms.
fn has_word_with_stem(text: &str, s: &str) -> bool {
    let keep = s.len().saturating_sub(STEM_REWRITE).max(1);
    let Some(prefix) = s.as_bytes().get(..keep) else {
        return false;
    };
    let is_word = |c: char| {
        c.is_ascii_alphanumeric() || (c >= '\u{C0}' && !('\u{2000}'..='\u{206F}').contains(&c))
    };
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(keep - 1)).any(|at| {
        if !bytes[at..at + keep].eq_ignore_ascii_case(prefix) {
            return false;
        }
        // At a word's start (`at` is a char boundary: the prefix is ASCII).
        if text[..at].chars().next_back().is_some_and(is_word) {
            return false;
        }
        let end = text[at..]
            .char_indices()
            .find(|&(_, c)| !is_word(c))
            .map_or(text.len(), |(i, _)| at + i);
        same_stem(&text[at..end], s)
    })
}

/// The stem of an ASCII `word`, remembered: a search stems every word of every text
/// that starts like its terms at each keystroke, and the texts repeat their words (the
/// stemmer's allocations were most of a keystroke's time in issue 14's benchmark).
/// The memo is the `HashMap<String, usize>` the corpus's index links (a number into the
/// stems beside it): a `HashMap<Box<str>, Rc<str>>` linked its own copy of the table's
/// code.
fn stem_of(word: &str) -> std::rc::Rc<str> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::rc::Rc;
    type Memo = (HashMap<String, usize>, Vec<Rc<str>>);
    thread_local! {
        static STEMS: RefCell<Memo> = RefCell::new(Default::default());
    }
    STEMS.with_borrow_mut(|(memo, stems)| {
        // Most words are lowercase already: looked up as they are, without a copy.
        let lower: std::borrow::Cow<str> = if word.bytes().any(|b| b.is_ascii_uppercase()) {
            word.to_ascii_lowercase().into()
        } else {
            word.into()
        };
        if let Some(&i) = memo.get(&*lower) {
            return stems[i].clone();
        }
        // Bounded: a student's own texts could hold many distinct words.
        if memo.len() >= 50_000 {
            memo.clear();
            stems.clear();
        }
        let s: Rc<str> = stem(&lower).into();
        memo.insert(lower.into_owned(), stems.len());
        stems.push(s.clone());
        s
    })
}

/// Whether `c` is part of a word, as [`words`] reads words.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (c >= '\u{C0}' && !('\u{2000}'..='\u{206F}').contains(&c))
}

/// A piece of text, highlighted or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub hit: bool,
}

/// Every `[start, end)` byte range of `text` matching a term, merged where they overlap.
fn hit_ranges(text: &str, terms: &[Term]) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // Search the skeleton, and map each hit back to the text.
    let mut at = Vec::with_capacity(text.len() + 1);
    let lower = skeleton(text, Some(&mut at));
    let mut add = |hit: (usize, usize)| {
        let k = found.partition_point(|&r| r <= hit);
        found.insert(k, hit);
    };
    for f in terms.iter().flat_map(|t| &t.forms) {
        let t = &f.skel;
        if t.is_empty() {
            continue;
        }
        let bounded = f.bounded && t.chars().next().is_some_and(is_word_char);
        let mut from = 0;
        while let Some(i) = lower[from..].find(t.as_str()) {
            let start = from + i;
            let end = start + t.len();
            // The hit runs from its first byte to just after its last (a hyphen
            // inside a hit is part of it), and starts a word as `Form::found_in` reads it.
            if !bounded || starts_word(text, at[start]) {
                add((at[start], at[end - 1] + 1));
            }
            from = start + t.chars().next().map_or(1, char::len_utf8);
        }
        if let Some(s) = &f.stem {
            words(text)
                .filter(|&(a, b)| same_stem(&text[a..b], s))
                .for_each(&mut add);
        }
    }
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in found {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// Splits `text` into plain and highlighted segments for every case-insensitive
/// occurrence of any of `terms`, each taken as typed (see [`highlight_terms`] for
/// word forms and other names). The pieces concatenate back to `text`.
pub fn highlight<'a>(text: &'a str, terms: &[String]) -> Vec<Segment<'a>> {
    let mut terms: Vec<Term> = terms.iter().map(|t| Term::exact(t)).collect();
    // Anywhere, inside words too, as the strings are given.
    terms
        .iter_mut()
        .for_each(|t| t.forms.iter_mut().for_each(|f| f.bounded = false));
    highlight_terms(text, &terms)
}

/// Splits `text` into plain and highlighted segments for every form of every term
/// found in it. The pieces concatenate back to `text`.
pub fn highlight_terms<'a>(text: &'a str, terms: &[Term]) -> Vec<Segment<'a>> {
    let ranges = if terms.is_empty() {
        Vec::new()
    } else {
        hit_ranges(text, terms)
    };
    let mut out = Vec::new();
    let mut pos = 0;
    for (s, e) in ranges {
        if s > pos {
            out.push(Segment {
                text: &text[pos..s],
                hit: false,
            });
        }
        out.push(Segment {
            text: &text[s..e],
            hit: true,
        });
        pos = e;
    }
    if pos < text.len() || out.is_empty() {
        out.push(Segment {
            text: &text[pos..],
            hit: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_and_phrases() {
        assert_eq!(
            terms(r#" border  "safe haven" TTP "#),
            vec!["TTP", "border", "safe haven"]
        );
        assert!(terms("  ").is_empty());
    }

    #[test]
    fn highlight_segments() {
        let segs = highlight("The TTP and the ttp.", &["ttp".to_string()]);
        let hits: Vec<&str> = segs.iter().filter(|s| s.hit).map(|s| s.text).collect();
        assert_eq!(hits, vec!["TTP", "ttp"]);
        assert_eq!(
            segs.iter().map(|s| s.text).collect::<String>(),
            "The TTP and the ttp."
        );
        let overlap = highlight("safe haven", &["safe".to_string(), "fe hav".to_string()]);
        assert_eq!(
            overlap,
            vec![
                Segment {
                    text: "safe hav",
                    hit: true
                },
                Segment {
                    text: "en",
                    hit: false
                }
            ]
        );
        assert_eq!(
            highlight("x", &[]),
            vec![Segment {
                text: "x",
                hit: false
            }]
        );
        assert_eq!(
            highlight("", &["a".into()]),
            vec![Segment {
                text: "",
                hit: false
            }]
        );
    }

    #[test]
    fn highlight_beyond_ascii() {
        let hits = |t: &str, q: &str| -> Vec<String> {
            highlight(t, &[q.to_string()])
                .into_iter()
                .filter(|s| s.hit)
                .map(|s| s.text.to_string())
                .collect()
        };
        assert_eq!(
            hits("Pakistan’s BORDER and border", "border"),
            vec!["BORDER", "border"]
        );
        assert_eq!(hits("Ünter über", "ÜBER"), vec!["über"]);
        assert_eq!(hits("ΑΘΗΝΑ и МОСКВА", "αθηνα"), vec!["ΑΘΗΝΑ"]);
        assert_eq!(hits("ΑΘΗΝΑ и МОСКВА", "москва"), vec!["МОСКВА"]);
        assert_eq!(hits("ŁÓDŹ, Łódź", "łódź"), vec!["ŁÓDŹ", "Łódź"]);
        // Characters outside the folded scripts match only themselves.
        assert_eq!(hits("İstanbul and istanbul", "istanbul"), vec!["istanbul"]);
        assert_eq!(hits("aaa", "aa"), vec!["aaa"]);
    }

    /// The in-place comparison agrees with searching a built skeleton (the reference)
    /// on every pair drawn from texts with hyphens, curly quotes, accents and case.
    #[test]
    fn contains_in_place_agrees_with_the_skeleton() {
        let texts = [
            "Pakistan’s cross-border counter-terrorism",
            "ÀB-c-d Łódź – ceasefire, cease-fire",
            "--a--",
            "",
            "TTP; Tehrik-e-Taliban Pakistan",
        ];
        let mut needles: Vec<String> = ["a", "-", "ss", "’s", "łódź", "ab", "fire,", "e-t"]
            .map(String::from)
            .to_vec();
        for t in texts {
            for (i, _) in t.char_indices() {
                for (j, _) in t[i..].char_indices().skip(1).take(6) {
                    needles.push(t[i..i + j].to_string());
                }
            }
        }
        for hay in texts {
            for n in &needles {
                let skel = skeleton(n, None);
                if skel.is_empty() {
                    continue;
                }
                let reference = skeleton(hay, None).contains(&skel);
                assert_eq!(
                    contains_skeleton(hay, &skel, false),
                    reference,
                    "{hay:?} {n:?}"
                );
            }
        }
    }

    #[test]
    fn folds_keep_byte_offsets() {
        for c in (0..0x500u32).filter_map(char::from_u32) {
            assert_eq!(fold(c).len_utf8(), c.len_utf8(), "{c:?}");
            let l: Vec<char> = c.to_lowercase().collect();
            // Where the fold maps, it agrees with Unicode's lowercase.
            if fold(c) != c {
                assert_eq!(l, [fold(c)], "{c:?}");
            }
            // And it maps every letter of the scripts it covers that has a simple lowercase.
            let covered = matches!(c as u32, 0..=0x17F | 0x391..=0x3AB | 0x400..=0x42F);
            if covered && l.len() == 1 && l[0] != c {
                assert_eq!(fold(c), l[0], "{c:?}");
            }
        }
    }

    #[test]
    fn hyphens_are_ignored_in_matching() {
        let hits = |t: &str, q: &str| -> Vec<String> {
            highlight(t, &terms(q))
                .into_iter()
                .filter(|s| s.hit)
                .map(|s| s.text.to_string())
                .collect()
        };
        let text = "Counter-Terrorism, counterterrorism and a cease-fire; a ceasefire.";
        assert_eq!(
            hits(text, "counterterrorism"),
            vec!["Counter-Terrorism", "counterterrorism"]
        );
        assert_eq!(hits(text, "counter-terrorism").len(), 2);
        assert_eq!(hits(text, "CEASEFIRE"), vec!["cease-fire", "ceasefire"]);
        assert_eq!(hits(text, "fire;"), vec!["fire;"]);
        assert_eq!(hits("Ünter-über", "unterüber"), Vec::<String>::new());
        assert_eq!(hits("Ünter-über", "ÜNTERÜBER"), vec!["Ünter-über"]);
        assert!(contains_ci(text, "cease-fire"));
        assert!(contains_ci(text, "ceasefire"));
        assert!(contains_ci("cross-border", "crossborder"));
        assert!(!contains_ci("cross border", "crossborder"));
        // A term of hyphens alone is no term.
        assert!(terms("war - peace").iter().all(|t| t != "-"));
        assert!(!contains_ci("a-b", "-"));
    }

    #[test]
    fn case_insensitive_unicode() {
        assert!(contains_ci("Pakistan’s Border", "pakistan’s border"));
        assert!(!contains_ci("abc", ""));
        assert!(!contains_ci("ab", "abc"));
    }

    fn glossary() -> Vec<GlossaryTerm> {
        vec![GlossaryTerm {
            term: "TTP".into(),
            aliases: vec!["TTP".into(), "Tehrik-e-Taliban Pakistan".into()],
            definition: String::new(),
        }]
    }

    fn marked(text: &str, q: &str) -> Vec<String> {
        highlight_terms(text, &parse(q, &glossary()))
            .into_iter()
            .filter(|s| s.hit)
            .map(|s| s.text.to_string())
            .collect()
    }

    #[test]
    fn word_forms_match_and_each_is_marked() {
        let text = "A fence, fenced posts and fencing; the Fences.";
        for q in ["fence", "fenced", "fencing", "FENCES"] {
            assert_eq!(
                marked(text, q),
                ["fence", "fenced", "fencing", "Fences"],
                "{q}"
            );
        }
        let text = "negotiate, negotiated, a negotiation, negotiations";
        assert_eq!(marked(text, "negotiations").len(), 4);
        assert_eq!(marked("refugee and refugees", "refugee").len(), 2);
        assert_eq!(marked("attack, attacked, attacks", "attacks").len(), 3);
        assert!(parse("fencing", &[])[0].found_in("the fence"));
        assert!(!parse("fencing", &[])[0].found_in("the defence"));
    }

    /// A term is found where a word starts (a hyphenated word's parts each start one),
    /// and marked only there; the strings `highlight` is given are found anywhere.
    #[test]
    fn terms_are_found_where_words_start() {
        let found = |q: &str, t: &str| parse(q, &[]).iter().all(|x| x.found_in(t));
        assert!(!found("fence", "a defence"));
        assert!(!found("\"fence\"", "a defence"));
        assert!(found("fence", "the Fence-line") && found("fence", "cross-fence"));
        assert!(found("terrorism", "counter-terrorism"));
        assert!(found("counterterr", "Counter-Terrorism"));
        assert!(!found("terr", "counterterrorism"));
        assert!(found("’s", "Pakistan’s") && found("negot", "negotiations"));
        assert!(!found("über", "Ünterüber") && found("über", "Ünter-über"));
        assert_eq!(
            marked("defence, fence and Fencing", "fence"),
            ["fence", "Fencing"]
        );
        assert_eq!(marked("Ünterüber über", "ÜBER"), ["über"]);
        assert_eq!(
            highlight("a defence", &["fence".to_string()])[1],
            Segment {
                text: "fence",
                hit: true
            }
        );
    }

    #[test]
    fn phrases_in_quotes_stay_exact() {
        assert_eq!(marked("fence and fencing", "\"fence\""), ["fence"]);
        assert!(!parse("\"fencing\"", &[])[0].found_in("a fence"));
        assert_eq!(
            marked("border fence, border fencing", "\"border fence\""),
            ["border fence"]
        );
    }

    #[test]
    fn glossary_names_find_one_another() {
        let text = "The TTP, or Tehrik-e-Taliban Pakistan.";
        assert_eq!(marked(text, "TTP"), ["TTP", "Tehrik-e-Taliban Pakistan"]);
        assert_eq!(
            marked(text, "tehrik-e-taliban pakistan"),
            ["TTP", "Tehrik-e-Taliban Pakistan"]
        );
        assert_eq!(
            parse("Tehrik-e-Taliban Pakistan fence", &glossary()),
            ["Tehrik-e-Taliban Pakistan", "fence"]
        );
        // In quotes, the name is only itself.
        assert_eq!(marked(text, "\"TTP\""), ["TTP"]);
    }

    #[test]
    fn acronyms_and_short_words_are_not_stemmed() {
        // "isis" stems to "isi"; the agency ISI is not a form of it.
        assert!(!parse("isis", &[])[0].found_in("the ISI said"));
        // "use" stems to "us", too short to match words by.
        assert!(!parse("use", &[])[0].found_in("the US and us"));
        assert!(parse("use", &[])[0].found_in("they used it"));
    }

    /// The byte scan finds exactly the words the tokeniser and `same_stem` find, for the
    /// stem of every word of the claims, over every text and quote.
    #[test]
    fn the_stem_scan_agrees_with_the_tokeniser() {
        let c = crate::test_corpus();
        let mut stems: Vec<String> = c
            .arguments
            .iter()
            .flat_map(|a| {
                words(&a.claim)
                    .map(|(x, y)| a.claim[x..y].to_ascii_lowercase())
                    .collect::<Vec<_>>()
            })
            .filter(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase()))
            .map(|w| crate::query::stem::stem(&w))
            .collect();
        stems.extend(["i", "us", "isi", "cease"].map(String::from));
        stems.sort();
        stems.dedup();
        // About 200 of them, spread over the alphabet (the slow side takes a while).
        let step = (stems.len() / 200).max(1);
        let stems: Vec<&String> = stems.iter().step_by(step).collect();
        let texts: Vec<&str> = c
            .sources
            .iter()
            .map(|s| s.text.as_str())
            .chain(
                c.arguments
                    .iter()
                    .flat_map(|a| a.evidence.iter().map(|e| e.quote.as_str())),
            )
            .chain([
                "ISIS isi Isis",
                "fencing-fenced",
                "é fence",
                "\u{2014}fences",
            ])
            .collect();
        for s in stems {
            for t in &texts {
                let slow = words(t).any(|(a, b)| same_stem(&t[a..b], s));
                assert_eq!(has_word_with_stem(t, s), slow, "stem {s:?}");
            }
        }
    }

    /// [`STEM_REWRITE`] holds for every word the shipped texts and claims use, and for
    /// the paper's examples of rewritten endings.
    #[test]
    fn a_stem_keeps_all_but_its_last_letters_of_the_word() {
        let c = crate::test_corpus();
        let texts = c.sources.iter().map(|s| s.text.as_str());
        let claims = c.arguments.iter().map(|a| a.claim.as_str());
        let examples = "relational conditional rational valenci hesitanci digitizer conformabli \
            radicalli differentli vileli analogousli vietnamization predication operator \
            feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti \
            triplicate formative formalize electriciti electrical hopeful goodness capability \
            happy sky agreed troubled filing sized hoping conflated generalization urgency";
        let mut checked = 0;
        for text in texts.chain(claims).chain([examples]) {
            for (a, b) in words(text) {
                let w = text[a..b].to_ascii_lowercase();
                if !w.bytes().all(|c| c.is_ascii_lowercase()) {
                    continue;
                }
                let st = crate::query::stem::stem(&w);
                let keep = st.len().saturating_sub(STEM_REWRITE);
                assert!(w.starts_with(&st[..keep]), "{w} → {st}");
                checked += 1;
            }
        }
        assert!(checked > 10_000, "{checked}");
    }
}
