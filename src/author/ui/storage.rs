//! Projects kept in the browser's storage: one key per name (`export::KEY_PREFIX`), and
//! the name last open under the prefix alone; the bar to name, open, start and undo.

use super::{change, Handle, Model};
use crate::author::export::{self, KEY_PREFIX};
use crate::author::project::Project;
use gloo::utils::window;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The key of the name last open.
fn last_key() -> &'static str {
    KEY_PREFIX.trim_end_matches(':')
}

/// The names of the projects kept here, in the order of their names.
pub fn names() -> Vec<String> {
    let Some(s) = storage() else {
        return Vec::new();
    };
    let mut out: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter_map(|k| k.strip_prefix(KEY_PREFIX).map(String::from))
        .collect();
    crate::model::sort_dedup(&mut out);
    out
}

/// The project kept under `name`, if it can be read.
fn load(name: &str) -> Option<Project> {
    let text = storage()?.get_item(&format!("{KEY_PREFIX}{name}")).ok()??;
    export::from_kept(&text)
}

/// The state at start: the project last open, or a new one.
pub fn start() -> Model {
    let last = storage().and_then(|s| s.get_item(last_key()).ok().flatten());
    let mut status = String::new();
    let project = match last.as_deref().map(|n| (n, load(n))) {
        Some((_, Some(p))) => p,
        Some((n, None)) => {
            status = format!("The project “{n}” kept in this browser cannot be read; a new project is started (the old one is left as it was).");
            new_project()
        }
        None => new_project(),
    };
    let doc = project.corpus.sources.first().map(|s| s.id.clone());
    Model {
        project,
        doc,
        status,
        kept: Ok(()),
        ..Model::default()
    }
}

/// A new project with a name no kept project has.
fn new_project() -> Project {
    let taken = names();
    let name = crate::author::project::unique("My explainer", |n| taken.iter().any(|t| t == n));
    Project {
        name,
        ..Project::default()
    }
}

/// Keeps `p` under its name; why not in words (storage full, refused), with the way
/// out: the page still holds the project and every export works.
pub fn save(p: &Project) -> Result<(), String> {
    let s = storage()
        .ok_or("This browser keeps nothing for this page (private mode or storage turned off)")?;
    let text = export::keep_text(p)?;
    s.set_item(&format!("{KEY_PREFIX}{}", p.name), &text)
        .map_err(|_| format!("This browser refused to keep the project (its storage for this page is full: the project needs about {} KB)", text.len().div_ceil(1000)))?;
    let _ = s.set_item(last_key(), &p.name);
    Ok(())
}

/// The line that says the project is not kept, when it is not.
pub fn kept_note(h: &Handle) -> Html {
    match &h.kept {
        Ok(()) => html! {},
        Err(why) => html! {
            <p class="author-warning" role="alert" data-testid="author-not-kept">
                { why }{ ". Your work is still on this page: save “The unfinished project (.poe)” (under Export, below) to keep it; it opens here again." }
            </p>
        },
    }
}

/// The project bar: its name, the kept projects, a new one, undo.
pub fn bar(h: &Handle) -> Html {
    let (rename, open, fresh, undo) = (rename(h), open(h), fresh(h), undo(h));
    let others: Vec<String> = names()
        .into_iter()
        .filter(|n| *n != h.project.name)
        .collect();
    html! {
        <section class="author-bar" aria-label="Project">
            <label>{ "Project name " }
                <input type="text" value={h.project.name.clone()} onchange={rename} data-testid="project-name" />
            </label>
            if !others.is_empty() {
                <label>{ "Open another project " }
                    <select onchange={open} data-testid="project-open">
                        <option value="" selected=true disabled=true>{ "Choose…" }</option>
                        { for others.iter().map(|n| html! { <option key={n.clone()} value={n.clone()}>{ n }</option> }) }
                    </select>
                </label>
            }
            <button type="button" onclick={fresh} data-testid="project-new">{ "New project" }</button>
            <button type="button" onclick={undo} disabled={h.undo.is_empty()} data-testid="undo">{ "Undo" }</button>
        </section>
    }
}

/// Renames the project (kept under the new name, the old key removed).
fn rename(h: &Handle) -> Callback<Event> {
    {
        let h = h.clone();
        Callback::from(move |e: Event| {
            let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let name: String = i
                .value()
                .trim()
                .chars()
                .filter(|c| !c.is_control())
                .take(80)
                .collect();
            if name.is_empty() {
                return change(&h, |m| m.status = "A project needs a name.".into());
            }
            change(&h, move |m| {
                if names().contains(&name) && name != m.project.name {
                    m.status = format!("A project named “{name}” is already kept here: choose another name, or open it from the list.");
                    return;
                }
                let old = std::mem::replace(&mut m.project.name, name.clone());
                m.kept = save(&m.project);
                if m.kept.is_ok() {
                    if let Some(s) = storage() {
                        let _ = s.remove_item(&format!("{KEY_PREFIX}{old}"));
                    }
                }
                m.status = format!("The project is now named “{name}”.");
            });
        })
    }
}

/// Opens a kept project.
fn open(h: &Handle) -> Callback<Event> {
    {
        let h = h.clone();
        Callback::from(move |e: Event| {
            let Some(s) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            else {
                return;
            };
            let name = s.value();
            change(&h, move |m| match load(&name) {
                Some(p) => {
                    m.doc = p.corpus.sources.first().map(|s| s.id.clone());
                    m.project = p;
                    m.undo.clear();
                    m.quote = None;
                    m.kept = save(&m.project);
                    m.status = format!("Opened the project “{name}”.");
                }
                None => m.status = format!("The project “{name}” cannot be read."),
            });
        })
    }
}

/// Starts a new project (the others stay kept).
fn fresh(h: &Handle) -> Callback<MouseEvent> {
    {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            change(&h, |m| {
                *m = Model {
                    project: new_project(),
                    status: "A new project is started; the others stay kept in this browser."
                        .into(),
                    ..Model::default()
                };
                m.kept = save(&m.project);
            })
        })
    }
}

/// Undoes the last change.
fn undo(h: &Handle) -> Callback<MouseEvent> {
    {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            change(&h, |m| match m.undo.pop() {
                Some(c) => {
                    m.project.corpus = std::rc::Rc::unwrap_or_clone(c);
                    m.quote = None;
                    m.kept = save(&m.project);
                    m.status = "The last change is undone.".into();
                }
                None => m.status = "There is nothing to undo.".into(),
            })
        })
    }
}
