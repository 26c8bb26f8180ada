//! One argument: its stance, claim and condition, opening to its evidence.

use super::evidence_quote::evidence_quote;
use super::highlighted::highlighted;
use super::stance_badge::stance_badge;
use crate::model::{corpus, Argument};
use crate::route::Route;
use crate::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub argument: &'static Argument,
    #[prop_or_default]
    pub terms: Rc<Vec<String>>,
    /// Open regardless of state (search results show their quotes).
    #[prop_or_default]
    pub force_open: bool,
    /// This argument is the target of the URL: scroll to it.
    #[prop_or_default]
    pub target: bool,
    /// Name the source (where arguments from several sources are mixed).
    #[prop_or_default]
    pub show_source: bool,
}

#[function_component(ArgumentItem)]
pub fn argument_item(props: &Props) -> Html {
    let a = props.argument;
    let state = use_context::<AppState>();
    let open = props.force_open || state.as_ref().is_some_and(|s| s.open.contains(&a.id));
    let toggle = {
        let id = a.id.to_string();
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = &state {
                s.dispatch(Action::Toggle(id.clone()));
            }
        })
    };
    let panel_id = format!("evidence-{}", a.id);
    html! {
        <li class={format!("argument stance-{}{}", a.stance.as_str(), if props.target { " target" } else { "" })}
            id={format!("arg-{}", a.id)} data-testid="argument" data-id={a.id.to_string()}
            data-stance={a.stance.as_str()} data-step="" tabindex="-1"
            data-scroll-target={props.target.then_some("")}>
            <p class="claim">
                { stance_badge(a.stance) }
                if props.show_source {
                    <span class="arg-source" data-testid="arg-source">
                        { corpus().source(&a.source).map_or_else(|| a.source.to_string(), |s| s.short.to_string()) }
                    </span>
                }
                <span data-testid="claim">{ highlighted(&a.claim, &props.terms) }</span>
            </p>
            if let Some(c) = &a.condition {
                <p class="condition" data-testid="condition"><strong>{ "Condition: " }</strong>{ highlighted(c, &props.terms) }</p>
            }
            <div class="argument-actions">
                if !props.force_open {
                    <button type="button" class="toggle-evidence" aria-expanded={open.to_string()}
                        aria-controls={open.then(|| panel_id.clone())} onclick={toggle} data-testid="toggle-evidence">
                        { if open { "Hide evidence" } else { "Show evidence" } }
                    </button>
                }
                <a class="permalink" href={Route::Argument { id: a.id.to_string() }.href()}>
                    { "Permalink" }<span class="visually-hidden">{ " to this argument" }</span>
                </a>
            </div>
            if open {
                <div id={panel_id} class="evidence-list" data-testid="evidence-list">
                    { for (0..a.evidence.len()).map(|i| evidence_quote(a, i, &props.terms)) }
                </div>
            }
        </li>
    }
}
