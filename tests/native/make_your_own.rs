//! "Make your own" (issue 25), natively: any selection in any text gives a quote the
//! checker finds at the same place; a project made from the example texts passes the
//! page's checks, and then its exported folder passes `corpus check` (and a project
//! with a fault fails both); the AIF export has the shape AIFdb reads; the single file
//! made in the browser is the one `corpus single-file` writes.
#![cfg(not(target_arch = "wasm32"))]

use policy_options_explainer::author::export;
use policy_options_explainer::author::project::{faults, Draft, Project};
use policy_options_explainer::author::select::{byte_offset, quote_at};
use policy_options_explainer::model::codec::{decode, encode};
use policy_options_explainer::model::load::{load_with, Rules, FORBIDDEN_WORDS};
use policy_options_explainer::model::normalize::normalize_mapped;
use policy_options_explainer::model::single_file;
use policy_options_explainer::model::{bundle, EvidenceKind, Stance};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn config(cases: u32) -> Config {
    let seed = std::env::var("PROPTEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_0025);
    Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        ..Config::default()
    }
}

pub(crate) struct TempDir(pub(crate) PathBuf);
impl TempDir {
    pub(crate) fn new(what: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("poe-author-{what}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Pieces of text that break code cutting by bytes or assuming one direction.
const PIECES: &[&str] = &[
    "word",
    "other",
    "Riverton",
    "é",
    "e\u{301}",
    "😀",
    "👩‍👩‍👧",
    "عربى",
    "שלום",
    "\u{202E}",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "## Head",
    "<sup>1</sup>",
    "*",
    "\\",
    "a",
    "b",
    "c",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..80).prop_map(|v| {
        let mut s = String::new();
        for (i, p) in v.iter().enumerate() {
            s.push_str(p);
            if i % 3 == 0 {
                s.push(' ');
            }
        }
        s
    })
}

/// UTF-16 offset of byte `at` of `s` (what a browser gives for that place).
fn utf16(s: &str, at: usize) -> u32 {
    s[..at].encode_utf16().count() as u32
}

proptest! {
    #![proptest_config(config(512))]

    /// A selection (two points, either order, as UTF-16 offsets in the text) gives a
    /// quote the checker (`Normalized::locate`, as `corpus check` runs it) finds at
    /// exactly its span, inside the selection; the corpus file carries it as that span.
    #[test]
    fn any_selection_gives_a_quote_the_checker_finds_in_place(
        t in text(), x in any::<prop::sample::Index>(), y in any::<prop::sample::Index>()
    ) {
        let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
        let (a, b) = (x.get(&bounds), y.get(&bounds));
        // The browser's offsets, mapped back.
        prop_assert_eq!(byte_offset(&t, utf16(&t, *a)), *a);
        prop_assert_eq!(byte_offset(&t, utf16(&t, *b)), *b);
        if let Ok(span) = quote_at(&t, *a, *b) {
            let (lo, hi) = (*a.min(b), *a.max(b));
            prop_assert!(lo <= span.start as usize && span.end as usize <= hi);
            let quote = &t[span.start as usize..span.end as usize];
            prop_assert_eq!(normalize_mapped(&t).locate(quote), Some(span));
            let mut p = Project::default();
            p.add_document("t.txt", t.clone());
            p.add_option("An option", "A summary.");
            let id = p.add_argument(draft("an-option"), "t", span).unwrap();
            let back = decode(&encode(&p.corpus).unwrap()).unwrap();
            prop_assert_eq!(&back.argument(&id).unwrap().evidence[0].quote, quote);
        }
    }

    /// Inside a surrogate pair, the offset is the character's start.
    #[test]
    fn utf16_offsets_land_on_characters(t in text(), u in 0u32..400) {
        let at = byte_offset(&t, u);
        prop_assert!(t.is_char_boundary(at));
        prop_assert!(utf16(&t, at) <= u);
    }
}

fn draft(option: &str) -> Draft {
    Draft {
        option: option.into(),
        stance: Stance::For,
        condition: String::new(),
        holder: String::new(),
        kind: EvidenceKind::AuthorAssessment,
        claim: "The document makes this point.".into(),
    }
}

pub(crate) fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/example-corpus/texts")
        .join(name);
    std::fs::read_to_string(p).unwrap()
}

/// The span of `words` in `text`, made as a selection of them.
pub(crate) fn select(text: &str, words: &str) -> policy_options_explainer::model::Span {
    let at = text.find(words).unwrap_or_else(|| panic!("{words}"));
    quote_at(text, at, at + words.len()).unwrap()
}

/// Two documents, three options, five arguments, every citation field filled: what the
/// end-to-end test makes in the browser.
pub(crate) fn example() -> Project {
    let mut p = Project {
        name: "Riverton traffic".into(),
        ..Project::default()
    };
    let council = p.add_document("council-report.txt", fixture("council-report.txt"));
    let residents = p.add_document("residents-letter.txt", fixture("residents-letter.txt"));
    for id in [&council, &residents] {
        for (field, value) in [
            ("authors", "Riverton council officers"),
            ("year", "2026"),
            ("venue", "Written for the tests"),
            ("kind", "Report"),
            ("method", "Estimates"),
            ("doi_or_url", "None"),
        ] {
            p.set_field(id, field, value);
        }
    }
    let charge = p.add_option(
        "Congestion charge",
        "A daily charge for driving into the centre.",
    );
    let lanes = p.add_option("Bus lanes", "Lanes kept for buses on two roads.");
    let days = p.add_option("Car-free days", "Days when the centre is closed to cars.");
    let c = fixture("council-report.txt");
    let r = fixture("residents-letter.txt");
    let mut arg = |source: &str, text: &str, option: &str, stance: Stance, words: &str| {
        let mut d = draft(option);
        d.stance = stance;
        if stance == Stance::Conditional {
            d.condition = "If bus use has not grown after a year.".into();
        }
        p.add_argument(d, source, select(text, words)).unwrap()
    };
    arg(
        &council,
        &c,
        &charge,
        Stance::For,
        "would raise about two million pounds a year",
    );
    arg(
        &council,
        &c,
        &charge,
        Stance::Against,
        "a charge could push shoppers to the retail park",
    );
    arg(
        &council,
        &c,
        &lanes,
        Stance::For,
        "would cut bus journey times at peak hours",
    );
    let id = arg(
        &council,
        &c,
        &charge,
        Stance::Conditional,
        "A congestion charge should only be considered",
    );
    arg(
        &residents,
        &r,
        &days,
        Stance::For,
        "hold one car-free Sunday each month",
    );
    let more = select(&c, "if bus use has not risen by then");
    p.add_quote(&id, more, EvidenceKind::Recommendation)
        .unwrap();
    p
}

/// Writes the exported folder (from its zip, read back) into `dir`.
pub(crate) fn unzip_into(zip: &[u8], dir: &Path) {
    let mut at = 0;
    while zip[at..].starts_with(&[0x50, 0x4b, 3, 4]) {
        let n = |o: usize, w: usize| {
            zip[at + o..at + o + w]
                .iter()
                .rev()
                .fold(0usize, |n, &b| n << 8 | b as usize)
        };
        let (size, name_len) = (n(18, 4), n(26, 2));
        let name = std::str::from_utf8(&zip[at + 30..at + 30 + name_len]).unwrap();
        let data = &zip[at + 30 + name_len..at + 30 + name_len + size];
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, data).unwrap();
        at += 30 + name_len + size;
    }
    assert!(
        zip[at..].starts_with(&[0x50, 0x4b, 1, 2]),
        "the central directory follows"
    );
}

