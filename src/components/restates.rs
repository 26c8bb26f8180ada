//! The mark on an argument, recommendation or position whose wording restates another
//! source's passage (or is restated by another source): in words, not colour, linked to
//! the Shared wording entries, where the two passages stand side by side with the words
//! that differ marked and each links to its place in the reader. A plain statement of
//! where the wording comes from: no count.

use crate::model::restates::Restatement;
use crate::route::{with_query, Route};
use crate::state::corpus;
use yew::prelude::*;

/// The address of a restatement's Shared wording entry (opens with the entry in view).
pub fn shared_href(m: &Restatement<'_>) -> String {
    with_query(Route::SharedWording.href(), "at", &m.reuse.id)
}

/// The marks in words alone, for print (a handout has no links): each line names the
/// Shared wording entries by topic.
pub fn restates_words(marks: &[Restatement<'_>]) -> Html {
    let lines = lines(marks);
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="restates" data-testid="restates">
            { for lines.into_iter().map(|(words, list)| {
                let topics: Vec<&str> = list.iter().map(|m| m.reuse.topic.as_str()).collect();
                html! {
                    <li key={words.clone()} data-testid="restates-mark">
                        <strong>{ words }</strong>{ " (Shared wording: " }{ topics.join("; ") }{ ")" }
                    </li>
                }
            }) }
        </ul>
    }
}

/// The marks grouped by what they say (side and other source), in order of first
/// appearance.
fn lines<'m, 'c>(marks: &'m [Restatement<'c>]) -> Vec<(String, Vec<&'m Restatement<'c>>)> {
    let c = corpus();
    let mut lines: Vec<(String, Vec<&Restatement<'_>>)> = Vec::new();
    for m in marks {
        let words = m.words(c);
        match lines.iter_mut().find(|(w, _)| *w == words) {
            Some((_, list)) => list.push(m),
            None => lines.push((words, vec![m])),
        }
    }
    lines
}

/// The marks, one line per other source and side ("Restates Bakhsh, Rab & Faiz (2024)"),
/// each linking to its Shared wording entries by topic; nothing when there are none.
pub fn restates_marks(marks: &[Restatement<'_>]) -> Html {
    let lines = lines(marks);
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="restates" data-testid="restates">
            { for lines.into_iter().map(|(words, list)| html! {
                <li key={words.clone()} data-testid="restates-mark">
                    <strong>{ words }</strong>{ ": compare the wording, " }
                    { for list.iter().enumerate().map(|(i, m)| html! {
                        <>
                            if i > 0 { { "; " } }
                            <a href={shared_href(m)} data-testid="restates-compare" data-reuse={m.reuse.id.clone()}>
                                { m.reuse.topic.as_str() }
                            </a>
                        </>
                    }) }
                </li>
            }) }
        </ul>
    }
}
