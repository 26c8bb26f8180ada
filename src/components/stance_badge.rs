//! A stance shown as a text label with an icon; colour is never the only cue.

use crate::model::Stance;
use yew::prelude::*;

/// The icon that goes with a stance. Shapes and fills differ (filled square, hollow
/// circle, filled diamond, half-filled circle), so they tell the stances apart in black
/// and white and without colour; none is an arrow, a tick or a cross, which could read
/// as an up- or down-vote or as right and wrong (▲ and ▼ did, issue 15). The word is
/// always beside the shape.
fn icon(stance: Stance) -> &'static str {
    match stance {
        Stance::For => "■",
        Stance::Against => "○",
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
