//! A card for one option: its summary and each source's position line.

use super::part::Part;
use super::position::{argues, not_discussing, position_text};
use crate::model::deferred::{card_sources, CardSources};
use crate::model::PolicyOption;
// Where the grids, the handout and an option's page take it from.
pub use crate::model::deferred::NAME_EVERY_SOURCE;
use crate::route::Route;
use crate::state::corpus;
use yew::prelude::*;

/// The card for `option`, keyed by its id: a [`Part`] of its own, hydrated by itself;
/// `first_new`: the first card a "Show the next" drew (the app brings it into view,
/// focuses it and says so).
pub fn option_card(option: &'static PolicyOption, first_new: bool) -> Html {
    html! { <Part key={option.id.to_string()}>{ card(option, first_new) }</Part> }
}

/// The card's markup.
fn card(o: &PolicyOption, first_new: bool) -> Html {
    let heading_id = format!("card-{}", o.id);
    // Past twelve sources, a card draws the first twelve that discuss the option, in
    // corpus order, and sends the reader to the option's page for the rest: home drew
    // a line for every one (896 lines at 64 sources, the built-in corpus copied 16
    // times), and its first render grew with the corpus (460 ms against 215 ms for the
    // built-in corpus: `make bench`, scale).
    let CardSources {
        listed,
        more,
        silent,
    } = card_sources(corpus(), &o.id, |s| argues(&o.id, s));
    html! {
        <li class="option-card" data-testid="option-card" data-id={o.id.to_string()} data-step="" tabindex="-1"
            aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} data-testid="option-title">
                <a href={Route::Option { id: o.id.to_string() }.href()}
                    data-first-result={first_new.then_some("More options shown, from this one on.")}>{ o.label.to_string() }</a>
            </h2>
            <p class="summary">{ o.summary.to_string() }</p>
            <dl class="positions">
                { for listed.iter().map(|&(s, position)| html! {
                    <div key={s.id.to_string()} class={if position.is_some() { "position" } else { "position not-discussed" }}>
                        <dt>{ s.short.to_string() }</dt>
                        <dd data-testid="position">{ position_text(position, &o.id, &s.id) }</dd>
                    </div>
                }) }
            </dl>
            if more {
                <p data-testid="sources-more">
                    <a href={Route::Option { id: o.id.to_string() }.href()}>{ format!("Every source's position on {}", o.label) }</a>
                </p>
            }
            if silent > 0 {
                <p class="muted" data-testid="sources-not-discussing">{ not_discussing(silent, "the other") }</p>
            }
        </li>
    }
}
