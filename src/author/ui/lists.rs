//! Options (add, rename, describe, reorder), the arguments made so far, and the checks,
//! each fault next to its record in plain words.

use super::{edit, Handle};
use crate::author::project::{self, Fault};
use crate::model::{Argument, PolicyOption};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The faults of one record, as a list beside it.
fn faults_of(faults: &[Fault], id: &str) -> Html {
    let mine: Vec<&Fault> = project::of(faults, id).collect();
    if mine.is_empty() {
        return html! {};
    }
    html! {
        <ul class="author-faults" data-testid={format!("faults-{id}")}>
            { for mine.iter().map(|f| html! { <li>{ &f.message }</li> }) }
        </ul>
    }
}

fn input_value(id: &str) -> String {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|i| {
            let v = i.value();
            i.set_value("");
            v
        })
        .unwrap_or_default()
}

/// The options section.
pub fn options(h: &Handle, faults: &[Fault]) -> Html {
    let add = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            let (label, summary) = (input_value("option-label"), input_value("option-summary"));
            edit(&h, move |m| {
                if label.trim().is_empty() {
                    return Err("Give the option a name.".into());
                }
                let id = m.project.add_option(&label, &summary);
                Ok(format!("Added the option “{}” (id {id}).", label.trim()))
            });
        })
    };
    html! {
        <section class="author-section" aria-labelledby="options-h">
            <h2 id="options-h">{ "2. Options" }</h2>
            <p>{ "The courses of action your documents discuss, each with a one-line description in your own words. The explainer shows them in this order." }</p>
            <ol class="author-options" data-testid="author-options">
                { for h.project.corpus.options.iter().map(|o| option(h, o, faults)) }
            </ol>
            <div class="author-add">
                <label>{ "Option " }<input id="option-label" type="text" data-testid="option-label" /></label>
                <label>{ "Description " }<input id="option-summary" type="text" data-testid="option-summary" /></label>
                <button type="button" onclick={add} data-testid="option-add">{ "Add the option" }</button>
            </div>
        </section>
    }
}

/// One option: its name and description editable, moved up or down, deleted.
fn option(h: &Handle, o: &PolicyOption, faults: &[Fault]) -> Html {
    let set = |field: &'static str| {
        let (h, id) = (h.clone(), o.id.clone());
        Callback::from(move |e: Event| {
            let Some(v) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .map(|i| i.value())
            else {
                return;
            };
            let id = id.clone();
            edit(&h, move |m| {
                let o = (m.project.corpus.options.iter_mut().find(|o| o.id == id))
                    .ok_or("The option is gone.")?;
                let v = v.trim().to_string();
                if field == "label" {
                    o.label = v
                } else {
                    o.summary = v
                }
                Ok("Saved (the option keeps its id, so its arguments stay with it).".into())
            });
        })
    };
    let by = |n: isize, what: &'static str| {
        let (h, id) = (h.clone(), o.id.clone());
        Callback::from(move |_: MouseEvent| {
            let id = id.clone();
            edit(&h, move |m| {
                m.project.move_option(&id, n);
                Ok(format!("Moved the option {what}."))
            })
        })
    };
    let delete = {
        let (h, id) = (h.clone(), o.id.clone());
        Callback::from(move |_: MouseEvent| {
            let id = id.clone();
            edit(&h, move |m| {
                m.project.delete_option(&id)?;
                Ok("The option is deleted (Undo brings it back).".into())
            })
        })
    };
    html! {
        <li key={o.id.clone()} id={format!("option-{}", o.id)}>
            <label>{ "Option " }<input type="text" value={o.label.clone()} onchange={set("label")} /></label>
            <label>{ "Description " }<input type="text" value={o.summary.clone()} onchange={set("summary")} /></label>
            <button type="button" onclick={by(-1, "up")} aria-label={format!("Move {} up", o.label)}>{ "Up" }</button>
            <button type="button" onclick={by(1, "down")} aria-label={format!("Move {} down", o.label)}>{ "Down" }</button>
            <button type="button" onclick={delete} aria-label={format!("Delete {}", o.label)}>{ "Delete" }</button>
            { faults_of(faults, &o.id) }
        </li>
    }
}

/// The arguments made so far, each with its quotes and faults.
pub fn arguments(h: &Handle, faults: &[Fault]) -> Html {
    let c = &h.project.corpus;
    html! {
        <section class="author-section" aria-labelledby="args-h">
            <h2 id="args-h">{ "4. The arguments" }</h2>
            if c.arguments.is_empty() {
                <p>{ "None yet: select a passage in a document above." }</p>
            }
            <ul class="author-args" data-testid="author-args">
                { for c.arguments.iter().map(|a| argument(h, a, faults)) }
            </ul>
            { for c.sources.iter().map(|s| faults_of(faults, &s.id)) }
        </section>
    }
}

fn argument(h: &Handle, a: &Argument, faults: &[Fault]) -> Html {
    let c = &h.project.corpus;
    let option = c.option(&a.option).map_or(&*a.option, |o| &*o.label);
    let source = c.source(&a.source).map_or(&*a.source, |s| &*s.short);
    let delete = {
        let (h, id) = (h.clone(), a.id.clone());
        Callback::from(move |_: MouseEvent| {
            let id = id.clone();
            edit(&h, move |m| {
                m.project.delete_argument(&id);
                Ok("The argument is deleted (Undo brings it back).".into())
            })
        })
    };
    html! {
        <li key={a.id.clone()} id={format!("arg-{}", a.id)} tabindex="-1" data-testid="author-arg">
            <p><strong>{ &a.id }</strong>{ ": " }<bdi>{ source }</bdi>{ format!(" — {} — ", a.stance.label()) }<bdi>{ option }</bdi></p>
            <p>{ &a.claim }</p>
            { for a.condition.iter().map(|c| html! { <p>{ "If: " }{ c }</p> }) }
            { for a.holder.iter().map(|c| html! { <p>{ "View of: " }{ c }</p> }) }
            <ol>{ for a.evidence.iter().map(|e| html! { <li><q>{ &e.quote }</q>{ format!(" ({}, {})", e.kind.label(), e.section) }</li> }) }</ol>
            <button type="button" onclick={delete} aria-label={format!("Delete argument {}", a.id)}>{ "Delete" }</button>
            { faults_of(faults, &a.id) }
        </li>
    }
}

/// Every fault, or that every check passes.
pub fn checks(faults: &[Fault]) -> Html {
    html! {
        <section class="author-section" aria-labelledby="checks-h">
            <h2 id="checks-h">{ "6. Checks" }</h2>
            if faults.is_empty() {
                <p data-testid="checks-pass">{ "Every check passes: the explainer can be exported." }</p>
            } else {
                <p>{ "These must be fixed before export (the same checks the explainer runs when it opens a corpus file, and `corpus check`):" }</p>
                <ul class="author-faults" data-testid="checks-faults">
                    { for faults.iter().map(|f| html! { <li>{ &f.message }</li> }) }
                </ul>
            }
        </section>
    }
}
