//! What the app says when the notebook's storage fails (missing, full, damaged or from
//! a newer version): the app goes on, the notice explains, keeps what it can and offers
//! the stored text as a download before anything is written over it. Also the live
//! region that announces what notebook actions did.

use crate::model::notebook::Edit;
use crate::state::store::{announce, download};
use crate::state::{Action, AppState, Trouble};
use yew::prelude::*;

/// The notice (when there is trouble) and the live region; shown on every view.
pub fn notebook_notice(state: &AppState) -> Html {
    let live = html! {
        <p id="notebook-status" class="visually-hidden" role="status" aria-live="polite" data-testid="notebook-status"></p>
    };
    let Some(trouble) = &state.trouble else {
        return live;
    };
    let dismiss = |label: &'static str, testid: &'static str, empty: bool| {
        let state = state.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if empty {
                state.dispatch(Action::Notebook(Edit::Clear));
            }
            state.dispatch(Action::Trouble(None));
            announce("Done.");
        });
        html! { <button type="button" {onclick} data-testid={testid}>{ label }</button> }
    };
    let file = |label: &'static str, name: &'static str, text: String| {
        let onclick = Callback::from(move |_: MouseEvent| {
            download(name, "text/plain;charset=utf-8", &text);
        });
        html! { <button type="button" {onclick} data-testid="notice-download">{ label }</button> }
    };
    // The notebook as it is now, offered whenever the browser cannot keep it.
    let export = || {
        html! {
            <>
                { file("Download the notebook file", "notebook.txt", state.notebook.encode()) }
                { " " }
                { dismiss("I understand", "notice-dismiss", false) }
            </>
        }
    };
    let (said, actions) = match trouble {
        Trouble::NoStorage => (
            "This browser does not let the app keep your notebook (its storage is turned off or blocked). \
             What you collect stays until you close this tab, even if you open other documents: download the notebook file to keep it."
                .to_string(),
            export(),
        ),
        Trouble::Full => (
            "This browser's storage for this site is full, so your changes to the notebook are not saved in it. \
             They stay until you close this tab, even if you open other documents: download the notebook file to keep them."
                .to_string(),
            export(),
        ),
        Trouble::Damaged { raw, why, kept } => {
            (
                format!(
                    "The notebook stored in this browser could not all be read: {why}. {kept} item(s) could be read and are kept. \
                     Nothing is saved over the stored text until you choose: download it first if you want to keep it."
                ),
                html! {
                    <>
                        { file("Download what was stored", "notebook-as-stored.txt", raw.to_string()) }
                        { " " }
                        { dismiss("Keep what could be read and go on", "notice-keep", false) }
                        { " " }
                        { dismiss("Start an empty notebook", "notice-reset", true) }
                    </>
                },
            )
        }
    };
    html! {
        <>
            <section class="notice" role="region" aria-labelledby="notice-heading" data-testid="notebook-notice">
                <h2 id="notice-heading">{ "About your notebook" }</h2>
                <p>{ said }</p>
                <p>{ actions }</p>
            </section>
            { live }
        </>
    }
}
