//! Builds one self-contained HTML file from a Trunk `dist/`: the stylesheet inline, the
//! wasm-bindgen `web` glue inline in a module script, and the wasm as base64 bytes
//! passed to its init function. It opens from `file://` with no network.
//!
//! Used by `cargo xtask dist` (`make build`; with [`build_author`], "Make your own"'s
//! page in one file too), `corpus single-file` (which adds a corpus
//! file of one's own documents) and the end-to-end tests. Host only (feature `json`).

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The file name the single-file build is written to, inside `dist/`.
pub const SINGLE_FILE: &str = "policy-options-explainer.html";

fn attr<'a>(html: &'a str, tag_start: &str, name: &str) -> Result<&'a str, String> {
    let at = html
        .find(tag_start)
        .ok_or_else(|| format!("dist/index.html has no {tag_start}"))?;
    let tag = &html[at..at + html[at..].find('>').ok_or("unclosed tag")?];
    let key = format!("{name}=\"");
    let v = tag
        .find(&key)
        .ok_or_else(|| format!("{tag_start} has no {name}"))?
        + key.len();
    Ok(&tag[v..v + tag[v..].find('"').ok_or("unclosed attribute")?])
}

/// Removes every element starting with `start` up to and including the next `end`.
fn remove_all(html: &mut String, start: &str, end: &str) {
    while let Some(a) = html.find(start) {
        let b = a + html[a..]
            .find(end)
            .map_or(html.len() - a, |e| e + end.len());
        html.replace_range(a..b, "");
    }
}

pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    crate::check::bundle::base64_into(bytes, &mut out);
    out
}

fn csp_hash(content: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(content.as_bytes())))
}

/// Writes `dist/policy-options-explainer.html` and returns its path.
pub fn build(dist: &Path) -> Result<PathBuf, String> {
    let out = dist.join(SINGLE_FILE);
    build_with(dist, &out, None)?;
    Ok(out)
}

/// The whole built-in corpus, which the served app fetches after its first render
/// (the app's `src/model/deferred.rs`), as a data block the app reads at start instead
/// (file:// has no fetch): `<script type="application/octet-stream" id="poe-corpus">`,
/// base64. Its file's name is the one the build's prerender wrote into `index.html`
/// (`<meta name="poe-corpus">`): this library does not know which build it packs.
fn whole_block(
    html: &str,
    read: &dyn Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    let bytes = read(attr(html, "<meta name=\"poe-corpus\"", "content")?)?;
    Ok(format!(
        "<script type=\"application/octet-stream\" id=\"poe-corpus\">{}</script>\n</head>",
        base64(&bytes)
    ))
}

