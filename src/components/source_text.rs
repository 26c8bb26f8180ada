//! A source's full text with headings and paragraphs; every passage the corpus uses
//! is marked and links back to its arguments, and one passage can be the focus. In the
//! two-pane reader, the passages it shares with the other pane's text are marked too,
//! each with a link to its counterpart there.

use crate::model::normalize::strip_markup;
use crate::model::notebook::{Edit, Item, Ref, Via};
use crate::model::reader::{blocks, heading_levels, pieces, BlockKind, Piece};
use crate::model::{Source, Span};
use crate::route::Route;
use crate::state::corpus;
use crate::state::store::announce;
use crate::state::{Action, AppState};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub source: &'static Source,
    /// The passage to highlight and scroll to.
    #[prop_or_default]
    pub focus: Option<Span>,
    /// The notebook: passages in it are marked, the others can be added.
    pub state: AppState,
    /// Passages shared with another text on the page (the two-pane reader).
    #[prop_or_default]
    pub links: Vec<Link>,
}

/// A passage this text shares with another on the page: marked, and opened by a link
/// (with element id `id`) that leads to its counterpart's link (id `to`).
#[derive(Clone, PartialEq)]
pub struct Link {
    pub span: Span,
    pub id: String,
    pub to: String,
    /// The address of the page with the counterpart in view (for a new tab).
    pub href: String,
    /// The other text's source (shown) and the passage's topic (for screen readers).
    pub source: &'static str,
    pub topic: &'static str,
    /// Whether the address asks for this passage (`at=`): the page scrolls to it.
    pub target: bool,
}

/// A marked passage: where it is and which arguments use it.
struct Mark {
    span: Span,
    arguments: Vec<&'static str>,
}

#[function_component(SourceText)]
pub fn source_text(props: &Props) -> Html {
    let source = props.source;
    let marks = use_memo(source.id.clone(), |_| marks_in(source));
    let blocks = use_memo(source.id.clone(), |_| {
        let blocks = blocks(&source.text);
        // Under the page's h2 "Full text": h3 and below, without skipped levels.
        let levels = heading_levels(&blocks, 3);
        blocks.into_iter().zip(levels).collect::<Vec<_>>()
    });
    let mut spans: Vec<Span> = marks.iter().map(|m| m.span).collect();
    spans.extend(props.links.iter().map(|l| l.span));
    // Passages of this source in the notebook (a student's own selections among them).
    spans.extend(
        props
            .state
            .notebook
            .items
            .iter()
            .filter_map(|i| match &i.what {
                Ref::Quote(s, span) if *s == source.id => Some(*span),
                _ => None,
            }),
    );
    let focus = props.focus.map(|f| {
        spans.push(f);
        spans.len() - 1
    });
    let mut text = Marked {
        text: &source.text,
        marks: &marks,
        links: &props.links,
        spans: &spans,
        focus,
        focus_started: false,
        state: &props.state,
        source: &source.id,
    };
    html! {
        <div class="source-text" data-testid="source-text" lang="en">
            { for blocks.iter().map(|(b, level)| text.block(b.kind, *level, b.span)) }
        </div>
    }
}

/// Every passage of `source` the corpus quotes as evidence, with the arguments quoting it.
fn marks_in(source: &'static Source) -> Vec<Mark> {
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
}

/// The text being rendered, block by block, with its marks.
struct Marked<'a> {
    text: &'static str,
    marks: &'a [Mark],
    links: &'a [Link],
    /// The marks' spans, the links', the notebook's own passages', then the focus's.
    spans: &'a [Span],
    /// The index of the focus in `spans`.
    focus: Option<usize>,
    /// Whether the focus's first piece is rendered (it gets the scroll target).
    focus_started: bool,
    state: &'a AppState,
    source: &'static str,
}

