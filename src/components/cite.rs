//! "Cite": a disclosure with a source's (or a quote's) citation in the five styles of
//! `model::cite`, each in a read-only text box with a Copy button, and a live region
//! that says what copying did.
//!
//! A plain view function, not a component: the texts are made only when the panel is
//! first opened (its toggle event writes them into the boxes), so a page with every
//! quote's evidence open pays nothing for panels nobody opens.

use crate::model::cite::{
    citation_html, locator, plain, rich_citation, rich_passage_citation, Style,
};
use crate::model::normalize::strip_markup;
use crate::model::notebook::passage;
use crate::model::Span;
use crate::state::corpus;
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

impl Target {
    /// A name for what the panel cites: the panel's key, so that a view showing another
    /// source or quote in the same place gets a new (closed) panel. The texts are
    /// written when a panel opens; a panel Yew reused for another target kept the
    /// previous target's texts (issue 23: Kakar's page showed Akbar's citation).
    fn key(&self) -> String {
        match self {
            Target::Source(id) => ["s ", id].concat(),
            Target::Quote(arg, i) => ["q ", arg, " ", &i.to_string()].concat(),
            Target::Passage(id, span, section) => [
                "p ",
                id,
                " ",
                &span.start.to_string(),
                " ",
                &span.end.to_string(),
                " ",
                section,
            ]
            .concat(),
        }
    }
}

/// The citation with its italics marked (see `model::cite::spans`).
fn rich(target: &Target, style: Style) -> Option<String> {
    let c = corpus();
    match target {
        Target::Source(id) => c.source(id).map(|s| rich_citation(s, style)),
        Target::Quote(arg, i) => {
            let a = c.argument(arg)?;
            let e = a.evidence.get(*i)?;
            let s = c.source(&a.source)?;
            let at = locator(s, &e.section, e.span);
            Some(rich_passage_citation(
                s,
                &at,
                strip_markup(&e.quote).trim(),
                style,
            ))
        }
        Target::Passage(id, span, section) => {
            let s = c.source(id)?;
            let q = strip_markup(passage(s, *span)?);
            Some(rich_passage_citation(
                s,
                &locator(s, section, *span),
                q.trim(),
                style,
            ))
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

/// Puts `text` and, beside it, `html` on the clipboard (a `ClipboardItem` with both
/// flavours, so that a word processor keeps the italics and the hanging indent); false
/// when the browser has no `ClipboardItem` or refuses. Built through `Reflect`, as
/// web-sys's typed `ClipboardItem` would bring more glue for one call.
async fn write_rich(clipboard: &web_sys::Clipboard, text: &str, html: &str) -> bool {
    use js_sys::{Array, Function, Object, Promise, Reflect};
    use wasm_bindgen::JsValue;
    let blob = |value: &str, mime: &str| {
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        web_sys::Blob::new_with_str_sequence_and_options(&Array::of1(&value.into()), &opts).ok()
    };
    let item = (|| -> Option<Promise> {
        let window: JsValue = web_sys::window()?.into();
        let ctor: Function = Reflect::get(&window, &"ClipboardItem".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let record = Object::new();
        let (plain, rich): (JsValue, JsValue) = (
            blob(text, "text/plain")?.into(),
            blob(html, "text/html")?.into(),
        );
        Reflect::set(&record, &"text/plain".into(), &plain).ok()?;
        Reflect::set(&record, &"text/html".into(), &rich).ok()?;
        let item = Reflect::construct(&ctor, &Array::of1(&record)).ok()?;
        let write: Function = Reflect::get(clipboard, &"write".into())
            .ok()?
            .dyn_into()
            .ok()?;
        write
            .call1(clipboard, &Array::of1(&item))
            .ok()?
            .dyn_into::<Promise>()
            .ok()
    })();
    match item {
        Some(promise) => answered_in_time(promise).await,
        None => false,
    }
}

/// Copies the box `box_id`'s text with the async clipboard API, with `html` beside it
/// when given (else, or when refused, the text alone); when the page may not
/// (no `navigator.clipboard`, as on plain http; or the browser refuses, as some do from
/// file://), selects the text and tries the older copy command, and otherwise asks the
/// student to press the copy keys. Says which in `status`.
async fn copy(box_id: String, status: String, html: Option<String>) {
    let Some(area) = by_id::<HtmlTextAreaElement>(&box_id) else {
        return;
    };
    let value = area.value();
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    if let Some(c) = clipboard {
        let rich = match &html {
            Some(html) => write_rich(&c, &value, html).await,
            None => false,
        };
        if rich || answered_in_time(c.write_text(&value)).await {
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
    let key = target.key();
    let fill = {
        let (id, target) = (id.to_string(), target.clone());
        Callback::from(move |e: Event| {
            let open = e
                .target_dyn_into::<HtmlDetailsElement>()
                .is_some_and(|d| d.open());
            if !open {
                return;
            }
            for style in Style::ALL {
                let area = by_id::<HtmlTextAreaElement>(&[&id, "-", style.key()].concat());
                if let (Some(area), Some(t)) = (area, rich(&target, style)) {
                    area.set_value(&plain(&t));
                }
            }
        })
    };
    html! {
        <details {key} class="cite" data-testid="cite" ontoggle={fill}>
            <summary>{ "Cite" }</summary>
            { for Style::ALL.into_iter().map(|style| {
                let box_id = [id, "-", style.key()].concat();
                let onclick = {
                    let (box_id, status, target) = (box_id.clone(), status.clone(), target.clone());
                    Callback::from(move |_: MouseEvent| {
                        // The text/html flavour for the three prose styles (made here,
                        // escaped: see `model::cite::citation_html`); BibTeX and RIS are text.
                        let html = matches!(style, Style::Apa | Style::Mla | Style::Chicago)
                            .then(|| rich(&target, style).map(|r| citation_html(&r)))
                            .flatten();
                        wasm_bindgen_futures::spawn_local(copy(box_id.clone(), status.clone(), html));
                    })
                };
                html! {
                    <div key={style.key()} class="cite-style" data-style={style.key()}>
                        // The style's name and its Copy button on one line, the text
                        // the column's full width under them (legible at 360 px and in a
                        // 300 px column at 1440 px).
                        <label for={box_id.clone()}>{ style.label() }</label>
                        <button type="button" {onclick} data-testid="cite-copy">
                            { "Copy" }<span class="visually-hidden">{ " " }{ style.label() }</span>
                        </button>
                        <textarea id={box_id} readonly=true rows="5" data-testid="cite-text" />
                    </div>
                }
            }) }
            <p id={status} class="cite-status" role="status" aria-live="polite" data-testid="cite-status"></p>
        </details>
    }
}
