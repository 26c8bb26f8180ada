//! The scale series (issue 30): the built-in corpus grown as a teacher's corpus would grow
//! (copied k times, every copy new sources; and once with ten times the options), each
//! opened in headless Chromium as a copy of the build whose page carries that corpus
//! (the `poe-documents` block the single file uses, so it loads with no file picker),
//! served cross-origin isolated so memory can be measured with the wasm memory.
//!
//! Each figure is the time from the action to the frame after the app has settled (its
//! `data-settled` readiness signal for an address; the evidence lists for "open all"; the
//! result list for a keystroke), the median of three loads (of seven for home's first render).

use super::report::{median, Report};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use policy_options_explainer::model::codec::encode;
use policy_options_explainer::model::Corpus;
use policy_options_explainer::shown::corpus;
use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;
use support::{chrome_capabilities, Driver, StaticServer};

/// One size of the series: `copies` of every source, the options `groups` times over
/// (copy j puts its arguments on group j mod `groups`).
struct Size {
    name: &'static str,
    copies: usize,
    groups: usize,
}

const SIZES: [Size; 6] = [
    Size {
        name: "×1",
        copies: 1,
        groups: 1,
    },
    Size {
        name: "×4",
        copies: 4,
        groups: 1,
    },
    Size {
        name: "×16",
        copies: 16,
        groups: 1,
    },
    Size {
        name: "×40",
        copies: 40,
        groups: 1,
    },
    // Issue 30's budgets name "140 options × 40 sources"; its table of figures measured
    // 140 options with 160 sources (4,640 arguments, as ×40): both are in the series.
    Size {
        name: "140 options × 40 sources",
        copies: 10,
        groups: 10,
    },
    Size {
        name: "140 options × 160 sources",
        copies: 40,
        groups: 10,
    },
];

/// The built-in corpus grown to `size` (shared with the browser tests of big corpora).
fn grown(base: &Corpus, size: &Size) -> Corpus {
    policy_options_explainer::model::grow::grown(base, size.copies, size.groups)
}

/// A copy of the build in `dir` whose page carries `bytes` as its documents.
fn build_with_documents(dist: &Path, dir: &Path, name: &str, bytes: &[u8]) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    for e in std::fs::read_dir(dist).unwrap().flatten() {
        if e.path().is_file() {
            std::fs::copy(e.path(), dir.join(e.file_name())).unwrap();
        }
    }
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap();
    // As a single file carries them (`corpus single-file`), without its built-in home.
    // No service worker in the copies: each load measures the page, not a cache.
    let html = ::corpus::deferred::carry(&html, name, bytes);
    std::fs::write(dir.join("index.html"), html).unwrap();
    let _ = std::fs::write(dir.join("sw.js"), "");
}

/// Times in the page: `hash` until the app has settled there, plus one frame.
const TIME_HASH: &str = r#"
const [hash, done] = [arguments[0], arguments[arguments.length - 1]];
const t0 = performance.now();
const frame = () => new Promise(r => requestAnimationFrame(() => r()));
location.hash = hash;
(async () => {
  const want = location.hash;
  for (;;) {
    const a = document.querySelector('.app[data-settled]');
    if (a && decodeURIComponent(a.dataset.settled) === decodeURIComponent(want)) break;
    if (performance.now() - t0 > 60000) { done(-1); return; }
    await frame();
  }
  await frame();
  done(performance.now() - t0);
})();"#;

/// Times "open all" on the option page on screen: until every argument shows its evidence,
/// or, past the page's window (`EVIDENCE_WINDOW` in src/pages/option.rs), until the first
/// window's evidence is drawn with the line offering the next.
const TIME_OPEN_ALL: &str = r#"
const done = arguments[arguments.length - 1];
const t0 = performance.now();
const frame = () => new Promise(r => requestAnimationFrame(() => r()));
document.querySelector('[data-testid=open-all]').click();
(async () => {
  for (;;) {
    const args = document.querySelectorAll('[data-testid=argument]').length;
    const open = document.querySelectorAll('[data-testid=evidence-list]').length;
    if (args > 0 && open >= args) break;
    if (open > 0 && document.querySelector('[data-testid=evidence-window]')) break;
    if (performance.now() - t0 > 60000) { done(-1); return; }
    await frame();
  }
  await frame();
  done(performance.now() - t0);
})();"#;

