//! Where the sources, or one source with itself, give different figures, dates or names.

use crate::components::reading::{entry, Entry};
use crate::model::corpus;
use yew::prelude::*;

/// The view (a plain function: it has no state; [`super::switch`] keys it by route).
pub fn discrepancies() -> Html {
    let c = corpus();
    html! {
        <article class="discrepancies-page" data-testid="discrepancies-page">
            <h1>{ "Facts that differ" }</h1>
            <p class="lede">
                { "Places where the sources, or one source with itself, give different figures, dates or names for the same thing. \
                   The quotes are left exactly as the sources print them; the notes say what differs without correcting anyone." }
            </p>
            <ul class="discrepancies">
                { for c.discrepancies.iter().map(|d| entry(Entry {
                    testid: "discrepancy",
                    id: &d.id,
                    topic: &d.topic,
                    kind: None,
                    readings: &d.readings,
                    words: None,
                    note: &d.note,
                    direction: None,
                    target: false,
                })) }
            </ul>
        </article>
    }
}
