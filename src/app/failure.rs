//! What a student sees if the app ever panics: a short explanation, a button that
//! reloads the page and the address to report, instead of a page that stops answering.
//!
//! The release build aborts on a panic (`panic = "abort"`): the panic hook runs, then
//! the wasm stops for good. So the page is built here from plain DOM calls (no Yew,
//! whose state is gone, and no HTML strings, which the Trusted Types policy refuses),
//! and the button calls the browser's own `location.reload`, with no Rust code left to
//! run.

use gloo::utils::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

/// On any panic: the message and stack in the console (Yew's own hook, which this one
/// replaces), then [`show`], with the message as the technical detail. Through Yew, as
/// Yew puts its own hook in place of any set with `std::panic::set_hook`.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Replaces the page with the failure view; `detail` is shown folded away, for whoever
/// takes the report.
pub fn show(detail: &str) {
    let doc = document();
    if let (Some(body), Some(view)) = (doc.body(), view(&doc, detail)) {
        body.replace_children_with_node_1(&view);
        doc.set_title("Something went wrong · Policy Options Explainer");
        if let Some(h1) = view
            .query_selector("h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = h1.focus();
        }
    }
}

fn view(doc: &Document, detail: &str) -> Option<Element> {
    let el = |tag: &str, text: &str| -> Option<Element> {
        let e = doc.create_element(tag).ok()?;
        if !text.is_empty() {
            e.set_text_content(Some(text));
        }
        Some(e)
    };
    let location = window().location();
    let address = location.href().unwrap_or_default();
    let main = el("main", "")?;
    for (name, value) in [
        ("id", "main"),
        ("class", "app-failure"),
        ("data-testid", "app-failure"),
    ] {
        main.set_attribute(name, value).ok()?;
    }
    let h1 = el("h1", "Something went wrong")?;
    h1.set_attribute("tabindex", "-1").ok()?;
    let reload = el("button", "Reload the page")?;
    reload.set_attribute("type", "button").ok()?;
    reload.set_attribute("data-testid", "reload").ok()?;
    // `location.reload`, bound to the location: plain browser code, no Rust behind it.
    let f = js_sys::Reflect::get(&location, &JsValue::from_str("reload")).ok()?;
    let f = f.dyn_into::<js_sys::Function>().ok()?.bind0(&location);
    reload.add_event_listener_with_callback("click", &f).ok()?;
    // The address without its `#...` opens the app afresh on its first page.
    let home = el("a", "start again from the list of policy options")?;
    home.set_attribute("href", address.split('#').next().unwrap_or_default())
        .ok()?;
    let code = el("code", &address)?;
    code.set_attribute("data-testid", "failure-address").ok()?;
    let details = el("details", "")?;
    let (summary, pre) = (el("summary", "Technical details")?, el("pre", detail)?);
    details.append_child(&summary).ok()?;
    details.append_child(&pre).ok()?;

    let explain = el(
        "p",
        "The app stopped because of a fault in its own code, not because of anything you did. Reloading the page usually brings it back; the address keeps your place.",
    )?;
    let actions = el("p", "")?;
    actions.append_child(&reload).ok()?;
    actions.append_child(&doc.create_text_node(" or ")).ok()?;
    actions.append_child(&home).ok()?;
    actions.append_child(&doc.create_text_node(".")).ok()?;
    let report = el(
        "p",
        "If it happens again, please tell whoever gave you this app what you did just before, and this address: ",
    )?;
    report.append_child(&code).ok()?;
    for child in [h1, explain, actions, report, details] {
        main.append_child(&child).ok()?;
    }
    Some(main)
}
