//! UI state that is not in the URL, its actions and the pure reducer.
//!
//! What a student filters or searches lives in the URL so it can be shared; this
//! holds the rest: which arguments are open, whether presenter mode is on, and the
//! student's notebook (kept in the browser's storage by [`store`]).

#[cfg(target_arch = "wasm32")]
pub mod prepare;
pub mod shown;
pub mod storage;
pub mod store;

pub use shown::{
    base_name, corpus, embedded, own_name, set_base, show_base, show_own, shows_base, whole_ready,
};

use crate::model::notebook::{Edit, Notebook};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Ids of arguments whose evidence is shown.
    pub open: OpenSet,
    /// Larger type and arrow keys step through cards.
    pub presenter: bool,
    /// Goes up each time another corpus is shown (`state::show_own`): the views are
    /// keyed by it, so none keeps what it drew from the corpus before.
    pub corpus: u32,
    /// What the student collected (issue 11).
    pub notebook: Notebook,
    /// What went wrong with the browser's storage, until the student has seen it.
    pub trouble: Option<Trouble>,
    /// Whether the whole built-in corpus is in place (`state::whole_ready`), or why not.
    pub whole: Whole,
    /// Said once the app has started: why the documents a single file carries cannot be
    /// shown, found only when they are read after the first paint (issue 30).
    pub notice: Option<String>,
}

/// The whole built-in corpus, which arrives after the first render (`model::deferred`:
/// the browser build embeds only what home shows). Until it is in place only the home
/// view is drawn, and the notebook (whose items are checked against it) is neither read
/// nor written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Whole {
    #[default]
    Ready,
    Loading,
    /// Why they could not be had, in words a student understands.
    Failed(String),
}

/// What went wrong with the notebook's storage (a notice explains it; the app goes on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// The browser gives the page no storage (turned off, or blocked): the notebook
    /// lasts until the tab closes.
    NoStorage,
    /// Storage is full: the last change was not saved.
    Full,
    /// What was stored could not all be read (damaged, or from a newer version): what
    /// could be is kept, `raw` is the stored text, and nothing is saved over it until
    /// the student has chosen (download it, then start again).
    /// `kept`: how many items could be read (counted then: items added while the
    /// notice shows are not among them).
    Damaged {
        raw: Rc<str>,
        why: String,
        kept: usize,
    },
}

impl Whole {
    /// `Ready` if the whole corpus is in place, else `Loading`.
    pub fn when_ready(ready: bool) -> Whole {
        if ready {
            Whole::Ready
        } else {
            Whole::Loading
        }
    }
}

/// A set of argument ids, kept sorted in a `Vec` (a few dozen ids at most; a
/// `BTreeSet` would add its tree code to the bundle for nothing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenSet(Vec<String>);

