//! Slides (issue 12): keys step and the address follows; an address shows its slide; the
//! overview jumps; Esc leaves; the links that start a presentation.

use super::*;
use policy_options_explainer::model::slides::{deck, Slide, ALL};

fn press_key(key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    document().dispatch_event(&event).unwrap();
}

/// The number and id of the slide on screen.
fn shown(page: &Page) -> (String, String) {
    let s = page.one("[data-testid=slide]");
    (
        s.get_attribute("data-n").unwrap_or_default(),
        s.get_attribute("data-slide-id").unwrap_or_default(),
    )
}

/// Presses `key` and waits until slide `n` of `deck_name` is on screen and in the address.
async fn step(page: &Page, key: &str, shift: bool, deck_name: &str, n: usize) {
    press_key(key, shift);
    let want = format!("#/slides/{deck_name}/{n}");
    let slides = deck(corpus(), deck_name).unwrap();
    let id = slides[n - 1].id();
    wait_until_or(
        || format!("{key}: want {want} ({id}), at {} {:?}", hash(), shown(page)),
        || hash() == want && shown(page) == (n.to_string(), id.clone()),
    )
    .await;
    settled(page).await;
}

#[wasm_bindgen_test]
async fn keys_change_the_slide_and_the_address() {
    clean_slate();
    let slides = deck(corpus(), "border").unwrap();
    let len = slides.len();
    let page = open("#/slides/border/1").await;
    wait_for(&page, "[data-testid=slide]").await;
    step(&page, "ArrowRight", false, "border", 2).await;
    step(&page, "PageDown", false, "border", 3).await;
    step(&page, "ArrowLeft", false, "border", 2).await;
    step(&page, "PageUp", false, "border", 1).await;
    step(&page, " ", false, "border", 2).await;
    step(&page, " ", true, "border", 1).await;
    step(&page, "End", false, "border", len).await;
    step(&page, "ArrowRight", false, "border", len).await;
    step(&page, "Home", false, "border", 1).await;
    step(&page, "ArrowLeft", false, "border", 1).await;
    // The visible position, and the live region that announces the slide.
    assert_eq!(
        text(&page.one("[data-testid=slide-position]")),
        format!("Slide 1 of {len}")
    );
    step(&page, "ArrowRight", false, "border", 2).await;
    let status = text(&page.one("[data-testid=slide-status]"));
    assert!(
        status.starts_with(&format!("Slide 2 of {len}: ")),
        "{status}"
    );
    // The buttons step too, and keep focus for the next press.
    page.click("[data-testid=slide-next]");
    wait_until("Next shows slide 3", || hash() == "#/slides/border/3").await;
    // The address changes before the view does: click Previous on slide 3's view.
    let third = format!("Slide 3 of {len}");
    wait_until("slide 3 is shown", || {
        text(&page.one("[data-testid=slide-position]")) == third
    })
    .await;
    page.click("[data-testid=slide-previous]");
    wait_until("Previous shows slide 2", || hash() == "#/slides/border/2").await;
    // Each step replaced the history entry: Back leaves the slides in one press, for the
    // address before them (counting history.length is not reliable: browsers cap it at
    // 50 entries and Firefox trims it later, so a busy run saw 52 then 50).
    back();
    wait_until_or(
        || format!("Back leaves the slides (at {})", hash()),
        || hash() == "#/",
    )
    .await;
}

