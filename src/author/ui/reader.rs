//! Evidence by selection: the document's exact text as text nodes (never markup from
//! the document), each piece in an element carrying its byte range, so a selection
//! (mouse, touch, or a caret and shift-arrows) maps to bytes of the text
//! (`select::byte_offset`); passages already quoted are marks that open their record.

use super::{change, edit, Handle};
use crate::author::project::Draft;
use crate::author::select::{byte_offset, byte_offset_in_field, quote_at};
use crate::model::{EvidenceKind, Source, Span, Stance};
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, Node};
use yew::prelude::*;

/// The section: the document's text beside the form that makes arguments.
pub fn section(h: &Handle) -> Html {
    let Some(s) = h.doc.as_deref().and_then(|id| h.project.corpus.source(id)) else {
        return html! {
            <section class="author-section" aria-labelledby="read-h">
                <h2 id="read-h">{ "3. Arguments by selection" }</h2>
                <p>{ "Add a document first; its text appears here to select passages from." }</p>
            </section>
        };
    };
    html! {
        <section class="author-section" aria-labelledby="read-h">
            <h2 id="read-h">{ "3. Arguments by selection: " }<bdi>{ &s.short }</bdi></h2>
            <p>{ "Select a passage in the text (with the mouse, a finger, or the keyboard: click in the text, then hold Shift and use the arrow keys), then press “Quote the selected passage”. Marked passages are quoted already: press one to see its argument." }</p>
            <p>{ keys_switch(h) }</p>
            <div class="author-reader">
                if h.keys { { keys_view(s) } } else { { text_view(h, s) } }
                { form(h, s) }
            </div>
        </section>
    }
}

/// The text of `s`, in pieces at every quote's edges; quoted pieces are marks.
fn text_view(h: &Handle, s: &Source) -> Html {
    let used = super::records::quoted_in(&h.project.corpus, &s.id);
    let mut cuts: Vec<usize> = vec![0, s.text.len()];
    for (sp, _, _) in &used {
        cuts.extend([sp.start as usize, sp.end as usize]);
    }
    cuts.retain(|&c| c <= s.text.len() && s.text.is_char_boundary(c));
    crate::model::sort_dedup(&mut cuts);
    let pieces = cuts.windows(2).map(|w| {
        let (a, b) = (w[0], w[1]);
        let piece = &s.text[a..b];
        let by = used
            .iter()
            .find(|(sp, _, _)| sp.start as usize <= a && b <= sp.end as usize);
        match by {
            Some((_, id, arg)) => {
                let onclick = Callback::from({
                    let id = id.clone();
                    move |_: MouseEvent| open_record(&id)
                });
                let onkeydown = Callback::from({
                    let id = id.clone();
                    move |e: KeyboardEvent| {
                        if e.key() == "Enter" {
                            open_record(&id)
                        }
                    }
                });
                let name = id.replacen('-', " ", 1).replacen("arg ", "argument ", 1).replacen("rec ", "recommendation ", 1);
                html! {
                    <mark key={a} data-at={a.to_string()} data-end={b.to_string()} data-arg={arg.clone()} data-record={id.clone()} tabindex="0"
                        title={format!("Quoted in {name}: press to see it")} {onclick} {onkeydown}>{ piece }</mark>
                }
            }
            None => html! { <span key={a} data-at={a.to_string()} data-end={b.to_string()}>{ piece }</span> },
        }
    });
    html! {
        <div class="author-text" id="author-text" data-testid="author-text" data-source={s.id.clone()} tabindex="0"
            aria-label={format!("Text of {}", s.short)}>{ for pieces }</div>
    }
}

/// The switch between the marked text and a read-only text area (a caret and
/// shift-arrows select in it with no caret browsing).
fn keys_switch(h: &Handle) -> Html {
    let onclick = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| change(&h, |m| m.keys = !m.keys))
    };
    html! {
        <button type="button" aria-pressed={h.keys.to_string()} {onclick} data-testid="keys-switch">
            { "Select with the keyboard (a text box; marks are shown when this is off)" }
        </button>
    }
}

/// The text of `s` in a read-only text area.
fn keys_view(s: &Source) -> Html {
    html! {
        <textarea class="author-keys" id="author-keys" readonly=true rows="20" value={s.text.clone()}
            aria-label={format!("Text of {}: move with the arrow keys, select with Shift and the arrow keys", s.short)}
            data-testid="author-keys" />
    }
}

