//! What each source recommends, in the order the document gives it, side by side; with
//! an option chosen (`?option=` in the address), what each source recommends on it.

use crate::components::collect::collect;
use crate::components::highlighted::highlighted;
use crate::components::jump::{jump_to, Part};
use crate::components::option_card::NAME_EVERY_SOURCE;
use crate::components::position::position_text;
use crate::components::restates::restates_marks;
use crate::model::notebook::{Item, Ref, Via};
use crate::model::{normalize::strip_markup, Passage, Recommendation};
use crate::route::{query_value, with_query, Route};
use crate::state::corpus;
use crate::state::AppState;
use yew::prelude::*;

/// The view: one column per source; `query` may name an option, `target` a
/// recommendation to scroll to. A plain function (it has no state of its own).
pub fn recommendations(query: &str, target: Option<&str>, state: &AppState) -> Html {
    let c = corpus();
    let chosen = query_value(query, "option").and_then(|id| c.option(&id));
    let heading = match chosen {
        Some(o) => format!("Recommendations on {}", lower_first(&o.label)),
        None => "Recommendations".to_string(),
    };
    // The first recommendation shown, and what is said when a choice brings it into
    // view (src/app.rs).
    let first = c.sources.iter().find_map(|s| {
        let r = c
            .recommendations_of(&s.id, chosen.map(|o| o.id.as_str()))
            .into_iter()
            .next()?;
        Some((
            r.id.clone(),
            format!("{heading}. First, {}: {}", s.short, r.summary),
        ))
    });
    // Each source with its recommendations; past twelve sources only those that make one
    // here get a column (issue 30), the others said in one line.
    let mut shown: Vec<_> = c
        .sources
        .iter()
        .map(|s| {
            (
                s,
                c.recommendations_of(&s.id, chosen.map(|o| o.id.as_str())),
            )
        })
        .collect();
    let every = shown.len() <= NAME_EVERY_SOURCE;
    let before = shown.len();
    shown.retain(|(_, recs)| every || !recs.is_empty());
    let silent = before - shown.len();
    html! {
        <article class="recommendations-page" data-testid="recommendations-page">
            <h1>{ heading }</h1>
            <p class="lede">
                { "Every course of action each source recommends, urges or calls for, in the order the document gives it and in its own words. \
                   Passages that repeat a recommendation (an abstract, a conclusion) are shown with it. Sources are in the app's fixed order; nothing here is counted or ranked." }
            </p>
            { option_picker(chosen.map(|o| o.id.as_str())) }
            { jump_to("a source", shown.iter().map(|(s, _)| Part { target: format!("rec-col-{}", s.id), label: s.short.clone() }).collect(), "rec-jump") }
            <div class="columns rec-columns">
                { for shown.into_iter().map(|(s, recs)| {
                    html! {
                        <section key={s.id.clone()} class="column" data-testid="rec-column" data-source={s.id.clone()}
                            aria-labelledby={format!("rec-col-{}", s.id)}>
                            <h2 id={format!("rec-col-{}", s.id)}>{ s.short.clone() }</h2>
                            <p class="muted">{ s.title.clone() }</p>
                            if let Some(o) = chosen {
                                <p class="position-line" data-testid="rec-position">
                                    <strong>{ "Overall, on this option: " }</strong>
                                    { position_text(c.position(&o.id, &s.id), &o.id, &s.id) }
                                </p>
                                { restates_marks(&c.position_restatements(&o.id, &s.id)) }
                            }
                            if recs.is_empty() {
                                <p class="no-recommendation" data-testid="no-recommendation">
                                    { if chosen.is_some() { format!("{} makes no recommendation on this option.", s.short) }
                                      else { format!("{} makes no recommendation.", s.short) } }
                                </p>
                            } else {
                                <ol class="recommendations">
                                    { for recs.into_iter().map(|r| {
                                        let said = first.as_ref().filter(|(id, _)| *id == r.id).map(|(_, said)| said.clone());
                                        item(r, target == Some(r.id.as_str()), said, state)
                                    }) }
                                </ol>
                            }
                        </section>
                    }
                }) }
            </div>
            if silent > 0 {
                <p class="muted" data-testid="sources-not-recommending">
                    { if silent == 1 { "The other source makes" .to_string() } else { format!("The other {silent} sources make") } }
                    { if chosen.is_some() { " no recommendation on this option." } else { " no recommendation." } }
                </p>
            }
        </article>
    }
}

