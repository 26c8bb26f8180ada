//! What to show when filters leave nothing: what is filtered, and a way to clear it.

use crate::model::Filter;
use crate::state::corpus;
use yew::prelude::*;

/// "No arguments match these filters.", what is filtered, and a button that runs
/// `on_clear`. A plain view function (it has no state).
pub fn empty_result(filter: &Filter, on_clear: Callback<MouseEvent>) -> Html {
    let parts = filter.describe(corpus());
    html! {
        <div class="empty-result" role="status" data-testid="empty-result">
            <p>{ "No arguments match these filters." }</p>
            if !parts.is_empty() {
                <p>{ "Filtered by: " }{ parts.join("; ") }{ "." }</p>
            }
            <button type="button" onclick={on_clear} data-testid="clear-filters">{ "Clear all filters" }</button>
        </div>
    }
}
