//! Preview and export: refused, with the list, until every check passes; made in the
//! browser, so they work when the browser's storage refused the project.

use super::{change, Handle};
use crate::author::export;
use crate::author::project::Fault;
use crate::model::bundle;
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Offers `bytes` as a file named `name`, made in the browser (a Blob on a download
/// link; nothing leaves the device). `false` if the browser refused.
fn download(name: &str, mime: &str, bytes: &[u8]) -> bool {
    fn go(name: &str, mime: &str, bytes: &[u8]) -> Option<()> {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = document().create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        document().body()?.append_child(&a).ok()?;
        a.click();
        a.remove();
        gloo::timers::callback::Timeout::new(60_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    }
    go(name, mime, bytes).is_some()
}

/// The students' single-file app: carried in this page when it is the single file
/// itself (`make-your-own.html`), else the one served beside this page.
async fn app_file() -> Result<String, String> {
    if let Some(el) = document().get_element_by_id("poe-app") {
        let bytes = bundle::base64_decode(&el.text_content().unwrap_or_default())
            .ok_or("The students' app carried in this file is damaged.")?;
        return String::from_utf8(bytes)
            .map_err(|_| "The students' app carried in this file is damaged.".into());
    }
    let missing = "The students' app file (policy-options-explainer.html) cannot be read here: open this page from the served app once while online, or use the corpus file instead.";
    let resp = wasm_bindgen_futures::JsFuture::from(
        window().fetch_with_str("../policy-options-explainer.html"),
    )
    .await
    .map_err(|_| missing)?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| missing)?;
    if !resp.ok() {
        return Err(missing.into());
    }
    let text = wasm_bindgen_futures::JsFuture::from(resp.text().map_err(|_| missing)?)
        .await
        .map_err(|_| missing)?;
    text.as_string().ok_or_else(|| missing.into())
}

/// What each export button makes.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// The project as it is, faults and all (to keep it when the browser's storage
    /// refuses it, and open it here again).
    Project,
    Corpus,
    Folder,
    SingleFile,
    Aif,
    Argdown,
}

/// Makes export `kind` of the project and offers it; the status says what happened.
fn run(h: &Handle, kind: Kind) {
    let (p, h) = (h.project.clone(), h.clone());
    let stem = export::file_stem(&p.name);
    let say = move |h: &Handle, r: Result<String, String>| {
        let s = r.unwrap_or_else(|e| e);
        change(h, move |m| m.status = s);
    };
    let offer = |name: String, mime: &str, bytes: &[u8]| {
        if download(&name, mime, bytes) {
            Ok(format!("Exported {name}."))
        } else {
            Err("The browser refused to save the file.".to_string())
        }
    };
    let c = &p.corpus;
    match kind {
        Kind::Project => say(
            &h,
            export::corpus_file(c).and_then(|b| {
                offer(
                    format!("{stem}-unfinished.poe"),
                    "application/octet-stream",
                    &b,
                )
            }),
        ),
        Kind::Corpus => say(
            &h,
            export::corpus_file(c)
                .and_then(|b| offer(format!("{stem}.poe"), "application/octet-stream", &b)),
        ),
        Kind::Folder => {
            let zip = export::zip(&stem, &export::folder(c));
            say(&h, offer(format!("{stem}.zip"), "application/zip", &zip))
        }
        Kind::Aif => {
            let json = serde_json::to_string_pretty(&export::aif(c)).unwrap_or_default();
            say(
                &h,
                offer(
                    format!("{stem}.aif.json"),
                    "application/json",
                    json.as_bytes(),
                ),
            )
        }
        Kind::Argdown => say(
            &h,
            offer(
                format!("{stem}.argdown"),
                "text/plain",
                export::argdown(&p.name, c).as_bytes(),
            ),
        ),
        Kind::SingleFile => wasm_bindgen_futures::spawn_local(async move {
            let made = async {
                let bytes = export::corpus_file(&p.corpus)?;
                let html = export::single_file(&app_file().await?, &p.name, &bytes)?;
                offer(format!("{stem}.html"), "text/html", html.as_bytes())
            };
            say(&h, made.await);
        }),
    }
}

