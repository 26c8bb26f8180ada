//! Dated events the sources cite, oldest first.

use crate::components::reading::reading;
use crate::model::corpus;
use yew::prelude::*;

/// The view (a plain function: it has no state; [`super::switch`] keys it by route).
pub fn timeline() -> Html {
    let c = corpus();
    html! {
        <article class="timeline-page" data-testid="timeline-page">
            <h1>{ "Timeline" }</h1>
            <p class="lede">{ "Dated events the sources use as evidence, as precisely as the sources date them. Where sources date an event differently, see Facts that differ." }</p>
            <ol class="timeline">
                { for c.events.iter().map(|e| html! {
                    <li key={e.id.to_string()} class="event" data-testid="event" data-step="" tabindex="-1">
                        <h2><time datetime={e.date.to_string()}>{ e.date.to_string() }</time>{ " " }{ e.label.to_string() }</h2>
                        <ul class="readings">
                            { for e.mentions.iter().enumerate().map(|(i, m)| reading(m, i, None)) }
                        </ul>
                    </li>
                }) }
            </ol>
        </article>
    }
}
