//! Native checks of the real corpus and of the checker's error reports.
#![cfg(not(target_arch = "wasm32"))]

use support::files::copy_dir;

use policy_options_explainer::model::load::{load_dir, sha256_hex, REQUIRED_OPTIONS};
use policy_options_explainer::model::{matrix, Reading, Span, Stance};
use policy_options_explainer::route::filter_from_query;
use policy_options_explainer::shown::corpus;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("static/corpus")
}

/// A scratch copy of the corpus that a test may damage.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("poe-corpus-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&corpus_dir(), &dir);
        Scratch(dir)
    }

    fn edit(&self, file: &str, f: impl FnOnce(String) -> String) {
        let path = self.0.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let changed = f(text.clone());
        assert_ne!(text, changed, "the edit to {file} changed nothing");
        std::fs::write(path, changed).unwrap();
    }

    fn problems(&self) -> Vec<String> {
        match load_dir(&self.0) {
            Ok(_) => Vec::new(),
            Err(e) => e.problems().iter().map(|p| p.to_string()).collect(),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn assert_problem(problems: &[String], needles: &[&str]) {
    assert!(
        problems
            .iter()
            .any(|p| needles.iter().all(|n| p.contains(n))),
        "expected a problem containing {needles:?}, got {problems:#?}"
    );
}

#[test]
fn the_corpus_on_disk_passes_every_check() {
    if let Err(e) = load_dir(&corpus_dir()) {
        panic!("{e}");
    }
}

#[test]
fn the_embedded_corpus_is_the_one_on_disk() {
    let mut disk = load_dir(&corpus_dir()).unwrap();
    // Embedded quotes are the exact slices of the text the recorded quotes were found at.
    let slice = |d: &policy_options_explainer::model::Corpus, source: &str, span: Span| -> String {
        d.source(source).unwrap().text[span.start as usize..span.end as usize].to_string()
    };
    let copy = disk.clone();
    for a in &mut disk.arguments {
        for e in &mut a.evidence {
            e.quote = slice(&copy, &a.source, e.span);
        }
    }
    let fix = |readings: &mut Vec<Reading>| {
        for r in readings {
            r.quote = slice(&copy, &r.source, r.span);
        }
    };
    disk.discrepancies
        .iter_mut()
        .for_each(|d| fix(&mut d.readings));
    disk.events.iter_mut().for_each(|e| fix(&mut e.mentions));
    disk.reuse.iter_mut().for_each(|r| fix(&mut r.passages));
    for r in &mut disk.recommendations {
        for p in &mut r.passages {
            p.quote = slice(&copy, &r.source, p.span);
        }
    }
    let c = corpus();
    // Record by record, so a failure names what differs.
    for (a, b) in disk.sources.iter().zip(c.sources.iter()) {
        assert!(a == b, "source {} differs", a.id);
    }
    for (a, b) in disk.arguments.iter().zip(c.arguments.iter()) {
        assert_eq!(a, b);
    }
    for (a, b) in disk.discrepancies.iter().zip(c.discrepancies.iter()) {
        assert_eq!(a, b);
    }
    for (a, b) in disk.events.iter().zip(c.events.iter()) {
        assert_eq!(a, b);
    }
    for (a, b) in disk.reuse.iter().zip(c.reuse.iter()) {
        assert_eq!(a, b);
    }
    for (a, b) in disk.recommendations.iter().zip(c.recommendations.iter()) {
        assert_eq!(a, b);
    }
    assert!(&disk == c, "options, positions or glossary differ");
}

#[test]
fn every_quote_is_found_where_the_corpus_says() {
    let c = corpus();
    let norm = policy_options_explainer::model::normalize::normalize;
    let check = |source: &str, quote: &str, start: u32, end: u32| {
        let text = &c.source(source).unwrap().text;
        assert!(start < end, "empty span for {quote:?}");
        assert_eq!(norm(&text[start as usize..end as usize]), norm(quote));
    };
    for a in c.arguments.iter() {
        for e in a.evidence.iter() {
            check(&a.source, &e.quote, e.span.start, e.span.end);
        }
    }
    for d in c.discrepancies.iter() {
        for r in d.readings.iter() {
            check(&r.source, &r.quote, r.span.start, r.span.end);
        }
    }
    for e in c.events.iter() {
        for m in e.mentions.iter() {
            check(&m.source, &m.quote, m.span.start, m.span.end);
        }
    }
    for r in c.reuse.iter() {
        for p in r.passages.iter() {
            check(&p.source, &p.quote, p.span.start, p.span.end);
        }
    }
}

#[test]
fn texts_are_byte_identical_to_the_supplied_documents() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    for s in corpus().sources.iter() {
        assert_eq!(sha256_hex(s.text.as_bytes()), s.sha256, "{}", s.id);
        // The supplied documents sit beside the repository in a checkout of the project.
        if let Ok(original) = std::fs::read(seeds.join(&*s.original)) {
            assert_eq!(
                original,
                s.text.as_bytes(),
                "{} differs from {}",
                s.file,
                s.original
            );
        }
    }
}

#[test]
fn coverage_of_the_named_options_and_of_each_source() {
    let c = corpus();
    for id in REQUIRED_OPTIONS {
        let sources: BTreeSet<&str> = c
            .arguments
            .iter()
            .filter(|a| a.option == id)
            .map(|a| &*a.source)
            .collect();
        assert!(
            sources.len() >= 3,
            "option {id} has arguments from only {sources:?}"
        );
    }
    for s in c.sources.iter() {
        let options: BTreeSet<&str> = c
            .arguments
            .iter()
            .filter(|a| a.source == s.id)
            .map(|a| &*a.option)
            .collect();
        assert!(
            options.len() >= 4,
            "source {} appears under only {options:?}",
            s.id
        );
    }
    // Every option × source pair with arguments has a position line.
    for a in c.arguments.iter() {
        assert!(
            c.position(&a.option, &a.source).is_some(),
            "no position for {} × {}",
            a.option,
            a.source
        );
    }
}

#[test]
fn sources_argue_both_ways_somewhere() {
    let c = corpus();
    for s in c.sources.iter() {
        let stances: BTreeSet<Stance> = c
            .arguments
            .iter()
            .filter(|a| a.source == s.id)
            .map(|a| a.stance)
            .collect();
        assert!(
            stances.contains(&Stance::For) && stances.contains(&Stance::Against),
            "{}: {stances:?}",
            s.id
        );
    }
}

#[test]
fn matrix_has_every_pair_in_fixed_order() {
    let c = corpus();
    let rows = matrix(c);
    assert_eq!(rows.len(), c.options.len());
    for (row, o) in rows.iter().zip(c.options.iter()) {
        assert_eq!(row.option.id, o.id);
        let ids: Vec<&str> = row.cells.iter().map(|cell| &*cell.source.id).collect();
        let expected: Vec<&str> = c.sources.iter().map(|s| &*s.id).collect();
        assert_eq!(ids, expected);
        for cell in &row.cells {
            assert_eq!(
                cell.position.is_some(),
                c.position(&o.id, &cell.source.id).is_some()
            );
        }
    }
    assert_eq!(&*rows[0].option.id, "diplomacy");
}

#[test]
fn filters_narrow_the_real_corpus() {
    let c = corpus();
    let all = c.arguments.len();
    let against = filter_from_query("stance=against");
    let against = against.matcher_with(&corpus().glossary, &corpus().related);
    let n = c.arguments.iter().filter(|a| against.matches(a)).count();
    assert!(n > 0 && n < all);
    assert!(c
        .arguments
        .iter()
        .filter(|a| against.matches(a))
        .all(|a| a.stance == Stance::Against));
    let fence = filter_from_query("q=fencing&source=ahsan-ali");
    let fence = fence.matcher_with(&corpus().glossary, &corpus().related);
    let hits: Vec<_> = c.arguments.iter().filter(|a| fence.matches(a)).collect();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|a| a.source == "ahsan-ali"));
    let nothing = filter_from_query("q=zzzz-no-such-word");
    let nothing = nothing.matcher_with(&corpus().glossary, &corpus().related);
    assert_eq!(c.arguments.iter().filter(|a| nothing.matches(a)).count(), 0);
}

