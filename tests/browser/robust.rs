//! Issue 29 in the browser: another tab's notebook is heard and merged (a second tab is
//! simulated: its write goes straight to `localStorage`, with or without the `storage`
//! event a real tab would cause here); a long unbroken word wraps and a file name with
//! bidi controls is isolated; the damaged-notebook notice counts what it read.

use super::*;
use policy_options_explainer::model::bundle;
use policy_options_explainer::model::notebook::{Item, Notebook, Ref};
use policy_options_explainer::shown::{show_base, show_own};
use wasm_bindgen::JsValue;

const KEY: &str = "policy-options-explainer.notebook";

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn stored() -> Option<String> {
    storage().get_item(KEY).unwrap()
}

/// A notebook file holding the arguments numbered `which` of the built-in corpus.
fn notebook_of(which: &[usize]) -> String {
    let c = corpus();
    Notebook {
        items: which
            .iter()
            .map(|&i| Item::new(Ref::Argument(c.arguments[i].id.clone()), None))
            .collect(),
        ..Notebook::default()
    }
    .encode()
}

/// What another tab does: stores `text`, and (with `event`) this tab hears of it as the
/// browser tells it, by a `storage` event.
fn other_tab_stores(text: &str, event: bool) {
    let old = stored();
    storage().set_item(KEY, text).unwrap();
    if event {
        js_sys::Function::new_with_args(
            "k, o, n",
            "window.dispatchEvent(new StorageEvent('storage', { key: k, oldValue: o, newValue: n, storageArea: localStorage }));",
        )
        .call3(
            &JsValue::NULL,
            &JsValue::from_str(KEY),
            &old.map_or(JsValue::NULL, |o| JsValue::from_str(&o)),
            &JsValue::from_str(text),
        )
        .unwrap();
    }
}

fn has_argument(text: &Option<String>, i: usize) -> bool {
    let id = &corpus().arguments[i].id;
    text.as_ref()
        .is_some_and(|t| t.lines().any(|l| l.split('\t').nth(1) == Some(id)))
}

/// Issue 29 case 2: tab A and tab B each add an item; neither is lost, whether this tab
/// heard the other's write (the `storage` event) or saves before it does.
#[wasm_bindgen_test]
async fn another_tabs_items_are_kept_with_this_tabs() {
    clean_slate();
    storage().remove_item(KEY).unwrap();
    let page = open("#/notebook").await;
    wait_for(&page, "[data-testid=notebook-empty]").await;
    // The other tab adds argument 0; this tab hears it and shows it.
    other_tab_stores(&notebook_of(&[0]), true);
    wait_until("the other tab's item shows", || {
        page.testid("notebook-item").len() == 1
    })
    .await;
    drop(page);

    // This tab adds argument 1 from its option page: both are stored.
    let a1 = &corpus().arguments[1];
    let page = open(&format!("#/option/{}", a1.option)).await;
    let collect = format!(
        "[data-testid=argument][data-id=\"{}\"] [data-testid=collect]",
        a1.id
    );
    wait_for(&page, &collect).await;
    page.click(&collect);
    wait_until("both are stored", || {
        let s = stored();
        has_argument(&s, 0) && has_argument(&s, 1)
    })
    .await;

    // The other tab, not having heard of argument 1, stores 0 and 2; before its event
    // arrives this tab adds another argument on the same option: all four are kept.
    other_tab_stores(&notebook_of(&[0, 2]), false);
    let (i3, a3) = corpus()
        .arguments
        .iter()
        .enumerate()
        .skip(3)
        .find(|(_, a)| a.option == a1.option)
        .expect("another argument on the option");
    let collect = format!(
        "[data-testid=argument][data-id=\"{}\"] [data-testid=collect]",
        a3.id
    );
    wait_for(&page, &collect).await;
    page.click(&collect);
    wait_until_or(
        || format!("all four stored: {:?}", stored()),
        || {
            let s = stored();
            [0, 1, 2, i3].iter().all(|&i| has_argument(&s, i))
        },
    )
    .await;
    drop(page);
    storage().remove_item(KEY).unwrap();
}

/// The example corpus with one 10,000-letter word in its option label, claim, title
/// and short name, shown under a name holding U+202E.
fn long_word_corpus() {
    let bytes = include_bytes!("../fixtures/example-corpus.poe");
    let mut c = bundle::open(bytes).unwrap();
    let word = "x".repeat(10_000);
    c.options[0].label = word.clone();
    c.arguments[0].claim = word.clone();
    c.sources[0].title = word.clone();
    c.sources[0].short = word;
    show_own(c, "evil\u{202E}cod.exe");
}

/// The built-in documents shown again, and the app's stylesheet (the test page has
/// none) removed, also when a test fails.
struct Restore(Element);

impl Restore {
    fn with_stylesheet() -> Restore {
        let style = document().create_element("style").unwrap();
        style.set_text_content(Some(include_str!("../../static/css/app.css")));
        document().head().unwrap().append_child(&style).unwrap();
        Restore(style)
    }
}

impl Drop for Restore {
    fn drop(&mut self) {
        self.0.remove();
        show_base();
    }
}

