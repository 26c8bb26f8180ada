//! Two sources' arguments on one option, in two columns; or (`?read=texts`) the two
//! full texts in two panes, with the passages one restates from the other marked and
//! linked across the panes.

use crate::components::argument_item::Show;
use crate::components::not_found::not_found;
use crate::components::position::position_text;
use crate::components::restates::restates_marks;
use crate::components::source_text::{Link, SourceText};
use crate::components::stance_groups::stance_groups;
use crate::model::{Argument, PolicyOption, Source};
use crate::route::{query_value, with_query, Route};
use crate::state::corpus;
use crate::state::AppState;
use yew::prelude::*;

/// Sources `a` and `b` side by side on `option`, arguments open as `state` says, or
/// their texts when `query` has `read=texts` (a plain function: it has no state of its
/// own).
pub fn side_by_side(option: &str, a: &str, b: &str, query: &str, state: &AppState) -> Html {
    let c = corpus();
    let Some(option) = c.option(option) else {
        return not_found(&format!(
            "There is no policy option with the id “{option}”."
        ));
    };
    let (Some(a), Some(b)) = (c.source(a), c.source(b)) else {
        return not_found(&format!("There is no source with the id “{a}” or “{b}”."));
    };
    let here = Route::SideBySide {
        option: option.id.clone(),
        a: a.id.clone(),
        b: b.id.clone(),
    };
    let reading = query_value(query, "read").as_deref() == Some("texts");
    html! {
        <article class="side-by-side" data-testid="side-by-side">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href={Route::Compare.href()}>{ "Compare" }</a>{ " › " }
                <a href={Route::Option { id: option.id.clone() }.href()}>{ option.label.as_str() }</a>
            </nav>
            <h1>{ format!("{}: {} and {}", option.label, a.short, b.short) }</h1>
            { switch(&here, reading) }
            if reading {
                { texts(&here, (a, b), query_value(query, "at"), state) }
            } else {
                <div class="columns">
                    { column(option, a, state) }
                    if a.id != b.id { { column(option, b, state) } }
                </div>
            }
        </article>
    }
}

/// The switch between the arguments and the full texts, kept in the address.
fn switch(here: &Route, reading: bool) -> Html {
    let current = |on: bool| on.then_some("true");
    html! {
        <nav class="view-switch" aria-label="Show" data-testid="view-switch">
            <a href={here.href()} aria-current={current(!reading)}>{ "Arguments on this option" }</a>
            <a href={with_query(here.href(), "read", "texts")} aria-current={current(reading)} data-testid="read-texts">
                { "The two full texts" }
            </a>
        </nav>
    }
}

/// The two texts in two panes (side by side on a wide screen, stacked on a phone),
/// each scrolling on its own; `at` is the shared passage to show first.
fn texts(
    here: &Route,
    (a, b): (&'static Source, &'static Source),
    at: Option<String>,
    state: &AppState,
) -> Html {
    let (la, lb) = (links(here, a, b, &at), links(here, b, a, &at));
    // One note, whichever the case (each branch of markup costs bytes in the bundle).
    let (testid, note) = if a.id == b.id {
        ("same-source", "Both sides name the same source: pick two different sources to read one beside the other.".to_string())
    } else if la.is_empty() {
        ("no-shared", format!("The app has found no passage where {} and {} share wording, so nothing is linked across these two texts. Passages the app quotes as evidence are highlighted.", a.short, b.short))
    } else {
        ("shared-note", "Passages where one of these texts restates the other (see Shared wording) have a dashed underline in both; the ⇄ link at the start of each leads to the same wording in the other text. Passages the app quotes as evidence are highlighted, as in each source's reader.".to_string())
    };
    html! {
        <>
            <p class="hint" data-testid={testid}>{ note }</p>
            <div class="panes" data-testid="panes">
                { pane(a, la, state) }
                if a.id != b.id { { pane(b, lb, state) } }
            </div>
        </>
    }
}

/// One source's text in a pane of its own, under a heading naming the source.
fn pane(s: &'static Source, links: Vec<Link>, state: &AppState) -> Html {
    let heading = ["pane-", &s.id].concat();
    html! {
        <div class="pane" data-testid="pane" data-source={s.id.clone()}>
            <h2 id={heading.clone()}><a href={Route::Source { id: s.id.clone() }.href()}>{ s.short.as_str() }</a></h2>
            // Focusable, so the keyboard can scroll it.
            <section class="pane-text" aria-labelledby={heading} tabindex="0">
                <SourceText source={s} {links} state={state.clone()} />
            </section>
        </div>
    }
}

/// The links from the passages of `s` it shares with `other` to their counterparts.
fn links(
    here: &Route,
    s: &'static Source,
    other: &'static Source,
    at: &Option<String>,
) -> Vec<Link> {
    let id = |r: &str, i: usize| format!("sw-{r}-{i}");
    corpus()
        .shared_between(&s.id, &other.id)
        .into_iter()
        .map(|(r, i, to)| {
            let (from, to) = (id(&r.id, i), id(&r.id, to));
            // `#/compare/…?read=texts&at=<to>`: opens with the counterpart in view.
            let mut href = with_query(here.href(), "read", "texts");
            href.push('&');
            href.push_str(&with_query(String::new(), "at", &to)[1..]);
            Link {
                span: r.passages[i].span,
                target: at.as_deref() == Some(from.as_str()),
                href,
                id: from,
                to,
                source: &other.short,
                topic: &r.topic,
            }
        })
        .collect()
}

/// One source's position and arguments on `option`.
fn column(option: &'static PolicyOption, s: &'static Source, state: &AppState) -> Html {
    let c = corpus();
    let args: Vec<&'static Argument> = c.arguments_on(&option.id, &s.id).collect();
    let heading = format!("col-{}", s.id);
    html! {
        <section class="column" aria-labelledby={heading.clone()} data-testid="side-column" data-source={s.id.clone()}>
            <h2 id={heading}><a href={Route::Source { id: s.id.clone() }.href()}>{ s.short.as_str() }</a></h2>
            <p class="position-line">{ position_text(c.position(&option.id, &s.id), &option.id, &s.id) }</p>
            { restates_marks(&c.position_restatements(&option.id, &s.id)) }
            if args.is_empty() {
                <p class="muted">{ "This source gives no arguments on this option." }</p>
            }
            { stance_groups(&args, state, &[], Show::default(), None) }
        </section>
    }
}
