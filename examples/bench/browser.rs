//! Figures measured in headless Chromium through WebDriver, on builds served as a static
//! host serves them (precompressed brotli; see `sizes::Compressed`).

use super::report::{median, p95, Report};
use super::search::QUERIES;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use policy_options_explainer::shown::corpus;
use serde_json::Value;
use std::path::Path;
use std::time::Duration;
use support::{chrome_capabilities, Driver, StaticServer};

/// The app's first option card once the app runs (the prerendered one is there before),
/// and the hello page's heading.
const APP_READY: &str = ".app[data-settled] [data-testid=option-card]";
const HELLO_READY: &str = "[data-testid=hello]";

/// A new browser with a fresh profile; `extra` flags are added to the usual ones.
async fn session(driver: &Driver, extra: &[&str]) -> Client {
    let mut caps = chrome_capabilities(1280, 900);
    if let Some(Value::Array(args)) = caps
        .get_mut("goog:chromeOptions")
        .and_then(|o| o.get_mut("args"))
    {
        args.extend(extra.iter().map(|a| Value::from(*a)));
    }
    ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(&driver.url())
        .await
        .expect("connect to chromedriver")
}

async fn wait(c: &Client, css: &str) {
    c.wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("waiting for {css}: {e}"));
}

/// Milliseconds from navigation to the page's `first-render` mark.
async fn first_render(c: &Client, url: &str, ready: &str) -> f64 {
    c.goto(url).await.expect("open the page");
    wait(c, ready).await;
    entry(c, "first-render").await
}

/// Milliseconds from navigation to the first entry named `name` (a mark, or a paint
/// such as `first-contentful-paint`); -1 if there is none.
async fn entry(c: &Client, name: &str) -> f64 {
    let js =
        format!("const e = performance.getEntriesByName('{name}')[0]; return e ? e.startTime : -1");
    c.execute(&js, vec![])
        .await
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(-1.0)
}

/// Content before code (issue 28), fresh profiles: the home's first card painted from
/// HTML (first contentful paint), the app interactive on it (`first-render`: the
/// prerendered nodes taken over, listeners attached and effects run, so a click on the
/// card is the app's from then on), and a deep link's own page drawn (`settled`); the
/// last two against the hello page's cold start (`hello`) and the app's (`cold`).
async fn content_before_code(
    server: &StaticServer,
    driver: &Driver,
    report: &mut Report,
    (hello, cold): (Option<f64>, f64),
) {
    const RUNS: usize = 7;
    let (mut painted, mut live, mut deep) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let c = session(driver, &[]).await;
        live.push(first_render(&c, &server.url(), APP_READY).await);
        painted.push(entry(&c, "first-contentful-paint").await);
        let _ = c.close().await;
        let c = session(driver, &[]).await;
        c.goto(&format!("{}#/option/border", server.url()))
            .await
            .expect("open");
        wait(&c, "[data-settled^='#/option/border']").await;
        deep.push(entry(&c, "settled").await);
        let _ = c.close().await;
    }
    let (painted, live, deep) = (median(painted), median(live), median(deep));
    println!("  first card painted from HTML {painted:.1} ms, interactive {live:.1} ms, #/option/border drawn {deep:.1} ms (medians of {RUNS})");
    report.add(
        "first card painted (from HTML)",
        format!("{painted:.0} ms"),
        "",
        "before interactive",
        Some(painted <= live),
    );
    // Issue 28: time to interactive content, goal ≤ 2.0 × hello's cold start.
    ratio_row(
        report,
        "time to interactive content (first card's click handled from)",
        live,
        hello,
        2.0,
    );
    report.add(
        "deep link #/option/border drawn",
        format!(
            "{deep:.0} ms ({:.2}× the app's cold start)",
            deep / cold.max(1.0)
        ),
        &hello.map_or(String::new(), |h| format!("{h:.0} ms")),
        "≤ the app's cold start",
        Some(deep <= cold),
    );
}

