//! Bounded work on what a file or an address controls (issue 29, case 3 and the search
//! of case 7): a notebook file of 120,000 valid items is read up to the cap, linearly,
//! and says what it left out; importing past the cap adds up to it and says so; a
//! search of 33,333 terms uses the first [`MAX_TERMS`] and says so. The time limits are
//! generous (a debug build on a loaded 2-core machine); before the fix the same inputs
//! took minutes (quadratic duplicate checks, every term looked up in the glossary).
#![cfg(not(target_arch = "wasm32"))]

use policy_options_explainer::model::notebook::{decode, Item, Merged, Notebook, Ref, MAX_ITEMS};
use policy_options_explainer::model::search::{parse, MAX_TERMS};
use policy_options_explainer::model::{Filter, Span};
use policy_options_explainer::shown::corpus;
use std::time::{Duration, Instant};

/// `n` distinct passages of the corpus's texts that a notebook accepts: one or more
/// characters starting at a letter.
fn passages(n: usize) -> Vec<Item> {
    let mut out = Vec::with_capacity(n);
    for len in 1.. {
        for s in &corpus().sources {
            let starts = s.text.char_indices().filter(|(_, c)| c.is_alphanumeric());
            for (at, _) in starts {
                let Some((end, _)) = s.text[at..].char_indices().nth(len) else {
                    continue;
                };
                let span = Span {
                    start: at as u32,
                    end: (at + end) as u32,
                };
                out.push(Item::new(Ref::Quote(s.id.clone(), span), None));
                if out.len() == n {
                    return out;
                }
            }
        }
    }
    unreachable!()
}

fn file_of(items: Vec<Item>) -> String {
    Notebook {
        items,
        ..Notebook::default()
    }
    .encode()
}

#[test]
fn a_notebook_file_of_120000_items_is_read_up_to_the_cap_quickly() {
    let text = file_of(passages(120_000));
    assert!(text.len() < 5_000_000, "under the import's 5 MB limit");
    let t = Instant::now();
    let d = decode(&text, corpus()).unwrap();
    let took = t.elapsed();
    assert_eq!(d.notebook.items.len(), MAX_ITEMS);
    assert_eq!(d.problems.len(), 1, "{:?}", d.problems.first());
    assert!(
        d.problems[0].contains(&MAX_ITEMS.to_string()) && d.problems[0].contains("not read"),
        "{}",
        d.problems[0]
    );
    assert!(took < Duration::from_secs(10), "decoding took {took:?}");
}

#[test]
fn repeated_items_are_found_linearly() {
    // Every item twice: the second of each is a repeat, found with a set.
    let items = passages(MAX_ITEMS);
    let mut twice = items.clone();
    twice.extend(items);
    let t = Instant::now();
    let d = decode(&file_of(twice), corpus()).unwrap();
    assert_eq!((d.notebook.items.len(), d.repeated), (MAX_ITEMS, MAX_ITEMS));
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
}

#[test]
fn importing_past_the_cap_adds_up_to_it_and_counts_the_rest() {
    let all = passages(MAX_ITEMS + 10);
    let mut mine = Notebook {
        items: all[..MAX_ITEMS - 5].to_vec(),
        ..Notebook::default()
    };
    let theirs = Notebook {
        items: all[MAX_ITEMS - 10..].to_vec(),
        ..Notebook::default()
    };
    let t = Instant::now();
    let m = mine.merge(theirs);
    assert_eq!(
        m,
        Merged {
            added: 5,
            skipped: 5,
            over: 10
        }
    );
    assert_eq!(mine.items.len(), MAX_ITEMS);
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
}

#[test]
fn a_search_of_33333_terms_uses_the_first_few_and_says_so() {
    let words: Vec<String> = (0..33_333).map(|i| format!("w{i}")).collect();
    let text = words.join(" ");
    let t = Instant::now();
    let f = Filter {
        text: text.clone(),
        ..Filter::default()
    };
    let m = f.matcher_with(&corpus().glossary, &corpus().related);
    let n = corpus().arguments.iter().filter(|a| m.matches(a)).count();
    assert_eq!(n, 0);
    assert_eq!(m.terms().len(), MAX_TERMS);
    assert!(m.capped());
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    // At the cap nothing is left out; one past it, the search says so.
    let at = Filter {
        text: words[..MAX_TERMS].join(" "),
        ..Filter::default()
    };
    assert!(!at
        .matcher_with(&corpus().glossary, &corpus().related)
        .capped());
    assert_eq!(
        at.matcher_with(&corpus().glossary, &corpus().related)
            .terms()
            .len(),
        MAX_TERMS
    );
    let past = Filter {
        text: words[..=MAX_TERMS].join(" "),
        ..Filter::default()
    };
    assert!(past
        .matcher_with(&corpus().glossary, &corpus().related)
        .capped());
    // Phrases count as terms too.
    let phrases = (0..=MAX_TERMS)
        .map(|i| format!("\"p{i} q\""))
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(parse(&phrases, &[]).len(), MAX_TERMS);
}
