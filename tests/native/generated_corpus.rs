//! Generated corpus mutations (proptest): one field of one record of one corpus file is
//! dropped, corrupted (wrong type, empty, blank, one character changed, an unknown
//! reference), or the record is duplicated. Every corpus the checker refuses must have
//! at least one problem that names the file and the record; and the mutations that can
//! never be valid (a required field gone, a wrong type, an empty required text, a
//! duplicate, an unknown reference) must be refused. (A record whose id is changed
//! while other records still use the old one is, to the checker, those records pointing
//! at an unknown id: then they are named, with the old id.)
#![cfg(not(target_arch = "wasm32"))]

use support::files::copy_dir;

use policy_options_explainer::model::load::{load_dir, Problem};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The corpus files with records, and the field that names a record.
const FILES: [(&str, &str); 9] = [
    ("sources.json", "id"),
    ("options.json", "id"),
    ("arguments.json", "id"),
    ("positions.json", "option"),
    ("discrepancies.json", "id"),
    ("events.json", "id"),
    ("glossary.json", "term"),
    ("reuse.json", "id"),
    ("recommendations.json", "id"),
];

/// Fields that may be absent, and those of them that may be `null`.
const OPTIONAL: [&str; 7] = [
    "notes",
    "aliases",
    "condition",
    "speaker",
    "value",
    "holder",
    "recommendation",
];
const NULLABLE: [&str; 5] = ["condition", "speaker", "value", "holder", "recommendation"];

/// Cases tried by each of the two halves of the test (two, to use two cores), from a
/// fixed seed (set `PROPTEST_SEED` to explore others).
const CASES: u32 = 100;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("static/corpus")
}

/// Each file's records, as the corpus has them.
fn originals() -> &'static Vec<Vec<Value>> {
    static O: OnceLock<Vec<Vec<Value>>> = OnceLock::new();
    O.get_or_init(|| {
        FILES
            .iter()
            .map(|(f, _)| {
                let text = std::fs::read_to_string(corpus_dir().join(f)).unwrap();
                serde_json::from_str(&text).unwrap()
            })
            .collect()
    })
}

#[derive(Clone, Debug, PartialEq)]
enum Seg {
    Key(String),
    At(usize),
}

