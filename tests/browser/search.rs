//! One search over every layer (issue 26): the full texts, grouped results, related
//! words named.

use super::*;

/// A full-text hit shows its sentence with the words marked, and its link opens the
/// reader at that sentence, highlighted.
#[wasm_bindgen_test]
async fn a_full_text_hit_opens_the_reader_at_the_highlighted_place() {
    clean_slate();
    let page = open("#/search?q=%22unmanned%20targeting%22&in=texts").await;
    // In quotes: the phrase alone, not its related words.
    let hit = wait_for(&page, "[data-testid=text-hit]").await;
    assert_eq!(page.testid("text-hit").len(), 1);
    assert!(text(&hit).contains("unmanned targeting"), "{}", text(&hit));
    let marked: Vec<String> = hit
        .query_selector_all("[data-testid=search-hit]")
        .map(|l| {
            (0..l.length())
                .filter_map(|i| l.item(i))
                .map(|n| n.text_content().unwrap_or_default())
                .collect()
        })
        .unwrap_or_default();
    assert!(
        marked.iter().any(|m| m == "unmanned targeting"),
        "{marked:?}"
    );
    page.click("[data-testid=text-hit] [data-testid=hit-link]");
    wait_for(&page, "[data-testid=focus-quote]").await;
    assert_eq!(
        page.one("[data-testid=source-page]")
            .get_attribute("data-id")
            .as_deref(),
        Some("kakar")
    );
    let focus: String = page
        .all("mark.focus")
        .iter()
        .map(text)
        .collect::<Vec<_>>()
        .join("");
    assert!(focus.contains("unmanned targeting"), "{focus}");
    assert!(hash().starts_with("#/passage/kakar/"), "{}", hash());
}

/// Results come grouped by kind in the fixed order, each group folded past a few with
/// what is folded said in words, and each result names the related words it holds.
#[wasm_bindgen_test]
async fn results_are_grouped_by_kind_and_name_related_words() {
    clean_slate();
    let page = open("#/search?q=drone%20strikes").await;
    wait_for(&page, "[data-testid=jump-list]").await;
    let layers: Vec<String> = page
        .testid("result-kind")
        .iter()
        .filter_map(|g| g.get_attribute("data-layer"))
        .collect();
    let order = [
        "arguments",
        "recommendations",
        "positions",
        "facts",
        "events",
        "glossary",
        "texts",
    ];
    let at = |l: &String| order.iter().position(|o| o == l).unwrap();
    assert!(
        layers.windows(2).all(|w| at(&w[0]) < at(&w[1])),
        "{layers:?}"
    );
    assert!(layers.contains(&"texts".to_string()), "{layers:?}");
    // Three arguments of six shown; the rest said in words.
    assert_eq!(page.testid("argument").len(), 3);
    let folded = text(&page.testid("results-shown")[0]);
    assert!(
        folded.starts_with("Showing the first 3 of 6 arguments."),
        "{folded}"
    );
    let also: Vec<String> = page.testid("also").iter().map(text).collect();
    assert!(also.iter().any(|a| a.contains("airstrike")), "{also:?}");
    // The kinds chosen are in the address.
    page.click("[data-testid=filter-in-texts]");
    wait_until("the address drops the full texts", || {
        hash().contains("in=") && !hash().contains("texts")
    })
    .await;
    wait_until("the text group goes", || page.testid("text-hit").is_empty()).await;
}

