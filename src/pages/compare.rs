//! Compare: the option × source matrix, and a picker for two sources side by side.

use crate::app::navigate;
use crate::components::matrix::matrix_table;
use crate::model::corpus;
use crate::route::Route;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[function_component(Compare)]
pub fn compare() -> Html {
    let c = corpus();
    let option = use_state(|| {
        c.options
            .first()
            .map(|o| o.id.to_string())
            .unwrap_or_default()
    });
    let a = use_state(|| {
        c.sources
            .first()
            .map(|s| s.id.to_string())
            .unwrap_or_default()
    });
    let b = use_state(|| {
        c.sources
            .get(1)
            .map(|s| s.id.to_string())
            .unwrap_or_default()
    });
    let select = |label: &'static str,
                  id: &'static str,
                  handle: UseStateHandle<String>,
                  items: Vec<(String, String)>| {
        let onchange = {
            let handle = handle.clone();
            Callback::from(move |e: Event| {
                handle.set(e.target_unchecked_into::<HtmlSelectElement>().value())
            })
        };
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <select {id} {onchange} data-testid={id}>
                    { for items.into_iter().map(|(value, text)| {
                        let selected = *handle == value;
                        html! { <option key={value.clone()} {value} {selected}>{ text }</option> }
                    }) }
                </select>
            </div>
        }
    };
    let options: Vec<(String, String)> = c
        .options
        .iter()
        .map(|o| (o.id.to_string(), o.label.to_string()))
        .collect();
    let sources: Vec<(String, String)> = c
        .sources
        .iter()
        .map(|s| (s.id.to_string(), s.short.to_string()))
        .collect();
    let go = {
        let (option, a, b) = (option.clone(), a.clone(), b.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            navigate(
                &Route::SideBySide {
                    option: (*option).clone(),
                    a: (*a).clone(),
                    b: (*b).clone(),
                },
                "",
                false,
            );
        })
    };
    html! {
        <article class="compare-page" data-testid="compare-page">
            <h1>{ "Compare sources" }</h1>
            <p class="lede">{ "Each row is an option and each column a source. A cell gives that source's overall position in one line and links to its arguments." }</p>
            { matrix_table() }
            <section aria-labelledby="pair-heading" class="pair-picker">
                <h2 id="pair-heading">{ "Two sources side by side" }</h2>
                <form onsubmit={go} data-testid="pair-form">
                    { select("Option", "pick-option", option, options) }
                    { select("First source", "pick-a", a, sources.clone()) }
                    { select("Second source", "pick-b", b, sources) }
                    <button type="submit" data-testid="pair-submit">{ "Show side by side" }</button>
                </form>
            </section>
        </article>
    }
}
