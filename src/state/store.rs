//! The notebook in the browser: kept in `localStorage` (this browser, this device; it
//! is never sent anywhere), files made for download, and the live region that says what
//! an action did. The format, checks and merging are `model::notebook`'s; this is only
//! the glue, and reads nothing while rendering (the native render tests never reach it).

use super::{State, Trouble};
use crate::model::cite::Style;
use crate::model::corpus;
use crate::model::notebook::{decode, Notebook};
use wasm_bindgen::{JsCast, JsValue};

/// The `localStorage` key of the built-in documents' notebook (the format version is in
/// the value's first line).
pub const KEY: &str = "policy-options-explainer.notebook";

/// The key of the notebook kept for the corpus shown: documents a reader opened (issue
/// 13) have their own, named after their file, as the items name their records.
fn key() -> String {
    match crate::model::own_name() {
        None => KEY.to_string(),
        Some(name) => [KEY, ":", name].concat(),
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The state at start: the stored notebook, or what could be read of it and why not all.
pub fn initial() -> State {
    let mut s = State::default();
    load(&mut s);
    s
}

/// Puts into `s` the notebook kept for the corpus shown, or what could be read of it
/// and why not all.
pub fn load(s: &mut State) {
    let raw = match storage().map(|st| st.get_item(&key())) {
        Some(Ok(Some(raw))) => raw,
        Some(Ok(None)) => return,
        _ => {
            s.trouble = Some(Trouble::NoStorage);
            return;
        }
    };
    let why = match decode(&raw, corpus()) {
        Ok(d) => {
            s.notebook = d.notebook;
            if d.problems.is_empty() {
                return;
            }
            let mut why = String::from("some lines could not be read (");
            why.push_str(&d.problems[..d.problems.len().min(3)].join("; "));
            if d.problems.len() > 3 {
                why.push_str("; and more");
            }
            why.push(')');
            why
        }
        Err(fatal) => fatal.to_string(),
    };
    s.trouble = Some(Trouble::Damaged {
        raw: raw.into(),
        why,
    });
}

/// Writes the notebook (an empty one removes the key, so an unused notebook stores
/// nothing); the trouble if the browser refused.
// Called from the reducer in the browser only (native tests never reach storage).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn save(nb: &Notebook) -> Result<(), Trouble> {
    let st = storage().ok_or(Trouble::NoStorage)?;
    let written = if nb.items.is_empty() && nb.style == Style::Apa {
        st.remove_item(&key())
    } else {
        st.set_item(&key(), &nb.encode())
    };
    written.map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        // Chrome and Firefox name it QuotaExceededError; older Firefox NS_ERROR_DOM_QUOTA_REACHED.
        if name.contains("QUOTA") || name.contains("Quota") {
            Trouble::Full
        } else {
            Trouble::NoStorage
        }
    })
}

/// Saves `next`'s notebook, unless stored text that could not be read is waiting for
/// the student's choice; on failure, `next` says why.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn persist(next: &mut State) {
    if matches!(next.trouble, Some(Trouble::Damaged { .. })) {
        return;
    }
    // Storage that is missing was said at the start (it rarely goes mid-session); a
    // full one is said at every change it refuses.
    if let Err(Trouble::Full) = save(&next.notebook) {
        next.trouble = Some(Trouble::Full);
    }
}

/// Says `message` in the app's live region (screen readers read it out).
pub fn announce(message: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("notebook-status"));
    if let Some(el) = el {
        el.set_text_content(Some(message));
    }
}

/// Offers `text` as a file named `name`, made in the browser (a Blob and an object
/// URL on a download link; nothing leaves the device). `false` if the browser refused.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    fn go(name: &str, mime: &str, text: &str) -> Option<()> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let doc = web_sys::window()?.document()?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        let body = doc.body()?;
        body.append_child(&a).ok()?;
        a.click();
        a.remove();
        // The download has started by then; the URL is freed after it.
        gloo::timers::callback::Timeout::new(60_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    }
    go(name, mime, text).is_some()
}
