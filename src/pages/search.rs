//! One search over every layer (issue 26): arguments, recommendations, positions,
//! facts that differ, events, the glossary and the full texts, grouped by kind in a
//! fixed order. Matches are marked; related words a result holds are named.

use crate::components::argument_item::{argument_item, Show};
use crate::components::empty_result::empty_result;
use crate::components::filter_bar::{clear_filters, filter_bar, url_filter, FilterChange};
use crate::components::highlighted::highlighted;
use crate::components::jump::jump_link;
use crate::model::find::{also, find, Hit, Layer};
use crate::model::normalize::strip_markup;
use crate::model::{Argument, Filter, Matcher, PolicyOption};
use crate::route::{with_query, Route};
use crate::state::{corpus, own_name, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The address's query: the search, filters and layers searched.
    #[prop_or_default]
    pub query: AttrValue,
    /// Which arguments are open.
    pub state: AppState,
}

#[function_component(Search)]
pub fn search(props: &Props) -> Html {
    let opened_with = use_mut_ref(|| props.query.clone());
    let waiting = use_prepared_search();
    let (filter, set_filter) = url_filter(Route::Search, &props.query);
    let m = filter.matcher_with(&corpus().glossary, &corpus().related);
    let clear = clear_filters(&set_filter);
    // One letter is in nearly every argument: rendering them all took about 400 ms a
    // keystroke in Chromium (`make bench`), for a list no student reads; wait for more.
    let one_letter = filter.text.trim().chars().count() == 1;
    let preparing = cfg!(target_arch = "wasm32")
        && !filter.is_empty()
        && !one_letter
        && !m.terms().is_empty()
        && *opened_with.borrow() != props.query
        && !corpus().search_ready();
    *waiting.borrow_mut() = preparing;
    let found = if filter.is_empty() || one_letter || preparing {
        Default::default()
    } else {
        find(corpus(), &m)
    };
    // How many hits of each group are drawn: a few of each while several groups show,
    // PAGE more at each "Show more" (drawing every match of a corpus sixteen times ours
    // took 2.6 s for the first keystroke, `make bench`, scale).
    // A short list of (layer, limit), not a `BTreeMap`: its tree code cost bytes of the
    // students' wasm for at most seven entries.
    let more = use_state(|| (props.query.clone(), Vec::<(Layer, usize)>::new()));
    let single = found.groups.len() == 1;
    let limits = limits(&found.groups, &more, &props.query);
    let show_more = |layer: Layer, limit: usize| {
        let (more, query) = (more.clone(), props.query.clone());
        Callback::from(move |_: MouseEvent| {
            let mut limits = if more.0 == query {
                more.1.clone()
            } else {
                Vec::new()
            };
            limits.retain(|(l, _)| *l != layer);
            limits.push((layer, limit + PAGE));
            more.set((query.clone(), limits));
        })
    };
    let arguments = arguments_found(&found.groups);
    html! {
        <article class="search-page" data-testid="search-page">
            <h1>{ "Search the evidence" }</h1>
            { lede() }
            // The count stands above the filters, so on a phone it is seen as boxes are ticked.
            if !arguments.is_empty() {
                <p role="status" data-testid="result-count">{ count_line(&arguments) }</p>
            }
            { filter_bar(&filter, &set_filter) }
            { layer_chooser(&filter, &set_filter) }
            if one_letter {
                <p class="muted" data-testid="search-prompt">{ "Type one more letter: a single letter is in almost every argument." }</p>
            } else if preparing {
                <p class="muted" role="status" data-testid="search-preparing">{ "Preparing search… The results will show here in a moment." }</p>
            } else if filter.is_empty() {
                <p class="muted" data-testid="search-prompt">{ "Type a word or tick a box to see what matches. Put a word or phrase in double quotes to match it exactly as typed." }</p>
            } else if found.is_empty() && !(found.texts_loading && wants_texts(&filter)) {
                { empty_result(&filter, clear) }
            } else {
                { jump_list(&found.groups) }
                { for found.groups.iter().zip(&limits).map(|((layer, hits), &limit)| {
                    let more = show_more(*layer, limit);
                    group(*layer, hits, limit, single, more, &m, &props.state)
                }) }
                if found.texts_loading && wants_texts(&filter) && !m.terms().is_empty() {
                    <p class="muted" role="status" data-testid="texts-loading">{ "The full texts are loading… Their passages will be listed here when they are ready." }</p>
                }
            }
        </article>
    }
}

/// How many hits each group draws: what "Show more" asked for this address, else a few
/// of each while several groups show, a page when one does.
fn limits(
    groups: &[(Layer, Vec<Hit>)],
    more: &(AttrValue, Vec<(Layer, usize)>),
    query: &AttrValue,
) -> Vec<usize> {
    let single = groups.len() == 1;
    (groups.iter())
        .map(|(l, _)| {
            let shown = (more.0 == *query).then(|| more.1.iter().find(|(x, _)| x == l));
            shown
                .flatten()
                .map(|(_, n)| *n)
                .unwrap_or(if single { PAGE } else { FOLD })
        })
        .collect()
}

