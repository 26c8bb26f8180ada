//! Where the sources, or one source with itself, give different figures, dates or names.

use crate::model::{corpus, normalize::strip_markup, Reading};
use crate::route::Route;
use yew::prelude::*;

/// One located quote with its source and a link into the source text.
pub fn reading_view(r: &'static Reading, key: usize) -> Html {
    let c = corpus();
    let short = c
        .source(&r.source)
        .map_or_else(|| r.source.to_string(), |s| s.short.to_string());
    html! {
        <li key={key} class="reading" data-testid="reading">
            <p class="reading-head">
                <strong>{ short }</strong>
                if let Some(v) = &r.value { { ": " }<span class="value" data-testid="reading-value">{ v.to_string() }</span> }
            </p>
            <blockquote><p>{ strip_markup(&r.quote) }</p></blockquote>
            <a href={Route::Passage { source: r.source.to_string(), start: r.span.start, end: r.span.end }.href()} class="read-in-context">
                { "Read in context" }
            </a>
        </li>
    }
}

/// One entry of a list of located quotes: a heading, the quotes side by side and a note.
pub fn entry(
    testid: &'static str,
    id: &str,
    topic: &str,
    kind: Option<&str>,
    readings: &'static [Reading],
    note: &str,
) -> Html {
    html! {
        <li key={id.to_string()} id={format!("{testid}-{id}")} class="discrepancy" data-testid={testid} data-step="" tabindex="-1">
            <h2>{ topic.to_string() }</h2>
            if let Some(kind) = kind {
                <p class="muted">{ format!("Kind: {}", kind.replace('-', " ")) }</p>
            }
            <ul class="readings">
                { for readings.iter().enumerate().map(|(i, r)| reading_view(r, i)) }
            </ul>
            <p class="note"><strong>{ "Note: " }</strong>{ note.to_string() }</p>
        </li>
    }
}

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
                { for c.discrepancies.iter().map(|d| entry("discrepancy", &d.id, &d.topic, None, &d.readings, &d.note)) }
            </ul>
        </article>
    }
}
