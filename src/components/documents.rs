//! Which documents the app shows (issue 13): the line in the header that says so, with
//! its one-click way back; and, for the "Your documents" page and the app shell, the
//! corpus file a reader opened, kept in the browser's storage between visits and shown
//! again at start.

use crate::model::bundle;
use crate::state::shown::{complete_base, set_base_home};
use crate::state::{base_name, own_name, set_base, show_base, show_own, shows_base};
use crate::state::{show_corpus, storage, AppState, Showing};
use gloo::utils::document;
use yew::prelude::*;

/// The header's line under the title: the built-in subject, or "Your documents:" and
/// their name, with a button back to the built-in documents.
pub fn shown(state: &AppState) -> Html {
    let Some(name) = own_name() else {
        return html! {
            <span class="site-subtitle">{ "Pakistan and the TTP after 2021: what four sources argue" }</span>
        };
    };
    let back = (!shows_base()).then(|| {
        let state = state.clone();
        let onclick = Callback::from(move |_: MouseEvent| back_to_base(&state));
        html! {
            <button type="button" class="documents-back" {onclick} data-testid="documents-return">
                { return_label_html() }
            </button>
        }
    });
    html! {
        <span class="site-documents" data-testid="corpus-shown">
            // <bdi>: a file's name may hold bidi controls (U+202E reversed the header).
            <a href={crate::route::Route::Documents.href()}>{ "Your documents: " }<bdi data-testid="corpus-name">{ name }</bdi></a>
            { for back }
        </span>
    }
}

/// The label of the button that returns to the documents this copy starts with.
pub fn return_label() -> String {
    match base_name() {
        Some(n) => format!("Back to “{n}”"),
        None => "Back to the built-in documents".to_string(),
    }
}

/// [`return_label`] with the name isolated from the text around it.
pub fn return_label_html() -> Html {
    match base_name() {
        Some(n) => html! { <>{ "Back to “" }<bdi>{ n }</bdi>{ "”" }</> },
        None => html! { { return_label() } },
    }
}

/// Shows the documents this copy starts with again and forgets the opened file.
pub fn back_to_base(state: &AppState) {
    forget();
    show_corpus(state, Showing::Base);
}

/// Keeps an opened file for the next visit; the reason in words when the browser
/// refuses (most often its storage quota: a few MB per site), and then the file kept
/// before is forgotten too, so that a reload shows what this copy starts with.
pub fn keep(name: &str, bytes: &[u8]) -> Result<(), String> {
    if !storage::available() {
        return Err("This browser keeps nothing for this page, so these documents are shown for this visit only.".into());
    };
    let text = bundle::keep_text(name, bytes);
    if storage::write(bundle::KEEP_KEY, &text).is_ok() {
        return Ok(());
    }
    // What the site's other data takes, to name the cause: storage already full, or a
    // file too large for it.
    let used = storage::used_except(bundle::KEEP_KEY);
    forget();
    Err(bundle::keep_refused(text.len(), used))
}

/// Forgets the kept file.
pub fn forget() {
    let _ = storage::remove(bundle::KEEP_KEY);
}

