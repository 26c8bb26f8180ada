//! Big corpora (issue 30): the built-in corpus copied as a teacher's would grow (every
//! copy new sources, as `make bench`'s scale series grows it). The grids of options ×
//! sources at 160 sources: the first twelve, a source picker kept in the address, a note
//! naming the sources left out, sticky headers, axe-clean; "Show all evidence" on an
//! option of 320 arguments opens them a window at a time, nothing lost.

use super::*;
use policy_options_explainer::model::Corpus;
use policy_options_explainer::route::filter_from_query;
use policy_options_explainer::shown::show_own;

/// `id` in copy `j`; copy 0 keeps the built-in ids.
fn nth(id: &str, j: usize) -> String {
    if j == 0 {
        id.to_string()
    } else {
        format!("{id}-{j}")
    }
}

/// The built-in corpus with its sources, their arguments, positions and recommendations
/// copied `k` times (copy `j` named "… `j + 1`"); everything else as built in.
fn grown(k: usize) -> Corpus {
    let base = corpus();
    let mut c = base.clone();
    for j in 1..k {
        c.sources.extend(base.sources.iter().map(|s| {
            let mut s = s.clone();
            s.id = nth(&s.id, j);
            s.short = format!("{} {}", s.short, j + 1);
            s
        }));
        c.arguments.extend(base.arguments.iter().map(|a| {
            let mut a = a.clone();
            a.id = nth(&a.id, j);
            a.source = nth(&a.source, j);
            a.recommendation = a.recommendation.map(|r| nth(&r, j));
            a
        }));
        c.positions.extend(base.positions.iter().map(|p| {
            let mut p = p.clone();
            p.source = nth(&p.source, j);
            p
        }));
        c.recommendations
            .extend(base.recommendations.iter().map(|r| {
                let mut r = r.clone();
                r.id = nth(&r.id, j);
                r.source = nth(&r.source, j);
                r
            }));
    }
    c
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

#[wasm_bindgen_test]
async fn show_all_evidence_on_320_arguments_opens_a_window_at_a_time() {
    clean_slate();
    let page = open_grown(16, "#/option/negotiation").await;
    wait_for(&page, "[data-testid=open-all]").await;
    let args = page.testid("argument");
    assert_eq!(args.len(), 320);
    let open_in_order = || {
        page.testid("argument")
            .iter()
            .map(|a| {
                a.query_selector("[data-testid=evidence-list]")
                    .unwrap()
                    .is_some()
            })
            .collect::<Vec<bool>>()
    };
    page.click("[data-testid=open-all]");
    wait_for(&page, "[data-testid=evidence-window]").await;
    let window = page.testid("evidence-list").len();
    assert!(window > 0 && window < 320, "a window of {window}");
    let open = open_in_order();
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
    // The next window, by a button (keyboard and screen reader reach it like any other).
    page.click("[data-testid=evidence-next]");
    wait_until("the second window is open", || {
        page.testid("evidence-list").len() == 2 * window
    })
    .await;
    assert!(open_in_order()[..2 * window].iter().all(|o| *o));
    // Nothing lost: every argument keeps its own button, and all open in the end.
    assert_eq!(page.testid("toggle-evidence").len(), 320);
    for step in 3..=320usize.div_ceil(window) {
        page.click("[data-testid=evidence-next]");
        wait_until("the next window is open", || {
            page.testid("evidence-list").len() == 320.min(step * window)
        })
        .await;
    }
    assert!(page.testid("evidence-next").is_empty());
    assert_eq!(page.testid("evidence-list").len(), 320);
    page.click("[data-testid=close-all]");
    wait_until("no argument shows its evidence", || {
        page.testid("evidence-list").is_empty()
    })
    .await;
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
