//! b11-reader: two texts side by side with their shared wording linked across the panes,
//! and the words that differ marked on the shared-wording page.

use super::*;
use policy_options_explainer::model::align::{against_first, Change};
use policy_options_explainer::model::normalize::strip_markup;

/// The app's stylesheet in the test page (which has none) until dropped.
pub(super) struct Stylesheet(Element);

impl Stylesheet {
    pub(super) fn add() -> Stylesheet {
        let style = document().create_element("style").unwrap();
        style.set_text_content(Some(include_str!("../../static/css/app.css")));
        document().head().unwrap().append_child(&style).unwrap();
        Stylesheet(style)
    }
}

impl Drop for Stylesheet {
    fn drop(&mut self) {
        self.0.remove();
    }
}

/// The pane of `source` on the page.
fn pane(page: &Page, source: &str) -> Element {
    page.one(&format!("[data-testid=pane][data-source=\"{source}\"]"))
}

#[wasm_bindgen_test]
async fn the_switch_keeps_the_reading_mode_in_the_address_and_shows_both_texts() {
    clean_slate();
    let c = corpus();
    let page = open("#/compare/border/kakar/bakhsh-rab-faiz").await;
    wait_for(&page, "[data-testid=side-column]").await;
    page.click("[data-testid=read-texts]");
    wait_for(&page, "[data-testid=panes]").await;
    assert!(hash().ends_with("?read=texts"), "{}", hash());
    assert!(page.testid("side-column").is_empty());
    for id in ["kakar", "bakhsh-rab-faiz"] {
        let p = pane(&page, id);
        let s = c.source(id).unwrap();
        let heading = p.query_selector("h2").unwrap().unwrap();
        assert_eq!(text(&heading), s.short);
        // The whole text is there, its first and last words included.
        // Blocks are elements of their own: compare without spaces.
        let squash = |t: &str| normalize(t).split_whitespace().collect::<String>();
        let shown = squash(&text(
            &p.query_selector("[data-testid=source-text]")
                .unwrap()
                .unwrap(),
        ));
        let whole = squash(&s.text);
        let head: String = whole.chars().take(60).collect();
        let tail: String = whole.chars().skip(whole.chars().count() - 60).collect();
        assert!(
            shown.contains(&head) && shown.contains(&tail),
            "{id}: the pane lacks its text"
        );
        // Quoted passages stay marked as in the reader.
        assert!(p.query_selector("mark.used").unwrap().is_some());
    }
}

#[wasm_bindgen_test]
async fn a_shared_passage_links_to_its_counterpart_and_focus_moves_there() {
    clean_slate();
    let page = open("#/compare/border/kakar/bakhsh-rab-faiz?read=texts").await;
    wait_for(&page, "[data-testid=shared-link]").await;
    let from = pane(&page, "kakar");
    let other = pane(&page, "bakhsh-rab-faiz");
    let link = from
        .query_selector("[data-testid=shared-link][id^=\"sw-economy-recognition\"]")
        .unwrap()
        .expect("Kakar's economy passage has a link");
    assert!(
        text(&link).contains("Go to the same wording in Bakhsh, Rab & Faiz"),
        "{}",
        text(&link)
    );
    assert!(text(&link).contains("strategic depth"));
    assert!(link
        .get_attribute("href")
        .unwrap()
        .contains("read=texts&at=sw-"));
    let to = link.get_attribute("data-to").unwrap();
    let target = document()
        .get_element_by_id(&to)
        .expect("the counterpart exists");
    assert!(
        other.contains(Some(&target)),
        "the counterpart is in the other pane"
    );
    // The counterpart's passage is marked, and is the economy passage.
    let marked = target.next_element_sibling().unwrap();
    assert!(marked
        .get_attribute("class")
        .unwrap_or_default()
        .contains("shared"));
    assert!(text(&marked).starts_with("On the other side"));
    // The stylesheet makes each pane scroll on its own.
    let scroller = other.query_selector(".pane-text").unwrap().unwrap();
    let _css = Stylesheet::add();
    assert_eq!(scroller.scroll_top(), 0);
    link.dyn_ref::<HtmlElement>().unwrap().click();
    wait_until("focus is on the counterpart", || {
        document().active_element().is_some_and(|a| a.id() == to)
    })
    .await;
    // Scrolled into the other pane's view.
    assert!(scroller.scroll_top() > 0, "the other pane did not scroll");
    assert!(
        hash().ends_with("?read=texts"),
        "the address stays: {}",
        hash()
    );
    // And back.
    let back = target.get_attribute("data-to").unwrap();
    let back = document().get_element_by_id(&back).unwrap();
    assert!(from.contains(Some(&back)));
}

