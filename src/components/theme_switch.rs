//! The colour theme: Auto (the system's light or dark setting), Light, Dark or Projector
//! (high contrast). The choice lives in `localStorage` and on `<html data-theme>`, which
//! the stylesheet reads; Auto is the attribute's absence, so the stylesheet's
//! `prefers-color-scheme` query decides. `static/js/start.js` sets the attribute before
//! the first paint of a served build; [`apply_stored`] does so for the single-file build,
//! which has no start.js.

use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The storage key (start.js reads the same one).
const KEY: &str = "theme";

/// (value, label), in the menu's order; "auto" is the default.
const THEMES: [(&str, &str); 4] = [
    ("auto", "Auto (as the system)"),
    ("light", "Light"),
    ("dark", "Dark"),
    ("projector", "Projector (high contrast)"),
];

fn stored() -> Option<String> {
    window().local_storage().ok()??.get_item(KEY).ok()?
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
    if let Ok(Some(s)) = window().local_storage() {
        let _ = if theme == "auto" {
            s.remove_item(KEY)
        } else {
            s.set_item(KEY, theme)
        };
    }
}

/// Applies the remembered theme (once, as the app starts).
pub fn apply_stored() {
    apply(&stored().unwrap_or_default());
}

/// The switch: a labelled `<select>` (a plain view function; the current value is read
/// from `<html>` on each render, so it always says what is shown).
pub fn theme_switch() -> Html {
    let current = document()
        .document_element()
        .and_then(|r| r.get_attribute("data-theme"))
        .unwrap_or_default();
    let onchange = Callback::from(|e: Event| {
        let Some(select) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        else {
            return;
        };
        let theme = select.value();
        apply(&theme);
        remember(&theme);
    });
    html! {
        <p class="theme-switch">
            <label for="theme">{ "Theme" }</label>
            <select id="theme" {onchange} data-testid="theme-switch">
                { for THEMES.iter().map(|(value, label)| html! {
                    <option key={*value} value={*value} selected={*value == current || (current.is_empty() && *value == "auto")}>{ *label }</option>
                }) }
            </select>
        </p>
    }
}
