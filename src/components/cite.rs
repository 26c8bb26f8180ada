//! "Cite": a disclosure with a source's (or a quote's) citation in the five styles of
//! `model::cite`, each in a read-only text box with a Copy button, and a live region
//! that says what copying did.
//!
//! A plain view function, not a component: the texts are made only when the panel is
//! first opened (its toggle event writes them into the boxes), so a page with every
//! quote's evidence open pays nothing for panels nobody opens.

use crate::model::cite::{passage_citation, quote_citation, source_citation, Style};
use crate::model::notebook::passage;
use crate::model::Span;
use crate::model::{corpus, normalize::strip_markup};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlDetailsElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What a panel cites, by id (the corpus is looked up when the panel opens).
#[derive(Clone, PartialEq)]
pub enum Target {
    Source(String),
    /// Argument id and the evidence's index in it.
    Quote(String, usize),
    /// Any passage: source id, span and the heading it sits under (recommendations,
    /// the passage in focus on a source page).
    Passage(String, Span, String),
}

fn text(target: &Target, style: Style) -> Option<String> {
    let c = corpus();
    match target {
        Target::Source(id) => c.source(id).map(|s| source_citation(s, style)),
        Target::Quote(arg, i) => {
            let a = c.argument(arg)?;
            let e = a.evidence.get(*i)?;
            let s = c.source(&a.source)?;
            Some(quote_citation(s, e, &strip_markup(&e.quote), style))
        }
        Target::Passage(id, span, section) => {
            let s = c.source(id)?;
            let q = strip_markup(passage(s, *span)?);
            Some(passage_citation(s, section, q.trim(), style))
        }
    }
}

fn by_id<T: JsCast>(id: &str) -> Option<T> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

fn announce(status: &str, message: &str) {
    if let Some(el) = by_id::<web_sys::Element>(status) {
        el.set_text_content(Some(message));
    }
}

/// Copies the box `box_id`'s text with the async clipboard API; when the page may not
/// (no `navigator.clipboard`, as on plain http; or the browser refuses, as some do from
/// file://), selects the text and tries the older copy command, and otherwise asks the
/// student to press the copy keys. Says which in `status`.
async fn copy(box_id: String, status: String) {
    let Some(area) = by_id::<HtmlTextAreaElement>(&box_id) else {
        return;
    };
    let value = area.value();
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    if let Some(c) = clipboard {
        if answered_in_time(c.write_text(&value)).await {
            announce(&status, "Copied to the clipboard.");
            return;
        }
    }
    let _ = area.focus();
    area.select();
    let copied = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    announce(
        &status,
        if copied {
            "Copied to the clipboard."
        } else {
            "The browser did not allow copying here. The citation is selected: press Ctrl+C (⌘C on a Mac) to copy it."
        },
    );
}

/// Whether the clipboard accepted the write within three seconds. A browser that waits
/// on a permission nobody is asked for (seen in headless Chromium on a busy machine)
/// would otherwise leave the student with no message at all; late is taken as refused.
async fn answered_in_time(write: js_sys::Promise) -> bool {
    let late = js_sys::Promise::new(&mut |_, refuse| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&refuse, 3000);
        }
    });
    let first = js_sys::Promise::race(&js_sys::Array::of2(&write, &late));
    JsFuture::from(first).await.is_ok()
}

/// The Cite disclosure for `target`; `id` is unique on the page and prefixes the ids
/// inside it.
pub fn cite_panel(id: &str, target: Target) -> Html {
    let status = [id, "-status"].concat();
    let fill = {
        let id = id.to_string();
        Callback::from(move |e: Event| {
            let open = e
                .target_dyn_into::<HtmlDetailsElement>()
                .is_some_and(|d| d.open());
            if !open {
                return;
            }
            for style in Style::ALL {
                let area = by_id::<HtmlTextAreaElement>(&[&id, "-", style.key()].concat());
                if let (Some(area), Some(t)) = (area, text(&target, style)) {
                    area.set_value(&t);
                }
            }
        })
    };
    html! {
        <details class="cite" data-testid="cite" ontoggle={fill}>
            <summary>{ "Cite" }</summary>
            { for Style::ALL.into_iter().map(|style| {
                let box_id = [id, "-", style.key()].concat();
                let onclick = {
                    let (box_id, status) = (box_id.clone(), status.clone());
                    Callback::from(move |_: MouseEvent| {
                        wasm_bindgen_futures::spawn_local(copy(box_id.clone(), status.clone()));
                    })
                };
                html! {
                    <div key={style.key()} class="cite-style" data-style={style.key()}>
                        <label for={box_id.clone()}>{ style.label() }</label>
                        <textarea id={box_id} readonly=true rows="4" data-testid="cite-text" />
                        <button type="button" {onclick} data-testid="cite-copy">
                            { "Copy" }<span class="visually-hidden">{ " " }{ style.label() }</span>
                        </button>
                    </div>
                }
            }) }
            <p id={status} class="cite-status" role="status" aria-live="polite" data-testid="cite-status"></p>
        </details>
    }
}
