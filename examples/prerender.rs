//! What a browser build needs that is made natively, written into its folder by Trunk's
//! post-build hook (`scripts/precache.sh`):
//! - the whole built-in corpus, under the name the app fetches it by after its first
//!   render (`src/model/deferred.rs`);
//! - the home view, rendered with Yew's server renderer into `index.html`'s
//!   `<div id="app" data-prerendered>`, so a student sees the options before the wasm has
//!   arrived; the app then takes those nodes over (hydration, `src/lib.rs`);
//! - what home shows (the options, the sources' names, the positions), which the app
//!   draws that first render from, as a data block after it
//!   (`<script type="application/octet-stream" id="poe-home">`, as text: see
//!   `corpus::deferred::text_safe`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --example prerender -- <the build's folder>");
        std::process::exit(2);
    };
    if let Err(e) = write(std::path::Path::new(&dir)) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write(dir: &std::path::Path) -> Result<(), String> {
    use policy_options_explainer::model::deferred;
    use policy_options_explainer::shown::{home_bytes, whole_bytes};
    let whole = dir.join(deferred::file_name());
    std::fs::write(&whole, whole_bytes()).map_err(|e| format!("{}: {e}", whole.display()))?;
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    const ROOT: &str = "<div id=\"app\" data-prerendered></div>";
    // The whole corpus's name, for early.js to fetch it at once for another page than home.
    const EARLY: &str = "<script src=\"./early.js\"></script>";
    if !html.contains(EARLY) {
        return Err(format!("{} has no {EARLY}", index.display()));
    }
    let meta = format!(
        "<meta name=\"poe-corpus\" content=\"{}\" />\n    {EARLY}",
        deferred::file_name()
    );
    let html = html.replacen(EARLY, &meta, 1);
    let Some(at) = html.find(ROOT) else {
        return Err(format!("{} has no {ROOT}", index.display()));
    };
    let home = home();
    let data = format!(
        "\n    <script type=\"application/octet-stream\" id=\"poe-home\">{}</script>",
        corpus::deferred::text_safe(home_bytes())
    );
    let at = at + ROOT.len() - "</div>".len();
    let end = at + "</div>".len();
    let html = [&html[..at], &home, &html[at..end], &data, &html[end..]].concat();
    std::fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))
}

/// The home view as the app's first render in the browser draws it (`Start::home`).
#[cfg(not(target_arch = "wasm32"))]
fn home() -> String {
    use policy_options_explainer::{App, AppProps, Start};
    let props = AppProps {
        start: Some(Start::home()),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let local = tokio::task::LocalSet::new();
    let html = runtime
        .block_on(local.run_until(yew::LocalServerRenderer::<App>::with_props(props).render()));
    unnamed(&html)
}

/// `html` with its component markers unnamed: Yew writes each component's type name in
/// the comments around it (`<!--<[policy_options_explainer::components::part::Part]>-->`),
/// and hydration matches only the marker's start and end (`<[`, `</[`, `]>`): 42 markers
/// on home, 139 bytes of the page gzip-compressed (issue 28's first-visit ceiling).
#[cfg(not(target_arch = "wasm32"))]
fn unnamed(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!--<") {
        let open = &rest[at + "<!--<".len()..];
        let mark = if open.starts_with('[') {
            "["
        } else if open.starts_with("/[") {
            "/["
        } else {
            ""
        };
        let end = open.find("]>-->");
        match end {
            Some(end) if !mark.is_empty() && !open[..end].contains("-->") => {
                out.push_str(&rest[..at]);
                out.push_str("<!--<");
                out.push_str(mark);
                out.push_str("]>-->");
                rest = &open[end + "]>-->".len()..];
            }
            _ => {
                out.push_str(&rest[..at + "<!--<".len()]);
                rest = open;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(target_arch = "wasm32")]
fn main() {}
