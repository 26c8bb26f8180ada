//! One view per route, and the switch that picks it.

pub mod about;
pub mod compare;
pub mod discrepancies;
pub mod documents;
pub mod glossary;
pub mod handout;
pub mod home;
pub mod notebook;
pub mod option;
pub mod overview;
pub mod recommendations;
pub mod search;
pub mod shared_wording;
pub mod side_by_side;
pub mod slides;
pub mod source;
pub mod timeline;

use crate::components::not_found::{not_found, UNKNOWN_ADDRESS};
use crate::model::Span;
use crate::route::{Here, Route};
use crate::state::corpus;
use crate::state::AppState;
use yew::prelude::*;
use yew::virtual_dom::{Key, VList};

/// Renders the view for `route`; ids that do not exist show "not found", never a blank page.
///
/// The view is keyed by the kind of page, so going to another kind of page replaces
/// the DOM rather than patching one page's elements into the next (several views are
/// plain functions, without a component boundary of their own).
pub fn switch(here: &Here, state: &AppState) -> Html {
    // Another corpus shown (issue 13) redraws every view but the page that opened it,
    // whose outcome stays on screen.
    let key = match here.route {
        Route::Documents => Key::from(here.route.title()),
        _ => Key::from(format!("{}{}", here.route.title(), state.corpus)),
    };
    let query = AttrValue::from(here.query.clone());
    Html::from(VList::with_children(
        vec![view(here.route.clone(), query, state)],
        Some(key),
    ))
}

/// `query` is the filter part of the address, for the views that filter; `state` goes
/// to the views that show arguments.
fn view(route: Route, query: AttrValue, state: &AppState) -> Html {
    let c = corpus();
    match route {
        Route::Home => home::home(&query),
        Route::Option { id } => html! { <option::OptionPage {id} {query} state={state.clone()} /> },
        Route::Argument { id } => match c.argument(&id) {
            Some(a) => html! {
                <option::OptionPage id={a.option.clone()} target={Some(AttrValue::from(id))} {query} state={state.clone()} />
            },
            None => not_found(&format!("There is no argument with the id “{id}”.")),
        },
        Route::Source { id } => source::source_page(&id, None, None, state),
        Route::Quote { arg, n } => {
            let found = c
                .argument(&arg)
                .and_then(|a| Some((a, a.evidence.get(n.checked_sub(1)?)?)));
            match found {
                Some((a, e)) => source::source_page(&a.source, Some(e.span), Some(&arg), state),
                None => not_found(&format!(
                    "There is no quote {n} in an argument with the id “{arg}”."
                )),
            }
        }
        Route::Passage { source, start, end } => {
            let valid = c.source(&source).is_some_and(|s| {
                start < end
                    && (end as usize) <= s.text.len()
                    && s.text.is_char_boundary(start as usize)
                    && s.text.is_char_boundary(end as usize)
            });
            if valid {
                source::source_page(&source, Some(Span { start, end }), None, state)
            } else {
                not_found(&format!(
                    "There is no such passage in a source with the id “{source}”."
                ))
            }
        }
        Route::Recommendations => recommendations::recommendations(&query, None, state),
        Route::Recommendation { id } => match c.recommendation(&id) {
            Some(_) => recommendations::recommendations("", Some(&id), state),
            None => not_found(&format!("There is no recommendation with the id “{id}”.")),
        },
        Route::Compare => compare::compare(&query),
        Route::Overview => overview::overview(&query),
        Route::SideBySide { option, a, b } => {
            side_by_side::side_by_side(&option, &a, &b, &query, state)
        }
        Route::Search => html! { <search::Search {query} state={state.clone()} /> },
        Route::Discrepancies => discrepancies::discrepancies(&query, state),
        Route::SharedWording => shared_wording::shared_wording(&query),
        Route::Timeline => timeline::timeline(&query),
        Route::Glossary => glossary::glossary(&query),
        Route::About => about::about(),
        Route::Documents => html! { <documents::Documents state={state.clone()} /> },
        Route::Notebook => notebook::notebook(&query, state),
        Route::Handout { id } => handout::handout(&id, &query),
        Route::NotFound => not_found(UNKNOWN_ADDRESS),
        Route::Slides { deck, n } => slides::slides(&deck, n, &query),
    }
}