/// Where the fields of `v` are: every key of every object, and every item of an array
/// of strings (arrays of objects are entered).
fn fields(v: &Value, prefix: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                prefix.push(Seg::Key(k.clone()));
                out.push(prefix.clone());
                fields(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                prefix.push(Seg::At(i));
                if item.is_string() {
                    out.push(prefix.clone());
                }
                fields(item, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(v: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(v, |v, seg| match seg {
        Seg::Key(k) => &mut v[k.as_str()],
        Seg::At(i) => &mut v[*i],
    })
}

#[derive(Clone, Debug)]
enum Change {
    Drop,
    Duplicate,
    Number,
    Bool,
    Null,
    EmptyArray,
    Object,
    Empty,
    Blank,
    UnknownReference,
    /// Insert, delete or replace one character, at a position chosen by the index.
    OneChar(u8, Index, char),
}

#[derive(Clone, Debug)]
struct Mutation {
    file: usize,
    record: usize,
    path: Vec<Seg>,
    change: Change,
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        3 => Just(Change::Drop),
        1 => Just(Change::Duplicate),
        1 => Just(Change::Number),
        1 => Just(Change::Bool),
        1 => Just(Change::Null),
        1 => Just(Change::EmptyArray),
        1 => Just(Change::Object),
        2 => Just(Change::Empty),
        1 => Just(Change::Blank),
        2 => Just(Change::UnknownReference),
        4 => (0u8..3, any::<Index>(), any::<char>()).prop_map(|(k, i, c)| Change::OneChar(k, i, c)),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    (0..FILES.len(), any::<Index>(), any::<Index>(), change()).prop_map(|(file, r, f, change)| {
        let records = &originals()[file];
        let record = r.index(records.len());
        let mut paths = Vec::new();
        fields(&records[record], &mut Vec::new(), &mut paths);
        Mutation {
            file,
            record,
            path: paths[f.index(paths.len())].clone(),
            change,
        }
    })
}

/// The field's name (the last key on the path; `None` for an item of a list).
fn key(path: &[Seg]) -> Option<&str> {
    match path.last() {
        Some(Seg::Key(k)) => Some(k),
        _ => None,
    }
}

/// Applies `m` to a copy of its file's records; also says whether the result can never
/// be valid.
fn apply(m: &Mutation) -> (Vec<Value>, bool) {
    let mut records = originals()[m.file].clone();
    let key = key(&m.path);
    let required = key.is_some_and(|k| !OPTIONAL.contains(&k));
    let file = FILES[m.file].0;
    if let Change::Duplicate = m.change {
        let copy = records[m.record].clone();
        records.insert(m.record + 1, copy);
        return (records, true);
    }
    if let Change::Drop = m.change {
        let (last, parent) = m.path.split_last().unwrap();
        match (at_mut(&mut records[m.record], parent), last) {
            (Value::Object(map), Seg::Key(k)) => {
                map.remove(k);
            }
            (Value::Array(items), Seg::At(i)) => {
                items.remove(*i);
            }
            _ => unreachable!(),
        }
        return (records, required);
    }
    let field = at_mut(&mut records[m.record], &m.path);
    let was_string = field.is_string();
    let must_fail = match &m.change {
        Change::Number => {
            *field = json!(7);
            true
        }
        Change::Bool => {
            *field = json!(true);
            true
        }
        Change::Object => {
            *field = json!({});
            true
        }
        Change::Null => {
            *field = Value::Null;
            !key.is_some_and(|k| NULLABLE.contains(&k))
        }
        Change::EmptyArray => {
            *field = json!([]);
            !key.is_some_and(|k| ["notes", "aliases"].contains(&k))
        }
        Change::Empty | Change::Blank => {
            let blank = matches!(m.change, Change::Blank);
            *field = json!(if blank { "  " } else { "" });
            // Every text must say something, but a reading's `value` outside the
            // discrepancies (where it is optional and unused).
            was_string && !(key == Some("value") && file != "discrepancies.json")
        }
        Change::UnknownReference => {
            let reference = matches!(key, Some("option" | "source"));
            *field = json!("no-such-id");
            was_string && reference
        }
        Change::OneChar(kind, at, c) => {
            if let Some(s) = field.as_str() {
                let mut chars: Vec<char> = s.chars().collect();
                let i = at.index(chars.len() + 1);
                match (kind, i < chars.len()) {
                    (0, _) => chars.insert(i, *c),
                    (1, true) => {
                        chars.remove(i);
                    }
                    (_, true) => chars[i] = *c,
                    _ => chars.push(*c),
                }
                *field = json!(chars.into_iter().collect::<String>());
            }
            false
        }
        Change::Drop | Change::Duplicate => unreachable!(),
    };
    (records, must_fail)
}

/// The names a problem may give the record `i` of `records` by (its id or term, its
/// option and source for a position, its number, or "(empty id)").
fn names(file: usize, records: &[Value], i: usize) -> Vec<String> {
    let r = &records[i];
    let mut out = vec![format!("record #{}", i + 1), "(empty id)".to_string()];
    if let Some(id) = r.get(FILES[file].1).and_then(Value::as_str) {
        out.push(id.to_string());
    }
    if let (Some(o), Some(s)) = (r["option"].as_str(), r["source"].as_str()) {
        out.push(format!("{o} × {s}"));
    }
    out.retain(|n| !n.trim().is_empty());
    out
}

/// A scratch copy of the corpus; each case writes one file and puts it back.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("poe-mutations-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&corpus_dir(), &dir);
        Scratch(dir)
    }

    /// The checker's problems with `file` holding `records`, or none if it accepts it.
    fn check(&self, file: &str, records: &[Value]) -> Vec<Problem> {
        let path = self.0.join(file);
        let original = std::fs::read(&path).unwrap();
        std::fs::write(&path, serde_json::to_string_pretty(records).unwrap()).unwrap();
        let result = load_dir(&self.0);
        std::fs::write(&path, original).unwrap();
        match result {
            Ok(_) => Vec::new(),
            Err(e) => e.problems().to_vec(),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn every_refused_corpus_names_the_file_and_the_record() {
    mutations(0);
}

#[test]
fn every_refused_corpus_names_the_file_and_the_record_2() {
    mutations(1);
}

/// [`CASES`] mutations from the seed plus `half`.
fn mutations(half: u64) {
    let scratch = Scratch::new(&half.to_string());
    let seed = std::env::var("PROPTEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_0010)
        + half;
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        ..Config::default()
    });
    let refused = std::cell::Cell::new(0);
    let result = runner.run(&mutation(), |m| {
        let (records, must_fail) = apply(&m);
        let file = FILES[m.file].0;
        let problems = scratch.check(file, &records);
        prop_assert!(!must_fail || !problems.is_empty(), "{m:?} was accepted");
        if problems.is_empty() {
            return Ok(());
        }
        refused.set(refused.get() + 1);
        let mut known = names(m.file, &originals()[m.file], m.record);
        known.extend(names(m.file, &records, m.record));
        if matches!(m.change, Change::Duplicate) {
            known.extend(names(m.file, &records, m.record + 1));
        }
        let located = problems.iter().any(|p| {
            p.file == file
                && known
                    .iter()
                    .any(|n| p.record == *n || p.message.contains(&format!("\"{n}\"")))
        });
        // A record whose id changed while others still use the old one reads, to the
        // checker, as those others pointing at an unknown id: they are named, with it.
        let old_id = originals()[m.file][m.record][FILES[m.file].1].as_str();
        let renamed = m.path == [Seg::Key(FILES[m.file].1.to_string())]
            && old_id.is_some_and(|id| {
                problems
                    .iter()
                    .any(|p| p.file != file && p.message.contains(&format!("\"{id}\"")))
            });
        let located = located || renamed;
        let all: Vec<String> = problems.iter().map(Problem::to_string).collect();
        prop_assert!(
            located,
            "{m:?}: no problem names {file} and {known:?}: {all:#?}"
        );
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    eprintln!(
        "{CASES} corpus mutations: {} refused, each naming the file and the record; {} harmless edits accepted",
        refused.get(),
        CASES as usize - refused.get()
    );
}