/// Links to each option's recommendations (in the fixed option order), and to all.
fn option_picker(chosen: Option<&str>) -> Html {
    let link = |href: String, label: String, here: bool| {
        html! {
            <li key={href.clone()}>
                <a {href} class={here.then_some("current")} aria-current={here.then_some("page")}>{ label }</a>
            </li>
        }
    };
    let all = Route::Recommendations.href();
    html! {
        <nav class="rec-options" aria-label="Recommendations on one option">
            <p class="rec-options-label">{ "Line the sources up on one option:" }</p>
            <ul>
                { link(all, "All recommendations".to_string(), chosen.is_none()) }
                { for corpus().options.iter().map(|o| link(
                    with_query(Route::Recommendations.href(), "option", &o.id),
                    o.label.clone(),
                    chosen == Some(o.id.as_str()),
                )) }
            </ul>
        </nav>
    }
}

/// One recommendation: its summary, main passage, whose it is, condition, options, and
/// the passages that restate it.
/// `first`: what is said when a choice brings this, the first result, into view.
fn item(r: &Recommendation, target: bool, first: Option<String>, state: &AppState) -> Html {
    let c = corpus();
    let Some((main, rest)) = r.passages.split_first() else {
        return html! {};
    };
    html! {
        <li key={r.id.clone()} id={format!("rec-{}", r.id)} class={if target { "recommendation target" } else { "recommendation" }}
            data-testid="recommendation" data-id={r.id.clone()} data-step="" tabindex="-1"
            data-scroll-target={target.then_some("")} data-first-result={first}>
            <p class="rec-summary" data-testid="rec-summary">{ r.summary.clone() }</p>
            { restates_marks(&c.recommendation_restatements(r)) }
            { passage(r, main, "Read in context", state) }
            <dl class="evidence-meta">
                <div><dt>{ "Recommendation of" }</dt><dd data-testid="rec-holder">{
                    r.speaker.clone().unwrap_or_else(|| "the source's author(s)".to_string())
                }</dd></div>
                <div><dt>{ "Section" }</dt><dd>{ main.section.clone() }</dd></div>
                if let Some(cond) = &r.condition {
                    <div><dt>{ "Condition" }</dt><dd data-testid="rec-condition">{ cond.clone() }</dd></div>
                }
                <div><dt>{ "Bears on" }</dt><dd><ul class="rec-option-links">
                    { for r.options.iter().filter_map(|id| c.option(id)).map(|o| html! {
                        <li key={o.id.clone()}><a href={Route::Option { id: o.id.clone() }.href()} data-testid="rec-option">{ o.label.clone() }</a></li>
                    }) }
                </ul></dd></div>
            </dl>
            if !rest.is_empty() {
                <details class="restatements" data-testid="restatements">
                    <summary>{ "Where the document says it again" }</summary>
                    <ul>
                        { for rest.iter().enumerate().map(|(i, p)| html! {
                            <li key={i}>
                                <p class="muted">{ p.section.clone() }</p>
                                { passage(r, p, "Read this in context", state) }
                            </li>
                        }) }
                    </ul>
                </details>
            }
            <p class="permalink"><a href={Route::Recommendation { id: r.id.clone() }.href()}>
                { "Link to this recommendation" }
            </a></p>
        </li>
    }
}

/// A verbatim passage of recommendation `r`, a link to it in its source (where the
/// passage in focus has its Cite panel) and the control that collects it. No Cite panel
/// here: 66 of them (five boxes each) made axe-core on this view exceed WebDriver's
/// 30 s script limit on a loaded 2-core machine.
fn passage(r: &Recommendation, p: &Passage, link: &'static str, state: &AppState) -> Html {
    let source = &r.source;
    html! {
        <>
            <blockquote class="rec-quote" data-testid="rec-quote"><p>{ highlighted(&strip_markup(&p.quote), &[]) }</p></blockquote>
            <a class="read-in-context" data-testid="rec-context"
                href={Route::Passage { source: source.to_string(), start: p.span.start, end: p.span.end }.href()}>
                { link }
            </a>
            { collect(state, Item::new(Ref::Quote(source.clone(), p.span), Some(Via::Recommendation(r.id.clone()))), "this passage") }
        </>
    }
}

/// "Negotiation with the TTP" → "negotiation with the TTP" (for "Recommendations on …").
/// ASCII only: `char::to_lowercase` would pull std's Unicode case tables into the
/// bundle, and every option label starts with an ASCII capital.
fn lower_first(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}
