//! End to end, content before code (issue 28): the home view is prerendered into
//! `index.html` (`examples/prerender.rs`) and the app takes those nodes over
//! (hydration). Checked in headless Chromium against the release build, served on
//! loopback: the page before any wasm (a copy of the build whose wasm is missing, so
//! what the browser paints first stays on screen), and the page once the app runs.
//!
//! `cargo test --test e2e -- --ignored prerender::` after `trunk build --release`.
#![cfg(not(target_arch = "wasm32"))]

use fantoccini::Client;
use std::path::{Path, PathBuf};
use support::watch::{chromium, console_errors, session};
use support::{dist, settled, wait, Driver, StaticServer};

/// A copy of the build without its wasm: the page stays as painted from HTML. One per
/// test (`name`): the tests run side by side.
struct NoWasm(PathBuf);

impl NoWasm {
    fn new(name: &str) -> NoWasm {
        let copy = NoWasm::copy(name);
        for entry in std::fs::read_dir(copy.dir()).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "wasm") {
                std::fs::remove_file(path).unwrap();
            }
        }
        copy
    }

    /// A copy of the build as it is (to alter).
    fn copy(name: &str) -> NoWasm {
        let dir = std::env::temp_dir().join(format!("poe-no-wasm-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        support::files::copy_dir(&dist(), &dir);
        NoWasm(dir)
    }

    fn dir(&self) -> &Path {
        &self.0
    }
}

impl Drop for NoWasm {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The page's `#app`: each element's tag and each text, in document order (attributes,
/// which the app's effects add to, and Yew's comments left out); whether it is shown;
/// how the app started (`data-start`).
async fn app_shape(c: &Client) -> (String, bool, String) {
    let v = c
        .execute(
            r#"const app = document.getElementById('app');
const out = [];
// Adjacent text nodes read as one (the HTML parser joins what the app keeps apart).
const walk = n => {
  let text = '';
  const flush = () => { if (text.trim()) out.push(text.trim()); text = ''; };
  for (const k of n.childNodes) {
    if (k.nodeType === 3) { text += k.data; continue; }
    if (k.nodeType !== 1) continue;
    flush();
    out.push('<' + k.tagName.toLowerCase() + '>'); walk(k); out.push('</>');
  }
  flush();
};
walk(app);
return [out.join(''), app.checkVisibility(), app.dataset.start || ''];"#,
            vec![],
        )
        .await
        .unwrap();
    let s = |i: usize| v[i].as_str().unwrap_or_default().to_string();
    (s(0), v[1].as_bool().unwrap_or(false), s(2))
}

/// The console's errors, less those of the copy without wasm (`painted`): that page
/// fetches its code up to 100 ms after its first paint (start.js), so on a busy machine
/// its 404 is logged after the test has moved on to the served build (CI, 2026-12-07:
/// read before it was logged, it failed the next page's check).
async fn errors_not_from(c: &Client, painted: &str) -> Vec<String> {
    let mut errors = console_errors(c).await;
    errors.retain(|m| !m.contains(painted));
    errors
}

async fn with_page<Fut>(test: impl FnOnce(Client) -> Fut)
where
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let driver = Driver::start();
    let c = chromium(&driver.url(), 1280, 900).await;
    session(c, test).await;
    drop(driver);
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn the_app_takes_over_the_prerendered_home_and_draws_the_same() {
    let _alone = support::alone().await;
    let bare = NoWasm::new("hydrated");
    let painted = StaticServer::start(bare.dir());
    let served = StaticServer::start(&dist());
    let (painted, served) = (painted.url(), served.url());
    with_page(|c| async move {
        c.goto(&format!("{painted}#/")).await.unwrap();
        wait(&c, "[data-testid=option-card]").await;
        let (before, shown, start) = app_shape(&c).await;
        assert!(shown && start.is_empty(), "the prerendered home is shown");
        assert!(before.contains("Border"), "{before}");
        c.goto(&format!("{served}#/")).await.unwrap();
        settled(&c).await;
        let (after, shown, start) = app_shape(&c).await;
        assert!(shown && start == "hydrated", "started {start:?}");
        assert_eq!(
            before, after,
            "the prerendered and the hydrated home differ"
        );
        let errors = errors_not_from(&c, &painted).await;
        assert!(errors.is_empty(), "{errors:#?}");
        // Live: a card's link opens its option.
        c.find(fantoccini::Locator::Css("[data-testid=option-title] a"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        settled(&c).await;
        let hash = c.execute("return location.hash", vec![]).await.unwrap();
        assert!(
            hash.as_str().unwrap_or_default().starts_with("#/option/"),
            "{hash}"
        );
    })
    .await;
}

/// A page whose data block of what home shows is missing (an `index.html` edited by
/// hand, say): the app waits for the whole corpus, then draws the same home in place of
/// the prerendered one; never an error or an empty page.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn without_its_home_data_the_page_waits_for_the_whole_corpus_and_draws_the_same() {
    let _alone = support::alone().await;
    let copy = NoWasm::copy("no-home-data");
    let index = copy.dir().join("index.html");
    let html = std::fs::read_to_string(&index).unwrap();
    const BLOCK: &str = "<script type=\"application/octet-stream\" id=\"poe-home\">";
    let (a, rest) = html
        .split_once(BLOCK)
        .expect("the build's page has its home data");
    let (_, b) = rest.split_once("</script>").unwrap();
    std::fs::write(&index, format!("{a}{b}")).unwrap();
    let whole = StaticServer::start(&dist());
    let edited = StaticServer::start(copy.dir());
    let (whole, edited) = (whole.url(), edited.url());
    with_page(|c| async move {
        c.goto(&format!("{whole}#/")).await.unwrap();
        settled(&c).await;
        let (expected, _, _) = app_shape(&c).await;
        c.goto(&format!("{edited}#/")).await.unwrap();
        settled(&c).await;
        let (drawn, shown, start) = app_shape(&c).await;
        assert!(shown && start == "rendered", "started {start:?}");
        assert_eq!(drawn, expected);
        let errors = console_errors(&c).await;
        assert!(errors.is_empty(), "{errors:#?}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn the_prerendered_home_never_shows_in_place_of_another_page_or_theme() {
    let _alone = support::alone().await;
    let bare = NoWasm::new("elsewhere");
    let painted = StaticServer::start(bare.dir());
    let served = StaticServer::start(&dist());
    let (painted, served) = (painted.url(), served.url());
    with_page(|c| async move {
        // Before any wasm: a deep link hides the home; so do a kept presenter mode and
        // kept documents; a kept theme is on <html> at once.
        c.goto(&format!("{painted}#/option/border")).await.unwrap();
        wait(&c, "html[data-elsewhere]").await;
        assert!(
            !app_shape(&c).await.1,
            "the home is shown at #/option/border"
        );
        for (key, value) in [("presenter", "on"), ("poe-documents-v1", "x")] {
            c.goto(&format!("{painted}#/")).await.unwrap();
            let set = format!("localStorage.clear(); localStorage.setItem('{key}', '{value}')");
            c.execute(&set, vec![]).await.unwrap();
            c.refresh().await.unwrap();
            wait(&c, "html[data-elsewhere]").await;
            assert!(!app_shape(&c).await.1, "the home is shown with {key} kept");
        }
        c.execute(
            "localStorage.clear(); localStorage.setItem('theme', 'dark')",
            vec![],
        )
        .await
        .unwrap();
        c.refresh().await.unwrap();
        wait(&c, "[data-testid=option-card]").await;
        let theme = c
            .execute("return document.documentElement.dataset.theme", vec![])
            .await
            .unwrap();
        assert_eq!(theme.as_str(), Some("dark"));
        assert!(app_shape(&c).await.1);
        c.execute("localStorage.clear()", vec![]).await.unwrap();
        // With the app: a deep link is rendered, never hydrated, and shows its page.
        c.goto(&format!("{served}#/option/border")).await.unwrap();
        settled(&c).await;
        let (shape, shown, start) = app_shape(&c).await;
        assert!(shown && start == "rendered", "started {start:?}");
        assert!(
            !shape.contains("Present all options as slides"),
            "home in {shape}"
        );
        // The whole corpus was fetched once, beside the code (early.js's preload, which the
        // app's own fetch then used).
        let fetched = c
            .execute(
                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/corpus-')).map(e => e.initiatorType)",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(fetched, serde_json::json!(["link"]), "the corpus's fetches");
        // Presenter mode kept: rendered afresh, in presenter mode.
        c.execute("localStorage.setItem('presenter', 'on')", vec![])
            .await
            .unwrap();
        c.goto(&format!("{served}#/")).await.unwrap();
        c.refresh().await.unwrap();
        settled(&c).await;
        let (_, shown, start) = app_shape(&c).await;
        assert!(shown && start == "rendered", "started {start:?}");
        wait(&c, ".app.presenter").await;
        c.execute("localStorage.clear()", vec![]).await.unwrap();
        let errors = errors_not_from(&c, &painted).await;
        assert!(errors.is_empty(), "{errors:#?}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn before_any_code_the_home_is_readable_and_axe_finds_nothing() {
    let _alone = support::alone().await;
    let bare = NoWasm::new("readable");
    let painted = StaticServer::start(bare.dir());
    let painted = painted.url();
    with_page(|c| async move {
        c.goto(&format!("{painted}#/")).await.unwrap();
        wait(&c, "[data-testid=option-card]").await;
        let h1 = c.execute(
            "return document.querySelector('main h1').textContent",
            vec![],
        );
        let h1 = h1.await.unwrap();
        assert!(
            h1.as_str().unwrap_or_default().contains("Policy options"),
            "{h1}"
        );
        let cards = c
            .execute(
                "return document.querySelectorAll('[data-testid=option-card]').length",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            cards.as_u64(),
            Some(policy_options_explainer::shown::corpus().options.len() as u64)
        );
        let (found, _) = support::axe::axe(&c, &support::axe::axe_source()).await;
        assert!(found.is_empty(), "axe on the prerendered home: {found:#?}");
    })
    .await;
}
