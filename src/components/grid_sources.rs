//! Which sources a grid of options × sources shows (issue 30), and the picker that
//! changes it. The address is the truth: `?source=a,b` shows those sources,
//! `?columns=all` every one; with neither, every source up to [`NAME_EVERY_SOURCE`]
//! and the first that many past it (160 columns by 140 options drew 22,400 cells,
//! 1,979 ms in Chromium: `make bench`, scale). A note names the sources left out. Past
//! [`OPTION_WINDOW`] options, the rows come in windows too (`?rows=80`).

use super::option_card::NAME_EVERY_SOURCE;
use crate::location::navigate;
use crate::model::{Filter, Source};
use crate::route::{filter_from_query, query_value, with_query, Route};
use crate::state::corpus;
use yew::prelude::*;

/// How many options (rows) a grid shows at first, and how many more each "Show the
/// next" adds: the overview of 140 options × 12 sources took 462 ms to draw and compare
/// 327 ms (`make bench`, scale; the budget is 300 ms). The built-in corpus has 14 options, so there it never folds. The
/// address holds the window (`?rows=80`), so Back, Forward and a reload keep it.
pub const OPTION_WINDOW: usize = 40;

/// Home's cards come in windows of this many: a card draws up to twelve sources' lines,
/// a grid's row one cell a source (issue 30: 40 cards of 140 options × 40 sources took
/// home's first render to 1.4–1.5 × the built-in corpus's, the budget 1.5 ×).
pub const CARD_WINDOW: usize = 20;

/// The rows the address `query` asks for: at least `window` ([`OPTION_WINDOW`] or
/// [`CARD_WINDOW`]), at most every option.
pub fn rows(query: &str, window: usize) -> usize {
    let asked = query_value(query, "rows").and_then(|v| v.parse().ok());
    asked.unwrap_or(0).max(window).min(corpus().options.len())
}

/// After "Show the next", the first new option's row: its link is brought into view,
/// focused and said (the app's `data-first-result`).
pub fn first_new(rows: usize, window: usize) -> Option<usize> {
    (rows > window).then(|| (rows - 1) / window * window)
}

/// The address of `route` with `query` and `rows` rows.
fn with_rows(route: &Route, query: &str, rows: usize) -> String {
    let mut href = route.href();
    href.push('?');
    for pair in query.trim_start_matches('?').split('&') {
        if !pair.is_empty() && !pair.starts_with("rows=") {
            href.push_str(pair);
            href.push('&');
        }
    }
    href.push_str(&format!("rows={rows}"));
    href
}

/// "The table shows the first 40 of the 140 options" and the link to the next window
/// (above the table and again under it; `testid` tells them apart), when it folds;
/// `what` shows them: "the table", or home's "the page".
pub fn more_rows(
    route: &Route,
    query: &str,
    rows: usize,
    testid: &'static str,
    what: &str,
    window: usize,
) -> Html {
    let all = corpus().options.len();
    if rows >= all {
        return Html::default();
    }
    let next = (all - rows).min(window);
    html! {
        <p class="bulk-actions" data-testid="grid-rows">
            { format!("To keep the page quick, {what} shows the first {rows} of the {all} options, in their fixed order. ") }
            <a href={with_rows(route, query, rows + next)} data-testid={testid}>{ format!("Show the next {next} options") }</a>
        </p>
    }
}

/// The sources a grid shows and those it leaves out, each in corpus order.
pub struct Columns {
    pub shown: Vec<&'static Source>,
    pub hidden: Vec<&'static Source>,
    /// Whether the address chose them (rather than the default).
    chosen: bool,
}

impl Columns {
    /// The columns the address `query` asks for.
    pub fn of(query: &str) -> Columns {
        let c = corpus();
        let ids = filter_from_query(query).sources;
        let all = query_value(query, "columns").as_deref() == Some("all");
        // Ids the corpus does not have (an old or hand-edited link) choose nothing.
        let chosen = !all && ids.iter().any(|id| c.source(id).is_some());
        let (shown, hidden): (Vec<_>, Vec<_>) = c.sources.iter().enumerate().partition(|(i, s)| {
            if chosen {
                ids.contains(&s.id)
            } else {
                all || *i < NAME_EVERY_SOURCE
            }
        });
        let strip = |v: Vec<(usize, &'static Source)>| -> Vec<&'static Source> {
            v.into_iter().map(|(_, s)| s).collect()
        };
        Columns {
            shown: strip(shown),
            hidden: strip(hidden),
            chosen: chosen || all,
        }
    }

    /// Whether the grid is big enough to scroll in its own box, headers held in view.
    pub fn tall(&self) -> bool {
        self.shown.len() > 6 || corpus().options.len() > 20
    }
}

/// The source picker over a grid on `route`: a box a source, each tick a new address
/// (a history entry, so Back undoes it); and the note naming the sources left out.
pub fn grid_sources(route: &Route, cols: &Columns) -> Html {
    let c = corpus();
    let shown_ids: Vec<&str> = cols.shown.iter().map(|s| s.id.as_str()).collect();
    let boxes = c.sources.iter().map(|s| {
        let checked = shown_ids.contains(&s.id.as_str());
        let mut next: Vec<String> = shown_ids
            .iter()
            .filter(|id| **id != s.id)
            .map(|id| id.to_string())
            .collect();
        if !checked {
            next.push(s.id.clone());
        }
        let href = route.href_filtered(&Filter {
            sources: next,
            ..Filter::default()
        });
        let onchange = Callback::from(move |_: Event| navigate(&href, false));
        let id = format!("cols-{}", s.id);
        html! {
            <li key={s.id.as_str()}>
                <input type="checkbox" id={id.clone()} {checked} {onchange} data-testid="grid-source" data-source={s.id.clone()} />
                <label for={id}>{ s.short.as_str() }</label>
            </li>
        }
    });
    let every = with_query(route.href(), "columns", "all");
    html! {
        <>
            <details class="grid-sources" open={cols.chosen} data-testid="grid-sources">
                <summary>{ "Choose which sources the table shows" }</summary>
                <form class="filter-bar" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <fieldset>
                        <legend>{ "Sources shown" }</legend>
                        <ul>{ for boxes }</ul>
                    </fieldset>
                    if cols.chosen && c.sources.len() > NAME_EVERY_SOURCE {
                        <p class="grid-source-links">
                            <a href={route.href()} data-testid="grid-default-sources">{ format!("Back to the first {NAME_EVERY_SOURCE} sources") }</a>
                        </p>
                    }
                </form>
            </details>
            { hidden_note(&cols.hidden, every) }
        </>
    }
}

/// "Not shown in this table: …", naming each source left out (never only a count), and
/// the link to `every` source.
fn hidden_note(hidden: &[&Source], every: String) -> Html {
    if hidden.is_empty() {
        return Html::default();
    }
    let names: Vec<&str> = hidden.iter().map(|s| s.short.as_str()).collect();
    html! {
        <p class="grid-hidden" data-testid="grid-hidden">
            <strong>{ "Not shown in this table: " }</strong>{ names.join(", ") }
            { ". Tick them under “Choose which sources the table shows” to add them, or " }
            <a href={every} class="grid-every" data-testid="grid-every-source">{ "show every source" }</a>{ "." }
        </p>
    }
}
