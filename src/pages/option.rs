//! One option: the arguments grouped by source (side by side on wide screens), each
//! group split by stance, with filters and search.

use crate::components::argument_item::Show;
use crate::components::empty_result::empty_result;
use crate::components::filter_bar::{clear_filters, filter_bar, url_filter};
use crate::components::jump::{jump_to, Part};
use crate::components::not_found::not_found;
use crate::components::option_card::NAME_EVERY_SOURCE;
use crate::components::position::position_text;
use crate::components::restates::restates_marks;
use crate::components::stance_groups::stance_groups;
use crate::model::{Argument, Filter, Matcher, PolicyOption, Source, Stance};
use crate::route::{query_value, with_query, Route};
use crate::state::corpus;
use crate::state::{Action, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    /// An argument to open and scroll to.
    #[prop_or_default]
    pub target: Option<AttrValue>,
    /// The address's query: the filters.
    #[prop_or_default]
    pub query: AttrValue,
    /// Which arguments are open.
    pub state: AppState,
}

#[function_component(OptionPage)]
pub fn option_page(props: &Props) -> Html {
    let c = corpus();
    let state = &props.state;
    let route = Route::Option {
        id: props.id.to_string(),
    };
    let (filter, set_filter) = url_filter(route, &props.query);
    // What "Show all evidence" has still to open, in page order (issue 30: in windows).
    let left = use_state(Vec::<String>::new);
    {
        let state = state.clone();
        use_effect_with(props.target.clone(), move |target| {
            if let Some(t) = target {
                state.dispatch(Action::Open(t.to_string()));
            }
        });
    }
    let Some(option) = c.option(&props.id) else {
        return not_found(&format!(
            "There is no policy option with the id “{}”.",
            props.id
        ));
    };
    let m = filter.matcher_with(&corpus().glossary, &corpus().related);
    let any_match = c
        .arguments
        .iter()
        .any(|a| a.option == option.id && m.matches(a));
    let (sources, silent) = sources_shown(option, &filter.sources);
    let target = props.target.as_deref();
    let groups = groups(option, sources, &m);
    let w = Window::of(&props.query, &groups, target, state);
    let (drawn, _) = Window::drawn(&groups, w.upto);
    let (bulk, bulk_end) = if m.terms().is_empty() && any_match {
        bulk_actions(option, &filter, state, &left)
    } else {
        Default::default()
    };

    html! {
        <article class="option-page" data-testid="option-page" data-id={option.id.clone()}>
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href={Route::Home.href()}>{ "Options" }</a>{ " › " }<span aria-current="page">{ option.label.as_str() }</span>
            </nav>
            <h1>{ option.label.as_str() }</h1>
            <p class="lede">{ option.summary.as_str() }</p>
            <p class="hint" data-testid="keyboard-hint">{ "Keyboard: Tab moves between links and buttons and Enter follows them; j and k move from argument to argument, and Enter shows or hides the evidence of the one you are on." }</p>
            <p class="hint touch-hint" data-testid="touch-hint">{ "Tap “Show evidence” under an argument to see its quotes; tap “Read in context” to see a quote in its source." }</p>
            { links(option) }
            { jump_list(groups[..drawn].iter().map(|g| g.source)) }
            if !filter.is_empty() && any_match {
                <p role="status" data-testid="option-count">{ count_line(option, &m) }</p>
            }
            { filter_bar(&filter, &set_filter) }
            { bulk }
            if !any_match {
                { empty_result(&filter, clear_filters(&set_filter)) }
            } else {
                <div class="source-groups">
                    { for groups[..drawn].iter().scan((0, false), |(at, seen), g| {
                        let first = w.first_new(*at, seen);
                        *at += g.args.len();
                        Some(source_group(option, g, first, &m, state, target))
                    }) }
                </div>
                { window_line(&groups, w.upto, &base_href(option, target, &filter)) }
                { bulk_end }
                { silent_line(silent) }
            }
        </article>
    }
}

/// "Not discussed by the other 3 sources.", when `silent` sources do not get a section.
fn silent_line(silent: usize) -> Html {
    match silent {
        0 => Html::default(),
        n => html! {
            <p class="muted" data-testid="sources-not-discussing">
                { if n == 1 { "Not discussed by the other source.".to_string() }
                  else { format!("Not discussed by the other {n} sources.") } }
            </p>
        },
    }
}

