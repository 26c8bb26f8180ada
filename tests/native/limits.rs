//! One validity rule (issue 29, case 6): `corpus check` and `corpus pack` (through
//! `load.rs`, as the build) and the browser's check of an opened file (`bundle.rs`)
//! accept and refuse the same corpora. Corpora are generated at and just past each
//! limit — the most records of a kind, the option id `all` kept for "every option", an
//! empty label — and each side is asked.
#![cfg(not(target_arch = "wasm32"))]

use support::files::copy_dir;

use policy_options_explainer::model::bundle;
use policy_options_explainer::model::codec::encode;
use policy_options_explainer::model::load::{load_with, Rules};
use policy_options_explainer::model::rules::{ALL, MAX_RECORDS};
use policy_options_explainer::model::Corpus;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example-corpus")
}

/// A scratch copy of the example corpus, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("poe-limits-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&example_dir(), &dir);
        Scratch(dir)
    }

    fn read(&self, file: &str) -> Vec<Value> {
        serde_json::from_str(&std::fs::read_to_string(self.0.join(file)).unwrap()).unwrap()
    }

    fn write(&self, file: &str, records: &[Value]) {
        std::fs::write(self.0.join(file), serde_json::to_string(records).unwrap()).unwrap();
    }

    /// Options up to `n` in all, each with an argument filed under it (a copy of the
    /// first argument), as a checked corpus needs, and `n` arguments in all.
    fn with_options(&self, n: usize) -> &Scratch {
        let (mut options, mut arguments) = (self.read("options.json"), self.read("arguments.json"));
        let (o, a) = (options[0].clone(), arguments[0].clone());
        for i in options.len()..n {
            let mut o = o.clone();
            o["id"] = format!("generated-{i}").into();
            o["label"] = format!("Generated option {i}").into();
            options.push(o);
            let mut a = a.clone();
            a["id"] = format!("generated-{i}-1").into();
            a["option"] = format!("generated-{i}").into();
            arguments.push(a);
        }
        // As many arguments as options: drop the example's second arguments on an option.
        let mut seen = std::collections::HashSet::new();
        let mut extra = arguments.len().saturating_sub(n);
        arguments.retain(|a| {
            let first = seen.insert(a["option"].as_str().unwrap().to_string());
            let drop = !first && extra > 0;
            extra -= usize::from(drop);
            !drop
        });
        self.write("options.json", &options);
        self.write("arguments.json", &arguments);
        self
    }

    /// The CLI's check: the corpus, or every problem in one text.
    fn check(&self) -> Result<Corpus, String> {
        load_with(&self.0, Rules::OWN).map_err(|e| e.to_string())
    }

    /// `corpus pack`: whether it wrote the file (and exited 0).
    fn pack(&self) -> bool {
        let out = self.0.with_extension("poe");
        let _ = std::fs::remove_file(&out);
        let run = Command::new(env!("CARGO_BIN_EXE_corpus"))
            .args(["pack", self.0.to_str().unwrap(), out.to_str().unwrap()])
            .output()
            .unwrap();
        let wrote = out.exists();
        let _ = std::fs::remove_file(&out);
        assert_eq!(run.status.success(), wrote, "{run:?}");
        wrote
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The browser's check of a corpus file holding `c`: its faults.
fn browser(c: &Corpus) -> Vec<String> {
    match bundle::open(&encode(c).unwrap()) {
        Ok(_) => Vec::new(),
        Err(f) => f,
    }
}

/// The example corpus as the browser reads it.
fn example() -> Corpus {
    load_with(&example_dir(), Rules::OWN).unwrap()
}

#[test]
fn records_at_the_limit_pass_everywhere_and_one_more_nowhere() {
    let at = Scratch::new("at");
    at.with_options(MAX_RECORDS);
    let c = at.check().expect("at the limit the check passes");
    assert_eq!(
        (c.options.len(), c.arguments.len()),
        (MAX_RECORDS, MAX_RECORDS)
    );
    assert_eq!(browser(&c), Vec::<String>::new());
    assert!(at.pack(), "pack writes a corpus at the limit");

    let past = Scratch::new("past");
    past.with_options(MAX_RECORDS + 1);
    let report = past.check().unwrap_err();
    assert!(
        report.contains("options.json: (file): holds 5001 records; a corpus holds at most 5000")
            && report.contains("arguments.json: (file): holds 5001 records"),
        "{report}"
    );
    assert!(!past.pack(), "pack wrote a corpus the app refuses");
    // The browser, given the same corpus (as a hand-made file could be).
    let mut over = c;
    let mut extra = over.options[0].clone();
    extra.id = "one-more".into();
    over.options.push(extra);
    let faults = browser(&over);
    assert!(
        faults.len() == 1 && faults[0].contains("at most 5000"),
        "{faults:?}"
    );
}

#[test]
fn the_option_id_all_is_refused_everywhere_and_its_neighbours_are_not() {
    for (id, refused) in [(ALL, true), ("alls", false), ("al", false), ("All", false)] {
        let s = Scratch::new(&format!("id-{id}"));
        let options = std::fs::read_to_string(s.0.join("options.json")).unwrap();
        std::fs::write(
            s.0.join("options.json"),
            options.replace("\"charge\"", &format!("\"{id}\"")),
        )
        .unwrap();
        for f in ["arguments.json", "positions.json", "recommendations.json"] {
            let text = std::fs::read_to_string(s.0.join(f)).unwrap();
            std::fs::write(
                s.0.join(f),
                text.replace("\"charge\"", &format!("\"{id}\"")),
            )
            .unwrap();
        }
        let cli = s.check();
        assert_eq!(cli.is_err(), refused, "{id}: {cli:?}");
        assert_eq!(s.pack(), !refused, "{id}");
        let mut c = example();
        c.options[0].id = id.to_string();
        for a in c.arguments.iter_mut().filter(|a| a.option == "charge") {
            a.option = id.to_string();
        }
        for p in c.positions.iter_mut().filter(|p| p.option == "charge") {
            p.option = id.to_string();
        }
        for r in &mut c.recommendations {
            for o in r.options.iter_mut().filter(|o| *o == "charge") {
                *o = id.to_string();
            }
        }
        let faults = browser(&c);
        assert_eq!(!faults.is_empty(), refused, "{id}: {faults:?}");
        if refused {
            assert!(
                faults
                    .iter()
                    .any(|f| f.contains("kept for the slides of every option")),
                "{faults:?}"
            );
            assert!(cli
                .unwrap_err()
                .contains("kept for the slides of every option"));
        }
    }
}

#[test]
fn an_empty_label_is_refused_everywhere_and_one_letter_is_not() {
    for (label, refused) in [("", true), ("  ", true), ("X", false)] {
        let s = Scratch::new(&format!("label-{}", label.len()));
        let text = std::fs::read_to_string(s.0.join("options.json")).unwrap();
        std::fs::write(
            s.0.join("options.json"),
            text.replace("\"Congestion charge\"", &format!("\"{label}\"")),
        )
        .unwrap();
        let cli = s.check();
        assert_eq!(cli.is_err(), refused, "{label:?}: {cli:?}");
        if let Err(report) = cli {
            assert_eq!(
                report.matches("`label` is empty").count(),
                1,
                "said once: {report}"
            );
        }
        let mut c = example();
        c.options[0].label = label.to_string();
        let faults = browser(&c);
        assert_eq!(!faults.is_empty(), refused, "{label:?}: {faults:?}");
        if refused {
            assert_eq!(faults, ["Record “charge”: `label` is empty."]);
        }
    }
    // A source's short name, the heading of its pages, likewise.
    let mut c = example();
    c.sources[0].short = " ".into();
    assert_eq!(browser(&c), ["Record “council”: `short` is empty."]);
}
