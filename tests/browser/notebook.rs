//! The notebook in the browser (issue 11): what is collected survives a new start of
//! the app, the exported notebook file imports into cleared storage as the same
//! notebook, and damaged stored data gives a notice while the rest of the app works.

use super::*;
use wasm_bindgen::JsValue;

const KEY: &str = "policy-options-explainer.notebook";

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn stored() -> Option<String> {
    storage().get_item(KEY).unwrap()
}

/// From now on, a click on a download link is stopped and the file's text kept in
/// `window.__downloads` (name → text), as the browser would save it.
fn catch_downloads() {
    js(
        "window.__downloads = {};
         if (!window.__catching) {
           window.__catching = true;
           document.addEventListener('click', e => {
             const l = e.target.closest && e.target.closest('a[download]');
             if (!l) return;
             e.preventDefault();
             fetch(l.href).then(r => r.text()).then(t => { window.__downloads[l.download] = t; });
           }, true);
         }",
        &JsValue::NULL,
        &JsValue::NULL,
    );
}

async fn downloaded(name: &str) -> String {
    let key = JsValue::from_str(name);
    let file = || js("return window.__downloads[a]", &key, &JsValue::NULL).as_string();
    wait_until_or(|| format!("a download named {name:?}"), || file().is_some()).await;
    file().unwrap()
}

/// Chooses a file with `text` in the file input `selector`, as a student would.
fn choose_file(page: &Page, selector: &str, text: &str) {
    js(
        "const dt = new DataTransfer();
         dt.items.add(new File([b], 'notebook.txt', { type: 'text/plain' }));
         a.files = dt.files;
         a.dispatchEvent(new Event('change', { bubbles: true }));",
        &page.one(selector).into(),
        &JsValue::from_str(text),
    );
}

/// Opens "Border fencing", shows the first argument's evidence and adds its first quote
/// to the notebook; the page once the quote shows as in the notebook.
pub(super) async fn collect_first_border_quote() -> Page {
    let page = open("#/option/border").await;
    wait_for(&page, "[data-testid=argument]").await;
    page.click("[data-testid=argument] [data-testid=toggle-evidence]");
    wait_for(&page, "[data-testid=evidence] [data-testid=collect]").await;
    page.click("[data-testid=evidence] [data-testid=collect]");
    wait_for(&page, "[data-testid=evidence] [data-testid=in-notebook]").await;
    page
}

#[wasm_bindgen_test]
async fn what_is_collected_is_there_after_a_new_start() {
    clean_slate();
    storage().remove_item(KEY).unwrap();
    let page = collect_first_border_quote().await;
    // The button stays where it was, now taking the quote out again.
    assert!(!page.testid("uncollect").is_empty());
    let quote = text(&page.one("[data-testid=evidence] [data-testid=quote]"));
    assert!(stored().unwrap().starts_with("policy-options-notebook 1\n"));
    drop(page);

    let page = open("#/notebook").await;
    wait_for(&page, "[data-testid=notebook-item]").await;
    assert_eq!(page.testid("notebook-item").len(), 1);
    let shown = text(&page.one("[data-testid=notebook-text]"));
    assert_eq!(normalize(&shown), normalize(&quote));
    // APA by default: the in-text citation and the reference, without the quotation
    // again (it is shown once, above: issue 27).
    let citation = text(&page.one("[data-testid=notebook-citation]"));
    assert!(
        citation.starts_with('(') && citation.contains(" section)"),
        "{citation}"
    );
    let opening: String = normalize(&quote).chars().take(30).collect();
    assert!(!normalize(&citation).contains(&opening), "{citation}");
    // A note typed on the notebook page is kept too.
    let note: web_sys::HtmlTextAreaElement =
        page.one("[data-testid=notebook-note]").dyn_into().unwrap();
    note.set_value("my note");
    note.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    wait_until("the note is stored", || {
        stored().is_some_and(|s| s.contains("\tmy note\n"))
    })
    .await;
    drop(page);
    storage().remove_item(KEY).unwrap();
}

