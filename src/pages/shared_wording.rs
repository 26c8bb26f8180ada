//! Passages where one source shares wording with another.

use crate::components::reading::{entry, Entry};
use crate::model::corpus;
use yew::prelude::*;

/// The view (a plain function: it has no state; [`super::switch`] keys it by route).
pub fn shared_wording() -> Html {
    let c = corpus();
    html! {
        <article class="reuse-page" data-testid="reuse-page">
            <h1>{ "Shared wording" }</h1>
            <p class="lede">
                { "Passages where one source repeats or closely follows another's wording, or where two sources repeat the same statement. \
                   When two sources say the same thing in the same words, that is one piece of evidence, not two." }
            </p>
            <ul class="discrepancies">
                { for c.reuse.iter().map(|r| entry(Entry {
                    testid: "reuse",
                    id: &r.id,
                    topic: &r.topic,
                    kind: Some(&r.kind),
                    readings: &r.passages,
                    note: &r.note,
                })) }
            </ul>
        </article>
    }
}
