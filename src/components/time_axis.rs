//! The timeline drawn to scale: each event at its date, a year drawn across its year, a
//! month across its month, a day as a dot; marks that would touch stack in rows. A
//! picture for the eye only (`aria-hidden`, its marks out of the Tab order): the list
//! below it is the version for screen readers, the keyboard and small screens.

use crate::model::timescale::{close_up, rows, Date, Precision, Scale};
use crate::model::Event;
use crate::route::Route;
use yew::prelude::*;

/// Axis length in SVG units; the drawing scales to the page's width.
const WIDTH: u32 = 1000;
const ROW: u32 = 9;

/// Rows of marks the whole span stacks at most: beyond them marks overlap in the top row
/// (issue 27: 40 events within five years stacked into an unlabelled tower at 2020; the
/// close-up below spreads them out).
const OVERVIEW_ROWS: usize = 4;

/// The whole span, and a close-up of the recent years when most events crowd there.
pub fn time_axis(events: &[(&'static Event, Date)]) -> Html {
    let dates: Vec<Date> = events.iter().map(|&(_, d)| d).collect();
    let Some(whole) = Scale::covering(&dates, WIDTH) else {
        return Html::default();
    };
    let close = close_up(&dates);
    html! {
        <figure class="time-axis" aria-hidden="true" data-testid="time-axis">
            <p class="axis-legend" data-testid="axis-legend">
                { "Each mark is one dated event a source cites, placed at its date on an axis of years: " }
                { "▭ dated to a year (drawn across the year), ▬ dated to a month, ● (a dot) dated to a day." }
            </p>
            { axis(whole, events, "Whole span", close) }
            if let Some((from, to)) = close {
                { axis(Scale::years(from, to, WIDTH), &events[events.partition_point(|&(_, d)| d.year < from)..], "Close-up", None) }
            }
        </figure>
    }
}

/// One axis: its caption, the marks in rows above the line, the year ticks below it. With
/// `close` (the whole span, when a close-up follows) the marks stack in at most
/// [`OVERVIEW_ROWS`] rows and the close-up's years are bracketed under the axis.
fn axis(
    scale: Scale,
    events: &[(&'static Event, Date)],
    name: &str,
    close: Option<(i32, i32)>,
) -> Html {
    // Where each mark starts (its date), and the stretch it takes up: a year or a
    // month across its period (at least 4 units wide), a day as a dot around its day.
    let boxes: Vec<(u32, u32, u32)> = events
        .iter()
        .map(|&(_, d)| {
            let (x0, x1) = scale.span(d);
            match d.precision() {
                Precision::Day => (x0, x0.saturating_sub(3), x0 + 3),
                _ => (x0, x0, x1.max(x0 + 4)),
            }
        })
        .collect();
    let spans: Vec<(u32, u32)> = boxes.iter().map(|&(_, a, b)| (a, b)).collect();
    let mut row = rows(&spans, 1);
    if close.is_some() {
        row.iter_mut()
            .for_each(|r| *r = (*r).min(OVERVIEW_ROWS - 1));
    }
    let base = (row.iter().max().map_or(0, |r| r + 1) as u32) * ROW + 6;
    let height = (base + if close.is_some() { 50 } else { 26 }).to_string();
    html! {
        <>
        <p class="axis-name">{ name }{ ", " }{ scale.first_year.to_string() }{ "–" }{ (scale.end_year - 1).to_string() }{ " (years)" }</p>
        <svg viewBox={format!("-30 0 1060 {height}")} data-testid="axis-svg">
            <line class="axis-line" x1="0" x2={WIDTH.to_string()} y1={base.to_string()} y2={base.to_string()} />
            { for scale.ticks(10).into_iter().map(|y| {
                let x = scale.x(Date { year: y, month: 1, day: 1 }.first_day()).to_string();
                html! {
                    <g key={y}>
                        <line class="axis-tick" x1={x.clone()} x2={x.clone()} y1={base.to_string()} y2={(base + 6).to_string()} />
                        <text x={x} y={(base + 21).to_string()}>{ y.to_string() }</text>
                    </g>
                }
            }) }
            { for events.iter().zip(boxes).zip(row).map(|((&(e, d), (x, _, x1)), r)| mark(e, d, x, x1, r as u32 * ROW + 2)) }
            if let Some((from, to)) = close {
                { bracket(scale, from, to, base + 30) }
            }
        </svg>
        </>
    }
}

/// Under the whole span, the years the close-up shows: a bracket and its words.
fn bracket(scale: Scale, from: i32, to: i32, y: u32) -> Html {
    let x0 = scale.x(Date {
        year: from,
        month: 1,
        day: 1,
    }
    .first_day());
    let x1 = scale.x(Date {
        year: to + 1,
        month: 1,
        day: 1,
    }
    .first_day());
    let (top, bottom) = ((y - 4).to_string(), y.to_string());
    // The words end at the bracket's right end: the close-up is of the latest years.
    html! {
        <g class="axis-bracket" data-testid="axis-bracket">
            <polyline points={format!("{x0},{top} {x0},{bottom} {x1},{bottom} {x1},{top}")} />
            <text x={x1.to_string()} y={(y + 16).to_string()} class="end">
                { format!("close-up below: {from}–{to}") }
            </text>
        </g>
    }
}

/// One event's mark at `x` (a period's mark reaches to `x1`), linked (for the mouse)
/// to the first passage that mentions it.
fn mark(e: &'static Event, d: Date, x: u32, x1: u32, y: u32) -> Html {
    let href = e.mentions.first().map(|m| {
        Route::Passage {
            source: m.source.clone(),
            start: m.span.start,
            end: m.span.end,
        }
        .href()
    });
    let shape = match d.precision() {
        Precision::Day => html! {
            <circle cx={x.to_string()} cy={(y + 3).to_string()} r="3" />
        },
        p => html! {
            <rect class={p.as_str()} x={x.to_string()} y={y.to_string()}
                width={(x1 - x).to_string()} height="6" />
        },
    };
    html! {
        <a key={&*e.id} {href} tabindex="-1" data-event={&*e.id} data-x={x.to_string()}>
            <title>{ d.printed() }{ ": " }{ &*e.label }</title>
            { shape }
        </a>
    }
}
