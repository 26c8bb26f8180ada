//! One option: the arguments grouped by source (side by side on wide screens), each
//! group split by stance, with filters and search.

use crate::components::argument_item::{argument_item, Show};
use crate::components::empty_result::empty_result;
use crate::components::filter_bar::{clear_filters, filter_bar, url_filter};
use crate::components::stance_badge::stance_badge;
use crate::model::{corpus, Argument, Stance};
use crate::pages::not_found;
use crate::route::Route;
use crate::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    /// An argument to open and scroll to.
    #[prop_or_default]
    pub target: Option<AttrValue>,
    /// The address's query: the filters.
    #[prop_or_default]
    pub query: AttrValue,
}

#[function_component(OptionPage)]
pub fn option_page(props: &Props) -> Html {
    let c = corpus();
    let state = use_context::<AppState>();
    let (filter, set_filter) = url_filter(
        Route::Option {
            id: props.id.to_string(),
        },
        &props.query,
    );
    {
        let state = state.clone();
        use_effect_with(props.target.clone(), move |target| {
            if let (Some(t), Some(s)) = (target, state) {
                s.dispatch(Action::Open(t.to_string()));
            }
        });
    }
    let Some(option) = c.option(&props.id) else {
        return not_found(format!(
            "There is no policy option with the id “{}”.",
            props.id
        ));
    };
    let terms = Rc::new(filter.terms());
    let searching = !terms.is_empty();
    let clear = clear_filters(&set_filter);
    let open_all = {
        let state = state.clone();
        let ids: Vec<String> = c
            .arguments
            .iter()
            .filter(|a| a.option == option.id)
            .map(|a| a.id.to_string())
            .collect();
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = &state {
                s.dispatch(Action::OpenAll(ids.clone()));
            }
        })
    };
    let close_all = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = &state {
                s.dispatch(Action::CloseAll);
            }
        })
    };
    let any_match = c
        .arguments
        .iter()
        .any(|a| a.option == option.id && filter.matches(a));
    let sources: Vec<_> = c
        .sources
        .iter()
        .filter(|s| filter.sources.is_empty() || filter.sources.iter().any(|x| *x == s.id))
        .collect();
    let compare_route = match (c.sources.first(), c.sources.get(1)) {
        (Some(a), Some(b)) => Some(Route::SideBySide {
            option: option.id.to_string(),
            a: a.id.to_string(),
            b: b.id.to_string(),
        }),
        _ => None,
    };

    html! {
        <article class="option-page" data-testid="option-page" data-id={option.id.to_string()}>
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href={Route::Home.href()}>{ "Options" }</a>{ " › " }<span aria-current="page">{ option.label.to_string() }</span>
            </nav>
            <h1>{ option.label.to_string() }</h1>
            <p class="lede">{ option.summary.to_string() }</p>
            if let Some(route) = compare_route {
                <p><a href={route.href()}>{ "Read two sources side by side on this option" }</a></p>
            }
            { filter_bar(&filter, &set_filter) }
            if !searching && any_match {
                <p class="bulk-actions">
                    <button type="button" onclick={open_all} data-testid="open-all">{ "Show all evidence" }</button>
                    { " " }
                    <button type="button" onclick={close_all} data-testid="close-all">{ "Hide all evidence" }</button>
                </p>
            }
            if !any_match {
                { empty_result(&filter, clear) }
            } else {
                <div class="source-groups">
                    { for sources.into_iter().map(|s| {
                        let all: Vec<&'static Argument> = c.arguments_on(&option.id, &s.id).collect();
                        let shown: Vec<&'static Argument> = all.iter().copied().filter(|a| filter.matches(a)).collect();
                        let position = c.position(&option.id, &s.id);
                        let heading = format!("group-{}", s.id);
                        html! {
                            <section key={s.id.to_string()} class="source-group" aria-labelledby={heading.clone()} data-testid="source-group" data-source={s.id.to_string()}>
                                <h2 id={heading}>
                                    <a href={Route::Source { id: s.id.to_string() }.href()}>{ s.short.to_string() }</a>
                                </h2>
                                <p class="position-line" data-testid="position">
                                    <span class="visually-hidden">{ "Overall position: " }</span>
                                    { position.map_or_else(|| "Not discussed".to_string(), |p| p.summary.to_string()) }
                                </p>
                                if all.is_empty() {
                                    <p class="muted">{ "This source gives no arguments on this option." }</p>
                                } else if shown.is_empty() {
                                    <p class="muted">{ "No arguments from this source match the filters." }</p>
                                }
                                { for Stance::ALL.into_iter().map(|stance| {
                                    let group: Vec<&'static Argument> = shown.iter().copied().filter(|a| a.stance == stance).collect();
                                    if group.is_empty() {
                                        return html! {};
                                    }
                                    html! {
                                        <div key={stance.as_str()} class="stance-group">
                                            <h3>{ stance_badge(stance) }</h3>
                                            <ul class="arguments">
                                                { for group.into_iter().map(|a| argument_item(a, state.as_ref(), &terms, Show {
                                                    force_open: searching,
                                                    target: props.target.as_deref() == Some(&*a.id),
                                                    source: false,
                                                })) }
                                            </ul>
                                        </div>
                                    }
                                }) }
                            </section>
                        }
                    }) }
                </div>
            }
        </article>
    }
}
