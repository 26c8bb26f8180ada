//! Filters (source, stance, evidence kind) and full-text search. The state lives in
//! the URL query, so a filtered view can be shared and back/forward work.

use crate::location::navigate;
use crate::model::search::MAX_TERMS;
use crate::model::{EvidenceKind, Filter, Stance};
use crate::route::{filter_from_query, Route};
use crate::state::corpus;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A filter change: the new filter, and whether it replaces the history entry (typing)
/// rather than adding one (ticking a box).
#[derive(Clone, PartialEq)]
pub struct FilterChange {
    pub filter: Filter,
    pub replace: bool,
}

/// The filter in `query` (the address's query) and a callback that writes a new one
/// to the address of `route`.
pub fn url_filter(route: Route, query: &str) -> (Filter, Callback<FilterChange>) {
    let filter = filter_from_query(query);
    let set = Callback::from(move |change: FilterChange| {
        navigate(&route.href_filtered(&change.filter), change.replace)
    });
    (filter, set)
}

/// A click handler that clears every filter.
pub fn clear_filters(set: &Callback<FilterChange>) -> Callback<MouseEvent> {
    let set = set.clone();
    Callback::from(move |_: MouseEvent| {
        set.emit(FilterChange {
            filter: Filter::default(),
            replace: false,
        })
    })
}

/// The filter form for `f`; each change goes to `on_change` (a plain view function:
/// the filter itself lives in the URL).
pub fn filter_bar(f: &Filter, on_change: &Callback<FilterChange>) -> Html {
    let c = corpus();

    let on_text = {
        let f = f.clone();
        let cb = on_change.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut filter = f.clone();
            filter.text = input.value();
            cb.emit(FilterChange {
                filter,
                replace: true,
            });
        })
    };
    let on_submit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let clear = clear_filters(on_change);
    let checkbox =
        |group: &'static str, value: String, label: String, checked: bool, next: Filter| {
            let cb = on_change.clone();
            let onchange = Callback::from(move |_: Event| {
                cb.emit(FilterChange {
                    filter: next.clone(),
                    replace: false,
                })
            });
            let id = format!("f-{group}-{value}");
            html! {
                <li key={id.clone()}>
                    <input type="checkbox" id={id.clone()} {checked} {onchange}
                        data-testid={format!("filter-{group}-{value}")} />
                    <label for={id}>{ label }</label>
                </li>
            }
        };

    html! {
        <form class="filter-bar" role="search" aria-label="Filter and search the arguments" onsubmit={on_submit} data-testid="filter-bar">
            <div class="search-field">
                <label for="search-text">{ "Search claims and quotes" }</label>
                <input id="search-text" type="search" value={f.text.clone()} oninput={on_text}
                    placeholder="e.g. fence, ceasefire, \"safe haven\"" autocomplete="off" data-testid="search-input" />
            </div>
            { capped_note(f) }
            { folded(f, html! { <>
                <fieldset>
                    <legend>{ "Source" }</legend>
                    <ul>
                        { for c.sources.iter().map(|s| checkbox(
                            "source", s.id.to_string(), s.short.to_string(),
                            f.sources.contains(&s.id),
                            f.toggled(|f| &mut f.sources, s.id.to_string()),
                        )) }
                    </ul>
                </fieldset>
                <fieldset>
                    <legend>{ "Stance" }</legend>
                    <ul>
                        { for Stance::ALL.into_iter().map(|s| checkbox(
                            "stance", s.as_str().into(), s.label().into(), f.stances.contains(&s),
                            f.toggled(|f| &mut f.stances, s),
                        )) }
                    </ul>
                </fieldset>
                <fieldset>
                    <legend>{ "Evidence kind" }</legend>
                    <ul>
                        { for EvidenceKind::ALL.into_iter().map(|k| checkbox(
                            "kind", k.as_str().into(), k.label().into(), f.kinds.contains(&k),
                            f.toggled(|f| &mut f.kinds, k),
                        )) }
                    </ul>
                </fieldset>
            </> }) }
            if !f.is_empty() {
                <button type="button" class="clear" onclick={clear} data-testid="clear-filters-bar">{ "Clear filters" }</button>
            }
            { copy_link() }
        </form>
    }
}

/// Says that a search past [`MAX_TERMS`] words uses only the first (issue 29).
fn capped_note(f: &Filter) -> Html {
    if !f
        .matcher_with(&corpus().glossary, &corpus().related)
        .capped()
    {
        return Html::default();
    }
    html! {
        <p class="muted" role="status" data-testid="search-capped">{ format!("Only the first {MAX_TERMS} words and phrases of this search are used.") }</p>
    }
}

/// "Copy link to this view": the address keeps the search and filters, so the link
/// opens this view as it is. The link is also shown, for when the browser refuses the
/// clipboard (it is written as text, never as markup).
fn copy_link() -> Html {
    let onclick = Callback::from(|_: MouseEvent| {
        let w = gloo::utils::window();
        let href = w.location().href().unwrap_or_default();
        // navigator.clipboard exists only in a secure context (https, localhost, file).
        if w.is_secure_context() {
            let _ = w.navigator().clipboard().write_text(&href);
        }
        if let Some(status) = gloo::utils::document().get_element_by_id("copy-link-status") {
            status.set_text_content(Some(&format!(
                "Copied. This link opens this view with its search and filters: {href}"
            )));
        }
    });
    html! {
        <p class="copy-link">
            <button type="button" {onclick} data-testid="copy-link">{ "Copy link to this view" }</button>
            { " " }
            <span id="copy-link-status" role="status" data-testid="copy-link-status">
                { "The address keeps your search and filters." }
            </span>
        </p>
    }
}

/// Wider than a phone (600 CSS px, where the layout goes to one column).
fn wide_screen() -> bool {
    // Natively (the views rendered to a string by the generated-input tests) there is no
    // window to ask: lay out as on a wide screen.
    #[cfg(not(target_arch = "wasm32"))]
    return true;
    #[cfg(target_arch = "wasm32")]
    gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w > 600.0)
}

/// The source, stance and evidence boxes, folded under a summary that says how many are
/// ticked: on a phone they would fill a screen before the first result, so they are
/// folded there (open on wider screens, and whenever a box is ticked).
fn folded(f: &Filter, fields: Html) -> Html {
    let ticked = f.sources.len() + f.stances.len() + f.kinds.len();
    let summary = match ticked {
        0 => "Filter by source, stance and evidence kind".to_string(),
        1 => "Filter by source, stance and evidence kind (1 box ticked)".to_string(),
        n => format!("Filter by source, stance and evidence kind ({n} boxes ticked)"),
    };
    html! {
        <details class="filter-more" open={wide_screen() || ticked > 0} data-testid="filter-details">
            <summary data-testid="filter-summary">{ summary }</summary>
            <div class="filter-fields">{ fields }</div>
        </details>
    }
}