/// Writes the single file to `out`; with `documents` (a name and a corpus file made by
/// `corpus pack`), the app in it shows those documents instead of its built-in ones.
///
/// They travel as data blocks (`crate::deferred::carry`), `<script
/// type="application/octet-stream" id="poe-documents" data-name="…">` holding the bytes
/// as text at the end of the page, and what home shows of them in its head: a script element of a type that is
/// not JavaScript is never run (so the file's script policy needs no change); the app
/// draws home from the second and then reads the first (`src/components/documents.rs`)
/// and checks it as it checks any corpus file it opens.
pub fn build_with(dist: &Path, out: &Path, documents: Option<(&str, &[u8])>) -> Result<(), String> {
    let read = |name: &str| {
        std::fs::read(dist.join(name.trim_start_matches("./"))).map_err(|e| format!("{name}: {e}"))
    };
    let mut html = String::from_utf8(read("index.html")?).map_err(|e| e.to_string())?;
    let glue_name = attr(&html, "<script type=\"module\"", "data-glue")?.to_string();
    let wasm_name = attr(&html, "<script type=\"module\"", "data-wasm")?.to_string();
    // Every stylesheet, in order ("Make your own" has two: app.css and author.css).
    let mut css_names = Vec::new();
    let mut rest = html.as_str();
    while let Some(at) = rest.find("<link rel=\"stylesheet\"") {
        css_names.push(attr(&rest[at..], "<link rel=\"stylesheet\"", "href")?.to_string());
        rest = &rest[at + 1..];
    }
    let icon_name = attr(&html, "<link rel=\"icon\"", "href")?.to_string();

    let glue = String::from_utf8(read(&glue_name)?).map_err(|e| e.to_string())?;
    let wasm = read(&wasm_name)?;
    let mut css = String::new();
    for name in &css_names {
        css.push_str(&String::from_utf8(read(name)?).map_err(|e| e.to_string())?);
    }
    let icon = read(&icon_name)?;

    // Before the first paint (theme; the prerendered home hidden for another address),
    // inline like everything else.
    let early = String::from_utf8(read("early.js")?).map_err(|e| e.to_string())?;
    let script = format!(
        "{glue}\nconst bytes = Uint8Array.from(atob(\"{}\"), c => c.charCodeAt(0));\nawait __wbg_init({{ module_or_path: bytes }});\n",
        base64(&wasm)
    );
    let style = css;
    let csp = format!(
        "default-src 'none'; script-src {} {} 'wasm-unsafe-eval'; style-src {}; img-src data:; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
        csp_hash(&early),
        csp_hash(&script),
        csp_hash(&style)
    );

    remove_all(&mut html, "<script type=\"module\"", "</script>");
    html = html.replacen(
        "<script src=\"./early.js\"></script>",
        &format!("<script>{early}</script>"),
        1,
    );
    remove_all(&mut html, "<link rel=\"modulepreload\"", ">");
    remove_all(&mut html, "<link rel=\"preload\"", ">");
    remove_all(&mut html, "<link rel=\"stylesheet\"", ">");
    remove_all(&mut html, "<link rel=\"icon\"", ">");
    // No install and no service worker from file:// (its policy allows no manifest).
    remove_all(&mut html, "<link rel=\"manifest\"", ">");
    remove_all(
        &mut html,
        "<meta http-equiv=\"Content-Security-Policy\"",
        ">",
    );
    let head = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />\n<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\" />\n<style>{style}</style>\n<script type=\"module\">{script}</script>\n</head>",
        base64(&icon)
    );
    html = html.replacen("</head>", &head, 1);
    // The students' app (the page with the prerendered home) fetches the whole corpus;
    // the authoring page has its own.
    if html.contains("<div id=\"app\" data-prerendered>") {
        let block = whole_block(&html, &read)?;
        html = html.replacen("</head>", &block, 1);
        // What home shows, for the first render before the whole corpus arrives: here
        // the whole corpus is in the file, read at start.
        remove_all(
            &mut html,
            "<script type=\"application/octet-stream\" id=\"poe-home\">",
            "</script>",
        );
    }
    if let Some((name, bytes)) = documents {
        html = crate::deferred::carry(&html, name, bytes);
    }
    std::fs::write(out, html).map_err(|e| format!("{}: {e}", out.display()))
}

/// `dist/make-your-own.html`: the page of `dist/make` ("Make your own", issue 25) in one
/// file, with the students' single file (built first by [`build`]) in a data block
/// (`id="poe-app"`, base64; a script of a type that is not JavaScript never runs), from
/// which the page makes an explainer's single file.
pub fn build_author(dist: &Path) -> Result<PathBuf, String> {
    let out = dist.join("make-your-own.html");
    build_with(&dist.join("make"), &out, None)?;
    let app = std::fs::read(dist.join(SINGLE_FILE)).map_err(|e| e.to_string())?;
    let html = std::fs::read_to_string(&out).map_err(|e| e.to_string())?;
    let block = format!(
        "<script type=\"application/octet-stream\" id=\"poe-app\">{}</script>\n</head>",
        base64(&app)
    );
    std::fs::write(&out, html.replacen("</head>", &block, 1)).map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(super::base64(b""), "");
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"fo"), "Zm8=");
        assert_eq!(super::base64(b"foo"), "Zm9v");
        assert_eq!(super::base64(b"foobar"), "Zm9vYmFy");
    }
}
