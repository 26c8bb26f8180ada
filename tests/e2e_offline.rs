//! End to end, offline (issue 12): the served build installs its service worker on the
//! first visit; with the server stopped the app reloads and a deep link opens; a rebuilt
//! `dist/` served on the same origin is offered as an update, and accepting reloads into
//! it. All of it under the shipped policy, sent as a header that reports violations.
//!
//! The rebuilt dist is a copy of `dist/` with another version in `sw.js` (the line
//! `scripts/precache.sh` writes at every build: a new version is a new worker and a new
//! cache) and a marker on `index.html`'s `<html>`, so the test can tell which build the
//! page runs. Needs `make build` and chromedriver; `make test` runs it with
//! `cargo test --test e2e_offline -- --ignored`.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
mod support;
#[allow(dead_code)] // the strict tests' helpers; this test uses a few
#[path = "support/watch.rs"]
mod watch;

use fantoccini::{Client, Locator};
use serde_json::Value;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use support::files::copy_dir;
use support::{Driver, StaticServer};
use watch::*;

/// The shipped policy as a header, with `report-uri` back to the test server.
fn headers() -> Vec<(String, String)> {
    vec![(
        "Content-Security-Policy".into(),
        format!("{POLICY}; report-uri {REPORT_PATH}"),
    )]
}

