//! The option × source comparison as an accessible table.

use super::grid_sources::{first_new, grid_sources, more_rows, rows, Columns, OPTION_WINDOW};
use super::position::position_text;
use super::restates::restates_marks;
use crate::model::{matrix_of, Filter};
use crate::route::Route;
use crate::state::corpus;
use yew::prelude::*;

/// The table over the sources the address `query` picks (a plain view function: it has
/// no state), with the picker and the note naming the sources left out.
pub fn matrix_table(query: &str) -> Html {
    let c = corpus();
    let cols = Columns::of(query);
    let (n, first) = (
        rows(query, OPTION_WINDOW),
        first_new(rows(query, OPTION_WINDOW), OPTION_WINDOW),
    );
    let rows = matrix_of(c, &cols.shown);
    html! {
        <>
        { grid_sources(&Route::Compare, &cols) }
        { more_rows(&Route::Compare, query, n, "grid-rows-next", "the table", OPTION_WINDOW) }
        <div class={classes!("table-scroll", "sticky-grid", cols.tall().then_some("tall"))} role="region" aria-labelledby="matrix-caption" tabindex="0">
            <table class="matrix" data-testid="matrix">
                <caption id="matrix-caption">
                    { "What each source says on each option. Options and sources are in a fixed order; empty pairs say “Not discussed”." }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Option" }</th>
                        { for cols.shown.iter().map(|s| html! {
                            <th scope="col" key={s.id.to_string()}>
                                <a href={Route::Source { id: s.id.to_string() }.href()}>{ s.short.to_string() }</a>
                            </th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().take(n).enumerate().map(|(i, row)| html! {
                        <tr key={row.option.id.to_string()} data-testid="matrix-row">
                            <th scope="row">
                                <a href={Route::Option { id: row.option.id.to_string() }.href()}
                                    data-first-result={(first == Some(i)).then_some("More options shown, from this one on.")}>{ row.option.label.to_string() }</a>
                            </th>
                            { for row.cells.iter().map(|cell| {
                                let href = Route::Option { id: row.option.id.clone() }
                                    .href_filtered(&Filter { sources: vec![cell.source.id.clone()], ..Filter::default() });
                                html! {
                                    <td key={cell.source.id.to_string()} data-testid="matrix-cell"
                                        class={cell.position.is_none().then_some("not-discussed")}>
                                        <p>{ position_text(cell.position, &row.option.id, &cell.source.id) }</p>
                                        { restates_marks(&c.position_restatements(&row.option.id, &cell.source.id)) }
                                        if cell.has_arguments {
                                            <a {href}>
                                                { "Arguments" }<span class="visually-hidden">{ format!(" from {} on {}", cell.source.short, row.option.label) }</span>
                                            </a>
                                        }
                                    </td>
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
        { more_rows(&Route::Compare, query, n, "grid-rows-next-end", "the table", OPTION_WINDOW) }
        </>
    }
}
