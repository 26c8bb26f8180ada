//! Documents: add them (open files or paste text), choose the one to read, and fill in
//! its citation, with the five styles the app writes shown as you type.

use super::{change, edit, Handle};
use crate::author::text;
use crate::model::cite::{self, Style};
use crate::model::Source;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The section.
pub fn section(h: &Handle) -> Html {
    let chosen = h.doc.as_deref().and_then(|id| h.project.corpus.source(id));
    html! {
        <section class="author-section" aria-labelledby="docs-h">
            <h2 id="docs-h">{ "1. Documents" }</h2>
            { add(h) }
            if !h.project.corpus.sources.is_empty() {
                <ul class="author-docs" data-testid="author-docs">
                    { for h.project.corpus.sources.iter().map(|s| choice(h, s)) }
                </ul>
            }
            { for chosen.map(|s| citation(h, s)) }
        </section>
    }
}

/// Opening files and pasting text.
fn add(h: &Handle) -> Html {
    let files = {
        let h = h.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(list) = input.files() else { return };
            for i in 0..list.length() {
                if let Some(f) = list.get(i) {
                    read(&h, f);
                }
            }
            input.set_value("");
        })
    };
    let paste = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            let doc = gloo::utils::document();
            let area = doc
                .get_element_by_id("paste-text")
                .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok());
            let name = doc
                .get_element_by_id("paste-name")
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
            let (Some(area), Some(name)) = (area, name) else {
                return;
            };
            let text = area.value();
            let title = match name.value().trim() {
                "" => "Pasted text".to_string(),
                t => t.to_string(),
            };
            if text.trim().is_empty() {
                return change(&h, |m| {
                    m.status = "Paste the document's text into the box first.".into()
                });
            }
            area.set_value("");
            name.set_value("");
            added(&h, format!("{title}.txt"), Ok(text));
        })
    };
    html! {
        <div class="author-add">
            <label>{ "Open text files (.txt, .md or .html) " }
                <input type="file" multiple=true accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onchange={files} data-testid="add-files" />
            </label>
            <details>
                <summary>{ "Or paste a document's text" }</summary>
                <label>{ "Its name " }<input id="paste-name" type="text" data-testid="paste-name" /></label>
                <label class="author-block">{ "Its text, exactly as it is " }
                    <textarea id="paste-text" rows="6" data-testid="paste-text" />
                </label>
                <button type="button" onclick={paste} data-testid="paste-add">{ "Add the pasted text" }</button>
            </details>
        </div>
    }
}

/// Reads an opened file, then adds it.
fn read(h: &Handle, f: web_sys::File) {
    let h = h.clone();
    let name = f.name();
    if f.size() > text::MAX_DOCUMENT as f64 {
        let why = text::too_large(&name, f.size());
        return added(&h, name, Err(why));
    }
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = wasm_bindgen_futures::JsFuture::from(f.array_buffer())
            .await
            .map(|b| js_sys::Uint8Array::new(&b).to_vec());
        let text = match bytes {
            Ok(b) => text::from_file(&name, &b),
            Err(_) => Err(format!("The browser could not read “{name}”.")),
        };
        added(&h, name, text);
    });
}

/// Adds a document's text, or says why it cannot be added.
fn added(h: &Handle, name: String, text: Result<String, String>) {
    match text {
        Ok(t) => edit(h, move |m| {
            m.doc = Some(m.project.add_document(&name, t));
            m.quote = None;
            Ok(format!(
                "Added “{name}”: fill in its citation below, then select passages in it."
            ))
        }),
        Err(why) => change(h, move |m| m.status = why),
    }
}

/// A document in the list: choosing it shows its text and its citation form.
fn choice(h: &Handle, s: &Source) -> Html {
    let pressed = h.doc.as_deref() == Some(&*s.id);
    let onclick = {
        let (h, id) = (h.clone(), s.id.clone());
        Callback::from(move |_: MouseEvent| {
            let id = id.clone();
            change(&h, move |m| {
                m.doc = Some(id);
                m.quote = None;
            })
        })
    };
    let delete = {
        let (h, id) = (h.clone(), s.id.clone());
        Callback::from(move |_: MouseEvent| {
            let id = id.clone();
            edit(&h, move |m| {
                m.project.delete_document(&id)?;
                m.doc = m.project.corpus.sources.first().map(|s| s.id.clone());
                m.quote = None;
                Ok("The document is deleted (Undo brings it back).".into())
            })
        })
    };
    html! {
        <li key={s.id.to_string()}>
            <button type="button" aria-pressed={pressed.to_string()} {onclick} data-testid={format!("doc-{}", s.id)}>
                <bdi>{ &s.short }</bdi>
            </button>
            { format!(" ({} characters, checksum {}…) ", s.text.chars().count(), &s.sha256.get(..12).unwrap_or("")) }
            <button type="button" onclick={delete}>{ "Delete" }</button>
        </li>
    }
}

/// The citation form of `s`, with its citation in each style.
fn citation(h: &Handle, s: &Source) -> Html {
    let field = |key: &'static str, label: &'static str, value: String, hint: &'static str| {
        let (h, id) = (h.clone(), s.id.clone());
        let onchange = Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .map(|i| i.value())
                .or_else(|| {
                    e.target()
                        .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
                        .map(|t| t.value())
                })
                .unwrap_or_default();
            let id = id.clone();
            edit(&h, move |m| {
                m.project.set_field(&id, key, &value);
                Ok(String::new())
            });
        });
        html! {
            <label class="author-field">{ label }
                <input type="text" {value} {onchange} placeholder={hint} data-testid={format!("cite-{key}")} />
            </label>
        }
    };
    html! {
        <div class="author-cite" data-testid="author-cite">
            <h3>{ "Citation of “" }<bdi>{ &s.short }</bdi>{ "”" }</h3>
            { field("title", "Title", s.title.clone(), "as the document gives it") }
            { field("short", "Short name (in tables and headings)", s.short.clone(), "e.g. Council review") }
            { field("authors", "Authors (separate them with ;)", s.authors.join("; "), "Given Family; Given Family") }
            { field("year", "Year", s.year.clone(), "2026") }
            { field("venue", "Where it appeared", s.venue.clone(), "journal, newspaper, publisher") }
            { field("kind", "Kind of document", s.kind.clone(), "report, article, letter") }
            { field("method", "How it knows what it says", s.method.clone(), "interviews, statistics, opinion") }
            { field("doi_or_url", "DOI or address", s.doi_or_url.clone(), "https://doi.org/… or None") }
            <h4>{ "As the explainer will cite it" }</h4>
            <dl class="author-styles" data-testid="author-styles">
                { for Style::ALL.into_iter().map(|st| html! {
                    <>
                        <dt>{ st.label() }</dt>
                        <dd data-testid={format!("style-{}", st.key())}><pre>{ cite::source_citation(s, st) }</pre></dd>
                    </>
                }) }
            </dl>
        </div>
    }
}
