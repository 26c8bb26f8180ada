//! The student's notebook: what they collected, grouped by option or by source (the
//! address says which: `?by=source`), each with its quote, citation in the chosen
//! style, editable note and a link back to it in context; reordering, removing,
//! clearing (after confirmation), export (Markdown, CSV, the notebook file) and import.
//! A plain function: the notebook is in the app's state, the rest in the address.

use crate::model::cite::{in_text_citation, source_citation, Style};
use crate::model::notebook::{
    csv, decode, group, html, markdown, references_file, shown, Edit, Grouping, Item, Notebook,
    Ref, Shown, Via, MAX_ITEMS,
};
use crate::model::Corpus;
use crate::route::{query_value, with_query, Route};
use crate::state::corpus;
use crate::state::store::{announce, download};
use crate::state::{Action, AppState};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The view; `query` may say `by=source`.
pub fn notebook(query: &str, state: &AppState) -> Html {
    let by = match query_value(query, "by").as_deref() {
        Some("source") => Grouping::Source,
        _ => Grouping::Option,
    };
    let nb = &state.notebook;
    html! {
        <article class="notebook-page" data-testid="notebook-page">
            <h1 id="notebook-heading" tabindex="-1">{ "Your notebook" }</h1>
            <p class="lede">
                { "The arguments and quotes you collected with “Add argument to notebook” and “Add quote to notebook”, with your notes and their citations, \
                   ready to export for an essay or a seminar." }
            </p>
            <p class="muted" data-testid="notebook-privacy">
                { "Your notebook is kept only in this browser on this device (its local storage). It is never sent anywhere: \
                   the exports below are made in the browser. Clearing the browser's site data deletes it, so download the notebook file to keep a copy." }
            </p>
            if nb.items.is_empty() {
                <p data-testid="notebook-empty">{ "Nothing collected yet. An “Add … to notebook” button is under every argument, every quote and every recommendation, \
                    and a source's page can add a passage you select in its text." }</p>
            } else {
                { controls(by, nb.style, state) }
                { for groups(corpus(), nb, by).into_iter().map(|(label, items)| html! {
                    <section key={label.clone()} class="nb-group" data-testid="notebook-group">
                        <h2>{ label }</h2>
                        <ol class="nb-items">{ for items.into_iter().map(|i| item(i, by, nb.style, state)) }</ol>
                    </section>
                }) }
            }
            { export_import(state) }
        </article>
    }
}

/// The items of each non-empty group, in the fixed order of options (then those tied to
/// none) or of sources, each group in the student's order.
fn groups<'a>(c: &Corpus, nb: &'a Notebook, by: Grouping) -> Vec<(String, Vec<&'a Item>)> {
    let labels: Vec<String> = match by {
        Grouping::Option => c
            .options
            .iter()
            .map(|o| o.label.clone())
            .chain(["Not tied to an option".to_string()])
            .collect(),
        Grouping::Source => c.sources.iter().map(|s| s.short.clone()).collect(),
    };
    labels
        .into_iter()
        .enumerate()
        .map(|(g, label)| {
            let items = nb.items.iter().filter(|i| group(c, i, by) == g).collect();
            (label, items)
        })
        .filter(|(_, items): &(String, Vec<&Item>)| !items.is_empty())
        .collect()
}

/// Grouping switch and citation style.
fn controls(by: Grouping, style: Style, state: &AppState) -> Html {
    let link = |label: &'static str, href: String, here: bool| {
        html! { <a {href} aria-current={here.then_some("page")} class={here.then_some("current")}>{ label }</a> }
    };
    let on_style = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                return;
            };
            if let Some(s) = Style::ALL.into_iter().find(|s| s.key() == sel.value()) {
                state.dispatch(Action::Notebook(Edit::Style(s)));
                announce("Citation style changed.");
            }
        })
    };
    html! {
        <div class="nb-controls">
            <p class="nb-switch" data-testid="notebook-grouping">
                { "Group by: " }
                { link("Option", Route::Notebook.href(), by == Grouping::Option) }
                { " · " }
                { link("Source", with_query(Route::Notebook.href(), "by", "source"), by == Grouping::Source) }
            </p>
            <p>
                <label for="nb-style">{ "Citation style " }</label>
                <select id="nb-style" onchange={on_style} data-testid="notebook-style">
                    { for Style::ALL.into_iter().map(|s| html! {
                        <option key={s.key()} value={s.key()} selected={s == style}>{ s.label() }</option>
                    }) }
                </select>
            </p>
        </div>
    }
}

