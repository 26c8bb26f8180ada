//! Passages where one source shares wording with another.

use crate::components::reading::{entry, Entry};
use crate::model::align::{against_first, Part};
use crate::model::normalize::strip_markup;
use crate::model::restates::direction;
use crate::model::Reading;
use crate::route::query_value;
use crate::state::corpus;
use yew::prelude::*;

/// The view (a plain function: it has no state; [`super::switch`] keys it by route).
pub fn shared_wording(query: &str) -> Html {
    let c = corpus();
    // `?at=<id>`: a restatement mark's link, opening with its entry in view.
    let at = query_value(query, "at");
    html! {
        <article class="reuse-page" data-testid="reuse-page">
            <h1>{ "Shared wording" }</h1>
            <p class="lede">
                { "Passages where one source repeats or closely follows another's wording, or where two sources repeat the same statement. \
                   When two sources say the same thing in the same words, that is one piece of evidence, not two." }
            </p>
            <div class="hint diff-key" data-testid="diff-key">
                <p><strong>{ "How to read the marks. " }</strong>
                    { "Each passage is compared with the first passage of its entry. " }
                    <u class="only-here sample">{ "Underlined words" }</u>
                    { " are only in this text: in a later passage, words the first passage does not have; in the first passage, words none of the others has. Words present in both are never marked, wherever they stand. Capitals and punctuation around a word are not counted as differences." }</p>
                <p>{ "A mark says where the words are, not that one text took them out or put them in: which text came first is said under each entry, from what the texts print, or that it cannot be told." }</p>
            </div>
            <ul class="discrepancies">
                { for c.reuse.iter().map(|r| entry(Entry {
                    testid: "reuse",
                    id: &r.id,
                    topic: &r.topic,
                    kind: Some(&r.kind),
                    readings: &r.passages,
                    words: Some(words(&r.passages)),
                    note: &r.note,
                    direction: Some(direction(c, r)),
                    target: at.as_deref() == Some(&*r.id),
                    tools: None,
                })) }
            </ul>
        </article>
    }
}

/// Each passage's words compared with the first passage's (computed from the texts as
/// shown, so the parts index the shown text).
fn words(passages: &[Reading]) -> Vec<Vec<Part>> {
    let texts: Vec<String> = passages.iter().map(|p| strip_markup(&p.quote)).collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    against_first(&texts)
}
