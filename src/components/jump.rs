//! "Jump to": on a long page (home, recommendations, an option's page), a disclosure
//! that stays at the top of the screen while the page scrolls, listing the page's parts
//! (its options or its sources); choosing one scrolls to it and focuses it (issue 27:
//! home was 13,600 px and all recommendations 31,400 px on a 375 x 667 phone, with no
//! way to jump from where one was). Buttons, not links: the address's hash is the
//! route, so an in-page `#id` link would leave the page.
//!
//! And [`jump_link`], a link to a place on the same page: the click scrolls to the
//! element and focuses it instead of changing the hash (as the skip link does); the
//! `href` stays a real in-page target for the keyboard and for opening in a new tab.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// One part of the page: the id of the element to bring into view, and its name.
pub struct Part {
    pub target: String,
    pub label: String,
}

/// The bar: `what` names the parts ("an option", "a source"); `testid` tells pages apart
/// in tests.
pub fn jump_to(what: &str, parts: Vec<Part>, testid: &'static str) -> Html {
    if parts.len() < 2 {
        return Html::default();
    }
    html! {
        <nav class="jump-to" aria-label={format!("Jump to {what}")} data-testid={testid}>
            <details data-testid="jump-to-details">
                <summary data-testid="jump-to-summary">{ "Jump to " }{ what.to_string() }</summary>
                <ul>
                    { for parts.into_iter().map(|p| {
                        let target = p.target.clone();
                        let onclick = Callback::from(move |e: MouseEvent| go(&e, &target));
                        html! {
                            <li key={p.target.clone()}>
                                <button type="button" class="link-button" {onclick} data-testid="jump-to" data-target={p.target}>
                                    { p.label }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </details>
        </nav>
    }
}

/// Closes the list, brings element `target` into view (under the sticky bars: the
/// stylesheet's `scroll-padding-top`) and focuses it, so the next Tab starts there.
fn go(e: &MouseEvent, target: &str) {
    let details = e
        .target_dyn_into::<web_sys::Element>()
        .and_then(|t| t.closest("details").ok().flatten());
    if let Some(d) = details {
        let _ = d.remove_attribute("open");
    }
    let Some(el) = gloo::utils::document().get_element_by_id(target) else {
        return;
    };
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        if !h.has_attribute("tabindex") {
            let _ = h.set_attribute("tabindex", "-1");
        }
        let _ = h.focus();
    }
    el.scroll_into_view();
}

/// A link to the element with `id`, labelled `label`.
pub fn jump_link(id: String, label: String, testid: &'static str) -> Html {
    let onclick = {
        let id = id.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            let Some(el) = gloo::utils::document().get_element_by_id(&id) else {
                return;
            };
            el.scroll_into_view();
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        })
    };
    html! { <a href={format!("#{id}")} {onclick} data-testid={testid}>{ label }</a> }
}
