//! The app shell: state, header, skip link, the page for the address, footer, focus
//! handling and keyboard stepping; and the view shown should the app ever panic.

// Installed by `start()`, which runs only in the browser.
#[cfg(target_arch = "wasm32")]
pub mod failure;
#[cfg(target_arch = "wasm32")]
pub(crate) mod whole;

use crate::components::nav::nav;
use crate::components::notebook_notice::notebook_notice;
use crate::components::part::Part;
use crate::location::use_location;
use crate::model::{count_word, DecodeError};
use crate::pages::switch;
use crate::route::Route;
use crate::state::{corpus, embedded, own_name};
use crate::state::{presenter_kept, toggle_presenter, State, Whole};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// What the app starts from: the address, presenter mode and the notice about kept
/// documents, read from the browser before the app is mounted ([`Start::from_browser`],
/// which also shows the documents this copy starts with), so that rendering reads no
/// browser API: the home view is also rendered natively, into the page the browser
/// paints before the wasm arrives, and the app then takes those nodes over (hydration).
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub here: crate::route::Here,
    pub presenter: bool,
    pub notice: Option<String>,
    /// Whether "Make your own" is beside the app: not from `file://` (a single file has
    /// nothing beside it) nor in that page's own preview (already there).
    pub make_link: bool,
}

impl Start {
    /// The home view as the prerendered page shows it.
    pub fn home() -> Start {
        Start {
            here: crate::route::Here::parse("#/"),
            presenter: false,
            notice: None,
            make_link: true,
        }
    }

    /// The browser's address and stored state; first shows the documents this copy
    /// starts with, or those a reader opened on an earlier visit (issue 13).
    pub fn from_browser() -> Start {
        if cfg!(not(target_arch = "wasm32")) {
            return Start::home();
        }
        Start {
            notice: crate::components::documents::restore(),
            here: crate::location::current(),
            presenter: presenter_kept(),
            make_link: make_link_beside(),
        }
    }

    /// Whether the first render is the prerendered home exactly (else it is replaced).
    pub fn is_prerendered_home(&self) -> bool {
        self == &Start::home() && own_name().is_none()
    }
}

/// Whether the page is served with "Make your own" beside it (see [`Start::make_link`]).
fn make_link_beside() -> bool {
    let location = gloo::utils::window().location();
    let here = location.pathname().unwrap_or_default();
    location.protocol().ok().as_deref() != Some("file:") && !here.contains("/make/")
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// `None`: read from the browser as the app is mounted (the browser tests).
    #[prop_or_default]
    pub start: Option<Start>,
}

/// The root component: it owns the state (handed down to the views that need it) and
/// follows the address, and lays out the header, the view and the footer.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let given = props.start.clone();
    let start = use_memo((), move |_| given.unwrap_or_else(Start::from_browser));
    // The notebook is read once the whole corpus is in place (its items are checked
    // against it): in an effect after the first render, at once when it is there, else
    // when it arrives; it comes from the browser's storage (issue 11; saved on every
    // change).
    let state = use_reducer(|| State {
        presenter: start.presenter,
        whole: Whole::Loading,
        ..State::default()
    });
    use_whole(&state);
    use_prepare_search(&state);
    let here = use_location(&start.here);
    // At start (a kept file that cannot be read), or once a single file's own documents
    // have been read (`State::notice`).
    let notice = match (&start.notice, &state.notice) {
        (Some(a), Some(b)) => Some([a.as_str(), b.as_str()].join(" ")),
        (a, b) => a.clone().or_else(|| b.clone()),
    };
    let root = use_node_ref();

    let drawn = viewable(&here.route, &state);
    use_settle(&here, drawn, &root);

    use_listeners(&state);

    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = element_by_id("main") {
            let _ = main.focus();
        }
    });

    html! {
        <div ref={root} class={if state.presenter { "presenter app" } else { "app" }}>
            // A real in-page target (axe counts the link as a skip link only then); the
            // click handler keeps the hash, which is the route, as it is.
            <a class="skip-link" href="#main" onclick={skip} data-testid="skip-link">{ "Skip to content" }</a>
            // Parts hydrated by themselves (components/part.rs).
            <Part>{ nav(&here.route, &state) }</Part>
            <main id="main" tabindex="-1">
                if let Some(n) = &notice {
                    <p class="documents-notice" role="alert" data-testid="documents-notice">{ n.clone() }</p>
                }
                { notebook_notice(&state) }
                { match embedded() {
                    Err(e) if own_name().is_none() => corpus_error(e),
                    _ if !drawn => whole_wait(&state.whole),
                    _ => switch(&here, &state),
                } }
            </main>
            <Part>{ footer(start.make_link) }</Part>
        </div>
    }
}