/// The links to the option's other views.
fn links(option: &PolicyOption) -> Html {
    let c = corpus();
    html! {
        <>
            if let (Some(a), Some(b)) = (c.sources.first(), c.sources.get(1)) {
                <p><a href={Route::SideBySide { option: option.id.clone(), a: a.id.clone(), b: b.id.clone() }.href()}>
                    { "Read two sources side by side on this option" }
                </a></p>
            }
            <p><a href={with_query(Route::Recommendations.href(), "option", &option.id)} data-testid="option-recommendations">
                { "What each source recommends on this option" }
            </a></p>
            <p><a href={Route::Handout { id: option.id.clone() }.href()} data-testid="handout-link">{ "Handout" }</a>{ ": this option on paper, with every quote and its reference" }</p>
            <p><a href={Route::Slides { deck: option.id.clone(), n: 1 }.href()} data-testid="present-slides">{ "Present as slides" }</a></p>
        </>
    }
}

/// How many arguments "Show all evidence" opens at a time. The built-in corpus's largest
/// option has 20 arguments, so there it opens them all at once; copied ×16 (320 on one
/// option) opening all drew 618 ms and ×40 1,672 ms (`make bench`, scale), so the rest
/// wait for "Show the evidence of the next …", each argument keeping its own button.
pub const EVIDENCE_WINDOW: usize = 24;

/// "Show all evidence" and "Hide all evidence" for the arguments on `option`; past
/// [`EVIDENCE_WINDOW`] arguments, what is still closed (`left`) and the button for the
/// next, under the buttons and again at the end of the page (where one has read to).
fn bulk_actions(
    option: &PolicyOption,
    filter: &Filter,
    state: &AppState,
    left: &UseStateHandle<Vec<String>>,
) -> (Html, Html) {
    let open_next = |from_start: bool| {
        let (state, left, filter) = (state.clone(), left.clone(), filter.clone());
        let option = option.id.clone();
        Callback::from(move |_: MouseEvent| {
            let ids = if from_start {
                page_order(&option, &filter)
            } else {
                (*left).clone()
            };
            let cut = ids.len().min(EVIDENCE_WINDOW);
            state.dispatch(Action::OpenAll(ids[..cut].to_vec()));
            left.set(ids[cut..].to_vec());
        })
    };
    let close_all = {
        let (state, left) = (state.clone(), left.clone());
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::CloseAll);
            left.set(Vec::new());
        })
    };
    let end = if left.is_empty() {
        Html::default()
    } else {
        html! { <p class="bulk-actions">{ evidence_next(left.len(), open_next(false), "evidence-next-end") }</p> }
    };
    let top = html! {
        <>
        <p class="bulk-actions">
            <button type="button" onclick={open_next(true)} data-testid="open-all">{ "Show all evidence" }</button>
            { " " }
            <button type="button" onclick={close_all} data-testid="close-all">{ "Hide all evidence" }</button>
        </p>
        if !left.is_empty() {
            <p class="bulk-actions" role="status" data-testid="evidence-window">
                { format!("To keep the page quick, evidence opens {EVIDENCE_WINDOW} arguments at a time, in the order of the page; {} are still closed. ", left.len()) }
                { evidence_next(left.len(), open_next(false), "evidence-next") }
            </p>
        }
        </>
    };
    (top, end)
}

/// The button that opens the evidence of the next window of `left` arguments still closed.
fn evidence_next(left: usize, onclick: Callback<MouseEvent>, testid: &'static str) -> Html {
    let next = left.min(EVIDENCE_WINDOW);
    html! {
        <button type="button" {onclick} data-testid={testid}>
            { format!("Show the evidence of the next {next}") }
        </button>
    }
}

