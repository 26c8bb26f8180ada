//! The Cite panel never shows another source's citation (issue 23): with a panel open,
//! the student goes to another source's page or passage by its address, then Back and
//! Forward; every Cite box on screen is empty or cites the source on screen.

use super::*;
use policy_options_explainer::route::Route;
use web_sys::HtmlTextAreaElement;

/// The id of the source whose page is on screen, once it has rendered.
fn on_screen(page: &Page) -> Option<String> {
    page.all("[data-testid=source-page]")
        .first()
        .and_then(|p| p.get_attribute("data-id"))
}

/// Every Cite box's text on the page.
fn boxes(page: &Page) -> Vec<String> {
    page.all("[data-testid=cite-text]")
        .into_iter()
        .filter_map(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
        .map(|b| b.value())
        .collect()
}

/// Waits until source `id`'s page is on screen, then checks that no Cite box holds
/// another source's author (a box is empty until its panel opens).
async fn shows_only(page: &Page, id: &str) {
    wait_until(&format!("source {id} is on screen"), || {
        on_screen(page).as_deref() == Some(id)
    })
    .await;
    // Back and Forward reopen the entry's panels as they were when it was left, in the
    // app's effect for the address: act only once that has run.
    settled(page).await;
    let c = corpus();
    for other in c.sources.iter().filter(|s| s.id != id) {
        for b in boxes(page) {
            assert!(
                !b.contains(&*other.short),
                "the page of {id} shows {}'s citation: {b}",
                other.short
            );
        }
    }
}

/// Opens every Cite panel on the page (a quote's page has the source's and the
/// passage's) and waits for their texts.
async fn open_panels(page: &Page, id: &str) {
    wait_for(page, "[data-testid=cite] summary").await;
    for panel in page.all("[data-testid=cite]:not([open]) summary") {
        panel.dyn_into::<HtmlElement>().unwrap().click();
    }
    let short = &*corpus().source(id).unwrap().short;
    wait_until(&format!("every panel cites {short}"), || {
        let b = boxes(page);
        !b.is_empty() && b.iter().all(|b| b.contains(short))
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_cite_panel_follows_the_source_on_screen_by_address_back_and_forward() {
    clean_slate();
    let c = corpus();
    // An argument of each of two sources whose names do not contain each other.
    let arg = |source: &str| {
        c.arguments
            .iter()
            .find(|a| a.source == source && !a.evidence.is_empty())
            .unwrap()
    };
    let (a, k) = (arg("akbar"), arg("kakar"));
    for (from, to) in [
        // A source's page, its own panel open.
        (
            Route::Source { id: "akbar".into() }.href(),
            Route::Source { id: "kakar".into() }.href(),
        ),
        // A quote in its source (the passage in focus has its own panel).
        (
            Route::Quote {
                arg: a.id.clone(),
                n: 1,
            }
            .href(),
            Route::Quote {
                arg: k.id.clone(),
                n: 1,
            }
            .href(),
        ),
    ] {
        let page = open(&from).await;
        shows_only(&page, "akbar").await;
        open_panels(&page, "akbar").await;
        go(&to);
        shows_only(&page, "kakar").await;
        back();
        shows_only(&page, "akbar").await;
        forward();
        shows_only(&page, "kakar").await;
        // A panel opened here cites Kakar.
        open_panels(&page, "kakar").await;
        back();
        shows_only(&page, "akbar").await;
    }
}
