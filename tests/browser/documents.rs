//! "Your documents" (issue 13) in the browser: the example corpus file
//! (`tests/fixtures/example-corpus.poe`, a fresh pack of the example corpus:
//! `tests/native/documents.rs` checks it) opened with the file picker shows its options,
//! arguments and quotes, each highlighted in its text; a damaged file dropped on the page
//! is refused with its faults and the documents shown stay as they were; a remount (a
//! reload) keeps the chosen documents; one click returns to the built-in ones; a kept
//! file that no longer reads gives a notice and the built-in documents.

use super::*;
use policy_options_explainer::model::bundle::KEEP_KEY;
use policy_options_explainer::shown::{own_name, show_base};
use web_sys::{DataTransfer, DragEvent, DragEventInit, File};

const EXAMPLE: &[u8] = include_bytes!("../fixtures/example-corpus.poe");

/// Puts the built-in documents back and forgets any kept file, also when a test fails,
/// so the other browser tests see the built-in corpus.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        forget_kept();
        show_base();
    }
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn forget_kept() {
    storage().remove_item(KEEP_KEY).unwrap();
}

fn kept() -> Option<String> {
    storage().get_item(KEEP_KEY).unwrap()
}

/// A DataTransfer holding one file of `bytes` named `name`.
fn transfer(bytes: &[u8], name: &str) -> DataTransfer {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let file = File::new_with_u8_array_sequence(&parts, name).unwrap();
    let dt = DataTransfer::new().unwrap();
    dt.items().add_with_file(&file).unwrap();
    dt
}

/// Chooses a file with the page's file picker.
fn choose(page: &Page, bytes: &[u8], name: &str) {
    let input: HtmlInputElement = page.one("[data-testid=documents-file]").dyn_into().unwrap();
    input.set_files(transfer(bytes, name).files().as_ref());
    let change = web_sys::Event::new("change").unwrap();
    input.dispatch_event(&change).unwrap();
}

