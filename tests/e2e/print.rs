//! End to end, on paper (issue 12, handouts): the release build in `dist/`, served on
//! loopback, in headless Chromium through WebDriver. With print media emulated (the
//! DevTools protocol's `Emulation.setEmulatedMedia`, through chromedriver), no
//! navigation shows and every quote shown has its citation, on a handout and on an
//! option page with its evidence open; and the browser's print-to-PDF (WebDriver's Print
//! command) makes a handout of a sane number of pages on A4 and on US Letter, each
//! option of the full handout on pages of its own. The page counts are printed.
//!
//! Needs `make build` and chromedriver; `make test` runs it with
//! `cargo test --test e2e -- --ignored print:: --nocapture`.
#![cfg(not(target_arch = "wasm32"))]

use fantoccini::wd::{PrintConfiguration, PrintSize, WebDriverCompatibleCommand};
use fantoccini::{Client, Locator};

use policy_options_explainer::shown::corpus;
use serde_json::{json, Value};
use std::path::Path;

use support::{chrome_capabilities, connect, dist, wait, Driver, StaticServer};

/// A DevTools protocol command, through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct Cdp(Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// Emulates `media` ("print", or "" for the screen again).
async fn emulate(c: &Client, media: &str) {
    c.issue_cmd(Cdp(json!({
        "cmd": "Emulation.setEmulatedMedia",
        "params": { "media": media }
    })))
    .await
    .expect("Emulation.setEmulatedMedia through chromedriver");
    let now = c
        .execute("return matchMedia('print').matches", vec![])
        .await
        .unwrap();
    assert_eq!(now, json!(media == "print"), "media emulated as {media:?}");
}

/// What the page shows that paper must not: every visible header, navigation, footer,
/// control or skip link; and every visible quote without a visible citation beside it.
const PAPER_FAULTS: &str = r#"
const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
const faults = [];
for (const e of document.querySelectorAll('header, nav, footer, button, select, input, .skip-link, [role=navigation]')) {
  if (shown(e)) faults.push('shown: ' + e.outerHTML.slice(0, 120));
}
let quotes = 0;
for (const q of document.querySelectorAll('main blockquote')) {
  if (!shown(q)) continue;
  quotes++;
  const fig = q.closest('figure');
  const cite = fig && fig.querySelector('figcaption cite');
  // An in-text citation, "(Kakar, n.d.)" at the shortest; the references are at the end.
  if (!cite || !shown(cite) || cite.textContent.trim().length < 10)
    faults.push('quote without its citation: ' + q.textContent.slice(0, 80));
}
return { faults, quotes };
"#;

async fn paper_faults(c: &Client) -> (Vec<String>, u64) {
    let v = c.execute(PAPER_FAULTS, vec![]).await.unwrap();
    let faults = v["faults"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap_or("?").to_string())
        .collect();
    (faults, v["quotes"].as_u64().unwrap_or(0))
}

