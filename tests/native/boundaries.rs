//! ARCHITECTURE.md's boundaries, checked on the app's source: only `state/storage.rs`
//! touches the browser's storage ("Make your own", a program of its own, keeps its own
//! module), and production code never finds an element by its test id.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// The app's source files with their text up to their unit tests.
fn app_sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    rust_files(&src)
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
            let name = p.strip_prefix(&src).unwrap().display().to_string();
            (name, code)
        })
        .collect()
}

#[test]
fn only_state_storage_touches_the_browsers_storage() {
    let own = ["state/storage.rs", "author/ui/storage.rs"];
    let elsewhere: Vec<String> = app_sources()
        .into_iter()
        .filter(|(name, code)| !own.contains(&name.as_str()) && code.contains("local_storage("))
        .map(|(name, _)| name)
        .collect();
    assert!(
        elsewhere.is_empty(),
        "storage used outside src/state/storage.rs: {elsewhere:?}"
    );
}

#[test]
fn no_element_is_found_by_its_test_id() {
    for (name, code) in app_sources() {
        for (n, line) in code.lines().enumerate() {
            assert!(
                !line.contains("[data-testid"),
                "src/{name}:{}: an element found by its test id; use a class, an attribute of the app's or a NodeRef",
                n + 1
            );
        }
    }
}

/// `vendor/yew` is Yew 0.23.0 as published with the changes `vendor/README.md` names:
/// one line changed, and blocks added, each between a line with `// Patched (Policy
/// Options Explainer, vendor/README.md):` and one with `// End of patch.`. Compared file
/// by file with the registry's copy when the machine has it (any machine that has built
/// the app without the patch, or has run `cargo fetch` before it).
#[test]
fn the_vendored_yew_is_the_published_one_with_its_patches() {
    let ours = Path::new(env!("CARGO_MANIFEST_DIR")).join("vendor/yew/src");
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")));
    let published = home.and_then(|h| {
        fs::read_dir(h.join("registry/src"))
            .ok()?
            .flatten()
            .map(|d| d.path().join("yew-0.23.0/src"))
            .find(|p| p.is_dir())
    });
    let Some(published) = published else {
        eprintln!("the registry's yew-0.23.0 is not on this machine: not compared");
        return;
    };
    let files = rust_files(&published);
    assert_eq!(
        files.len(),
        rust_files(&ours).len(),
        "vendor/yew/src has other files than the published crate"
    );
    for theirs in files {
        let name = theirs.strip_prefix(&published).unwrap();
        let (a, b) = (
            fs::read_to_string(&theirs).unwrap(),
            fs::read_to_string(ours.join(name)).unwrap(),
        );
        if name == Path::new("dom_bundle/utils.rs") {
            let changed = "                    .map(|m| m.tag_name().to_lowercase())\n";
            let patched = "                    // Patched (Policy Options Explainer, vendor/README.md): HTML's tag\n                    // names are ASCII; `str::to_lowercase` linked Unicode's case table.\n                    .map(|m| m.tag_name().to_ascii_lowercase())\n";
            assert_eq!(a.replacen(changed, patched, 1), b, "{}", name.display());
        } else {
            let b = without_patches(&b);
            assert_eq!(a, b, "vendor/yew/src/{} differs", name.display());
        }
    }
}

/// `text` without its added blocks (see above), each marker line included, and the
/// empty line that sets a block apart when it stands between two empty lines.
fn without_patches(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut inside, mut just_ended) = (false, false);
    for line in text.split_inclusive('\n') {
        if line.contains("// Patched (Policy Options Explainer, vendor/README.md):") {
            assert!(!inside, "a patch inside a patch: {line}");
            inside = true;
        }
        let apart = just_ended && line.trim().is_empty() && out.ends_with("\n\n");
        if !inside && !apart {
            out.push_str(line);
        }
        just_ended = false;
        if line.contains("// End of patch.") {
            assert!(inside, "an end of patch outside one: {line}");
            (inside, just_ended) = (false, true);
        }
    }
    assert!(!inside, "a patch without its end");
    out
}