/// Waits until the script `expr` (a `return ...`) gives `true`.
async fn until(c: &Client, what: &str, expr: &str, secs: u64) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if c.execute(expr, vec![]).await.ok() == Some(Value::Bool(true)) {
            return;
        }
        if Instant::now() >= deadline {
            // What the page saw (a refused registration shows here, not in the page).
            let console = console_errors(c).await;
            let (violations, errors) = watched(c).await;
            panic!("{what}: not after {secs} s; {console:?} {violations:?} {errors:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The names of the page's caches (Cache Storage).
async fn caches(c: &Client) -> Vec<String> {
    let v = c
        .execute_async(
            "const done = arguments[arguments.length - 1]; caches.keys().then(done, e => done([String(e)]))",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(v).unwrap_or_default()
}

/// The version `scripts/precache.sh` wrote into a build's `sw.js`.
fn version(dir: &Path) -> String {
    let sw = std::fs::read_to_string(dir.join("sw.js")).expect("dist/sw.js (make build)");
    let line = sw
        .lines()
        .find(|l| l.starts_with("const VERSION = \""))
        .expect("sw.js has a VERSION line");
    line.trim_start_matches("const VERSION = \"")
        .trim_end_matches("\";")
        .to_string()
}

/// A folder removed when dropped (also when the test fails).
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A copy of `dist` as the next build: another version in `sw.js`, and `<html
/// data-build="next">` in `index.html`.
fn next_build(dist: &Path) -> TempDir {
    let dir = TempDir(std::env::temp_dir().join(format!("poe-next-build-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&dir.0);
    copy_dir(dist, &dir.0);
    let old = version(dist);
    let sw = std::fs::read_to_string(dist.join("sw.js")).unwrap();
    let sw = sw.replacen(&format!("\"{old}\""), &format!("\"next-{old}\""), 1);
    std::fs::write(dir.0.join("sw.js"), sw).unwrap();
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(
        html.contains("<html lang=\"en\">"),
        "index.html changed shape"
    );
    let html = html.replacen(
        "<html lang=\"en\">",
        "<html lang=\"en\" data-build=\"next\">",
        1,
    );
    std::fs::write(dir.0.join("index.html"), html).unwrap();
    dir
}

async fn offline_then_update(c: Client, dist: PathBuf) {
    let server = StaticServer::start_on(&dist, 0, headers());
    let (port, base) = (server.port, server.url());

    // 1. One visit: the worker installs, precaches the build and takes control.
    load(&c, &base).await;
    c.execute(WATCH, vec![]).await.unwrap();
    until(
        &c,
        "the service worker controls the page",
        "return !!navigator.serviceWorker.controller",
        60,
    )
    .await;
    let v1 = version(&dist);
    let keys = caches(&c).await;
    assert!(
        keys.len() == 1 && keys[0].ends_with(&v1),
        "one cache, named after build {v1}: {keys:?}"
    );
    let errors = console_errors(&c).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    let (violations, errors) = watched(&c).await;
    assert!(
        violations.is_empty() && errors.is_empty(),
        "{violations:?} {errors:?}"
    );
    let worker: Vec<_> = server
        .requests()
        .into_iter()
        .filter(|r| r.referer.ends_with("/sw.js"))
        .map(|r| r.target)
        .collect();
    assert!(
        worker.iter().any(|t| t.ends_with(".wasm"))
            && worker.iter().any(|t| t == "/index.html")
            && worker.iter().any(|t| {
                *t == format!(
                    "/{}",
                    policy_options_explainer::model::deferred::file_name()
                )
            }),
        "the worker fetched the build: {worker:?}"
    );
    assert!(reports(&server).is_empty(), "{:?}", reports(&server));

    // 2. The server stops: the page reloads and a deep link opens.
    drop(server);
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "the server still answers"
    );
    c.refresh().await.unwrap();
    wait_for_heading(&c).await;
    let s = shown(&c).await;
    assert!(
        !s.failure && !s.not_found && !s.h1.is_empty(),
        "offline reload: {s:?}"
    );
    load(&c, &format!("{base}#/option/border")).await;
    let s = shown(&c).await;
    assert!(
        !s.failure && !s.not_found && s.hash == "#/option/border" && s.h1.contains("Border"),
        "offline deep link: {s:?}"
    );
    eprintln!("offline: reloaded, and #/option/border opened: {:?}", s.h1);

    // 3. A new build on the same origin: the page, still the old build, offers it.
    let next = next_build(&dist);
    let server = StaticServer::start_on(&next.0, port, headers());
    c.refresh().await.unwrap();
    wait_for_heading(&c).await;
    c.execute(WATCH, vec![]).await.unwrap();
    until(
        &c,
        "the update offer",
        "const s = document.querySelector('[data-testid=update-offer] [role=status]'); return !!s && s.textContent !== ''",
        60,
    )
    .await;
    let offer = c
        .execute(
            "const o = document.querySelector('[data-testid=update-offer]'); return [o.getAttribute('aria-label'), o.innerText, document.documentElement.dataset.build || 'old']",
            vec![],
        )
        .await
        .unwrap();
    eprintln!("update offered: {offer}");
    assert_eq!(offer[2], "old", "the page still runs the old build");
    let buttons = c
        .find_all(Locator::Css("[data-testid=update-offer] button"))
        .await
        .unwrap();
    assert_eq!(buttons.len(), 2, "Reload now and Later");
    assert_eq!(buttons[0].text().await.unwrap(), "Reload now");
    let findings = axe_all(&c).await;
    assert!(findings.is_empty(), "axe on the offer: {findings:#?}");

    // 4. Accepting reloads into the new build, at the same address; the old cache goes.
    buttons[0].click().await.unwrap();
    until(
        &c,
        "the reload into the new build",
        "return document.documentElement.dataset.build === 'next' && !!document.querySelector('main h1')",
        60,
    )
    .await;
    wait_for_heading(&c).await;
    let s = shown(&c).await;
    assert!(
        !s.failure && s.hash == "#/option/border",
        "after the update: {s:?}"
    );
    let keys = caches(&c).await;
    assert!(
        keys.len() == 1 && keys[0].ends_with(&format!("next-{v1}")),
        "only the new build's cache: {keys:?}"
    );
    let errors = console_errors(&c).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    assert!(reports(&server).is_empty(), "{:?}", reports(&server));
    eprintln!("updated: {keys:?}");
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs `make build` and chromedriver; `make test` runs it"]
async fn after_one_visit_the_app_works_offline_and_offers_a_new_build() {
    let dist = dist();
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert_eq!(meta_policy(&html).as_deref(), Some(POLICY));
    // The single file (file://) registers no worker and links no manifest.
    let single = support::single_file::build(&dist).expect("build the single file");
    let single = std::fs::read_to_string(single).unwrap();
    assert!(!single.contains("rel=\"manifest\"") && !single.contains("serviceWorker"));
    let driver = Driver::start();
    let c = chromium(&driver.url(), 1280, 900).await;
    let outcome = tokio::spawn(offline_then_update(c.clone(), dist)).await;
    let _ = c.close().await;
    drop(driver);
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}
