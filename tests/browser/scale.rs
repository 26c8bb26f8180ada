//! Big corpora (issue 30): the built-in corpus copied as a teacher's would grow (every
//! copy new sources, `model::grow`, as `make bench`'s scale series grows it). The grids of
//! options × sources at 160 sources: the first twelve, a source picker kept in the
//! address, a note naming the sources left out, sticky headers, axe-clean; the handout's
//! table by the same rule; the option page, the overview and compare in windows kept in
//! the address, focus on what a "Show the next" drew; "Show all evidence" on an option
//! of 320 arguments opens them a window at a time, nothing lost; the built-in corpus
//! never folds.

use super::*;
use policy_options_explainer::model::grow::{self, nth};
use policy_options_explainer::model::Corpus;
use policy_options_explainer::route::filter_from_query;
use policy_options_explainer::shown::{show_base, show_own};
use policy_options_explainer::testing::{ARGUMENT_WINDOW, CARD_WINDOW, OPTION_WINDOW};

/// The built-in corpus with its sources copied `k` times (copy `j` named "… `j + 1`"),
/// as `make bench`'s scale series grows it.
fn grown(k: usize) -> Corpus {
    grow::grown(corpus(), k, 1)
}

/// The app mounted, then showing the built-in corpus copied `k` times at `hash` (the app
/// shows at start the documents it starts with; one shown later is drawn as the address
/// changes).
async fn open_grown(k: usize, hash: &str) -> Page {
    let big = grown(k);
    let page = open("#/about").await;
    show_own(big, &format!("Scale ×{k}"));
    go_to(&page, hash).await;
    page
}

/// Goes to `hash` and waits until the app has settled there.
async fn go_to(page: &Page, hash: &str) {
    go(hash);
    settled(page).await;
}

/// The computed `position` of `e` (with the app's stylesheet in the page).
fn position(e: &Element) -> String {
    js(
        "return getComputedStyle(a).position",
        e,
        &wasm_bindgen::JsValue::NULL,
    )
    .as_string()
    .unwrap_or_default()
}

/// axe-core's WCAG 2.2 A and AA rules on `e`: the violations, as "rule: targets".
async fn axe_on(e: &Element) -> Vec<String> {
    if !js(
        "return !!window.axe",
        &e.into(),
        &wasm_bindgen::JsValue::NULL,
    )
    .is_truthy()
    {
        let source = include_str!("../../.tools/node_modules/axe-core/axe.min.js");
        js(
            &format!("{source}\n;window.axe = axe; return true"),
            &wasm_bindgen::JsValue::NULL,
            &wasm_bindgen::JsValue::NULL,
        );
    }
    let run = js(
        "return axe.run(a, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
           .then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))",
        e,
        &wasm_bindgen::JsValue::NULL,
    );
    let found = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(run))
        .await
        .unwrap();
    js_sys::Array::from(&found)
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// The grid on `hash`: its column headers' texts (without "Option").
fn columns(page: &Page) -> Vec<String> {
    page.all("table thead th[scope=col]")
        .iter()
        .skip(1)
        .map(text)
        .collect()
}