thread_local! {
    /// The app runs as the preview of "Make your own" (issue 25): it shows the documents
    /// being made, never a file a reader kept on this site.
    static PREVIEW: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Makes the app a preview of "Make your own": see [`PREVIEW`].
pub fn preview_only() {
    PREVIEW.set(true);
}

/// Makes the app itself again after [`preview_only`] (the browser tests share one page).
pub fn end_preview() {
    PREVIEW.set(false);
    crate::state::shown::forget_base();
}

/// At start: the documents a single file carries become this copy's own; then the file
/// a reader opened on an earlier visit is checked and shown again. A notice in words
/// when either cannot be read (then the documents this copy starts with are shown),
/// naming which and why: a single file whose documents are past the limits says so
/// (issue 30: it showed the built-in documents without a word).
pub fn restore() -> Option<String> {
    let mut notice = None;
    if base_name().is_none() {
        if let Some((home, name)) = carried_home() {
            // The file itself is read after the first paint (`complete_carried`).
            set_base_home(home, &name);
        } else if let Some((name, bytes)) = carried() {
            match bytes.ok_or_else(|| vec!["Its data is damaged.".to_string()]) {
                Ok(bytes) => match bundle::open(&bytes) {
                    Ok(c) => set_base(c, &name),
                    Err(f) => notice = Some(carried_notice(&name, &f)),
                },
                Err(f) => notice = Some(carried_notice(&name, &f)),
            }
        }
    }
    show_base();
    if PREVIEW.get() {
        return None;
    }
    // Without storage (a private window may refuse it) the file's notice still stands.
    let text = storage::read(bundle::KEEP_KEY).ok().flatten();
    let Some(text) = text else {
        return notice;
    };
    let opened = bundle::from_kept(&text)
        .ok_or_else(|| vec![String::new()])
        .and_then(|(name, bytes)| Ok((name, bundle::open(&bytes)?)));
    match opened {
        Ok((name, c)) => show_own(c, name),
        Err(f) => {
            forget();
            // What is shown now is what this copy starts with.
            let mut s = String::from("The documents kept from an earlier visit could not be read, so the documents this copy starts with are shown. ");
            s.push_str(&f.join(" "));
            notice = Some(notice.map_or(s.clone(), |n| [n.as_str(), " ", &s].concat()));
        }
    }
    notice
}

/// What is said when the documents built into a single file cannot be shown.
fn carried_notice(name: &str, faults: &[String]) -> String {
    let mut s = String::from("The documents built into this file");
    if !name.is_empty() {
        s.push_str(" (“");
        s.push_str(name);
        s.push_str("”)");
    }
    s.push_str(" cannot be shown, so the built-in documents are shown instead. ");
    s.push_str(&faults.join(" "));
    s
}

/// What home shows of the documents a single file carries, from its block
/// (`corpus::deferred::documents_blocks`), and their name; `None` without it, or when it
/// does not decode (the file itself is then read at once, as before the block was made).
fn carried_home() -> Option<(crate::model::Corpus, String)> {
    let el = document().get_element_by_id(crate::model::deferred::DOCUMENTS_HOME)?;
    // The name on the home block: the documents' own block, at the end of the page, may
    // not be read yet (`corpus::deferred::carry`).
    let name = el.get_attribute("data-name").unwrap_or_default();
    let bytes = crate::model::deferred::from_text_safe(&el.text_content()?)?;
    Some((crate::model::codec::decode(&bytes).ok()?, name))
}

/// After the first paint of a single file whose documents' home was drawn from their
/// home block ([`carried_home`]), once the page is read to its end (their block is its
/// last: `crate::state::prepare::parsed`): reads (unpacking them: [`unpacked`]), checks
/// and puts in place the documents themselves; `Err`: the notice saying why they cannot
/// be shown (the embedded corpus is then this copy's, as when the file is read at start).
// Called from the app in the browser only.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub async fn complete_carried() -> Result<(), String> {
    let el = document().get_element_by_id("poe-documents");
    let name = el.as_ref().and_then(|e| e.get_attribute("data-name"));
    let packed = el.as_ref().and_then(|e| e.get_attribute("data-packed"));
    let bytes = match packed {
        Some(_) => {
            let text = el.and_then(|e| e.text_content()).unwrap_or_default();
            match bundle::base64_decode(&text) {
                Some(bytes) => unpacked(&bytes).await,
                None => None,
            }
        }
        None => carried().and_then(|(_, bytes)| bytes),
    };
    let opened = bytes
        .ok_or_else(|| vec!["Its data is damaged.".to_string()])
        .and_then(|bytes| bundle::open(&bytes));
    match opened {
        Ok(c) => {
            complete_base(Some(c));
            Ok(())
        }
        Err(faults) => {
            complete_base(None);
            Err(carried_notice(&name.unwrap_or_default(), &faults))
        }
    }
}

/// `bytes` packed by `corpus::deferred::packed`, unpacked by the browser's own
/// `DecompressionStream` (so the app carries no code for it); `None` when they do not
/// unpack (a file damaged or cut short). Every browser this app runs in has it (Chrome
/// and Edge 80, Firefox 113, Safari 16.4).
#[cfg(target_arch = "wasm32")]
async fn unpacked(bytes: &[u8]) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    let inflate = Inflate::new(crate::model::deferred::PACKED).ok()?;
    let mut bytes = bytes.to_vec();
    let body = web_sys::Response::new_with_opt_u8_array(Some(&mut bytes))
        .ok()?
        .body()?;
    let out = web_sys::Response::new_with_opt_readable_stream(Some(
        &body.unchecked_into::<Stream>().pipe_through(&inflate),
    ))
    .ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(out.array_buffer().ok()?)
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(buffer.dyn_ref::<js_sys::ArrayBuffer>()?).to_vec())
}

// web-sys has `DecompressionStream` only behind its unstable APIs' flag. The stream is
// itself the pair `pipeThrough` takes (three imports fewer than web-sys's way, each a
// few dozen bytes of every first visit).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Inflate;
    #[wasm_bindgen(constructor, catch, js_class = "DecompressionStream")]
    fn new(format: &str) -> Result<Inflate, wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_name = ReadableStream)]
    type Stream;
    #[wasm_bindgen(method, js_name = pipeThrough)]
    fn pipe_through(this: &Stream, inflate: &Inflate) -> web_sys::ReadableStream;
}

/// Natively there is nothing to unpack with (the app's documents are read in the browser).
#[cfg(not(target_arch = "wasm32"))]
async fn unpacked(_: &[u8]) -> Option<Vec<u8>> {
    None
}

/// The corpus file a single file made by `corpus single-file` carries: its name and bytes
/// (`None` when its data is not `corpus::deferred::text_safe`'s text).
fn carried() -> Option<(String, Option<Vec<u8>>)> {
    let el = document().get_element_by_id("poe-documents")?;
    let bytes = crate::model::deferred::from_text_safe(&el.text_content().unwrap_or_default());
    let name = el.get_attribute("data-name").unwrap_or_default();
    Some((name, bytes))
}

/// Reads a file the reader chose or dropped, then calls `done` with its name and its
/// bytes (or why it cannot be read).
pub fn read_file(
    file: web_sys::File,
    done: impl FnOnce(String, Result<Vec<u8>, String>) + 'static,
) {
    let name = bundle::name_from_file(&file.name());
    if file.size() > bundle::MAX_BYTES as f64 {
        done(
            name,
            Err("The file is larger than 16 MB; the app opens corpus files of up to 16 MB.".into()),
        );
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
            .await
            .map(|b| js_sys::Uint8Array::new(&b).to_vec())
            .map_err(|_| "The browser could not read the file.".to_string());
        done(name, bytes);
    });
}
