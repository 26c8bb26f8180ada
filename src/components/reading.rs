//! Quotes located in the sources (discrepancy readings, event mentions, shared
//! wording), each with its source and a link into the source text.

use crate::model::align::{Change, Part};
use crate::model::{normalize::strip_markup, Reading};
use crate::route::Route;
use crate::state::corpus;
use yew::prelude::*;

/// One located quote, as a keyed list item; with `words`, the words it does not share
/// with the other source's passage marked (`first`: it is the first source's).
pub fn reading(r: &'static Reading, key: usize, words: Option<(&[Part], bool)>) -> Html {
    let c = corpus();
    let short = c.source(&r.source).map_or(&*r.source, |s| &s.short);
    html! {
        <li key={key} class="reading" data-testid="reading">
            <p class="reading-head">
                <strong>{ short }</strong>
                if let Some(v) = &r.value { { ": " }<span class="value" data-testid="reading-value">{ v.as_str() }</span> }
            </p>
            <blockquote><p>{ quote_words(strip_markup(&r.quote), words) }</p></blockquote>
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
    /// For each reading, its parts aligned with the other source's (shared wording).
    pub words: Option<Vec<Vec<Part>>>,
    pub note: &'a str,
    /// The entry the address names (`?at=<id>`): scrolled to and focused on arrival.
    pub target: bool,
}

/// The entry as a keyed list item: a heading, the quotes side by side and a note.
pub fn entry(e: Entry<'_>) -> Html {
    html! {
        <li key={e.id} id={format!("{}-{}", e.testid, e.id)} class="discrepancy" data-testid={e.testid} data-step="" tabindex="-1"
            data-scroll-target={e.target.then_some("")}>
            <h2>{ e.topic }</h2>
            if let Some(kind) = e.kind {
                <p class="muted">{ format!("Kind: {}", kind.replace('-', " ")) }</p>
            }
            <ul class="readings">
                { for e.readings.iter().enumerate().map(|(i, r)| {
                    let first = e.readings.first().is_some_and(|f| f.source == r.source);
                    let words = e.words.as_ref().and_then(|w| w.get(i)).map(|p| (&p[..], first));
                    reading(r, i, words)
                }) }
            </ul>
            <p class="note"><strong>{ "Note: " }</strong>{ e.note }</p>
        </li>
    }
}

/// `text`, with the words that differ marked when `words` gives its parts: in the first
/// source's passage as removed (`<del>`), in the other's as added (`<ins>`); a swap is
/// marked in both (class `swap`). The stylesheet adds what each mark means for screen
/// readers ("[removed: …]"), so copying the quote copies only its words.
fn quote_words(text: String, words: Option<(&[Part], bool)>) -> Html {
    let Some((parts, first)) = words else {
        return html! { { text } };
    };
    let tag = if first { "del" } else { "ins" };
    parts
        .iter()
        .map(|p| {
            let t = text.get(p.start..p.end).unwrap_or_default().to_string();
            if p.change == Change::Same {
                return html! { { t } };
            }
            let class = (p.change == Change::Changed).then_some("swap");
            html! { <@{tag} {class}>{ t }</@> }
        })
        .collect()
}