fn ratio_row(report: &mut Report, figure: &str, app: f64, hello: Option<f64>, budget: f64) {
    match hello {
        Some(h) if h > 0.0 => report.add(
            figure,
            format!("{app:.0} ms ({:.2}×)", app / h),
            &format!("{h:.0} ms"),
            &format!("≤ {budget} × hello"),
            Some(app <= budget * h),
        ),
        _ => report.missing(
            figure,
            "no hello-world build (make bench builds bench/hello)",
            "",
        ),
    }
}

/// Cold start: a fresh profile for every load, app and baseline alternating.
pub async fn cold_start(app: &Path, hello: Option<&Path>, report: &mut Report) {
    const RUNS: usize = 15;
    println!(
        "== cold start (fresh profile each load, navigation → first render, median of {RUNS}) =="
    );
    let driver = Driver::start();
    let app_server = StaticServer::start_compressed(app, Vec::new());
    let hello_server = hello.map(|h| StaticServer::start_compressed(h, Vec::new()));
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    for run in 0..=RUNS {
        let c = session(&driver, &[]).await;
        let a = first_render(&c, &app_server.url(), APP_READY).await;
        let _ = c.close().await;
        let b = match &hello_server {
            Some(h) => {
                let c = session(&driver, &[]).await;
                let b = first_render(&c, &h.url(), HELLO_READY).await;
                let _ = c.close().await;
                Some(b)
            }
            None => None,
        };
        // The first pair warms the machine's file cache up and is not counted.
        if run > 0 {
            ours.push(a);
            base.extend(b);
        }
    }
    let (ours, base) = (median(ours), (!base.is_empty()).then(|| median(base)));
    println!(
        "  app {ours:.1} ms, hello world {:.1} ms",
        base.unwrap_or(0.0)
    );
    ratio_row(report, "cold start, first option card", ours, base, 1.3);
    content_before_code(&app_server, &driver, report, (base, ours)).await;
}

/// Per keystroke in the browser: type each query into the search page one character at a
/// time; the time from the input event until the view has updated and laid out.
pub async fn keystrokes(app: &Path, report: &mut Report) {
    println!(
        "== search per keystroke (headless Chromium, search page, render and layout included) =="
    );
    let driver = Driver::start();
    let server = StaticServer::start_compressed(app, Vec::new());
    let c = session(&driver, &[]).await;
    c.goto(&format!("{}#/search", server.url()))
        .await
        .expect("open search");
    wait(&c, "[data-testid=search-input]").await;
    let script = r#"
        const [queries, done] = arguments;
        const input = document.querySelector('[data-testid=search-input]');
        const times = [];
        const settle = () => new Promise(r => setTimeout(r, 0));
        (async () => {
          for (let round = 0; round < 5; round++) {
            for (const q of queries) {
              for (let i = 1; i <= q.length; i++) {
                input.value = q.slice(0, i);
                const t0 = performance.now();
                input.dispatchEvent(new Event('input', { bubbles: true }));
                await settle();
                void document.body.offsetHeight;
                times.push(performance.now() - t0);
              }
            }
          }
          done(times);
        })();"#;
    let queries = Value::from(QUERIES.to_vec());
    let times: Vec<f64> = match c.execute_async(script, vec![queries]).await {
        Ok(Value::Array(v)) => v.iter().filter_map(Value::as_f64).collect(),
        other => {
            println!("  could not type into the search box: {other:?}");
            Vec::new()
        }
    };
    let everything = typed_to_next_frame(&c).await;
    let _ = c.close().await;
    const EVERY: &str = "search every layer with full texts, keydown to the next frame p95, browser, shipped corpus";
    if everything.is_empty() {
        report.missing(EVERY, "typing failed", "≤ 50 ms");
    } else {
        let t = p95(everything.clone());
        println!(
            "  every layer with the full texts, {} keystrokes from keydown to the frame after the results are laid out: p95 {t:.1} ms, median {:.1} ms",
            everything.len(),
            median(everything)
        );
        report.add(EVERY, format!("{t:.1} ms"), "", "≤ 50 ms", Some(t <= 50.0));
    }
    if times.is_empty() {
        report.missing(
            "search per keystroke p95, browser, shipped corpus",
            "typing failed",
            "≤ 16 ms",
        );
        return;
    }
    let t = p95(times.clone());
    println!(
        "  {} keystrokes: p95 {t:.1} ms, median {:.1} ms",
        times.len(),
        median(times)
    );
    report.add(
        "search per keystroke p95, browser, shipped corpus",
        format!("{t:.1} ms"),
        "",
        "≤ 16 ms",
        Some(t <= 16.0),
    );
}

