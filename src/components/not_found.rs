//! Shown for an unknown route or id: what happened and a way home.

use crate::route::Route;
use yew::prelude::*;

/// What most unknown addresses get.
pub const UNKNOWN_ADDRESS: &str = "This address does not match any page of the app.";

/// The view, with `message` saying what was not found (a plain function: it has no state).
pub fn not_found(message: &str) -> Html {
    html! {
        <section class="not-found" data-testid="not-found">
            <h1>{ "Page not found" }</h1>
            <p>{ message.to_string() }</p>
            <p>{ "The link may be mistyped, or it may point to something that has since been renamed." }</p>
            <p><a href={Route::Home.href()}>{ "Go to the list of policy options" }</a></p>
        </section>
    }
}
