//! Options × sources at a glance: in each cell, by shape and word, which stances that
//! source's arguments take on that option. Presence only: a cell never shows how many
//! arguments there are (a count or a size would read as a score).

use super::grid_sources::{first_new, grid_sources, more_rows, rows, Columns, OPTION_WINDOW};
use super::stance_badge::stance_badge;
use crate::model::{timescale::stances_on, Filter, PolicyOption};
use crate::route::Route;
use crate::state::corpus;
use yew::prelude::*;

/// The table over the sources the address `query` picks (a plain view function: it has
/// no state), with the picker and the note naming the sources left out.
pub fn stance_grid(query: &str) -> Html {
    let c = corpus();
    let cols = Columns::of(query);
    let rows = rows(query, OPTION_WINDOW);
    let first_new = first_new(rows, OPTION_WINDOW);
    html! {
        <>
        { grid_sources(&Route::Overview, &cols) }
        { more_rows(&Route::Overview, query, rows, "grid-rows-next", "the table", OPTION_WINDOW) }
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
        { more_rows(&Route::Overview, query, rows, "grid-rows-next-end", "the table", OPTION_WINDOW) }
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
