//! Presenter mode (issue 15): Up/Down step as Right/Page Down do, the keys on screen,
//! Esc leaves, and the mode is kept across a reload. (Its type scale needs the
//! stylesheet, which this test page does not load: tests/e2e/place.rs checks it.)

use super::*;

/// Presenter mode as stored ("" or nothing when off).
fn stored() -> Option<String> {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("presenter")
        .unwrap()
        .filter(|v| !v.is_empty())
}

#[wasm_bindgen_test]
async fn presenter_mode_steps_with_up_and_down_says_its_keys_and_is_kept() {
    clean_slate();
    let c = corpus();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("presenter").unwrap();
    let page = open("#/").await;
    wait_for(&page, "[data-testid=option-card]").await;
    assert!(page.testid("presenter-keys").is_empty());
    page.click("[data-testid=presenter-toggle]");
    wait_for(&page, ".app.presenter").await;
    let keys = text(&page.testid("presenter-keys")[0]);
    assert_eq!(keys, "→ / ↓ next · ← / ↑ previous · Esc leaves");
    wait_until("presenter mode is stored", || stored().is_some()).await;
    // Up and Down step like Left and Right.
    page.one("[data-testid=option-card]")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    press("ArrowDown");
    assert_eq!(active_id().as_deref(), Some(&*c.options[1].id));
    press("ArrowDown");
    assert_eq!(active_id().as_deref(), Some(&*c.options[2].id));
    press("ArrowUp");
    assert_eq!(active_id().as_deref(), Some(&*c.options[1].id));

    // Kept across a reload (the app mounted afresh reads it back).
    drop(page);
    let page = open("#/").await;
    wait_for(&page, ".app.presenter").await;
    assert!(!page.testid("presenter-keys").is_empty());
    // Esc leaves it, and the next visit starts without it.
    press("Escape");
    wait_until("Esc leaves presenter mode", || {
        page.all(".app.presenter").is_empty()
    })
    .await;
    wait_until("presenter mode is forgotten", || stored().is_none()).await;
    assert!(page.testid("presenter-keys").is_empty());
}
