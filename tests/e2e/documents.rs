//! End to end (issue 13): `corpus single-file` on the example corpus, from the release
//! build in `dist/`, writes a single file that opens from `file://` in headless Chromium,
//! with no request at all, and shows the example's options under "Your documents".
//!
//! Needs `trunk build --release` first and chromedriver on PATH; `make test` does both
//! and runs this with `cargo test --test e2e -- --ignored documents::`.
#![cfg(not(target_arch = "wasm32"))]

// Shared with the other end-to-end tests; this one uses the driver alone.

use fantoccini::Locator;

use policy_options_explainer::model::load::{load_with, Rules};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use support::{chrome_capabilities, Driver};

/// A scratch folder, removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn the_single_file_packed_from_the_example_shows_its_options_from_a_file_url() {
    let _alone = support::alone().await;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dist = std::env::var("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("dist"));
    assert!(
        dist.join("index.html").exists(),
        "{} has no index.html: run `trunk build --release` (make build) first",
        dist.display()
    );
    let scratch =
        Scratch(std::env::temp_dir().join(format!("poe-e2e-docs-{}", std::process::id())));
    std::fs::create_dir_all(&scratch.0).unwrap();
    let out = scratch.0.join("town.html");
    let example = root.join("tests/fixtures/example-corpus");
    let made = Command::new(env!("CARGO_BIN_EXE_corpus"))
        .args([
            "single-file",
            example.to_str().unwrap(),
            out.to_str().unwrap(),
        ])
        .args(["--dist", dist.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(made.status.code(), Some(0), "{made:?}");
    let own = load_with(&example, Rules::OWN).unwrap();
    let labels: Vec<String> = own.options.iter().map(|o| o.label.clone()).collect();
    // An option with arguments: its page needs the file itself, which the app reads
    // after home's first paint, drawn from the file's home block (issue 30).
    let argued = own.arguments[0].option.clone();
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("id=\"poe-documents-home\""));
    let url = format!("file://{}", out.canonicalize().unwrap().display());

    let driver = Driver::start();
    let c = support::connect(&driver, chrome_capabilities(1280, 900)).await;
    let check = {
        let c = c.clone();
        tokio::spawn(async move {
            c.goto(&format!("{url}#/")).await.unwrap();
            let header = c
                .wait()
                .at_most(Duration::from_secs(30))
                .for_element(Locator::Css("[data-testid=corpus-shown]"))
                .await
                .expect("the header says which documents are shown");
            let said = header.text().await.unwrap();
            assert!(said.contains("Your documents: example-corpus"), "{said}");
            let mut titles = Vec::new();
            for e in c
                .find_all(Locator::Css("[data-testid=option-title]"))
                .await
                .unwrap()
            {
                titles.push(e.text().await.unwrap());
            }
            assert_eq!(titles.len(), labels.len(), "{titles:?}");
            for l in &labels {
                assert!(
                    titles.iter().any(|t| t.starts_with(l.as_str())),
                    "no card {l}: {titles:?}"
                );
            }
            // No way back to documents this file does not carry: its own are its base.
            assert!(c
                .find_all(Locator::Css("[data-testid=documents-return]"))
                .await
                .unwrap()
                .is_empty());
            let card = format!("[data-testid=option-card][data-id=\"{argued}\"] h2 a");
            c.find(Locator::Css(&card))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
            c.wait()
                .at_most(Duration::from_secs(30))
                .for_element(Locator::Css("[data-testid=argument]"))
                .await
                .expect("the option's arguments, from the file itself");
            assert!(c
                .find_all(Locator::Css("[data-testid=documents-notice]"))
                .await
                .unwrap()
                .is_empty());
            support::assert_no_requests(&c).await;
        })
    };
    let outcome = check.await;
    let _ = c.close().await;
    drop(driver);
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// Issue 30: a single file whose documents are past the app's limits (here 5,001
/// options, one past the limit: the CLI refuses to pack it, so the file is written by
/// hand as a careless edit would) says so in words, naming the file's documents and the
/// limit, and shows the built-in documents: never silently.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn a_single_file_past_the_limits_says_so() {
    use policy_options_explainer::model::rules::MAX_RECORDS;
    let mut corpus = example();
    let first = corpus.options[0].clone();
    while corpus.options.len() <= MAX_RECORDS {
        let mut o = first.clone();
        o.id = format!("copy-{}", corpus.options.len());
        corpus.options.push(o);
    }
    let said = refused("Too many", &corpus, |html| html).await;
    assert!(said.contains(&MAX_RECORDS.to_string()), "{said}");
}

/// Issue 30: a single file whose home was drawn from its documents' home block, and
/// whose documents then fail their checks (the file edited by hand after it was made),
/// says so in words once it has read them, and shows the built-in documents: the same
/// notice as a file read at start.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn a_single_file_whose_documents_fail_after_home_says_so() {
    // The documents' block cut short by hand; their home block left as it was made.
    refused("Edited", &example(), |html| {
        assert!(html.contains("id=\"poe-documents-home\""));
        // Packed (`data-packed`, base64): cut at a whole group of four characters, it is
        // still base64, and the browser's DecompressionStream refuses what it unpacks to.
        let tag = "id=\"poe-documents\" data-name=\"Edited\" data-packed=\"deflate\">";
        let at = html.find(tag).unwrap() + tag.len();
        let end = at + html[at..].find("</script>").unwrap();
        let cut = at + (end - at) / 8 * 4;
        format!("{}{}", &html[..cut], &html[end..])
    })
    .await;
}

