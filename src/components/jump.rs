//! A link to a place on the same page. The address's hash is the route, so the link
//! must not change it: the click scrolls to the element and focuses it instead (as the
//! skip link does); the `href` stays a real in-page target for the keyboard and for
//! opening in a new tab.

use yew::prelude::*;

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
