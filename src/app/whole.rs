//! Brings the whole built-in corpus (`model::deferred`) after the first render: from the
//! data block a single file carries (`<script type="application/octet-stream"
//! id="poe-corpus">`, base64), or else fetched from the file beside the app (the service
//! worker keeps it offline).

use crate::model::bundle::base64_decode;
use crate::model::deferred;
use crate::state::shown::attach_whole;
use crate::state::whole_ready;
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Puts the whole corpus in place from the page's data block, if it has one (a single
/// file); `false` if it has not, or it is not the right one.
pub fn from_page() -> bool {
    if whole_ready() {
        return true;
    }
    document()
        .get_element_by_id("poe-corpus")
        .and_then(|b| b.text_content())
        .and_then(|t| base64_decode(&t))
        .is_some_and(|bytes| attach_whole(&bytes).is_ok())
}

/// Puts what home shows in place from the page's data block (`examples/prerender.rs`
/// writes it beside the prerendered home), if the page has one.
pub fn home_from_page() {
    if let Some(text) = document()
        .get_element_by_id("poe-home")
        .and_then(|b| b.text_content())
    {
        crate::state::shown::set_home(&text);
    }
}

/// Fetches the whole corpus, checks it and puts it in place; `Err`: why not, in words.
pub async fn fetch_whole() -> Result<(), String> {
    let bytes = fetch(deferred::file_name()).await.map_err(|why| {
        format!("The sources' texts and arguments could not be loaded ({why}). Check the connection and reload the page; once loaded, they stay available offline.")
    })?;
    attach_whole(&bytes).map_err(|e| {
        format!("The sources' texts and arguments could not be used: {e}. Reload the page; if this goes on, this copy of the app is damaged: fetch it again.")
    })
}

/// The bytes of `file` (relative to the page), or why not.
async fn fetch(file: &str) -> Result<Vec<u8>, String> {
    let failed = |_| format!("{file} did not arrive");
    let response = JsFuture::from(window().fetch_with_str(file))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(failed)?;
    if !response.ok() {
        return Err(format!("{file}: the server answered {}", response.status()));
    }
    let buffer = response.array_buffer().map_err(failed)?;
    let buffer = JsFuture::from(buffer).await.map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
