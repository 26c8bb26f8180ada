//! A stance shown as a text label with an icon; colour is never the only cue.

use crate::model::Stance;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub stance: Stance,
}

/// The icon that goes with a stance (shape differs, so it reads without colour).
pub fn icon(stance: Stance) -> &'static str {
    match stance {
        Stance::For => "▲",
        Stance::Against => "▼",
        Stance::Conditional => "◆",
        Stance::Mixed => "◐",
    }
}

#[function_component(StanceBadge)]
pub fn stance_badge(props: &Props) -> Html {
    let s = props.stance;
    html! {
        <span class={classes!("stance", format!("stance-{}", s.as_str()))} data-testid="stance" data-stance={s.as_str()}>
            <span class="stance-icon" aria-hidden="true">{ icon(s) }</span>
            { s.label() }
        </span>
    }
}
