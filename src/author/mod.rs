//! "Make your own" (issue 25): a teacher or student builds a checked explainer for
//! any documents in the browser. Its own page (`author.html`) and wasm
//! (`src/bin/author.rs`), so the students' app pays only for a link.
//!
//! - [`text`], [`select`], [`project`], [`export`]: pure, tested natively;
//! - `ui`: the page (Yew), which uses the app's own views for its preview.

pub mod export;
pub mod project;
pub mod records;
pub mod select;
pub mod shared;
pub mod text;
pub mod ui;

/// Mounts the authoring page on `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    crate::app::failure::install();
    yew::Renderer::<ui::Author>::new().render();
}

/// The page runs only in a browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("Make your own is a browser page: build it with `make build`.");
}
