//! "Your documents" (issue 13), natively: the committed example corpus file equals a
//! fresh pack; the checks the app runs on a corpus file it opens give, for each fault
//! class, a message naming the record; `corpus single-file` writes a single file that
//! carries the corpus; and the real views, rendered with the example corpus shown (two
//! sources) and with thirty options, name nothing of the built-in documents.
#![cfg(not(target_arch = "wasm32"))]

use policy_options_explainer::model::bundle::open;
use policy_options_explainer::model::codec::{decode, encode};
use policy_options_explainer::model::deferred::{from_text_safe, home_part};
use policy_options_explainer::model::load::{load_with, Rules};
use policy_options_explainer::model::Corpus;
use policy_options_explainer::route::Route;
use policy_options_explainer::shown::{corpus, own_name, show_base, show_own};
use policy_options_explainer::testing::State;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The example corpus file the browser tests open (`tests/browser/documents.rs`).
fn fixture() -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures/example-corpus.poe")).unwrap()
}

fn example() -> Corpus {
    load_with(&root().join("tests/fixtures/example-corpus"), Rules::OWN).unwrap()
}

#[test]
fn the_committed_corpus_file_is_a_fresh_pack_of_the_example() {
    assert_eq!(
        fixture(),
        encode(&example()).unwrap(),
        "tests/fixtures/example-corpus.poe is stale: run\n  cargo run --bin corpus -- pack \
         tests/fixtures/example-corpus tests/fixtures/example-corpus.poe"
    );
    assert_eq!(open(&fixture()).unwrap(), example());
}

/// The faults [`open`] gives for `c` encoded: there must be some, and one must contain
/// every needle.
fn refused(c: &Corpus, needles: &[&str]) {
    let faults = open(&encode(c).unwrap()).unwrap_err();
    assert!(
        faults.iter().any(|f| needles.iter().all(|n| f.contains(n))),
        "expected a fault with {needles:?}, got {faults:#?}"
    );
}