/// After each change of address: the entry's id and any place to restore (Back,
/// Forward); after each change of view, also title, scroll and focus (to the place the
/// student left, the target passage, or the heading); then the readiness signal.
#[hook]
fn use_settle(here: &crate::route::Here, drawn: bool, root: &NodeRef) {
    let shown = use_mut_ref(|| None::<(Route, String)>);
    let settled = root.clone();
    use_effect_with((here.clone(), drawn), move |(here, drawn)| {
        if !drawn {
            // Not settled until the view itself is drawn (the whole corpus comes first).
            return;
        }
        let restore = crate::location::arrive();
        let now = (here.route.view(), here.query.clone());
        let before = shown.borrow_mut().replace(now.clone());
        let (before, query) = before.map_or((None, None), |(v, q)| (Some(v), Some(q)));
        if before.as_ref() == Some(&now.0) && query.as_ref() != Some(&now.1) {
            // The same view with another choice (an option on Recommendations): the
            // first result comes into view and is said (it was under 15 links).
            show_first_result();
        }
        if before.as_ref() != Some(&now.0) {
            // Back at a view seen before, it goes where the student left it: neither to
            // the top nor to its heading; with the panels that were open there opened
            // first, as they change the heights.
            settle_focus(before.is_none() || restore.is_some());
            if let Some(place) = restore {
                crate::location::details(Some(&place.details));
                window().scroll_to_with_x_and_y(0.0, place.y);
            }
        }
        crate::pages::slides::settle();
        mark_settled(&settled, here);
    });
}

/// Brings the whole corpus whenever the state waits for it: after the first render (at
/// once if it is there: a single file, documents a reader opened), and again after the
/// built-in documents are shown once more before it came.
#[hook]
fn use_whole(state: &crate::state::AppState) {
    let loading = state.whole == Whole::Loading;
    let dispatch = state.dispatcher();
    use_effect_with(loading, move |loading| {
        if !*loading {
            return;
        }
        if crate::state::whole_ready() {
            dispatch.dispatch(crate::state::Action::WholeArrived(Ok(())));
        } else {
            #[cfg(target_arch = "wasm32")]
            wasm_bindgen_futures::spawn_local(async move {
                use crate::state::Action;
                // A single file's own documents, home drawn from their home block: the
                // file itself after the first paint.
                if crate::state::shown::base_partial() {
                    crate::state::prepare::after_paint().await;
                    crate::state::prepare::parsed().await;
                    let shown = crate::state::shows_base();
                    if let Err(notice) = crate::components::documents::complete_carried().await {
                        dispatch.dispatch(Action::Notice(notice));
                        if shown {
                            dispatch.dispatch(Action::CorpusShown);
                        }
                    }
                    if crate::state::whole_ready() {
                        dispatch.dispatch(Action::WholeArrived(Ok(())));
                        return;
                    }
                }
                let result = if whole::from_page() {
                    Ok(())
                } else {
                    whole::fetch_whole().await
                };
                dispatch.dispatch(Action::WholeArrived(result));
            });
        }
    });
}

/// Makes the corpus's vocabulary for search between frames once the whole corpus is
/// shown (and again for each corpus shown), so no keystroke waits for it (issue 30).
#[hook]
fn use_prepare_search(state: &crate::state::AppState) {
    let whole = state.whole == Whole::Ready;
    use_effect_with((corpus() as *const _ as usize, whole), |&(_, whole)| {
        if whole && crate::state::whole_ready() {
            #[cfg(target_arch = "wasm32")]
            crate::state::prepare::prepare_search(None);
        }
    });
}

/// Whether the view for `route` can be drawn: every view once the whole corpus is in
/// place; before, only home, which shows only options, sources and positions, once they
/// are there (the page's data block: `state::shown::set_home`).
fn viewable(route: &Route, state: &State) -> bool {
    state.whole == Whole::Ready || (*route == Route::Home && crate::state::shown::home_ready())
}

