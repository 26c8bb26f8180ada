//! A card for one option: its summary and each source's position line.

use super::position::position_text;
use crate::model::{corpus, PolicyOption};
use crate::route::Route;
use yew::prelude::*;

/// The card (a plain view function: it has no state, and a component per card would
/// cost start-up time on the home page).
pub fn option_card(o: &PolicyOption) -> Html {
    let c = corpus();
    let heading_id = format!("card-{}", o.id);
    html! {
        <li key={o.id.to_string()} class="option-card" data-testid="option-card" data-id={o.id.to_string()} data-step="" tabindex="-1"
            aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} data-testid="option-title">
                <a href={Route::Option { id: o.id.to_string() }.href()}>{ o.label.to_string() }</a>
            </h2>
            <p class="summary">{ o.summary.to_string() }</p>
            <dl class="positions">
                { for c.sources.iter().map(|s| {
                    let position = c.position(&o.id, &s.id);
                    html! {
                        <div key={s.id.to_string()} class={if position.is_some() { "position" } else { "position not-discussed" }}>
                            <dt>{ s.short.to_string() }</dt>
                            <dd data-testid="position">{ position_text(position) }</dd>
                        </div>
                    }
                }) }
            </dl>
        </li>
    }
}
