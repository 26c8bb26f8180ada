//! Site header: title, main navigation and the presenter-mode switch.

use crate::route::Route;
use crate::state::{toggle_presenter, AppState};
use yew::prelude::*;

const LINKS: [(Route, &str); 10] = [
    (Route::Home, "Options"),
    (Route::Recommendations, "Recommendations"),
    (Route::Compare, "Compare"),
    (Route::Search, "Search"),
    (Route::Discrepancies, "Facts that differ"),
    (Route::SharedWording, "Shared wording"),
    (Route::Timeline, "Timeline"),
    (Route::Glossary, "Glossary"),
    (Route::Notebook, "Notebook"),
    (Route::About, "About"),
];

/// The header, with `current` marked in the navigation (a plain view function: the
/// app shell passes it the route and the state).
pub fn nav(current: &Route, state: &AppState) -> Html {
    let presenter = state.presenter;
    let toggle = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| toggle_presenter(&state, !state.presenter))
    };
    html! {
        <header class="site-header">
            <p class="site-title">
                <a href={Route::Home.href()}>{ "Policy Options Explainer" }</a>
                { super::documents::shown(state) }
            </p>
            <nav aria-label="Main">
                <ul>
                    { for LINKS.iter().map(|(route, label)| {
                        // One recommendation in focus is still the recommendations view.
                        let here = current.title() == route.title();
                        html! {
                            <li key={*label}>
                                <a href={route.href()} class={here.then_some("current")}
                                    aria-current={here.then_some("page")}>{ *label }</a>
                            </li>
                        }
                    }) }
                </ul>
            </nav>
            <button type="button" class="presenter-toggle" aria-pressed={presenter.to_string()}
                onclick={toggle} data-testid="presenter-toggle"
                title="Larger type; arrow keys and page keys step through items">
                { "Presenter mode" }
            </button>
            if presenter {
                <p class="presenter-keys" data-testid="presenter-keys">
                    { "→ / ↓ next · ← / ↑ previous · Esc leaves" }
                </p>
            }
        </header>
    }
}
