//! Policy Options Explainer: the policy options four sources discuss for Pakistan's
//! response to the TTP after the 2021 Taliban takeover, with each source's arguments
//! for and against and the verbatim, verified evidence behind them.
//!
//! Layers, each using only those below it:
//!
//! - [`app`]: the root component (state, address, page layout, focus, keys);
//! - [`pages`]: one view per route;
//! - [`components`]: views shared by pages;
//! - [`route`] (hash routes and their query, pure), [`location`] (the browser's
//!   address), [`state`] (UI state, actions and the pure reducer);
//! - [`model`]: the corpus schema, encoding, checks and queries (pure Rust, tested
//!   natively).

// Only the model, the routes and the root component are used from outside (the tests
// and the bench); the rest is crate-private, so the compiler reports dead code in it.
pub(crate) mod app;
pub mod author;
pub(crate) mod components;
pub(crate) mod location;
pub mod model;
pub(crate) mod pages;
pub mod route;
pub(crate) mod state;

pub use app::App;

/// What the native generated-input tests (`tests/generated.rs`) render: the page switch
/// and the UI state. The views themselves stay crate-private, so the compiler still
/// reports dead code in them.
#[doc(hidden)]
pub mod testing {
    pub use crate::pages::switch;
    pub use crate::state::store::forget_this_tab;
    pub use crate::state::{AppState, State};
}

/// Mounts [`App`] on the page's `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // First, so that any later panic shows a page a student can read.
    app::failure::install();
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
