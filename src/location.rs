//! The browser's address: where it is, following it, and going somewhere.
//!
//! Routing is a `hashchange` listener over [`Here::parse`] rather than yew-router's
//! `HashRouter`/`Link` components, which cost this bundle about 23 KB of gzip
//! (measured with `make bench`); links are plain `<a href="#/...">`.

use crate::route::Here;
use gloo::events::EventListener;
use gloo::utils::window;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where the browser is now.
pub fn current() -> Here {
    Here::parse(&window().location().hash().unwrap_or_default())
}

/// Where the browser is, from `start` (the address when the app was mounted: the page
/// is rendered natively too, for the prerendered home, so render reads no browser API),
/// updated on every change of the address.
#[hook]
pub fn use_location(start: &Here) -> Here {
    let here = use_state_eq(|| start.clone());
    {
        let here = here.clone();
        // Attached after the first render; a change of address between that render and
        // this effect is taken up here.
        use_effect_with((), move |_| {
            let listener = {
                let here = here.clone();
                EventListener::new(&window(), "hashchange", move |_| {
                    let next = current();
                    leave(&next);
                    here.set(next)
                })
            };
            here.set(current());
            move || drop(listener)
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
            // Keep the entry's id (see `arrive`), so Back still finds its scroll position.
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(href));
        }
        // replaceState fires no event of its own.
        if let Ok(e) = web_sys::Event::new("hashchange") {
            let _ = w.dispatch_event(&e);
        }
    } else {
        let _ = w.location().set_hash(href);
    }
}

/// Where the student has been, for Back and Forward and for "Back to …" links. A
/// hash app's views are all one document, so the browser's own scroll restoration
/// cannot know a view's height when it comes back: the app restores it itself.
mod memory {
    use std::cell::RefCell;

    /// How a history entry's view was left: what a return by Back or Forward restores.
    #[derive(Clone, Default)]
    pub struct Place {
        pub id: f64,
        /// The scroll position.
        pub y: f64,
        /// Whether each `<details>` in `main` was open, in document order (the filter
        /// panel, Cite panels, restatements). Which arguments' evidence is open is the
        /// app's state, which lasts from view to view, so Back finds it as it was.
        pub details: Vec<bool>,
    }

    #[derive(Default)]
    pub struct Memory {
        /// Places by history entry id (in memory only: a reload starts afresh).
        pub places: Vec<Place>,
        /// The entry on screen: its id and address; `None` between a change of address
        /// and the new view's rendering, so the scrolling in between is not recorded.
        pub on_screen: Option<(f64, String)>,
        /// Whether the entry on screen was new when reached (a link, not Back or Forward).
        pub fresh: bool,
        /// The address and title of the view before this one.
        pub previous: Option<(String, String)>,
    }

    thread_local! {
        pub static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
    }
}

pub use memory::Place;
use memory::MEMORY;

impl memory::Memory {
    /// The place of the entry on screen, made on first use.
    fn on_screen_place(&mut self) -> Option<&mut Place> {
        let id = self.on_screen.as_ref()?.0;
        let at = match self.places.iter().position(|p| p.id == id) {
            Some(at) => at,
            None => {
                self.places.push(Place {
                    id,
                    ..Place::default()
                });
                self.places.len() - 1
            }
        };
        self.places.get_mut(at)
    }
}

/// Whether each `<details>` in `main` is open, in document order; with `set`, first
/// opens and closes them as it says (a view left with them so).
pub fn details(set: Option<&[bool]>) -> Vec<bool> {
    let Ok(list) = gloo::utils::document().query_selector_all("main details") else {
        return Vec::new();
    };
    (0..list.length())
        .map(|i| {
            // Only <details> match the selector.
            let d = list
                .item(i)
                .map(|n| n.unchecked_into::<web_sys::HtmlDetailsElement>());
            d.is_some_and(|d| {
                if let Some(&o) = set.and_then(|s| s.get(i as usize)) {
                    d.set_open(o);
                }
                d.open()
            })
        })
        .collect()
}

/// The address changes to `next`: stop recording scroll for the entry left and, when
/// the view changes (not only its filters), remember it as the previous view.
fn leave(next: &Here) {
    MEMORY.with_borrow_mut(|m| {
        // A change to the address already on screen (a late `hashchange` for it, or a
        // replaced entry with the same address) renders nothing new, so no `arrive`
        // would follow: keep the entry. Taking it lost the previous view, and the
        // "Back to the argument" link with it (seen in CI under load).
        if m.on_screen
            .as_ref()
            .is_some_and(|(_, hash)| Here::parse(hash) == *next)
        {
            return;
        }
        // The view is still on screen (it renders the new address after this): keep
        // which of its panels are open.
        if let Some(p) = m.on_screen_place() {
            p.details = details(None);
        }
        if let Some((_, hash)) = m.on_screen.take() {
            if Here::parse(&hash).route != next.route {
                m.previous = Some((hash, gloo::utils::document().title()));
            }
        }
    });
}

/// The view for the address has rendered: gives a new history entry an id (in
/// `history.state`) and returns, for an entry seen before (Back, Forward), the place it
/// was left at.
pub fn arrive() -> Option<Place> {
    let w = window();
    let history = w.history().ok()?;
    let hash = w.location().hash().unwrap_or_default();
    let known = history.state().ok().and_then(|s| s.as_f64());
    let id = known.unwrap_or_else(|| {
        // Unique across reloads too: old entries keep their ids in history.state.
        let id = w.performance().map_or(0.0, |p| p.time_origin() + p.now());
        let _ = history.replace_state(&id.into(), "");
        id
    });
    MEMORY.with_borrow_mut(|m| {
        m.on_screen = Some((id, hash));
        m.fresh = known.is_none();
        known.and_then(|k| m.places.iter().find(|p| p.id == k).cloned())
    })
}

/// Records the scroll position of the entry on screen (on every `scroll` event).
pub fn remember_scroll() {
    let y = window().scroll_y().unwrap_or_default();
    MEMORY.with_borrow_mut(|m| {
        if let Some(p) = m.on_screen_place() {
            p.y = y;
        }
    });
}

/// The view before this one: its address (`#/...`) and title, and whether going Back
/// reaches it (so a "Back to …" link can use the history and restore its scroll).
pub fn previous() -> Option<(String, String, bool)> {
    MEMORY.with_borrow(|m| {
        m.previous
            .clone()
            .map(|(hash, title)| (hash, title, m.fresh))
    })
}

/// Stops the browser restoring scroll itself: it would do so before the view it
/// restores for has rendered, and fight [`arrive`]'s position.
pub fn manual_scroll_restoration() {
    if let Ok(h) = window().history() {
        let _ = h.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}
