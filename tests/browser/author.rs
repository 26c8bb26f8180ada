//! "Make your own" (issue 25) in the browser: a document pasted, an option added, a
//! passage selected (a DOM Range in the text view, as the mouse or shift-arrows make it)
//! made an argument's quote, which the text view then marks; and a reload (the page
//! mounted again) keeps the project.

use super::*;
use policy_options_explainer::author::export::KEY_PREFIX;
use policy_options_explainer::author::ui::Author;

const COUNCIL: &str = include_str!("../fixtures/example-corpus/texts/council-report.txt");

/// The page mounted in its own element; destroyed, and its kept projects forgotten, on
/// drop (also when a test fails, so no other test sees them).
struct AuthorPage {
    root: Element,
    handle: Option<yew::AppHandle<Author>>,
}

impl Drop for AuthorPage {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

fn forget_projects() {
    let s = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let keys: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(KEY_PREFIX.trim_end_matches(':')))
        .collect();
    for k in keys {
        s.remove_item(&k).unwrap();
    }
}

struct Forget;
impl Drop for Forget {
    fn drop(&mut self) {
        forget_projects();
    }
}

/// Mounts the page and waits until it has rendered.
async fn mount() -> AuthorPage {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<Author>::with_root(root.clone()).render();
    let page = AuthorPage {
        root,
        handle: Some(handle),
    };
    page.wait("[data-testid=author]").await;
    page
}

impl AuthorPage {
    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    async fn wait(&self, selector: &str) -> Element {
        wait_until(selector, || self.find(selector).is_some()).await;
        self.find(selector).unwrap()
    }

    /// Types `value` into the field with test id `id` (the page reads it on change or
    /// when a button is pressed).
    fn fill(&self, id: &str, value: &str) {
        let el = self.find(&format!("[data-testid={id}]")).unwrap();
        js(
            "a.value = b; a.dispatchEvent(new Event('change', { bubbles: true }));",
            &el,
            &value.into(),
        );
    }

    fn press(&self, id: &str) {
        let el = self.find(&format!("[data-testid={id}]")).unwrap();
        el.dyn_into::<HtmlElement>().unwrap().click();
    }

    /// Selects `words` in the text view: a Range from and to their places in the text
    /// nodes (offsets in UTF-16 units, as the browser counts them).
    fn select(&self, words: &str) {
        let view = self.find("#author-text").unwrap();
        js(
            "const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
             let node, points = [];
             while ((node = walker.nextNode())) {
               const at = node.data.indexOf(b);
               if (at >= 0) { points = [node, at, node, at + b.length]; break; }
             }
             const r = document.createRange();
             r.setStart(points[0], points[1]);
             r.setEnd(points[2], points[3]);
             const s = getSelection();
             s.removeAllRanges();
             s.addRange(r);",
            &view,
            &words.into(),
        );
    }
}

#[wasm_bindgen_test]
async fn a_selected_passage_becomes_a_marked_quote_and_a_reload_keeps_it() {
    clean_slate();
    let _forget = Forget;
    let page = mount().await;
    page.fill("paste-name", "Council review");
    page.fill("paste-text", COUNCIL);
    page.press("paste-add");
    page.wait("[data-testid=author-text]").await;
    page.fill("option-label", "Congestion charge");
    page.fill(
        "option-summary",
        "A daily charge for driving into the centre.",
    );
    page.press("option-add");
    page.wait("[data-testid=author-options] li").await;

    let words = "would raise about two million pounds a year";
    page.select(words);
    page.press("quote-selection");
    let pending = page.wait("[data-testid=author-pending]").await;
    assert!(text(&pending).starts_with(words), "{}", text(&pending));
    page.fill("arg-claim", "The charge would bring in money each year.");
    page.press("argument-add");
    let mark = page.wait("#author-text mark[data-arg]").await;
    assert_eq!(text(&mark), words);
    let arg = mark.get_attribute("data-arg").unwrap();
    assert!(
        page.find(&format!("#arg-{arg}")).is_some(),
        "its record is listed"
    );

    // A reload: the page mounted again reads the project back from storage.
    drop(page);
    let page = mount().await;
    let mark = page.wait("#author-text mark[data-arg]").await;
    assert_eq!(text(&mark), words);
    let status = page.find("[data-testid=author-not-kept]");
    assert!(status.is_none(), "the project was kept");
}