/// The selection in the read-only text area as bytes of `text`, if it is shown.
fn selected_in_field(text: &str) -> Option<Result<(usize, usize), &'static str>> {
    let area: HtmlTextAreaElement = document()
        .get_element_by_id("author-keys")?
        .dyn_into()
        .ok()?;
    let (a, b) = (area.selection_start().ok()??, area.selection_end().ok()??);
    if a == b {
        return Some(Err(
            "Select a passage in the text box first: hold Shift and use the arrow keys.",
        ));
    }
    Some(Ok((
        byte_offset_in_field(text, a),
        byte_offset_in_field(text, b),
    )))
}

/// Brings the record whose element has id `id` into view and gives it focus.
fn open_record(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The byte offset in `text` of a point of the selection (a node and an offset in it),
/// when it lies in the text view.
fn point(view: &Element, text: &str, node: &Node, offset: u32) -> Option<usize> {
    if !view.contains(Some(node)) {
        return None;
    }
    let num = |el: &Element, attr: &str| el.get_attribute(attr)?.parse::<usize>().ok();
    if node.node_type() == Node::TEXT_NODE {
        let el = node.parent_element()?;
        let (a, b) = (num(&el, "data-at")?, num(&el, "data-end")?);
        return Some(a + byte_offset(text.get(a..b)?, offset));
    }
    // A point between elements: before child `offset`, or at the end.
    let el: &Element = node.dyn_ref()?;
    if el.has_attribute("data-at") {
        return if offset == 0 {
            num(el, "data-at")
        } else {
            num(el, "data-end")
        };
    }
    let children = el.children();
    match children.item(offset) {
        Some(child) => num(&child, "data-at"),
        None => Some(text.len()),
    }
}

/// The selection in the text view as bytes of `text`, or why there is none.
fn selected(text: &str) -> Result<(usize, usize), &'static str> {
    let none = "Select a passage in the document's text first.";
    let sel = window().get_selection().ok().flatten().ok_or(none)?;
    if sel.range_count() == 0 || sel.is_collapsed() {
        return Err(none);
    }
    let r = sel.get_range_at(0).map_err(|_| none)?;
    let view = document().get_element_by_id("author-text").ok_or(none)?;
    let outside = "The selection must lie inside the document's text.";
    let a = point(
        &view,
        text,
        &r.start_container().map_err(|_| none)?,
        r.start_offset().unwrap_or(0),
    );
    let b = point(
        &view,
        text,
        &r.end_container().map_err(|_| none)?,
        r.end_offset().unwrap_or(0),
    );
    Ok((a.ok_or(outside)?, b.ok_or(outside)?))
}

/// Reads the value of the form control with id `id`.
pub(super) fn value(id: &str) -> String {
    let el = document().get_element_by_id(id);
    el.as_ref()
        .and_then(|e| e.dyn_ref::<HtmlInputElement>().map(|i| i.value()))
        .or_else(|| {
            el.as_ref()
                .and_then(|e| e.dyn_ref::<HtmlSelectElement>().map(|s| s.value()))
        })
        .or_else(|| {
            el.as_ref()
                .and_then(|e| e.dyn_ref::<HtmlTextAreaElement>().map(|t| t.value()))
        })
        .unwrap_or_default()
}

/// The draft argument in the form.
fn draft() -> Draft {
    Draft {
        option: value("arg-option"),
        stance: Stance::parse(&value("arg-stance")).unwrap_or(Stance::For),
        condition: value("arg-condition"),
        holder: value("arg-holder"),
        kind: EvidenceKind::parse(&value("arg-kind")).unwrap_or(EvidenceKind::AuthorAssessment),
        claim: value("arg-claim"),
    }
}