/// The arguments on `option` in the order the page shows them (sources in corpus order,
/// each by stance), those `filter` keeps first, then the rest.
fn page_order(option: &str, filter: &Filter) -> Vec<String> {
    let c = corpus();
    let m = filter.matcher_with(&c.glossary, &c.related);
    let mut kept = Vec::new();
    let mut rest = Vec::new();
    for s in &c.sources {
        for stance in Stance::ALL {
            for a in c.arguments_on(option, &s.id).filter(|a| a.stance == stance) {
                let to = if (filter.sources.is_empty() || filter.sources.contains(&s.id))
                    && m.matches(a)
                {
                    &mut kept
                } else {
                    &mut rest
                };
                to.push(a.id.clone());
            }
        }
    }
    kept.extend(rest);
    kept
}

/// One source's section on the page: the source, and its arguments the filter keeps in
/// the order the page shows them (by stance, then as in the corpus).
struct Group {
    source: &'static Source,
    args: Vec<&'static Argument>,
    /// Whether the source gives any argument on the option (whatever the filter).
    any: bool,
}

/// The groups of `sources` on `option`, their arguments those `m` matches.
fn groups(
    option: &'static PolicyOption,
    sources: Vec<&'static Source>,
    m: &Matcher<'_>,
) -> Vec<Group> {
    let c = corpus();
    sources
        .into_iter()
        .map(|source| {
            let all: Vec<&'static Argument> = c.arguments_on(&option.id, &source.id).collect();
            let mut args = Vec::new();
            for st in Stance::ALL {
                args.extend(all.iter().filter(|a| a.stance == st && m.matches(a)));
            }
            let any = !all.is_empty();
            Group { source, args, any }
        })
        .collect()
}

/// How many arguments the page draws at first, and how many more each "Show the next"
/// adds, in the order of the page, a source's group always whole (issue 30: 320
/// arguments on one option, the built-in corpus copied ×16, took 552 ms to draw; `make
/// bench`, scale). The built-in corpus's largest option has 20, so there it never folds.
pub const ARGUMENT_WINDOW: usize = 48;

/// The window: the groups drawn are those that start before `upto` arguments (every
/// group when none is left out). `upto` is the address's, at least [`ARGUMENT_WINDOW`],
/// and always reaches the argument the address points to and every argument whose
/// evidence is open (a window of "Show all evidence"). `asked` is the address's alone.
struct Window {
    upto: usize,
    asked: usize,
}

impl Window {
    fn of(query: &str, groups: &[Group], target: Option<&str>, state: &AppState) -> Window {
        let asked = query_value(query, "upto").and_then(|v| v.parse().ok());
        let asked = asked.unwrap_or(0).max(ARGUMENT_WINDOW);
        let mut upto = asked;
        let mut end = 0;
        for a in groups.iter().flat_map(|g| &g.args) {
            end += 1;
            if target == Some(a.id.as_str()) || state.open.contains(&a.id) {
                upto = upto.max(end);
            }
        }
        Window { upto, asked }
    }

    /// How many groups and arguments a window of `upto` draws.
    fn drawn(groups: &[Group], upto: usize) -> (usize, usize) {
        let total: usize = groups.iter().map(|g| g.args.len()).sum();
        let (mut n, mut at) = (0, 0);
        for g in groups {
            if at >= upto && at < total {
                break;
            }
            n += 1;
            at += g.args.len();
        }
        (n, at)
    }

    /// Whether the group starting at argument `from` is the first that the window before
    /// the address's last "Show the next" left out: its heading is brought into view,
    /// focused and said (the app's `data-first-result`), its arguments next in Tab order.
    fn first_new(&self, from: usize, seen: &mut bool) -> bool {
        let new = self.asked > ARGUMENT_WINDOW && from >= self.asked - ARGUMENT_WINDOW && !*seen;
        *seen |= new;
        new
    }
}

/// The page's address (of `target`, when there is one) with `filter`, without a window.
fn base_href(option: &PolicyOption, target: Option<&str>, filter: &Filter) -> String {
    let base = match target {
        Some(t) => Route::Argument { id: t.to_string() },
        None => Route::Option {
            id: option.id.clone(),
        },
    };
    base.href_filtered(filter)
}

