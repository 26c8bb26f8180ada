//! Quotes located in the sources (discrepancy readings, event mentions, shared
//! wording), each with its source and a link into the source text.

use crate::model::{corpus, normalize::strip_markup, Reading};
use crate::route::Route;
use yew::prelude::*;

/// One located quote, as a keyed list item.
pub fn reading(r: &'static Reading, key: usize) -> Html {
    let c = corpus();
    let short = c.source(&r.source).map_or(&*r.source, |s| &s.short);
    html! {
        <li key={key} class="reading" data-testid="reading">
            <p class="reading-head">
                <strong>{ short }</strong>
                if let Some(v) = &r.value { { ": " }<span class="value" data-testid="reading-value">{ v.as_str() }</span> }
            </p>
            <blockquote><p>{ strip_markup(&r.quote) }</p></blockquote>
            <a href={Route::Passage { source: r.source.clone(), start: r.span.start, end: r.span.end }.href()} class="read-in-context">
                { "Read in context" }
            </a>
        </li>
    }
}

/// One entry of a list of located quotes (a discrepancy, a shared wording).
pub struct Entry<'a> {
    /// The `data-testid` of the entry, and the prefix of its element id.
    pub testid: &'static str,
    pub id: &'a str,
    pub topic: &'a str,
    /// What kind of entry it is, when the list mixes kinds.
    pub kind: Option<&'a str>,
    pub readings: &'static [Reading],
    pub note: &'a str,
}

/// The entry as a keyed list item: a heading, the quotes side by side and a note.
pub fn entry(e: Entry<'_>) -> Html {
    html! {
        <li key={e.id} id={format!("{}-{}", e.testid, e.id)} class="discrepancy" data-testid={e.testid} data-step="" tabindex="-1">
            <h2>{ e.topic }</h2>
            if let Some(kind) = e.kind {
                <p class="muted">{ format!("Kind: {}", kind.replace('-', " ")) }</p>
            }
            <ul class="readings">
                { for e.readings.iter().enumerate().map(|(i, r)| reading(r, i)) }
            </ul>
            <p class="note"><strong>{ "Note: " }</strong>{ e.note }</p>
        </li>
    }
}
