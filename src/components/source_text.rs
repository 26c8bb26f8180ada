//! A source's full text with headings and paragraphs; every passage the corpus uses
//! is marked and links back to its arguments, and one passage can be the focus.

use crate::model::normalize::strip_markup;
use crate::model::reader::{blocks, heading_levels, pieces, BlockKind};
use crate::model::{corpus, Source, Span};
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub source: &'static Source,
    /// The passage to highlight and scroll to.
    #[prop_or_default]
    pub focus: Option<Span>,
}

/// A marked passage: where it is and which arguments use it.
struct Mark {
    span: Span,
    arguments: Vec<&'static str>,
}

#[function_component(SourceText)]
pub fn source_text(props: &Props) -> Html {
    let source = props.source;
    let text: &'static str = &source.text;
    let marks = use_memo(source.id.clone(), |_| {
        let mut marks: Vec<Mark> = Vec::new();
        for (a, _, e) in corpus().evidence_in(&source.id) {
            match marks.iter_mut().find(|m| m.span == e.span) {
                Some(m) => {
                    if !m.arguments.contains(&&*a.id) {
                        m.arguments.push(&a.id)
                    }
                }
                None => marks.push(Mark {
                    span: e.span,
                    arguments: vec![&a.id],
                }),
            }
        }
        marks
    });
    let blocks = use_memo(source.id.clone(), |_| {
        let blocks = blocks(text);
        // Under the page's h2 "Full text": h3 and below, without skipped levels.
        let levels = heading_levels(&blocks, 3);
        blocks.into_iter().zip(levels).collect::<Vec<_>>()
    });
    let mut spans: Vec<Span> = marks.iter().map(|m| m.span).collect();
    let focus_index = props.focus.map(|f| {
        spans.push(f);
        spans.len() - 1
    });
    let mut focus_started = false;

    let render_block = |kind: BlockKind,
                        level: Option<u8>,
                        span: Span,
                        focus_started: &mut bool|
     -> Html {
        let content: Html = pieces(span, &spans)
            .into_iter()
            .map(|piece| {
                let raw = &text[piece.span.start as usize..piece.span.end as usize];
                let shown = strip_markup(raw);
                let in_focus = focus_index.is_some_and(|f| piece.marks.contains(&f));
                let used: Vec<&Mark> = piece.marks.iter().filter_map(|&i| marks.get(i)).collect();
                let ends: Vec<&Mark> = used.iter().copied().filter(|m| m.span.end == piece.span.end).collect();
                let body = if piece.marks.is_empty() {
                    html! { { shown } }
                } else if in_focus {
                    let first = !std::mem::replace(focus_started, true);
                    html! {
                        <mark class="focus" data-testid={first.then_some("focus-quote")}
                            id={first.then_some("focus")} data-scroll-target={first.then_some("")}
                            tabindex={first.then_some("-1")}>{ shown }</mark>
                    }
                } else {
                    html! { <mark class="used">{ shown }</mark> }
                };
                html! {
                    <>
                        { body }
                        { for ends.iter().flat_map(|m| m.arguments.iter()).map(|id| {
                            let claim = corpus().argument(id).map(|a| a.claim.to_string()).unwrap_or_default();
                            html! {
                                <a class="backref" href={Route::Argument { id: id.to_string() }.href()} title={claim.clone()}>
                                    <span aria-hidden="true">{ "↗" }</span>
                                    <span class="visually-hidden">{ format!("Argument using this passage: {claim}") }</span>
                                </a>
                            }
                        }) }
                    </>
                }
            })
            .collect();
        match (kind, level) {
            (BlockKind::Heading(_), Some(level)) => {
                let tag = format!("h{level}");
                html! { <@{tag} class="source-heading">{ content }</@> }
            }
            _ => html! { <p>{ content }</p> },
        }
    };

    html! {
        <div class="source-text" data-testid="source-text" lang="en">
            { for blocks.iter().map(|(b, level)| render_block(b.kind, *level, b.span, &mut focus_started)) }
        </div>
    }
}