/// The number of pages of a PDF: its `/Type /Page` objects (not `/Pages`), checked
/// against the page tree's `/Count`.
fn pages(pdf: &[u8]) -> usize {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let text = String::from_utf8_lossy(pdf);
    let leaves = text
        .match_indices("/Type /Page")
        .filter(|(at, m)| !text[at + m.len()..].starts_with('s'))
        .count();
    let counts: Vec<usize> = text
        .match_indices("/Count ")
        .filter_map(|(at, m)| {
            let digits: String = text[at + m.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        })
        .collect();
    assert!(
        counts.contains(&leaves),
        "{leaves} page objects, but the page tree counts {counts:?}"
    );
    leaves
}

/// The text of each page of `pdf`, as `pdftotext -layout` (poppler-utils) lays it out,
/// with runs of white space made one space.
fn pdf_pages(pdf: &[u8], layout: bool) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!("e2e-print-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("handout.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(if layout {
            &["-layout", "-enc", "UTF-8"][..]
        } else {
            &["-enc", "UTF-8"][..]
        })
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (make setup installs poppler-utils)");
    let _ = std::fs::remove_dir_all(&dir);
    String::from_utf8_lossy(&out.stdout)
        .split('\u{c}')
        .map(words)
        .collect()
}

/// `s` with its white space made single spaces, and ligatures as letters.
fn words(s: &str) -> String {
    s.replace('\u{fb01}', "fi")
        .replace('\u{fb02}', "fl")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The page (0-based) on which `needle` is found, the pages joined; for text that runs
/// over a page break, the page it starts on (`end`: it ends on).
fn page_of(pages: &[String], needle: &str, end: bool) -> Option<usize> {
    let joined = pages.join(" ");
    let at = joined.find(needle)? + if end { needle.len() - 1 } else { 0 };
    let mut start = 0;
    pages.iter().position(|p| {
        start += p.len() + 1;
        at < start
    })
}

/// What the handout PDF of option `o` gets wrong: a claim ending on a page before the
/// one its first quote starts on, or a source's position printed more or less than once.
fn layout_faults(o: &policy_options_explainer::model::PolicyOption, pdf: &[u8]) -> Vec<String> {
    use policy_options_explainer::model::normalize::strip_markup;
    let c = corpus();
    let pages = pdf_pages(pdf, true);
    let head = |s: &str, n: usize| words(s).split(' ').take(n).collect::<Vec<_>>().join(" ");
    let tail = |s: &str, n: usize| {
        let w: Vec<String> = words(s).split(' ').map(String::from).collect();
        w[w.len().saturating_sub(n)..].join(" ")
    };
    let mut faults = Vec::new();
    for a in c.arguments.iter().filter(|a| a.option == o.id) {
        let Some(e) = a.evidence.first() else {
            continue;
        };
        let claim = page_of(&pages, &tail(&a.claim, 4), true);
        let quote = page_of(&pages, &head(&strip_markup(&e.quote), 4), false);
        match (claim, quote) {
            (Some(p), Some(q)) if p == q => {}
            _ => faults.push(format!(
                "{}: claim ends on page {claim:?}, its first quote starts on page {quote:?}",
                a.id
            )),
        }
    }
    // The table's cells read one by one (not line by line across the columns).
    let text = pdf_pages(pdf, false).join(" ");
    for s in &c.sources {
        if let Some(p) = c.position(&o.id, &s.id) {
            // Its first words: a table cell's lines are read one at a time.
            let n = text.matches(&head(&p.summary, 2)).count();
            if n != 1 {
                faults.push(format!("{}'s position printed {n} times", s.short));
            }
        }
    }
    faults
}

/// The PDF of the page on `size` paper (also written to `$E2E_PRINT_PDF_DIR/name.pdf`
/// when that is set, to look at).
async fn print_pdf(c: &Client, size: PrintSize, name: &str) -> Vec<u8> {
    let config = PrintConfiguration::builder()
        .size(size)
        .build()
        .expect("a print configuration");
    let pdf = c.print(config).await.expect("WebDriver Print");
    if let Ok(dir) = std::env::var("E2E_PRINT_PDF_DIR") {
        let path = Path::new(&dir).join(format!("{name}.pdf"));
        std::fs::write(&path, &pdf).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    pdf
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn handouts_on_paper() {
    let _alone = support::alone().await;
    let server = StaticServer::start(&dist());
    let base = server.url();
    let driver = Driver::start();
    let c = connect(&driver, chrome_capabilities(1280, 900)).await;
    // In its own task, so that a failed assertion still reaches the clean-up below.
    let outcome = tokio::spawn(on_paper(c.clone(), base)).await;
    let _ = c.close().await;
    drop(driver);
    drop(server);
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

async fn on_paper(c: Client, base: String) {
    let corpus = corpus();
    let option = corpus.option("border").unwrap_or(&corpus.options[0]);
    let quotes: usize = corpus
        .arguments
        .iter()
        .filter(|a| a.option == option.id)
        .map(|a| a.evidence.len())
        .sum();

    // The handout on screen: its Print button, and the site header as on every page
    // (issue 27); paper has no header (below).
    c.goto(&format!("{base}#/handout/{}", option.id))
        .await
        .unwrap();
    wait(&c, "[data-testid=handout]").await;
    let screen = c
        .execute(
            "return [getComputedStyle(document.querySelector('.site-header')).display, \
             document.querySelector('[data-testid=print]').getClientRects().length]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(screen, json!(["flex", 1]), "header shown, Print shown");

    // On paper: no navigation, every quote with its citation.
    emulate(&c, "print").await;
    let (faults, shown) = paper_faults(&c).await;
    assert!(faults.is_empty(), "handout on paper: {faults:#?}");
    assert_eq!(shown as usize, quotes, "every quote of the option on paper");
    emulate(&c, "").await;

    // The option page with its evidence open prints the same way.
    c.goto(&format!("{base}#/option/{}", option.id))
        .await
        .unwrap();
    wait(&c, "[data-testid=open-all]").await;
    c.find(Locator::Css("[data-testid=open-all]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait(&c, "[data-testid=evidence]").await;
    emulate(&c, "print").await;
    let (faults, shown) = paper_faults(&c).await;
    assert!(faults.is_empty(), "option page on paper: {faults:#?}");
    assert_eq!(shown as usize, quotes, "every open quote on paper");
    emulate(&c, "").await;

    // PDFs: the browser's own print-to-PDF.
    c.goto(&format!("{base}#/handout/{}", option.id))
        .await
        .unwrap();
    wait(&c, "[data-testid=handout]").await;
    let a4_pdf = print_pdf(&c, PrintSize::A4, "handout-a4").await;
    let letter_pdf = print_pdf(&c, PrintSize::US_LETTER, "handout-letter").await;
    let (a4, letter) = (pages(&a4_pdf), pages(&letter_pdf));
    println!(
        "handout of “{}” ({quotes} quotes): {a4} pages on A4, {letter} on US Letter",
        option.label
    );
    // At least a page for the table and the start, and no more than two quotes'
    // worth of paper per quote (a quote split badly or a layout blown up would).
    for (paper, n) in [("A4", a4), ("Letter", letter)] {
        assert!(
            (2..=quotes.max(2)).contains(&n),
            "{paper}: {n} pages for {quotes} quotes"
        );
    }
    assert!(
        letter >= a4,
        "Letter is shorter than A4: {letter} < {a4} pages"
    );
    for (paper, pdf) in [("A4", &a4_pdf), ("Letter", &letter_pdf)] {
        let faults = layout_faults(option, pdf);
        assert!(faults.is_empty(), "{paper} handout: {faults:#?}");
    }
    // No more paper than before issue 27 (A4 6, Letter 7 for "Border fencing").
    if option.id == "border" {
        assert!(a4 <= 6 && letter <= 7, "A4 {a4}, Letter {letter} pages");
    }

    // The full handout: each option from a new page. (Checked by its style rather than
    // in a PDF: printing its 70-odd pages outlasted chromedriver's 10 s renderer timeout
    // on a loaded machine.)
    c.goto(&format!("{base}#/handout/all")).await.unwrap();
    wait(&c, "[data-testid=handout-option]").await;
    emulate(&c, "print").await;
    let breaks = c
        .execute(
            "return [...document.querySelectorAll('[data-testid=handout-option]')].map(s => getComputedStyle(s).breakBefore)",
            vec![],
        )
        .await
        .unwrap();
    let breaks: Vec<&str> = breaks
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(breaks.len(), corpus.options.len());
    assert!(breaks.iter().all(|b| *b == "page"), "{breaks:?}");
    let (faults, _) = paper_faults(&c).await;
    assert!(faults.is_empty(), "full handout on paper: {faults:#?}");
    emulate(&c, "").await;
}