/// Issue 29 case 7: a 10,000-letter word wraps on every view that shows it (the page
/// never scrolls sideways), and a file name's bidi controls stay inside its `<bdi>`.
#[wasm_bindgen_test]
async fn a_long_word_wraps_and_a_file_name_is_isolated() {
    clean_slate();
    let _restore = Restore::with_stylesheet();
    // Mounted first: the app shows at start the documents it starts with; the corpus
    // shown after that is drawn as the address changes.
    let page = open("#/about").await;
    long_word_corpus();
    let c = policy_options_explainer::shown::corpus();
    let (o, s) = (&c.options[0].id, &c.sources[0].id);
    for hash in [
        "#/".to_string(),
        format!("#/option/{o}"),
        format!("#/source/{s}"),
        "#/overview".into(),
        "#/search?q=xxxx".into(),
        format!("#/handout/{o}"),
    ] {
        web_sys::window()
            .unwrap()
            .location()
            .set_hash(&hash)
            .unwrap();
        wait_until_or(
            || format!("{hash} shows the long word"),
            || {
                page.all("h1, h2, h3, a, p, td, th, li")
                    .iter()
                    .any(|e| text(e).contains("xxxxxxxxxx"))
            },
        )
        .await;
        let root = document().document_element().unwrap();
        assert!(
            root.scroll_width() <= root.client_width() + 1,
            "{hash}: the page is {} px wide in a {} px window",
            root.scroll_width(),
            root.client_width()
        );
        let name = page.one("[data-testid=corpus-name]");
        assert_eq!(name.tag_name().to_lowercase(), "bdi");
        assert_eq!(text(&name), "evil\u{202E}cod.exe");
    }
    drop(page);
}

/// Issue 29 case 7: the damaged-notebook notice says how many items it could read,
/// and still does after the student adds one while it shows.
#[wasm_bindgen_test]
async fn the_damaged_notice_counts_what_it_read() {
    clean_slate();
    let damaged = [notebook_of(&[0]).as_str(), "garbage line\n"].concat();
    storage().set_item(KEY, &damaged).unwrap();
    let a1 = &corpus().arguments[1];
    let page = open(&format!("#/option/{}", a1.option)).await;
    let notice = wait_for(&page, "[data-testid=notebook-notice]").await;
    assert!(
        text(&notice).contains("1 item(s) could be read"),
        "{}",
        text(&notice)
    );
    let collect = format!(
        "[data-testid=argument][data-id=\"{}\"] [data-testid=collect]",
        a1.id
    );
    wait_for(&page, &collect).await;
    page.click(&collect);
    let added = format!(
        "[data-testid=argument][data-id=\"{}\"] [data-testid=in-notebook]",
        a1.id
    );
    wait_for(&page, &added).await;
    let notice = page.one("[data-testid=notebook-notice]");
    assert!(
        text(&notice).contains("1 item(s) could be read"),
        "{}",
        text(&notice)
    );
    drop(page);
    storage().remove_item(KEY).unwrap();
}

/// Fills this origin's `localStorage` until it refuses another character; the keys
/// written, to remove.
fn fill_storage() -> Vec<String> {
    let mut keys = Vec::new();
    let mut size = 1 << 20;
    while size > 0 {
        let key = format!("robust-filler-{}", keys.len());
        if storage().set_item(&key, &"f".repeat(size)).is_ok() {
            keys.push(key);
        } else {
            size /= 4;
        }
    }
    keys
}

/// Removes the filler (also when the test fails) and the documents kept.
struct Emptied(Vec<String>);

impl Drop for Emptied {
    fn drop(&mut self) {
        for k in &self.0 {
            let _ = storage().remove_item(k);
        }
        let _ = storage().remove_item(KEY);
        let _ = storage().remove_item(bundle::KEEP_KEY);
        show_base();
    }
}

/// Issue 29 case 4: with storage full, an item added stays through opening a corpus
/// file and coming back, the notice offers the notebook file, and the small file's
/// refusal to be kept names the full storage, not its size.
#[wasm_bindgen_test]
async fn with_storage_full_changes_stay_for_the_visit_and_the_cause_is_named() {
    clean_slate();
    storage().remove_item(KEY).unwrap();
    let _emptied = Emptied(fill_storage());
    let a = &corpus().arguments[0];
    let page = open(&format!("#/option/{}", a.option)).await;
    let collect = format!(
        "[data-testid=argument][data-id=\"{}\"] [data-testid=collect]",
        a.id
    );
    wait_for(&page, &collect).await;
    page.click(&collect);
    let notice = wait_for(&page, "[data-testid=notebook-notice]").await;
    assert!(text(&notice).contains("full"), "{}", text(&notice));
    assert!(
        !page.testid("notice-download").is_empty(),
        "the file is offered"
    );
    assert_eq!(stored(), None, "nothing could be stored");

    // Open the example corpus file, then come back to the built-in documents.
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/documents")
        .unwrap();
    let input: HtmlInputElement = wait_for(&page, "[data-testid=documents-file]")
        .await
        .dyn_into()
        .unwrap();
    let bytes = include_bytes!("../fixtures/example-corpus.poe");
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(&bytes[..]));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, "example-corpus.poe").unwrap();
    let dt = web_sys::DataTransfer::new().unwrap();
    dt.items().add_with_file(&file).unwrap();
    input.set_files(dt.files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    let not_kept = wait_for(&page, "[data-testid=documents-not-kept]").await;
    let said = text(&not_kept);
    assert!(
        said.contains("is full") && !said.contains("too large"),
        "{said}"
    );
    page.click("[data-testid=documents-return]");
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/notebook")
        .unwrap();
    wait_until_or(
        || format!("the item is back: {}", text(&page.one("main"))),
        || page.testid("notebook-item").len() == 1,
    )
    .await;
    // With room again, the next change is stored, and nothing is kept aside any more
    // (the later tests in this tab start from an empty notebook).
    for k in &_emptied.0 {
        storage().remove_item(k).unwrap();
    }
    page.click("[data-testid=notebook-remove]");
    wait_for(&page, "[data-testid=notebook-empty]").await;
    drop(page);
    let page = open("#/notebook").await;
    wait_for(&page, "[data-testid=notebook-empty]").await;
    drop(page);
}