#[wasm_bindgen_test]
async fn grids_at_160_sources_show_twelve_name_the_rest_and_keep_the_choice_in_the_address() {
    clean_slate();
    let _css = super::reader::Stylesheet::add();
    let page = open_grown(40, "#/compare").await;
    let c = policy_options_explainer::shown::corpus();
    let shorts: Vec<String> = c.sources.iter().map(|s| s.short.clone()).collect();
    let ids: Vec<String> = c.sources.iter().map(|s| s.id.clone()).collect();
    assert_eq!(ids.len(), 160);
    for (hash, table) in [("#/compare", "matrix"), ("#/overview", "stance-grid")] {
        go_to(&page, hash).await;
        wait_for(&page, &format!("table[data-testid={table}]")).await;
        assert_eq!(
            columns(&page),
            shorts[..12],
            "{hash}: the first twelve sources"
        );
        let note = text(&page.testid("grid-hidden")[0]);
        for s in &shorts[12..] {
            assert!(
                note.contains(s.as_str()),
                "{hash}: the note names {s}: {note}"
            );
        }
        assert!(!note.contains("148"), "{hash}: names, not a count: {note}");
        // Sticky headers: the source row and the option column stay in view.
        let region = page.one(".table-scroll");
        assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
        assert!(
            region
                .get_attribute("class")
                .unwrap_or_default()
                .contains("tall"),
            "{hash}"
        );
        assert_eq!(position(&page.one("thead th[scope=col]")), "sticky");
        assert_eq!(position(&page.one("tbody th[scope=row]")), "sticky");
        // Every box of the picker is a 24 px target (the picker opened to measure them).
        let small = js(
            "const d = a.querySelector('details'); d.open = true;
             const small = [...a.querySelectorAll('[data-testid=grid-source]')]
               .map(b => b.getBoundingClientRect()).filter(r => r.width < 24 || r.height < 24).length;
             d.open = false; return small",
            &page.one("main").into(),
            &wasm_bindgen::JsValue::NULL,
        );
        assert_eq!(small.as_f64(), Some(0.0), "{hash}: boxes under 24 px");
        let found = axe_on(&page.one("main")).await;
        assert!(found.is_empty(), "{hash}: axe-core: {found:#?}");
    }
    // On the overview still: ticking the 13th source adds it, in the address, a link to share.
    page.click(&format!(
        "[data-testid=grid-source][data-source=\"{}\"]",
        ids[12]
    ));
    settled(&page).await;
    let f = filter_from_query(hash().split_once('?').map_or("", |(_, q)| q));
    assert_eq!(f.sources.len(), 13, "{}", hash());
    assert_eq!(columns(&page), shorts[..13]);
    assert!(!text(&page.testid("grid-hidden")[0]).contains(&format!("{}, ", shorts[12])));
    // The shared link opens the same choice; a source picked alone, the others named.
    go_to(&page, &format!("#/compare?source={},{}", ids[159], ids[0])).await;
    wait_for(&page, "table[data-testid=matrix]").await;
    assert_eq!(columns(&page), [shorts[0].clone(), shorts[159].clone()]);
    assert_eq!(page.testid("matrix-cell").len(), 2 * c.options.len());
    assert!(text(&page.testid("grid-hidden")[0]).contains(shorts[1].as_str()));
    // Every source on request.
    // A link: Firefox follows a clicked link's address in a later task, so the address
    // is awaited before the app's settling (else the old address reads as settled).
    let every = page.one("[data-testid=grid-every-source]");
    let want = every.get_attribute("href").unwrap_or_default();
    page.click("[data-testid=grid-every-source]");
    wait_until("the address follows the link", || hash() == want).await;
    settled(&page).await;
    assert_eq!(columns(&page).len(), 160);
    assert!(page.testid("grid-hidden").is_empty());
}

#[wasm_bindgen_test]
async fn the_built_in_grids_show_every_source_and_hide_one_on_request() {
    clean_slate();
    let c = corpus();
    let page = open("#/compare").await;
    wait_for(&page, "table[data-testid=matrix]").await;
    assert_eq!(columns(&page).len(), c.sources.len());
    assert!(page.testid("grid-hidden").is_empty());
    let first = &c.sources[0];
    page.click(&format!(
        "[data-testid=grid-source][data-source=\"{}\"]",
        first.id
    ));
    settled(&page).await;
    assert_eq!(columns(&page).len(), c.sources.len() - 1);
    let note = text(&page.testid("grid-hidden")[0]);
    assert!(note.contains(first.short.as_str()), "{note}");
}

