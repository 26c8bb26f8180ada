//! The records beside arguments: a selected quote made a recommendation (or a
//! restatement of one), a reading of a fact that differs, a mention of an event, or a
//! passage of shared wording; positions and glossary terms (no quote) from their own
//! forms; and the list of each, with its faults beside it.

use super::reader::value;
use super::{change, edit, Handle};
use crate::author::project::{self, Fault};
use crate::author::records::{position_key, ReadingDraft, RecDraft};
use crate::model::{Corpus, Reading, Source, Span};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What a selected quote is made into.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Making {
    #[default]
    Argument,
    Recommendation,
    Fact,
    Event,
    Shared,
}

impl Making {
    const ALL: [(Making, &'static str, &'static str); 5] = [
        (
            Making::Argument,
            "argument",
            "An argument for or against an option",
        ),
        (
            Making::Recommendation,
            "recommendation",
            "A recommendation of this document",
        ),
        (
            Making::Fact,
            "fact",
            "A reading of a fact the documents give differently",
        ),
        (Making::Event, "event", "A mention of a dated event"),
        (
            Making::Shared,
            "shared",
            "A passage of wording documents share",
        ),
    ];
}

/// Every quoted passage of document `source`: its span, the id of the element of its
/// record in the lists, and the argument's id when it is an argument's.
pub fn quoted_in(c: &Corpus, source: &str) -> Vec<(Span, String, Option<String>)> {
    let mut out: Vec<(Span, String, Option<String>)> = Vec::new();
    for a in c.arguments.iter().filter(|a| a.source == source) {
        (a.evidence.iter())
            .for_each(|e| out.push((e.span, format!("arg-{}", a.id), Some(a.id.clone()))));
    }
    for r in c.recommendations.iter().filter(|r| r.source == source) {
        (r.passages.iter()).for_each(|p| out.push((p.span, format!("rec-{}", r.id), None)));
    }
    let mut readings = |prefix: &str, id: &str, rs: &[Reading]| {
        for r in rs.iter().filter(|r| r.source == source) {
            out.push((r.span, format!("{prefix}-{id}"), None));
        }
    };
    c.discrepancies
        .iter()
        .for_each(|d| readings("fact", &d.id, &d.readings));
    c.events
        .iter()
        .for_each(|e| readings("event", &e.id, &e.mentions));
    c.reuse
        .iter()
        .for_each(|r| readings("reuse", &r.id, &r.passages));
    out.sort();
    out
}

/// The choice of what to make of the selected quote.
pub fn chooser(h: &Handle) -> Html {
    let onchange = {
        let h = h.clone();
        Callback::from(move |_: Event| {
            let v = value("make-kind");
            let k = Making::ALL
                .iter()
                .find(|(_, n, _)| *n == v)
                .map_or(Making::Argument, |x| x.0);
            change(&h, move |m| m.making = k)
        })
    };
    html! {
        <label>{ "Make of this quote " }
            <select id="make-kind" data-testid="make-kind" {onchange}>
                { for Making::ALL.iter().map(|(k, n, label)| html! { <option value={*n} selected={*k == h.making}>{ *label }</option> }) }
            </select>
        </label>
    }
}

/// The options checked in the recommendation form.
fn checked_options() -> Vec<String> {
    let Ok(list) = document().query_selector_all("input[name=rec-option]:checked") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .collect()
}

/// The form for what `h.making` says, for the quote at `sp` of `s`.
pub fn quote_form(h: &Handle, s: &Source, sp: Span) -> Html {
    match h.making {
        Making::Argument => html! {},
        Making::Recommendation => recommendation_form(h, s, sp),
        Making::Fact | Making::Event | Making::Shared => reading_form(h, s, sp),
    }
}