/// Issue 26's figure: each query typed into the search page over every layer, the full
/// texts included, one key at a time (keydown, the new value, input), from the keydown
/// to the frame after the results are laid out (a task queued from the next animation
/// frame runs after that frame's layout and paint); 3 rounds, in milliseconds.
async fn typed_to_next_frame(c: &Client) -> Vec<f64> {
    let script = r#"
        const [queries, done] = arguments;
        const input = document.querySelector('[data-testid=search-input]');
        const times = [];
        const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
        (async () => {
          for (let round = 0; round < 3; round++) {
            for (const q of queries) {
              for (let i = 1; i <= q.length; i++) {
                const t0 = performance.now();
                input.dispatchEvent(new KeyboardEvent('keydown', { key: q[i - 1], bubbles: true }));
                input.value = q.slice(0, i);
                input.dispatchEvent(new Event('input', { bubbles: true }));
                await frame();
                times.push(performance.now() - t0);
              }
              input.value = '';
              input.dispatchEvent(new Event('input', { bubbles: true }));
              await frame();
            }
          }
          done(times);
        })();"#;
    let mut queries = QUERIES.to_vec();
    queries.extend(["drone strikes", "talks"]);
    match c.execute_async(script, vec![Value::from(queries)]).await {
        Ok(Value::Array(v)) => v.iter().filter_map(Value::as_f64).collect(),
        other => {
            println!("  could not type into the search box: {other:?}");
            Vec::new()
        }
    }
}

/// Bytes the page uses: its wasm linear memory plus its JS heap, and how the JS part
/// was measured. `measureUserAgentSpecificMemory` alone reported about 1.0 MB, less than
/// the wasm memory by itself (it does not count it here), so the wasm memory is read
/// from the instance: the glue's `init` returns the running instance's exports when
/// called again (no hook in the app).
pub(super) async fn memory_now(c: &Client) -> Option<(f64, f64, String)> {
    let script = r#"
        const done = arguments[arguments.length - 1];
        (async () => {
          const glue = await import(document.querySelector('script[data-glue]').dataset.glue);
          // The wasm's exports have short names (scripts/short-names.js): its one memory.
          const exports = await glue.default();
          const memory = Object.values(exports).find(v => v instanceof WebAssembly.Memory);
          const wasm = memory.buffer.byteLength;
          if (self.crossOriginIsolated && performance.measureUserAgentSpecificMemory) {
            const m = await performance.measureUserAgentSpecificMemory();
            done([wasm, m.bytes, 'JS heap and DOM by measureUserAgentSpecificMemory']);
          } else if (performance.memory) {
            done([wasm, performance.memory.usedJSHeapSize, 'JS heap by usedJSHeapSize']);
          } else {
            done(null);
          }
        })().catch(() => done(null));"#;
    let v = c.execute_async(script, vec![]).await.ok()?;
    Some((
        v.get(0)?.as_f64()?,
        v.get(1)?.as_f64()?,
        v.get(2)?.as_str()?.to_string(),
    ))
}

