//! What to show when filters leave nothing: what is filtered, and a way to clear it.

use crate::model::{corpus, Filter};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub filter: Filter,
    pub on_clear: Callback<MouseEvent>,
    #[prop_or(AttrValue::Static("No arguments match these filters."))]
    pub message: AttrValue,
}

#[function_component(EmptyResult)]
pub fn empty_result(props: &Props) -> Html {
    let parts = props.filter.describe(corpus());
    html! {
        <div class="empty-result" role="status" data-testid="empty-result">
            <p>{ props.message.clone() }</p>
            if !parts.is_empty() {
                <p>{ "Filtered by: " }{ parts.join("; ") }{ "." }</p>
            }
            <button type="button" onclick={props.on_clear.clone()} data-testid="clear-filters">{ "Clear all filters" }</button>
        </div>
    }
}