/// The example corpus.
fn example() -> policy_options_explainer::model::Corpus {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    load_with(&root.join("tests/fixtures/example-corpus"), Rules::OWN).unwrap()
}

/// Opens the single file carrying `corpus` as `name` (its page changed by `edit`) from
/// `file://`, checks that it says its documents cannot be shown and shows the built-in
/// ones, and returns what the notice said.
async fn refused(
    name: &str,
    corpus: &policy_options_explainer::model::Corpus,
    edit: impl FnOnce(String) -> String,
) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dist = std::env::var("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("dist"));
    assert!(
        dist.join("index.html").exists(),
        "run `trunk build --release` first"
    );
    let bytes = policy_options_explainer::model::codec::encode(corpus).unwrap();
    let scratch = Scratch(
        std::env::temp_dir().join(format!("poe-e2e-refused-{name}-{}", std::process::id())),
    );
    std::fs::create_dir_all(&scratch.0).unwrap();
    let out = scratch.0.join("file.html");
    policy_options_explainer::model::single_file::build_with(&dist, &out, Some((name, &bytes)))
        .unwrap();
    std::fs::write(&out, edit(std::fs::read_to_string(&out).unwrap())).unwrap();
    let url = format!("file://{}", out.canonicalize().unwrap().display());
    let want = format!("The documents built into this file (“{name}”) cannot be shown");

    let driver = Driver::start();
    let c = support::connect(&driver, chrome_capabilities(1280, 900)).await;
    let check = {
        let c = c.clone();
        tokio::spawn(async move {
            c.goto(&format!("{url}#/")).await.unwrap();
            let notice = c
                .wait()
                .at_most(Duration::from_secs(30))
                .for_element(Locator::Css("[data-testid=documents-notice]"))
                .await
                .expect("a notice says the file's documents cannot be shown");
            let said = notice.text().await.unwrap();
            assert!(said.contains(&want), "{said}");
            let h1 = c
                .wait()
                .at_most(Duration::from_secs(30))
                .for_element(Locator::Css(".app[data-settled] h1"))
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            assert!(h1.contains("Pakistan"), "the built-in documents: {h1}");
            support::assert_no_requests(&c).await;
            said
        })
    };
    let outcome = check.await;
    let _ = c.close().await;
    drop(driver);
    outcome.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))
}
