//! Preview and export: refused, with the list, until every check passes; made in the
//! browser, so they work when the browser's storage refused the project.

use super::{change, Handle};
use crate::author::export;
use crate::author::project::Fault;
use crate::model::bundle;
use crate::state::store::download_bytes as download;
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use yew::prelude::*;

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

/// The bytes of the file at `url` (relative to this page), or why not.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let failed = |_| format!("{url} did not arrive");
    let resp = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(failed)?;
    let resp: web_sys::Response = resp.dyn_into().map_err(failed)?;
    if !resp.ok() {
        return Err(format!("{url}: the server answered {}", resp.status()));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(resp.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The whole built-in corpus, checked against what the build recorded: in the single
/// file, from the students' app it carries (whose own data block holds the corpus);
/// served, the content-addressed file the build writes beside the students' app
/// (`model::deferred`; this page is in `make/`, so one folder up). Nothing of it is in
/// this page's wasm, which embeds only what the students' home shows.
async fn built_in() -> Result<crate::model::Corpus, String> {
    let bytes = if document().get_element_by_id("poe-app").is_some() {
        let app = app_file().await?;
        let start = "id=\"poe-corpus\">";
        let block = (app.split_once(start))
            .and_then(|(_, rest)| rest.split_once("</script>"))
            .map(|(b64, _)| b64)
            .ok_or("The students' app carried in this file has no built-in corpus.")?;
        bundle::base64_decode(block)
            .ok_or("The built-in corpus carried in this file is damaged.")?
    } else {
        fetch_bytes(&format!("../{}", crate::model::deferred::file_name()))
            .await
            .map_err(|why| format!("The built-in corpus could not be loaded ({why}): open this page from the served app while online once."))?
    };
    crate::model::deferred::open(&bytes)
        .map_err(|e| format!("The built-in corpus could not be used: {e}."))
}

/// Opens the built-in corpus as a new project, to study it or adapt it.
fn open_built_in(h: &Handle) -> Callback<MouseEvent> {
    let h = h.clone();
    Callback::from(move |_: MouseEvent| {
        let h = h.clone();
        change(&h, |m| m.status = "Loading the built-in corpus…".into());
        wasm_bindgen_futures::spawn_local(async move {
            let got = built_in().await;
            super::edit(&h, move |m| {
                let c = got?;
                let taken = super::storage::names();
                let name = crate::author::project::unique("Built-in corpus", |n| {
                    taken.iter().any(|t| t == n)
                });
                m.project = crate::author::project::Project { name, corpus: c };
                m.doc = m.project.corpus.sources.first().map(|s| s.id.clone());
                m.quote = None;
                m.shared = None;
                Ok(format!(
                    "Opened the built-in corpus as the project “{}”: study it, or adapt it and export it as your own.",
                    m.project.name
                ))
            });
        });
    })
}

/// Whether this browser lets a page write a folder the reader picks (the File System
/// Access API's `showDirectoryPicker`: Chromium-based browsers on a computer; not
/// Firefox, Safari or phones, which get the zip only).
fn can_write_folders() -> bool {
    js_sys::Reflect::get(&window(), &"showDirectoryPicker".into()).is_ok_and(|f| f.is_function())
}

/// Calls method `name` of `on` with `args`, and awaits it when it gives a promise.
async fn call(
    on: &wasm_bindgen::JsValue,
    name: &str,
    args: &[wasm_bindgen::JsValue],
) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(on, &name.into())?.dyn_into()?;
    let out = f.apply(on, &args.iter().collect::<js_sys::Array>())?;
    match out.dyn_into::<js_sys::Promise>() {
        Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await,
        Err(v) => Ok(v),
    }
}

/// Writes `files` (paths with `/`) into folder `root`, made in a folder the reader
/// picks; the number of files written, or why not.
async fn write_folder(root: &str, files: &[(String, Vec<u8>)]) -> Result<usize, String> {
    let refused = |_| {
        "The folder could not be written (the browser refused, or you chose none): use the zip instead.".to_string()
    };
    let create = js_sys::Object::new();
    js_sys::Reflect::set(&create, &"create".into(), &true.into()).map_err(refused)?;
    let mode = js_sys::Object::new();
    js_sys::Reflect::set(&mode, &"mode".into(), &"readwrite".into()).map_err(refused)?;
    let picked = call(&window(), "showDirectoryPicker", &[mode.into()])
        .await
        .map_err(refused)?;
    let top = call(
        &picked,
        "getDirectoryHandle",
        &[root.into(), create.clone().into()],
    )
    .await
    .map_err(refused)?;
    for (path, bytes) in files {
        let mut dir = top.clone();
        let mut parts: Vec<&str> = path.split('/').collect();
        let name = parts.pop().unwrap_or_default();
        for part in parts {
            dir = call(
                &dir,
                "getDirectoryHandle",
                &[part.into(), create.clone().into()],
            )
            .await
            .map_err(refused)?;
        }
        let file = call(&dir, "getFileHandle", &[name.into(), create.clone().into()])
            .await
            .map_err(refused)?;
        let out = call(&file, "createWritable", &[]).await.map_err(refused)?;
        call(
            &out,
            "write",
            &[js_sys::Uint8Array::from(&bytes[..]).into()],
        )
        .await
        .map_err(refused)?;
        call(&out, "close", &[]).await.map_err(refused)?;
    }
    Ok(files.len())
}

/// What each export button makes.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// The project as it is, faults and all (to keep it when the browser's storage
    /// refuses it, and open it here again).
    Project,
    Corpus,
    Folder,
    /// The folder written as a folder (where the browser can).
    PlainFolder,
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
        Kind::PlainFolder => wasm_bindgen_futures::spawn_local(async move {
            let files = export::folder(&p.corpus);
            let done = (write_folder(&stem, &files).await)
                .map(|n| format!("Wrote the folder “{stem}” ({n} files) where you chose."));
            say(&h, done);
        }),
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
                <li>{ button(Kind::Folder, "Folder (.zip)", "export-folder") }{ " — the JSON files and texts, for version control and `corpus check`." }
                    if can_write_folders() {
                        { " Or " }{ button(Kind::PlainFolder, "write it as a folder", "export-plain-folder") }{ " in a folder you choose (no unzipping)." }
                    } else {
                        { " (This browser cannot write a folder directly; Chrome and Edge on a computer can. Unzip this one.)" }
                    }
                </li>
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
        <>
            <p>
                <label>{ "Open a corpus file (.poe) to edit it " }
                    <input type="file" accept=".poe,application/octet-stream" {onchange} data-testid="open-corpus" />
                </label>
            </p>
            <p>
                <button type="button" onclick={open_built_in(h)} data-testid="open-built-in">{ "Open the built-in corpus" }</button>
                { " — the explainer's own four documents on Pakistan and the TTP, as a new project: to see how it is made, or to start from it." }
            </p>
        </>
    }
}