impl OpenSet {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|x| x.as_str().cmp(id))
    }

    pub fn contains(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Adds `id`; `false` if it was there already.
    pub fn insert(&mut self, id: String) -> bool {
        match self.find(&id) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, id);
                true
            }
        }
    }

    /// Removes `id`; `false` if it was not there.
    pub fn remove(&mut self, id: &str) -> bool {
        match self.find(id) {
            Ok(i) => {
                self.0.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Extend<String> for OpenSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, ids: I) {
        for id in ids {
            self.insert(id);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Show or hide one argument's evidence.
    Toggle(String),
    /// Show one argument's evidence (deep links).
    Open(String),
    /// Show the evidence of all these arguments.
    OpenAll(Vec<String>),
    /// Hide every argument's evidence.
    CloseAll,
    TogglePresenter,
    /// Another corpus is shown: redraw every view; the open arguments were the old one's.
    CorpusShown,
    /// The whole corpus is in place (`Ok`), or could not be had: redraw every view and
    /// read the notebook, which waited for it.
    WholeArrived(Result<(), String>),
    /// A change to the notebook.
    Notebook(Edit),
    /// Storage trouble seen, or (`None`) dealt with.
    Trouble(Option<Trouble>),
    /// What the app says about the documents shown (see [`State::notice`]).
    Notice(String),
    /// Another tab stored this notebook for the documents shown (its `storage` event):
    /// taken as it is when this tab has saved all its changes, merged with this tab's
    /// otherwise (storage full, or a stored notebook not yet dealt with), so neither
    /// tab's items are lost (issue 29).
    OtherTab(Notebook),
}

/// The pure transition function.
fn reduce(state: &State, action: Action) -> State {
    let mut next = state.clone();
    match action {
        Action::Toggle(id) => {
            if !next.open.remove(&id) {
                next.open.insert(id);
            }
        }
        Action::Open(id) => {
            next.open.insert(id);
        }
        Action::OpenAll(ids) => next.open.extend(ids),
        Action::CloseAll => next.open.clear(),
        Action::TogglePresenter => next.presenter = !next.presenter,
        Action::CorpusShown => {
            next.corpus = next.corpus.wrapping_add(1);
            next.open.clear();
            // Back to the built-in documents before the whole of them has come.
            next.whole = Whole::when_ready(whole_ready());
            // Each corpus has its own notebook (its items name that corpus's records);
            // the browser loads the one kept for the corpus now shown (`store::load`).
            next.notebook = Notebook::default();
            next.trouble = None;
        }
        // No redraw of what is on screen: home shows the same records either way (its
        // nodes, perhaps taken over from the prerendered page, stay); the other views
        // were not drawn before.
        Action::WholeArrived(Ok(())) => next.whole = Whole::Ready,
        Action::WholeArrived(Err(why)) => next.whole = Whole::Failed(why),
        // Not before the notebook has been read (no view offers it then): a change
        // saved before would write over what is stored.
        Action::Notebook(_) | Action::OtherTab(_) if next.whole != Whole::Ready => {}
        Action::Notebook(edit) => next.notebook.apply(edit, corpus()),
        Action::Trouble(t) => next.trouble = t,
        Action::Notice(n) => next.notice = Some(n),
        Action::OtherTab(theirs) => {
            if next.trouble.is_none() {
                next.notebook = theirs;
            } else {
                next.notebook.merge(theirs);
            }
        }
    }
    next
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        #[cfg(target_arch = "wasm32")]
        let shown = action == Action::CorpusShown || action == Action::WholeArrived(Ok(()));
        // Taken from another tab as it stored it: nothing to write back.
        #[cfg(target_arch = "wasm32")]
        let stored = matches!(action, Action::OtherTab(_)) && self.trouble.is_none();
        #[allow(unused_mut)] // changed only in the browser
        let mut next = reduce(&self, action);
        #[cfg(target_arch = "wasm32")]
        if shown {
            if next.whole == Whole::Ready {
                store::load(&mut next);
            }
            return Rc::new(next);
        }
        // The notebook is saved with the change itself, not in an effect after the next
        // render: the scheduler may put effects off (seen in the browser tests), and a
        // tab closed meanwhile would lose the change.
        #[cfg(target_arch = "wasm32")]
        if (!stored && next.notebook != self.notebook)
            || (next.trouble.is_none() && matches!(self.trouble, Some(Trouble::Damaged { .. })))
        {
            store::persist(&mut next);
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The reducer handle: the app owns it and hands it down to the views that show or
/// change the state.
pub type AppState = yew::UseReducerHandle<State>;

/// Which corpus [`show_corpus`] shows.
pub enum Showing<'a> {
    /// The documents this copy starts with (a single file's own, or the built-in corpus).
    Base,
    /// Documents a reader opened (checked: `bundle::open`), under their name.
    Own(Box<crate::model::Corpus>, &'a str),
}

/// Shows `which` in every view: the one way the app switches corpus. It sets the corpus
/// the views read ([`shown`]) and then tells the state, which keys the views by it, so
/// no view keeps what it drew from the corpus before.
pub fn show_corpus(state: &AppState, which: Showing) {
    match which {
        Showing::Base => shown::show_base(),
        Showing::Own(corpus, name) => shown::show_own(*corpus, name),
    }
    state.dispatch(Action::CorpusShown);
}

/// Whether presenter mode was on when the page was last left (false where storage is
/// refused, as in some private windows).
pub fn presenter_kept() -> bool {
    storage::read(storage::PRESENTER)
        .ok()
        .flatten()
        .is_some_and(|v| presenter_on(&v))
}

/// Whether a stored presenter flag turns the mode on: only the exact value
/// [`toggle_presenter`] writes (issue 29: any stored text did, `false` and `0` too).
fn presenter_on(stored: &str) -> bool {
    stored == PRESENTER_ON
}

/// What [`toggle_presenter`] stores when the mode is on.
const PRESENTER_ON: &str = "on";

/// Toggles presenter mode, `on` being what it becomes, and keeps it for the next visit;
/// a refusal to store is ignored (the mode then lasts until the page is left).
pub fn toggle_presenter(state: &AppState, on: bool) {
    state.dispatch(Action::TogglePresenter);
    let _ = storage::write(storage::PRESENTER, if on { PRESENTER_ON } else { "" });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggles_and_opens() {
        let s = reduce(&State::default(), Action::Toggle("a".into()));
        assert!(s.open.contains("a"));
        let s = reduce(&s, Action::Toggle("a".into()));
        assert!(s.open.is_empty());
        let s = reduce(&s, Action::Open("b".into()));
        let s = reduce(&s, Action::Open("b".into()));
        assert_eq!(s.open.len(), 1);
        let s = reduce(&s, Action::TogglePresenter);
        assert!(s.presenter);
        let s = reduce(&s, Action::OpenAll(vec!["c".into(), "d".into()]));
        assert_eq!(s.open.len(), 3);
        let s = reduce(&s, Action::CloseAll);
        assert!(s.open.is_empty() && s.presenter);
        let s = reduce(&s, Action::Open("e".into()));
        let s = reduce(&s, Action::CorpusShown);
        assert!(s.open.is_empty() && s.corpus == 1);
    }

    #[test]
    fn the_notebook_waits_for_the_whole_corpus() {
        let waiting = State {
            whole: Whole::Loading,
            ..State::default()
        };
        let item = Action::Notebook(Edit::Add(crate::model::notebook::Item {
            what: crate::model::notebook::Ref::Argument(
                crate::state::embedded().unwrap().arguments[0].id.clone(),
            ),
            via: None,
            note: String::new(),
        }));
        assert_eq!(reduce(&waiting, item.clone()), waiting);
        let failed = reduce(&waiting, Action::WholeArrived(Err("why".into())));
        assert_eq!(failed.whole, Whole::Failed("why".into()));
        let ready = reduce(&waiting, Action::WholeArrived(Ok(())));
        assert_eq!((ready.whole.clone(), ready.corpus), (Whole::Ready, 0));
        assert_ne!(reduce(&ready, item), ready);
    }

    #[test]
    fn presenter_mode_comes_back_only_for_the_value_the_app_stores() {
        assert!(presenter_on("on"));
        for v in ["", "false", "0", "off", "On", " on", "on ", "null", "true"] {
            assert!(!presenter_on(v), "{v:?}");
        }
    }

    fn argument(i: usize) -> crate::model::notebook::Item {
        let id = corpus().arguments[i].id.clone();
        crate::model::notebook::Item::new(crate::model::notebook::Ref::Argument(id), None)
    }

    /// Issue 29 case 2: tab A adds an item, tab B (having heard A's) adds another; A
    /// hears B's and keeps both, and the other way round. With this tab's changes not
    /// saved (storage full), what another tab stored is merged in, never taken over ours.
    #[test]
    fn another_tabs_notebook_is_taken_or_merged_so_nothing_is_lost() {
        let add = |s: &State, i| reduce(s, Action::Notebook(Edit::Add(argument(i))));
        let a = add(&State::default(), 0);
        // B heard A's store, then added its own; A hears B's.
        let b = reduce(&State::default(), Action::OtherTab(a.notebook.clone()));
        let b = add(&b, 1);
        let a = reduce(&a, Action::OtherTab(b.notebook.clone()));
        assert_eq!(a.notebook, b.notebook);
        assert_eq!(a.notebook.items.len(), 2);
        // A removes one; B hears it: removals go across too.
        let a = reduce(&a, Action::Notebook(Edit::Remove(argument(0).what)));
        let b = reduce(&b, Action::OtherTab(a.notebook.clone()));
        assert_eq!(b.notebook.items, [argument(1)]);
        // A cannot save (full) and adds; B's store arrives: A keeps its item and B's.
        let mut full = add(&a, 2);
        full.trouble = Some(Trouble::Full);
        let theirs = add(&b, 3).notebook;
        let merged = reduce(&full, Action::OtherTab(theirs));
        assert_eq!(
            merged.notebook.items,
            [argument(1), argument(2), argument(3)]
        );
    }

    #[test]
    fn the_open_set_is_a_set_in_any_order() {
        let mut a = OpenSet::default();
        a.extend(["b", "a", "c", "a"].map(String::from));
        let mut b = OpenSet::default();
        b.extend(["c", "b", "a"].map(String::from));
        assert_eq!(a, b);
        assert_eq!(a.len(), 3);
        assert!(a.remove("b") && !a.remove("b") && !a.contains("b"));
        assert!(a.contains("a") && a.contains("c") && !a.contains("z"));
    }
}
