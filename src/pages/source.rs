//! A source: its details, its position on every option, and its full text with the
//! passages the corpus uses marked (and one passage in focus when linked to).

use crate::components::cite::{cite_panel, Target};
use crate::components::not_found::not_found;
use crate::components::position::position_text;
use crate::components::source_text::SourceText;
use crate::model::{corpus, Span};
use crate::route::Route;
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
                    <div><dt>{ "Supplied file" }</dt><dd>{ s.original.to_string() }</dd></div>
                </dl>
                { cite_panel(&["cite-source-", &s.id].concat(), Target::Source(s.id.to_string())) }
                if !s.notes.is_empty() {
                    <ul class="source-notes">
                        { for s.notes.iter().map(|n| html! { <li key={n.to_string()}>{ n.to_string() }</li> }) }
                    </ul>
                }
            </header>
            if let Some(a) = back {
                <p class="back-to-argument">
                    <a href={Route::Argument { id: a.id.to_string() }.href()}>
                        <span data-testid="back-to-argument">{ "Back to the argument" }</span>
                    </a>
                    { format!(": {}", a.claim) }
                </p>
            }
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