#[wasm_bindgen_test]
async fn the_keyboard_selects_in_a_text_box_and_makes_the_same_quote() {
    clean_slate();
    let _forget = Forget;
    let page = mount().await;
    page.fill("paste-name", "Council review");
    page.fill("paste-text", COUNCIL);
    page.press("paste-add");
    page.wait("[data-testid=author-text]").await;
    page.press("keys-switch");
    let area = page.wait("[data-testid=author-keys]").await;
    // What Shift and the arrow keys leave: a selection range in the text box's value.
    let words = "a charge could push shoppers to the retail park";
    js(
        "const at = a.value.indexOf(b); a.focus(); a.setSelectionRange(at, at + b.length);",
        &area,
        &words.into(),
    );
    page.press("quote-selection");
    let pending = page.wait("[data-testid=author-pending]").await;
    assert!(text(&pending).starts_with(words), "{}", text(&pending));
}

/// Ends the preview (which makes the project the app's base corpus) on drop, also when
/// a test fails, so no other test sees the project.
struct EndPreview;
impl Drop for EndPreview {
    fn drop(&mut self) {
        policy_options_explainer::testing::end_preview();
    }
}

impl AuthorPage {
    /// Quotes `words` (selected in the text view) and makes them a recommendation
    /// bearing on option `option`, with `summary` in the author's words.
    async fn recommend(&self, words: &str, option: &str, summary: &str) {
        self.select(words);
        self.press("quote-selection");
        self.wait("[data-testid=author-pending]").await;
        self.fill("make-kind", "recommendation");
        self.wait("[data-testid=rec-add]").await;
        self.fill("rec-summary-input", summary);
        let boxes = format!("input[name=rec-option][value={option}]");
        let b = self.find(&boxes).unwrap();
        js("a.checked = true;", &b, &wasm_bindgen::JsValue::NULL);
        let before = self
            .root
            .query_selector_all("[data-testid=author-rec]")
            .unwrap()
            .length();
        self.press("rec-add");
        let n = || {
            self.root
                .query_selector_all("[data-testid=author-rec]")
                .unwrap()
                .length()
        };
        wait_until("the recommendation is listed", || n() > before).await;
    }

    fn texts(&self, selector: &str) -> Vec<String> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| text(&list.item(i).unwrap().dyn_into::<Element>().unwrap()))
            .collect()
    }
}

#[wasm_bindgen_test]
async fn a_position_and_recommendations_by_selection_appear_in_the_preview_in_document_order() {
    clean_slate();
    let _forget = Forget;
    let _end = EndPreview;
    let page = mount().await;
    page.fill("paste-name", "Council review");
    page.fill("paste-text", COUNCIL);
    page.press("paste-add");
    page.wait("[data-testid=author-text]").await;
    for (label, summary) in [
        ("Bus lanes", "Lanes kept for buses on two roads."),
        (
            "Congestion charge",
            "A daily charge for driving into the centre.",
        ),
    ] {
        page.fill("option-label", label);
        page.fill("option-summary", summary);
        page.press("option-add");
    }
    wait_until("two options", || {
        page.texts("[data-testid=author-options] > li").len() == 2
    })
    .await;

    // A position: the first document on the first option, in the author's words.
    let position = "The report asks for the lanes to be built before anything else.";
    page.fill("pos-summary", position);
    page.press("pos-add");
    page.wait("[data-testid=author-position]").await;

    // Two recommendations, the later passage first: the list follows the document.
    let (first, later) = (
        "Build the lanes, then look at them again a year on.",
        "Think about the charge only if buses gain no riders.",
    );
    page.recommend(
        "A congestion charge should only be considered",
        "congestion-charge",
        later,
    )
    .await;
    page.recommend(
        "The council should build the two bus lanes first",
        "bus-lanes",
        first,
    )
    .await;
    let listed = page.texts("[data-testid=author-rec]");
    assert!(
        listed[0].contains(first) && listed[1].contains(later),
        "in the document's order: {listed:?}"
    );
    assert_eq!(
        page.texts("#author-text mark[data-record^=rec-]").len(),
        2,
        "both passages are marked in the text"
    );

    // The preview: the app's own views with this project.
    page.press("preview-open");
    let app = page.wait(".app[data-settled]").await;
    let shown = page.texts("[data-testid=position]");
    assert!(
        shown.iter().any(|p| p.contains(position)),
        "the position is on its card: {shown:?} ({})",
        text(&app)
    );
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/recommendations")
        .unwrap();
    page.wait("[data-testid=recommendation]").await;
    assert_eq!(
        page.texts("[data-testid=recommendation] [data-testid=rec-summary]"),
        [first, later],
        "the preview lists them in the document's order"
    );
}
