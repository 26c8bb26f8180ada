//! The test suites' own rules (issue 21), checked on their source: every browser test
//! starts from a clean slate, whatever ran before it; no key press or click is retried in
//! a loop until it takes; no wait counts event-loop ticks instead of wall-clock time.

use std::fs;
use std::path::Path;

/// The browser suite's files: `tests/browser/*.rs` (`main.rs` and its modules).
fn browser_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files = vec![];
    for e in fs::read_dir(root.join("browser")).unwrap().flatten() {
        files.push(e.path());
    }
    files.sort();
    files
        .into_iter()
        .map(|p| (p.display().to_string(), fs::read_to_string(&p).unwrap()))
        .collect()
}

#[test]
fn every_browser_test_starts_from_a_clean_slate() {
    let mut tests = 0;
    for (path, src) in browser_sources() {
        for (i, _) in src.match_indices("#[wasm_bindgen_test]") {
            tests += 1;
            let rest = &src[i..];
            let body = rest.find('{').map(|b| &rest[b + 1..]).unwrap_or("");
            let first = body.trim_start().lines().next().unwrap_or("");
            let name = rest.lines().find(|l| l.contains("fn ")).unwrap_or("?");
            assert_eq!(
                first,
                "clean_slate();",
                "{path}: `{}` must begin with clean_slate();",
                name.trim()
            );
        }
    }
    assert!(tests >= 40, "only {tests} browser tests found");
}

#[test]
fn no_action_is_retried_and_no_wait_counts_ticks() {
    for (path, src) in browser_sources() {
        let lines: Vec<&str> = src.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            if !line.trim_start().starts_with("for _ in 0..") {
                continue;
            }
            let body = lines[n + 1..].iter().take(8).copied().collect::<Vec<_>>();
            let acts = body
                .iter()
                .any(|l| l.contains("press") || l.contains("click("));
            let ticks = body.iter().any(|l| l.contains("tick().await"));
            assert!(
                !acts && !ticks,
                "{path}:{}: a loop that retries an action or counts ticks; wait on a condition with wait_until (wall-clock bounded) and act once",
                n + 1
            );
        }
    }
}
