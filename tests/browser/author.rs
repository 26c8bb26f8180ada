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
