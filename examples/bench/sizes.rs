//! First-visit transfer, gzip and brotli, and a precompressed copy of a build to serve
//! as a static host would.

use super::report::Report;
use std::path::{Path, PathBuf};
use std::process::Command;

// The ceilings with every feature in (this wave's decision: the 240 / 200 lines retired).
const GZIP_BUDGET: u64 = 290 * 1024;
const BROTLI_BUDGET: u64 = 240 * 1024;

/// `gzip -9` or `brotli -q 11` of a file: its size, or `None` if the tool is missing.
fn compressed_size(tool: &str, path: &Path) -> Option<u64> {
    let args: &[&str] = if tool == "gzip" {
        &["-9c"]
    } else {
        &["-q", "11", "-c"]
    };
    let out = Command::new(tool).args(args).arg(path).output().ok()?;
    out.status.success().then_some(out.stdout.len() as u64)
}

/// Files `index.html` makes the browser load, with `index.html` itself.
pub fn first_visit_files(dist: &Path) -> Vec<PathBuf> {
    let html =
        std::fs::read_to_string(dist.join("index.html")).expect("dist/index.html (run make build)");
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

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

pub fn first_visit(dist: &Path, report: &mut Report) {
    println!("== first visit (gzip -9, brotli -q 11) ==");
    let (mut gz, mut br) = (0, Some(0));
    for f in first_visit_files(dist) {
        let raw = std::fs::metadata(&f).map(|m| m.len()).unwrap_or(0);
        let g = compressed_size("gzip", &f).expect("gzip is installed");
        let b = compressed_size("brotli", &f);
        gz += g;
        br = br.zip(b).map(|(t, b)| t + b);
        println!(
            "  gzip {:>11}  brotli {:>11}  raw {:>11}  {}",
            kib(g),
            b.map_or("-".into(), kib),
            kib(raw),
            f.file_name().unwrap_or_default().to_string_lossy()
        );
    }
    // Fetched after the first render (src/model/deferred.rs), so not in the sums above.
    let whole = dist.join(policy_options_explainer::model::deferred::file_name());
    println!(
        "  after the first render, the whole corpus with its texts: gzip {}  brotli {}",
        compressed_size("gzip", &whole).map_or("-".into(), kib),
        compressed_size("brotli", &whole).map_or("-".into(), kib)
    );
    report.add(
        "first visit, gzip",
        kib(gz),
        "",
        "≤ 290 KiB",
        Some(gz <= GZIP_BUDGET),
    );
    match br {
        Some(br) => report.add(
            "first visit, brotli",
            kib(br),
            "",
            "≤ 240 KiB",
            Some(br <= BROTLI_BUDGET),
        ),
        None => report.missing(
            "first visit, brotli",
            "no brotli command (make bench installs Debian's brotli)",
            "≤ 240 KiB",
        ),
    }
    let single = dist.join(policy_options_explainer::model::single_file::SINGLE_FILE);
    if let Some(g) = compressed_size("gzip", &single) {
        println!("  single-file build: {} gzip", kib(g));
    }
}

/// A copy of a build with `<name>.br` and `<name>.gz` beside each file, removed when dropped.
pub struct Compressed(PathBuf);

impl Compressed {
    pub fn new(dist: &Path, name: &str) -> Compressed {
        let dir = std::env::temp_dir().join(format!("poe-bench-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(dist, &dir);
        compress_all(&dir);
        Compressed(dir)
    }

    pub fn dir(&self) -> &Path {
        &self.0
    }
}

impl Drop for Compressed {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create a temporary folder");
    for entry in std::fs::read_dir(from).into_iter().flatten().flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            let _ = std::fs::copy(&path, &target);
        }
    }
}

/// Writes the compressed copies a static host would serve (text and wasm files only).
fn compress_all(dir: &Path) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if path.is_dir() {
            compress_all(&path);
        } else if [
            "html",
            "js",
            "css",
            "wasm",
            "svg",
            "json",
            "webmanifest",
            "txt",
        ]
        .contains(&ext)
        {
            for (tool, suffix) in [("gzip", "gz"), ("brotli", "br")] {
                let args: &[&str] = if tool == "gzip" {
                    &["-9c"]
                } else {
                    &["-q", "11", "-c"]
                };
                if let Ok(out) = Command::new(tool).args(args).arg(&path).output() {
                    if out.status.success() {
                        let name = format!("{}.{suffix}", entry.file_name().to_string_lossy());
                        let _ = std::fs::write(path.with_file_name(name), out.stdout);
                    }
                }
            }
        }
    }
}