/// Whether each argument drawn on the page shows its evidence, in page order.
fn open_in_order(page: &Page) -> Vec<bool> {
    page.testid("argument")
        .iter()
        .map(|a| {
            a.query_selector("[data-testid=evidence-list]")
                .unwrap()
                .is_some()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn show_all_evidence_on_320_arguments_opens_a_window_at_a_time() {
    clean_slate();
    let page = open_grown(16, "#/option/negotiation").await;
    wait_for(&page, "[data-testid=open-all]").await;
    assert!(page.testid("argument").len() < 320);
    page.click("[data-testid=open-all]");
    wait_for(&page, "[data-testid=evidence-window]").await;
    let window = page.testid("evidence-list").len();
    assert!(window > 0 && window < 320, "a window of {window}");
    let open = open_in_order(&page);
    assert!(
        open[..window].iter().all(|o| *o),
        "the first of the page open"
    );
    assert!(open[window..].iter().all(|o| !*o), "the rest still closed");
    let status = text(&page.testid("evidence-window")[0]);
    assert!(
        status.contains(&format!("{} are still closed", 320 - window)),
        "{status}"
    );
    // The next window, by a button under the first and again at the end of the page
    // (keyboard and screen reader reach them like any other).
    assert_eq!(page.testid("evidence-next-end").len(), 1);
    page.click("[data-testid=evidence-next-end]");
    wait_until("the second window is open", || {
        page.testid("evidence-list").len() == 2 * window
    })
    .await;
    assert!(open_in_order(&page)[..2 * window].iter().all(|o| *o));
    // Nothing lost: the page draws every argument whose evidence is open, each keeps its
    // own button, and all open in the end.
    for step in 3..=320usize.div_ceil(window) {
        page.click("[data-testid=evidence-next]");
        wait_until("the next window is open", || {
            page.testid("evidence-list").len() == 320.min(step * window)
        })
        .await;
    }
    assert!(page.testid("evidence-next").is_empty());
    assert!(page.testid("evidence-next-end").is_empty());
    assert_eq!(page.testid("evidence-list").len(), 320);
    assert_eq!(page.testid("toggle-evidence").len(), 320);
    assert!(page.testid("option-window").is_empty());
    page.click("[data-testid=close-all]");
    wait_until("no argument shows its evidence", || {
        page.testid("evidence-list").is_empty()
    })
    .await;
}

/// The ids of the arguments drawn, in page order.
fn drawn_ids(page: &Page) -> Vec<String> {
    page.testid("argument")
        .iter()
        .filter_map(|a| a.get_attribute("data-id"))
        .collect()
}

#[wasm_bindgen_test]
async fn an_option_of_320_arguments_draws_a_window_and_more_on_request_kept_in_the_address() {
    clean_slate();
    let page = open_grown(16, "#/option/negotiation").await;
    wait_for(&page, "[data-testid=option-window]").await;
    let first = drawn_ids(&page);
    // Whole groups: the first window ends with the group that crosses its size.
    assert!(
        first.len() >= ARGUMENT_WINDOW && first.len() < ARGUMENT_WINDOW + 12,
        "{}",
        first.len()
    );
    let groups = page.testid("source-group");
    let last = groups.last().unwrap().get_attribute("data-source").unwrap();
    let c = policy_options_explainer::shown::corpus();
    assert_eq!(
        page.all(&format!("[data-source=\"{last}\"] [data-testid=argument]"))
            .len(),
        c.arguments_on("negotiation", &last).count(),
        "the last group drawn is whole"
    );
    let line = text(&page.testid("option-window")[0]);
    assert!(
        line.contains(&format!("the first {} of these 320 arguments", first.len())),
        "{line}"
    );
    // The jump list names only the sources drawn (each of its targets is on the page).
    let jumps = page.testid("jump-to");
    assert_eq!(jumps.len(), groups.len());
    for b in jumps {
        let target = b.get_attribute("data-target").unwrap();
        assert!(document().get_element_by_id(&target).is_some(), "{target}");
    }
    // The next window: a link to a new address, by keyboard like any other; the first
    // new argument is focused and said.
    let next = page.testid("option-window-next").remove(0);
    assert!(text(&next).starts_with("Show the next "), "{}", text(&next));
    let want = next.get_attribute("href").unwrap();
    assert!(
        want.ends_with(&format!("upto={}", 2 * ARGUMENT_WINDOW)),
        "{want}"
    );
    next.dyn_into::<HtmlElement>().unwrap().click();
    wait_until("the address follows the link", || hash() == want).await;
    settled(&page).await;
    let two = drawn_ids(&page);
    assert!(two.len() >= 2 * ARGUMENT_WINDOW, "{}", two.len());
    assert_eq!(two[..first.len()], first[..], "the first window stays");
    // The heading of the first new source's group has focus (its arguments next in Tab
    // order), and what happened is said.
    let new = document()
        .get_element_by_id(&format!("arg-{}", two[first.len()]))
        .unwrap();
    let heading = new
        .closest("[data-testid=source-group]")
        .unwrap()
        .unwrap()
        .query_selector("h2 a")
        .unwrap()
        .unwrap();
    wait_until("the first new source's heading has focus", || {
        document().active_element().as_ref() == Some(&heading)
    })
    .await;
    let said = document()
        .get_element_by_id("notebook-status")
        .map(|e| text(&e))
        .unwrap_or_default();
    assert_eq!(said, "More arguments shown, from this source on.");
    // Back draws the first window again; Forward, and the address opened afresh, the two.
    let kept = hash();
    back();
    wait_until("Back leaves the window's address", || hash() != kept).await;
    settled(&page).await;
    assert_eq!(drawn_ids(&page), first);
    forward();
    wait_until("Forward comes back to it", || hash() == kept).await;
    settled(&page).await;
    assert_eq!(drawn_ids(&page), two);
    go_to(&page, "#/about").await;
    go_to(&page, &kept).await;
    assert_eq!(drawn_ids(&page), two);
}

#[wasm_bindgen_test]
async fn a_filter_applies_to_every_argument_not_only_the_window() {
    clean_slate();
    let page = open_grown(16, "#/option/negotiation?stance=against").await;
    let c = policy_options_explainer::shown::corpus();
    let against = c
        .arguments
        .iter()
        .filter(|a| a.option == "negotiation" && a.stance.as_str() == "against")
        .count();
    let count = text(&page.testid("option-count")[0]);
    assert!(count.starts_with(&format!("{against} matching")), "{count}");
    let drawn = page.testid("argument");
    assert!(drawn.len() >= against.min(ARGUMENT_WINDOW) && drawn.len() <= against);
    assert!(drawn
        .iter()
        .all(|a| a.get_attribute("data-stance").as_deref() == Some("against")));
    if against > ARGUMENT_WINDOW {
        let line = text(&page.testid("option-window")[0]);
        assert!(
            line.contains(&format!("of these {against} arguments")),
            "{line}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_built_in_option_pages_draw_every_argument() {
    clean_slate();
    let c = corpus();
    let page = open("#/").await;
    for o in &c.options {
        go_to(&page, &format!("#/option/{}", o.id)).await;
        let n = c.arguments.iter().filter(|a| a.option == o.id).count();
        assert!(n <= ARGUMENT_WINDOW, "{}: {n} arguments", o.id);
        assert_eq!(page.testid("argument").len(), n, "{}", o.id);
        assert!(page.testid("option-window").is_empty(), "{}", o.id);
    }
}

/// The built-in corpus with its options `groups` times over (the copies without
/// arguments or positions: "Not discussed" in every cell).
fn more_options(groups: usize) -> Corpus {
    let mut c = corpus().clone();
    let base = c.options.clone();
    for g in 1..groups {
        c.options.extend(base.iter().map(|o| {
            let mut o = o.clone();
            o.id = nth(&o.id, g);
            o.label = format!("{} ({})", o.label, g + 1);
            o
        }));
    }
    c
}

/// The option rows of the table on the page.
fn option_rows(page: &Page) -> Vec<String> {
    page.all("table tbody th[scope=row]")
        .iter()
        .map(text)
        .collect()
}

#[wasm_bindgen_test]
async fn the_grids_of_140_options_show_a_window_of_rows_and_more_from_their_end() {
    clean_slate();
    let page = open("#/about").await;
    show_own(more_options(10), "140 options");
    for grid in ["#/overview", "#/compare"] {
        rows_window(&page, grid).await;
    }
}

/// The grid at `grid` over the corpus with 140 options: a window of rows, the next by a
/// link at its end, focus and words on the first new option, kept in the address.
async fn rows_window(page: &Page, grid: &str) {
    go_to(page, grid).await;
    let c = policy_options_explainer::shown::corpus();
    let labels: Vec<String> = c.options.iter().map(|o| o.label.clone()).collect();
    assert_eq!(labels.len(), 140);
    assert_eq!(option_rows(page), labels[..OPTION_WINDOW]);
    // The line and its link above the table and again under it.
    assert_eq!(page.testid("grid-rows").len(), 2);
    let line = text(&page.testid("grid-rows")[1]);
    assert!(
        line.contains(&format!("the first {OPTION_WINDOW} of the 140 options")),
        "{line}"
    );
    next_window(page, "grid-rows-next-end", &labels, OPTION_WINDOW).await;
    assert_eq!(option_rows(page), labels[..2 * OPTION_WINDOW]);
    // Real table still: row headers and column headers.
    assert_eq!(
        page.all("table thead th[scope=col]").len(),
        1 + c.sources.len()
    );
    // Back: the first window again.
    let kept = hash();
    back();
    wait_until("Back leaves the rows' address", || hash() != kept).await;
    settled(page).await;
    assert_eq!(option_rows(page).len(), OPTION_WINDOW);
    // Every row in the end, and no line left.
    go_to(page, &format!("{grid}?rows=140")).await;
    assert_eq!(option_rows(page), labels);
    assert!(page.testid("grid-rows").is_empty());
}

/// Follows the link `testid` to the next window of `window` options (of those `labels`):
/// the address keeps it, and the first new option is focused and said.
async fn next_window(page: &Page, testid: &str, labels: &[String], window: usize) {
    let end = page.testid(testid).remove(0);
    assert_eq!(text(&end), format!("Show the next {window} options"));
    let want = end.get_attribute("href").unwrap();
    end.dyn_into::<HtmlElement>().unwrap().click();
    wait_until("the address follows the link", || hash() == want).await;
    settled(page).await;
    assert!(
        hash().ends_with(&format!("rows={}", 2 * window)),
        "{}",
        hash()
    );
    let focused = document().active_element().map(|e| text(&e));
    assert_eq!(focused.as_deref(), Some(labels[window].as_str()));
    let said = document()
        .get_element_by_id("notebook-status")
        .map(|e| text(&e))
        .unwrap_or_default();
    assert_eq!(said, "More options shown, from this one on.");
}

/// Home past 20 options: its cards in windows, as the grids' rows (issue 30: 140 options drew
/// every card), "Jump to" listing the cards drawn, the next window by a link at the end,
/// focus and words on the first new card, kept in the address.
#[wasm_bindgen_test]
async fn home_of_140_options_shows_a_window_of_cards_and_more_from_their_end() {
    clean_slate();
    let page = open("#/about").await;
    show_own(more_options(10), "140 options");
    go_to(&page, "#/").await;
    let c = policy_options_explainer::shown::corpus();
    let labels: Vec<String> = c.options.iter().map(|o| o.label.clone()).collect();
    let cards = |page: &Page| {
        page.testid("option-title")
            .iter()
            .map(text)
            .collect::<Vec<_>>()
    };
    assert_eq!(cards(&page), labels[..CARD_WINDOW]);
    assert_eq!(page.testid("jump-to").len(), CARD_WINDOW);
    assert_eq!(page.testid("grid-rows").len(), 2);
    let line = text(&page.testid("grid-rows")[1]);
    assert!(
        line.contains(&format!(
            "the page shows the first {CARD_WINDOW} of the 140 options"
        )),
        "{line}"
    );
    next_window(&page, "home-rows-next-end", &labels, CARD_WINDOW).await;
    assert_eq!(cards(&page), labels[..2 * CARD_WINDOW]);
    go_to(&page, "#/?rows=140").await;
    assert_eq!(cards(&page), labels);
    assert!(page.testid("grid-rows").is_empty());
}

#[wasm_bindgen_test]
async fn the_built_in_grids_show_every_option() {
    clean_slate();
    let c = corpus();
    assert!(c.options.len() <= OPTION_WINDOW);
    let page = open("#/overview").await;
    for grid in ["#/overview", "#/compare"] {
        go_to(&page, grid).await;
        assert_eq!(option_rows(&page).len(), c.options.len(), "{grid}");
        assert!(page.testid("grid-rows").is_empty(), "{grid}");
    }
}

#[wasm_bindgen_test]
async fn the_handout_at_160_sources_shows_twelve_columns_and_names_the_rest() {
    clean_slate();
    let page = open_grown(40, "#/handout/negotiation").await;
    wait_for(&page, "table[data-testid=handout-table]").await;
    let c = policy_options_explainer::shown::corpus();
    let shorts: Vec<String> = c.sources.iter().map(|s| s.short.clone()).collect();
    assert_eq!(columns(&page), shorts[..12]);
    assert_eq!(page.testid("handout-cell").len(), 12);
    // The option's part and the references follow the table: its sources that discuss
    // it, not 160 parts.
    let parts: Vec<String> = page.all(".handout-source h3").iter().map(text).collect();
    assert!(!parts.is_empty() && parts.len() <= 12, "{parts:?}");
    assert!(parts.iter().all(|p| shorts[..12].contains(p)), "{parts:?}");
    assert_eq!(page.testid("handout-reference").len(), 12);
    let note = text(&page.testid("grid-hidden")[0]);
    for s in &shorts[12..] {
        assert!(note.contains(s.as_str()), "the note names {s}: {note}");
    }
    // The same picker as the grids, in the address: a source picked alone.
    let ids: Vec<String> = c.sources.iter().map(|s| s.id.clone()).collect();
    page.click(&format!(
        "[data-testid=grid-source][data-source=\"{}\"]",
        ids[0]
    ));
    settled(&page).await;
    assert!(hash().starts_with("#/handout/negotiation?"), "{}", hash());
    assert_eq!(columns(&page), shorts[1..12]);
    assert!(text(&page.testid("grid-hidden")[0]).contains(shorts[0].as_str()));
}

#[wasm_bindgen_test]
async fn the_built_in_handout_has_every_source_and_no_picker() {
    clean_slate();
    let c = corpus();
    let page = open("#/handout/all").await;
    wait_for(&page, "table[data-testid=handout-table]").await;
    let shorts: Vec<String> = c.sources.iter().map(|s| s.short.clone()).collect();
    assert_eq!(columns(&page), shorts);
    assert!(page.testid("grid-sources").is_empty());
    assert!(page.testid("grid-hidden").is_empty());
}

#[wasm_bindgen_test]
async fn a_home_card_past_twelve_sources_draws_twelve_lines_and_links_to_the_rest() {
    clean_slate();
    let page = open_grown(16, "#/").await;
    let cards = page.testid("option-card");
    assert_eq!(cards.len(), corpus().options.len().min(14));
    for card in &cards {
        let lines = card.query_selector_all("[data-testid=position]").unwrap();
        assert!(lines.length() <= 12, "{} lines", lines.length());
        let more = card.query_selector("[data-testid=sources-more] a").unwrap();
        if lines.length() == 12 {
            let more = more.expect("a full card links to the option's page");
            let id = card.get_attribute("data-id").unwrap();
            assert_eq!(
                more.get_attribute("href").unwrap(),
                format!("#/option/{id}")
            );
        }
    }
    // The built-in corpus's cards name every source and need no link.
    show_base();
    go_to(&page, "#/about").await;
    go_to(&page, "#/").await;
    assert!(page.testid("sources-more").is_empty());
}

/// A search typed at once on a large corpus, while its vocabulary is still being made
/// between frames (issue 30), finds what a vocabulary made at once finds.
#[wasm_bindgen_test]
async fn a_search_typed_before_the_vocabulary_is_ready_finds_the_same() {
    clean_slate();
    let page = open("#/about").await;
    show_own(grown(16), "Scale ×16");
    go_to(&page, "#/search").await;
    let input: HtmlInputElement = page.one("[data-testid=search-input]").dyn_into().unwrap();
    input.set_value("fence");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    let jump = wait_for(&page, "[data-testid=jump-list]").await;
    assert!(page.testid("search-preparing").is_empty());
    // The corpus shown, copied: the copy makes its vocabulary at once.
    let fresh = corpus().clone();
    let f = policy_options_explainer::model::Filter {
        text: "fence".into(),
        ..Default::default()
    };
    let m = f.matcher_with(&fresh.glossary, &fresh.related);
    let want = policy_options_explainer::model::find::find(&fresh, &m);
    assert!(want.groups.len() > 2);
    assert_eq!(page.testid("result-kind").len(), want.groups.len());
    for (layer, hits) in &want.groups {
        let said = format!("{} ({})", layer.label(), layer.count(hits.len()));
        assert!(text(&jump).contains(&said), "{said} in {}", text(&jump));
    }
}
