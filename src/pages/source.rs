//! A source: its details, its position on every option, and its full text with the
//! passages the corpus uses marked (and one passage in focus when linked to).

use crate::components::cite::{cite_panel, Target};
use crate::components::collect::collect;
use crate::components::not_found::not_found;
use crate::components::position::position_text;
use crate::components::source_text::SourceText;
use crate::location::previous;
use crate::model::cite::authors_line;
use crate::model::notebook::{locate_selection, section_at, Edit, Item, Ref, Via};
use crate::model::{Argument, Source, Span};
use crate::route::{Here, Route};
use crate::state::corpus;
use crate::state::store::announce;
use crate::state::{Action, AppState};
use gloo::utils::window;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The page of source `id`, with the passage `focus` highlighted and, when the reader
/// came from an argument's quote, a way back to `from_argument`. A plain function (its
/// only state is in [`SourceText`] and the app's notebook).
pub fn source_page(
    id: &str,
    focus: Option<Span>,
    from_argument: Option<&str>,
    state: &AppState,
) -> Html {
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
                        ("Authors", authors_line(&s.authors)),
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
            if let Some(f) = focus { { focus_tools(s, f, back, state) } }
            <section aria-labelledby="positions-heading">
                <h2 id="positions-heading">{ "Positions on each option" }</h2>
                <dl class="positions source-positions">
                    { for c.options.iter().map(|o| {
                        let position = c.position(&o.id, &s.id);
                        html! {
                            <div key={o.id.to_string()} class={position.is_none().then_some("not-discussed")}>
                                <dt><a href={Route::Option { id: o.id.to_string() }.href()}>{ o.label.to_string() }</a></dt>
                                <dd>{ position_text(position, &o.id, &s.id) }</dd>
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
                <p class="select-bar">
                    <button type="button" onclick={collect_selection(s, state)} data-testid="collect-selection">
                        { "Add the text you selected to your notebook" }
                    </button>
                    { " " }<span class="select-report" data-testid="select-report"></span>
                </p>
                <SourceText source={s} {focus} state={state.clone()} />
            </section>
        </article>
    }
}

/// The passage in focus: its citation and the control that collects it.
fn focus_tools(s: &Source, span: Span, from: Option<&Argument>, state: &AppState) -> Html {
    let evidence = from.and_then(|a| a.evidence.iter().find(|e| e.span == span));
    let section = evidence.map_or_else(|| section_at(&s.text, span.start), |e| e.section.clone());
    let via = from.map(|a| Via::Argument(a.id.clone()));
    html! {
        <section class="focus-tools" aria-label="The highlighted passage" data-testid="focus-tools">
            { collect(state, Item::new(Ref::Quote(s.id.clone(), span), via), "the highlighted passage") }
            { cite_panel("cite-focus", Target::Passage(s.id.clone(), span, section)) }
        </section>
    }
}

/// Adds the passage selected in the source's text, located exactly (its span checked
/// against the text), and says what happened.
fn collect_selection(s: &'static Source, state: &AppState) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| {
        let said = match selected(s) {
            Some(span) => {
                let what = Ref::Quote(s.id.clone(), span);
                if state.notebook.contains(&what) {
                    "That passage is in your notebook already."
                } else {
                    state.dispatch(Action::Notebook(Edit::Add(Item::new(what, None))));
                    "Added the selected passage to your notebook."
                }
            }
            None => "Select some words of the source's text first (its links and buttons cannot be added).",
        };
        announce(said);
        let report = gloo::utils::document().query_selector(".select-report");
        if let Ok(Some(el)) = report {
            el.set_text_content(Some(said));
        }
    })
}

/// Where the browser's selection is in source `s`'s text: the block it starts in
/// (`data-at`), the words shown before it there, and its words.
fn selected(s: &Source) -> Option<Span> {
    let sel = window().get_selection().ok()??;
    if sel.is_collapsed() || sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let start = range.start_container().ok()?;
    let el = match start.dyn_ref::<web_sys::Element>() {
        Some(e) => e.clone(),
        None => start.parent_element()?,
    };
    let block = el.closest(".source-text [data-at]").ok()??;
    let at: u32 = block.get_attribute("data-at")?.parse().ok()?;
    let before = gloo::utils::document().create_range().ok()?;
    before.set_start(&block, 0).ok()?;
    before.set_end(&start, range.start_offset().ok()?).ok()?;
    let before = String::from(before.to_string());
    locate_selection(&s.text, at, &before, &String::from(sel.to_string()))
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
