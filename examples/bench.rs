//! `make bench`: prints the figures the budgets are checked against.
//!
//! - first visit: gzip -9 size of everything `dist/index.html` loads (budget 240 KiB gzip, source texts
//!   included; the brotli budget, 200 KiB, is measured with `brotli -q 11` until this prints it: see README);
//! - search: time to filter every argument for typical searches, natively (budget: one 60 Hz frame, 16.7 ms);
//! - cold start: time from navigation to the app's first render (a performance mark) in headless Chromium, against a hello-world Yew page
//!   (`bench/hello`, same release profile) served the same way (budget: 1.3×).
//!
//! Figures only: it never fails on a budget; compare them by eye or in CI logs.

// The benchmark drives a browser from the host; on wasm32 (clippy --all-targets) it is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/mod.rs"]
#[allow(dead_code)]
mod support;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::support;

    use fantoccini::ClientBuilder;
    use hyper_util::client::legacy::connect::HttpConnector;
    use policy_options_explainer::model::{corpus, highlight_terms, Filter};
    use std::path::{Path, PathBuf};
    use std::process::Command;
    use std::time::{Duration, Instant};
    use support::{chrome_capabilities, Driver, StaticServer};

    const FIRST_VISIT_BUDGET: u64 = 240 * 1024;

    fn gzip_size(path: &Path) -> u64 {
        let out = Command::new("gzip")
            .arg("-9c")
            .arg(path)
            .output()
            .expect("gzip is installed");
        out.stdout.len() as u64
    }

    /// Files `index.html` makes the browser load, with `index.html` itself.
    fn first_visit_files(dist: &Path) -> Vec<PathBuf> {
        let html = std::fs::read_to_string(dist.join("index.html"))
            .expect("dist/index.html (run make build)");
        let mut files = vec![dist.join("index.html")];
        for attr in ["href=\"", "src=\"", "data-glue=\"", "data-wasm=\""] {
            for (at, _) in html.match_indices(attr) {
                let rest = &html[at + attr.len()..];
                let value = &rest[..rest.find('"').unwrap_or(0)];
                let path = dist.join(value.trim_start_matches("./"));
                if !value.contains("://") && path.is_file() && !files.contains(&path) {
                    files.push(path);
                }
            }
        }
        files
    }

    fn sizes(dist: &Path) {
        println!("== first visit (gzip -9) ==");
        let mut total = 0;
        for f in first_visit_files(dist) {
            let (raw, gz) = (
                std::fs::metadata(&f).map(|m| m.len()).unwrap_or(0),
                gzip_size(&f),
            );
            total += gz;
            println!(
                "  {:>8.1} KB  (raw {:>8.1} KB)  {}",
                gz as f64 / 1024.0,
                raw as f64 / 1024.0,
                f.file_name().unwrap().to_string_lossy()
            );
        }
        let texts: u64 = corpus().sources.iter().map(|s| s.text.len() as u64).sum();
        println!(
            "  total {:.1} KB of a {:.0} KB budget: {}",
            total as f64 / 1024.0,
            FIRST_VISIT_BUDGET as f64 / 1024.0,
            if total <= FIRST_VISIT_BUDGET {
                "within"
            } else {
                "OVER"
            }
        );
        println!(
            "  (the four source texts are {:.1} KB raw of that, embedded in the wasm)",
            texts as f64 / 1024.0
        );
        let single = dist.join(support::single_file::SINGLE_FILE);
        if single.is_file() {
            println!(
                "  single-file build: {:.1} KB gzip",
                gzip_size(&single) as f64 / 1024.0
            );
        }
    }

    fn search() {
        println!("== search (native, release) ==");
        let c = corpus();
        let queries = [
            "border",
            "safe haven",
            "\"ceasefire\" talks",
            "q",
            "zzzz-nothing",
            "Pakistan",
        ];
        let mut worst = Duration::ZERO;
        for q in queries {
            let f = Filter {
                text: q.to_string(),
                ..Filter::default()
            };
            let runs = 200;
            let start = Instant::now();
            let mut hits = 0;
            for _ in 0..runs {
                let m = f.matcher();
                for a in c.arguments.iter().filter(|a| m.matches(a)) {
                    hits += highlight_terms(&a.claim, m.terms()).len();
                    for e in a.evidence.iter() {
                        hits += highlight_terms(&e.quote, m.terms()).len();
                    }
                }
            }
            let per = start.elapsed() / runs;
            worst = worst.max(per);
            println!(
                "  {:<22} {:>8.3} ms per search with highlighting ({} segments)",
                format!("{q:?}"),
                per.as_secs_f64() * 1e3,
                hits / runs as usize
            );
        }
        println!("  worst {:.3} ms of a 16.7 ms frame (the browser runs the same code as wasm, typically 1.5–3× slower)", worst.as_secs_f64() * 1e3);
    }

    /// Milliseconds from navigation to the page's `app-start` mark (the wasm is
    /// compiled and running) and to its `first-render` mark, in a browser that has
    /// already loaded the page once (so only the page itself is timed).
    async fn first_render(c: &fantoccini::Client, url: &str, ready: &str) -> (f64, f64) {
        c.goto("about:blank").await.unwrap();
        c.goto(url).await.unwrap();
        c.wait()
            .at_most(Duration::from_secs(20))
            .for_element(fantoccini::Locator::Css(ready))
            .await
            .unwrap();
        let mut at = [-1.0; 2];
        for (i, mark) in ["app-start", "first-render"].into_iter().enumerate() {
            let js = format!(
                "const e = performance.getEntriesByName('{mark}')[0]; return e ? e.startTime : -1"
            );
            at[i] = c
                .execute(&js, vec![])
                .await
                .unwrap()
                .as_f64()
                .unwrap_or(-1.0);
        }
        (at[0], at[1])
    }

    fn median(mut v: Vec<f64>) -> f64 {
        v.sort_by(|a, b| a.total_cmp(b));
        v[v.len() / 2]
    }

    async fn cold_start(dist: &Path, hello: Option<&Path>) {
        const RUNS: usize = 15;
        println!("== cold start (headless Chromium, navigation to first render, median of {RUNS}, app and baseline alternating) ==");
        let driver = Driver::start();
        let c = ClientBuilder::new(HttpConnector::new())
            .capabilities(chrome_capabilities(1280, 900))
            .connect(&driver.url())
            .await
            .expect("connect to chromedriver");
        let app = StaticServer::start(dist);
        let hello_server = hello.map(StaticServer::start);
        let (mut ours, mut base) = (Vec::new(), Vec::new());
        let (mut ours_start, mut base_start) = (Vec::new(), Vec::new());
        for run in 0..=RUNS {
            let a = first_render(&c, &app.url(), "[data-testid=option-card]").await;
            let b = match &hello_server {
                Some(h) => Some(first_render(&c, &h.url(), "[data-testid=hello]").await),
                None => None,
            };
            // The first pair warms the browser up and is not counted.
            if run > 0 {
                ours_start.push(a.0);
                ours.push(a.1);
                base_start.extend(b.map(|b| b.0));
                base.extend(b.map(|b| b.1));
            }
        }
        let _ = c.close().await;
        let ours = median(ours);
        println!(
            "  app:         {ours:>7.1} ms (wasm running at {:.1} ms)",
            median(ours_start)
        );
        if base.is_empty() {
            println!("  hello world: not built (make bench builds bench/hello)");
        } else {
            let base = median(base);
            println!(
                "  hello world: {base:>7.1} ms (wasm running at {:.1} ms)",
                median(base_start)
            );
            println!(
                "  ratio {:.2}× of a 1.3× budget: {}",
                ours / base,
                if ours <= 1.3 * base { "within" } else { "OVER" }
            );
        }
    }

    #[tokio::main]
    pub async fn main() {
        let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
        let hello = std::env::args()
            .nth(2)
            .map(PathBuf::from)
            .filter(|p| p.join("index.html").is_file());
        let start = Instant::now();
        let arguments = corpus().arguments.len();
        println!("== start-up ==\n  decoding the embedded corpus ({arguments} arguments): {:.3} ms (native)", start.elapsed().as_secs_f64() * 1e3);
        sizes(&dist);
        search();
        cold_start(&dist, hello.as_deref()).await;
    }
}
