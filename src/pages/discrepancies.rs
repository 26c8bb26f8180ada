//! Where the sources, or one source with itself, give different figures, dates or names:
//! an index by kind, a filter by source (in the address), each entry deep-linkable
//! (`?at=<id>`) and each quote collectable and citable like any passage (issue 26).

use crate::components::filter_bar::{url_filter, FilterChange};
use crate::components::jump::jump_link;
use crate::components::reading::{entry, Entry};
use crate::model::facts::{fact_kind, FactKind};
use crate::model::{Discrepancy, Filter};
use crate::route::{query_value, Route};
use crate::state::{corpus, AppState};
use yew::prelude::*;

/// The view (a plain function: the filter lives in the address).
pub fn discrepancies(query: &str, state: &AppState) -> Html {
    let c = corpus();
    let (filter, set_filter) = url_filter(Route::Discrepancies, query);
    let at = query_value(query, "at");
    let shown: Vec<&'static Discrepancy> = (c.discrepancies.iter())
        .filter(|d| {
            filter.sources.is_empty()
                || d.readings
                    .iter()
                    .any(|r| filter.sources.contains(&r.source))
        })
        .collect();
    html! {
        <article class="discrepancies-page" data-testid="discrepancies-page">
            <h1>{ "Facts that differ" }</h1>
            <p class="lede">
                { "Places where the sources, or one source with itself, give different figures, dates or names for the same thing. \
                   The quotes are left exactly as the sources print them; the notes say what differs without correcting anyone. \
                   Each quote can be added to your notebook and cited like any passage." }
            </p>
            { source_filter(&filter, &set_filter) }
            { index(&shown) }
            if shown.is_empty() {
                <p class="muted" data-testid="facts-none">{ "No fact that differs involves the sources ticked." }</p>
            }
            <ul class="discrepancies">
                { for shown.iter().map(|d| entry(Entry {
                    testid: "discrepancy",
                    id: &d.id,
                    topic: &d.topic,
                    kind: Some(fact_kind(d).label()),
                    readings: &d.readings,
                    words: None,
                    note: &d.note,
                    direction: None,
                    target: at.as_deref() == Some(&*d.id),
                    tools: Some(state),
                })) }
            </ul>
        </article>
    }
}

/// Boxes for the sources: an entry shows when one of its quotes is from a ticked source.
fn source_filter(f: &Filter, on_change: &Callback<FilterChange>) -> Html {
    html! {
        <fieldset class="facts-filter" data-testid="facts-filter">
            <legend>{ "Show the facts involving" }</legend>
            <ul>
                { for corpus().sources.iter().map(|s| {
                    let next = f.toggled(|f| &mut f.sources, s.id.clone());
                    let cb = on_change.clone();
                    let onchange = Callback::from(move |_: Event| cb.emit(FilterChange { filter: next.clone(), replace: false }));
                    let id = format!("facts-source-{}", s.id);
                    html! {
                        <li key={id.clone()}>
                            <input type="checkbox" id={id.clone()} checked={f.sources.contains(&s.id)} {onchange}
                                data-testid={format!("filter-source-{}", s.id)} />
                            <label for={id}>{ s.short.as_str() }</label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}

/// The entries shown, by kind in a fixed order, each a link to its entry.
fn index(shown: &[&'static Discrepancy]) -> Html {
    html! {
        <nav class="facts-index" aria-labelledby="facts-index-h" data-testid="facts-index">
            <h2 id="facts-index-h">{ "Index by kind" }</h2>
            { for FactKind::ALL.into_iter().map(|k| {
                let of: Vec<_> = shown.iter().filter(|d| fact_kind(d) == k).collect();
                html! {
                    <section key={k.as_str()} data-testid="facts-kind" data-kind={k.as_str()}>
                        <h3>{ k.label() }</h3>
                        if of.is_empty() {
                            <p class="muted">{ "None among the sources ticked." }</p>
                        } else {
                            <ul>
                                { for of.iter().map(|d| html! {
                                    <li key={d.id.as_str()}>{ jump_link(format!("discrepancy-{}", d.id), d.topic.clone(), "facts-index-link") }</li>
                                }) }
                            </ul>
                        }
                    </section>
                }
            }) }
        </nav>
    }
}
