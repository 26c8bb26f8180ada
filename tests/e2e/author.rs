//! End to end (issue 25), in Chromium, as a new author would: on the served build's
//! "Make your own" page (`dist/make/`), the two example texts of `tests/fixtures` opened
//! with the file picker, their citations filled in, three options, five arguments made
//! by selection only (a DOM Range over the words, as a drag or shift-arrows make it);
//! the corpus file, the folder and the single file exported. The folder passes `corpus
//! check`; the single file opens from `file://` with no request and shows the
//! arguments, each quote highlighted in its source.
//!
//! Needs `make build` first (dist/, dist/make and dist/policy-options-explainer.html)
//! and chromedriver; `make test-e2e` runs it with `--ignored`.
#![cfg(not(target_arch = "wasm32"))]

use fantoccini::{Client, Locator};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;
use support::{chrome_capabilities, Driver, StaticServer};

struct Scratch(PathBuf);
impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Keeps every Blob the page makes a download of, to read back (headless Chromium saves
/// no file the test can wait on deterministically).
const KEEP_BLOBS: &str = "window.__blobs = [];
    const make = URL.createObjectURL;
    URL.createObjectURL = (b) => { window.__blobs.push(b); return make(b); };";

/// The bytes of the last download, as base64.
const LAST_BLOB: &str = "const done = arguments[arguments.length - 1];
    const b = window.__blobs[window.__blobs.length - 1];
    b.arrayBuffer().then((buf) => {
      let s = ''; const u = new Uint8Array(buf);
      for (let i = 0; i < u.length; i++) s += String.fromCharCode(u[i]);
      done(btoa(s));
    });";

/// Selects `words` in the text view, in the text node that holds them.
const SELECT: &str = "const [words] = arguments;
    const walker = document.createTreeWalker(document.getElementById('author-text'), NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const at = node.data.indexOf(words);
      if (at >= 0) {
        const r = document.createRange();
        r.setStart(node, at); r.setEnd(node, at + words.length);
        getSelection().removeAllRanges(); getSelection().addRange(r);
        return true;
      }
    }
    return false;";

async fn fill(c: &Client, css: &str, value: &str) {
    let el = support::wait(c, css).await;
    c.execute(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));",
        vec![serde_json::to_value(&el).unwrap(), json!(value)],
    )
    .await
    .unwrap();
}

async fn press(c: &Client, testid: &str) {
    support::wait(c, &format!("[data-testid={testid}]"))
        .await
        .click()
        .await
        .unwrap();
}

async fn count(c: &Client, css: &str) -> usize {
    c.find_all(Locator::Css(css)).await.unwrap().len()
}

