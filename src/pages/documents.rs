//! "Your documents": open a corpus file (made with `corpus pack`, docs/authoring.md) by
//! choosing or dropping it. The app checks it again; a refused file leaves the documents
//! shown as they were and lists every fault; an accepted one is shown in every view,
//! kept for the next visit, and one click returns to the built-in documents.

use crate::components::documents::{back_to_base, keep, read_file, return_label_html};
use crate::model::bundle;
use crate::state::{own_name, shows_base};
use crate::state::{show_corpus, AppState, Showing};
use std::rc::Rc;
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: AppState,
}

/// What happened to the last file chosen or dropped.
enum Outcome {
    Nothing,
    Opened(String, Result<(), String>),
    Refused(String, Vec<String>),
}

/// Checks a file's bytes and, when they pass, shows and keeps its documents.
fn take(name: String, bytes: Result<Vec<u8>, String>, state: &AppState) -> Outcome {
    match bytes
        .map_err(|e| vec![e])
        .and_then(|b| Ok((bundle::open(&b)?, b)))
    {
        Ok((corpus, bytes)) => {
            let kept = keep(&name, &bytes);
            show_corpus(state, Showing::Own(Box::new(corpus), &name));
            Outcome::Opened(name, kept)
        }
        Err(faults) => Outcome::Refused(name, faults),
    }
}

/// The view: a component, as reading a file is asynchronous and its outcome is shown.
#[function_component(Documents)]
pub fn documents(props: &Props) -> Html {
    let outcome = use_state(|| Outcome::Nothing);
    let open: Rc<dyn Fn(File)> = {
        let (outcome, state) = (outcome.clone(), props.state.clone());
        Rc::new(move |file: File| {
            let (outcome, state) = (outcome.clone(), state.clone());
            read_file(file, move |name, bytes| {
                outcome.set(take(name, bytes, &state))
            });
        })
    };
    let onchange = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                open(f);
            }
            // The same file can be chosen again (after it was edited, say).
            input.set_value("");
        })
    };
    let ondrop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        if let Some(f) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|l| l.get(0))
        {
            open(f);
        }
    });
    // Without this the browser opens a dropped file itself instead of giving it here.
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let back = {
        let (outcome, state) = (outcome.clone(), props.state.clone());
        Callback::from(move |_: MouseEvent| {
            back_to_base(&state);
            outcome.set(Outcome::Nothing);
        })
    };
    html! {
        <article class="documents-page" data-testid="documents-page">
            <h1>{ "Your documents" }</h1>
            <p class="lede">
                // Text and a code element, no literal backticks (issue 27); the guide is
                // named in words, as this offline app does not carry it.
                { "Open a corpus file to read your own documents in every view of the app. A corpus file is made from a folder \
                   of texts and records with the project's authoring tool, the command " }
                <code>{ "cargo run --bin corpus -- pack" }</code>
                { " (its authoring guide is the file docs/authoring.md in the project's source). \
                   The app checks the file again before it shows it. The file stays on this computer: it is read here, never sent \
                   anywhere, and kept in this browser until you return to the built-in documents." }
            </p>
            <p data-testid="documents-shown">
                if let Some(n) = own_name() {
                    { "Shown now: your documents, “" }<bdi>{ n }</bdi>{ "”." }
                } else {
                    { "Shown now: the built-in documents." }
                }
            </p>
            if !shows_base() {
                <p><button type="button" onclick={back} data-testid="documents-return-page">{ return_label_html() }</button></p>
            }
            <div class="documents-drop" {ondrop} {ondragover} data-testid="documents-drop">
                <label for="documents-file">{ "Choose a corpus file" }</label>
                <input type="file" id="documents-file" accept=".poe" {onchange} data-testid="documents-file" />
                <p>{ "or drop it here." }</p>
            </div>
            { outcome_view(&outcome) }
        </article>
    }
}

fn outcome_view(outcome: &Outcome) -> Html {
    match outcome {
        Outcome::Nothing => Html::default(),
        Outcome::Opened(name, kept) => html! {
            <div role="status" data-testid="documents-opened">
                // <bdi>: a name from a file may hold bidi controls (U+202E reversed the line).
                <p>{ "Opened “" }<bdi>{ name.clone() }</bdi>{ "”: every view now shows these documents. " }
                    <a href="#/">{ "See their options" }</a></p>
                if let Err(why) = kept { <p data-testid="documents-not-kept">{ why.clone() }</p> }
            </div>
        },
        Outcome::Refused(name, faults) => html! {
            <div role="alert" class="documents-errors" data-testid="documents-errors">
                <p>{ "“" }<bdi>{ name.clone() }</bdi>{ "” was not opened, and the documents shown are unchanged. What is wrong:" }</p>
                <ul>{ for faults.iter().enumerate().map(|(i, f)| html! { <li key={i}>{ f.clone() }</li> }) }</ul>
            </div>
        },
    }
}
