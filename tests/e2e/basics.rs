//! End to end: the release build in `dist/`, served on loopback, driven in headless
//! Chromium through WebDriver, as a new user would use it.
//!
//! Needs `trunk build --release` first and chromedriver on PATH; `make test` does both
//! and runs this with `cargo test --test e2e -- --ignored basics::`.
#![cfg(not(target_arch = "wasm32"))]

use fantoccini::{Client, Locator};

use support::{chrome_capabilities, connect, dist, frames, settled, wait, Driver, StaticServer};

/// Scrolls an element to the middle of the viewport and clicks it, as a user would.
async fn click(c: &Client, css: &str) {
    let e = wait(c, css).await;
    let arg = serde_json::to_value(&e).unwrap();
    c.execute("arguments[0].scrollIntoView({block: 'center'});", vec![arg])
        .await
        .unwrap();
    e.click()
        .await
        .unwrap_or_else(|err| panic!("clicking {css}: {err}"));
}

async fn count(c: &Client, css: &str) -> usize {
    c.find_all(Locator::Css(css))
        .await
        .map(|v| v.len())
        .unwrap_or(0)
}

/// Runs `test` against a fresh headless Chromium of the given size; the browser and its
/// driver are stopped afterwards even when the test fails.
async fn with_browser<F, Fut>(width: u32, height: u32, test: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let driver = Driver::start();
    let c = connect(&driver, chrome_capabilities(width, height)).await;
    // In its own task, so that a failed assertion still reaches the clean-up below.
    let outcome = tokio::spawn(test(c.clone())).await;
    let _ = c.close().await;
    drop(driver);
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// Every resource the page loaded came from `base` (nothing left the machine).
async fn assert_only_local_requests(c: &Client, base: &str) {
    let names = c
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name)",
            vec![],
        )
        .await
        .unwrap();
    for name in names.as_array().unwrap() {
        let name = name.as_str().unwrap();
        assert!(name.starts_with(base), "the page requested {name}");
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn a_new_user_reaches_a_quote_in_three_clicks_and_back() {
    let _alone = support::alone().await;
    let server = StaticServer::start(&dist());
    let base = server.url();
    with_browser(1280, 900, |c| walk(c, base)).await;
}

async fn walk(c: Client, base: String) {
    {
        c.goto(&base).await.unwrap();
        wait(&c, "[data-testid=option-card]").await;

        // Home: every option as a card, the five named ones among them.
        let titles: Vec<String> = {
            let mut out = Vec::new();
            for e in c
                .find_all(Locator::Css("[data-testid=option-title]"))
                .await
                .unwrap()
            {
                out.push(e.text().await.unwrap());
            }
            out
        };
        assert!(titles.len() >= 5, "{titles:?}");
        for label in [
            "Diplomatic engagement with the Afghan Taliban",
            "Border fencing and management",
            "Kinetic strikes and military operations",
            "Development and economic investment",
            "Negotiation with the TTP",
        ] {
            assert!(
                titles.iter().any(|t| t == label),
                "no card titled {label}: {titles:?}"
            );
        }
        assert_only_local_requests(&c, &base).await;

        // Click 1: an option.
        click(&c, "[data-testid=option-card][data-id=border] h2 a").await;
        wait(&c, "[data-testid=option-page][data-id=border]").await;
        assert!(count(&c, "[data-testid=argument]").await > 0);

        // Click 2: an argument's evidence.
        click(&c, "[data-testid=argument] [data-testid=toggle-evidence]").await;
        wait(&c, "[data-testid=evidence]").await;

        // Click 3: read the quote in context.
        click(&c, "[data-testid=evidence] .read-in-context").await;
        let mark = wait(&c, "[data-testid=focus-quote]").await;
        assert_eq!(mark.tag_name().await.unwrap(), "mark");
        assert!(!mark.text().await.unwrap().trim().is_empty());
        assert!(c.current_url().await.unwrap().as_str().contains("#/quote/"));

        // And back, with the browser's back button.
        c.back().await.unwrap();
        wait(&c, "[data-testid=option-page][data-id=border]").await;
        c.back().await.unwrap();
        wait(&c, "[data-testid=option-cards]").await;

        // A deep link opens directly, and an unknown one shows a way home.
        c.goto(&format!("{}#/compare", base)).await.unwrap();
        wait(&c, "table[data-testid=matrix] caption").await;
        c.goto(&format!("{}#/option/not-an-option", base))
            .await
            .unwrap();
        wait(&c, "[data-testid=not-found] a").await;
        assert_only_local_requests(&c, &base).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn the_single_file_opens_offline_from_a_file_url() {
    let _alone = support::alone().await;
    let file = policy_options_explainer::model::single_file::build(&dist())
        .expect("build the single file");
    let url = format!("file://{}", file.canonicalize().unwrap().display());
    with_browser(1280, 900, |c| async move {
        // A deep link straight into a quote, as a presenter would bookmark it.
        let arg = policy_options_explainer::shown::corpus().arguments[0]
            .id
            .to_string();
        c.goto(&format!("{url}#/quote/{arg}/1")).await.unwrap();
        wait(&c, "[data-testid=focus-quote]").await;
        c.goto(&format!("{url}#/")).await.unwrap();
        wait(&c, "[data-testid=option-card]").await;
        // Everything is inline: the page made no request at all.
        support::assert_no_requests(&c).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn no_view_scrolls_sideways_on_a_360px_phone() {
    let _alone = support::alone().await;
    let server = StaticServer::start(&dist());
    let base = server.url();
    with_browser(360, 800, |c| async move {
        let views = [
            "/",
            "/option/border",
            "/compare",
            "/overview",
            "/compare/border/akbar/kakar",
            "/search?q=border",
            "/source/bakhsh-rab-faiz",
            "/discrepancies",
            "/shared-wording",
            "/timeline",
            "/glossary",
            "/about",
        ];
        for v in views {
            c.goto("about:blank").await.unwrap();
            c.goto(&format!("{base}#{v}")).await.unwrap();
            wait(&c, "main h1").await;
            // Measured once the view has settled and been laid out.
            settled(&c).await;
            frames(&c).await;
            let w = c
                .execute(
                    "return [document.documentElement.scrollWidth, window.innerWidth]",
                    vec![],
                )
                .await
                .unwrap();
            let (scroll, inner) = (w[0].as_u64().unwrap(), w[1].as_u64().unwrap());
            assert!(
                scroll <= inner,
                "{v}: the page is {scroll} px wide in a {inner} px window"
            );
        }
    })
    .await;
}

/// The whole corpus arrives after the first render (`src/model/deferred.rs`): when it
/// cannot (a server that lost it, or serves another file in its place), home still works
/// and every other view says why in words, never a blank page or the failure view.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `trunk build --release` and chromedriver; `make test` runs it"]
async fn a_corpus_that_does_not_arrive_is_said_and_home_still_works() {
    let _alone = support::alone().await;
    let dir = std::env::temp_dir().join(format!("poe-no-corpus-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    support::files::copy_dir(&dist(), &dir);
    let whole = dir.join(policy_options_explainer::model::deferred::file_name());
    std::fs::remove_file(&whole).unwrap();
    let arg = policy_options_explainer::shown::corpus().arguments[0]
        .id
        .to_string();
    let server = StaticServer::start(&dir);
    let base = server.url();
    with_browser(1280, 900, |c| async move {
        c.goto(&format!("{base}#/option/border")).await.unwrap();
        let said = wait(&c, "[data-testid=texts-failed]")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            said.contains("could not be loaded") && said.contains("answered 404"),
            "{said}"
        );
        assert_eq!(count(&c, "[data-testid=app-failure]").await, 0);
        click(&c, "[data-testid=texts-failed] a").await;
        wait(&c, "[data-testid=option-card]").await;
        settled(&c).await;
        // Another file in its place (a server's page for a missing file) is refused.
        std::fs::write(&whole, "<!doctype html><title>Not found</title>").unwrap();
        c.goto(&format!("{base}#/quote/{arg}/1")).await.unwrap();
        c.refresh().await.unwrap();
        let said = wait(&c, "[data-testid=texts-failed]")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            said.contains("is not the corpus this copy of the app was built with"),
            "{said}"
        );
        assert_eq!(count(&c, "[data-testid=focus-quote]").await, 0);
    })
    .await;
    let _ = std::fs::remove_dir_all(&dir);
}
