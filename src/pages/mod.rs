//! One view per route, and the switch that picks it.

pub mod about;
pub mod compare;
pub mod discrepancies;
pub mod glossary;
pub mod home;
pub mod not_found;
pub mod option;
pub mod search;
pub mod shared_wording;
pub mod side_by_side;
pub mod source;
pub mod timeline;

use crate::model::{corpus, Span};
use crate::route::Route;
use yew::prelude::*;

use not_found::NotFound;

/// Renders the view for `route`; ids that do not exist show "not found", never a blank page.
pub fn switch(route: Route) -> Html {
    let c = corpus();
    match route {
        Route::Home => html! { <home::Home /> },
        Route::Option { id } => html! { <option::OptionPage {id} /> },
        Route::Argument { id } => match c.argument(&id) {
            Some(a) => {
                html! { <option::OptionPage id={a.option.to_string()} target={Some(AttrValue::from(id))} /> }
            }
            None => not_found(format!("There is no argument with the id “{id}”.")),
        },
        Route::Source { id } => html! { <source::SourcePage {id} /> },
        Route::Quote { arg, n } => {
            let found = c
                .argument(&arg)
                .and_then(|a| Some((a, a.evidence.get(n.checked_sub(1)?)?)));
            match found {
                Some((a, e)) => html! {
                    <source::SourcePage id={a.source.to_string()} focus={Some(e.span)} from_argument={Some(AttrValue::from(arg))} />
                },
                None => not_found(format!(
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
                html! { <source::SourcePage id={source} focus={Some(Span { start, end })} /> }
            } else {
                not_found(format!(
                    "There is no such passage in a source with the id “{source}”."
                ))
            }
        }
        Route::Compare => html! { <compare::Compare /> },
        Route::SideBySide { option, a, b } => {
            html! { <side_by_side::SideBySide {option} {a} {b} /> }
        }
        Route::Search => html! { <search::Search /> },
        Route::Discrepancies => html! { <discrepancies::Discrepancies /> },
        Route::SharedWording => html! { <shared_wording::SharedWording /> },
        Route::Timeline => html! { <timeline::Timeline /> },
        Route::Glossary => html! { <glossary::Glossary /> },
        Route::About => html! { <about::About /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

/// The not-found view with a specific message.
pub fn not_found(message: String) -> Html {
    html! { <NotFound message={AttrValue::from(message)} /> }
}
