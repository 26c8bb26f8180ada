//! `cargo run --example single_file -- dist`: writes dist/policy-options-explainer.html,
//! the whole app in one file that opens from file:// with no network; and, when
//! dist/make holds "Make your own" (issue 25), dist/make-your-own.html: that page in one
//! file, carrying the students' single file to build an explainer's single file from.

// A host tool (it uses the host-only sha2); on wasm32 (clippy --all-targets) it is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/single_file.rs"]
mod single_file;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let dist = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist".to_string());
    match single_file::build(std::path::Path::new(&dist)) {
        Ok(path) => {
            let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            println!(
                "wrote {} ({} KB); open it in a browser, no server or network needed",
                path.display(),
                size / 1024
            );
        }
        Err(e) => {
            eprintln!("single-file build failed: {e}\n(run `trunk build --release` first)");
            std::process::exit(1);
        }
    }
    let dist = std::path::Path::new(&dist);
    if dist.join("make/index.html").exists() {
        match author(dist) {
            Ok(path) => println!("wrote {}", path.display()),
            Err(e) => {
                eprintln!("single-file build of Make your own failed: {e}");
                std::process::exit(1);
            }
        }
    }
}

/// dist/make-your-own.html: the page of dist/make in one file, with the students' single
/// file in a data block (`id="poe-app"`, base64; a script of a type that is not
/// JavaScript never runs), from which the page makes an explainer's single file.
#[cfg(not(target_arch = "wasm32"))]
fn author(dist: &std::path::Path) -> Result<std::path::PathBuf, String> {
    let out = dist.join("make-your-own.html");
    single_file::build_with(&dist.join("make"), &out, None)?;
    let app = std::fs::read(dist.join(single_file::SINGLE_FILE)).map_err(|e| e.to_string())?;
    let html = std::fs::read_to_string(&out).map_err(|e| e.to_string())?;
    let block = format!(
        "<script type=\"application/octet-stream\" id=\"poe-app\">{}</script>\n</head>",
        single_file::base64(&app)
    );
    std::fs::write(&out, html.replacen("</head>", &block, 1)).map_err(|e| e.to_string())?;
    Ok(out)
}
