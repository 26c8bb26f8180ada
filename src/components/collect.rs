//! "Add argument to notebook" on an argument, "Add quote to notebook" on a quote (the
//! difference visible, issue 23); once collected, the status "✓ In your notebook" (a
//! word and a mark of its own, plain text, not a button's look), the private note and
//! a way to take it out again. A plain view function: the notebook is in the app's state.

use crate::model::notebook::{Edit, Item, MAX_ITEMS};
use crate::state::store::announce;
use crate::state::{Action, AppState};
use yew::prelude::*;

/// The control for `item`; `what` names it for screen readers ("this quote").
pub fn collect(state: &AppState, item: Item, what: &'static str) -> Html {
    let found = state.notebook.find(&item.what);
    let full = state.notebook.items.len() >= MAX_ITEMS;
    let toggle = {
        let (state, item, inside) = (state.clone(), item.clone(), found.is_some());
        Callback::from(move |_: MouseEvent| {
            if inside {
                state.dispatch(Action::Notebook(Edit::Remove(item.what.clone())));
                announce("Removed from your notebook.");
            } else if full {
                announce(&format!("Not added: your notebook holds {MAX_ITEMS} items, the most it can. Remove some first."));
            } else {
                state.dispatch(Action::Notebook(Edit::Add(item.clone())));
                announce("Added to your notebook. You can add a private note to it.");
            }
        })
    };
    // What is added, said on the button: "this quote" → "quote".
    let noun = what.rsplit(' ').next().unwrap_or(what);
    // The button comes first in both forms, so it stays the same element (and keeps
    // the focus) when it is pressed.
    let Some(found) = found else {
        return html! {
            <div class="collect">
                <button type="button" onclick={toggle} data-testid="collect">
                    { "Add " }{ noun }{ " to notebook" }
                </button>
            </div>
        };
    };
    let onchange = {
        let (state, what) = (state.clone(), item.what.clone());
        Callback::from(move |e: Event| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                state.dispatch(Action::Notebook(Edit::Note(what.clone(), t.value())));
                announce("Note saved.");
            }
        })
    };
    html! {
        <div class="collect collected">
            <button type="button" onclick={toggle} data-testid="uncollect">
                { "Remove " }{ noun }{ " from notebook" }
            </button>
            <span class="in-notebook" data-testid="in-notebook"><span aria-hidden="true">{ "✓ " }</span>{ "In your notebook" }</span>
            <details class="collect-note">
                <summary>{ if found.note.is_empty() { "Add a note" } else { "Your note" } }</summary>
                <label>
                    <span class="visually-hidden">{ "Your private note on " }{ what }</span>
                    <textarea rows="3" value={found.note.clone()} {onchange} data-testid="collect-note" />
                </label>
            </details>
        </div>
    }
}
