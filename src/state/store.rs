//! The notebook in the browser: kept in `localStorage` (this browser, this device; it
//! is never sent anywhere), files made for download, and the live region that says what
//! an action did. The format, checks and merging are `model::notebook`'s; this is only
//! the glue, and reads nothing while rendering (the native render tests never reach it).

use super::{storage, State, Trouble};
use crate::model::cite::Style;
use crate::model::notebook::{decode, Notebook};
use crate::state::shown::corpus;
use wasm_bindgen::JsCast;

/// The `localStorage` key of the built-in documents' notebook (the format version is in
/// the value's first line).
pub const KEY: &str = "policy-options-explainer.notebook";

/// The key of the notebook kept for the corpus shown: documents a reader opened (issue
/// 13) have their own, named after their file, as the items name their records.
fn key() -> String {
    match super::shown::own_name() {
        None => KEY.to_string(),
        Some(name) => [KEY, ":", name].concat(),
    }
}

thread_local! {
    /// The key and text this tab last read or wrote (`None`: no notebook stored). A
    /// stored text that differs from it when this tab saves was written by another tab
    /// whose `storage` event has not arrived yet: it is merged in, not overwritten.
    static LAST: std::cell::RefCell<(String, Option<String>)> = Default::default();
    /// Notebooks the browser refused to store (full, or no storage), by key, with why:
    /// kept in memory until the tab closes, and shown again when their documents are
    /// shown again (issue 29: opening a corpus file and coming back lost them).
    static UNSAVED: std::cell::RefCell<Vec<(String, Notebook, Trouble)>> = Default::default();
}

/// Forgets what this tab remembers of storage (what it last read or wrote, and the
/// notebooks storage refused): as a new tab starts. For the browser tests, each of which
/// stands for a new tab (`tests/browser/main.rs`, `clean_slate`).
pub fn forget_this_tab() {
    LAST.with_borrow_mut(|l| *l = Default::default());
    UNSAVED.with_borrow_mut(Vec::clear);
}

fn set_last(key: &str, text: Option<String>) {
    LAST.with_borrow_mut(|l| *l = (key.to_string(), text));
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn is_last(key: &str, text: &Option<String>) -> bool {
    LAST.with_borrow(|(k, t)| k == key && t == text)
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn keep_unsaved(key: &str, nb: Option<(Notebook, Trouble)>) {
    UNSAVED.with_borrow_mut(|u| {
        u.retain(|(k, _, _)| k != key);
        if let Some((nb, why)) = nb {
            u.push((key.to_string(), nb, why));
        }
    });
}

/// Puts into `s` the notebook kept for the corpus shown, or what could be read of it
/// and why not all.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // the reducer calls it in the browser
pub fn load(s: &mut State) {
    let key = key();
    if let Some((_, nb, why)) = UNSAVED.with_borrow(|u| u.iter().find(|u| u.0 == key).cloned()) {
        s.notebook = nb;
        s.trouble = Some(why);
        return;
    }
    let raw = match storage::read(&key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return set_last(&key, None),
        Err(_) => {
            s.trouble = Some(Trouble::NoStorage);
            return;
        }
    };
    set_last(&key, Some(raw.clone()));
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
        kept: s.notebook.items.len(),
    });
}

/// Writes the notebook (an empty one removes the key, so an unused notebook stores
/// nothing), merged first with what another tab stored since this one last read or
/// wrote (then the merged notebook is returned); the trouble if the browser refused,
/// and then the notebook is kept in memory for this tab's life.
// Called from the reducer in the browser only (native tests never reach storage).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn save(nb: &Notebook) -> Result<Option<Notebook>, Trouble> {
    let key = key();
    if !storage::available() {
        keep_unsaved(&key, Some((nb.clone(), Trouble::NoStorage)));
        return Err(Trouble::NoStorage);
    };
    let current = storage::read(&key).ok().flatten();
    let merged = (!is_last(&key, &current))
        .then(|| decode(current.as_deref()?, corpus()).ok())
        .flatten()
        .map(|theirs| {
            let mut m = nb.clone();
            m.merge(theirs.notebook);
            m
        });
    let nb = merged.as_ref().unwrap_or(nb);
    let text = (!nb.items.is_empty() || nb.style != Style::Apa).then(|| nb.encode());
    let written = match &text {
        None => storage::remove(&key),
        Some(t) => storage::write(&key, t),
    };
    match written {
        Ok(()) => {
            set_last(&key, text);
            keep_unsaved(&key, None);
            Ok(merged)
        }
        Err(e) => {
            let why = match e {
                storage::Refused::Full => Trouble::Full,
                storage::Refused::Denied => Trouble::NoStorage,
            };
            keep_unsaved(&key, Some((nb.clone(), why.clone())));
            Err(why)
        }
    }
}

/// Saves `next`'s notebook, unless stored text that could not be read is waiting for
/// the student's choice; on failure, `next` says why; merged with another tab's, `next`
/// holds the merged notebook.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn persist(next: &mut State) {
    if matches!(next.trouble, Some(Trouble::Damaged { .. })) {
        return;
    }
    // Storage that is missing was said at the start (it rarely goes mid-session); a
    // full one is said at every change it refuses.
    match save(&next.notebook) {
        Ok(Some(merged)) => next.notebook = merged,
        Ok(None) | Err(Trouble::NoStorage) => {}
        Err(why) => next.trouble = Some(why),
    }
}

/// The notebook another tab stored for the documents shown, from its `storage` event
/// (`None` for another key, or a text this copy cannot read).
pub fn from_other_tab(e: &web_sys::StorageEvent) -> Option<Notebook> {
    let key = key();
    if e.key().as_deref() != Some(key.as_str()) {
        return None;
    }
    let text = e.new_value();
    let nb = match &text {
        None => Notebook::default(),
        Some(t) => decode(t, corpus()).ok()?.notebook,
    };
    set_last(&key, text);
    Some(nb)
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
    download_bytes(name, mime, text.as_bytes())
}

/// [`download`] for any bytes (Make your own's zip and bundles too).
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> bool {
    fn go(name: &str, mime: &str, bytes: &[u8]) -> Option<()> {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let doc = web_sys::window()?.document()?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        doc.body()?.append_child(&a).ok()?;
        a.click();
        a.remove();
        // The download has started by then; the URL is freed after it.
        gloo::timers::callback::Timeout::new(60_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    }
    go(name, mime, bytes).is_some()
}
