//! `make bench`: prints every figure of the performance budgets (issue 14) with PASS or
//! FAIL, the hello-world baseline (`bench/hello`, same release profile) beside the app,
//! and ends with a Markdown table for `BENCHMARKS.md`.
//!
//! | figure | budget |
//! |---|---|
//! | first visit transfer | ≤ 240 KiB brotli and ≤ 290 KiB gzip |
//! | cold start, navigation → first option card, fresh profile, median of 15 alternating | ≤ 1.3 × hello |
//! | Lighthouse mobile preset, home and an option page, served compressed | LCP ≤ 1.3 × hello, TBT ≤ 50 ms, score 1.0 |
//! | search and filter per keystroke, p95, shipped corpus and one 50× larger | ≤ 16 ms and ≤ 50 ms |
//! | wasm memory and JS heap, after load and after every option page | ≤ 32 MB |
//! | repeat visit (service worker in place) | ≤ 1.1 × hello's repeat visit |
//! | scale series ×1 … ×40 and 140 options (issue 30): keystroke, option page, open all, compare, overview, memory | see `scale.rs` |
//!
//! Figures only: it never fails on a budget (`make test` asserts no time). A figure that
//! cannot be measured on this machine (a tool missing) says so, as NOT MEASURED.

// The benchmark drives a browser from the host; on wasm32 (clippy --all-targets) it is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod browser;
#[cfg(not(target_arch = "wasm32"))]
mod heap;
#[cfg(not(target_arch = "wasm32"))]
mod lighthouse;
#[cfg(not(target_arch = "wasm32"))]
mod report;
#[cfg(not(target_arch = "wasm32"))]
mod scale;
#[cfg(not(target_arch = "wasm32"))]
mod search;
#[cfg(not(target_arch = "wasm32"))]
mod sizes;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{browser, lighthouse, report::Report, scale, search, sizes};
    use policy_options_explainer::shown::corpus;
    use std::path::PathBuf;
    use std::time::Instant;

    #[tokio::main]
    pub async fn main() {
        let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
        let hello = std::env::args()
            .nth(2)
            .map(PathBuf::from)
            .filter(|p| p.join("index.html").is_file());
        let mut report = Report::default();
        let start = Instant::now();
        let arguments = corpus().arguments.len();
        println!(
            "== start-up ==\n  decoding the embedded corpus ({arguments} arguments): {:.3} ms (native)",
            start.elapsed().as_secs_f64() * 1e3
        );
        // `BENCH_ONLY=memory,lighthouse make bench`: only those parts (all by default).
        let only = std::env::var("BENCH_ONLY").unwrap_or_default();
        let run = |part: &str| only.is_empty() || only.split(',').any(|p| p.trim() == part);
        if run("size") {
            sizes::first_visit(&dist, &mut report);
        }
        if run("search") {
            search::native(&mut report);
            search::everything(&mut report);
        }
        // Served as a static host serves a build: precompressed brotli, gzip fallback.
        let served = sizes::Compressed::new(&dist, "app");
        let hello_served = hello.as_deref().map(|h| sizes::Compressed::new(h, "hello"));
        let hello_dir = hello_served.as_ref().map(|h| h.dir());
        if run("cold") {
            browser::cold_start(served.dir(), hello_dir, &mut report).await;
        }
        if run("keys") {
            browser::keystrokes(served.dir(), &mut report).await;
        }
        if run("memory") {
            browser::memory(served.dir(), &mut report).await;
        }
        if run("repeat") {
            browser::repeat_visit(served.dir(), hello_dir, &mut report).await;
        }
        if run("lighthouse") {
            lighthouse::run(served.dir(), hello_dir, &mut report);
        }
        if run("scale") {
            scale::series(&dist, &mut report).await;
        }
        report.print();
    }
}
