//! Passages where one source shares wording with another.

use super::discrepancies::reading_view;
use crate::model::corpus;
use yew::prelude::*;

#[function_component(SharedWording)]
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
                { for c.reuse.iter().map(|r| html! {
                    <li key={r.id.to_string()} class="discrepancy" data-testid="reuse" data-step="" tabindex="-1">
                        <h2>{ r.topic.to_string() }</h2>
                        <p class="muted">{ format!("Kind: {}", r.kind.replace('-', " ")) }</p>
                        <ul class="readings">
                            { for r.passages.iter().enumerate().map(|(i, p)| reading_view(p, i)) }
                        </ul>
                        <p class="note"><strong>{ "Note: " }</strong>{ r.note.to_string() }</p>
                    </li>
                }) }
            </ul>
        </article>
    }
}