/// Types `query` one letter at a time into the search box; the time of each keystroke
/// until the results are laid out.
const TIME_KEYS: &str = r#"
const [query, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.querySelector('[data-testid=search-input]');
const frame = () => new Promise(r => requestAnimationFrame(() => r()));
const times = [];
(async () => {
  for (let i = 1; i <= query.length; i++) {
    input.value = query.slice(0, i);
    const t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise(r => setTimeout(r, 0));
    void document.body.offsetHeight;
    await frame();
    times.push(performance.now() - t0);
  }
  done(times);
})();"#;

/// The figures of one load of one size, in ms (and MB for memory).
#[derive(Default)]
struct Figures {
    home: Vec<f64>,
    option: Vec<f64>,
    open_all: Vec<f64>,
    first_hit: Vec<f64>,
    later_keys: Vec<f64>,
    compare: Vec<f64>,
    overview: Vec<f64>,
    memory: Vec<f64>,
}

async fn session(driver: &Driver) -> Client {
    let mut caps = chrome_capabilities(1280, 900);
    if let Some(Value::Array(args)) = caps
        .get_mut("goog:chromeOptions")
        .and_then(|o| o.get_mut("args"))
    {
        args.push("--enable-blink-features=ForceEagerMeasureMemory".into());
    }
    ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(&driver.url())
        .await
        .expect("connect to chromedriver")
}

async fn ms(c: &Client, script: &str, args: Vec<Value>) -> f64 {
    c.execute_async(script, args)
        .await
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(-1.0)
}

/// Loads of each size for home's first render: three with every figure, and four more
/// with only it. It is the one figure compared across sizes (×16's against 1.5 × ×1's),
/// and a median of three loads of ×1 moved by 48 ms between two quiet runs.
const HOME_LOADS: usize = 7;

/// One load of the copy served at `url`, home's first render only: the `first-render`
/// mark (navigation start to the app's first render), or -1.
async fn home_once(c: &Client, url: &str) -> f64 {
    c.goto("about:blank").await.unwrap();
    c.goto(url).await.expect("open the copy");
    c.wait()
        .at_most(Duration::from_secs(60))
        // The app's own cards, once it has settled: the prerendered home shows cards before
        // the app runs, and its `first-render` mark was read as missing (-1 at every size).
        .for_element(Locator::Css(".app[data-settled] [data-testid=option-card]"))
        .await
        .expect("the home page's cards");
    let mark =
        "const e = performance.getEntriesByName('first-render')[0]; return e ? e.startTime : -1";
    c.execute(mark, vec![])
        .await
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(-1.0)
}

/// One load of the copy served at `url`, every figure once.
async fn measure_once(c: &Client, url: &str, largest: &str, f: &mut Figures) {
    f.home.push(home_once(c, url).await);
    f.option
        .push(ms(c, TIME_HASH, vec![json!(format!("#/option/{largest}"))]).await);
    f.open_all.push(ms(c, TIME_OPEN_ALL, vec![]).await);
    f.compare
        .push(ms(c, TIME_HASH, vec![json!("#/compare")]).await);
    f.overview
        .push(ms(c, TIME_HASH, vec![json!("#/overview")]).await);
    ms(c, TIME_HASH, vec![json!("#/search")]).await;
    if let Ok(Value::Array(keys)) = c
        .execute_async(TIME_KEYS, vec![json!("negotiations")])
        .await
    {
        let keys: Vec<f64> = keys.iter().filter_map(Value::as_f64).collect();
        // One letter waits for a second: the second keystroke shows the first results.
        if keys.len() > 2 {
            f.first_hit.push(keys[1]);
            f.later_keys.push(median(keys[2..].to_vec()));
        }
    }
    if let Some((wasm, js, _)) = super::browser::memory_now(c).await {
        f.memory.push((wasm + js) / (1024.0 * 1024.0));
    }
}

/// The option with the most arguments in `c`.
fn largest_option(c: &Corpus) -> String {
    c.options
        .iter()
        .max_by_key(|o| c.arguments.iter().filter(|a| a.option == o.id).count())
        .map(|o| o.id.clone())
        .unwrap_or_default()
}

/// `make bench` (`BENCH_ONLY=scale`): every size, its figures, and the budgets.
pub async fn series(dist: &Path, report: &mut Report) {
    println!("== scale series (issue 30; headless Chromium, median of 3 loads; home first render of {HOME_LOADS}) ==");
    println!("| size | arguments / options / sources | home first render | largest option page | open all | search first hit / later keys | compare | overview | memory |");
    println!("|---|---|---|---|---|---|---|---|---|");
    let driver = Driver::start();
    let base = corpus();
    let mut home_x1 = None;
    for size in &SIZES {
        let c = grown(base, size);
        let bytes = match encode(&c) {
            Ok(b) => b,
            Err(e) => {
                println!("| {} | cannot encode: {e} |", size.name);
                continue;
            }
        };
        let dir = std::env::temp_dir().join(format!(
            "poe-scale-{}-{}",
            std::process::id(),
            size.copies * size.groups
        ));
        build_with_documents(dist, &dir, &format!("Scale {}", size.name), &bytes);
        let headers = vec![
            ("Cross-Origin-Opener-Policy".into(), "same-origin".into()),
            ("Cross-Origin-Embedder-Policy".into(), "require-corp".into()),
        ];
        let server = StaticServer::start_with(&dir, headers);
        let session = session(&driver).await;
        let mut f = Figures::default();
        for _ in 0..3 {
            measure_once(&session, &server.url(), &largest_option(&c), &mut f).await;
        }
        for _ in 3..HOME_LOADS {
            f.home.push(home_once(&session, &server.url()).await);
        }
        let _ = session.close().await;
        drop(server);
        let _ = std::fs::remove_dir_all(&dir);
        record(size, &c, &f, &mut home_x1, report);
    }
}

/// Prints one row of the series and adds the budgeted figures to the report.
fn record(size: &Size, c: &Corpus, f: &Figures, home_x1: &mut Option<f64>, report: &mut Report) {
    let m = |v: &Vec<f64>| median(v.clone());
    let (home, option, open_all) = (m(&f.home), m(&f.option), m(&f.open_all));
    let (first, later, compare, overview) = (
        m(&f.first_hit),
        m(&f.later_keys),
        m(&f.compare),
        m(&f.overview),
    );
    let memory = f.memory.iter().copied().fold(0.0, f64::max);
    println!(
        "| {} | {} / {} / {} | {home:.0} ms | {option:.0} | {open_all:.0} | {first:.0} / {later:.0} | {compare:.0} | {overview:.0} | {memory:.0} MB |",
        size.name,
        c.arguments.len(),
        c.options.len(),
        c.sources.len()
    );
    if size.copies == 1 {
        *home_x1 = Some(home);
    }
    // The budgets apply at ×16 and at 140 options × 40 sources; ×40 only has "nothing
    // over 1 s", and so has 140 options × 160 sources, a corpus as large as ×40.
    let budgeted = size.copies == 16 || (size.groups > 1 && size.copies == 10);
    let at = size.name;
    if budgeted {
        let mut row = |figure: &str, value: f64, unit: &str, budget: f64| {
            report.add(
                &format!("scale {at}: {figure}"),
                format!("{value:.0} {unit}"),
                "",
                &format!("≤ {budget} {unit}"),
                Some(value >= 0.0 && value <= budget),
            )
        };
        row(
            "search keystroke (first hit, later keys)",
            first.max(later),
            "ms",
            100.0,
        );
        row("largest option page", option, "ms", 200.0);
        row("open all evidence", open_all, "ms", 200.0);
        row("compare", compare, "ms", 300.0);
        row("overview", overview, "ms", 300.0);
        row("memory after every view", memory, "MB", 64.0);
        if let Some(x1) = *home_x1 {
            row("home first render", home, "ms", (1.5 * x1).round());
        }
    } else if size.copies == 40 {
        let worst = [home, option, open_all, first, later, compare, overview]
            .into_iter()
            .fold(0.0, f64::max);
        report.add(
            &format!("scale {at}: slowest figure"),
            format!("{worst:.0} ms"),
            "",
            "≤ 1000 ms",
            Some(worst <= 1000.0),
        );
    }
}
