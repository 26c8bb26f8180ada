//! Presenter mode (issue 15): one type scale, Up/Down step as Right/Page Down do, the
//! keys on screen, Esc leaves, and the mode is kept across a reload.

use super::*;

fn stored() -> Option<String> {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("presenter")
        .unwrap()
}

fn font_px(page: &Page, selector: &str) -> f64 {
    // getComputedStyle through js_sys (web-sys's CssStyleDeclaration is not a feature
    // the app needs).
    let w: wasm_bindgen::JsValue = web_sys::window().unwrap().into();
    let get = js_sys::Reflect::get(&w, &"getComputedStyle".into()).unwrap();
    let style = get
        .unchecked_into::<js_sys::Function>()
        .call1(&w, &page.one(selector))
        .unwrap();
    let v = js_sys::Reflect::get(&style, &"fontSize".into()).unwrap();
    v.as_string()
        .unwrap()
        .trim_end_matches("px")
        .parse()
        .unwrap()
}

#[wasm_bindgen_test]
async fn presenter_mode_scales_steps_with_up_and_down_says_its_keys_and_is_kept() {
    let c = corpus();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("presenter").unwrap();
    let page = open("#/").await;
    wait_for(&page, "[data-testid=option-card]").await;
    let (title, summary, dd) = (".option-card h2", ".option-card .summary", ".positions dd");
    let before = [
        font_px(&page, title),
        font_px(&page, summary),
        font_px(&page, dd),
    ];
    assert!(page.testid("presenter-keys").is_empty());
    page.click("[data-testid=presenter-toggle]");
    wait_for(&page, ".app.presenter").await;
    let keys = text(&page.testid("presenter-keys")[0]);
    assert_eq!(keys, "→ / ↓ next · ← / ↑ previous · Esc leaves");
    wait_until("presenter mode is stored", || stored().is_some()).await;
    // Every size grows by the same factor, so titles stay above their descriptions, and
    // source lines grow too.
    let after = [
        font_px(&page, title),
        font_px(&page, summary),
        font_px(&page, dd),
    ];
    for (b, a) in before.iter().zip(&after) {
        assert!((a / b - 1.25).abs() < 0.02, "{before:?} -> {after:?}");
    }
    assert!(after[0] > after[1], "card title {after:?}");

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
