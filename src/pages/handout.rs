//! A handout to print: for one option or for every one, the option × source table (each
//! source's position in words), then per option (h2) each source's (h3) arguments by stance (h4)
//! (word and shape, which survive black-and-white printing), each quote with its section
//! and the source's full reference in APA 7. No navigation: the stylesheet hides the
//! site's header and footer on this view, and the tools line on paper.

use crate::components::grid_sources::{grid_sources, Columns};
use crate::components::not_found::not_found;
use crate::components::option_card::NAME_EVERY_SOURCE;
use crate::components::position::{argues, not_discussing, position_text};
use crate::components::restates::restates_words;
use crate::components::stance_badge::stance_badge;
use crate::model::cite::{in_text, rich_citation, spans, Style};
use crate::model::{normalize::strip_markup, Argument, PolicyOption, Source, Stance};
use crate::route::Route;
use crate::state::corpus;
use yew::prelude::*;

/// The handout for option `id`, or for every option when `id` is "all"; `query` picks
/// the table's sources as on the grids (past twelve sources, the first twelve, a picker
/// and a note naming the rest: 160 columns do not fit on paper; issue 30).
pub fn handout(id: &str, query: &str) -> Html {
    let c = corpus();
    let all = id == "all";
    let options: Vec<&'static PolicyOption> = if all {
        c.options.iter().collect()
    } else {
        c.option(id).into_iter().collect()
    };
    let Some(first) = options.first() else {
        return not_found(&format!("There is no policy option with the id “{id}”."));
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let (title, back, back_label) = if all {
        ("every policy option", Route::Home, "Back to the options")
    } else {
        (
            first.label.as_str(),
            Route::Option {
                id: first.id.clone(),
            },
            "Back to the option",
        )
    };
    let cols = Columns::of(query);
    // One reference per source the handout shows, made once.
    let refs: Vec<String> = cols
        .shown
        .iter()
        .map(|s| rich_citation(s, Style::Apa))
        .collect();
    html! {
        <article class={if all { "handout handout-all" } else { "handout" }} data-testid="handout">
            <p class="handout-tools">
                <button type="button" onclick={print} data-testid="print">{ "Print" }</button>
                <a href={back.href()}>{ back_label }</a>
                if !all {
                    <a href={Route::Handout { id: "all".into() }.href()}>{ "Handout of every option" }</a>
                }
            </p>
            <h1>{ "Handout: " }{ title }</h1>
            <p>{ what_they_argue(c.sources.len()) }{ ", quoted verbatim, each quote with its section and an in-text citation, the sources' references (APA 7) at the end. Stances: ■ For, ○ Against, ◆ Conditional, ◐ Mixed. This compares what the sources say; it does not score, rank or predict." }</p>
            if c.sources.len() > NAME_EVERY_SOURCE || !cols.hidden.is_empty() {
                { grid_sources(&Route::Handout { id: id.to_string() }, &cols) }
            }
            { table(&options, &cols.shown) }
            { for options.iter().map(|o| option_section(o, &cols.shown)) }
            // One reference per source, once, at the end (it followed all 20 quotes,
            // issue 27); each quote keeps its in-text citation.
            <section class="handout-references" aria-labelledby="handout-references" data-testid="handout-references">
                <h2 id="handout-references">{ "References" }</h2>
                <ul>
                    { for cols.shown.iter().zip(&refs).map(|(s, r)| html! {
                        <li key={s.id.as_str()} data-testid="handout-reference">{ rich_text(r) }</li>
                    }) }
                </ul>
            </section>
        </article>
    }
}

