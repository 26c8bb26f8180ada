//! Passages where one source shares wording with another.

use crate::components::reading::{entry, Entry};
use crate::model::align::{align_sources, Part};
use crate::model::normalize::strip_markup;
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
            <p class="hint diff-key" data-testid="diff-key">
                { "Words that differ between the two sources' passages are marked: in the first source's passage, words the other does not have are " }
                <del>{ "struck through" }</del>{ "; in the other's, words the first does not have are " }<ins>{ "underlined" }</ins>
                { ". A word swapped for another is marked in both. Capitals and punctuation around a word are not counted as differences." }
            </p>
            <ul class="discrepancies">
                { for c.reuse.iter().map(|r| entry(Entry {
                    testid: "reuse",
                    id: &r.id,
                    topic: &r.topic,
                    kind: Some(&r.kind),
                    readings: &r.passages,
                    words: words(&r.passages),
                    note: &r.note,
                    target: at.as_deref() == Some(&*r.id),
                })) }
            </ul>
        </article>
    }
}

/// Each passage's words aligned with the other source's passages (computed from the
/// texts as shown, so the parts index the shown text).
fn words(passages: &[Reading]) -> Option<Vec<Vec<Part>>> {
    let sources: Vec<&str> = passages.iter().map(|p| &*p.source).collect();
    let texts: Vec<String> = passages.iter().map(|p| strip_markup(&p.quote)).collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    align_sources(&sources, &texts)
}
