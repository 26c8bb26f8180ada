//! Brings the built-in sources' texts (`model::texts`) after the first render: from the
//! data blocks a single file carries (`<script type="application/octet-stream"
//! id="poe-text-akbar">`, base64), or else fetched from the files beside the app (the
//! service worker keeps them offline).

use crate::model::bundle::base64_decode;
use crate::model::{attach_texts, texts_ready, texts_to_fetch};
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Puts the texts in place from the page's data blocks, if it has them all (a single
/// file); `false` if it has not, or they are not the right texts.
pub fn from_page() -> bool {
    if texts_ready() {
        return true;
    }
    let mut arrived = Vec::new();
    for (id, _) in texts_to_fetch() {
        let block = document().get_element_by_id(&["poe-text-", &id].concat());
        let Some(bytes) = block
            .and_then(|b| b.text_content())
            .and_then(|t| base64_decode(&t))
        else {
            return false;
        };
        arrived.push((id, bytes));
    }
    attach_texts(&arrived).is_ok()
}

/// Fetches every text, checks and puts them in place; `Err`: why not, for the student.
pub async fn fetch_all() -> Result<(), String> {
    let mut arrived = Vec::new();
    for (id, file) in texts_to_fetch() {
        let bytes = fetch(&file).await.map_err(|why| {
            format!("The texts of the sources could not be loaded ({why}). Check the connection and reload the page; once loaded, they stay available offline.")
        })?;
        arrived.push((id, bytes));
    }
    attach_texts(&arrived).map_err(|e| {
        format!("The texts of the sources could not be used: {e}. Reload the page; if this goes on, this copy of the app is damaged: fetch it again.")
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