/// Memory after load and after opening every option page, cross-origin isolated (the
/// server sends COOP and COEP) so the browser can measure wasm memory with the rest.
pub async fn memory(app: &Path, report: &mut Report) {
    println!("== memory (headless Chromium) ==");
    let driver = Driver::start();
    let headers = vec![
        ("Cross-Origin-Opener-Policy".into(), "same-origin".into()),
        ("Cross-Origin-Embedder-Policy".into(), "require-corp".into()),
    ];
    let server = StaticServer::start_compressed(app, headers);
    let c = session(
        &driver,
        &["--enable-blink-features=ForceEagerMeasureMemory"],
    )
    .await;
    c.goto(&server.url()).await.expect("open the app");
    wait(&c, APP_READY).await;
    let after_load = memory_now(&c).await;
    for o in corpus().options.iter() {
        c.goto(&format!("{}#/option/{}", server.url(), o.id))
            .await
            .expect("open an option");
        wait(&c, "[data-testid=option-page]").await;
    }
    let after_all = memory_now(&c).await;
    let _ = c.close().await;
    let mb = |b: f64| b / (1024.0 * 1024.0);
    match (after_load, after_all) {
        (Some((wasm_load, js_load, how)), Some((wasm_all, js_all, _))) => {
            let (load, all) = (wasm_load + js_load, wasm_all + js_all);
            println!(
                "  after load {:.1} MB (wasm memory {:.1} MB, {how} {:.1} MB), after every option page {:.1} MB (wasm {:.1} MB, JS {:.1} MB)",
                mb(load),
                mb(wasm_load),
                mb(js_load),
                mb(all),
                mb(wasm_all),
                mb(js_all)
            );
            report.add(
                "memory after load / after every option page",
                format!("{:.1} MB / {:.1} MB", mb(load), mb(all)),
                "",
                "≤ 32 MB",
                Some(mb(load.max(all)) <= 32.0),
            );
        }
        _ => report.missing(
            "memory",
            "the browser offers no memory measurement",
            "≤ 32 MB",
        ),
    }
}

/// Whether a service worker controls the page (after waiting for one to be ready).
async fn controlled(c: &Client, url: &str, ready: &str) -> bool {
    let script = r#"
        const done = arguments[arguments.length - 1];
        if (!('serviceWorker' in navigator)) { done(false); }
        else {
          setTimeout(() => done(false), 15000);
          navigator.serviceWorker.getRegistration().then(r => r
            ? navigator.serviceWorker.ready.then(() => done(true))
            : done(false));
        }"#;
    let ready_now = c.execute_async(script, vec![]).await.ok() == Some(Value::Bool(true));
    if !ready_now {
        return false;
    }
    // The first load is not controlled; a reload is.
    let _ = c.goto(url).await;
    wait(c, ready).await;
    c.execute("return !!navigator.serviceWorker.controller", vec![])
        .await
        .ok()
        == Some(Value::Bool(true))
}

/// A repeat visit: the same profile loads the page again (the service worker answering
/// for the app; the HTTP cache, if anything, for the hello page).
pub async fn repeat_visit(app: &Path, hello: Option<&Path>, report: &mut Report) {
    const RUNS: usize = 15;
    println!("== repeat visit (same profile, median of {RUNS}) ==");
    let driver = Driver::start();
    let app_server = StaticServer::start_compressed(app, Vec::new());
    let c = session(&driver, &[]).await;
    let url = app_server.url();
    let _ = first_render(&c, &url, APP_READY).await;
    if !controlled(&c, &url, APP_READY).await {
        let _ = c.close().await;
        report.missing(
            "repeat visit, first option card",
            "no service worker controls the page in this build",
            "≤ 1.1 × hello",
        );
        return;
    }
    let hello_server = hello.map(|h| StaticServer::start_compressed(h, Vec::new()));
    let h = match &hello_server {
        Some(s) => Some((session(&driver, &[]).await, s.url())),
        None => None,
    };
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    for _ in 0..=RUNS {
        let _ = c.goto("about:blank").await;
        ours.push(first_render(&c, &url, APP_READY).await);
        if let Some((hc, hurl)) = &h {
            let _ = hc.goto("about:blank").await;
            base.push(first_render(hc, hurl, HELLO_READY).await);
        }
    }
    let _ = c.close().await;
    if let Some((hc, _)) = h {
        let _ = hc.close().await;
    }
    let (ours, base) = (median(ours), (!base.is_empty()).then(|| median(base)));
    println!(
        "  app {ours:.1} ms, hello world {:.1} ms",
        base.unwrap_or(0.0)
    );
    ratio_row(report, "repeat visit, first option card", ours, base, 1.1);
}