#[test]
fn one_changed_character_in_a_quote_is_caught() {
    let s = Scratch::new("quote");
    let c = corpus();
    let a = &c.arguments[0];
    let quote = &a.evidence[0].quote;
    // Change one character in the middle of the first quote.
    let mid = quote
        .char_indices()
        .nth(quote.chars().count() / 2)
        .unwrap()
        .0;
    let ch = quote[mid..].chars().next().unwrap();
    let replacement = if ch == 'x' { 'y' } else { 'x' };
    let changed = format!(
        "{}{}{}",
        &quote[..mid],
        replacement,
        &quote[mid + ch.len_utf8()..]
    );
    s.edit("arguments.json", |t| {
        t.replacen(
            &serde_json::to_string(&**quote).unwrap(),
            &serde_json::to_string(&changed).unwrap(),
            1,
        )
    });
    assert_problem(
        &s.problems(),
        &[
            "static/corpus/arguments.json",
            &a.id,
            "not found in the text of source",
        ],
    );
}

#[test]
fn a_changed_source_text_fails_its_checksum() {
    let s = Scratch::new("sha");
    let file = corpus().sources[2].file.to_string();
    s.edit(&file, |t| t.replacen("Pakistan", "Pakistan ", 1));
    assert_problem(
        &s.problems(),
        &["sources.json", &corpus().sources[2].id, "sha256"],
    );
}

