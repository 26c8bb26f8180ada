//! The app shell: router, state context, header, skip link, focus handling and
//! keyboard stepping.

use crate::components::nav::Nav;
use crate::pages::switch;
use crate::route::Route;
use crate::state::{AppState, State};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;
use yew_router::prelude::*;

/// The root component.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    html! {
        <HashRouter>
            <ContextProvider<AppState> context={state}>
                <Shell />
            </ContextProvider<AppState>>
        </HashRouter>
    }
}

#[function_component(Shell)]
fn shell() -> Html {
    let state = use_context::<AppState>();
    let presenter = state.as_ref().is_some_and(|s| s.presenter);
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let first = use_mut_ref(|| true);

    // After each navigation: title, scroll and focus (to the target passage, or to the heading).
    use_effect_with(route.clone(), move |_| {
        let initial = std::mem::replace(&mut *first.borrow_mut(), false);
        settle_focus(initial);
    });

    // Cold-start mark for `make bench` (the hello-world baseline sets the same one).
    use_effect_with((), |_| {
        if let Some(p) = window().performance() {
            let _ = p.mark("first-render");
        }
    });

    // Keyboard stepping through cards, arguments and quotes.
    use_effect_with((), |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&document(), "keydown", options, |e| {
            if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                step_on_key(e);
            }
        });
        move || drop(listener)
    });

    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = element_by_id("main") {
            let _ = main.focus();
        }
    });

    html! {
        <div class={classes!("app", presenter.then_some("presenter"))}>
            <a class="skip-link" href="#/" onclick={skip} data-testid="skip-link">{ "Skip to content" }</a>
            <Nav />
            <main id="main" tabindex="-1">
                <Switch<Route> render={switch} />
            </main>
            <footer class="site-footer">
                <p>
                    { "Four sources, quoted verbatim and checked against their text. This app compares what they say; it does not score, rank or predict. " }
                    <Link<Route> to={Route::About}>{ "How the evidence was collected" }</Link<Route>>
                </p>
            </footer>
        </div>
    }
}

fn element_by_id(id: &str) -> Option<HtmlElement> {
    document()
        .get_element_by_id(id)?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Sets the document title from the `<h1>` and moves focus where a reader expects it.
fn settle_focus(initial: bool) {
    let doc = document();
    let h1 = doc.query_selector("main h1").ok().flatten();
    let heading = h1
        .as_ref()
        .and_then(|h| h.text_content())
        .unwrap_or_default();
    doc.set_title(&if heading.is_empty() {
        "Policy Options Explainer".to_string()
    } else {
        format!("{heading} · Policy Options Explainer")
    });
    if let Some(target) = doc.query_selector("[data-scroll-target]").ok().flatten() {
        reveal(&target);
    } else if !initial {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        if let Some(h1) = h1.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
            let _ = h1.set_attribute("tabindex", "-1");
            let _ = h1.focus();
        }
    }
}

/// Scrolls an element to the middle of the screen and focuses it.
pub fn reveal(el: &Element) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}

/// `j`/`k` (and, in presenter mode, arrow and page keys) move between `[data-step]` items.
fn step_on_key(e: &KeyboardEvent) {
    if e.alt_key() || e.ctrl_key() || e.meta_key() {
        return;
    }
    let typing = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
    let presenter = document()
        .query_selector(".presenter")
        .ok()
        .flatten()
        .is_some();
    let delta: i32 = match e.key().as_str() {
        "j" if !typing => 1,
        "k" if !typing => -1,
        "ArrowRight" | "PageDown" if presenter && !typing => 1,
        "ArrowLeft" | "PageUp" if presenter && !typing => -1,
        _ => return,
    };
    let Ok(items) = document().query_selector_all("[data-step]") else {
        return;
    };
    let len = items.length() as i32;
    if len == 0 {
        return;
    }
    let active = document().active_element();
    let current = active
        .and_then(|a| a.closest("[data-step]").ok().flatten())
        .and_then(|cur| {
            (0..len).find(|&i| {
                items
                    .item(i as u32)
                    .is_some_and(|n| n.is_same_node(Some(&cur)))
            })
        });
    let next = match current {
        Some(i) => (i + delta).clamp(0, len - 1),
        None if delta > 0 => 0,
        None => len - 1,
    };
    if let Some(el) = items
        .item(next as u32)
        .and_then(|n| n.dyn_into::<Element>().ok())
    {
        e.prevent_default();
        reveal(&el);
    }
}

/// Rewrites a hash that is not a route (`#foo`) to one (`#/foo`) before the router
/// reads it, so a hand-typed or stale link shows "not found" instead of failing.
pub fn repair_hash() {
    fn fix() {
        let loc = window().location();
        let hash = loc.hash().unwrap_or_default();
        if !hash.is_empty() && !hash.starts_with("#/") {
            let fixed = format!("#/{}", hash.trim_start_matches('#'));
            if let Ok(history) = window().history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fixed));
            }
        }
    }
    fix();
    // Registered before the router's own listener, so it runs first.
    EventListener::new(&window(), "popstate", |_| fix()).forget();
}
