//! Slides: one thing at a time in large type for a projector — an option, each source's
//! position on it, each argument with its quotes and their citations (`model::slides`
//! makes the list; this shows one of them).
//!
//! → ← Page Up / Page Down and Space (Shift+Space back) step, as presentation clickers
//! send them; Home and End jump to the first and last slide; O opens the overview of all
//! slides; Esc closes the overview, or leaves for the option page.
//!
//! The address follows the slide (`#/slides/border/3`), so a reload or a bookmark
//! resumes there. Each step *replaces* the history entry rather than adding one: a talk
//! of 187 slides would otherwise fill the history, and Back would step back through
//! every slide instead of leaving the presentation for the page it was started from
//! (the Previous button and ← step back). Focus stays on the control the presenter
//! used; a live region announces each new slide.

use crate::components::not_found::not_found;
use crate::components::position::position_text;
use crate::components::stance_badge::stance_badge;
use crate::location::navigate;
use crate::model::cite::in_text;
use crate::model::normalize::strip_markup;
use crate::model::slides::{deck, Slide, ALL};
use crate::model::{corpus, Argument, Source};
use crate::route::Route;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// `all`, or an option id.
    pub deck: AttrValue,
    /// The slide on screen, from 1.
    pub n: usize,
}

#[function_component(SlidesPage)]
pub fn slides_page(props: &Props) -> Html {
    let overview = use_state_eq(|| false);
    let slides = deck(corpus(), &props.deck).unwrap_or_default();
    let (n, len) = (props.n, slides.len());
    let slide = n.checked_sub(1).and_then(|i| slides.get(i)).copied();
    let leave = leave_route(slide).href();
    {
        let (overview, leave) = (overview.clone(), leave.clone());
        let deck = props.deck.clone();
        use_effect_with((n, len, *overview), move |&(n, len, open)| {
            let listener = (1..=len).contains(&n).then(|| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&document(), "keydown", options, move |e| {
                    if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                        let to = on_key(e, Step { n, len, open }, &overview, &leave);
                        go(&deck, to, n);
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let title = slide.map(|s| slide_title(&s)).unwrap_or_default();
        use_effect_with((props.deck.clone(), n, *overview), move |&(_, n, open)| {
            settle(open, &title, n, len)
        });
    }
    let Some(slide) = slide else {
        return missing(&props.deck, n, len);
    };
    let step = |to: usize| {
        let deck = props.deck.clone();
        Callback::from(move |_: MouseEvent| go(&deck, to.clamp(1, len), n))
    };
    let toggle = {
        let overview = overview.clone();
        Callback::from(move |_: MouseEvent| overview.set(!*overview))
    };
    let status = ["Slide ", &n.to_string(), " of ", &len.to_string()].concat();
    let at_end = |end: bool| end.then_some("true");
    html! {
        <article class="slides-page" data-testid="slides" data-deck={props.deck.clone()}>
            if *overview {
                { overview_view(&props.deck, &slides, n, &overview) }
            } else {
                { slide_view(&slide, n) }
            }
            <nav class="slide-controls" aria-label="Slides">
                <button type="button" onclick={step(n.saturating_sub(1))} aria-disabled={at_end(n == 1)}
                    data-testid="slide-previous">{ "← Previous" }</button>
                <p class="slide-position" data-testid="slide-position">{ status.clone() }</p>
                <button type="button" onclick={step(n + 1)} aria-disabled={at_end(n == len)}
                    data-testid="slide-next">{ "Next →" }</button>
                <button type="button" onclick={toggle} aria-pressed={(*overview).to_string()}
                    data-testid="slide-overview-toggle">{ "Overview (O)" }</button>
                <a href={leave} data-testid="slide-leave">{ "Leave slides (Esc)" }</a>
                <p class="slide-keys">{ "Keys: → ← Space, Page Up/Down, Home, End" }</p>
            </nav>
            <p class="visually-hidden" role="status" data-testid="slide-status">
                { [status.as_str(), ": ", &slide_title(&slide)].concat() }
            </p>
        </article>
    }
}

/// The slide on screen, whether the overview is open, and how many slides there are.
#[derive(Clone, Copy)]
struct Step {
    n: usize,
    len: usize,
    open: bool,
}

/// What key `e` does: opens or closes the overview, leaves, or returns the slide to go
/// to (the one on screen when it does nothing). Keys keep their usual meaning in a text
/// field, with a modifier held, and (Space, which presses a button or follows a link)
/// on a control; the overview keeps the page's own keys for scrolling its list.
fn on_key(e: &KeyboardEvent, at: Step, overview: &UseStateHandle<bool>, leave: &str) -> usize {
    let Step { n, len, open } = at;
    if e.alt_key() || e.ctrl_key() || e.meta_key() {
        return n;
    }
    let tag = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .map(|t| t.tag_name())
        .unwrap_or_default();
    if matches!(tag.as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
        return n;
    }
    let on_control = matches!(tag.as_str(), "A" | "BUTTON" | "SUMMARY");
    let to = match e.key().as_str() {
        "Escape" if open => {
            overview.set(false);
            n
        }
        "Escape" => {
            navigate(leave, false);
            n
        }
        "o" | "O" => {
            overview.set(!open);
            n
        }
        _ if open => return n,
        "ArrowRight" | "PageDown" => n + 1,
        "ArrowLeft" | "PageUp" => n - 1,
        " " if on_control => return n,
        " " if e.shift_key() => n - 1,
        " " => n + 1,
        "Home" => 1,
        "End" => len,
        _ => return n,
    };
    e.prevent_default();
    to.clamp(1, len)
}

/// Shows slide `to` of `deck` instead of slide `n`, replacing the history entry.
fn go(deck: &str, to: usize, n: usize) {
    if to != n {
        let route = Route::Slides {
            deck: deck.to_string(),
            n: to,
        };
        navigate(&route.href(), true);
    }
}

/// Where Esc and "Leave slides" go: the argument on its option page, the option's page,
/// or (from the whole set's title) the list of options.
fn leave_route(slide: Option<Slide>) -> Route {
    match slide {
        Some(Slide::Argument { argument, .. }) => Route::Argument {
            id: argument.id.clone(),
        },
        Some(s) => s
            .option()
            .map_or(Route::Home, |o| Route::Option { id: o.id.clone() }),
        None => Route::Home,
    }
}

/// After a step or the overview opening or closing: the title names the slide; focus
/// that was on a control stays there, and focus lost with the old slide's content goes
/// to the new slide (or, in the overview, to the slide on screen in its list).
fn settle(open: bool, title: &str, n: usize, len: usize) {
    let doc = document();
    let (n, len) = (n.to_string(), len.to_string());
    doc.set_title(
        &[
            title,
            " · Slide ",
            &n,
            " of ",
            &len,
            " · Policy Options Explainer",
        ]
        .concat(),
    );
    let find = |sel: &str| {
        doc.query_selector(sel)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    };
    if open {
        if let Some(el) = find("[data-testid=overview-item][aria-current]") {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Center);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
            let _ = el.focus();
        }
        return;
    }
    let lost = doc
        .active_element()
        .is_none_or(|a| !a.is_connected() || doc.body().is_some_and(|b| b.is_same_node(Some(&a))));
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(slide) = find("#slide").filter(|_| lost) {
        let _ = slide.focus();
    }
}

/// The title of a slide in the overview, the live region and the document title.
fn slide_title(s: &Slide) -> String {
    match s {
        Slide::Title => "Title: Policy options".to_string(),
        Slide::Option(o) => o.label.clone(),
        Slide::Position { source, .. } => [&*source.short, ": overall position"].concat(),
        Slide::Argument {
            source, argument, ..
        } => [
            &*source.short,
            ", ",
            argument.stance.label(),
            ": ",
            &argument.claim,
        ]
        .concat(),
    }
}

/// Slide `s` (number `n`) in large type.
fn slide_view(s: &Slide<'static>, n: usize) -> Html {
    let body = match *s {
        Slide::Title => title_slide(),
        Slide::Option(o) => html! {
            <>
                <p class="slide-kicker">{ "Option" }</p>
                <h1 id="slide-title">{ o.label.as_str() }</h1>
                <p class="slide-lede">{ o.summary.as_str() }</p>
            </>
        },
        Slide::Position {
            option,
            source,
            position,
        } => html! {
            <>
                <p class="slide-kicker">{ option.label.as_str() }</p>
                <h1 id="slide-title">{ source.short.as_str() }{ ": overall position" }</h1>
                <p class={if position.is_some() { "slide-lede" } else { "slide-lede not-discussed" }}
                    data-testid="slide-position-text">{ position_text(position) }</p>
            </>
        },
        Slide::Argument {
            option,
            source,
            argument,
        } => argument_slide(&option.label, source, argument),
    };
    html! {
        <section class={s.fit().class()} id="slide" tabindex="-1" aria-roledescription="slide"
            aria-labelledby="slide-title" data-testid="slide" data-slide-id={s.id()} data-n={n.to_string()}>
            { body }
        </section>
    }
}

fn title_slide() -> Html {
    let c = corpus();
    html! {
        <>
            <p class="slide-kicker">{ "Slides" }</p>
            <h1 id="slide-title">{ "Policy options" }</h1>
            <p class="slide-lede">{ "Option by option: what it is, where each source stands on it, and each argument with its quotes. The order is fixed and carries no judgement." }</p>
            <p class="slide-sources">{ "Sources: " }
                { for c.sources.iter().enumerate().map(|(i, s)| html! {
                    <>{ if i > 0 { "; " } else { "" } }{ s.short.as_str() }</>
                }) }
            </p>
        </>
    }
}

/// An argument: its stance (word and shape), claim, condition and holder, and each quote
/// with its citation (source, section).
fn argument_slide(option: &'static str, source: &'static Source, a: &'static Argument) -> Html {
    html! {
        <>
            <p class="slide-kicker">{ option }{ " · " }{ source.short.as_str() }</p>
            <p class="slide-stance">{ stance_badge(a.stance) }</p>
            <h1 id="slide-title" class="slide-claim" data-testid="slide-claim">{ a.claim.as_str() }</h1>
            if let Some(c) = &a.condition {
                <p class="slide-note"><strong>{ "Condition: " }</strong>{ c.as_str() }</p>
            }
            if let Some(h) = &a.holder {
                <p class="slide-note"><strong>{ "View of: " }</strong>{ h.as_str() }</p>
            }
            { for a.evidence.iter().enumerate().map(|(i, e)| html! {
                <figure key={i} class="slide-quote" data-testid="slide-quote">
                    <blockquote><p>{ strip_markup(&e.quote) }</p></blockquote>
                    <figcaption>
                        if let Some(s) = &e.speaker {
                            { "View of " }{ s.as_str() }{ ". " }
                        }
                        <cite data-testid="slide-cite">{ in_text(source, e) }</cite>
                    </figcaption>
                </figure>
            }) }
        </>
    }
}

/// Every slide's title, each a link to it; the one on screen is marked.
fn overview_view(
    deck: &str,
    slides: &[Slide<'static>],
    n: usize,
    overview: &UseStateHandle<bool>,
) -> Html {
    // One handler for the whole list: a link's click shows its slide, replacing the
    // history entry as a step does (the link still opens in a new tab).
    let jump = {
        let overview = overview.clone();
        Callback::from(move |e: MouseEvent| {
            let link = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("a").ok().flatten());
            if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
                e.prevent_default();
                overview.set(false);
                navigate(&href, true);
            }
        })
    };
    html! {
        <section class="slide-overview" aria-labelledby="slide-title" data-testid="slide-overview">
            <h1 id="slide-title">{ "All slides" }</h1>
            <p class="hint">{ "Choose a slide to show it; O or Esc goes back to the slide on screen." }</p>
            <ol class="overview-list" onclick={jump}>
                { for slides.iter().enumerate().map(|(i, s)| {
                    let route = Route::Slides { deck: deck.to_string(), n: i + 1 };
                    html! {
                        <li key={s.id()} class={matches!(s, Slide::Option(_)).then_some("overview-option")}>
                            <a href={route.href()} aria-current={(i + 1 == n).then_some("true")}
                                data-testid="overview-item">{ slide_title(s) }</a>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// An unknown option, or a slide number past the end: what happened, and a way on.
fn missing(deck: &str, n: usize, len: usize) -> Html {
    if len == 0 {
        return not_found(
            &[
                "There is no policy option with the id “",
                deck,
                "” to show as slides.",
            ]
            .concat(),
        );
    }
    let first = Route::Slides {
        deck: deck.to_string(),
        n: 1,
    };
    let what = if deck == ALL {
        "These slides"
    } else {
        "The slides of this option"
    };
    html! {
        <section class="not-found" data-testid="not-found">
            <h1>{ "Slide not found" }</h1>
            <p>{ [what, " are numbered 1 to ", &len.to_string(), "; there is no slide ", &n.to_string(), "."].concat() }</p>
            <p><a href={first.href()}>{ "Go to the first slide" }</a></p>
            <p><a href={Route::Home.href()}>{ "Go to the list of policy options" }</a></p>
        </section>
    }
}
