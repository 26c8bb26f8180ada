//! Options × sources at a glance: in each cell, by shape and word, which stances that
//! source's arguments take on that option. Presence only: a cell never shows how many
//! arguments there are (a count or a size would read as a score).

use super::grid_sources::{grid_sources, Columns};
use super::stance_badge::stance_badge;
use crate::model::{timescale::stances_on, Filter, PolicyOption};
use crate::route::{query_value, Route};
use crate::state::corpus;
use yew::prelude::*;

/// How many options (rows) the table shows at first, and how many more each "Show the
/// next" adds: 140 options × 12 sources took 462 ms to draw (`make bench`, scale; the
/// budget is 300 ms). The built-in corpus has 14 options, so there it never folds. The
/// address holds the window (`?rows=80`), so Back, Forward and a reload keep it.
pub const OPTION_WINDOW: usize = 40;

/// The rows the address `query` asks for: at least [`OPTION_WINDOW`], at most every option.
fn rows(query: &str) -> usize {
    let asked = query_value(query, "rows").and_then(|v| v.parse().ok());
    asked
        .unwrap_or(0)
        .max(OPTION_WINDOW)
        .min(corpus().options.len())
}

/// The address of the overview with `query` and `rows` rows.
fn with_rows(query: &str, rows: usize) -> String {
    let mut href = Route::Overview.href();
    href.push('?');
    for pair in query.trim_start_matches('?').split('&') {
        if !pair.is_empty() && !pair.starts_with("rows=") {
            href.push_str(pair);
            href.push('&');
        }
    }
    href.push_str(&format!("rows={rows}"));
    href
}

/// "The table shows the first 40 of the 140 options" and the link to the next window
/// (above the table and again under it; `testid` tells them apart), when it folds.
fn more_rows(query: &str, rows: usize, testid: &'static str) -> Html {
    let all = corpus().options.len();
    if rows >= all {
        return Html::default();
    }
    let next = (all - rows).min(OPTION_WINDOW);
    html! {
        <p class="bulk-actions" data-testid="grid-rows">
            { format!("To keep the page quick, the table shows the first {rows} of the {all} options, in their fixed order. ") }
            <a href={with_rows(query, rows + next)} data-testid={testid}>{ format!("Show the next {next} options") }</a>
        </p>
    }
}

/// The table over the sources the address `query` picks (a plain view function: it has
/// no state), with the picker and the note naming the sources left out.
pub fn stance_grid(query: &str) -> Html {
    let c = corpus();
    let cols = Columns::of(query);
    let rows = rows(query);
    // After "Show the next", the first new option is brought into view, focused and said
    // (the app's `data-first-result`).
    let first_new = (rows > OPTION_WINDOW).then(|| (rows - 1) / OPTION_WINDOW * OPTION_WINDOW);
    html! {
        <>
        { grid_sources(&Route::Overview, &cols) }
        { more_rows(query, rows, "grid-rows-next") }
        <div class={classes!("table-scroll", "sticky-grid", cols.tall().then_some("tall"))} role="region" aria-labelledby="grid-caption" tabindex="0">
            <table class="matrix stance-grid" data-testid="stance-grid">
                <caption id="grid-caption">
                    { "Which stances each source's arguments take on each option: a shape and a word for each stance present, never how many. Each cell links to those arguments. Options and sources are in a fixed order." }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Option" }</th>
                        { for cols.shown.iter().map(|s| html! {
                            <th scope="col" key={&*s.id}>{ &*s.short }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for c.options[..rows].iter().enumerate().map(|(i, o)| row(o, &cols, first_new == Some(i))) }
                </tbody>
            </table>
        </div>
        { more_rows(query, rows, "grid-rows-next-end") }
        </>
    }
}

/// Option `o`'s row: a cell per source in `cols`; `first` marks the first row a "Show
/// the next" drew.
fn row(o: &'static PolicyOption, cols: &Columns, first: bool) -> Html {
    let c = corpus();
    html! {
        <tr key={&*o.id}>
            <th scope="row"><a href={Route::Option { id: o.id.clone() }.href()} data-first-result={first.then_some("More options shown, from this one on.")}>{ &*o.label }</a></th>
            { for cols.shown.iter().map(|s| {
                let stances = stances_on(c, &o.id, &s.id);
                let href = Route::Option { id: o.id.clone() }
                    .href_filtered(&Filter { sources: vec![s.id.clone()], ..Filter::default() });
                let about = html! {
                    <span class="visually-hidden">{ ": " }{ &*s.short }{ " on " }{ &*o.label }</span>
                };
                html! {
                    <td key={&*s.id} data-testid="grid-cell" data-option={&*o.id} data-source={&*s.id}>
                        if !stances.is_empty() {
                            <a {href} class="grid-stances">
                                { for stances.into_iter().map(|s| html! { <>{ stance_badge(s) }{ " " }</> }) }{ about }
                            </a>
                        } else if c.position(&o.id, &s.id).is_some() {
                            <a {href} class="muted">{ "A position, no arguments" }{ about }</a>
                        } else {
                            <span class="muted">{ "Not discussed" }</span>
                        }
                    </td>
                }
            }) }
        </tr>
    }
}