#[wasm_bindgen_test]
async fn the_exported_file_imports_into_cleared_storage_as_the_same_notebook() {
    clean_slate();
    storage().remove_item(KEY).unwrap();
    catch_downloads();
    let page = open("#/recommendations").await;
    wait_for(&page, "[data-testid=recommendation] [data-testid=collect]").await;
    page.click("[data-testid=recommendation] [data-testid=collect]");
    wait_for(
        &page,
        "[data-testid=recommendation] [data-testid=in-notebook]",
    )
    .await;
    drop(page);
    let page = open("#/option/border").await;
    wait_for(&page, "[data-testid=argument] [data-testid=collect]").await;
    page.click("[data-testid=argument] [data-testid=collect]");
    wait_for(&page, "[data-testid=argument] [data-testid=in-notebook]").await;
    drop(page);

    let page = open("#/notebook").await;
    wait_for(&page, "[data-testid=notebook-item]").await;
    assert_eq!(page.testid("notebook-item").len(), 2);
    page.click("[data-testid=export-notebook]");
    let file = downloaded("notebook.txt").await;
    assert_eq!(Some(&file), stored().as_ref());
    page.click("[data-testid=export-markdown]");
    let md = downloaded("notebook.md").await;
    assert!(
        md.starts_with("# Notebook\n") && md.contains("APA 7"),
        "{md}"
    );
    page.click("[data-testid=export-csv]");
    assert!(downloaded("notebook.csv")
        .await
        .starts_with("kind,option,source,section,text,citation,note\r\n"));
    drop(page);

    // A fresh profile: nothing stored.
    storage().remove_item(KEY).unwrap();
    let page = open("#/notebook").await;
    wait_for(&page, "[data-testid=notebook-empty]").await;
    choose_file(&page, "[data-testid=notebook-import]", &file);
    wait_until_or(
        || text(&page.one("[data-testid=import-report]")),
        || text(&page.one("[data-testid=import-report]")).contains("2 item(s) added; 0 skipped"),
    )
    .await;
    wait_until("the import is stored", || stored().as_ref() == Some(&file)).await;
    assert_eq!(page.testid("notebook-item").len(), 2);
    // The same file again adds nothing and says so.
    choose_file(&page, "[data-testid=notebook-import]", &file);
    wait_until("the second import is reported", || {
        text(&page.one("[data-testid=import-report]")).contains("0 item(s) added; 2 skipped")
    })
    .await;
    // A damaged file is refused with a reason, and nothing changes.
    choose_file(
        &page,
        "[data-testid=notebook-import]",
        "{\"not\": \"ours\"}",
    );
    wait_until("the refusal is reported", || {
        text(&page.one("[data-testid=import-report]")).contains("not a notebook file")
    })
    .await;
    assert_eq!(stored().as_ref(), Some(&file));
    // Clear all asks first.
    page.click("[data-testid=notebook-clear] summary");
    page.click("[data-testid=clear-confirm]");
    wait_for(&page, "[data-testid=notebook-empty]").await;
    wait_until("the storage is empty", || stored().is_none()).await;
    drop(page);
}

#[wasm_bindgen_test]
async fn damaged_storage_gives_a_notice_and_the_app_goes_on() {
    clean_slate();
    catch_downloads();
    // A notebook from a newer version: nothing can be read, nothing is written over it.
    let future = "policy-options-notebook 99\nstyle apa\nsomething new\n";
    storage().set_item(KEY, future).unwrap();
    let page = open("#/option/border").await;
    let notice = wait_for(&page, "[data-testid=notebook-notice]").await;
    assert!(text(&notice).contains("newer version"), "{}", text(&notice));
    // The rest of the app works: the option's arguments, and collecting.
    wait_for(&page, "[data-testid=argument] [data-testid=collect]").await;
    page.click("[data-testid=argument] [data-testid=collect]");
    wait_for(&page, "[data-testid=argument] [data-testid=in-notebook]").await;
    tick().await;
    assert_eq!(
        stored().as_deref(),
        Some(future),
        "written over before the choice"
    );
    page.click("[data-testid=notice-download]");
    assert_eq!(downloaded("notebook-as-stored.txt").await, future);
    page.click("[data-testid=notice-keep]");
    wait_until("the notice goes", || {
        page.testid("notebook-notice").is_empty()
    })
    .await;
    wait_until("saving resumes", || {
        stored().is_some_and(|s| s.starts_with("policy-options-notebook 1\n"))
    })
    .await;
    drop(page);

    // Damaged lines: the readable items are kept and the notice names the others.
    let good = stored().unwrap();
    storage()
        .set_item(
            KEY,
            &[good.as_str(), "q\tnowhere\t1\t2\t\t\n\u{0}garbage\n"].concat(),
        )
        .unwrap();
    let page = open("#/notebook").await;
    let notice = wait_for(&page, "[data-testid=notebook-notice]").await;
    assert!(text(&notice).contains("line 4"), "{}", text(&notice));
    assert_eq!(page.testid("notebook-item").len(), 1);
    page.click("[data-testid=notice-reset]");
    wait_for(&page, "[data-testid=notebook-empty]").await;
    wait_until("the storage is reset", || stored().is_none()).await;
    drop(page);
    storage().remove_item(KEY).unwrap();
}
