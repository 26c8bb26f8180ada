//! The colour theme: Auto (the system's light or dark setting), Light, Dark or Projector
//! (high contrast). The choice lives in `localStorage` and on `<html data-theme>`, which
//! the stylesheet reads; Auto is the attribute's absence, so the stylesheet's
//! `prefers-color-scheme` query decides. `static/js/early.js` (a blocking script in the
//! page's head, inline in the single file) sets the attribute before the first paint.

use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The storage key (early.js reads the same one).
use crate::state::storage;

/// (value, label), in the menu's order; "auto" is the default.
const THEMES: [(&str, &str); 4] = [
    ("auto", "Auto (as the system)"),
    ("light", "Light"),
    ("dark", "Dark"),
    ("projector", "Projector (high contrast)"),
];

fn stored() -> Option<String> {
    storage::read(storage::THEME).ok()?
}

/// Puts `theme` on `<html>` ("auto", or anything unknown, removes it).
fn apply(theme: &str) {
    if let Some(root) = document().document_element() {
        if THEMES[1..].iter().any(|(v, _)| *v == theme) {
            let _ = root.set_attribute("data-theme", theme);
        } else {
            let _ = root.remove_attribute("data-theme");
        }
    }
}

/// Switches to the next theme in the menu's order (after Projector, Auto again),
/// remembers it and returns its label: the slides' T key and Theme button (issue 27;
/// the switch in the footer was 108 Tabs away from a slide).
pub fn next_theme() -> &'static str {
    let current = document()
        .document_element()
        .and_then(|r| r.get_attribute("data-theme"))
        .unwrap_or_default();
    let at = THEMES.iter().position(|(v, _)| *v == current).unwrap_or(0);
    let (theme, label) = THEMES[(at + 1) % THEMES.len()];
    apply(theme);
    remember(theme);
    label
}

/// Keeps `theme` in storage ("auto": nothing kept). Private windows may refuse
/// storage: the theme then lasts for this visit.
fn remember(theme: &str) {
    let _ = if theme == "auto" {
        storage::remove(storage::THEME)
    } else {
        storage::write(storage::THEME, theme)
    };
}

/// The switch: a labelled `<select>`. Its value is read from `<html>` after its first
/// render (an effect), so rendering reads no browser API (the footer is also rendered natively,
/// into the prerendered page) and it always says what is shown.
#[function_component(ThemeSwitch)]
pub fn theme_switch() -> Html {
    let current = use_state_eq(String::new);
    let select = use_node_ref();
    {
        let current = current.clone();
        let select = select.clone();
        use_effect_with((), move |_| {
            // Where early.js did not run (a page without it: the browser tests).
            if let Some(theme) = stored() {
                apply(&theme);
            }
            let shown = document()
                .document_element()
                .and_then(|r| r.get_attribute("data-theme"))
                .unwrap_or_default();
            // The control's value itself (Firefox keeps a select's first value when only
            // its options' `selected` attributes change afterwards).
            if let Some(select) = select.cast::<HtmlSelectElement>() {
                select.set_value(if shown.is_empty() { "auto" } else { &shown });
            }
            current.set(shown);
        });
    }
    let onchange = {
        let current = current.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            else {
                return;
            };
            let theme = select.value();
            apply(&theme);
            remember(&theme);
            current.set(theme);
        })
    };
    let current = current.as_str();
    html! {
        <p class="theme-switch">
            <label for="theme">{ "Theme" }</label>
            <select id="theme" ref={select} {onchange} data-testid="theme-switch">
                { for THEMES.iter().map(|(value, label)| html! {
                    <option key={*value} value={*value} selected={*value == current || (current.is_empty() && *value == "auto")}>{ *label }</option>
                }) }
            </select>
        </p>
    }
}
