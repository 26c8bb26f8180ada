//! Search and filter every argument; matches are highlighted in claims and quotes.

use crate::components::argument_item::{argument_item, Show};
use crate::components::empty_result::empty_result;
use crate::components::filter_bar::{clear_filters, filter_bar, url_filter};
use crate::model::{Argument, PolicyOption};
use crate::route::Route;
use crate::state::AppState;
use crate::state::{corpus, own_name};
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
    let m = filter.matcher_with(&corpus().glossary);
    let terms = m.terms();
    let clear = clear_filters(&set_filter);
    // One letter is in nearly every argument: rendering them all took about 400 ms a
    // keystroke in Chromium (`make bench`), for a list no student reads; wait for more.
    let one_letter = filter.text.trim().chars().count() == 1;
    let results: Vec<&'static Argument> = if filter.is_empty() || one_letter {
        Vec::new()
    } else {
        c.arguments.iter().filter(|a| m.matches(a)).collect()
    };
    // The quotes of every match are shown (with the words marked) while the list is
    // short; a long one folds them, as laying out every quote of ~100 arguments took
    // hundreds of milliseconds a keystroke.
    let folded = !terms.is_empty() && results.len() > OPEN_LIMIT;
    // Only the first matches are drawn, PAGE more at a click: drawing every match of a
    // corpus sixteen times ours took 2.6 s for the first keystroke (`make bench`, scale).
    let more = use_state(|| (props.query.clone(), PAGE));
    let limit = if more.0 == props.query { more.1 } else { PAGE };
    let shown = in_option_order(&results, limit);
    let show_more = {
        let (more, query) = (more.clone(), props.query.clone());
        Callback::from(move |_: MouseEvent| more.set((query.clone(), limit + PAGE)))
    };
    html! {
        <article class="search-page" data-testid="search-page">
            <h1>{ "Search the evidence" }</h1>
            <p class="lede">{ "Search the claims, conditions, quotes and speakers of every argument, and narrow by source, stance and kind of evidence. Capitals and hyphens do not matter: ceasefire also finds cease-fire. Other forms of a word count too (fence finds fencing), and so do the other names in the glossary" }
                { if own_name().is_none() { " (TTP finds Tehrik-e-Taliban Pakistan)" } else { "" } }
                { ". The address of this page keeps your search, so you can share it." }</p>
            // The count stands above the filters, so on a phone it is seen as boxes are ticked.
            if !results.is_empty() {
                <p role="status" data-testid="result-count">{ count_line(&results) }</p>
            }
            if folded {
                <p class="muted" data-testid="evidence-folded">{ "With this many matches the quotes are folded: open an argument's evidence to read them, or add a word to narrow the search." }</p>
            }
            { filter_bar(&filter, &set_filter) }
            if one_letter {
                <p class="muted" data-testid="search-prompt">{ "Type one more letter: a single letter is in almost every argument." }</p>
            } else if filter.is_empty() {
                <p class="muted" data-testid="search-prompt">{ "Type a word or tick a box to see matching arguments. Put a word or phrase in double quotes to match it exactly as typed." }</p>
            } else if results.is_empty() {
                { empty_result(&filter, clear) }
            } else {
                { for shown.iter().map(|(o, group)| html! {
                    <section key={o.id.to_string()} class="result-group">
                        <h2><a href={Route::Option { id: o.id.to_string() }.href()}>{ o.label.to_string() }</a></h2>
                        <ul class="arguments">
                            { for group.iter().map(|a| argument_item(a, &props.state, terms, Show {
                                force_open: !terms.is_empty() && !folded,
                                target: false,
                                source: true,
                                grouped: false,
                            })) }
                        </ul>
                    </section>
                }) }
                if limit < results.len() {
                    <p class="show-more" data-testid="results-shown">
                        { format!("Showing the first {} of {} matching arguments. ", limit, results.len()) }
                        <button type="button" onclick={show_more} data-testid="show-more">
                            { format!("Show {} more", PAGE.min(results.len() - limit)) }
                        </button>
                    </p>
                }
            }
        </article>
    }
}

/// The most matches whose evidence opens by itself.
const OPEN_LIMIT: usize = 20;

/// How many matches are drawn at first, and how many more each "Show more" adds.
const PAGE: usize = 50;

/// The first `limit` of `results` in the fixed order of options, grouped by option.
fn in_option_order(
    results: &[&'static Argument],
    limit: usize,
) -> Vec<(&'static PolicyOption, Vec<&'static Argument>)> {
    let mut left = limit;
    let mut groups = Vec::new();
    for o in &corpus().options {
        if left == 0 {
            break;
        }
        let group: Vec<_> = results
            .iter()
            .copied()
            .filter(|a| a.option == o.id)
            .take(left)
            .collect();
        if !group.is_empty() {
            left -= group.len();
            groups.push((o, group));
        }
    }
    groups
}

/// How many arguments matched and from how many sources: "12 matching arguments in 4
/// sources".
/// The results stay in the corpus's order of options; nothing is ordered by a count.
pub fn count_line(results: &[&Argument]) -> String {
    let mut sources: Vec<&str> = results.iter().map(|a| a.source.as_str()).collect();
    crate::model::sort_dedup(&mut sources);
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    format!(
        "{} in {}.",
        plural(results.len(), "matching argument", "matching arguments"),
        plural(sources.len(), "source", "sources")
    )
}