#[wasm_bindgen_test]
async fn an_address_shows_its_slide() {
    clean_slate();
    let c = corpus();
    // The whole set starts with its title; each option's slides follow in order.
    let page = open("#/slides/all/1").await;
    wait_for(&page, "[data-testid=slide]").await;
    assert_eq!(shown(&page).1, "title");
    drop(page);
    let all = deck(c, ALL).unwrap();
    let n = 3 + c.sources.len();
    let page = open(&format!("#/slides/all/{n}")).await;
    wait_for(&page, "[data-testid=slide-claim]").await;
    let Slide::Argument {
        argument,
        quotes: (from, to),
        ..
    } = all[n - 1]
    else {
        panic!("slide {n} is not an argument");
    };
    assert_eq!(shown(&page), (n.to_string(), all[n - 1].id()));
    assert_eq!(text(&page.one("[data-testid=slide-claim]")), argument.claim);
    let stance = page.one("[data-testid=slide] [data-testid=stance]");
    assert_eq!(
        stance.get_attribute("data-stance").as_deref(),
        Some(argument.stance.as_str())
    );
    assert!(text(&stance).contains(argument.stance.label()));
    // The quotes of this slide's part (an argument whose quotes do not fit one slide
    // continues on the next, issue 27).
    assert_eq!(page.testid("slide-quote").len(), to - from);
    for (cite, e) in page
        .testid("slide-cite")
        .iter()
        .zip(&argument.evidence[from..to])
    {
        // A document without headings is cited without a section.
        let heading = e.section.trim();
        let with_it = text(cite).ends_with(&format!("{heading} section"));
        assert_eq!(with_it, !heading.starts_with('('), "{}", text(cite));
    }
    drop(page);
    // A source that does not discuss an option says so on its slide.
    let (o, s) = c
        .options
        .iter()
        .find_map(|o| {
            let s = c
                .sources
                .iter()
                .position(|s| c.position(&o.id, &s.id).is_none())?;
            Some((o, s))
        })
        .unwrap();
    let page = open(&format!("#/slides/{}/{}", o.id, s + 2)).await;
    let line = wait_for(&page, "[data-testid=slide-position-text]").await;
    assert_eq!(text(&line), "Not discussed");
    drop(page);
    // Past the end, and an unknown option: a message, never a blank page.
    let page = open("#/slides/border/999").await;
    let nf = wait_for(&page, "[data-testid=not-found]").await;
    assert!(text(&nf).contains("there is no slide 999"), "{}", text(&nf));
    drop(page);
    let page = open("#/slides/no-such-option/1").await;
    wait_for(&page, "[data-testid=not-found]").await;
    drop(page);
    // The overview is in the address too: a reload shows it again.
    let page = open("#/slides/border/3?overview").await;
    wait_for(&page, "[data-testid=slide-overview]").await;
    assert_eq!(
        page.testid("overview-item").len(),
        deck(c, "border").unwrap().len()
    );
}

#[wasm_bindgen_test]
async fn the_overview_jumps_to_a_slide() {
    clean_slate();
    let len = deck(corpus(), "border").unwrap().len();
    let page = open("#/slides/border/2").await;
    wait_for(&page, "[data-testid=slide]").await;
    press_key("o", false);
    wait_for(&page, "[data-testid=slide-overview]").await;
    settled(&page).await;
    let items = page.testid("overview-item");
    assert_eq!(items.len(), len);
    let current = page.one("[data-testid=overview-item][aria-current]");
    assert_eq!(
        current.get_attribute("href").as_deref(),
        Some("#/slides/border/2")
    );
    wait_until("focus goes to the slide on screen in the list", || {
        document()
            .active_element()
            .is_some_and(|a| a.is_same_node(Some(&current)))
    })
    .await;
    items[4].clone().dyn_into::<HtmlElement>().unwrap().click();
    wait_until("the overview closes on slide 5", || {
        hash() == "#/slides/border/5" && page.testid("slide-overview").is_empty()
    })
    .await;
    wait_for(&page, "[data-testid=slide][data-n=\"5\"]").await;
    wait_until("focus goes to the new slide", || {
        document()
            .active_element()
            .is_some_and(|a| a.id() == "slide")
    })
    .await;
    // The button opens it too, and O closes it on the same slide.
    page.click("[data-testid=slide-overview-toggle]");
    wait_for(&page, "[data-testid=slide-overview]").await;
    press_key("O", true);
    wait_until("O closes the overview", || {
        page.testid("slide-overview").is_empty()
    })
    .await;
    assert_eq!(hash(), "#/slides/border/5");
}

#[wasm_bindgen_test]
async fn esc_leaves_for_the_option_page_and_links_start_the_slides() {
    clean_slate();
    let c = corpus();
    let slides = deck(c, "border").unwrap();
    let (n, id) = slides
        .iter()
        .enumerate()
        .find_map(|(i, s)| match s {
            Slide::Argument { argument, .. } => Some((i + 1, argument.id.clone())),
            _ => None,
        })
        .unwrap();
    let page = open(&format!("#/slides/border/{n}")).await;
    wait_for(&page, "[data-testid=slide]").await;
    let want = format!("#/argument/{id}");
    press_key("Escape", false);
    wait_until_or(
        || format!("Esc leaves for {want} (at {})", hash()),
        || hash() == want,
    )
    .await;
    settled(&page).await;
    wait_for(&page, "[data-testid=option-page]").await;
    let link = page.one("[data-testid=present-slides]");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#/slides/border/1")
    );
    drop(page);
    let page = open("#/").await;
    let link = wait_for(&page, "[data-testid=present-slides]").await;
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#/slides/all/1")
    );
    // Presenter mode links to the slides too.
    page.click("[data-testid=presenter-toggle]");
    let link = wait_for(&page, "[data-testid=presenter-slides]").await;
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#/slides/all/1")
    );
    page.click("[data-testid=presenter-toggle]");
    wait_until("presenter mode is off", || {
        page.all(".app.presenter").is_empty()
    })
    .await;
}
