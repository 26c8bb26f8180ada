//! The "Make your own" page: one state (the project, its undo list, the document being
//! read, the quote selected), changed only through [`Change`], which keeps the last
//! states for undo and saves the project in the browser's storage after each change.

mod documents;
mod exports;
mod lists;
mod reader;
mod records;
mod shared;
mod storage;

use super::project::{self, Project};
use crate::model::{Corpus, Span};
use std::rc::Rc;
use yew::prelude::*;

/// How many earlier states "Undo" goes back through.
const UNDO: usize = 30;

/// The page's state.
#[derive(Clone)]
pub struct Model {
    pub project: Project,
    /// Earlier corpora, the latest last (shared, so a change copies none of them).
    pub undo: Vec<Rc<Corpus>>,
    /// The document being read (its id).
    pub doc: Option<String>,
    /// The passage selected as a quote: its document and span.
    pub quote: Option<(String, Span)>,
    /// What the last action did or why it could not, in words.
    pub status: String,
    /// Why the project is not kept in this browser, when it is not.
    pub kept: Result<(), String>,
    /// The preview of the explainer is open.
    pub preview: bool,
    /// The text is shown in a read-only text area, for selecting with the keyboard.
    pub keys: bool,
    /// What the selected quote is made into.
    pub making: records::Making,
    /// The shared wording found, once the author asked.
    pub shared: Option<Vec<crate::author::shared::Candidate>>,
}

impl Default for Model {
    fn default() -> Self {
        Model {
            project: Project::default(),
            undo: Vec::new(),
            doc: None,
            quote: None,
            status: String::new(),
            kept: Ok(()),
            preview: false,
            keys: false,
            making: records::Making::Argument,
            shared: None,
        }
    }
}

/// A change of the page's state.
pub struct Change(pub Box<dyn FnOnce(&mut Model)>);

impl Reducible for Model {
    type Action = Change;
    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut m = (*self).clone();
        (change.0)(&mut m);
        Rc::new(m)
    }
}

pub type Handle = UseReducerHandle<Model>;

/// Dispatches `f` as a change.
pub fn change(h: &Handle, f: impl FnOnce(&mut Model) + 'static) {
    h.dispatch(Change(Box::new(f)));
}

/// Dispatches an edit of the project: on success the state before goes on the undo
/// list and the project is saved; on failure the reason is the status and nothing
/// changes.
pub fn edit(h: &Handle, f: impl FnOnce(&mut Model) -> Result<String, String> + 'static) {
    change(h, move |m| {
        let before = m.project.corpus.clone();
        match f(m) {
            Ok(done) => {
                if m.undo.len() >= UNDO {
                    m.undo.remove(0);
                }
                m.undo.push(Rc::new(before));
                m.status = done;
                m.kept = storage::save(&m.project);
            }
            Err(why) => {
                m.project.corpus = before;
                m.status = why;
            }
        }
    });
}

/// The page.
#[function_component(Author)]
pub fn author() -> Html {
    let h = use_reducer(storage::start);
    let faults = project::faults(&h.project.corpus);
    if h.preview {
        return preview(&h);
    }
    html! {
        <div class="author" data-testid="author">
            <header class="author-head">
                <h1>{ "Make your own explainer" }</h1>
                <p>{ "Add your documents, name the options they discuss, then select passages to make each source's arguments for and against. Every quote is the document's own words, checked as you go; export when every check passes." }</p>
                <p><a href="../">{ "Back to the explainer" }</a>{ " · Your work stays in this browser; nothing is sent anywhere." }</p>
            </header>
            { storage::bar(&h) }
            <p class="author-status" role="status" data-testid="author-status">{ &h.status }</p>
            { storage::kept_note(&h) }
            { documents::section(&h) }
            { lists::options(&h, &faults) }
            { reader::section(&h) }
            { lists::arguments(&h, &faults) }
            { records::section(&h, &faults) }
            { lists::checks(&faults) }
            { exports::section(&h, &faults) }
        </div>
    }
}

/// The explainer as students will see it, with these documents (the app's own views).
fn preview(h: &Handle) -> Html {
    let close = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| change(&h, |m| m.preview = false))
    };
    html! {
        <div class="author-preview" data-testid="author-preview">
            <p class="author-preview-bar">
                { "Preview: the explainer as students will see it. " }
                <button type="button" onclick={close} data-testid="preview-close">{ "Back to editing" }</button>
            </p>
            <crate::App />
        </div>
    }
}
