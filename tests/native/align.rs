//! The word aligner on generated passages (proptest, a fixed seed; `PROPTEST_SEED=n`
//! tries others): the parts of each side give its passage back exactly, for any text;
//! and on plain words the words both sides keep are the same words in the same order,
//! as many as a longest common subsequence has (checked against a textbook O(n·m)
//! table).
#![cfg(not(target_arch = "wasm32"))]

use policy_options_explainer::model::align::{align, align_sources, Change, Part};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn config(cases: u32) -> Config {
    super::common::config(cases, 0x5eed_0011)
}

fn joined(text: &str, parts: &[Part]) -> String {
    parts.iter().map(|p| &text[p.start..p.end]).collect()
}

/// The words in the parts of `text` that are [`Change::Same`].
fn kept<'a>(text: &'a str, parts: &[Part]) -> Vec<&'a str> {
    parts
        .iter()
        .filter(|p| p.change == Change::Same)
        .flat_map(|p| text[p.start..p.end].split_whitespace())
        .collect()
}

/// The length of a longest common subsequence of `a` and `b`.
fn lcs(a: &[&str], b: &[&str]) -> usize {
    let mut row = vec![0; b.len() + 1];
    for x in a {
        let mut diag = 0;
        for (j, y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
            diag = up;
        }
    }
    row[b.len()]
}

/// Text of any characters, spaces of several kinds among them.
fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            any::<char>().prop_map(String::from),
            Just(" ".to_string()),
            Just("\n\u{a0}\t".to_string()),
            Just("Pakistan’s".to_string()),
            Just("—".to_string()),
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

/// Plain lowercase words from a small vocabulary (so many match), single-spaced.
fn plain_words() -> impl Strategy<Value = Vec<&'static str>> {
    let vocab = [
        "the", "ttp", "taliban", "border", "fence", "talks", "peace", "of", "a",
    ];
    prop::collection::vec(prop::sample::select(vocab.to_vec()), 0..60)
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn parts_give_each_passage_back(a in any_text(), b in any_text()) {
        let (pa, pb) = align(&a, &b);
        prop_assert_eq!(joined(&a, &pa), a);
        prop_assert_eq!(joined(&b, &pb), b);
    }

    #[test]
    fn kept_words_are_a_longest_common_subsequence(a in plain_words(), b in plain_words()) {
        let (ta, tb) = (a.join(" "), b.join(" "));
        let (pa, pb) = align(&ta, &tb);
        let (ka, kb) = (kept(&ta, &pa), kept(&tb, &pb));
        prop_assert_eq!(&ka, &kb);
        prop_assert_eq!(ka.len(), lcs(&a, &b));
        // A part that is not Same holds words, never only spaces.
        for p in pa.iter().filter(|p| p.change != Change::Same) {
            prop_assert!(!ta[p.start..p.end].trim().is_empty());
        }
    }

    #[test]
    fn several_passages_per_side_each_come_back(
        texts in prop::collection::vec(any_text(), 1..5),
        sides in prop::collection::vec(any::<bool>(), 5),
    ) {
        let sources: Vec<&str> = texts.iter().zip(&sides).map(|(_, s)| if *s { "x" } else { "y" }).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        match align_sources(&sources, &refs) {
            Some(parts) => {
                prop_assert_eq!(parts.len(), texts.len());
                for (t, p) in texts.iter().zip(&parts) {
                    prop_assert_eq!(&joined(t, p), t);
                }
            }
            None => prop_assert!(sources.iter().all(|s| *s == sources[0])),
        }
    }
}

// Issue 26: every passage compared with the first; words present in both never marked.

use policy_options_explainer::model::align::against_first;

/// The words of `text` in parts marked as only in it.
fn marked<'a>(text: &'a str, parts: &[Part]) -> Vec<&'a str> {
    parts
        .iter()
        .filter(|p| p.change != Change::Same)
        .flat_map(|p| text[p.start..p.end].split_whitespace())
        .collect()
}

/// The Durrani entry: Kakar's epigraph, Kakar's body and Akbar quote the same words.
/// Pooled by source, the epigraph was marked whole; compared with the first passage,
/// no word any two passages share is marked, and the epigraph's words are all in the
/// other passages.
#[test]
fn the_durrani_entry_marks_no_shared_word() {
    use policy_options_explainer::model::normalize::strip_markup;
    use policy_options_explainer::shown::corpus;
    let r = corpus()
        .reuse
        .iter()
        .find(|r| r.id == "durrani-peace-nightmare")
        .expect("the Durrani entry");
    let texts: Vec<String> = r.passages.iter().map(|p| strip_markup(&p.quote)).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let parts = against_first(&refs);
    assert_eq!(parts.len(), 3);
    for (t, p) in texts.iter().zip(&parts) {
        assert_eq!(&joined(t, p), t);
    }
    // The epigraph (first) keeps every word: each is in another passage.
    assert!(
        marked(&texts[0], &parts[0]).is_empty(),
        "{:?}",
        marked(&texts[0], &parts[0])
    );
    // Later passages mark only words the epigraph lacks.
    let words0: Vec<String> = texts[0]
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c.is_ascii_punctuation() || "“”‘’".contains(c))
                .to_lowercase()
        })
        .collect();
    for i in 1..3 {
        for w in marked(&texts[i], &parts[i]) {
            let k = w
                .trim_matches(|c: char| c.is_ascii_punctuation() || "“”‘’".contains(c))
                .to_lowercase();
            assert!(
                !words0.contains(&k),
                "passage {i} marks {w:?}, which the first has"
            );
        }
    }
}

proptest! {
    #![proptest_config(config(400))]

    /// On generated passages (two to four), a word the compared passages both have is
    /// never marked: a later passage against the first, the first against all others.
    #[test]
    fn words_present_in_both_are_never_marked(
        texts in prop::collection::vec(plain_words(), 1..5)
    ) {
        let texts: Vec<String> = texts.iter().map(|w| w.join(" ")).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let parts = against_first(&refs);
        prop_assert_eq!(parts.len(), texts.len());
        let words = |t: &str| t.split_whitespace().map(String::from).collect::<Vec<_>>();
        for (i, (t, p)) in texts.iter().zip(&parts).enumerate() {
            prop_assert_eq!(&joined(t, p), t);
            let others: Vec<String> = if i == 0 {
                texts[1..].iter().flat_map(|o| words(o)).collect()
            } else {
                words(&texts[0])
            };
            for w in marked(t, p) {
                prop_assert!(!others.iter().any(|o| o == w), "{} marked in passage {}", w, i);
            }
            // And every word the others lack is marked.
            let kept: Vec<&str> = kept(t, p);
            for w in kept {
                prop_assert!(texts.len() == 1 || others.iter().any(|o| o == w), "{} kept in passage {}", w, i);
            }
        }
    }
}
