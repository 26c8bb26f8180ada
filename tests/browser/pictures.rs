//! Pictures at a glance (issue 12): the options × sources overview and the timeline on
//! a time axis.

use super::*;
use policy_options_explainer::model::timescale::{in_date_order, Date};
use policy_options_explainer::route::{filter_from_query, Here, Route};

/// Every cell of the overview shows, by shape and word, the stances of the arguments
/// its link leads to (the option page filtered to that source), and no number.
#[wasm_bindgen_test]
async fn every_overview_cell_links_to_the_arguments_it_stands_for() {
    clean_slate();
    let c = corpus();
    let page = open("#/overview").await;
    wait_for(&page, "[data-testid=grid-cell]").await;
    let cells = page.testid("grid-cell");
    assert_eq!(cells.len(), c.options.len() * c.sources.len());
    let rows = page.all("[data-testid=stance-grid] tbody tr");
    let row_ids: Vec<String> = rows
        .iter()
        .filter_map(|r| {
            r.query_selector("[data-testid=grid-cell]")
                .ok()??
                .get_attribute("data-option")
        })
        .collect();
    let option_ids: Vec<String> = c.options.iter().map(|o| o.id.clone()).collect();
    assert_eq!(row_ids, option_ids, "options in the fixed order");
    for cell in &cells {
        let option = cell.get_attribute("data-option").unwrap();
        let source = cell.get_attribute("data-source").unwrap();
        let t = text(cell);
        assert!(
            !t.chars().any(|ch| ch.is_ascii_digit()),
            "a number in {option} × {source}: {t}"
        );
        let shown: Vec<String> = (0..cell.query_selector_all("[data-stance]").unwrap().length())
            .filter_map(|i| cell.query_selector_all("[data-stance]").unwrap().item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok()?.get_attribute("data-stance"))
            .collect();
        let mut want: Vec<&str> = Vec::new();
        for s in Stance::ALL {
            if c.arguments
                .iter()
                .any(|a| a.option == option && a.source == source && a.stance == s)
            {
                want.push(s.as_str());
            }
        }
        assert_eq!(shown, want, "stances in {option} × {source}");
        match cell.query_selector("a").unwrap() {
            Some(a) => {
                let here = Here::parse(&a.get_attribute("href").unwrap());
                assert_eq!(here.route, Route::Option { id: option.clone() });
                let f = filter_from_query(&here.query);
                assert_eq!(f.sources, vec![source.clone()], "{option} × {source}");
                assert!(f.stances.is_empty() && f.kinds.is_empty() && f.text.is_empty());
                // The filter leads to exactly those arguments: the stances behind the link
                // are the stances shown.
                let m = f.matcher_with(&corpus().glossary, &corpus().related);
                let mut behind: Vec<&str> = Vec::new();
                for s in Stance::ALL {
                    if c.arguments
                        .iter()
                        .any(|a| a.option == option && m.matches(a) && a.stance == s)
                    {
                        behind.push(s.as_str());
                    }
                }
                assert_eq!(behind, want);
                if want.is_empty() {
                    assert!(c.position(&option, &source).is_some());
                }
            }
            None => {
                assert!(want.is_empty() && c.position(&option, &source).is_none());
                assert!(t.contains("Not discussed"), "{t}");
            }
        }
    }
    // One link followed: the option page shows that source's arguments only.
    let first = page.one("[data-testid=grid-cell] a.grid-stances");
    let href = first.get_attribute("href").unwrap();
    drop(page);
    let page = open(&href).await;
    wait_for(&page, "[data-testid=argument]").await;
    let f = filter_from_query(&Here::parse(&href).query);
    let mut seen: Vec<String> = page
        .testid("argument")
        .iter()
        .filter_map(|a| a.get_attribute("data-stance"))
        .collect();
    seen.dedup();
    assert!(!seen.is_empty(), "{href}: {f:?}");
}