#[test]
fn bad_records_name_file_record_and_fault() {
    let s = Scratch::new("records");
    let c = corpus();
    let (first, second) = (&c.arguments[0].id, &c.arguments[1].id);
    s.edit("arguments.json", |t| {
        t.replacen(
            &format!("\"id\": \"{second}\""),
            &format!("\"id\": \"{first}\""),
            1,
        )
        .replacen(
            "\"option\": \"border\"",
            "\"option\": \"no-such-option\"",
            1,
        )
    });
    s.edit("options.json", |t| {
        t.replacen("\"summary\": ", "\"summery\": ", 1)
    });
    let problems = s.problems();
    assert_problem(&problems, &["arguments.json", first, "duplicate id"]);
    assert_problem(
        &problems,
        &["arguments.json", "unknown option \"no-such-option\""],
    );
    assert_problem(&problems, &["options.json", "diplomacy", "summery"]);
}

#[test]
fn empty_claims_and_missing_fields_are_reported() {
    let s = Scratch::new("fields");
    let id = corpus().arguments[0].id.to_string();
    let claim = serde_json::to_string(&*corpus().arguments[0].claim).unwrap();
    s.edit("arguments.json", |t| {
        t.replacen(&format!("\"claim\": {claim}"), "\"claim\": \"  \"", 1)
    });
    s.edit("events.json", |t| {
        let at = t.find("\"date\": ").unwrap();
        let end = at + t[at..].find('\n').unwrap();
        format!("{}{}", &t[..at], &t[end + 1..])
    });
    let problems = s.problems();
    assert_problem(&problems, &["arguments.json", &id, "`claim` is empty"]);
    assert_problem(&problems, &["events.json", "missing field `date`"]);
}

#[test]
fn claims_in_our_words_and_free_of_scoring() {
    let s = Scratch::new("words");
    let c = corpus();
    let a = &c.arguments[0];
    let claim = serde_json::to_string(&*a.claim).unwrap();
    let copied = serde_json::to_string(&*a.evidence[0].quote).unwrap();
    s.edit("arguments.json", |t| {
        t.replacen(
            &format!("\"claim\": {claim}"),
            &format!("\"claim\": {copied}"),
            1,
        )
    });
    s.edit("positions.json", |t| {
        t.replacen("\"summary\": \"", "\"summary\": \"The winner: ", 1)
    });
    let problems = s.problems();
    assert_problem(
        &problems,
        &["arguments.json", &a.id, "copies the source word for word"],
    );
    assert_problem(&problems, &["positions.json", "winner"]);
}

#[test]
fn what_the_checker_computes_is_not_written_in_the_json() {
    let s = Scratch::new("computed");
    s.edit("sources.json", |t| {
        t.replacen("\"file\": ", "\"text\": \"x\", \"file\": ", 1)
    });
    s.edit("arguments.json", |t| {
        t.replacen(
            "\"section\": ",
            "\"span\": {\"start\": 1, \"end\": 9}, \"section\": ",
            1,
        )
    });
    let problems = s.problems();
    assert_problem(&problems, &["sources.json", "`text` is read from `file`"]);
    assert_problem(
        &problems,
        &[
            "arguments.json",
            &corpus().arguments[0].id,
            "gives a `span`",
        ],
    );
}