/// A stable element id for an item (its key too).
fn dom_id(what: &Ref) -> String {
    match what {
        Ref::Argument(id) => ["nb-a-", id].concat(),
        Ref::Quote(s, span) => [
            "nb-q-",
            s,
            "-",
            &span.start.to_string(),
            "-",
            &span.end.to_string(),
        ]
        .concat(),
    }
}

/// Where an item is in context: its argument, its quote in its source, its
/// recommendation, or the passage in its source.
fn context(c: &Corpus, item: &Item) -> String {
    let route = match (&item.what, &item.via) {
        (Ref::Argument(id), _) => Route::Argument { id: id.clone() },
        (Ref::Quote(_, span), Some(Via::Argument(id))) => {
            match c
                .argument(id)
                .and_then(|a| a.evidence.iter().position(|e| e.span == *span))
            {
                Some(n) => Route::Quote {
                    arg: id.clone(),
                    n: n + 1,
                },
                None => Route::Argument { id: id.clone() },
            }
        }
        (Ref::Quote(..), Some(Via::Recommendation(id))) => Route::Recommendation { id: id.clone() },
        (Ref::Quote(s, span), None) => Route::Passage {
            source: s.clone(),
            start: span.start,
            end: span.end,
        },
    };
    route.href()
}

/// After the list is drawn again, focuses `selector` inside element `id` (or the heading).
fn focus_later(id: String, selector: String) {
    gloo::timers::callback::Timeout::new(0, move || {
        let doc = gloo::utils::document();
        let el = doc
            .get_element_by_id(&id)
            .and_then(|e| e.query_selector(&selector).ok().flatten())
            .or_else(|| doc.get_element_by_id("notebook-heading"));
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    })
    .forget();
}

/// An item's citation under it on the page: a quote's in-text citation, then the work's
/// reference; never the quotation again, which is shown just above (issue 27: the
/// notebook showed each quote twice). The exports keep the quotation in their citations.
fn page_citation(s: &Shown, style: Style) -> String {
    let reference = source_citation(s.source, style);
    match s
        .section
        .as_deref()
        .and_then(|at| in_text_citation(s.source, at, style))
    {
        Some(in_text) => [in_text.as_str(), "\n\n", &reference].concat(),
        None => reference,
    }
}

/// One item: what it is, its quote or claim, its citation, the note and its actions.
fn item(i: &Item, by: Grouping, style: Style, state: &AppState) -> Html {
    let c = corpus();
    let Some(s) = shown(c, i) else {
        return html! {};
    };
    let id = dom_id(&i.what);
    let act = |label: &'static str, testid: &'static str, edit: Edit, said: &'static str| {
        let (state, id) = (state.clone(), id.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Notebook(edit.clone()));
            announce(said);
            focus_later(id.clone(), ["[data-act=", testid, "]"].concat());
        });
        html! { <button type="button" {onclick} data-act={testid} data-testid={testid}>{ label }</button> }
    };
    let onchange = {
        let (state, what) = (state.clone(), i.what.clone());
        Callback::from(move |e: Event| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                state.dispatch(Action::Notebook(Edit::Note(what.clone(), t.value())));
                announce("Note saved.");
            }
        })
    };
    let kind = match s.stance {
        Some(st) => ["Argument (", st.label(), "), in the app's words"].concat(),
        None => "Quote".to_string(),
    };
    let note_id = [&id, "-note"].concat();
    html! {
        <li key={id.clone()} id={id.clone()} class="nb-item" data-testid="notebook-item">
            <p class="nb-kind">
                <strong>{ kind }</strong>{ " · " }{ s.source.short.as_str() }
                if let Some(sec) = &s.section { { " · " }{ sec.as_str() } }
            </p>
            if s.stance.is_some() {
                <p class="claim" data-testid="notebook-text">{ s.text.as_str() }</p>
            } else {
                <blockquote><p data-testid="notebook-text">{ s.text.as_str() }</p></blockquote>
            }
            <p class="nb-citation" data-testid="notebook-citation">{ page_citation(&s, style) }</p>
            <label for={note_id.clone()}>{ "Your note" }</label>
            <textarea id={note_id} rows="3" value={i.note.clone()} {onchange} data-testid="notebook-note" />
            <p class="nb-actions">
                <a href={context(c, i)} data-testid="notebook-context">{ "Read in context" }</a>
                { act("Move up", "move-up", Edit::Move(i.what.clone(), by, true), "Moved up.") }
                { act("Move down", "move-down", Edit::Move(i.what.clone(), by, false), "Moved down.") }
                { act("Remove", "notebook-remove", Edit::Remove(i.what.clone()), "Removed from your notebook.") }
            </p>
        </li>
    }
}

