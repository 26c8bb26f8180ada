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