#[wasm_bindgen_test]
async fn every_pair_links_what_it_shares_or_says_it_shares_nothing() {
    clean_slate();
    let c = corpus();
    for (i, a) in c.sources.iter().enumerate() {
        for b in &c.sources[i + 1..] {
            let page = open(&format!("#/compare/border/{}/{}?read=texts", a.id, b.id)).await;
            wait_for(&page, "[data-testid=panes]").await;
            let links = c.shared_between(&a.id, &b.id);
            let shown = pane(&page, &a.id)
                .query_selector_all("[data-testid=shared-link]")
                .unwrap()
                .length();
            assert_eq!(shown as usize, links.len(), "{} / {}", a.id, b.id);
            for l in page.testid("shared-link") {
                let to = l.get_attribute("data-to").unwrap();
                assert!(
                    document().get_element_by_id(&to).is_some(),
                    "{to} is missing"
                );
            }
            assert_eq!(
                page.testid("no-shared").len(),
                usize::from(links.is_empty()),
                "{} / {}",
                a.id,
                b.id
            );
        }
    }
    let page = open("#/compare/border/ahsan-ali/akbar?read=texts").await;
    let note = wait_for(&page, "[data-testid=no-shared]").await;
    assert!(text(&note).contains("no passage"));
}

#[wasm_bindgen_test]
async fn shared_wording_marks_the_words_that_differ_and_keeps_each_passage_whole() {
    clean_slate();
    let c = corpus();
    let page = open("#/shared-wording").await;
    wait_for(&page, "[data-testid=reuse]").await;
    let entries = page.testid("reuse");
    assert_eq!(entries.len(), c.reuse.len());
    for (e, r) in entries.iter().zip(&c.reuse) {
        let quotes = e.query_selector_all("blockquote p").unwrap();
        assert_eq!(quotes.length() as usize, r.passages.len());
        let texts: Vec<String> = r.passages.iter().map(|p| strip_markup(&p.quote)).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let parts = against_first(&refs);
        for (i, t) in texts.iter().enumerate() {
            let q: Element = quotes.item(i as u32).unwrap().dyn_into().unwrap();
            // The marks hold words, and the text of the quote is the passage.
            assert_eq!(&text(&q), t, "{}", r.id);
            // Nothing reads as deleted or inserted (issue 26): one mark, "only here".
            assert!(
                q.query_selector("del, ins, s").unwrap().is_none(),
                "{}",
                r.id
            );
            let differs = parts[i].iter().any(|p| p.change != Change::Same);
            assert_eq!(
                q.query_selector("u.only-here").unwrap().is_some(),
                differs,
                "{}",
                r.id
            );
        }
        // Each entry says what can be known about which text came first.
        let direction = e.query_selector("[data-testid=direction]").unwrap();
        assert!(direction.is_some(), "{} says nothing on direction", r.id);
    }
    // The economy passage: the swapped words are marked on both sides.
    let economy = page.one("#reuse-economy-recognition-strategic-depth");
    let marks: Vec<String> = children(&economy, "u.only-here").iter().map(text).collect();
    assert!(marks.iter().any(|d| d.contains("vulnerable")), "{marks:?}");
    assert!(marks.iter().any(|d| d == "fragile"), "{marks:?}");
    // Words that are the same are not marked.
    assert!(!marks.iter().any(|d| d.contains("strategic depth")));
    // The Durrani entry: Kakar's epigraph has no word the others lack.
    let durrani = page.one("#reuse-durrani-peace-nightmare");
    let first = durrani.query_selector("blockquote p").unwrap().unwrap();
    assert!(children(&first, "u.only-here").is_empty());
    // A legend says what the mark means, and what a mark means is read out, not only
    // seen (the stylesheet is not loaded in these tests: its rules are checked as text).
    let key = text(&page.testid("diff-key")[0]);
    assert!(key.contains("only in this text"), "{key}");
    let css = include_str!("../../static/css/app.css");
    let rule = "u.only-here::before { content: \" [only in this text: ";
    assert!(css.contains(rule), "app.css lacks {rule}");
}
