//! End to end (issues 11 and 23): in the release build, served on loopback under its own
//! Content-Security-Policy, a student collects four quotes from three sources, adds a
//! note, exports Markdown, BibTeX and RIS, and the files Chromium saves hold the quotes
//! with their in-text citations and the note, one reference list with each work once,
//! and one entry per work.
//!
//! Needs `make build` and chromedriver; `make test` runs it with
//! `cargo test --test e2e -- --ignored notebook::`.
#![cfg(not(target_arch = "wasm32"))]

// Shared with the other end-to-end tests, which use the rest of them.

use fantoccini::{Client, Locator};

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use support::{chrome_capabilities, connect, dist, settled, wait, Driver, StaticServer};

/// A download folder of its own, removed when dropped.
struct Downloads(PathBuf);

impl Drop for Downloads {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Clicks the first element matching `css` inside the `n`th element matching `within`,
/// scrolled into view as a student would see it.
async fn click_in(c: &Client, within: &str, n: usize, css: &str) {
    let groups = c.find_all(Locator::Css(within)).await.unwrap();
    let e = groups[n]
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|err| panic!("{within}[{n}] {css}: {err}"));
    let arg = serde_json::to_value(&e).unwrap();
    c.execute("arguments[0].scrollIntoView({block: 'center'});", vec![arg])
        .await
        .unwrap();
    e.click().await.unwrap();
}

async fn count(c: &Client, css: &str) -> usize {
    c.find_all(Locator::Css(css)).await.map_or(0, |v| v.len())
}

