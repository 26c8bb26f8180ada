//! Shared wording found for the author: the passages two documents share
//! (`author::shared`), each with the words that differ marked (the app's alignment),
//! recorded as shared wording only when the author confirms one, with a topic and a
//! note in their words.

use super::reader::value;
use super::{change, edit, Handle};
use crate::author::records::ReadingDraft;
use crate::author::shared::{self, Candidate};
use crate::model::align::{align, Change};
use crate::model::Corpus;
use yew::prelude::*;

/// The button that looks for shared wording, and what it found.
pub fn candidates(h: &Handle) -> Html {
    let find = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            change(&h, |m| {
                let found = shared::all(&m.project.corpus);
                m.status = match found.len() {
                    0 => format!("No two documents share a run of {} words or more that is not recorded yet.", shared::MIN_WORDS),
                    _ => "Passages the documents share are listed under “Shared wording”: record those that matter.".into(),
                };
                m.shared = Some(found);
            })
        })
    };
    let c = &h.project.corpus;
    html! {
        <div data-testid="shared-found">
            <p>
                <button type="button" onclick={find} data-testid="shared-find">{ "Find wording the documents share" }</button>
                { format!(" Passages of {} words or more two documents have in common (capitals and punctuation aside); you confirm each.", shared::MIN_WORDS) }
            </p>
            if let Some(list) = &h.shared {
                <ol class="author-args">
                    { for list.iter().enumerate().map(|(n, k)| candidate(h, c, n, k)) }
                </ol>
            }
        </div>
    }
}

/// The text of `source` at `span`, the parts that differ from the other passage marked.
fn marked(c: &Corpus, source: &str, span: crate::model::Span, other: &str) -> Html {
    let text = c.source(source).map_or("", |s| &s.text);
    let passage = text
        .get(span.start as usize..span.end as usize)
        .unwrap_or("");
    let (parts, _) = align(passage, other);
    html! {
        <q>
            { for parts.iter().map(|p| {
                let piece = passage.get(p.start..p.end).unwrap_or("");
                match p.change {
                    Change::Same => html! { piece },
                    _ => html! { <mark title="differs from the other passage">{ piece }</mark> },
                }
            }) }
        </q>
    }
}

fn candidate(h: &Handle, c: &Corpus, n: usize, k: &Candidate) -> Html {
    let get = |id: &str, sp: crate::model::Span| {
        c.source(id)
            .and_then(|s| s.text.get(sp.start as usize..sp.end as usize))
            .unwrap_or("")
    };
    let (pa, pb) = (get(&k.a, k.a_span), get(&k.b, k.b_span));
    let short = |id: &str| c.source(id).map_or(id.to_string(), |s| s.short.clone());
    let record = {
        let (h, k) = (h.clone(), k.clone());
        Callback::from(move |_: MouseEvent| {
            let d = ReadingDraft {
                topic: value(&format!("shared-topic-{n}")),
                note: value(&format!("shared-note-{n}")),
                kind: value(&format!("shared-kind-{n}")),
                ..ReadingDraft::default()
            };
            let k = k.clone();
            edit(&h, move |m| {
                let id = m
                    .project
                    .add_reuse(d, &[(k.a.clone(), k.a_span), (k.b.clone(), k.b_span)])?;
                if let Some(list) = &mut m.shared {
                    list.retain(|x| *x != k);
                }
                Ok(format!("Recorded the shared wording as {id}."))
            })
        })
    };
    html! {
        <li key={format!("{}-{}-{}", k.a, k.a_span.start, k.b_span.start)} data-testid="shared-candidate">
            <p>{ format!("{} and {} share {} words:", short(&k.a), short(&k.b), k.shared_words) }</p>
            <p><bdi>{ short(&k.a) }</bdi>{ ": " }{ marked(c, &k.a, k.a_span, pb) }</p>
            <p><bdi>{ short(&k.b) }</bdi>{ ": " }{ marked(c, &k.b, k.b_span, pa) }</p>
            <div class="author-add">
                <label>{ "Topic, in your words " }<input id={format!("shared-topic-{n}")} type="text" /></label>
                <label>{ "Kind " }<input id={format!("shared-kind-{n}")} type="text" value="restated" /></label>
                <label class="author-block">{ "Note, in your words " }<textarea id={format!("shared-note-{n}")} rows="2" /></label>
                <button type="button" onclick={record} data-testid="shared-record">{ "Record it as shared wording" }</button>
            </div>
        </li>
    }
}
