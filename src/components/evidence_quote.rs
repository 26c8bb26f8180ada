//! One piece of evidence: the verbatim quote, its kind, who holds the view, where it
//! sits, the source, and a link to read it in context.

use super::cite::{cite_panel, Target};
use super::collect::collect;
use super::highlighted::highlighted;
use crate::model::notebook::{Item, Ref, Via};
use crate::model::{normalize::strip_markup, Argument, Term};
use crate::route::Route;
use crate::state::corpus;
use crate::state::AppState;
use yew::prelude::*;

/// The evidence at `index` of argument `a`, with search `terms` highlighted. A plain
/// view function: it has no state, and a component per quote would cost bundle size
/// and start-up time for nothing.
pub fn evidence_quote(a: &Argument, index: usize, terms: &[Term], state: &AppState) -> Html {
    let Some(e) = a.evidence.get(index) else {
        return html! {};
    };
    let source = corpus().source(&a.source);
    let quote = strip_markup(&e.quote);
    html! {
        <figure key={index} class="evidence" data-testid="evidence" data-kind={e.kind.as_str()}>
            <blockquote data-testid="quote">
                <p>{ highlighted(&quote, terms) }</p>
            </blockquote>
            <figcaption>
                <dl class="evidence-meta">
                    <div><dt>{ "Evidence" }</dt><dd data-testid="evidence-kind">{ e.kind.label() }</dd></div>
                    if let Some(speaker) = &e.speaker {
                        <div><dt>{ "View of" }</dt><dd data-testid="speaker">{ highlighted(speaker, terms) }</dd></div>
                    } else {
                        <div><dt>{ "View of" }</dt><dd>{ "the source's author(s)" }</dd></div>
                    }
                    <div><dt>{ "Section" }</dt><dd>{ e.section.to_string() }</dd></div>
                    if let Some(s) = source {
                        <div><dt>{ "Source" }</dt><dd>
                            <cite>{ s.citation.to_string() }</cite>
                            <span class="source-when" data-testid="evidence-source-when">
                                { format!(" Year: {}. Published in: {}. ", s.year, s.venue) }
                            </span>
                            <a href={Route::Source { id: s.id.to_string() }.href()}>
                                { "About this source" }<span class="visually-hidden">{ format!(" ({})", s.short) }</span>
                            </a>
                        </dd></div>
                    }
                </dl>
                <a href={Route::Quote { arg: a.id.to_string(), n: index + 1 }.href()} class="read-in-context">
                    <span data-testid="read-in-context">{ "Read in context" }</span>
                </a>
                // Issue 11: cite this quote (a self-contained addition).
                { cite_panel(&["cite-", &a.id, "-", &(index + 1).to_string()].concat(), Target::Quote(a.id.to_string(), index)) }
                { collect(state, Item::new(Ref::Quote(a.source.clone(), e.span), Some(Via::Argument(a.id.clone()))), "this quote") }
            </figcaption>
        </figure>
    }
}