/// Waits (20 s at most) until `css` matches `n` elements.
async fn wait_count(c: &Client, css: &str, n: usize) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while count(c, css).await != n {
        assert!(std::time::Instant::now() < deadline, "{css}: not {n}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

async fn status(c: &Client) -> String {
    support::wait(c, "[data-testid=author-status]")
        .await
        .text()
        .await
        .unwrap()
}

/// Fills in the citation of the document shown.
async fn cite(c: &Client, authors: &str) {
    for (key, value) in [
        ("authors", authors),
        ("year", "2026"),
        ("venue", "Written for the tests"),
        ("kind", "Report"),
        ("method", "Estimates and accounts"),
        ("doi_or_url", "None"),
    ] {
        fill(c, &format!("[data-testid=cite-{key}]"), value).await;
    }
}

/// Makes an argument of `words` in the document shown.
async fn argue(c: &Client, words: &str, option: &str, stance: &str, claim: &str, n: usize) {
    let found = c.execute(SELECT, vec![json!(words)]).await.unwrap();
    assert_eq!(found, json!(true), "{words}");
    press(c, "quote-selection").await;
    support::wait(c, "[data-testid=author-pending]").await;
    fill(c, "[data-testid=arg-option]", option).await;
    fill(c, "[data-testid=arg-stance]", stance).await;
    fill(c, "[data-testid=arg-claim]", claim).await;
    press(c, "argument-add").await;
    wait_count(c, "[data-testid=author-arg]", n).await;
}

/// With `POE_SCREENSHOTS=DIR` set, the window as it is, with `css` scrolled to the top of
/// it, saved as `DIR/make-your-own-NAME.png` (the guide's pictures: `docs/authoring.md`);
/// without it, nothing. It only looks: the test does the same either way.
async fn shot(c: &Client, name: &str, css: &str) {
    let Some(dir) = std::env::var_os("POE_SCREENSHOTS") else {
        return;
    };
    let el = support::wait(c, css).await;
    c.execute(
        "arguments[0].scrollIntoView({ block: 'start' })",
        vec![serde_json::to_value(&el).unwrap()],
    )
    .await
    .unwrap();
    support::frames(c).await;
    let png = c.screenshot().await.unwrap();
    let path = Path::new(&dir).join(format!("make-your-own-{name}.png"));
    std::fs::write(&path, png).unwrap();
}

async fn make_the_corpus(c: Client, root: PathBuf) {
    let texts = root.join("tests/fixtures/example-corpus/texts");
    for name in ["council-report.txt", "residents-letter.txt"] {
        // Found again each time: the page draws the list of documents beside it.
        let input = support::wait(&c, "[data-testid=add-files]").await;
        input
            .send_keys(texts.join(name).to_str().unwrap())
            .await
            .unwrap();
        support::wait(
            &c,
            &format!("[data-testid=doc-{}]", name.trim_end_matches(".txt")),
        )
        .await;
    }
    for (label, summary) in [
        (
            "Congestion charge",
            "A daily charge for driving into the centre.",
        ),
        ("Bus lanes", "Lanes kept for buses on two roads."),
        ("Car-free days", "Days when the centre is closed to cars."),
    ] {
        fill(&c, "[data-testid=option-label]", label).await;
        fill(&c, "[data-testid=option-summary]", summary).await;
        press(&c, "option-add").await;
    }
    wait_count(&c, "[data-testid=author-options] > li", 3).await;
    shot(&c, "1-documents", "[data-testid=author]").await;
    // The residents' letter is shown (the last added); then the council's report.
    cite(&c, "Riverton Residents' Association").await;
    argue(
        &c,
        "hold one car-free Sunday each month",
        "car-free-days",
        "for",
        "The residents ask for a monthly day without cars.",
        1,
    )
    .await;
    argue(
        &c,
        "A charge on drivers would fall hardest on carers",
        "congestion-charge",
        "against",
        "The residents say a charge would weigh most on carers.",
        2,
    )
    .await;
    press(&c, "doc-council-report").await;
    cite(&c, "Riverton council officers").await;
    argue(
        &c,
        "would raise about two million pounds a year",
        "congestion-charge",
        "for",
        "Officers expect the charge to bring in money each year.",
        3,
    )
    .await;
    argue(
        &c,
        "a charge could push shoppers to the retail park",
        "congestion-charge",
        "against",
        "Shopkeepers fear the charge sends shoppers out of town.",
        4,
    )
    .await;
    argue(
        &c,
        "would cut bus journey times at peak hours",
        "bus-lanes",
        "for",
        "Officers expect shorter bus trips at busy times.",
        5,
    )
    .await;
    support::wait(&c, "[data-testid=checks-pass]").await;
    assert_eq!(
        count(&c, "#author-text mark[data-arg]").await,
        3,
        "the council's quotes are marked"
    );
    shot(&c, "2-marked", "#author-text mark[data-arg]").await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `make build` and chromedriver; `make test` runs it"]
async fn an_author_makes_and_shares_an_explainer_from_two_texts() {
    let _alone = support::alone().await;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf();
    let dist = support::dist();
    assert!(
        dist.join("make/index.html").exists(),
        "run `make build` first"
    );
    let scratch =
        Scratch(std::env::temp_dir().join(format!("poe-e2e-author-{}", std::process::id())));
    std::fs::create_dir_all(&scratch.0).unwrap();
    let server = StaticServer::start(&dist);
    let driver = Driver::start();
    let c = support::connect(&driver, chrome_capabilities(1280, 900)).await;
    let url = format!("{}/make/", server.url());
    let out = scratch.0.clone();
    support::watch::session(c, move |c| async move {
        c.goto(&url).await.unwrap();
        support::wait(&c, "[data-testid=author]").await;
        c.execute(KEEP_BLOBS, vec![]).await.unwrap();
        make_the_corpus(c.clone(), root.clone()).await;
        // The preview: the app's own views with these documents.
        press(&c, "preview-open").await;
        support::wait(&c, ".app[data-settled]").await;
        assert_eq!(
            count(&c, "[data-testid=option-card]").await,
            3,
            "three option cards"
        );
        shot(&c, "3-preview", ".app[data-settled]").await;
        press(&c, "preview-close").await;
        support::wait(&c, "[data-testid=checks-pass]").await;
        shot(&c, "4-export", "[data-testid=checks-pass]").await;
        let mut files = Vec::new();
        for (testid, name) in [
            ("export-corpus", "riverton.poe"),
            ("export-folder", "riverton.zip"),
            ("export-single", "riverton.html"),
        ] {
            let before = c
                .execute("return window.__blobs.length", vec![])
                .await
                .unwrap();
            press(&c, testid).await;
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
            while c
                .execute("return window.__blobs.length", vec![])
                .await
                .unwrap()
                == before
            {
                assert!(
                    std::time::Instant::now() < deadline,
                    "{testid}: nothing exported ({})",
                    status(&c).await
                );
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            let b64: Value = c.execute_async(LAST_BLOB, vec![]).await.unwrap();
            let bytes =
                policy_options_explainer::model::bundle::base64_decode(b64.as_str().unwrap())
                    .unwrap();
            std::fs::write(out.join(name), &bytes).unwrap();
            files.push(bytes);
        }
        assert!(
            policy_options_explainer::model::bundle::open(&files[0]).is_ok(),
            "the corpus file opens"
        );
        let unzip = Command::new("python3")
            .args([
                "-m",
                "zipfile",
                "-e",
                out.join("riverton.zip").to_str().unwrap(),
                out.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert!(unzip.status.success(), "{unzip:?}");
        let check = Command::new(env!("CARGO_BIN_EXE_corpus"))
            .args(["check", out.join("my-explainer").to_str().unwrap()])
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "corpus check: {}",
            String::from_utf8_lossy(&check.stderr)
        );
        shows_the_arguments_from_a_file_url(&c, &out.join("riverton.html")).await;
    })
    .await;
    drop(server);
}

/// The single file opens from `file://` with no request and shows the five arguments,
/// each quote highlighted in its source.
async fn shows_the_arguments_from_a_file_url(c: &Client, file: &Path) {
    let url = format!("file://{}", file.canonicalize().unwrap().display());
    c.goto(&format!("{url}#/option/congestion-charge"))
        .await
        .unwrap();
    support::settled(c).await;
    let said = support::wait(c, "[data-testid=corpus-shown]")
        .await
        .text()
        .await
        .unwrap();
    assert!(said.contains("My explainer"), "{said}");
    support::assert_no_requests(c).await;
    for (hash, quote) in [
        (
            "#/quote/council-report-congestion-charge/1",
            "would raise about two million pounds a year",
        ),
        (
            "#/quote/residents-letter-car-free-days/1",
            "hold one car-free Sunday each month",
        ),
    ] {
        c.goto(&format!("{url}{hash}")).await.unwrap();
        support::settled(c).await;
        support::wait(c, "[data-testid=focus-quote]").await;
        let marked = c
            .execute("return [...document.querySelectorAll('mark.focus')].map((m) => m.textContent).join('')", vec![])
            .await
            .unwrap();
        assert_eq!(marked.as_str(), Some(quote), "{hash}");
    }
}