/// The corpus's vocabulary for search is made between frames (`state::prepare`, from
/// the app as soon as the corpus is shown, and from here in case it was not). A key
/// typed before it is ready says so (the page sets the flag returned) and its results
/// come when it is; a page opened with a search in its address makes it at once, as its
/// first drawing did before.
#[hook]
fn use_prepared_search() -> std::rc::Rc<std::cell::RefCell<bool>> {
    let waiting = use_mut_ref(|| false);
    let redraw = use_force_update();
    {
        let waiting = waiting.clone();
        use_effect_with(corpus() as *const _ as usize, move |_| {
            #[cfg(target_arch = "wasm32")]
            crate::state::prepare::prepare_search(Some(Box::new(move || {
                if *waiting.borrow() {
                    redraw.force_update();
                }
            })));
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (waiting, redraw);
        });
    }
    waiting
}

/// The arguments among the hits, in their order.
fn arguments_found(groups: &[(Layer, Vec<Hit<'static>>)]) -> Vec<&'static Argument> {
    (groups.iter())
        .filter(|(l, _)| *l == Layer::Arguments)
        .flat_map(|(_, hits)| hits.iter())
        .filter_map(|h| match h {
            Hit::Argument(a) => Some(*a),
            _ => None,
        })
        .collect()
}

fn lede() -> Html {
    html! {
        <p class="lede">{ "Search the arguments, recommendations, positions, facts that differ, events, glossary and the full texts of the sources. Capitals and hyphens do not matter: ceasefire also finds cease-fire. Other forms of a word count too (fence finds fencing), and so do the other names in the glossary" }
            { if own_name().is_none() { " (TTP finds Tehrik-e-Taliban Pakistan) and the words the corpus lists as meaning the same (talks finds negotiations and dialogue)" } else { "" } }
            { ". Source, stance and evidence kind narrow the arguments; the source also narrows the other kinds. The address of this page keeps your search, so you can share it." }</p>
    }
}

/// Whether the search looks in the full texts.
fn wants_texts(f: &Filter) -> bool {
    f.layers.is_empty() || f.layers.contains(&Layer::Texts)
}

/// A few hits of each group are drawn while several groups show.
const FOLD: usize = 3;

/// How many matches a lone group draws at first, and how many more each "Show more" adds.
const PAGE: usize = 50;

/// The most matches whose evidence opens by itself.
const OPEN_LIMIT: usize = 20;

/// The boxes that choose what the search looks through (all when none is ticked).
fn layer_chooser(f: &Filter, on_change: &Callback<FilterChange>) -> Html {
    let all = f.layers.is_empty();
    html! {
        <fieldset class="layer-chooser" data-testid="layer-chooser">
            <legend>{ "Search in" }</legend>
            <ul>
                { for Layer::ALL.into_iter().map(|l| {
                    let checked = all || f.layers.contains(&l);
                    let mut next = f.clone();
                    if all {
                        next.layers = Layer::ALL.into_iter().filter(|x| *x != l).collect();
                    } else {
                        next = f.toggled(|f| &mut f.layers, l);
                    }
                    let cb = on_change.clone();
                    let onchange = Callback::from(move |_: Event| cb.emit(FilterChange { filter: next.clone(), replace: false }));
                    let id = format!("f-in-{}", l.as_str());
                    html! {
                        <li key={id.clone()}>
                            <input type="checkbox" id={id.clone()} {checked} {onchange} data-testid={format!("filter-in-{}", l.as_str())} />
                            <label for={id}>{ l.label() }</label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}

/// Links to each group of results, in their order: Tab and Enter reach a group at once.
fn jump_list(groups: &[(Layer, Vec<Hit>)]) -> Html {
    if groups.len() < 2 {
        return Html::default();
    }
    html! {
        <nav aria-label="Kinds of results" class="jump-list" data-testid="jump-list">
            <p>{ "Found in: " }
                { for groups.iter().enumerate().map(|(i, (l, hits))| html! { <>
                    if i > 0 { { " · " } }
                    { jump_link(format!("results-{}", l.as_str()), format!("{} ({})", l.label(), l.count(hits.len())), "jump") }
                </> }) }
            </p>
        </nav>
    }
}

/// One group of results: its heading, its first `limit` hits, and what is folded.
fn group(
    layer: Layer,
    hits: &[Hit<'static>],
    limit: usize,
    alone: bool,
    more: Callback<MouseEvent>,
    m: &Matcher,
    state: &AppState,
) -> Html {
    let name = layer.as_str();
    let shown = &hits[..limit.min(hits.len())];
    let body = if layer == Layer::Arguments {
        argument_group(shown, hits.len() > OPEN_LIMIT || !alone, m, state)
    } else {
        html! { <ul class="hits">{ for shown.iter().map(|h| hit_item(h, m)) }</ul> }
    };
    // The argument group keeps the test ids it had before the other layers joined it.
    let (shown_id, more_id) = if layer == Layer::Arguments {
        ("results-shown".to_string(), "show-more".to_string())
    } else {
        (format!("results-shown-{name}"), format!("show-more-{name}"))
    };
    html! {
        <section key={name} class="result-kind" id={format!("results-{name}")} data-testid="result-kind" data-layer={name} tabindex="-1">
            <h2>{ layer.label() }</h2>
            { body }
            if limit < hits.len() {
                <p class="show-more" data-testid={shown_id}>
                    { format!("Showing the first {} of {}. ", limit, layer.count(hits.len())) }
                    <button type="button" onclick={more} data-testid={more_id}>
                        { format!("Show {} more", layer.count(PAGE.min(hits.len() - limit))) }
                    </button>
                </p>
            }
        </section>
    }
}

/// The arguments shown, under their options in the fixed order; their quotes folded
/// when `many` (many matches, or other kinds of results beside them).
fn argument_group(shown: &[Hit<'static>], many: bool, m: &Matcher, state: &AppState) -> Html {
    let terms = m.terms();
    let args: Vec<&'static Argument> = (shown.iter())
        .filter_map(|h| {
            if let Hit::Argument(a) = h {
                Some(*a)
            } else {
                None
            }
        })
        .collect();
    // The quotes of every match are shown (with the words marked) while the arguments
    // are the only results and few; otherwise they fold: laying out every quote of ~100
    // arguments took hundreds of milliseconds a keystroke, and the three arguments shown
    // beside the other kinds opened about 500 elements of quotes, two thirds of the page
    // redrawn at each keystroke (p95 82 ms keydown to layout, `make bench`; issue 26).
    let folded = !terms.is_empty() && many;
    html! { <>
        if folded {
            <p class="muted" data-testid="evidence-folded">{ "The quotes are folded: open an argument's evidence to read them, or search the arguments alone with a word or two more to see every quote with the words marked." }</p>
        }
        { for in_option_order(&args).into_iter().map(|(o, group)| html! {
            <section key={o.id.to_string()} class="result-group">
                <h3><a href={Route::Option { id: o.id.to_string() }.href()}>{ o.label.to_string() }</a></h3>
                <ul class="arguments">
                    { for group.iter().map(|a| argument_item(a, state, terms, Show {
                        force_open: !terms.is_empty() && !folded,
                        target: false,
                        source: true,
                        grouped: false,
                        also: true,
                    })) }
                </ul>
            </section>
        }) }
    </> }
}

/// One result of a layer other than arguments: where it is, what it says with the
/// words marked, the related words it holds, and a link to it.
fn hit_item(h: &Hit<'static>, m: &Matcher) -> Html {
    let c = corpus();
    let terms = m.terms();
    let short = |id: &str| c.source(id).map_or(id.to_string(), |s| s.short.to_string());
    let (key, head, text, href, link): (String, String, String, String, &str) = match *h {
        Hit::Recommendation(r) => (
            r.id.clone(),
            short(&r.source),
            r.summary.clone(),
            Route::Recommendation { id: r.id.clone() }.href(),
            "Open the recommendation",
        ),
        Hit::Position(p) => (
            format!("{}/{}", p.option, p.source),
            format!(
                "{} on {}",
                short(&p.source),
                c.option(&p.option).map_or("", |o| &o.label)
            ),
            p.summary.clone(),
            Route::Option {
                id: p.option.clone(),
            }
            .href(),
            "Open the option",
        ),
        Hit::Fact(d) => (
            d.id.clone(),
            d.topic.clone(),
            d.note.clone(),
            format!("{}?at={}", Route::Discrepancies.href(), d.id),
            "Open the fact",
        ),
        Hit::Event(e) => (
            e.id.clone(),
            e.date.clone(),
            e.label.clone(),
            with_query(Route::Timeline.href(), "at", &e.id),
            "Open the event in the timeline",
        ),
        Hit::Glossary(g) => (
            g.term.clone(),
            g.term.clone(),
            g.definition.clone(),
            with_query(Route::Glossary.href(), "at", &g.term),
            "Open the entry in the glossary",
        ),
        Hit::Text { source, start, end } => (
            format!("{}-{start}", source.id),
            source.short.clone(),
            strip_markup(&source.text[start..end]),
            Route::Passage {
                source: source.id.clone(),
                start: start as u32,
                end: end as u32,
            }
            .href(),
            "Read in the text",
        ),
        Hit::Argument(_) => return Html::default(),
    };
    let kind = if matches!(h, Hit::Text { .. }) {
        "text-hit"
    } else {
        "hit"
    };
    let words = also(m, h);
    html! {
        <li key={key} class="hit" data-testid={kind}>
            <p><strong>{ head }</strong>{ ": " }{ highlighted(&text, terms) }</p>
            if !words.is_empty() {
                <p class="also muted" data-testid="also">{ format!("Also: {}", words.join(", ")) }</p>
            }
            <a href={href} data-testid="hit-link">{ link }</a>
        </li>
    }
}

/// `results` in the fixed order of options, grouped by option.
fn in_option_order(
    results: &[&'static Argument],
) -> Vec<(&'static PolicyOption, Vec<&'static Argument>)> {
    let mut groups = Vec::new();
    for o in &corpus().options {
        let group: Vec<_> = (results.iter().copied())
            .filter(|a| a.option == o.id)
            .collect();
        if !group.is_empty() {
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
