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
//! - [`model`]: the corpus library (`crates/corpus`: schema, encoding, checks and
//!   queries, pure Rust, tested natively), under the name the layers above use.

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

pub use app::{App, AppProps, Start};
/// The corpus on screen (the embedded one, or documents a reader opened): for the
/// tests, the bench and the `corpus` CLI.
pub use state::shown;

/// What the native generated-input tests (`tests/native/generated.rs`) render: the page switch
/// and the UI state. The views themselves stay crate-private, so the compiler still
/// reports dead code in them.
#[doc(hidden)]
pub mod testing {
    pub use crate::components::documents::end_preview;
    pub use crate::components::grid_sources::{CARD_WINDOW, OPTION_WINDOW};
    pub use crate::pages::option::ARGUMENT_WINDOW;
    pub use crate::pages::switch;
    pub use crate::state::store::forget_this_tab;
    pub use crate::state::{AppState, State};
}

/// Mounts [`App`] on the page's `<div id="app">`: taking over the nodes of the home view
/// prerendered into it (hydration, `examples/prerender.rs` renders them) when the app
/// starts as that view, else in place of them.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // First, so that any later panic shows a page a student can read.
    app::failure::install();
    // For `make bench`: when the wasm starts running (before the first render).
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.mark("app-start");
    }
    // A single file carrying documents of its own shows those: the built-in corpus's
    // blocks are read only should those fail (the app's `use_whole`).
    let d = gloo::utils::document();
    let own = d.get_element_by_id("poe-documents").is_some()
        || (d.get_element_by_id(model::deferred::DOCUMENTS_HOME)).is_some();
    if !own && !app::whole::from_page() {
        app::whole::home_from_page();
    }
    // How the app starts (the address, the browser's storage), read here: 2–4 ms that
    // were in the task that hydrates (issue 28: no task may run much over 12 ms). A click
    // on a link before the app is mounted is still followed: the app reads the address
    // again as its first effects run (`location::use_location`).
    let start = app::Start::from_browser();
    // The app is mounted in a task of its own: the wasm's start-up and the hydration were
    // one task of about 130 ms (Lighthouse trace, loaded machine: 50 ms before the render,
    // 80 ms the render), which Lighthouse's 4× slower CPU counted as 66 ms of blocking
    // time on home. The page is painted and stays as it is in between.
    gloo::timers::callback::Timeout::new(0, move || mount(start)).forget();
}

/// Takes over the prerendered home, or renders in its place.
#[cfg(target_arch = "wasm32")]
fn mount(start: app::Start) {
    // Without what home shows (a page without its data block), home waits for the whole
    // corpus like any other view, and the prerendered nodes are replaced.
    let hydrate = start.is_prerendered_home() && state::shown::home_ready();
    let props = app::AppProps { start: Some(start) };
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        yew::Renderer::<App>::with_props(props).render();
        return;
    };
    // How the app started, on the root: "hydrated" (the prerendered nodes taken over) or
    // "rendered" (tests/e2e/prerender.rs checks which).
    if hydrate && root.has_attribute("data-prerendered") {
        let _ = root.set_attribute("data-start", "hydrated");
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        let _ = root.remove_attribute("data-prerendered");
        let _ = root.set_attribute("data-start", "rendered");
        root.set_text_content(None);
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("Policy Options Explainer is a browser app: serve it with `make serve`.");
}
