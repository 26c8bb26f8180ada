//! The tasks (see main.rs).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str =
    "usage: cargo xtask dist | single-file [DIST] | bench | citations | corpus ARGS...";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let done = match args[..] {
        ["dist"] => dist(),
        ["single-file"] => single_file("dist"),
        ["single-file", dir] => single_file(dir),
        ["bench"] => bench(),
        ["citations"] => citations(),
        ["corpus", ref rest @ ..] => {
            cargo(&[&["run", "--quiet", "--bin", "corpus", "--"], rest].concat())
        }
        _ => Err(USAGE.to_string()),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository's root (this crate sits in `crates/xtask/`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `program args` in `dir` (relative to the root); an error names what failed.
fn run_in(dir: &str, program: &str, args: &[&str]) -> Result<(), String> {
    let status = Command::new(program)
        .args(args)
        .current_dir(root().join(dir))
        .status()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

fn cargo(args: &[&str]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    run_in(".", &cargo, args)
}

/// The students' app in dist/ (Trunk's hook prerenders home and writes the whole
/// corpus's file: scripts/precache.sh), "Make your own" (issue 25, its own wasm) in
/// dist/make/, then both single files.
fn dist() -> Result<(), String> {
    run_in(".", "trunk", &["build", "--release"])?;
    run_in(
        ".",
        "trunk",
        &[
            "build",
            "--release=true",
            "--dist",
            "dist/make",
            "author.html",
        ],
    )?;
    single_file("dist")
}

fn single_file(dist: &str) -> Result<(), String> {
    let path = corpus::single_file::build(&root().join(dist)).map_err(|e| {
        format!("single-file build failed: {e}\n(run `trunk build --release` first)")
    })?;
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "wrote {} ({} KB); open it in a browser, no server or network needed",
        path.display(),
        size / 1024
    );
    let dist = root().join(dist);
    if dist.join("make/index.html").exists() {
        let path = corpus::single_file::build_author(&dist)
            .map_err(|e| format!("single-file build of Make your own failed: {e}"))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

fn bench() -> Result<(), String> {
    run_in(".", "scripts/setup.sh", &["bench"])?;
    run_in("bench/hello", "trunk", &["build", "--release"])?;
    let example = ["run", "--quiet", "--release", "--example", "bench", "--"];
    cargo(&[&example[..], &["dist", "bench/hello/dist"]].concat())
}

fn citations() -> Result<(), String> {
    let out = root().join("target/citations.json");
    std::fs::create_dir_all(root().join("target")).map_err(|e| e.to_string())?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let json = Command::new(cargo)
        .args(["run", "--quiet", "--example", "citations"])
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run the citations example: {e}"))?;
    if !json.status.success() {
        return Err(String::from_utf8_lossy(&json.stderr).into_owned());
    }
    std::fs::write(&out, &json.stdout).map_err(|e| format!("{}: {e}", out.display()))?;
    run_in(
        ".",
        "node",
        &["tests/citeproc/compare.js", "target/citations.json"],
    )
}