/// The editorial checks (`crates/corpus/src/check/editorial.rs`) each name the file, the record and
/// the fault: a judgement the quotes do not make, a holder or speaker not named where
/// the quote is, a recommendation from another source, a position that says "recommends"
/// over arguments that are all against, and a recommendation with no option.
#[test]
fn editorial_faults_name_file_record_and_fault() {
    let s = Scratch::new("editorial");
    let c = corpus();
    // Akbar's text never uses "catastroph…"; its first argument is the guinea pig.
    // (One without a recommendation: the file is read into a JSON map, where a second
    // `recommendation` key would replace the first.)
    let a = c
        .arguments
        .iter()
        .find(|a| a.source == "akbar" && a.recommendation.is_none() && a.holder.is_none())
        .unwrap();
    let claim = serde_json::to_string(&a.claim).unwrap();
    let judged = serde_json::to_string(&format!("{} It was catastrophic.", a.claim)).unwrap();
    let other_rec = c
        .recommendations
        .iter()
        .find(|r| r.source != a.source)
        .unwrap();
    let speaker = c
        .arguments
        .iter()
        .find_map(|a| a.evidence.iter().find_map(|e| e.speaker.clone()))
        .unwrap();
    s.edit("arguments.json", |t| {
        t.replacen(
            &format!("\"claim\": {claim}"),
            &format!(
                "\"claim\": {judged}, \"holder\": \"Zebulon Quark\", \"recommendation\": \"{}\"",
                other_rec.id
            ),
            1,
        )
        .replacen(
            &format!("\"speaker\": {}", serde_json::to_string(&speaker).unwrap()),
            "\"speaker\": \"Zebulon (2020), cited by the author\"",
            1,
        )
    });
    // A pair whose arguments are all against, now summarised as a recommendation.
    let p = c
        .positions
        .iter()
        .find(|p| {
            let mut on = c.arguments_on(&p.option, &p.source).peekable();
            on.peek().is_some() && on.all(|a| a.stance == Stance::Against)
        })
        .unwrap();
    let summary = serde_json::to_string(&p.summary).unwrap();
    s.edit("positions.json", |t| {
        t.replacen(
            &format!("\"summary\": {summary}"),
            "\"summary\": \"Recommends it warmly.\"",
            1,
        )
    });
    let r = &c.recommendations[0];
    s.edit("recommendations.json", |t| {
        let at = t.find(&format!("\"id\": \"{}\"", r.id)).unwrap();
        let start = at + t[at..].find("\"options\": [").unwrap();
        let end = start + t[start..].find(']').unwrap();
        format!("{}\"options\": []{}", &t[..start], &t[end + 1..])
    });
    let problems = s.problems();
    assert_problem(&problems, &["arguments.json", &a.id, "(catastroph…)"]);
    assert_problem(
        &problems,
        &[
            "arguments.json",
            &a.id,
            "holder \"Zebulon Quark\" is not named",
        ],
    );
    assert_problem(
        &problems,
        &[
            "arguments.json",
            &a.id,
            &format!("is from source {}", other_rec.source),
        ],
    );
    assert_problem(
        &problems,
        &[
            "arguments.json",
            "speaker \"Zebulon (2020), cited by the author\" is not named",
        ],
    );
    assert_problem(
        &problems,
        &[
            "positions.json",
            &p.source,
            "every argument of the source on it is against",
        ],
    );
    assert_problem(
        &problems,
        &["recommendations.json", &r.id, "`options` is empty"],
    );
}

/// Our wording may not copy a run of eight words of its source, even inside a longer claim.
#[test]
fn a_copied_run_inside_a_claim_is_caught() {
    let s = Scratch::new("copied-run");
    let c = corpus();
    let a = &c.arguments[0];
    let quote: Vec<&str> = a.evidence[0].quote.split_whitespace().collect();
    let run = quote[..8.min(quote.len())].join(" ");
    let claim = serde_json::to_string(&a.claim).unwrap();
    let copied = serde_json::to_string(&format!("In short: {run} and more.")).unwrap();
    s.edit("arguments.json", |t| {
        t.replacen(
            &format!("\"claim\": {claim}"),
            &format!("\"claim\": {copied}"),
            1,
        )
    });
    assert_problem(
        &s.problems(),
        &["arguments.json", &a.id, "copies the source word for word"],
    );
}