/// The preview and export section.
pub fn section(h: &Handle, faults: &[Fault]) -> Html {
    let button = |kind: Kind, label: &'static str, testid: &'static str| {
        let (hh, ok) = (h.clone(), faults.is_empty() || kind == Kind::Project);
        let onclick = Callback::from(move |_: MouseEvent| {
            if ok {
                run(&hh, kind)
            } else {
                change(&hh, |m| {
                    m.status = "Export is refused until every check passes: see the list under “6. Checks”.".into()
                })
            }
        });
        html! { <button type="button" {onclick} data-testid={testid}>{ label }</button> }
    };
    let preview = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            let p = h.project.clone();
            // The students' app checks a corpus file before it shows it; so does this.
            let checked = export::corpus_file(&p.corpus)
                .and_then(|b| bundle::open(&b).map_err(|f| f.join(" ")));
            change(&h, move |m| match checked {
                Ok(c) => {
                    crate::state::set_base(c, &p.name);
                    crate::components::documents::preview_only();
                    m.preview = true;
                    let _ = window().location().set_hash("");
                }
                Err(why) => {
                    m.status = format!("The preview needs a corpus the explainer can open: {why}")
                }
            });
        })
    };
    html! {
        <section class="author-section" aria-labelledby="export-h">
            <h2 id="export-h">{ "7. Preview and export" }</h2>
            <p><button type="button" onclick={preview} data-testid="preview-open">{ "Preview the explainer" }</button></p>
            <p>{ "Export (each is made in this browser):" }</p>
            <ul class="author-exports">
                <li>{ button(Kind::SingleFile, "Single-file app (.html)", "export-single") }{ " — the explainer with these documents, in one file to share; it opens from a disk with no network." }</li>
                <li>{ button(Kind::Corpus, "Corpus file (.poe)", "export-corpus") }{ " — opens in the explainer under “Your documents”, and here to edit again." }</li>
                <li>{ button(Kind::Folder, "Folder (.zip)", "export-folder") }{ " — the JSON files and texts, for version control and `corpus check`." }</li>
                <li>{ button(Kind::Aif, "AIF (.json)", "export-aif") }{ " — for OVA+ and AIFdb." }</li>
                <li>{ button(Kind::Argdown, "Argdown (.argdown)", "export-argdown") }</li>
                <li>{ button(Kind::Project, "The unfinished project (.poe)", "export-project") }{ " — at any time, checks or not: open it here again to go on (the explainer opens only a finished one)." }</li>
            </ul>
            { open_corpus(h) }
        </section>
    }
}

/// Opening a corpus file to edit it (as a new project of the file's name).
fn open_corpus(h: &Handle) -> Html {
    let onchange = {
        let h = h.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(f) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            input.set_value("");
            let h = h.clone();
            crate::components::documents::read_file(f, move |name, bytes| {
                // Unchecked, as a project in progress is (an unfinished project saved
                // here); the checks then list what is left to fix.
                let opened = bytes
                    .and_then(|b| crate::model::codec::decode(&b).map_err(|e| bundle::explain(&e)));
                super::edit(&h, move |m| {
                    let c = opened?;
                    let taken = super::storage::names();
                    m.project.name =
                        crate::author::project::unique(&name, |n| taken.iter().any(|t| t == n));
                    m.project.corpus = c;
                    m.doc = m.project.corpus.sources.first().map(|s| s.id.clone());
                    m.quote = None;
                    Ok(format!(
                        "Opened “{name}” as the project “{}”.",
                        m.project.name
                    ))
                });
            });
        })
    };
    html! {
        <p>
            <label>{ "Open a corpus file (.poe) to edit it " }
                <input type="file" accept=".poe,application/octet-stream" {onchange} data-testid="open-corpus" />
            </label>
        </p>
    }
}