/// Waits for a finished file in `dir` (Chromium writes `*.crdownload` first).
fn downloaded(dir: &Path, name: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(text) = std::fs::read_to_string(dir.join(name)) {
            if !text.is_empty() {
                return text;
            }
        }
        assert!(
            Instant::now() < deadline,
            "no {name} in {}: {:?}",
            dir.display(),
            std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.file_name()).collect::<Vec<_>>())
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `make build` and chromedriver; `make test` runs it"]
async fn quotes_from_three_sources_with_a_note_export_as_markdown_bib_and_ris() {
    let _alone = support::alone().await;
    let server = StaticServer::start(&dist());
    let base = server.url();
    let dir = Downloads(std::env::temp_dir().join(format!("notebook-e2e-{}", std::process::id())));
    std::fs::create_dir_all(&dir.0).unwrap();
    let mut caps = chrome_capabilities(1280, 900);
    caps["goog:chromeOptions"]["prefs"] = serde_json::json!({
        "download.default_directory": dir.0.to_string_lossy(),
        "download.prompt_for_download": false,
    });
    let driver = Driver::start();
    let c = connect(&driver, caps).await;
    let folder = dir.0.clone();
    // In its own task, so that a failed assertion still reaches the clean-up below.
    let outcome = tokio::spawn(walk(c.clone(), base, folder)).await;
    let _ = c.close().await;
    drop(driver);
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

async fn walk(c: Client, base: String, dir: PathBuf) {
    c.goto(&format!("{base}#/option/border")).await.unwrap();
    wait(&c, "[data-testid=open-all]")
        .await
        .click()
        .await
        .unwrap();
    wait(&c, "[data-testid=evidence] [data-testid=collect]").await;
    // Two quotes from the first source, one each from the second and third.
    let group = "[data-testid=source-group]";
    let quote = "[data-testid=evidence] [data-testid=collect]";
    for n in [0, 0, 1, 2] {
        let before = count(&c, "[data-testid=evidence] [data-testid=in-notebook]").await;
        click_in(&c, group, n, quote).await;
        let deadline = Instant::now() + Duration::from_secs(20);
        while count(&c, "[data-testid=evidence] [data-testid=in-notebook]").await <= before {
            assert!(Instant::now() < deadline, "the quote was not collected");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    // The notebook, by the menu.
    wait(&c, "nav a[href='#/notebook']")
        .await
        .click()
        .await
        .unwrap();
    wait(&c, "[data-testid=notebook-item]").await;
    settled(&c).await;
    assert_eq!(count(&c, "[data-testid=notebook-item]").await, 4);
    let shown = c
        .execute(
            "return [...document.querySelectorAll('[data-testid=notebook-item]')].map(i => [
               i.querySelector('[data-testid=notebook-text]').textContent,
               i.querySelector('[data-testid=notebook-citation]').textContent])",
            vec![],
        )
        .await
        .unwrap();
    let note = c
        .find(Locator::Css("[data-testid=notebook-note]"))
        .await
        .unwrap();
    note.send_keys("Compare with the second source")
        .await
        .unwrap();
    // The note is saved when the box is left.
    c.find(Locator::Css("h1"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let stored = c
            .execute(
                "return localStorage.getItem('policy-options-explainer.notebook') || ''",
                vec![],
            )
            .await
            .unwrap();
        if stored
            .as_str()
            .unwrap_or("")
            .contains("Compare with the second source")
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the note was not stored: {stored}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    wait(&c, "[data-testid=export-markdown]")
        .await
        .click()
        .await
        .unwrap();
    let md = downloaded(&dir, "notebook.md");
    eprintln!("notebook.md, {} bytes:\n{md}", md.len());
    let items = shown.as_array().unwrap();
    assert_eq!(items.len(), 4);
    let mut sources = Vec::new();
    for item in items {
        let (text, citation) = (item[0].as_str().unwrap(), item[1].as_str().unwrap());
        // The quotation opens its citation (which changes its inner quotation marks and
        // final stop as the styles prescribe: tests/native/cite.rs), up to its first inner mark.
        let opening: String = text
            .trim()
            // Up to an inner quotation mark, or a character the Markdown escapes.
            .split([
                '"', '“', '”', '*', '_', '[', ']', '<', '>', '`', '~', '|', '$', '^', '&', '\\',
            ])
            .next()
            .unwrap_or_default()
            .chars()
            .take(40)
            .collect();
        assert!(
            md.contains(&format!("“{opening}")),
            "the file lacks the quote {text:?}"
        );
        // The in-text citation (the page shows it without the quotation, which is just
        // above it: issue 27); the file has it after the quotation.
        let cite = citation.split("\n\n").next().unwrap();
        assert!(
            cite.starts_with('(') && (opening.is_empty() || !cite.contains(&opening)),
            "the page repeats the quote: {citation:?}"
        );
        assert!(md.contains(cite), "the file lacks the citation {cite:?}");
        let reference = citation.rsplit("\n\n").next().unwrap();
        if !sources.contains(&reference) {
            sources.push(reference);
        }
    }
    assert_eq!(sources.len(), 3, "quotes from three sources: {sources:?}");
    // One reference list at the end, each work once (its authors and date open it: the
    // Markdown italicises the title), and no reference anywhere else.
    let (body, list) = md
        .split_once("\n## References\n\n")
        .expect("a reference list");
    assert!(!list.contains("\n#"), "the list is last: {list}");
    assert_eq!(list.trim().split("\n\n").count(), 3, "{list}");
    for reference in &sources {
        let authors_and_date = &reference[..reference.find(").").unwrap() + 2];
        assert_eq!(
            list.matches(authors_and_date).count(),
            1,
            "{authors_and_date}: {list}"
        );
        assert!(
            !body.contains(authors_and_date),
            "{authors_and_date} before the list"
        );
    }
    // APA 7 (the default): each quote with its in-text citation naming its section or
    // paragraph.
    assert_eq!(
        md.matches(" section).\n").count() + md.matches(", para. ").count(),
        4,
        "{md}"
    );
    // The works for a reference manager: one entry per work.
    for (button, name, entry) in [
        ("export-bibtex", "notebook.bib", "\n@"),
        ("export-ris", "notebook.ris", "TY  - "),
    ] {
        wait(&c, &format!("[data-testid={button}]"))
            .await
            .click()
            .await
            .unwrap();
        let file = ["\n", &downloaded(&dir, name)].concat();
        eprintln!("{name}:\n{file}");
        assert_eq!(file.matches(entry).count(), 3, "{name}: {file}");
    }
    assert!(
        md.contains("\nNote: Compare with the second source\n"),
        "{md}"
    );
    single_file(&c, &dir).await;
}

/// The single file, opened from `file://` (another origin: the served build's notebook
/// is not there): collecting and exporting work the same way.
async fn single_file(c: &Client, dir: &Path) {
    std::fs::remove_file(dir.join("notebook.md")).unwrap();
    let file = policy_options_explainer::model::single_file::build(&dist())
        .expect("build the single file");
    c.goto(&format!("file://{}#/option/border", file.display()))
        .await
        .unwrap();
    wait(c, "[data-testid=open-all]")
        .await
        .click()
        .await
        .unwrap();
    let quote = "[data-testid=evidence] [data-testid=collect]";
    wait(c, quote).await;
    click_in(c, "[data-testid=source-group]", 0, quote).await;
    wait(c, "[data-testid=evidence] [data-testid=in-notebook]").await;
    wait(c, "nav a[href='#/notebook']")
        .await
        .click()
        .await
        .unwrap();
    wait(c, "[data-testid=export-markdown]")
        .await
        .click()
        .await
        .unwrap();
    let md = downloaded(dir, "notebook.md");
    assert_eq!(md.matches(" section).\n\n").count(), 1, "single file: {md}");
}