/// The axis places the events in date order, to scale, and the list holds the same
/// events in the same order.
#[wasm_bindgen_test]
async fn the_time_axis_places_events_in_date_order_and_the_list_holds_them() {
    clean_slate();
    let c = corpus();
    let page = open("#/timeline").await;
    wait_for(&page, "[data-testid=axis-svg]").await;
    let order: Vec<String> = in_date_order(&c.events)
        .iter()
        .map(|(e, _)| e.id.clone())
        .collect();
    let listed: Vec<String> = page
        .testid("event")
        .iter()
        .filter_map(|e| e.get_attribute("data-event"))
        .collect();
    assert_eq!(listed, order, "the list is in date order");
    let figure = page.one("[data-testid=time-axis]");
    assert_eq!(figure.get_attribute("aria-hidden").as_deref(), Some("true"));
    let axes = page.testid("axis-svg");
    assert!(!axes.is_empty());
    for (n, svg) in axes.iter().enumerate() {
        let marks = svg.query_selector_all("[data-event]").unwrap();
        let marks: Vec<Element> = (0..marks.length())
            .filter_map(|i| marks.item(i)?.dyn_into::<Element>().ok())
            .collect();
        let ids: Vec<String> = marks
            .iter()
            .filter_map(|m| m.get_attribute("data-event"))
            .collect();
        // Axis n = 0 is the whole span: every event; a close-up holds the most recent.
        if n == 0 {
            assert_eq!(ids, order);
        } else {
            assert_eq!(ids[..], order[order.len() - ids.len()..]);
        }
        let xs: Vec<u32> = marks
            .iter()
            .map(|m| m.get_attribute("data-x").unwrap().parse().unwrap())
            .collect();
        assert!(xs.windows(2).all(|w| w[0] <= w[1]), "axis {n}: {xs:?}");
        // The drawn shape sits at that x: a rect starts there, a dot is centred there.
        for m in &marks {
            let x = m.get_attribute("data-x").unwrap();
            let shape = m.query_selector("rect, circle").unwrap().unwrap();
            let at = shape
                .get_attribute("x")
                .or_else(|| shape.get_attribute("cx"));
            assert_eq!(at.as_deref(), Some(&*x));
            assert_eq!(
                m.get_attribute("tabindex").as_deref(),
                Some("-1"),
                "out of the Tab order"
            );
        }
    }
    // Issue 27: the overview is labelled, years on its axis and what a mark is, and
    // stacks no tower: at most four rows, the close-up's years bracketed under it.
    let legend = text(&page.one("[data-testid=axis-legend]"));
    assert!(
        legend.contains("one dated event") && legend.contains("dot"),
        "{legend}"
    );
    let whole = &axes[0];
    let years = whole
        .query_selector_all(":scope > g:not(.axis-bracket) > text")
        .unwrap();
    assert!(years.length() >= 3, "year labels on the whole span");
    for i in 0..years.length() {
        let y = years.item(i).unwrap().text_content().unwrap_or_default();
        assert!(y.len() == 4 && y.parse::<i32>().is_ok(), "{y}");
    }
    let tops = whole
        .query_selector_all("[data-event] > rect, [data-event] > circle")
        .unwrap();
    for i in 0..tops.length() {
        let shape: Element = tops.item(i).unwrap().dyn_into().unwrap();
        let top: u32 = shape
            .get_attribute("y")
            .or_else(|| shape.get_attribute("cy"))
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            top <= 3 * 9 + 5,
            "a mark in row {} of the overview",
            top / 9
        );
    }
    if axes.len() > 1 {
        let bracket = text(&page.one("[data-testid=axis-bracket]"));
        assert!(bracket.starts_with("close-up below: "), "{bracket}");
    }
    // Dates as printed, no more precise than the source.
    for (li, (e, d)) in page.testid("event").iter().zip(in_date_order(&c.events)) {
        let printed = d.map_or(e.date.clone(), Date::printed);
        assert_eq!(text(&li.query_selector("time").unwrap().unwrap()), printed);
    }
}
