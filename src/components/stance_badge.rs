//! A stance shown as a text label with an icon; colour is never the only cue.

use crate::model::Stance;
use yew::prelude::*;

/// The icon that goes with a stance (shape differs, so it reads without colour).
fn icon(stance: Stance) -> &'static str {
    match stance {
        Stance::For => "▲",
        Stance::Against => "▼",
        Stance::Conditional => "◆",
        Stance::Mixed => "◐",
    }
}

/// The badge: a plain view function (no state, so no component of its own).
pub fn stance_badge(s: Stance) -> Html {
    html! {
        <span class={format!("stance stance-{}", s.as_str())} data-testid="stance" data-stance={s.as_str()}>
            <span class="stance-icon" aria-hidden="true">{ icon(s) }</span>
            { s.label() }
        </span>
    }
}
