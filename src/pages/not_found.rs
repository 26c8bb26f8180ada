//! Shown for an unknown route or id: what happened and a way home.

use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    #[prop_or(AttrValue::Static("This address does not match any page of the app."))]
    pub message: AttrValue,
}

#[function_component(NotFound)]
pub fn not_found(props: &Props) -> Html {
    html! {
        <section class="not-found" data-testid="not-found">
            <h1>{ "Page not found" }</h1>
            <p>{ props.message.clone() }</p>
            <p>{ "The link may be mistyped, or it may point to something that has since been renamed." }</p>
            <p><a href={Route::Home.href()}>{ "Go to the list of policy options" }</a></p>
        </section>
    }
}