/// Drops a file on the page's drop zone.
fn drop_file(page: &Page, bytes: &[u8], name: &str) {
    let init = DragEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_data_transfer(Some(&transfer(bytes, name)));
    let e = DragEvent::new_with_event_init_dict("drop", &init).unwrap();
    page.one("[data-testid=documents-drop]")
        .dispatch_event(&e)
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_example_file_shows_its_options_arguments_and_every_quote_in_its_text() {
    clean_slate();
    let _restore = Restore;
    forget_kept();
    let page = open("#/documents").await;
    choose(&page, EXAMPLE, "example-corpus.poe");
    wait_for(&page, "[data-testid=documents-opened]").await;
    assert_eq!(own_name(), Some("example-corpus"));
    assert!(
        text(&page.one("[data-testid=corpus-shown]")).contains("Your documents: example-corpus")
    );
    assert!(kept().is_some(), "the file is kept for the next visit");
    let c = corpus();
    assert_eq!(c.sources.len(), 2);

    go("#/");
    wait_for(&page, "[data-testid=option-cards]").await;
    let titles: Vec<String> = page.testid("option-title").iter().map(text).collect();
    assert_eq!(titles.len(), c.options.len());
    for o in &c.options {
        assert!(
            titles.iter().any(|t| t.starts_with(&*o.label)),
            "{titles:?}"
        );
    }
    assert!(text(&page.one("footer")).starts_with("Two sources"));
    assert!(!text(&page.one("main")).contains("Pakistan"));

    for o in &c.options {
        go(&format!("#/option/{}", o.id));
        wait_until("the option page", || {
            page.all("[data-testid=option-page]")
                .first()
                .and_then(|p| p.get_attribute("data-id"))
                .is_some_and(|id| id == *o.id)
        })
        .await;
        let shown: Vec<String> = page
            .testid("argument")
            .iter()
            .filter_map(|a| a.get_attribute("data-id"))
            .collect();
        for a in c.arguments.iter().filter(|a| a.option == o.id) {
            assert!(shown.contains(&a.id), "{} not on {}: {shown:?}", a.id, o.id);
        }
    }

    let squash = |s: &str| normalize(s).replace(' ', "");
    for a in &c.arguments {
        for (i, e) in a.evidence.iter().enumerate() {
            go(&format!("#/quote/{}/{}", a.id, i + 1));
            let want = squash(&e.quote);
            let marked = || squash(&page.all("mark.focus").iter().map(text).collect::<String>());
            wait_until_or(
                || {
                    format!(
                        "quote {} of {} highlighted (shown {:?})",
                        i + 1,
                        a.id,
                        marked()
                    )
                },
                || {
                    page.all("[data-testid=source-page]")
                        .first()
                        .and_then(|p| p.get_attribute("data-id"))
                        .is_some_and(|id| id == *a.source)
                        && marked() == want
                },
            )
            .await;
        }
    }
}

#[wasm_bindgen_test]
async fn a_damaged_file_is_refused_and_the_documents_shown_stay() {
    clean_slate();
    let _restore = Restore;
    forget_kept();
    let page = open("#/documents").await;
    let built_in: Vec<String> = corpus().options.iter().map(|o| o.id.clone()).collect();
    let mut damaged = EXAMPLE.to_vec();
    damaged.truncate(EXAMPLE.len() / 2);
    drop_file(&page, &damaged, "damaged.poe");
    let errors = wait_for(&page, "[data-testid=documents-errors]").await;
    assert_eq!(errors.get_attribute("role").as_deref(), Some("alert"));
    let said = text(&errors);
    assert!(said.contains("“damaged” was not opened"), "{said}");
    assert!(said.contains("damaged or cut short"), "{said}");
    // Nothing changed: the built-in documents, nothing kept, no "Your documents" line.
    assert_eq!(own_name(), None);
    assert_eq!(
        corpus()
            .options
            .iter()
            .map(|o| o.id.clone())
            .collect::<Vec<_>>(),
        built_in
    );
    assert!(kept().is_none());
    assert!(page.testid("corpus-shown").is_empty());

    // A file that decodes but whose records do not hold together: each fault named.
    let mut wrong = EXAMPLE.to_vec();
    wrong[8] ^= 0x7f;
    choose(&page, &wrong, "other.poe");
    wait_until("the version fault", || {
        page.testid("documents-errors")
            .first()
            .is_some_and(|e| text(e).contains("another version of the app"))
    })
    .await;
    assert_eq!(own_name(), None);
}

#[wasm_bindgen_test]
async fn a_reload_keeps_the_chosen_documents_and_one_click_returns() {
    clean_slate();
    let _restore = Restore;
    forget_kept();
    {
        let page = open("#/documents").await;
        choose(&page, EXAMPLE, "Town traffic.poe");
        wait_for(&page, "[data-testid=documents-opened]").await;
    }
    // A fresh start, as after a reload: the kept file is shown again.
    show_base();
    let page = open("#/").await;
    wait_for(&page, "[data-testid=corpus-shown]").await;
    assert_eq!(own_name(), Some("Town traffic"));
    assert_eq!(page.testid("option-card").len(), corpus().options.len());
    assert!(text(&page.one("h1")).contains("Town traffic"));

    // One click in the header returns to the built-in documents, and forgets the file.
    page.click("[data-testid=documents-return]");
    wait_until("the built-in documents", || {
        page.testid("corpus-shown").is_empty()
    })
    .await;
    assert_eq!(own_name(), None);
    assert!(kept().is_none());
    wait_until("the built-in options", || {
        page.testid("option-card").len() == corpus().options.len()
            && text(&page.one("h1")).contains("Pakistan")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_kept_file_that_no_longer_reads_gives_a_notice_and_the_built_in_documents() {
    clean_slate();
    let _restore = Restore;
    storage()
        .set_item(KEEP_KEY, "Old\nUE9FLUNPUlAAAA==")
        .unwrap();
    let page = open("#/").await;
    let notice = wait_for(&page, "[data-testid=documents-notice]").await;
    assert!(
        text(&notice).contains("could not be read"),
        "{}",
        text(&notice)
    );
    assert_eq!(own_name(), None);
    assert!(kept().is_none(), "the broken file is no longer kept");
    wait_for(&page, "[data-testid=option-card]").await;
    assert!(text(&page.one("h1")).contains("Pakistan"));
}

#[wasm_bindgen_test]
async fn each_corpus_keeps_its_own_notebook() {
    clean_slate();
    const NOTEBOOK: &str = "policy-options-explainer.notebook";
    let _restore = Restore;
    forget_kept();
    storage().remove_item(NOTEBOOK).unwrap();
    // One quote of the built-in documents in the notebook.
    let page = super::notebook::collect_first_border_quote().await;
    let built_in = storage().get_item(NOTEBOOK).unwrap().unwrap();
    drop(page);

    // Another corpus: its notebook starts empty, with no notice, and the built-in
    // documents' notebook is left as it was.
    let page = open("#/documents").await;
    choose(&page, EXAMPLE, "Town traffic.poe");
    wait_for(&page, "[data-testid=documents-opened]").await;
    go("#/notebook");
    wait_for(&page, "[data-testid=notebook-empty]").await;
    assert!(page.testid("notebook-notice").is_empty());
    assert_eq!(storage().get_item(NOTEBOOK).unwrap(), Some(built_in));

    // Back to the built-in documents: their notebook is there again.
    page.click("[data-testid=documents-return]");
    wait_for(&page, "[data-testid=notebook-item]").await;
    assert_eq!(page.testid("notebook-item").len(), 1);
    assert!(page.testid("notebook-notice").is_empty());
    drop(page);
    storage().remove_item(NOTEBOOK).unwrap();
}
