//! Search and filter every argument; matches are highlighted in claims and quotes.

use crate::components::argument_item::{argument_item, Show};
use crate::components::empty_result::empty_result;
use crate::components::filter_bar::{clear_filters, filter_bar, url_filter};
use crate::model::{corpus, Argument};
use crate::route::Route;
use crate::state::AppState;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The address's query: the search and filters.
    #[prop_or_default]
    pub query: AttrValue,
    /// Which arguments are open.
    pub state: AppState,
}

#[function_component(Search)]
pub fn search(props: &Props) -> Html {
    let c = corpus();
    let (filter, set_filter) = url_filter(Route::Search, &props.query);
    let m = filter.matcher();
    let terms = m.terms();
    let clear = clear_filters(&set_filter);
    let results: Vec<&'static Argument> = if filter.is_empty() {
        Vec::new()
    } else {
        c.arguments.iter().filter(|a| m.matches(a)).collect()
    };
    html! {
        <article class="search-page" data-testid="search-page">
            <h1>{ "Search the evidence" }</h1>
            <p class="lede">{ "Search the claims, conditions, quotes and speakers of every argument, and narrow by source, stance and kind of evidence. Capitals and hyphens do not matter: ceasefire also finds cease-fire. The address of this page keeps your search, so you can share it." }</p>
            { filter_bar(&filter, &set_filter) }
            if filter.is_empty() {
                <p class="muted" data-testid="search-prompt">{ "Type a word or tick a box to see matching arguments. Put a phrase in double quotes to match it exactly." }</p>
            } else if results.is_empty() {
                { empty_result(&filter, clear) }
            } else {
                <p role="status" data-testid="result-count">
                    { if results.len() == 1 { "1 argument matches.".to_string() } else { format!("{} arguments match.", results.len()) } }
                </p>
                { for c.options.iter().filter(|o| results.iter().any(|a| a.option == o.id)).map(|o| html! {
                    <section key={o.id.to_string()} class="result-group">
                        <h2><a href={Route::Option { id: o.id.to_string() }.href()}>{ o.label.to_string() }</a></h2>
                        <ul class="arguments">
                            { for results.iter().filter(|a| a.option == o.id).map(|a| argument_item(a, &props.state, terms, Show {
                                force_open: !terms.is_empty(),
                                target: false,
                                source: true,
                            })) }
                        </ul>
                    </section>
                }) }
            }
        </article>
    }
}
