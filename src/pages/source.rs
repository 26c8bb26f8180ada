//! A source: its details, its position on every option, and its full text with the
//! passages the corpus uses marked (and one passage in focus when linked to).

use crate::components::cite::{cite_panel, Target};
use crate::components::not_found::not_found;
use crate::components::position::position_text;
use crate::components::source_text::SourceText;
use crate::location::previous;
use crate::model::{corpus, Argument, Span};
use crate::route::{Here, Route};
use gloo::utils::window;
use yew::prelude::*;

/// The page of source `id`, with the passage `focus` highlighted and, when the reader
/// came from an argument's quote, a way back to `from_argument`. A plain function (its
/// only state is in [`SourceText`]).
pub fn source_page(id: &str, focus: Option<Span>, from_argument: Option<&str>) -> Html {
    let c = corpus();
    let Some(s) = c.source(id) else {
        return not_found(&format!("There is no source with the id “{id}”."));
    };
    let back = from_argument.and_then(|id| c.argument(id));
    let doi_link = s.doi_or_url.starts_with("https://");
    html! {
        <article class="source-page" data-testid="source-page" data-id={s.id.to_string()}>
            <header class="source-header">
                <p class="eyebrow">{ s.kind.to_string() }</p>
                <h1>{ s.title.to_string() }</h1>
                <dl class="source-meta">
                    { for [
                        ("Authors", s.authors.join(", ")),
                        ("Year", s.year.to_string()),
                        ("Published in", s.venue.to_string()),
                        ("Kind", s.kind.to_string()),
                        ("Method", s.method.to_string()),
                    ].into_iter().map(|(term, value)| html! {
                        <div key={term}><dt>{ term }</dt><dd>{ value }</dd></div>
                    }) }
                    <div><dt>{ "DOI or URL" }</dt><dd>
                        if doi_link {
                            <a href={s.doi_or_url.to_string()} rel="noopener noreferrer">{ s.doi_or_url.to_string() }</a>
                            <span class="muted">{ " (opens outside the app; needs a network)" }</span>
                        } else {
                            { s.doi_or_url.to_string() }
                        }
                    </dd></div>
                </dl>
                { cite_panel(&["cite-source-", &s.id].concat(), Target::Source(s.id.to_string())) }
                if !s.notes.is_empty() {
                    <ul class="source-notes">
                        { for s.notes.iter().map(|n| html! { <li key={n.to_string()}>{ n.to_string() }</li> }) }
                    </ul>
                }
            </header>
            { back_link(back) }
            <section aria-labelledby="positions-heading">
                <h2 id="positions-heading">{ "Positions on each option" }</h2>
                <dl class="positions source-positions">
                    { for c.options.iter().map(|o| {
                        let position = c.position(&o.id, &s.id);
                        html! {
                            <div key={o.id.to_string()} class={position.is_none().then_some("not-discussed")}>
                                <dt><a href={Route::Option { id: o.id.to_string() }.href()}>{ o.label.to_string() }</a></dt>
                                <dd>{ position_text(position) }</dd>
                            </div>
                        }
                    }) }
                </dl>
            </section>
            <section aria-labelledby="text-heading">
                <h2 id="text-heading">{ "Full text" }</h2>
                <p class="muted">
                    { "The text as supplied, with its own errors kept. Passages the app quotes are marked; the ↗ after each leads to the argument that uses it." }
                    if focus.is_some() { { " The passage you followed is highlighted more strongly." } }
                </p>
                <SourceText source={s} {focus} />
            </section>
        </article>
    }
}

/// The way back to where the student came from, filters and scroll position included:
/// "Back to the argument" when they came from its option page (or followed its quote),
/// else "Back to" the view they came from. Going Back in the history when that reaches
/// it, so the view returns where it was; a plain link otherwise.
fn back_link(argument: Option<&Argument>) -> Html {
    let came_from = previous();
    let from_its_option = |a: &Argument, hash: &str| match Here::parse(hash).route {
        Route::Option { id } => id == a.option,
        Route::Argument { id } => id == a.id,
        _ => false,
    };
    let (href, label, testid, back) = match (&came_from, argument) {
        (Some((hash, _, back)), Some(a)) if from_its_option(a, hash) => (
            hash.clone(),
            "Back to the argument".to_string(),
            "back-to-argument",
            *back,
        ),
        (Some((hash, title, back)), _) => {
            let view = title
                .strip_suffix(" · Policy Options Explainer")
                .unwrap_or(title);
            (hash.clone(), format!("Back to {view}"), "back-link", *back)
        }
        (None, Some(a)) => (
            Route::Argument {
                id: a.id.to_string(),
            }
            .href(),
            "Back to the argument".to_string(),
            "back-to-argument",
            false,
        ),
        (None, None) => return html! {},
    };
    let onclick = Callback::from(move |e: MouseEvent| {
        if back {
            if let Ok(h) = window().history() {
                e.prevent_default();
                let _ = h.back();
            }
        }
    });
    html! {
        <p class="back-to-argument">
            <a {href} {onclick}><span data-testid={testid}>{ label }</span></a>
            if let (Some(a), "back-to-argument") = (argument, testid) { { format!(": {}", a.claim) } }
        </p>
    }
}