impl Marked<'_> {
    /// A heading or paragraph, cut into pieces at every mark.
    fn block(&mut self, kind: BlockKind, level: Option<u8>, span: Span) -> Html {
        let content: Html = pieces(span, self.spans)
            .into_iter()
            .map(|piece| self.piece(piece))
            .collect();
        match (kind, level) {
            (BlockKind::Heading(_), Some(level)) => {
                let tag = format!("h{level}");
                html! { <@{tag} class="source-heading" data-at={span.start.to_string()}>{ content }</@> }
            }
            _ => html! { <p data-at={span.start.to_string()}>{ content }</p> },
        }
    }

    /// A piece of text, marked if a passage covers it, with a link to each argument
    /// whose passage ends here.
    fn piece(&mut self, piece: Piece) -> Html {
        let raw = &self.text[piece.span.start as usize..piece.span.end as usize];
        let shown = strip_markup(raw);
        let in_focus = self.focus.is_some_and(|f| piece.marks.contains(&f));
        let (used, links) = (self.marks.len(), self.links.len());
        let shared = piece.marks.iter().any(|&i| i >= used && i < used + links);
        let quoted = piece.marks.iter().any(|&i| i < used);
        let body = if piece.marks.is_empty() {
            html! { { shown } }
        } else if in_focus {
            let first = !std::mem::replace(&mut self.focus_started, true);
            html! {
                <mark class="focus" data-testid={first.then_some("focus-quote")}
                    id={first.then_some("focus")} data-scroll-target={first.then_some("")}
                    tabindex={first.then_some("-1")}>{ shown }</mark>
            }
        } else {
            let class = match (quoted, shared) {
                (true, true) => "used shared",
                (false, true) => "shared",
                _ => "used",
            };
            html! { <mark {class}>{ shown }</mark> }
        };
        let starting = self
            .links
            .iter()
            .filter(|l| l.span.start == piece.span.start);
        let starting: Html = starting.map(link).collect();
        let ending: Vec<&Mark> = piece
            .marks
            .iter()
            .filter_map(|&i| self.marks.get(i))
            .filter(|m| m.span.end == piece.span.end)
            .collect();
        // A passage of the notebook that is not one of the corpus's marks, ending here.
        let own_ends = piece.marks.iter().any(|&i| {
            i >= used + links
                && Some(i) != self.focus
                && self.spans.get(i).is_some_and(|s| {
                    s.end == piece.span.end && !self.marks.iter().any(|m| m.span == *s)
                })
        });
        html! {
            <>
                { starting }
                { body }
                { for ending.iter().flat_map(|m| m.arguments.iter()).map(|id| backref(id)) }
                { for ending.iter().map(|m| self.collect(m)) }
                if own_ends { { in_notebook() } }
            </>
        }
    }

    /// "✓ In your notebook" after a marked passage, or a button that adds it.
    fn collect(&self, m: &Mark) -> Html {
        let what = Ref::Quote(self.source.to_string(), m.span);
        if self.state.notebook.contains(&what) {
            return in_notebook();
        }
        let via = m.arguments.first().map(|a| Via::Argument(a.to_string()));
        let state = self.state.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Notebook(Edit::Add(Item::new(
                what.clone(),
                via.clone(),
            ))));
            announce("Added the passage to your notebook.");
        });
        html! {
            <button type="button" class="mark-collect" {onclick} data-testid="mark-collect">
                { "Add" }<span class="visually-hidden">{ " this passage to your notebook" }</span>
            </button>
        }
    }
}

fn in_notebook() -> Html {
    html! {
        <span class="in-notebook" data-testid="in-notebook"><span aria-hidden="true">{ "✓ " }</span>{ "In your notebook" }</span>
    }
}

/// The ↗ link from a passage to an argument that quotes it.
fn backref(id: &str) -> Html {
    let claim = corpus().argument(id).map_or("", |a| &a.claim);
    html! {
        <a class="backref" href={Route::Argument { id: id.to_string() }.href()} title={claim}>
            <span aria-hidden="true">{ "↗" }</span>
            <span class="visually-hidden">{ format!("Argument using this passage: {claim}") }</span>
        </a>
    }
}

/// The ⇄ link at the start of a shared passage, to its counterpart in the other text:
/// it scrolls that text to the counterpart and moves focus there.
fn link(l: &Link) -> Html {
    let to = l.to.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        let Some(el) = gloo::utils::document().get_element_by_id(&to) else {
            return;
        };
        e.prevent_default();
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    });
    html! {
        <a class="shared-link" id={l.id.clone()} href={l.href.clone()} {onclick}
            data-testid="shared-link" data-to={l.to.clone()} data-scroll-target={l.target.then_some("")}>
            <span aria-hidden="true">{ "⇄ " }</span>
            <span class="visually-hidden">{ "Go to the same wording in " }</span>
            { l.source }
            <span class="visually-hidden">{ ": " }{ l.topic }</span>
        </a>
    }
}
