//! A handout to print: for one option or for every one, the option × source table (each
//! source's position in words), then per option each source's arguments by stance
//! (word and shape, which survive black-and-white printing), each quote with its section
//! and the source's full reference in APA 7. No navigation: the stylesheet hides the
//! site's header and footer on this view, and the tools line on paper.

use crate::components::not_found::not_found;
use crate::components::position::position_text;
use crate::components::stance_badge::stance_badge;
use crate::model::cite::{source_citation, Style};
use crate::model::{corpus, normalize::strip_markup, Argument, PolicyOption, Source, Stance};
use crate::route::Route;
use yew::prelude::*;

/// The handout for option `id`, or for every option when `id` is "all".
pub fn handout(id: &str) -> Html {
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
    // One reference per source, made once.
    let refs: Vec<String> = c
        .sources
        .iter()
        .map(|s| source_citation(s, Style::Apa))
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
            <p>{ "What four sources argue, quoted verbatim, each quote with its section and the source's reference (APA 7). Stances: ■ For, ○ Against, ◆ Conditional, ◐ Mixed. This compares what the sources say; it does not score, rank or predict." }</p>
            { table(&options) }
            { for options.iter().map(|o| option_section(o, all, &refs)) }
        </article>
    }
}

/// The option × source table: each cell the source's position in words.
fn table(options: &[&'static PolicyOption]) -> Html {
    let c = corpus();
    html! {
        <table class="matrix handout-table" data-testid="handout-table">
            <caption>{ "Each source's overall position" }</caption>
            <thead><tr>
                <th scope="col">{ "Option" }</th>
                { for c.sources.iter().map(|s| html! { <th key={s.id.as_str()} scope="col">{ s.short.as_str() }</th> }) }
            </tr></thead>
            <tbody>
                { for options.iter().map(|o| html! {
                    <tr key={o.id.as_str()}>
                        <th scope="row">{ o.label.as_str() }</th>
                        { for c.sources.iter().map(|s| {
                            let p = c.position(&o.id, &s.id);
                            html! {
                                <td key={s.id.as_str()} class={p.is_none().then_some("not-discussed")} data-testid="handout-cell">
                                    <p>{ position_text(p) }</p>
                                </td>
                            }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// A heading at `level` (2 to 4).
fn heading(level: usize, children: Html) -> Html {
    let tag = ["h2", "h3", "h4"][level.clamp(2, 4) - 2];
    html! { <@{tag}>{ children }</@> }
}

/// One option: each source's position and arguments (headings one level lower in the
/// handout of every option, where the option has its own heading).
fn option_section(o: &'static PolicyOption, all: bool, refs: &[String]) -> Html {
    let c = corpus();
    let level = if all { 3 } else { 2 };
    html! {
        <section key={o.id.as_str()} class="handout-option" data-testid="handout-option">
            if all {
                <h2>{ o.label.as_str() }</h2>
            }
            <p class="lede">{ o.summary.as_str() }</p>
            { for c.sources.iter().zip(refs).map(|(s, r)| source_part(o, s, r, level)) }
        </section>
    }
}

fn source_part(
    o: &'static PolicyOption,
    s: &'static Source,
    reference: &str,
    level: usize,
) -> Html {
    let c = corpus();
    let args: Vec<&'static Argument> = c.arguments_on(&o.id, &s.id).collect();
    html! {
        <section key={s.id.as_str()} class="handout-source">
            { heading(level, html! { { s.short.as_str() } }) }
            <p class="position-line"><strong>{ "Position: " }</strong>{ position_text(c.position(&o.id, &s.id)) }</p>
            if args.is_empty() {
                <p class="muted">{ "This source gives no arguments on this option." }</p>
            }
            { for Stance::ALL.into_iter().filter(|st| args.iter().any(|a| a.stance == *st)).map(|st| html! {
                <div key={st.as_str()} class="stance-group">
                    { heading(level + 1, stance_badge(st)) }
                    <ul class="arguments">
                        { for args.iter().filter(|a| a.stance == st).map(|a| argument(a, reference)) }
                    </ul>
                </div>
            }) }
        </section>
    }
}

/// An argument with every quote, each quote with its citation.
fn argument(a: &Argument, reference: &str) -> Html {
    html! {
        <li key={a.id.as_str()} class={["argument stance-", a.stance.as_str()].concat()} data-testid="handout-argument">
            <p class="claim"><span class="visually-hidden">{ a.stance.label() }{ ": " }</span>{ a.claim.as_str() }</p>
            if let Some(cond) = &a.condition {
                <p class="condition"><strong>{ "Condition: " }</strong>{ cond.as_str() }</p>
            }
            if let Some(h) = &a.holder {
                <p class="holder"><strong>{ "View of: " }</strong>{ h.as_str() }</p>
            }
            { for a.evidence.iter().enumerate().map(|(i, e)| html! {
                <figure key={i} class="evidence" data-testid="handout-evidence">
                    <blockquote data-testid="quote"><p>{ strip_markup(&e.quote) }</p></blockquote>
                    <figcaption data-testid="citation">
                        { e.kind.label() }{ ". Section: " }{ e.section.as_str() }{ ". " }
                        if let Some(sp) = &e.speaker {
                            { "View of: " }{ sp.as_str() }{ ". " }
                        }
                        <cite>{ reference.to_string() }</cite>
                    </figcaption>
                </figure>
            }) }
        </li>
    }
}
