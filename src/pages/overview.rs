//! At a glance: options × sources, the stances each source's arguments take.

use crate::components::stance_grid::stance_grid;
use crate::route::Route;
use yew::prelude::*;

/// The view (a plain function: it has no state; [`super::switch`] keys it by route);
/// `query` picks the sources shown.
pub fn overview(query: &str) -> Html {
    html! {
        <article class="overview-page" data-testid="overview-page">
            <h1>{ "At a glance" }</h1>
            <p class="lede">
                { "Each row is an option and each column a source. A cell shows which stances that source's arguments take on the option — ■ for, ○ against, ◆ conditional, ◐ mixed — and opens those arguments. To read each source's position in a sentence, see " }
                <a href={Route::Compare.href()}>{ "Compare sources" }</a>{ "." }
            </p>
            { stance_grid(query) }
        </article>
    }
}
