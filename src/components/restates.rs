//! The mark on an argument, recommendation or position whose wording restates another
//! source's passage (or is restated by another source): in words, not colour, linked to
//! the Shared wording entry (where the words that differ are marked) and to the other
//! source's passage in the reader. A plain statement of where the wording comes from.

use crate::model::corpus;
use crate::model::restates::Restatement;
use crate::route::{with_query, Route};
use yew::prelude::*;

/// The address of a restatement's Shared wording entry (opens with the entry in view).
pub fn shared_href(m: &Restatement<'_>) -> String {
    with_query(Route::SharedWording.href(), "at", &m.reuse.id)
}

/// The marks, one line each; nothing when there are none.
pub fn restates_marks(marks: &[Restatement<'_>]) -> Html {
    if marks.is_empty() {
        return Html::default();
    }
    let c = corpus();
    html! {
        <ul class="restates" data-testid="restates">
            { for marks.iter().map(|m| {
                let p = &m.reuse.passages[m.there];
                let short = c.source(&p.source).map_or(&*p.source, |s| &s.short);
                let passage = Route::Passage { source: p.source.clone(), start: p.span.start, end: p.span.end };
                html! {
                    <li key={format!("{}-{}", m.reuse.id, m.there)} data-testid="restates-mark" data-reuse={m.reuse.id.clone()}>
                        <strong>{ m.words(c) }</strong>{ ": " }
                        <a href={shared_href(m)} data-testid="restates-compare">{ "compare the wording" }</a>
                        { ", " }
                        <a href={passage.href()} data-testid="restates-passage">{ format!("read {short}'s passage") }</a>
                    </li>
                }
            }) }
        </ul>
    }
}