fn recommendation_form(h: &Handle, s: &Source, sp: Span) -> Html {
    let make = {
        let (h, source) = (h.clone(), s.id.clone());
        Callback::from(move |_: MouseEvent| {
            let d = RecDraft {
                summary: value("rec-summary"),
                speaker: value("rec-speaker"),
                condition: value("rec-condition"),
                options: checked_options(),
            };
            let source = source.clone();
            edit(&h, move |m| {
                let id = m.project.add_recommendation(d, &source, sp)?;
                m.quote = None;
                Ok(format!(
                    "Made recommendation {id}; the list keeps the document's order."
                ))
            })
        })
    };
    let restate = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            let id = value("rec-existing");
            edit(&h, move |m| {
                m.project.add_restatement(&id, sp)?;
                m.quote = None;
                Ok(format!("Added the passage to recommendation {id}."))
            })
        })
    };
    let c = &h.project.corpus;
    let existing: Vec<&str> = c
        .recommendations_of(&s.id, None)
        .iter()
        .map(|r| &*r.id)
        .collect();
    html! {
        <fieldset class="author-fields">
            <legend>{ "A recommendation of this document" }</legend>
            <label class="author-block">{ "What it recommends, in your own words " }<textarea id="rec-summary" rows="2" data-testid="rec-summary-input" /></label>
            <fieldset><legend>{ "The options it bears on" }</legend>
                { for c.options.iter().map(|o| html! {
                    <label key={o.id.clone()} class="author-check"><input type="checkbox" name="rec-option" value={o.id.clone()} />{ &o.label }</label>
                }) }
            </fieldset>
            <label>{ "Whose, if not the author's (as the document names them) " }<input id="rec-speaker" type="text" /></label>
            <label>{ "When it applies, in your words (if it says) " }<input id="rec-condition" type="text" /></label>
            <button type="button" onclick={make} data-testid="rec-add">{ "Make the recommendation" }</button>
            if !existing.is_empty() {
                <p>
                    <label>{ "Or add the passage as a restatement of " }<select id="rec-existing" data-testid="rec-existing">
                        { for existing.iter().map(|id| html! { <option key={id.to_string()} value={id.to_string()}>{ id }</option> }) }
                    </select></label>
                    <button type="button" onclick={restate} data-testid="rec-restate">{ "Add the passage" }</button>
                </p>
            }
        </fieldset>
    }
}

/// The legend, the name and the records (id and title) of a kind made from a quote.
fn kinds(c: &Corpus, kind: Making) -> (&'static str, &'static str, Vec<(String, String)>) {
    match kind {
        Making::Fact => (
            "A fact the documents give differently",
            "fact",
            c.discrepancies
                .iter()
                .map(|d| (d.id.clone(), d.topic.clone()))
                .collect(),
        ),
        Making::Event => (
            "A dated event",
            "event",
            c.events
                .iter()
                .map(|e| (e.id.clone(), format!("{} {}", e.date, e.label)))
                .collect(),
        ),
        _ => (
            "Wording documents share",
            "reuse",
            c.reuse
                .iter()
                .map(|r| (r.id.clone(), r.topic.clone()))
                .collect(),
        ),
    }
}

/// The form of a fact that differs, an event, or shared wording: a new record with
/// this quote, or the quote added to one (from any document).
fn reading_form(h: &Handle, s: &Source, sp: Span) -> Html {
    let kind = h.making;
    let (legend, name, records) = kinds(&h.project.corpus, kind);
    let make = {
        let (h, source) = (h.clone(), s.id.clone());
        Callback::from(move |_: MouseEvent| {
            let d = ReadingDraft {
                topic: value("rd-topic"),
                note: value("rd-note"),
                value: value("rd-value"),
                date: value("rd-date"),
                kind: value("rd-kind"),
            };
            let source = source.clone();
            edit(&h, move |m| {
                let p = &mut m.project;
                let id = match kind {
                    Making::Fact => p.add_discrepancy(d, &source, sp)?,
                    Making::Event => p.add_event(d, &source, sp)?,
                    _ => p.add_reuse(d, &[(source.clone(), sp)])?,
                };
                m.quote = None;
                Ok(format!(
                    "Made {id}: select its other passages, in any document, and add them to it."
                ))
            })
        })
    };
    let add_to = {
        let (h, source) = (h.clone(), s.id.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, v, source) = (value("rd-existing"), value("rd-value"), source.clone());
            edit(&h, move |m| {
                let p = &mut m.project;
                match kind {
                    Making::Fact => p.add_reading(&id, &source, sp, &v)?,
                    Making::Event => p.add_mention(&id, &source, sp)?,
                    _ => p.add_reuse_passage(&id, &source, sp)?,
                }
                m.quote = None;
                Ok(format!("Added the passage to {id}."))
            })
        })
    };
    html! {
        <fieldset class="author-fields" data-testid={format!("{name}-form")}>
            <legend>{ legend }</legend>
            if kind == Making::Fact {
                <label>{ "The figure, date or name as this document gives it " }<input id="rd-value" type="text" data-testid="rd-value" /></label>
            }
            if !records.is_empty() {
                <p>
                    <label>{ "Add the passage to " }<select id="rd-existing" data-testid="rd-existing">
                        { for records.iter().map(|(id, t)| html! { <option key={id.clone()} value={id.clone()}>{ t }</option> }) }
                    </select></label>
                    <button type="button" onclick={add_to} data-testid="rd-add-to">{ "Add the passage" }</button>
                </p>
                <p>{ "Or start a new one with it:" }</p>
            }
            if kind == Making::Event {
                <label>{ "Date (YYYY, YYYY-MM or YYYY-MM-DD) " }<input id="rd-date" type="text" data-testid="rd-date" /></label>
            }
            <label>{ if kind == Making::Event { "What happened, in your words " } else { "Topic, in your words " } }<input id="rd-topic" type="text" data-testid="rd-topic" /></label>
            if kind == Making::Shared {
                <label>{ "Kind (for example: restated, shared quotation) " }<input id="rd-kind" type="text" data-testid="rd-kind" /></label>
            }
            if kind != Making::Event {
                <label class="author-block">{ "Note, in your words " }<textarea id="rd-note" rows="2" data-testid="rd-note" /></label>
            }
            <button type="button" onclick={make} data-testid="rd-add">{ "Start it with this passage" }</button>
        </fieldset>
    }
}

