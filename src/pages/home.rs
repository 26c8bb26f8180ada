//! Home: one card per option, in a fixed order, with each source's position.

use crate::components::grid_sources::{first_new, more_rows, rows, CARD_WINDOW};
use crate::components::jump::{jump_to, Part as Target};
use crate::components::option_card::{option_card, NAME_EVERY_SOURCE};
use crate::components::part::Part;
use crate::model::count_word;
use crate::route::Route;
use crate::state::{corpus, own_name};
use yew::prelude::*;

/// The view (a plain function: it has no state; [`super::switch`] keys it by route).
/// Past [`CARD_WINDOW`] options, the cards come in windows, as the grids' rows do
/// (`?rows=40`; issue 30: 140 options drew 1,680 source lines, 828 ms to home's first
/// render with 160 sources, `make bench`, scale); the built-in corpus never folds.
pub fn home(query: &str) -> Html {
    let c = corpus();
    let rows = rows(query, CARD_WINDOW);
    let first = first_new(rows, CARD_WINDOW);
    let drawn = &c.options[..rows];
    // Each a part hydrated by itself (components/part.rs), as each card is.
    html! {
        <>
            <Part>
            // The subject of the built-in documents, or the name of one's own (issue 13).
            if let Some(name) = own_name() {
                <h1>{ "Policy options in “" }<bdi>{ name }</bdi>{ "”" }</h1>
            } else {
                <h1>{ "Policy options for Pakistan's response to the TTP" }</h1>
            }
            <p class="lede">
                if own_name().is_none() {
                    { "After the Taliban took Kabul in August 2021, attacks by the Tehrik-e-Taliban Pakistan (TTP) rose. \
                       Four sources discuss what Pakistan could do about it. " }
                } else {
                    { count_word(c.sources.len()) }{ if c.sources.len() == 1 { " source discusses" } else { " sources discuss" } }
                    { " the courses of action below. " }
                }
                { "Each card below is one course of action they discuss, \
                   with one line per source on what that source says about it. Open a card to read each source's arguments for \
                   and against, and the quotes behind them." }
            </p>
            <p class="hint">
                { "The options are listed in a fixed order that carries no judgement. Sources: " }
                // Past twelve, the first twelve, as on the cards (issue 30: 160 links).
                { for c.sources.iter().take(NAME_EVERY_SOURCE).enumerate().map(|(i, s)| html! {
                    <>
                        if i > 0 { { ", " } }
                        <a href={Route::Source { id: s.id.to_string() }.href()}>{ s.short.to_string() }</a>
                    </>
                }) }
                if let Some(more) = c.sources.len().checked_sub(NAME_EVERY_SOURCE).filter(|&n| n > 0) {
                    { format!(" and {more} more") }
                }
                { ". " }<a href={Route::Overview.href()} data-testid="overview-link">{ "All options and sources at a glance" }</a>
                { ". Keyboard: Tab moves between links and buttons and Enter follows them; j and k move from card to card, and Enter opens the card you are on." }
            </p>
            <p><a href={Route::Slides { deck: crate::model::slides::ALL.into(), n: 1 }.href()} data-testid="present-slides">{ "Present all options as slides" }</a></p>
            </Part>
            <Part>{ jump_to("an option", drawn.iter().map(|o| Target { target: format!("card-{}", o.id), label: o.label.clone() }).collect(), "home-jump") }</Part>
            { more_rows(&Route::Home, query, rows, "home-rows-next", "the page", CARD_WINDOW) }
            <ul class="option-cards" data-testid="option-cards">
                { for drawn.iter().enumerate().map(|(i, o)| option_card(o, first == Some(i))) }
            </ul>
            { more_rows(&Route::Home, query, rows, "home-rows-next-end", "the page", CARD_WINDOW) }
        </>
    }
}
