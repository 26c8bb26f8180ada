//! What a student's browser kept from an earlier build still loads (issue 24: stored data
//! must survive the restructuring). The texts below are written as the build of
//! 2026-12-07 (main at e4fb32b) stored them, under the keys it used, as literals: a
//! change to a key or a format fails here unless it reads the old text too.

use super::*;

/// The notebook as that build stored it: MLA chosen; an argument with a note; a passage
/// of Akbar's (bytes 41,863–42,136 of its text) collected from an argument, with a note
/// holding a tab and a line break (escaped).
const NOTEBOOK: &str = "policy-options-notebook 1\nstyle mla\na\takbar-diplomacy-1\tcompare with Kakar\nq\takbar\t41863\t42136\ta:akbar-diplomacy-1\tline one\\nline\\ttwo\n";

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn a_notebook_and_presenter_mode_kept_by_the_earlier_build_load() {
    clean_slate();
    storage()
        .set_item("policy-options-explainer.notebook", NOTEBOOK)
        .unwrap();
    storage().set_item("presenter", "on").unwrap();
    let page = open("#/notebook").await;
    wait_for(&page, "[data-testid=notebook-item]").await;
    let items = page.testid("notebook-item");
    assert_eq!(items.len(), 2, "both items read");
    let notes: Vec<String> = page
        .testid("notebook-note")
        .iter()
        .map(|t| t.unchecked_ref::<web_sys::HtmlTextAreaElement>().value())
        .collect();
    assert!(
        notes.contains(&"compare with Kakar".to_string()),
        "{notes:?}"
    );
    assert!(
        notes.contains(&"line one\nline\ttwo".to_string()),
        "{notes:?}"
    );
    let texts: Vec<String> = page.testid("notebook-text").iter().map(text).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Pakistan needs diplomatic efforts to convince the Taliban")),
        "{texts:?}"
    );
    let style = page.one("[data-testid=notebook-style]");
    assert_eq!(
        style.unchecked_ref::<web_sys::HtmlSelectElement>().value(),
        "mla"
    );
    assert!(
        page.testid("notebook-notice").is_empty(),
        "no notice of damage"
    );
    assert!(page.all(".app.presenter").len() == 1, "presenter mode kept");
    // Nothing was rewritten on reading (the text stays as that build wrote it).
    assert_eq!(
        storage()
            .get_item("policy-options-explainer.notebook")
            .unwrap()
            .as_deref(),
        Some(NOTEBOOK)
    );
}
