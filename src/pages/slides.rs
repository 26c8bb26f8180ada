//! Slides: one thing at a time in large type for a projector — an option, each source's
//! position on it, each argument with its quotes and their citations (`model::slides`
//! makes the list; this shows one of them).
//!
//! → ← Page Up / Page Down and Space (Shift+Space back) step, as presentation clickers
//! send them; Home and End jump to the first and last slide; O opens the overview of all
//! slides; Esc closes the overview, or leaves for the option page. Every control is a
//! link (Previous, Next, Overview and its items), so each also opens in a new tab.
//!
//! The address follows the slide (`#/slides/border/3`, `?overview` with the overview
//! open), so a reload or a bookmark resumes there. Each step *replaces* the history
//! entry rather than adding one: a talk of 187 slides would otherwise fill the history,
//! and Back would step back through every slide instead of leaving the presentation for
//! the page it was started from (Previous and ← step back). Focus stays on the control
//! the presenter used; a live region announces each new slide.
//!
//! Plain view functions, no component: a component with its own state, effects and key
//! listener cost 6 KB of gzip (measured); the address holds the state, the app's one key
//! listener calls [`on_key`] and its effect calls [`settle`].

use crate::components::not_found::not_found;
use crate::components::position::position_text;
use crate::components::restates::restates_marks;
use crate::components::stance_badge::stance_badge;
use crate::components::theme_switch::next_theme;
use crate::location::navigate;
use crate::model::cite::in_text;
use crate::model::normalize::strip_markup;
use crate::model::slides::{deck, Slide, ALL};
use crate::model::{Argument, Source};
use crate::route::{Here, Route};
use crate::state::corpus;
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// The address's query while the overview is open (`#/slides/border/3?overview`).
const OVERVIEW: &str = "overview";

/// Slide `n` of `deck_name` (`all` or an option id); with `query` [`OVERVIEW`], the list
/// of all its slides instead.
pub fn slides(deck_name: &str, n: usize, query: &str) -> Html {
    let slides = deck(corpus(), deck_name).unwrap_or_default();
    let len = slides.len();
    let Some(slide) = n.checked_sub(1).and_then(|i| slides.get(i)) else {
        return missing(deck_name, n, len);
    };
    let overview = query == OVERVIEW;
    let at = |to: usize| {
        Route::Slides {
            deck: deck_name.to_string(),
            n: to.clamp(1, len),
        }
        .href()
    };
    let here = at(n);
    let status = ["Slide ", &n.to_string(), " of ", &len.to_string()].concat();
    let end = |end: bool| end.then_some("true");
    let leave = leave_route(slide).href();
    html! {
        <article class="slides-page" data-testid="slides" data-len={len.to_string()}
            data-leave={leave.clone()} onclick={Callback::from(on_click)}>
            if overview {
                { overview_view(&slides, n, &at) }
            } else {
                { slide_view(slide, n) }
            }
            <nav class="slide-controls" aria-label="Slides">
                <a href={at(n - 1)} data-replace="" aria-disabled={end(n == 1)} data-testid="slide-previous">{ "← Previous" }</a>
                <p class="slide-position" data-testid="slide-position">{ status.clone() }</p>
                <a href={at(n + 1)} data-replace="" aria-disabled={end(n == len)} data-testid="slide-next">{ "Next →" }</a>
                <a href={if overview { here.clone() } else { [here.as_str(), "?", OVERVIEW].concat() }} data-replace=""
                    aria-current={overview.then_some("true")} data-testid="slide-overview-toggle">{ "Overview (O)" }</a>
                <a href={leave} data-testid="slide-leave">{ "Leave slides (Esc)" }</a>
                <button type="button" class="slide-theme" onclick={Callback::from(|_: MouseEvent| { next_theme(); })}
                    data-testid="slide-theme">{ "Theme (T)" }</button>
                <p class="slide-keys">{ "Keys: → ← Space, Page Up/Down, Home, End; T theme" }</p>
            </nav>
            <p class="visually-hidden slide-status" role="status" data-testid="slide-status">
                { [status.as_str(), ": ", &slide_title(slide)].concat() }
            </p>
        </article>
    }
}

/// A click on any link of the slides marked `data-replace` shows its slide (or the
/// overview) by replacing the history entry, as a key does.
fn on_click(e: MouseEvent) {
    if e.ctrl_key() || e.meta_key() || e.shift_key() {
        return;
    }
    let link = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("a[data-replace]").ok().flatten());
    if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
        e.prevent_default();
        navigate(&href, true);
    }
}