#[test]
fn each_fault_class_names_its_record() {
    let c = example();
    let arg = c.arguments[0].id.clone();

    let mut d = c.clone();
    d.options.push(d.options[0].clone());
    refused(&d, &[&c.options[0].id, "duplicate id"]);

    let mut d = c.clone();
    d.arguments[1].id = arg.clone();
    refused(&d, &[&arg, "duplicate id"]);

    let mut d = c.clone();
    d.arguments[0].option = "no-such-option".into();
    refused(&d, &[&arg, "unknown option \"no-such-option\""]);

    let mut d = c.clone();
    d.arguments[0].recommendation = Some("no-such-rec".into());
    refused(&d, &[&arg, "recommendation", "no-such-rec"]);

    let mut d = c.clone();
    d.positions[0].option = "gone".into();
    refused(&d, &["position of", "gone"]);

    let mut d = c.clone();
    let rec = d.recommendations[0].id.clone();
    d.recommendations[0].options.push("nowhere".into());
    refused(&d, &[&rec, "nowhere"]);

    let mut d = c.clone();
    d.arguments[0].evidence.clear();
    refused(&d, &[&arg, "at least one quote"]);

    let mut d = c.clone();
    d.options[0].id = String::new();
    refused(&d, &["(option 1)”: a record has an empty id"]);

    let mut d = c.clone();
    d.options.clear();
    refused(&d, &["no options"]);
    assert!(open(&encode(&Corpus::default()).unwrap()).is_err());

    // A quote whose span is not in its text: decoding refuses it, naming the record.
    let mut d = c.clone();
    d.arguments[0].evidence[0].span.end = u32::MAX;
    refused(&d, &[&arg, "not a piece of the text"]);

    // An argument naming an unknown source (its quotes cannot be cut from any text).
    let mut d = c.clone();
    d.arguments[0].source = "stranger".into();
    refused(&d, &[&arg, "stranger"]);

    // Damaged files: cut short, another version, bytes after the records, not a corpus.
    let bytes = fixture();
    let words = |b: &[u8]| open(b).unwrap_err().join(" ");
    assert!(words(&bytes[..bytes.len() / 2]).contains("damaged or cut short"));
    let mut other = bytes.clone();
    other[8] ^= 0x7f;
    assert!(words(&other).contains("another version of the app"));
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(words(&longer).contains("1 extra bytes"));
    assert!(words(b"{\"sources\": []}").contains("not a corpus file"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// What the app runs on a file it is given never panics on damaged bytes.
    #[test]
    fn the_app_side_checks_never_panic(flips in proptest::collection::vec((0usize..10_000, 0u8..8), 1..6)) {
        let mut bytes = fixture();
        for (at, bit) in flips {
            let at = at % bytes.len();
            bytes[at] ^= 1 << bit;
        }
        let _ = open(&bytes);
    }
}

/// A stand-in for Trunk's `dist/`, shaped as the single-file builder reads it.
fn fake_dist(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    // The whole built-in corpus, which a build writes beside the app and names in a
    // meta tag (examples/prerender.rs).
    let whole = policy_options_explainer::model::deferred::file_name();
    let index = format!("<!doctype html><html><head><meta charset=\"utf-8\" /><meta name=\"description\" content=\"built-in\" /><meta name=\"poe-corpus\" content=\"{whole}\" /><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\" /><title>Policy Options Explainer</title><link rel=\"stylesheet\" href=\"./app.css\" /><link rel=\"icon\" href=\"./favicon.svg\" /><script type=\"module\" src=\"./start.js\" data-glue=\"./app.js\" data-wasm=\"./app_bg.wasm\"></script></head><body><div id=\"app\" data-prerendered></div></body></html>");
    let files = [
        ("index.html", index.as_str()),
        ("app.css", "body{}"),
        ("favicon.svg", "<svg/>"),
        ("app.js", "export default async function __wbg_init() {}"),
        ("app_bg.wasm", "\0asm"),
        ("early.js", "document.documentElement.dataset.early = '';"),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    std::fs::write(
        dir.join(whole),
        policy_options_explainer::shown::whole_bytes(),
    )
    .unwrap();
}

struct TempDir(PathBuf);
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn single_file_carries_the_checked_corpus() {
    let tmp = TempDir(std::env::temp_dir().join(format!("poe-single-{}", std::process::id())));
    let dist = tmp.0.join("dist");
    fake_dist(&dist);
    let out = tmp.0.join("town.html");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_corpus"))
            .args(args)
            .output()
            .unwrap()
    };
    let example = root().join("tests/fixtures/example-corpus");
    let done = run(&[
        "single-file",
        example.to_str().unwrap(),
        out.to_str().unwrap(),
        "--title",
        "Town <traffic>",
        "--dist",
        dist.to_str().unwrap(),
    ]);
    assert_eq!(done.status.code(), Some(0), "{done:?}");
    let html = std::fs::read_to_string(&out).unwrap();
    // Packed (zlib, which the browser's DecompressionStream("deflate") unpacks; the
    // end-to-end tests open such a file), as base64.
    let tag = "<script type=\"application/octet-stream\" id=\"poe-documents\" data-name=\"Town &lt;traffic&gt;\" data-packed=\"deflate\">";
    let at = html.find(tag).expect("the corpus block") + tag.len();
    let carried = &html[at..at + html[at..].find("</script>").unwrap()];
    let packed = policy_options_explainer::model::bundle::base64_decode(carried).unwrap();
    assert_eq!(
        miniz_oxide::inflate::decompress_to_vec_zlib(&packed).unwrap(),
        fixture()
    );
    // Before it, what home shows of those documents, as text (issue 30: home is drawn
    // from it, the file read after the first paint).
    let home = "<script type=\"application/octet-stream\" id=\"poe-documents-home\" data-name=\"Town &lt;traffic&gt;\">";
    let h = html.find(home).expect("the home block") + home.len();
    assert!(h < at);
    // The home block in the head; the app's script, its built-in corpus and then the
    // documents at the end of the body, the script `async`: the app starts and draws home
    // while the browser still reads the documents (issue 30).
    let (head_end, app) = (
        html.find("</head>").unwrap(),
        html.find("<div id=\"app\">").unwrap(),
    );
    let script = html
        .find("<script type=\"module\" async>")
        .expect("the app's script, async");
    let built_in = html.find("id=\"poe-corpus\"").expect("the built-in corpus");
    assert!(h < head_end && app < script && script < built_in && built_in < at);
    assert_eq!(html.matches("<script type=\"module\"").count(), 1);
    let text = &html[h..h + html[h..].find("</script>").unwrap()];
    let home = decode(&from_text_safe(text).unwrap()).unwrap();
    assert_eq!(home, home_part(&decode(&fixture()).unwrap()));
    assert!(home.arguments.is_empty() && !home.options.is_empty());
    assert!(html.contains("<title>Town &lt;traffic&gt; · Policy Options Explainer</title>"));
    assert!(!html.contains("content=\"built-in\""));
    // The app's script and style stay inline under their hashes.
    assert!(html.contains("script-src 'sha256-") && html.contains("<style>body{}</style>"));

    // Without a build it says what to do; with a faulty folder it writes nothing.
    let none = run(&[
        "single-file",
        example.to_str().unwrap(),
        out.to_str().unwrap(),
        "--dist",
        tmp.0.join("nothing").to_str().unwrap(),
    ]);
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("make build"));
    let bad = run(&[
        "single-file",
        "/nonexistent-corpus",
        tmp.0.join("x.html").to_str().unwrap(),
        "--dist",
        dist.to_str().unwrap(),
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(!tmp.0.join("x.html").exists());
    let usage = run(&["single-file", "a", "b", "--colour", "red"]);
    assert_eq!(usage.status.code(), Some(2));
}

/// Renders the view for `hash` with every argument open, natively.
fn render(hash: &str) -> String {
    super::common::render(hash, super::common::all_open(State::default()))
}

/// Every kind of view for the corpus shown.
fn every_view(c: &Corpus) -> Vec<String> {
    let mut hashes: Vec<String> = [
        "#/",
        "#/recommendations",
        "#/compare",
        "#/search?q=charge",
        "#/discrepancies",
        "#/shared-wording",
        "#/timeline",
        "#/glossary",
        "#/about",
        "#/documents",
    ]
    .map(String::from)
    .to_vec();
    hashes.extend(c.options.iter().map(|o| format!("#/option/{}", o.id)));
    hashes.extend(c.sources.iter().map(|s| format!("#/source/{}", s.id)));
    hashes.extend(
        c.recommendations
            .iter()
            .map(|r| format!("#/recommendation/{}", r.id)),
    );
    for a in &c.arguments {
        hashes.push(format!("#/argument/{}", a.id));
        hashes.extend((1..=a.evidence.len()).map(|n| format!("#/quote/{}/{n}", a.id)));
    }
    if let [a, b, ..] = &c.sources[..] {
        hashes.push(format!("#/compare/{}/{}/{}", c.options[0].id, a.id, b.id));
    }
    // And one of every kind of view the routes know (handouts, slides, overview...).
    hashes.extend(
        Route::one_of_each(c, 0)
            .iter()
            .filter(|r| **r != Route::NotFound)
            .map(Route::href),
    );
    hashes
}

/// Issue 30: a single file's home is drawn first from what home shows of its documents
/// (their home block), then from the documents themselves: the same page, so nothing
/// changes under the reader; with a source that argues where no position is recorded,
/// and past twelve sources (where a card names only the sources that discuss it).
#[test]
fn home_from_the_home_part_is_home_from_the_whole() {
    let mut c = example();
    let a = c.arguments[0].clone();
    c.positions
        .retain(|p| (&p.option, &p.source) != (&a.option, &a.source));
    let grown = policy_options_explainer::model::grow::grown(&c, 8, 1);
    assert!(grown.sources.len() > 12);
    // Past twelve sources, the positions no card draws come without their summaries.
    let part = home_part(&grown);
    assert!(part.positions.iter().any(|p| p.summary.is_empty()));
    assert_eq!(part.positions.len(), grown.positions.len());
    for c in [c, grown] {
        show_own(c.clone(), "mine");
        let whole = render("#/");
        assert!(whole.contains("No overall position recorded"));
        // Past twelve sources, the hint names the first twelve, as the cards do.
        if let Some(more) = c.sources.len().checked_sub(12).filter(|&n| n > 0) {
            assert!(whole.contains(&format!(" and {more} more. ")), "{whole}");
        }
        show_own(home_part(&c), "mine");
        assert_eq!(render("#/"), whole);
    }
}

/// Words of the built-in documents that must not appear with another corpus.
const BUILT_IN_WORDS: [&str; 5] = ["Pakistan", "TTP", "Taliban", "Four sources", "four sources"];

#[test]
fn every_view_shows_the_example_corpus_and_nothing_of_the_built_in_one() {
    let c = example();
    show_own(c.clone(), "example-corpus");
    assert_eq!(own_name(), Some("example-corpus"));
    for h in every_view(&c) {
        let html = render(&h);
        assert_eq!(html.matches("<h1").count(), 1, "{h}");
        assert!(!html.contains("data-testid=\"not-found\""), "{h}");
        for w in BUILT_IN_WORDS {
            assert!(!html.contains(w), "{h} says {w:?}");
        }
    }
    let home = render("#/");
    for o in &c.options {
        assert!(home.contains(&o.label), "no card for {}", o.id);
    }
    assert!(home.contains("Two sources discuss") && home.contains("example-corpus"));
    // Every quote shows highlighted in its text.
    let a = &c.arguments[0];
    let quote = render(&format!("#/quote/{}/1", a.id));
    assert!(quote.contains("data-testid=\"focus-quote\""), "{quote}");
    // Back to the built-in corpus: its ids are found again.
    show_base();
    assert_eq!(own_name(), None);
    assert!(render("#/").contains("Pakistan"));
}

#[test]
fn thirty_options_and_one_source_render() {
    let mut c = example();
    let first = c.options[0].clone();
    for i in 0..27 {
        let mut o = first.clone();
        o.id = format!("extra-{i}");
        o.label = format!("Extra option {i}");
        c.options.push(o);
    }
    c.sources.truncate(1);
    let kept = c.sources[0].id.clone();
    c.arguments.retain(|a| a.source == kept);
    c.positions.retain(|p| p.source == kept);
    c.recommendations.retain(|r| r.source == kept);
    c.discrepancies
        .retain(|d| d.readings.iter().all(|r| r.source == kept));
    c.events
        .retain(|e| e.mentions.iter().all(|r| r.source == kept));
    c.reuse
        .retain(|r| r.passages.iter().all(|p| p.source == kept));
    let bytes = encode(&c).unwrap();
    let c = decode(&bytes).unwrap();
    assert_eq!(open(&bytes).unwrap(), c, "the file passes the app's checks");
    show_own(c.clone(), "thirty");
    // Past twenty options, home's cards come in windows of twenty; every one at `?rows=30`.
    let home = render("#/");
    assert_eq!(home.matches("data-testid=\"option-card\"").count(), 20);
    assert!(home.contains("the page shows the first 20 of the 30 options"));
    let every = render("#/?rows=30");
    assert_eq!(every.matches("data-testid=\"option-card\"").count(), 30);
    assert!(home.contains("One source discusses"));
    for h in every_view(&c) {
        let html = render(&h);
        assert_eq!(html.matches("<h1").count(), 1, "{h}");
    }
}

/// Past twelve sources, a home card names only the sources that discuss its option and
/// says how many others do not (issue 30: 160 sources drew a page of "Not discussed").
#[test]
fn with_many_sources_a_card_names_those_that_discuss_its_option() {
    let mut c = corpus().clone();
    let first = c.sources[0].clone();
    for i in 0..12 {
        let mut s = first.clone();
        s.id = format!("extra-{i}");
        s.short = format!("Extra {i}");
        c.sources.push(s);
    }
    let n = c.sources.len();
    show_own(c.clone(), "many sources");
    let home = render("#/");
    for o in &c.options {
        let on = c.positions.iter().filter(|p| p.option == o.id).count();
        let at = home.find(&format!("data-id=\"{}\"", o.id)).unwrap();
        let card = &home[at..at + home[at..].find("</li>").unwrap()];
        assert_eq!(
            card.matches("data-testid=\"position\"").count(),
            on,
            "{}",
            o.id
        );
        assert!(
            !card.contains("Extra "),
            "{}: names a source that is silent",
            o.id
        );
        let line = if n - on == 1 {
            "Not discussed by the other source.".to_string()
        } else {
            format!("Not discussed by the other {} sources.", n - on)
        };
        assert!(card.contains(&line), "{}: {card}", o.id);
        // The option's page: a section for each source that discusses it, and the same
        // line for the others (issue 30: list views skip empty option × source pairs).
        let page = render(&format!("#/option/{}", o.id));
        let discussing = c
            .sources
            .iter()
            .filter(|s| {
                c.positions
                    .iter()
                    .any(|p| p.option == o.id && p.source == s.id)
                    || c.arguments
                        .iter()
                        .any(|a| a.option == o.id && a.source == s.id)
            })
            .count();
        assert_eq!(
            page.matches("data-testid=\"source-group\"").count(),
            discussing,
            "{}",
            o.id
        );
        assert!(
            !page.contains("id=\"group-extra-"),
            "{}: a silent source's section",
            o.id
        );
        assert!(
            page.contains(&format!(
                "Not discussed by the other {} sources.",
                n - discussing
            )),
            "{}",
            o.id
        );
    }
    // Recommendations: a column for each source that makes one, a line for the others.
    let recs = render("#/recommendations");
    assert_eq!(recs.matches("data-testid=\"rec-column\"").count(), n - 12);
    assert!(!recs.contains("id=\"rec-col-extra-"));
    assert!(recs.contains("The other 12 sources make no recommendation."));
    show_base();
}

/// A corpus made with "Make your own" may hold arguments and no positions: a source
/// that argues on an option is never said not to discuss it (home, the grid, the
/// option page, the source page said "Not discussed" beside its arguments).
#[test]
fn a_source_with_arguments_and_no_position_is_never_said_not_to_discuss() {
    let mut c = example();
    let a = c.arguments[0].clone();
    c.positions
        .retain(|p| !(p.option == a.option && p.source == a.source));
    show_own(c.clone(), "no positions");
    for h in [
        "#/".to_string(),
        "#/compare".to_string(),
        format!("#/option/{}", a.option),
        format!("#/source/{}", a.source),
    ] {
        let html = render(&h);
        assert!(
            html.contains("No overall position recorded: see its arguments"),
            "{h}"
        );
    }
    show_base();
}