/// The faults of one record, as a list beside it.
fn faults_of(faults: &[Fault], id: &str) -> Html {
    let mine: Vec<&Fault> = project::of(faults, id).collect();
    if mine.is_empty() {
        return html! {};
    }
    html! {
        <ul class="author-faults">{ for mine.iter().map(|f| html! { <li>{ &f.message }</li> }) }</ul>
    }
}

/// A delete button for a record; `f` deletes it.
fn delete(
    h: &Handle,
    label: String,
    f: impl Fn(&mut crate::author::project::Project) -> Result<(), String> + 'static,
) -> Html {
    let f = std::rc::Rc::new(f);
    let onclick = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            let f = f.clone();
            edit(&h, move |m| {
                f(&mut m.project)?;
                Ok("Deleted (Undo brings it back).".into())
            })
        })
    };
    html! { <button type="button" {onclick} aria-label={label}>{ "Delete" }</button> }
}

/// A quoted passage of a record, with its document's short name.
fn passage(c: &Corpus, source: &str, quote: &str, value: Option<&str>) -> Html {
    let short = c.source(source).map_or(source, |s| &*s.short);
    html! {
        <li><bdi>{ short }</bdi>{ for value.map(|v| format!(" ({v})")) }{ ": " }<q>{ quote }</q></li>
    }
}

/// The section: positions and glossary terms made here, and every record so far.
pub fn section(h: &Handle, faults: &[Fault]) -> Html {
    html! {
        <section class="author-section" aria-labelledby="records-h">
            <h2 id="records-h">{ "5. Positions, recommendations, facts, events, glossary" }</h2>
            <p>{ "Recommendations, facts that differ, events and shared wording are made from a selected passage (section 3: choose what to make of the quote). Positions and glossary terms are in your words, here." }</p>
            { positions(h, faults) }
            { recommendations(h, faults) }
            { readings(h, faults) }
            { glossary(h, faults) }
        </section>
    }
}

fn positions(h: &Handle, faults: &[Fault]) -> Html {
    let add = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            let (o, s, summary) = (
                value("pos-option"),
                value("pos-source"),
                value("pos-summary"),
            );
            edit(&h, move |m| {
                let key = m.project.add_position(&o, &s, &summary)?;
                Ok(format!("Added the {key}."))
            })
        })
    };
    let c = &h.project.corpus;
    html! {
        <>
            <h3>{ "Positions: what each document says overall on an option" }</h3>
            <ul class="author-args" data-testid="author-positions">
                { for c.positions.iter().map(|p| {
                    let key = position_key(p);
                    let (o, s) = (p.option.clone(), p.source.clone());
                    let source = c.source(&p.source).map_or(&*p.source, |s| &*s.short);
                    let option = c.option(&p.option).map_or(&*p.option, |o| &*o.label);
                    html! {
                        <li key={key.clone()} data-testid="author-position">
                            <p><bdi>{ source }</bdi>{ " on " }<bdi>{ option }</bdi>{ ": " }{ &p.summary }</p>
                            { delete(h, format!("Delete the {key}"), move |p| { p.delete_position(&o, &s); Ok(()) }) }
                            { faults_of(faults, &key) }
                        </li>
                    }
                }) }
            </ul>
            <div class="author-add">
                <label>{ "Document " }<select id="pos-source" data-testid="pos-source">
                    { for c.sources.iter().map(|s| html! { <option key={s.id.clone()} value={s.id.clone()}>{ &s.short }</option> }) }
                </select></label>
                <label>{ "Option " }<select id="pos-option" data-testid="pos-option">
                    { for c.options.iter().map(|o| html! { <option key={o.id.clone()} value={o.id.clone()}>{ &o.label }</option> }) }
                </select></label>
                <label class="author-block">{ "Its position, in your words " }<textarea id="pos-summary" rows="2" data-testid="pos-summary" /></label>
                <button type="button" onclick={add} data-testid="pos-add">{ "Add the position" }</button>
            </div>
        </>
    }
}

