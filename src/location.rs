//! The browser's address: where it is, following it, and going somewhere.
//!
//! Routing is a `hashchange` listener over [`Here::parse`] rather than yew-router's
//! `HashRouter`/`Link` components, which cost this bundle about 23 KB of gzip
//! (measured with `make bench`); links are plain `<a href="#/...">`.

use crate::route::Here;
use gloo::events::EventListener;
use gloo::utils::window;
use yew::prelude::*;

/// Where the browser is now.
fn current() -> Here {
    Here::parse(&window().location().hash().unwrap_or_default())
}

/// Where the browser is, updated on every change of the address.
#[hook]
pub fn use_location() -> Here {
    let here = use_state_eq(current);
    {
        let here = here.clone();
        // Attached during the first render (not in an effect), so a hash change that
        // comes straight after the first paint is never missed; dropped with the app.
        use_memo((), move |_| {
            EventListener::new(&window(), "hashchange", move |_| here.set(current()))
        });
    }
    (*here).clone()
}

/// Goes to `href` (`#/...`, see `Route::href`). `replace` rewrites the current history
/// entry instead of adding one (for typing in the search box).
pub fn navigate(href: &str, replace: bool) {
    let w = window();
    if replace {
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
        }
        // replaceState fires no event of its own.
        if let Ok(e) = web_sys::Event::new("hashchange") {
            let _ = w.dispatch_event(&e);
        }
    } else {
        let _ = w.location().set_hash(href);
    }
}
