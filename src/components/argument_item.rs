//! One argument: its stance, claim and condition, opening to its evidence.

use super::collect::collect;
use super::evidence_quote::evidence_quote;
use super::highlighted::highlighted;
use super::restates::restates_marks;
use super::stance_badge::stance_badge;
use crate::model::notebook::{Item, Ref};
use crate::model::{Argument, Term};
use crate::route::Route;
use crate::state::corpus;
use crate::state::{Action, AppState};
use yew::prelude::*;

/// How an argument is shown.
#[derive(Clone, Copy, Default)]
pub struct Show {
    /// Open regardless of state (search results show their quotes).
    pub force_open: bool,
    /// This argument is the target of the URL: scroll to it.
    pub target: bool,
    /// Name the source (where arguments from several sources are mixed).
    pub source: bool,
    /// Under its stance's heading: the stance is not repeated on screen (screen readers
    /// still hear it, as an argument can be reached on its own with j/k).
    pub grouped: bool,
    /// Say which related words of the search the argument holds (search results).
    pub also: bool,
}

/// The argument `a` as a keyed list item, open when `state` says so, with search
/// `terms` highlighted. A plain view function: the open/closed state lives in the
/// app's reducer, which the page passes in.
pub fn argument_item(a: &Argument, state: &AppState, terms: &[Term], show: Show) -> Html {
    let open = show.force_open || state.open.contains(&a.id);
    let toggle = {
        let id = a.id.clone();
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Toggle(id.clone())))
    };
    let panel_id = format!("evidence-{}", a.id);
    html! {
        <li key={a.id.to_string()} class={format!("argument stance-{}{}", a.stance.as_str(), if show.target { " target" } else { "" })}
            id={format!("arg-{}", a.id)} data-testid="argument" data-id={a.id.to_string()}
            data-stance={a.stance.as_str()} data-step="" tabindex="-1"
            data-scroll-target={show.target.then_some("")}>
            <p class="claim">
                if show.grouped {
                    <span class="visually-hidden">{ format!("{}: ", a.stance.label()) }</span>
                } else {
                    { stance_badge(a.stance) }
                }
                if show.source {
                    <span class="arg-source" data-testid="arg-source">
                        { corpus().source(&a.source).map_or_else(|| a.source.to_string(), |s| s.short.to_string()) }
                    </span>
                }
                <span data-testid="claim">{ highlighted(&a.claim, terms) }</span>
            </p>
            if let Some(c) = &a.condition {
                <p class="condition" data-testid="condition"><strong>{ "Condition: " }</strong>{ highlighted(c, terms) }</p>
            }
            if let Some(h) = &a.holder {
                <p class="holder" data-testid="holder"><strong>{ "View of: " }</strong>{ highlighted(h, terms) }</p>
            }
            if let Some(r) = a.recommendation.as_deref().and_then(|id| corpus().recommendation(id)) {
                <p class="rests-on" data-testid="rests-on"><strong>{ "Rests on the source's recommendation: " }</strong>
                    <a href={Route::Recommendation { id: r.id.clone() }.href()}>{ r.summary.as_str() }</a></p>
            }
            { also_line(a, terms, show.also) }
            { restates_marks(&corpus().argument_restatements(a)) }
            <div class="argument-actions">
                if !show.force_open {
                    <button type="button" class="toggle-evidence" aria-expanded={open.to_string()}
                        aria-controls={open.then(|| panel_id.clone())} onclick={toggle} data-testid="toggle-evidence">
                        { if open { "Hide evidence" } else { "Show evidence" } }
                    </button>
                }
                <a class="permalink" href={Route::Argument { id: a.id.to_string() }.href()}>
                    { "Permalink" }<span class="visually-hidden">{ " to this argument" }</span>
                </a>
                { collect(state, Item::new(Ref::Argument(a.id.clone()), None), "this argument") }
            </div>
            if open {
                <div id={panel_id} class="evidence-list" data-testid="evidence-list">
                    { for (0..a.evidence.len()).map(|i| evidence_quote(a, i, terms, state)) }
                </div>
            }
        </li>
    }
}

/// "Also: negotiation, dialogue": the related words of the search that `a` holds
/// besides what was typed (issue 26), when `show` asks for them.
fn also_line(a: &Argument, terms: &[Term], show: bool) -> Html {
    if !show || terms.is_empty() {
        return Html::default();
    }
    let words = crate::model::find::also_terms(terms, &crate::model::find::Hit::Argument(a));
    if words.is_empty() {
        return Html::default();
    }
    html! { <p class="also muted" data-testid="also">{ format!("Also: {}", words.join(", ")) }</p> }
}