/// Facts that differ: an index by kind with a link to each entry, a filter by source in
/// the address, and an entry's address that opens at it.
#[wasm_bindgen_test]
async fn the_facts_index_and_the_source_filter() {
    clean_slate();
    let c = corpus();
    let page = open("#/discrepancies").await;
    wait_for(&page, "[data-testid=facts-index]").await;
    let kinds: Vec<String> = page
        .testid("facts-kind")
        .iter()
        .filter_map(|k| k.get_attribute("data-kind"))
        .collect();
    assert_eq!(kinds, ["figures", "dates", "names", "citations"]);
    assert_eq!(page.testid("facts-index-link").len(), c.discrepancies.len());
    // Ticking Ahsan Ali keeps the facts one of whose quotes is Ahsan Ali's, and says so
    // in the address.
    page.click("[data-testid=filter-source-ahsan-ali]");
    let want = c
        .discrepancies
        .iter()
        .filter(|d| d.readings.iter().any(|r| r.source == "ahsan-ali"))
        .count();
    assert!(want > 0 && want < c.discrepancies.len());
    wait_until_or(
        || format!("{want} facts, {} shown", page.testid("discrepancy").len()),
        || page.testid("discrepancy").len() == want,
    )
    .await;
    assert!(hash().contains("source=ahsan-ali"), "{}", hash());
    assert_eq!(page.testid("facts-index-link").len(), want);
    drop(page);
    // An entry's address opens with it in view and focused.
    let page = open("#/discrepancies?at=unga-pm-name").await;
    wait_until("the entry is focused", || {
        document()
            .active_element()
            .is_some_and(|e| e.id() == "discrepancy-unga-pm-name")
    })
    .await;
    drop(page);
}

/// A fact's quote is added to the notebook and cited like any passage.
#[wasm_bindgen_test]
async fn a_fact_is_added_to_the_notebook_and_cited() {
    clean_slate();
    let page = open("#/discrepancies?at=border-length").await;
    let entry = "#discrepancy-border-length";
    wait_for(&page, &format!("{entry} [data-testid=collect]")).await;
    page.click(&format!("{entry} [data-testid=collect]"));
    wait_for(&page, &format!("{entry} [data-testid=in-notebook]")).await;
    // Cite: the first quote's panel fills its boxes when opened.
    page.click(&format!("{entry} [data-testid=cite] summary"));
    wait_until("the citation is written", || {
        page.all(&format!("{entry} [data-testid=cite-text]"))
            .into_iter()
            .filter_map(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .any(|t| t.value().contains("Bakhsh"))
    })
    .await;
    drop(page);
    let page = open("#/notebook").await;
    wait_for(&page, "[data-testid=notebook-item]").await;
    assert_eq!(page.testid("notebook-item").len(), 1);
    let shown = text(&page.one("[data-testid=notebook-text]"));
    assert!(shown.contains("2640-kilometer"), "{shown}");
    assert!(text(&page.one("[data-testid=notebook-citation]")).contains("Bakhsh"));
}

/// A glossary hit and an event hit link to the entry itself: the glossary and the
/// timeline open with it scrolled to and focused.
#[wasm_bindgen_test]
async fn glossary_and_event_hits_open_at_their_entry() {
    clean_slate();
    let page = open("#/search?q=Khawaja%20Asif&in=glossary").await;
    wait_for(&page, "[data-testid=hit] [data-testid=hit-link]").await;
    page.click("[data-testid=hit] [data-testid=hit-link]");
    let entry = wait_for(&page, "[data-testid=glossary-term][data-scroll-target]").await;
    assert_eq!(
        entry.get_attribute("data-term").as_deref(),
        Some("Khawaja Asif")
    );
    assert!(hash().starts_with("#/glossary?at="), "{}", hash());
    wait_until("the entry has focus", || {
        document().active_element().as_ref() == Some(&entry)
    })
    .await;

    let page = open("#/search?q=ceasefire&in=events").await;
    let hit = wait_for(&page, "[data-testid=hit] [data-testid=hit-link]").await;
    let href = hit.get_attribute("href").unwrap_or_default();
    let id = href.split("at=").nth(1).unwrap_or_default().to_string();
    assert!(!id.is_empty(), "{href}");
    page.click("[data-testid=hit] [data-testid=hit-link]");
    let event = wait_for(&page, "[data-testid=event][data-scroll-target]").await;
    assert_eq!(event.get_attribute("data-event"), Some(id));
    wait_until("the event has focus", || {
        document().active_element().as_ref() == Some(&event)
    })
    .await;
}