/// The form: quote the selection, then make an argument of it or add it to one.
fn form(h: &Handle, s: &Source) -> Html {
    let quote = {
        let (h, id, text) = (h.clone(), s.id.clone(), s.text.clone());
        // On mousedown too the selection would survive; reading it on click is enough, as
        // pressing a button does not move the selection.
        Callback::from(move |_: MouseEvent| {
            let id = id.clone();
            let picked = selected_in_field(&text)
                .unwrap_or_else(|| selected(&text))
                .and_then(|(a, b)| quote_at(&text, a, b).map_err(|e| e.explain()));
            change(&h, move |m| match picked {
                Ok(span) => {
                    m.quote = Some((id, span));
                    m.status =
                        "The passage is quoted: now make an argument of it, or add it to one."
                            .into();
                }
                Err(why) => m.status = why.to_string(),
            })
        })
    };
    let pending = h
        .quote
        .as_ref()
        .filter(|(id, _)| *id == s.id)
        .map(|(_, sp)| *sp);
    html! {
        <div class="author-form" data-testid="author-form">
            <button type="button" onclick={quote} data-testid="quote-selection">{ "Quote the selected passage" }</button>
            if let Some(sp) = pending {
                <blockquote class="author-pending" data-testid="author-pending">
                    { s.text.get(sp.start as usize..sp.end as usize).unwrap_or("") }
                    <footer>{ format!("Section: {}", crate::author::text::section_at(&s.text, sp.start as usize)) }</footer>
                </blockquote>
                { super::records::chooser(h) }
                if h.making == super::records::Making::Argument {
                    { argument_form(h, s, sp) }
                } else {
                    { super::records::quote_form(h, s, sp) }
                }
            }
        </div>
    }
}

/// The fields of a new argument, and adding the quote to an existing one.
fn argument_form(h: &Handle, s: &Source, sp: Span) -> Html {
    let make = {
        let (h, source) = (h.clone(), s.id.clone());
        Callback::from(move |_: MouseEvent| {
            let (d, source) = (draft(), source.clone());
            if d.option.is_empty() {
                return change(&h, |m| {
                    m.status = "Add an option first (section 2), then choose it here.".into()
                });
            }
            edit(&h, move |m| {
                let id = m
                    .project
                    .add_argument(d, &source, sp)
                    .ok_or("The quote is no longer in this document.")?;
                m.quote = None;
                Ok(format!(
                    "Made argument {id}. Its quote is marked in the text."
                ))
            });
        })
    };
    let add_to = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            let (id, kind) = (value("arg-existing"), draft().kind);
            edit(&h, move |m| {
                m.project.add_quote(&id, sp, kind)?;
                m.quote = None;
                Ok(format!("Added the quote to argument {id}."))
            });
        })
    };
    let c = &h.project.corpus;
    let existing: Vec<&str> = c
        .arguments
        .iter()
        .filter(|a| a.source == s.id)
        .map(|a| &*a.id)
        .collect();
    html! {
        <fieldset class="author-fields">
            <legend>{ "A new argument of this document" }</legend>
            <label>{ "Option " }<select id="arg-option" data-testid="arg-option">
                { for c.options.iter().map(|o| html! { <option key={o.id.clone()} value={o.id.clone()}>{ &o.label }</option> }) }
            </select></label>
            <label>{ "Stance " }<select id="arg-stance" data-testid="arg-stance">
                { for Stance::ALL.into_iter().map(|st| html! { <option value={st.as_str()}>{ st.label() }</option> }) }
            </select></label>
            <label>{ "Condition (for a conditional stance, in your words) " }<input id="arg-condition" type="text" /></label>
            <label>{ "Whose view, if not the author's (as the document names them) " }<input id="arg-holder" type="text" /></label>
            <label>{ "Kind of quote " }<select id="arg-kind" data-testid="arg-kind">
                { for EvidenceKind::ALL.into_iter().map(|k| html! { <option value={k.as_str()} selected={k == EvidenceKind::AuthorAssessment}>{ k.label() }</option> }) }
            </select></label>
            <label class="author-block">{ "The claim, in your own words " }<textarea id="arg-claim" rows="3" data-testid="arg-claim" /></label>
            <button type="button" onclick={make} data-testid="argument-add">{ "Make the argument" }</button>
            if !existing.is_empty() {
                <p>
                    <label>{ "Or add the quote to " }<select id="arg-existing" data-testid="arg-existing">
                        { for existing.iter().map(|id| html! { <option key={id.to_string()} value={id.to_string()}>{ id }</option> }) }
                    </select></label>
                    <button type="button" onclick={add_to} data-testid="quote-add">{ "Add the quote" }</button>
                </p>
            }
        </fieldset>
    }
}