/// Under the last group drawn, when the window leaves arguments out: what is shown, and
/// the link to the next window (a new address: Back draws fewer again, a reload the same).
fn window_line(groups: &[Group], upto: usize, base: &str) -> Html {
    let total: usize = groups.iter().map(|g| g.args.len()).sum();
    let (_, drawn) = Window::drawn(groups, upto);
    if drawn >= total {
        return Html::default();
    }
    let next = Window::drawn(groups, upto + ARGUMENT_WINDOW).1 - drawn;
    let sep = if base.contains('?') { '&' } else { '?' };
    html! {
        <p class="bulk-actions" role="status" data-testid="option-window">
            { format!("To keep the page quick, it shows the first {drawn} of these {total} arguments, source by source in the order of the page. ") }
            <a href={format!("{base}{sep}upto={}", upto + ARGUMENT_WINDOW)} data-testid="option-window-next">
                { format!("Show the next {next} arguments") }
            </a>
        </p>
    }
}

/// Source `g.source` on `option`: its position and its arguments by stance (all open
/// while searching; `target` is the argument the address points to); when `first`, the
/// first group a "Show the next" drew: the app brings its heading into view, focuses
/// it and says so (see [`Window::first_new`]).
fn source_group(
    option: &'static PolicyOption,
    g: &Group,
    first: bool,
    m: &Matcher<'_>,
    state: &AppState,
    target: Option<&str>,
) -> Html {
    let c = corpus();
    let s = g.source;
    let heading = format!("group-{}", s.id);
    let show = Show {
        force_open: !m.terms().is_empty(),
        ..Show::default()
    };
    html! {
        <section key={s.id.as_str()} class="source-group" aria-labelledby={heading.clone()} data-testid="source-group" data-source={s.id.clone()}>
            <h2 id={heading}>
                <a href={Route::Source { id: s.id.clone() }.href()}
                    data-first-result={first.then_some("More arguments shown, from this source on.")}>{ s.short.as_str() }</a>
            </h2>
            <p class="position-line" data-testid="position">
                <span class="visually-hidden">{ "Overall position: " }</span>
                { position_text(c.position(&option.id, &s.id), &option.id, &s.id) }
            </p>
            { restates_marks(&c.position_restatements(&option.id, &s.id)) }
            if g.args.is_empty() {
                <p class="muted">{ if g.any { "No arguments from this source match the filters." } else { "This source gives no arguments on this option." } }</p>
            }
            { stance_groups(&g.args, state, m.terms(), show, target) }
        </section>
    }
}

/// The sources that get a section on `option`'s page (those the filter keeps), and how
/// many of all the corpus's sources do not discuss it when that is said in one line:
/// past twelve sources, as on the home cards, only the sources that discuss the option
/// get a section (issue 30: 160 sources drew 160 sections for a handful of arguments).
fn sources_shown(option: &PolicyOption, only: &[String]) -> (Vec<&'static Source>, usize) {
    let c = corpus();
    let every = c.sources.len() <= NAME_EVERY_SOURCE;
    let discusses = |s: &Source| {
        c.position(&option.id, &s.id).is_some()
            || c.arguments_on(&option.id, &s.id).next().is_some()
    };
    let silent = if every {
        0
    } else {
        c.sources.iter().filter(|s| !discusses(s)).count()
    };
    let shown = c
        .sources
        .iter()
        .filter(|s| only.is_empty() || only.contains(&s.id))
        .filter(|s| every || discusses(s))
        .collect();
    (shown, silent)
}

/// "5 matching arguments in 3 sources" on `option` (in the corpus's order; nothing is
/// ordered by a count).
fn count_line(option: &PolicyOption, m: &Matcher<'_>) -> String {
    let shown: Vec<&Argument> = corpus()
        .arguments
        .iter()
        .filter(|a| a.option == option.id && m.matches(a))
        .collect();
    let mut sources: Vec<&str> = shown.iter().map(|a| a.source.as_str()).collect();
    crate::model::sort_dedup(&mut sources);
    let n = shown.len();
    let s = sources.len();
    format!(
        "{n} matching argument{} in {s} source{}.",
        if n == 1 { "" } else { "s" },
        if s == 1 { "" } else { "s" }
    )
}

/// The sticky "Jump to a source" bar over each source's arguments on this page.
fn jump_list<'a>(sources: impl Iterator<Item = &'a Source>) -> Html {
    let parts = sources
        .map(|s| Part {
            target: format!("group-{}", s.id),
            label: s.short.clone(),
        })
        .collect();
    jump_to("a source", parts, "jump-list")
}