pub(crate) fn corpus_check(dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_corpus"))
        .args(["check", dir.to_str().unwrap()])
        .output()
        .unwrap()
}

#[test]
fn the_exported_folder_passes_corpus_check() {
    let p = example();
    assert_eq!(faults(&p.corpus), vec![], "the page's own checks pass");
    let tmp = TempDir::new("folder");
    unzip_into(&export::zip("riverton", &export::folder(&p.corpus)), &tmp.0);
    let out = corpus_check(&tmp.0.join("riverton"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The corpus file is the one `corpus pack` would write, and the app opens it.
    let packed = load_with(&tmp.0.join("riverton"), Rules::OWN).unwrap();
    assert_eq!(
        export::corpus_file(&p.corpus).unwrap(),
        encode(&packed).unwrap()
    );
    assert!(bundle::open(&export::corpus_file(&p.corpus).unwrap()).is_ok());
}

/// A fault the page shows is one `corpus check` finds, and the other way round, for each
/// kind of fault an author can make in the page.
#[test]
fn the_page_and_corpus_check_agree_on_faults() {
    type Break = (&'static str, fn(&mut Project));
    let breaks: [Break; 7] = [
        ("forbidden word", |p| {
            p.corpus.arguments[0].claim = "The clear winner here.".into()
        }),
        ("no condition", |p| p.corpus.arguments[3].condition = None),
        ("copied claim", |p| {
            p.corpus.arguments[0].claim =
                "A daily charge of four pounds for cars entering the centre between 7am".into()
        }),
        ("unused option", |p| {
            p.add_option("Trams", "A tram line.");
        }),
        ("empty year", |p| p.set_field("council-report", "year", "")),
        ("holder not named", |p| {
            p.corpus.arguments[0].holder = Some("Nobody Here".into())
        }),
        ("judging word", |p| {
            p.corpus.arguments[0].claim = "The charge is a disaster.".into()
        }),
    ];
    for (what, f) in breaks {
        let mut p = example();
        f(&mut p);
        let page = faults(&p.corpus);
        let tmp = TempDir::new(&what.replace(' ', "-"));
        for (name, bytes) in export::folder(&p.corpus) {
            let path = tmp.0.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        let cli = corpus_check(&tmp.0);
        assert!(!page.is_empty(), "{what}: the page finds no fault");
        assert!(!cli.status.success(), "{what}: corpus check passes");
    }
}

#[test]
fn the_forbidden_words_are_the_checkers() {
    assert_eq!(
        policy_options_explainer::author::project::FORBIDDEN_WORDS,
        FORBIDDEN_WORDS
    );
}

/// The shape AIFdb's JSON has: nodes with an id, a text and a type (I, RA, CA), edges
/// between nodes that exist, and each RA/CA with one edge in and one out.
#[test]
fn aif_has_the_shape_aifdb_reads() {
    let p = example();
    let aif = export::aif(&p.corpus);
    let text = serde_json::to_string(&aif).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    let nodes = v["nodes"].as_array().unwrap();
    let edges = v["edges"].as_array().unwrap();
    assert!(v["locutions"].is_array());
    let ids: Vec<&str> = nodes
        .iter()
        .map(|n| n["nodeID"].as_str().unwrap())
        .collect();
    for n in nodes {
        assert!(n["text"].is_string());
        assert!(
            ["I", "RA", "CA"].contains(&n["type"].as_str().unwrap()),
            "{n}"
        );
    }
    for e in edges {
        assert!(ids.contains(&e["fromID"].as_str().unwrap()));
        assert!(ids.contains(&e["toID"].as_str().unwrap()));
    }
    for n in nodes.iter().filter(|n| n["type"] != "I") {
        let id = &n["nodeID"];
        assert_eq!(edges.iter().filter(|e| e["toID"] == *id).count(), 1, "{n}");
        assert_eq!(
            edges.iter().filter(|e| e["fromID"] == *id).count(),
            1,
            "{n}"
        );
    }
    let quotes = p
        .corpus
        .arguments
        .iter()
        .map(|a| a.evidence.len())
        .sum::<usize>();
    let i_nodes = nodes.iter().filter(|n| n["type"] == "I").count();
    assert_eq!(
        i_nodes,
        3 + 5 + quotes,
        "an I-node per option, claim and quote"
    );
    let argdown = export::argdown(&p.name, &p.corpus);
    assert_eq!(
        argdown.matches("\n  + <").count() + argdown.matches("\n  - <").count(),
        5
    );
}

/// The single file made in the browser equals the one `corpus single-file` writes.
#[test]
fn the_browsers_single_file_is_the_clis() {
    let tmp = TempDir::new("single");
    let dist = tmp.0.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    // The whole built-in corpus, which a build writes beside the app and names in a meta
    // tag (examples/prerender.rs); the single-file builder reads the name there.
    let whole = policy_options_explainer::model::deferred::file_name();
    let index = format!("<!doctype html><html><head><meta charset=\"utf-8\" /><meta name=\"description\" content=\"built-in\" /><meta name=\"poe-corpus\" content=\"{whole}\" /><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\" /><title>Policy Options Explainer</title><link rel=\"stylesheet\" href=\"./app.css\" /><link rel=\"icon\" href=\"./favicon.svg\" /><script src=\"./early.js\"></script><script type=\"module\" src=\"./start.js\" data-glue=\"./app.js\" data-wasm=\"./app_bg.wasm\"></script></head><body><div id=\"app\" data-prerendered><h1>Built-in</h1></div></body></html>");
    for (name, text) in [
        ("index.html", &*index),
        ("app.css", "body{}"),
        ("favicon.svg", "<svg/>"),
        ("app.js", "export default async function __wbg_init() {}"),
        ("app_bg.wasm", "\0asm"),
        ("early.js", "document.documentElement.dataset.early = '';"),
    ] {
        std::fs::write(dist.join(name), text).unwrap();
    }
    std::fs::write(
        dist.join(whole),
        policy_options_explainer::shown::whole_bytes(),
    )
    .unwrap();
    let bytes = export::corpus_file(&example().corpus).unwrap();
    let (plain, carried) = (tmp.0.join("plain.html"), tmp.0.join("carried.html"));
    single_file::build_with(&dist, &plain, None).unwrap();
    single_file::build_with(&dist, &carried, Some(("Riverton <traffic>", &bytes))).unwrap();
    let app = std::fs::read_to_string(&plain).unwrap();
    let made = export::single_file(&app, "Riverton <traffic>", &bytes).unwrap();
    assert_eq!(made, std::fs::read_to_string(&carried).unwrap());
    assert!(
        !made.contains("Built-in") && app.contains("Built-in"),
        "the prerendered home stays out"
    );
    // Made again from a file that already carries documents: the old ones are replaced.
    assert_eq!(
        export::single_file(&made, "Riverton <traffic>", &bytes).unwrap(),
        made
    );
    assert!(export::single_file("<html>", "x", &bytes).is_err());
}

#[test]
fn no_record_is_lost_by_a_delete_or_a_rename() {
    let mut p = example();
    let e = p.delete_document("council-report").unwrap_err();
    assert!(e.contains("council-report-congestion-charge"), "{e}");
    assert!(p.delete_option("bus-lanes").is_err());
    assert_eq!(p.corpus.sources.len(), 2);
    p.corpus.options[1].label = "Bus priority".into();
    assert_eq!(
        faults(&p.corpus),
        vec![],
        "a renamed option keeps its id and arguments"
    );
    // Kept and read back, byte for byte.
    let kept = export::keep_text(&p).unwrap();
    assert_eq!(export::from_kept(&kept).unwrap(), p);
}
