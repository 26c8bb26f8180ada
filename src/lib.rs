//! Policy Options Explainer: the policy options four sources discuss for Pakistan's
//! response to the TTP after the 2021 Taliban takeover, with each source's arguments
//! for and against and the verbatim, verified evidence behind them.
//!
//! - [`model`]: the corpus schema, checks and queries (pure Rust, tested natively).
//! - [`state`]: UI state, actions and the pure reducer.
//! - [`route`]: hash routes, so deep links work offline and from `file://`.
//! - `components`, `pages`: the Yew views.

pub mod app;
pub mod components;
pub mod model;
pub mod pages;
pub mod route;
pub mod state;

pub use app::App;

/// Mounts [`App`] on the page's `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // For `make bench`: when the wasm starts running (before the first render).
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.mark("app-start");
    }
    yew::Renderer::<App>::new().render();
}

/// The app runs only in a browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("Policy Options Explainer is a browser app: serve it with `make serve`.");
}