/// In place of a view that needs the whole corpus: that it is on its way, or why it
/// could not be had.
fn whole_wait(whole: &Whole) -> Html {
    match whole {
        Whole::Failed(why) => html! {
            <section class="not-found" role="alert" data-testid="texts-failed">
                <h1>{ "The sources' texts and arguments could not be loaded" }</h1>
                <p>{ why.clone() }</p>
                <p><a href="#/">{ "The overview of the options" }</a>{ " works without them." }</p>
            </section>
        },
        _ => html! {
            <p class="texts-loading" role="status" data-testid="texts-loading">
                { "Loading the sources' texts and arguments…" }
            </p>
        },
    }
}

/// The app's listeners and the cold-start mark, set up once after the first render (the
/// remembered theme is applied before the first paint, by `static/js/early.js`).
#[hook]
fn use_listeners(state: &crate::state::AppState) {
    // Cold-start mark for `make bench` (the hello-world baseline sets the same one).
    use_effect_with((), |_| {
        if let Some(p) = window().performance() {
            let _ = p.mark("first-render");
        }
    });

    // The scroll position of the view on screen, for Back and Forward.
    use_effect_with((), |_| {
        crate::location::manual_scroll_restoration();
        let l = EventListener::new(&window(), "scroll", |_| crate::location::remember_scroll());
        move || drop(l)
    });

    // The notebook another tab stored (issue 29: the last tab to save won, and the
    // other's items were lost): taken or merged as it is stored.
    let tabs = state.clone();
    use_effect_with((), move |_| {
        let l = EventListener::new(&window(), "storage", move |e| {
            let nb = e
                .dyn_ref::<web_sys::StorageEvent>()
                .and_then(crate::state::store::from_other_tab);
            if let Some(nb) = nb {
                tabs.dispatch(crate::state::Action::OtherTab(nb));
            }
        });
        move || drop(l)
    });

    // Keyboard stepping through cards, arguments and quotes; Esc leaves presenter mode.
    // The listener lives as long as the app; it reads presenter mode as of the last render.
    let presenter = use_mut_ref(|| false);
    *presenter.borrow_mut() = state.presenter;
    let keys = state.clone();
    use_effect_with((), move |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let l = EventListener::new_with_options(&document(), "keydown", options, move |e| {
            if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                if !crate::pages::slides::on_key(e) && step_on_key(e, *presenter.borrow()) {
                    toggle_presenter(&keys, false);
                }
            }
        });
        move || drop(l)
    });
}

/// The footer: what the app is and is not, and where its evidence comes from.
fn footer(make_link: bool) -> Html {
    html! {
    <footer class="site-footer">
        <p>
            { count_word(corpus().sources.len()) }
            { if corpus().sources.len() == 1 { " source" } else { " sources" } }
            { ", quoted verbatim and checked against their text. This app compares what they say; it does not score, rank or predict. " }
            <a href={Route::About.href()}>{ "How the evidence was collected" }</a>
            { " · " }
            <a href={Route::Documents.href()} data-testid="documents-link">{ "Your documents" }</a>
            { make_your_own(make_link) }
        </p>
        <crate::components::theme_switch::ThemeSwitch />
    </footer>
    }
}

/// The link to "Make your own" (issue 25), the page beside the app (`make/`) with its
/// own wasm, when [`Start::make_link`] says there is one.
fn make_your_own(shown: bool) -> Html {
    if !shown {
        return html! {};
    }
    html! { <>{ " · " }<a href="make/" data-testid="make-your-own">{ "Make your own" }</a></> }
}

/// Shown instead of every view if the corpus built into the app cannot be read (it
/// never should: the build checked and encoded it).
fn corpus_error(e: &DecodeError) -> Html {
    html! {
        <section class="not-found" role="alert" data-testid="corpus-error">
            <h1>{ "The evidence could not be loaded" }</h1>
            <p>{ format!("The corpus built into this copy of the app cannot be read: {e}.") }</p>
            <p>{ "This copy of the app is damaged; please rebuild it or fetch it again." }</p>
        </section>
    }
}

