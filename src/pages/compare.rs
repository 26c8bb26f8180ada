//! Compare: the option × source matrix, and a picker for two sources side by side.

use crate::components::matrix::matrix_table;
use crate::location::navigate;
use crate::route::Route;
use crate::state::corpus;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The view (a plain function: only the pair picker has state); `query` picks the
/// sources the matrix shows.
pub fn compare(query: &str) -> Html {
    html! {
        <article class="compare-page" data-testid="compare-page">
            <h1>{ "Compare sources" }</h1>
            <p class="lede">{ "Each row is an option and each column a source. A cell gives that source's overall position in one line and links to its arguments." }</p>
            <p><a href={Route::Overview.href()}>{ "Which stances each source takes, at a glance" }</a></p>
            { matrix_table(query) }
            <p><a href={Route::Handout { id: "all".into() }.href()} data-testid="handout-all-link">{ "Handout of every option" }</a>{ ", to print" }</p>
            <PairPicker />
        </article>
    }
}

/// Two sources side by side: an option and two sources, then their page. A component
/// without properties (one with them would add a copy of Yew's generic code to the wasm).
#[function_component(PairPicker)]
fn pair_picker() -> Html {
    let c = corpus();
    let option = use_state(|| c.options.first().map(|o| o.id.clone()).unwrap_or_default());
    let a = use_state(|| c.sources.first().map(|s| s.id.clone()).unwrap_or_default());
    let b = use_state(|| c.sources.get(1).map(|s| s.id.clone()).unwrap_or_default());
    let options: Vec<(&str, &str)> = c.options.iter().map(|o| (&*o.id, &*o.label)).collect();
    let sources: Vec<(&str, &str)> = c.sources.iter().map(|s| (&*s.id, &*s.short)).collect();
    let go = {
        let (option, a, b) = (option.clone(), a.clone(), b.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let route = Route::SideBySide {
                option: (*option).clone(),
                a: (*a).clone(),
                b: (*b).clone(),
            };
            navigate(&route.href(), false);
        })
    };
    html! {
        <section aria-labelledby="pair-heading" class="pair-picker">
            <h2 id="pair-heading">{ "Two sources side by side" }</h2>
            <form onsubmit={go} data-testid="pair-form">
                { select("Option", "pick-option", &option, &options) }
                { select("First source", "pick-a", &a, &sources) }
                { select("Second source", "pick-b", &b, &sources) }
                <button type="submit" data-testid="pair-submit">{ "Show side by side" }</button>
            </form>
        </section>
    }
}

/// A labelled `<select>` of `items` (value, text) that keeps its choice in `handle`.
fn select(
    label: &'static str,
    id: &'static str,
    handle: &UseStateHandle<String>,
    items: &[(&'static str, &'static str)],
) -> Html {
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
                { for items.iter().map(|&(value, text)| {
                    let selected = **handle == value;
                    html! { <option key={value} {value} {selected}>{ text }</option> }
                }) }
            </select>
        </div>
    }
}
