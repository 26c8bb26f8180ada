//! Dated events the sources cite, in date order: drawn to scale, then as a list (the
//! version for screen readers, the keyboard and small screens).

use crate::components::reading::reading;
use crate::components::time_axis::time_axis;
use crate::model::timescale::{citing, in_date_order, Date};
use crate::model::Event;
use crate::route::{query_value, Route};
use crate::state::corpus;
use yew::prelude::*;

/// The view (a plain function: it has no state; [`super::switch`] keys it by route).
/// `?at=<event id>` (a search result's link) opens with that event scrolled to and focused.
pub fn timeline(query: &str) -> Html {
    let c = corpus();
    let at = query_value(query, "at");
    let events = in_date_order(&c.events);
    let dated: Vec<(&Event, Date)> = events.iter().filter_map(|&(e, d)| Some((e, d?))).collect();
    html! {
        <article class="timeline-page" data-testid="timeline-page">
            <h1>{ "Timeline" }</h1>
            <p class="lede">{ "Dated events the sources use as evidence, as precisely as the sources date them: a year, a month or a day. Where sources date an event differently, see Facts that differ." }</p>
            { time_axis(&dated) }
            <ol class="timeline">
                { for events.iter().map(|&(e, d)| event(e, d, at.as_deref() == Some(&*e.id))) }
            </ol>
        </article>
    }
}

/// One event: its date as printed, what happened, the quotes that mention it and the
/// arguments that quote the same passages.
fn event(e: &'static Event, d: Option<Date>, target: bool) -> Html {
    let c = corpus();
    let printed = d.map_or_else(|| e.date.clone(), Date::printed);
    let cited: Vec<_> = citing(c, e).collect();
    html! {
        <li key={&*e.id} class="event" data-testid="event" data-event={&*e.id} data-step="" tabindex="-1"
            data-scroll-target={target.then_some("")}>
            <h2><time datetime={&*e.date}>{ printed }</time>{ " " }{ &*e.label }</h2>
            <ul class="readings">
                { for e.mentions.iter().enumerate().map(|(i, m)| reading(m, i, None, None)) }
            </ul>
            if !cited.is_empty() {
                <h3 class="cited-by-head">{ "Arguments that quote these passages" }</h3>
                <ul class="cited-by" data-testid="cited-by">
                    { for cited.into_iter().map(|a| html! {
                        <li key={&*a.id}>
                            <a href={Route::Argument { id: a.id.clone() }.href()}>{ &*a.claim }</a>
                            { " (" }{ c.source(&a.source).map_or(&*a.source, |s| &s.short) }{ ", on " }
                            <a href={Route::Option { id: a.option.clone() }.href()}>
                                { c.option(&a.option).map_or(&*a.option, |o| &o.label) }
                            </a>{ ")" }
                        </li>
                    }) }
                </ul>
            }
        </li>
    }
}
