//! Site header: title, main navigation and the presenter-mode switch.

use crate::model::slides;
use crate::route::Route;
use crate::state::corpus;
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

/// The app's name, as the header shows it.
const TITLE: &str = "Policy Options Explainer";

/// The header, with `current` marked in the navigation (a plain view function: the
/// app shell passes it the route and the state). On a phone the navigation and the
/// presenter switch fold behind a "Menu" button, so the header is one row on every
/// page and every section is two taps away (issue 27); wider screens show them all.
pub fn nav(current: &Route, state: &AppState) -> Html {
    let presenter = state.presenter;
    let toggle = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| toggle_presenter(&state, !state.presenter))
    };
    html! {
        <header class="site-header">
            <p class="site-title">
                <a href={Route::Home.href()}>{ TITLE }</a>
                { super::documents::shown(state) }
            </p>
            <Menu at={current.href()}>
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
            </Menu>
            if presenter {
                <p class="presenter-keys" data-testid="presenter-keys">
                    { "→ / ↓ next · ← / ↑ previous · Esc leaves" }
                </p>
                <a href={slides_start(current).href()} class="present-slides" data-testid="presenter-slides">{ "Present as slides" }</a>
            }
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct MenuProps {
    /// The address shown: the menu closes when it changes.
    at: String,
    children: Html,
}

/// A disclosure: a real `<button aria-expanded>` that shows or hides `children` (only
/// on a phone: the stylesheet hides the button and always shows the children from
/// 601 px). Following a link inside closes it; Esc closes it and returns to the button.
#[function_component(Menu)]
fn menu(props: &MenuProps) -> Html {
    let open = use_state(|| false);
    let button = use_node_ref();
    {
        let open = open.clone();
        use_effect_with(props.at.clone(), move |_| open.set(false));
    }
    let flip = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let followed = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            let on_link = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.closest("a[href]").ok().flatten())
                .is_some();
            if on_link {
                open.set(false);
            }
        })
    };
    let escape = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.stop_propagation();
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    html! {
        <>
            <button type="button" class="menu-toggle" ref={button} aria-expanded={open.to_string()}
                aria-controls="site-menu" onclick={flip} data-testid="menu-toggle">
                <span class="menu-icon" aria-hidden="true"></span>{ "Menu" }
            </button>
            <div id="site-menu" class={if *open { "site-menu open" } else { "site-menu" }}
                onclick={followed} onkeydown={escape} data-testid="site-menu">
                { props.children.clone() }
            </div>
        </>
    }
}

/// Where presenter mode's "Present as slides" starts: at the argument or option on
/// screen, else at the start of the whole set.
fn slides_start(current: &Route) -> Route {
    let c = corpus();
    let (deck, arg) = match current {
        Route::Option { id } => (id.as_str(), None),
        Route::Argument { id } => c
            .argument(id)
            .map_or((slides::ALL, None), |a| (&*a.option, Some(id))),
        _ => (slides::ALL, None),
    };
    let Some(list) = slides::deck(c, deck) else {
        return Route::Slides {
            deck: slides::ALL.into(),
            n: 1,
        };
    };
    let at = list.iter().position(
        |s| matches!(s, slides::Slide::Argument { argument, .. } if Some(&argument.id) == arg),
    );
    Route::Slides {
        deck: deck.into(),
        n: at.map_or(1, |i| i + 1),
    }
}
