//! Lighthouse (npm `lighthouse`, installed by `scripts/setup.sh bench` into
//! `.tools/bench/`), mobile preset with its simulated throttling, system Chromium, on
//! builds served compressed as a static host would serve them.

use super::report::{median, Report};
use policy_options_explainer::shown::corpus;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::StaticServer;

const RUNS: usize = 3;

fn lighthouse() -> Option<PathBuf> {
    let bin =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/bench/node_modules/.bin/lighthouse");
    bin.is_file().then_some(bin)
}

/// (performance score, LCP ms, TBT ms, CLS).
type Run = (f64, f64, f64, f64);

/// One Lighthouse run.
fn once(bin: &Path, url: &str) -> Option<Run> {
    let out = std::env::temp_dir().join(format!("poe-lighthouse-{}.json", std::process::id()));
    let status = Command::new(bin)
        .arg(url)
        .args(["--quiet", "--output=json", "--only-categories=performance"])
        .arg(format!("--output-path={}", out.display()))
        .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage")
        .env("CHROME_PATH", "/usr/bin/chromium")
        .status()
        .ok()?;
    let json: Value = serde_json::from_slice(&std::fs::read(&out).ok()?).ok()?;
    let _ = std::fs::remove_file(&out);
    if !status.success() {
        return None;
    }
    let audit = |name: &str| json["audits"][name]["numericValue"].as_f64();
    Some((
        json["categories"]["performance"]["score"].as_f64()?,
        audit("largest-contentful-paint")?,
        audit("total-blocking-time")?,
        audit("cumulative-layout-shift")?,
    ))
}

/// Medians of [`RUNS`] runs.
fn medians(bin: &Path, url: &str) -> Option<Run> {
    let runs: Vec<_> = (0..RUNS).filter_map(|_| once(bin, url)).collect();
    if runs.is_empty() {
        return None;
    }
    let pick = |f: fn(&Run) -> f64| median(runs.iter().map(f).collect());
    Some((pick(|r| r.0), pick(|r| r.1), pick(|r| r.2), pick(|r| r.3)))
}

pub fn run(app: &Path, hello: Option<&Path>, report: &mut Report) {
    println!("== Lighthouse (mobile preset, simulated throttling, median of {RUNS}) ==");
    let Some(bin) = lighthouse() else {
        report.missing("Lighthouse", "not installed (scripts/setup.sh bench)", "");
        return;
    };
    let app_server = StaticServer::start_compressed(app, Vec::new());
    let hello_server = hello.map(|h| StaticServer::start_compressed(h, Vec::new()));
    let base = hello_server.as_ref().and_then(|h| medians(&bin, &h.url()));
    if let Some((score, lcp, tbt, cls)) = base {
        println!("  hello world: score {score:.2}, LCP {lcp:.0} ms, TBT {tbt:.0} ms, CLS {cls:.3}");
    }
    let option = corpus()
        .options
        .first()
        .map(|o| o.id.to_string())
        .unwrap_or_default();
    for (name, path) in [
        ("home", String::new()),
        ("option page", format!("#/option/{option}")),
    ] {
        let Some((score, lcp, tbt, cls)) = medians(&bin, &format!("{}{path}", app_server.url()))
        else {
            report.missing(
                &format!("Lighthouse, {name}"),
                "Lighthouse did not finish",
                "",
            );
            continue;
        };
        println!("  {name}: score {score:.2}, LCP {lcp:.0} ms, TBT {tbt:.0} ms, CLS {cls:.3}");
        // Issue 28: home, painted from HTML, no later than the hello-world page.
        let limit = if path.is_empty() { 1.0 } else { 1.3 };
        match base {
            Some((_, hello_lcp, _, _)) => report.add(
                &format!("Lighthouse LCP, {name}"),
                format!("{lcp:.0} ms ({:.2}×)", lcp / hello_lcp),
                &format!("{hello_lcp:.0} ms"),
                &format!("≤ {limit} × hello"),
                Some(lcp <= limit * hello_lcp),
            ),
            None => report.missing(
                &format!("Lighthouse LCP, {name}"),
                "no hello-world run",
                &format!("≤ {limit} × hello"),
            ),
        }
        report.add(
            &format!("Lighthouse CLS, {name}"),
            format!("{cls:.3}"),
            &base.map_or(String::new(), |b| format!("{:.3}", b.3)),
            "0",
            Some(cls == 0.0),
        );
        let hello_tbt = base.map_or(String::new(), |b| format!("{:.0} ms", b.2));
        report.add(
            &format!("Lighthouse TBT, {name}"),
            format!("{tbt:.0} ms"),
            &hello_tbt,
            "≤ 50 ms",
            Some(tbt <= 50.0),
        );
        let hello_score = base.map_or(String::new(), |b| format!("{:.2}", b.0));
        report.add(
            &format!("Lighthouse performance score, {name}"),
            format!("{score:.2}"),
            &hello_score,
            "1.0",
            Some(score >= 0.995),
        );
    }
}
