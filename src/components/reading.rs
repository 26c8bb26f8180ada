//! Quotes located in the sources (discrepancy readings, event mentions, shared
//! wording), each with its source and a link into the source text.

use super::cite::{cite_panel, Target};
use super::collect::collect;
use crate::model::align::{Change, Part};
use crate::model::notebook::{section_at, Item, Ref};
use crate::model::{normalize::strip_markup, Reading};
use crate::route::Route;
use crate::state::{corpus, AppState};
use yew::prelude::*;

/// One located quote, as a keyed list item; with `words`, the words it does not share
/// with the passage(s) it is compared with marked.
pub fn reading(
    r: &'static Reading,
    key: usize,
    words: Option<&[Part]>,
    tools: Option<(&AppState, &str)>,
) -> Html {
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
            if let Some((state, id)) = tools {
                { reading_tools(r, state, &format!("cite-{id}-{key}")) }
            }
        </li>
    }
}

/// Collect and Cite for a located quote, as for any passage of a source. While the
/// source's text is loading, its section cannot be found yet: a note stands in.
fn reading_tools(r: &Reading, state: &AppState, id: &str) -> Html {
    let Some(s) = corpus().source(&r.source) else {
        return Html::default();
    };
    if s.text.is_empty() {
        return html! { <p class="muted">{ "The text of this source is loading…" }</p> };
    }
    let section = section_at(&s.text, r.span.start);
    html! {
        <div class="reading-tools">
            { collect(state, Item::new(Ref::Quote(r.source.clone(), r.span), None), "this passage") }
            { cite_panel(id, Target::Passage(r.source.clone(), r.span, section)) }
        </div>
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
    /// What the texts let a reader know about which came first (shared wording).
    pub direction: Option<String>,
    /// The entry the address names (`?at=<id>`): scrolled to and focused on arrival.
    pub target: bool,
    /// Collect and Cite under each quote (facts that differ).
    pub tools: Option<&'a AppState>,
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
                    let words = e.words.as_ref().and_then(|w| w.get(i)).map(|p| &p[..]);
                    reading(r, i, words, e.tools.map(|s| (s, e.id)))
                }) }
            </ul>
            <p class="note"><strong>{ "Note: " }</strong>{ e.note }</p>
            if let Some(d) = &e.direction {
                <p class="note" data-testid="direction"><strong>{ "Which came first: " }</strong>{ d.clone() }</p>
            }
        </li>
    }
}

/// `text`, with the words `words` marks as only in this passage underlined (`<u
/// class="only-here">`, not struck through: a mark says where words are, never that
/// one text deleted them). The stylesheet adds what the mark means for screen readers
/// ("[only in this text: …]"), so copying the quote copies only its words.
fn quote_words(text: String, words: Option<&[Part]>) -> Html {
    let Some(parts) = words else {
        return html! { { text } };
    };
    parts
        .iter()
        .map(|p| {
            let t = text.get(p.start..p.end).unwrap_or_default().to_string();
            if p.change == Change::Same {
                return html! { { t } };
            }
            html! { <u class="only-here" data-testid="only-here">{ t }</u> }
        })
        .collect()
}