/// The option × source table over `sources`: each cell the source's position in words.
fn table(options: &[&'static PolicyOption], sources: &[&'static Source]) -> Html {
    let c = corpus();
    html! {
        // Scrolls by itself on a phone rather than the page sideways.
        <div class="table-scroll" role="region" aria-labelledby="handout-caption" tabindex="0">
        <table class="matrix handout-table" data-testid="handout-table">
            <caption id="handout-caption">{ "Each source's overall position" }</caption>
            <thead><tr>
                <th scope="col">{ "Option" }</th>
                { for sources.iter().map(|s| html! { <th key={s.id.as_str()} scope="col">{ s.short.as_str() }</th> }) }
            </tr></thead>
            <tbody>
                { for options.iter().map(|o| html! {
                    <tr key={o.id.as_str()}>
                        <th scope="row">{ o.label.as_str() }</th>
                        { for sources.iter().map(|s| {
                            let p = c.position(&o.id, &s.id);
                            html! {
                                <td key={s.id.as_str()} class={p.is_none().then_some("not-discussed")} data-testid="handout-cell">
                                    { position_text(p, &o.id, &s.id) }
                                </td>
                            }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}

/// One option: the position and arguments of each of `sources` (the table's); past
/// twelve sources in the corpus, only of those that discuss it, as home's cards do, and
/// a line for the rest (issue 30: 160 sources printed 160 parts for every option, most
/// "Not discussed"). (Static heading levels, the same in both handouts: a heading whose
/// tag is chosen at run time costs more bundle.)
fn option_section(o: &'static PolicyOption, sources: &[&'static Source]) -> Html {
    let c = corpus();
    let every = c.sources.len() <= NAME_EVERY_SOURCE;
    let mut parts = Vec::new();
    for s in sources {
        if every || c.position(&o.id, &s.id).is_some() || argues(&o.id, &s.id) {
            parts.push(source_part(o, s));
        }
    }
    let silent = sources.len() - parts.len();
    html! {
        <section key={o.id.as_str()} class="handout-option" data-testid="handout-option">
            <h2>{ o.label.as_str() }</h2>
            <p class="lede">{ o.summary.as_str() }</p>
            { for parts }
            if silent > 0 {
                <p class="muted" data-testid="handout-not-discussing">{ not_discussing(silent, "the table's other") }</p>
            }
        </section>
    }
}

fn source_part(o: &'static PolicyOption, s: &'static Source) -> Html {
    let c = corpus();
    let args: Vec<&'static Argument> = c.arguments_on(&o.id, &s.id).collect();
    let mut groups = Vec::new();
    for st in Stance::ALL {
        let mut items = Vec::new();
        for a in args.iter().filter(|a| a.stance == st) {
            items.push(argument(a, s));
        }
        if !items.is_empty() {
            groups.push(html! {
                <div key={st.as_str()} class="stance-group">
                    <h4>{ stance_badge(st) }</h4>
                    <ul class="arguments">{ for items }</ul>
                </div>
            });
        }
    }
    html! {
        <section key={s.id.as_str()} class="handout-source">
            <h3>{ s.short.as_str() }</h3>
            <p class="position-line">{ "Position: " }{ position_text(c.position(&o.id, &s.id), &o.id, &s.id) }</p>
            { restates_words(&c.position_restatements(&o.id, &s.id)) }
            if args.is_empty() {
                <p class="muted">{ "This source gives no arguments on this option." }</p>
            }
            { for groups }
        </section>
    }
}

/// A reference with its italics marked (see `model::cite::spans`): the title or journal
/// in `<i>`, the rest upright.
fn rich_text(reference: &str) -> Html {
    spans(reference)
        .into_iter()
        .map(|(italic, part)| {
            if italic {
                html! { <i>{ part.to_string() }</i> }
            } else {
                html! { { part.to_string() } }
            }
        })
        .collect()
}

/// An argument with every quote, each quote with its in-text citation (the reference
/// is in the list at the end).
fn argument(a: &Argument, s: &Source) -> Html {
    html! {
        <li key={a.id.as_str()} class={["argument stance-", a.stance.as_str()].concat()} data-testid="handout-argument">
            <p class="claim"><span class="visually-hidden">{ a.stance.label() }{ ": " }</span>{ a.claim.as_str() }</p>
            if let Some(cond) = &a.condition {
                <p class="condition">{ "Condition: " }{ cond.as_str() }</p>
            }
            if let Some(h) = &a.holder {
                <p class="holder">{ "View of: " }{ h.as_str() }</p>
            }
            { restates_words(&corpus().argument_restatements(a)) }
            { for a.evidence.iter().enumerate().map(|(i, e)| html! {
                <figure key={i} class="evidence" data-testid="handout-evidence">
                    <blockquote data-testid="quote"><p>{ strip_markup(&e.quote) }</p></blockquote>
                    <figcaption data-testid="citation">
                        { e.kind.label() }{ ". Section: " }{ e.section.as_str() }{ ". " }
                        if let Some(sp) = &e.speaker {
                            { "View of: " }{ sp.as_str() }{ ". " }
                        }
                        <cite>{ "(" }{ in_text(s, e) }{ ")" }</cite>
                    </figcaption>
                </figure>
            }) }
        </li>
    }
}

/// The handout's opening words for `n` sources ("What four sources argue" for the
/// built-in documents; a teacher's own say how many theirs are).
fn what_they_argue(n: usize) -> String {
    match n {
        1 => "What one source argues".into(),
        n => format!(
            "What {} sources argue",
            crate::model::count_word(n).to_ascii_lowercase()
        ),
    }
}