/// Export buttons, the import picker and its report, and "clear all" behind a
/// confirmation.
fn export_import(state: &AppState) -> Html {
    let nb = &state.notebook;
    let export =
        |label: &'static str, testid: &'static str, name: &'static str, mime: &'static str| {
            let state = state.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                let (nb, c) = (&state.notebook, corpus());
                let text = match testid {
                    "export-markdown" => markdown(nb, c),
                    "export-html" => html(nb, c),
                    "export-bibtex" => references_file(nb, c, Style::Bibtex),
                    "export-ris" => references_file(nb, c, Style::Ris),
                    "export-csv" => csv(nb, c),
                    _ => nb.encode(),
                };
                announce(if download(name, mime, &text) {
                    "The file is made; your browser saves it or asks where to."
                } else {
                    "The browser did not let the app make the file."
                });
            });
            html! { <button type="button" {onclick} data-testid={testid}>{ label }</button> }
        };
    let clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Notebook(Edit::Clear));
            announce("Your notebook is empty now.");
            focus_later(String::new(), "h1".into());
        })
    };
    html! {
        <section class="nb-files" aria-labelledby="nb-files-heading">
            <h2 id="nb-files-heading">{ "Export and import" }</h2>
            if !nb.items.is_empty() {
                <p class="nb-export">
                    { export("Download Markdown (for an essay)", "export-markdown", "notebook.md", "text/markdown;charset=utf-8") }
                    { export("Download HTML (opens in a word processor, keeps italics)", "export-html", "notebook.html", "text/html;charset=utf-8") }
                    { export("Download BibTeX (.bib, one entry per work)", "export-bibtex", "notebook.bib", "application/x-bibtex;charset=utf-8") }
                    { export("Download RIS (.ris, one record per work)", "export-ris", "notebook.ris", "application/x-research-info-systems;charset=utf-8") }
                    { export("Download CSV (for a spreadsheet)", "export-csv", "notebook.csv", "text/csv;charset=utf-8") }
                    { export("Download the notebook file (to import again)", "export-notebook", "notebook.txt", "text/plain;charset=utf-8") }
                </p>
            }
            <p>
                <label for="nb-import">{ format!("Import a notebook file (adds what is not here yet, up to {MAX_ITEMS} items in all): ") }</label>
                <input id="nb-import" type="file" accept=".txt,text/plain" onchange={import(state)} data-testid="notebook-import" />
            </p>
            <p class="nb-report" data-testid="import-report" aria-live="polite"></p>
            if !nb.items.is_empty() {
                <details class="nb-clear" data-testid="notebook-clear">
                    <summary>{ "Clear the notebook…" }</summary>
                    <p>{ "This removes every item and note from this browser; it cannot be undone. Download the notebook file first to keep a copy." }</p>
                    <button type="button" onclick={clear} data-testid="clear-confirm">{ "Yes, remove everything" }</button>
                </details>
            }
        </section>
    }
}

/// Reads the chosen file, merges it and says what was added and what was skipped.
fn import(state: &AppState) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| {
        let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let state = state.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let report = if file.size() > 5e6 {
                "This file is too large to be a notebook file; nothing was changed.".to_string()
            } else {
                match wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                {
                    Some(text) => merged(&state, &text),
                    None => {
                        "The browser could not read this file; nothing was changed.".to_string()
                    }
                }
            };
            if let Some(el) = gloo::utils::document()
                .query_selector(".nb-report")
                .ok()
                .flatten()
            {
                el.set_text_content(Some(&report));
            }
        });
    })
}

/// Merges the notebook file `text` into the student's; the report.
fn merged(state: &AppState, text: &str) -> String {
    let d = match decode(text, corpus()) {
        Ok(d) => d,
        Err(f) => {
            return [
                "This file could not be imported: ",
                &f.to_string(),
                ". Nothing was changed.",
            ]
            .concat()
        }
    };
    let mut nb = state.notebook.clone();
    let m = nb.merge(d.notebook);
    state.dispatch(Action::Notebook(Edit::Replace(nb)));
    let mut out = format!(
        "Imported: {} item(s) added; {} skipped, already in your notebook (kept as they were).",
        m.added,
        m.skipped + d.repeated
    );
    if m.over > 0 {
        out.push_str(&format!(
            " {} item(s) were not added: a notebook holds at most {MAX_ITEMS} items.",
            m.over
        ));
    }
    if !d.problems.is_empty() {
        out.push_str(&format!(
            " {} line(s) could not be read and were skipped: {}.",
            d.problems.len(),
            d.problems[..d.problems.len().min(5)].join("; ")
        ));
    }
    out
}