/// Each document's recommendations, in the order of its text.
fn recommendations(h: &Handle, faults: &[Fault]) -> Html {
    let c = &h.project.corpus;
    let list = c
        .sources
        .iter()
        .flat_map(|s| c.recommendations_of(&s.id, None));
    html! {
        <>
            <h3>{ "Recommendations, in each document's order" }</h3>
            <ol class="author-args" data-testid="author-recs">
                { for list.map(|r| recommendation(h, r, faults)) }
            </ol>
        </>
    }
}

fn recommendation(h: &Handle, r: &crate::model::Recommendation, faults: &[Fault]) -> Html {
    let c = &h.project.corpus;
    let id = r.id.clone();
    let source = c.source(&r.source).map_or(&*r.source, |s| &*s.short);
    let options: Vec<&str> = (r.options.iter())
        .map(|o| c.option(o).map_or(&**o, |o| &*o.label))
        .collect();
    html! {
        <li key={r.id.clone()} id={format!("rec-{}", r.id)} tabindex="-1" data-testid="author-rec" data-rec={r.id.clone()}>
            <p><strong>{ &r.id }</strong>{ ": " }<bdi>{ source }</bdi>{ " — " }{ options.join(", ") }</p>
            <p>{ &r.summary }</p>
            <ol>{ for r.passages.iter().map(|p| passage(c, &r.source, &p.quote, None)) }</ol>
            { delete(h, format!("Delete recommendation {id}"), move |p| p.delete_recommendation(&id)) }
            { faults_of(faults, &r.id) }
        </li>
    }
}

/// Facts that differ, events and shared wording.
fn readings(h: &Handle, faults: &[Fault]) -> Html {
    let c = &h.project.corpus;
    let item = |prefix: &'static str, id: &str, title: String, note: &str, rs: &[Reading]| {
        let gone = id.to_string();
        html! {
            <li key={id.to_string()} id={format!("{prefix}-{id}")} tabindex="-1" data-testid={format!("author-{prefix}")}>
                <p><strong>{ id }</strong>{ ": " }{ title }</p>
                if !note.is_empty() { <p>{ note }</p> }
                <ul>{ for rs.iter().map(|r| passage(c, &r.source, &r.quote, r.value.as_deref())) }</ul>
                { delete(h, format!("Delete {id}"), move |p| { p.delete_record(&gone); Ok(()) }) }
                { faults_of(faults, id) }
            </li>
        }
    };
    html! {
        <>
            <h3>{ "Facts the documents give differently" }</h3>
            <ul class="author-args">{ for c.discrepancies.iter().map(|d| item("fact", &d.id, d.topic.clone(), &d.note, &d.readings)) }</ul>
            <h3>{ "Events" }</h3>
            <ul class="author-args">{ for c.events.iter().map(|e| item("event", &e.id, format!("{} — {}", e.date, e.label), "", &e.mentions)) }</ul>
            <h3>{ "Shared wording" }</h3>
            <ul class="author-args">{ for c.reuse.iter().map(|r| item("reuse", &r.id, format!("{} ({})", r.topic, r.kind), &r.note, &r.passages)) }</ul>
            { super::shared::candidates(h) }
        </>
    }
}

fn glossary(h: &Handle, faults: &[Fault]) -> Html {
    let add = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            let (t, a, d) = (
                value("term-term"),
                value("term-aliases"),
                value("term-definition"),
            );
            edit(&h, move |m| {
                let t = m.project.add_term(&t, &a, &d)?;
                Ok(format!(
                    "Added “{t}” to the glossary (kept in alphabetical order)."
                ))
            })
        })
    };
    html! {
        <>
            <h3>{ "Glossary" }</h3>
            <dl class="author-glossary" data-testid="author-glossary">
                { for h.project.corpus.glossary.iter().map(|g| {
                    let term = g.term.clone();
                    html! {
                        <div key={g.term.clone()}>
                            <dt>{ &g.term }{ for (!g.aliases.is_empty()).then(|| format!(" (also: {})", g.aliases.join(", "))) }</dt>
                            <dd>{ &g.definition }{ " " }{ delete(h, format!("Delete {}", g.term), move |p| { p.delete_term(&term); Ok(()) }) }{ faults_of(faults, &g.term) }</dd>
                        </div>
                    }
                }) }
            </dl>
            <div class="author-add">
                <label>{ "Term " }<input id="term-term" type="text" data-testid="term-term" /></label>
                <label>{ "Other names (separated by ;) " }<input id="term-aliases" type="text" /></label>
                <label class="author-block">{ "Definition, in your words " }<textarea id="term-definition" rows="2" data-testid="term-definition" /></label>
                <button type="button" onclick={add} data-testid="term-add">{ "Add the term" }</button>
            </div>
        </>
    }
}