/// A key, when slides are on screen: → ← Page Up / Page Down and Space (Shift+Space back)
/// step, Home and End jump, O opens or closes the overview, T switches the theme, Esc
/// closes the overview or leaves.
/// Returns whether the key was the slides'. Keys keep their usual meaning in a text
/// field, with a modifier held, and (Space, which presses a button or follows a link)
/// on a control; the overview keeps the page's own keys for its list.
pub fn on_key(e: &KeyboardEvent) -> bool {
    let Some(page) = document().query_selector(".slides-page").ok().flatten() else {
        return false;
    };
    let tag = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .map(|t| t.tag_name())
        .unwrap_or_default();
    let here = Here::parse(&gloo::utils::window().location().hash().unwrap_or_default());
    let (Route::Slides { deck, n }, false) = (
        here.route,
        e.alt_key()
            || e.ctrl_key()
            || e.meta_key()
            || matches!(tag.as_str(), "INPUT" | "SELECT" | "TEXTAREA"),
    ) else {
        return false;
    };
    let len: usize = page
        .get_attribute("data-len")
        .and_then(|l| l.parse().ok())
        .unwrap_or(n);
    let open = here.query == OVERVIEW;
    let on_control = matches!(tag.as_str(), "A" | "BUTTON" | "SUMMARY");
    let key = e.key();
    let to = match key.as_str() {
        "Escape" if !open => {
            e.prevent_default();
            navigate(&page.get_attribute("data-leave").unwrap_or_default(), false);
            return true;
        }
        "Escape" | "o" | "O" => n,
        _ if open => return false,
        "ArrowRight" | "PageDown" => n + 1,
        "ArrowLeft" | "PageUp" => n - 1,
        " " if on_control => return false,
        " " if e.shift_key() => n - 1,
        " " => n + 1,
        "t" | "T" => {
            e.prevent_default();
            let said = ["Theme: ", next_theme()].concat();
            if let Some(status) = document().query_selector(".slide-status").ok().flatten() {
                status.set_text_content(Some(&said));
            }
            return true;
        }
        "Home" => 1,
        "End" => len,
        _ => return false,
    };
    e.prevent_default();
    let mut href = Route::Slides {
        deck,
        n: to.clamp(1, len),
    }
    .href();
    if !open && matches!(key.as_str(), "o" | "O") {
        href.push('?');
        href.push_str(OVERVIEW);
    }
    navigate(&href, true);
    true
}

/// After each change of address, when slides are on screen: the title names the slide;
/// focus that was on a control stays there, and focus lost with the old slide's content
/// goes to the new slide (or, in the overview, to the slide on screen in its list).
pub fn settle() {
    let doc = document();
    let Some(status) = doc.query_selector(".slide-status").ok().flatten() else {
        return;
    };
    let title = status.text_content().unwrap_or_default();
    doc.set_title(&[title.as_str(), " · Policy Options Explainer"].concat());
    let find = |sel: &str| {
        doc.query_selector(sel)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    };
    if let Some(el) = find(".overview-list a[aria-current]") {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
        let _ = el.focus();
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

/// Every slide's title, each a link to it (`at` makes the address of a slide); the one
/// on screen is marked.
fn overview_view(slides: &[Slide<'static>], n: usize, at: &dyn Fn(usize) -> String) -> Html {
    html! {
        <section class="slide-overview" aria-labelledby="slide-title" data-testid="slide-overview">
            <h1 id="slide-title">{ "All slides" }</h1>
            <p class="hint">{ "Choose a slide to show it; O or Esc goes back to the slide on screen." }</p>
            <ol class="overview-list">
                { for slides.iter().enumerate().map(|(i, s)| html! {
                    <li key={s.id()} class={matches!(s, Slide::Option(_)).then_some("overview-option")}>
                        <a href={at(i + 1)} data-replace="" aria-current={(i + 1 == n).then_some("true")}
                            data-testid="overview-item">{ slide_title(s) }</a>
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// Where Esc and "Leave slides" go: the argument on its option page, the option's page,
/// or (from the whole set's title) the list of options.
fn leave_route(slide: &Slide) -> Route {
    match slide {
        Slide::Argument { argument, .. } => Route::Argument {
            id: argument.id.clone(),
        },
        s => s
            .option()
            .map_or(Route::Home, |o| Route::Option { id: o.id.clone() }),
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
                    data-testid="slide-position-text">{ position_text(position, &option.id, &source.id) }</p>
                { restates_marks(&corpus().position_restatements(&option.id, &source.id)) }
            </>
        },
        Slide::Argument {
            option,
            source,
            argument,
            quotes,
            ..
        } => argument_slide(&option.label, source, argument, quotes),
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
/// `quotes`: the range of its quotes on this slide (a later one says "continued").
fn argument_slide(
    option: &'static str,
    source: &'static Source,
    a: &'static Argument,
    (from, to): (usize, usize),
) -> Html {
    html! {
        <>
            <p class="slide-kicker">{ option }{ " · " }{ source.short.as_str() }{ if from > 0 { " · continued" } else { "" } }</p>
            <p class="slide-stance">{ stance_badge(a.stance) }</p>
            <h1 id="slide-title" class="slide-claim" data-testid="slide-claim">{ a.claim.as_str() }</h1>
            if let Some(c) = &a.condition {
                <p class="slide-note"><strong>{ "Condition: " }</strong>{ c.as_str() }</p>
            }
            if let Some(h) = &a.holder {
                <p class="slide-note"><strong>{ "View of: " }</strong>{ h.as_str() }</p>
            }
            { restates_marks(&corpus().argument_restatements(a)) }
            { for a.evidence.iter().enumerate().skip(from).take(to - from).map(|(i, e)| html! {
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
