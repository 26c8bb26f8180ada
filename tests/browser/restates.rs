//! Restated wording (issue 22): where a source restates another's passage, the views that
//! set sources side by side say so in words, linked to the Shared wording entry and to
//! the other passage.

use super::*;

/// The marks inside `e`, as their text.
fn marks_in(e: &Element) -> Vec<String> {
    let list = e.query_selector_all("[data-testid=restates-mark]").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .map(|m| text(&m))
        .collect()
}

fn group(page: &Page, source: &str) -> Element {
    page.one(&format!(
        "[data-testid=source-group][data-source=\"{source}\"]"
    ))
}

#[wasm_bindgen_test]
async fn option_page_marks_kakars_restatements_and_links_to_the_shared_wording() {
    clean_slate();
    let page = open("#/option/local-support").await;
    wait_for(
        &page,
        "[data-testid=source-group][data-source=kakar] [data-testid=restates-mark]",
    )
    .await;
    // Kakar's position and his argument say where their wording comes from, in words.
    let kakar = group(&page, "kakar");
    let marks = marks_in(&kakar);
    assert!(
        marks
            .iter()
            .all(|m| m.starts_with("Restates Bakhsh, Rab & Faiz (2024)")),
        "{marks:?}"
    );
    let arg = kakar
        .query_selector("[data-testid=argument][data-id=\"kakar-local-support-1\"]")
        .unwrap()
        .expect("kakar-local-support-1 on the page");
    assert!(!marks_in(&arg).is_empty(), "the argument carries the mark");
    // The restated side says who restates it; a source that shares nothing says nothing.
    let bakhsh = marks_in(&group(&page, "bakhsh-rab-faiz"));
    assert!(
        bakhsh.iter().any(|m| m.starts_with("Restated by Kakar")),
        "{bakhsh:?}"
    );
    for g in page.testid("source-group") {
        let s = g.get_attribute("data-source").unwrap_or_default();
        if s != "kakar" && s != "bakhsh-rab-faiz" {
            assert!(marks_in(&g).is_empty(), "{s}");
        }
    }
    // The link names the Shared wording entry it opens.
    let compare = arg
        .query_selector("[data-testid=restates-compare]")
        .unwrap()
        .unwrap();
    let href = compare.get_attribute("href").unwrap();
    assert!(
        href.ends_with("#/shared-wording?at=democratic-approach-local-support-development"),
        "{href}"
    );
    assert_eq!(
        text(&compare).trim(),
        "Winning local support in Balochistan and Khyber Pakhtunkhwa"
    );
    // Following it opens the entry in focus: both passages, the differing words marked,
    // each with its link into the reader.
    compare.dyn_into::<HtmlElement>().unwrap().click();
    let entry = "#reuse-democratic-approach-local-support-development";
    wait_for(&page, &format!("{entry}[data-scroll-target]")).await;
    wait_until("the shared wording entry has focus", || {
        document()
            .active_element()
            .is_some_and(|e| e.id() == "reuse-democratic-approach-local-support-development")
    })
    .await;
    let shown = page.one(entry);
    assert!(shown.query_selector("u.only-here").unwrap().is_some());
    let reads = shown.query_selector_all("a.read-in-context").unwrap();
    let hrefs: Vec<String> = (0..reads.length())
        .filter_map(|i| {
            reads
                .item(i)?
                .dyn_into::<Element>()
                .ok()?
                .get_attribute("href")
        })
        .collect();
    for s in ["kakar", "bakhsh-rab-faiz"] {
        let want = format!("#/passage/{s}/");
        assert!(hrefs.iter().any(|h| h.contains(&want)), "{hrefs:?}");
    }
}

#[wasm_bindgen_test]
async fn recommendations_compared_carry_the_mark_on_both_sides() {
    clean_slate();
    let page = open("#/recommendations?option=local-support").await;
    wait_for(
        &page,
        "[data-testid=recommendation][data-id=\"kakar-rec-5\"]",
    )
    .await;
    let rec = |id: &str| page.one(&format!("[data-testid=recommendation][data-id=\"{id}\"]"));
    let kakar = marks_in(&rec("kakar-rec-5"));
    assert_eq!(kakar.len(), 1, "{kakar:?}");
    assert!(
        kakar[0].starts_with("Restates Bakhsh, Rab & Faiz (2024)"),
        "{kakar:?}"
    );
    let bakhsh = marks_in(&rec("bakhsh-rab-faiz-rec-11"));
    assert!(
        bakhsh.iter().any(|m| m.starts_with("Restated by Kakar")),
        "{bakhsh:?}"
    );
    // The interviewee's recommendation is not in the shared passage: no mark.
    assert!(marks_in(&rec("bakhsh-rab-faiz-rec-9")).is_empty());
    // Each column's position line carries the mark too where its quotes are shared.
    let column = page.one("[data-testid=rec-column][data-source=kakar]");
    assert!(!marks_in(&column).is_empty());
    let none = page.one("[data-testid=rec-column][data-source=ahsan-ali]");
    assert!(marks_in(&none).is_empty());
}
