//! The authoring tool (`src/bin/corpus.rs`, issue 13) on the example corpus in
//! `tests/fixtures/example-corpus` and on broken copies of it: each fault class gives its
//! message naming the file and the record; pack → decode is the identity; the corpus-file
//! decoder refuses truncated, bit-flipped and random bytes without a panic.
#![cfg(not(target_arch = "wasm32"))]

use support::files::copy_dir;

use policy_options_explainer::model::codec::{decode, encode};
use policy_options_explainer::model::load::{load_dir, load_with, Rules};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example-corpus")
}

fn tool(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corpus"))
        .args(args)
        .output()
        .unwrap()
}

/// A scratch copy of the example corpus that a test may damage.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("poe-authoring-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&example_dir(), &dir);
        Scratch(dir)
    }

    fn edit(&self, file: &str, from: &str, to: &str) -> &Scratch {
        let path = self.0.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no {from:?}");
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
        self
    }

    /// Runs `corpus check` on the copy: it must fail, and its report is returned.
    fn faults(&self) -> String {
        let out = tool(&["check", self.0.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        String::from_utf8(out.stderr).unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One line of `report` contains every needle.
fn assert_fault(report: &str, needles: &[&str]) {
    assert!(
        report
            .lines()
            .any(|l| needles.iter().all(|n| l.contains(n))),
        "expected a fault line containing {needles:?}, got:\n{report}"
    );
}

#[test]
fn the_example_corpus_passes_the_check() {
    let out = tool(&["check", example_dir().to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(stdout.contains("passes every check"), "{stdout}");
    assert!(stdout.contains("2 source(s), 3 option(s)"), "{stdout}");
}

#[test]
fn own_options_pass_but_the_built_in_corpus_still_needs_its_five() {
    assert!(load_with(&example_dir(), Rules::OWN).is_ok());
    // Under the built-in rules the example lacks the named options and the files it left out.
    let problems = load_dir(&example_dir()).unwrap_err().to_string();
    assert!(
        problems.contains("diplomacy: this required option is missing"),
        "{problems}"
    );
    assert!(problems.contains("reuse.json"), "{problems}");
}

#[test]
fn a_quote_not_found_names_its_record_and_the_closest_passage() {
    let s = Scratch::new("typo");
    s.edit("arguments.json", "two million pounds", "two milion pounds");
    assert_fault(
        &s.faults(),
        &[
            "arguments.json: council-charge-1: quote 1 (evidence #1) is not found in the text of source council",
            "the closest passage is \"would raise about two million pounds a year.",
            "differs from word 5 on (the quote has \"milion\", the text \"million\")",
        ],
    );
}

#[test]
fn a_quote_missing_a_word_still_finds_its_passage() {
    let s = Scratch::new("missing-word");
    s.edit("arguments.json", "fall hardest on carers", "fall on carers");
    assert_fault(
        &s.faults(),
        &[
            "residents-charge-1: quote 1 (evidence #1) is not found",
            "the closest passage is \"A charge on drivers would fall hardest on carers",
            "the quote has \"on\", the text \"hardest\"",
        ],
    );
}

#[test]
fn unknown_ids_name_the_record() {
    let s = Scratch::new("unknown");
    s.edit(
        "arguments.json",
        "\"option\": \"car-free\"",
        "\"option\": \"carfree\"",
    )
    .edit(
        "positions.json",
        "\"source\": \"residents\"",
        "\"source\": \"resident\"",
    )
    .edit(
        "arguments.json",
        "\"recommendation\": \"council-1\"",
        "\"recommendation\": \"council-9\"",
    );
    let report = s.faults();
    assert_fault(
        &report,
        &["arguments.json: residents-car-free-1: unknown option \"carfree\""],
    );
    assert_fault(
        &report,
        &["positions.json: charge × resident: unknown source \"resident\""],
    );
    assert_fault(
        &report,
        &["arguments.json: council-bus-lanes-1: unknown recommendation \"council-9\""],
    );
}

#[test]
fn a_duplicate_id_names_the_record() {
    let s = Scratch::new("duplicate");
    s.edit("options.json", "\"id\": \"car-free\"", "\"id\": \"charge\"");
    assert_fault(
        &s.faults(),
        &["options.json: charge: duplicate id: another record already uses it"],
    );
}

#[test]
fn the_id_all_is_kept_for_the_slides_of_every_option() {
    let s = Scratch::new("id-all");
    s.edit("options.json", "\"id\": \"car-free\"", "\"id\": \"all\"");
    assert_fault(
        &s.faults(),
        &["options.json: all: this id is kept for the slides of every option"],
    );
}

#[test]
fn an_empty_claim_names_the_record() {
    let s = Scratch::new("empty-claim");
    s.edit(
        "arguments.json",
        "Argues that a fee would weigh most on people who work at hours when buses do not run.",
        " ",
    );
    assert_fault(
        &s.faults(),
        &["arguments.json: residents-charge-1: `claim` is empty"],
    );
}

#[test]
fn a_changed_text_fails_its_checksum() {
    let s = Scratch::new("changed-text");
    s.edit("texts/residents-letter.txt", "worst air", "worst  air");
    assert_fault(
        &s.faults(),
        &[
            "sources.json: residents: the sha256 of texts/residents-letter.txt is",
            "it changed since its checksum was recorded",
        ],
    );
}

#[test]
fn a_missing_required_file_is_a_fault_and_a_missing_optional_one_is_not() {
    let s = Scratch::new("files");
    std::fs::remove_file(s.0.join("events.json")).unwrap();
    assert!(load_with(&s.0, Rules::OWN).is_ok());
    std::fs::remove_file(s.0.join("options.json")).unwrap();
    assert_fault(&s.faults(), &["options.json: (file): cannot be read"]);
}

#[test]
fn pack_refuses_a_faulty_corpus_and_writes_nothing() {
    let s = Scratch::new("pack-faulty");
    s.edit("arguments.json", "two million pounds", "two milion pounds");
    let out_file = s.0.join("out.poe");
    let out = tool(&["pack", s.0.to_str().unwrap(), out_file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("council-charge-1"));
    assert!(!out_file.exists());
}

#[test]
fn usage_is_printed_for_unknown_commands() {
    let out = tool(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("docs/authoring.md"));
}

/// The example corpus packed by the tool.
fn packed() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| {
        let out_file =
            std::env::temp_dir().join(format!("poe-authoring-pack-{}.poe", std::process::id()));
        let out = tool(&[
            "pack",
            example_dir().to_str().unwrap(),
            out_file.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let bytes = std::fs::read(&out_file).unwrap();
        let _ = std::fs::remove_file(&out_file);
        bytes
    })
}

#[test]
fn pack_then_decode_is_the_identity() {
    let checked = load_with(&example_dir(), Rules::OWN).unwrap();
    let bytes = packed();
    assert_eq!(bytes, encode(&checked).unwrap());
    assert_eq!(decode(bytes).unwrap(), checked);
}

/// Decodes `bytes` and asserts it took bounded time (no hang on crafted lengths).
fn decode_bounded(bytes: &[u8]) {
    let start = Instant::now();
    let _ = decode(bytes);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "decode took {:?}",
        start.elapsed()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn truncated_bundles_are_refused(len in 0usize..10_000) {
        let bytes = packed();
        let len = len % bytes.len();
        prop_assert!(decode(&bytes[..len]).is_err());
        decode_bounded(&bytes[..len]);
    }

    #[test]
    fn bit_flipped_bundles_never_panic(flips in proptest::collection::vec((0usize..10_000, 0u8..8), 1..8)) {
        let mut bytes = packed().to_vec();
        for (at, bit) in flips {
            let at = at % bytes.len();
            bytes[at] ^= 1 << bit;
        }
        decode_bounded(&bytes);
    }

    #[test]
    fn random_bytes_never_panic(tail in proptest::collection::vec(any::<u8>(), 0..2_000), header in any::<bool>()) {
        // With the real header the random bytes reach the record decoder.
        let mut bytes = if header { packed()[..10].to_vec() } else { Vec::new() };
        bytes.extend(tail);
        decode_bounded(&bytes);
    }
}
