//! Arguments grouped by stance, in the fixed stance order, each group under its badge.

use super::argument_item::{argument_item, Show};
use super::stance_badge::stance_badge;
use crate::model::{Argument, Stance, Term};
use crate::state::AppState;
use yew::prelude::*;

/// One keyed `div` per stance that has arguments among `args` (stances without any are
/// left out, not rendered empty). Each argument is shown as `show` says; the one whose
/// id is `target` is marked as the target of the address.
pub fn stance_groups(
    args: &[&'static Argument],
    state: &AppState,
    terms: &[Term],
    show: Show,
    target: Option<&str>,
) -> Html {
    let groups = Stance::ALL
        .into_iter()
        .filter(|st| args.iter().any(|a| a.stance == *st));
    html! {
        { for groups.map(|stance| html! {
            <div key={stance.as_str()} class="stance-group">
                <h3>{ stance_badge(stance) }</h3>
                <ul class="arguments">
                    { for args.iter().filter(|a| a.stance == stance).map(|a| argument_item(a, state, terms, Show {
                        target: target == Some(a.id.as_str()),
                        grouped: true,
                        ..show
                    })) }
                </ul>
            </div>
        }) }
    }
}