fn element_by_id(id: &str) -> Option<HtmlElement> {
    document()
        .get_element_by_id(id)?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Says on the app's root which address has been rendered with its effects run (focus,
/// title, scroll): `data-settled="#/option/border"`. The app's readiness signal for
/// anything that drives it (the browser tests wait for it, then act once); the key
/// listener is live from the first render, before any address settles.
fn mark_settled(root: &NodeRef, here: &crate::route::Here) {
    if let Some(root) = root.cast::<Element>() {
        let mut href = here.route.href();
        if !here.query.is_empty() {
            href.push('?');
            href.push_str(&here.query);
        }
        let _ = root.set_attribute("data-settled", &href);
        // For `make bench`: when a view was first drawn with its effects run (a deep
        // link's first paint of its own page).
        if let Some(p) = window().performance() {
            let _ = p.mark("settled");
        }
    }
}

/// Brings the element a view marks `data-first-result` to the top of the screen and
/// focuses it (a screen reader reads it), and says in the live region what is shown.
fn show_first_result() {
    let doc = document();
    let Some(first) = doc.query_selector("[data-first-result]").ok().flatten() else {
        return;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Start);
    first.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Some(el) = first.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
    if let Some(said) = first.get_attribute("data-first-result") {
        crate::state::store::announce(&said);
    }
}

/// Sets the document title from the `<h1>` and moves focus where a reader expects it.
fn settle_focus(initial: bool) {
    let doc = document();
    let h1 = doc.query_selector("main h1").ok().flatten();
    let heading = h1
        .as_ref()
        .and_then(|h| h.text_content())
        .unwrap_or_default();
    doc.set_title(&if heading.is_empty() {
        "Policy Options Explainer".to_string()
    } else {
        format!("{heading} · Policy Options Explainer")
    });
    if let Some(target) = doc.query_selector("[data-scroll-target]").ok().flatten() {
        reveal(&target);
    } else if !initial {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        if let Some(h1) = h1.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
            let _ = h1.set_attribute("tabindex", "-1");
            let _ = h1.focus();
        }
    }
}

/// Scrolls an element to the middle of the screen and focuses it.
fn reveal(el: &Element) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}

/// Steps through `[data-step]` on `j`/`k` (presenter mode: arrows, page keys); true: Esc leaves.
fn step_on_key(e: &KeyboardEvent, presenter: bool) -> bool {
    let typing = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
    if typing || e.alt_key() || e.ctrl_key() || e.meta_key() {
        return false;
    }
    if e.key() == "Enter" {
        open_step_item();
        return false;
    }
    // Up and Down step too (they scrolled while Right and Page Down stepped).
    let delta: i32 = match e.key().as_str() {
        "j" => 1,
        "k" => -1,
        "ArrowRight" | "ArrowDown" | "PageDown" if presenter => 1,
        "ArrowLeft" | "ArrowUp" | "PageUp" if presenter => -1,
        "Escape" => return presenter,
        _ => return false,
    };
    let Ok(items) = document().query_selector_all("[data-step]") else {
        return false;
    };
    let len = items.length() as i32;
    if len == 0 {
        return false;
    }
    let active = document().active_element();
    let current = active
        .and_then(|a| a.closest("[data-step]").ok().flatten())
        .and_then(|cur| {
            (0..len).find(|&i| {
                items
                    .item(i as u32)
                    .is_some_and(|n| n.is_same_node(Some(&cur)))
            })
        });
    let next = match current {
        Some(i) => (i + delta).clamp(0, len - 1),
        None if delta > 0 => 0,
        None => len - 1,
    };
    if let Some(el) = items
        .item(next as u32)
        .and_then(|n| n.dyn_into::<Element>().ok())
    {
        e.prevent_default();
        reveal(&el);
    }
    false
}

/// Enter on a `[data-step]` item itself (reached with `j`/`k`) opens it: a card's
/// link, an argument's "Show evidence", or else its first link or button. Enter on a
/// link or button inside an item does what it always does.
fn open_step_item() {
    let Some(item) = document()
        .active_element()
        .filter(|a| a.has_attribute("data-step"))
    else {
        return;
    };
    let control = [".toggle-evidence", "h2 a, h3 a", "a[href], button"]
        .iter()
        .find_map(|sel| item.query_selector(sel).ok().flatten());
    if let Some(c) = control.and_then(|c| c.dyn_into::<HtmlElement>().ok()) {
        c.click();
    }
}
