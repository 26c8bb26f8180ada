//! The notebook's essay-ready exports (issue 23) and their escaping (issue 29, item 5):
//! the Markdown read back by a CommonMark parser (pulldown-cmark, with GitHub's tables,
//! strikethrough, footnotes and task lists on), the HTML file, and the .bib and .ris of
//! the works. Against the real corpus.
#![cfg(not(target_arch = "wasm32"))]

use policy_options_explainer::model::cite::{
    html_escape, in_text_citation, locator, plain, rich_citation, source_citation, Style,
};
use policy_options_explainer::model::notebook::*;
use policy_options_explainer::shown::corpus;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// What a Markdown text renders as: each block's text (paragraphs, headings, quote
/// paragraphs, code), in order, and every tag that opened.
struct Rendered {
    blocks: Vec<(String, String)>,
    tags: Vec<String>,
    html: usize,
}

fn render(md: &str) -> Rendered {
    let mut r = Rendered {
        blocks: Vec::new(),
        tags: Vec::new(),
        html: 0,
    };
    let mut text = String::new();
    let mut kind = Vec::new();
    // Every extension but smart punctuation, which rewrites text ("--" as a dash) rather
    // than reading markup.
    let options = Options::all() - Options::ENABLE_SMART_PUNCTUATION;
    for e in Parser::new_ext(md, options) {
        match e {
            Event::Start(t) => {
                let name = match &t {
                    Tag::Heading { level, .. } => format!("Heading{level:?}"),
                    other => format!("{other:?}")
                        .split(['(', ' ', '{'])
                        .next()
                        .unwrap()
                        .to_string(),
                };
                r.tags.push(name.clone());
                kind.push(name);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
                let k = kind.join("/");
                r.blocks.push((k, std::mem::take(&mut text)));
                kind.pop();
            }
            Event::End(_) => {
                kind.pop();
            }
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            Event::Html(_) | Event::InlineHtml(_) => r.html += 1,
            _ => {}
        }
    }
    r
}

/// Notes a student might write, or paste, that Markdown would read as markup.
const HOSTILE: [&str; 10] = [
    "## Fake heading",
    "```\nan unclosed fence swallows what follows",
    "<img src=x onerror=alert(1)> and <check>",
    "![remote](https://example.invalid/x.png) [a link](https://example.invalid)",
    "*compare* _this_ **bold** ~~gone~~ `code` &amp; &#60; | a | b |",
    "    four spaces of indent\n1. a list\n- a bullet\n+ another\n> a quote\n---\n===",
    "[ref]: https://example.invalid\ntrailing backslash \\",
    "<https://example.invalid> <!-- comment --> <script>alert(1)</script>",
    "| a | b |\n|---|---|\n| c | d |",
    "[^1] and [^1]: a footnote\n- [ ] a task\n: a definition $x$ ^sup^ ~sub~ [[wiki]]",
];

/// A notebook with a quote from each of three sources (one without headings) and an
/// argument, each with a hostile note.
fn hostile() -> Notebook {
    let c = corpus();
    let mut nb = Notebook::default();
    let mut notes = HOSTILE.iter();
    for id in ["akbar", "kakar", "bakhsh-rab-faiz"] {
        let a = c
            .arguments
            .iter()
            .find(|a| a.source == id && !a.evidence.is_empty())
            .unwrap();
        for (what, via) in [
            (
                Ref::Quote(a.source.clone(), a.evidence[0].span),
                Some(Via::Argument(a.id.clone())),
            ),
            (Ref::Argument(a.id.clone()), None),
        ] {
            let item = Item {
                what,
                via,
                note: notes.next().unwrap_or(&"plain").to_string(),
            };
            nb.apply(Edit::Add(item), c);
        }
    }
    let selected = Item {
        what: Ref::Quote(
            "ahsan-ali".into(),
            c.arguments
                .iter()
                .find(|a| a.source == "ahsan-ali")
                .unwrap()
                .evidence[0]
                .span,
        ),
        via: None,
        note: notes.next().unwrap().to_string(),
    };
    nb.apply(Edit::Add(selected), c);
    // The rest on more of Bakhsh, Rab and Faiz's quotes.
    let more = c
        .arguments
        .iter()
        .filter(|a| a.source == "bakhsh-rab-faiz")
        .skip(1);
    for (a, note) in more.zip(notes) {
        let item = Item {
            what: Ref::Quote(a.source.clone(), a.evidence[0].span),
            via: Some(Via::Argument(a.id.clone())),
            note: note.to_string(),
        };
        nb.apply(Edit::Add(item), c);
    }
    assert!(HOSTILE
        .iter()
        .all(|n| nb.items.iter().any(|i| i.note == *n)));
    nb
}

/// A note as the Markdown shows it: each line without its leading and trailing spaces.
fn shown_note(note: &str) -> String {
    [
        "Note: ",
        &note.lines().map(str::trim).collect::<Vec<_>>().join("\n"),
    ]
    .concat()
}

#[test]
fn hostile_notes_render_as_their_own_literal_text() {
    let c = corpus();
    for style in Style::ALL {
        let mut nb = hostile();
        nb.apply(Edit::Style(style), c);
        let md = markdown(&nb, c);
        let r = render(&md);
        assert_eq!(r.html, 0, "{style:?}: raw HTML passed through:\n{md}");
        // (The references' italics are the one emphasis the export writes.)
        for tag in [
            "Image",
            "Link",
            "List",
            "Item",
            "Table",
            "Strikethrough",
            "FootnoteDefinition",
            "Strong",
            "Math",
            "Superscript",
            "Subscript",
            "DefinitionList",
        ] {
            assert!(
                !r.tags.iter().any(|t| t == tag),
                "{style:?}: a {tag} in\n{md}"
            );
        }
        let code = r.tags.iter().filter(|t| *t == "CodeBlock").count();
        assert_eq!(
            code,
            usize::from(matches!(style, Style::Bibtex | Style::Ris)),
            "{style:?}\n{md}"
        );
        for note in HOSTILE {
            let want = shown_note(note);
            assert!(
                r.blocks.iter().any(|(k, t)| k == "Paragraph" && *t == want),
                "{style:?}: {want:?} is not a paragraph of its own literal text:\n{md}"
            );
        }
        // The headings are the app's: the title, the options, the sources, References.
        let headings: Vec<&str> = r
            .blocks
            .iter()
            .filter(|(k, _)| k.starts_with("Heading"))
            .map(|(_, t)| t.as_str())
            .collect();
        let known = |h: &&str| {
            *h == "Notebook"
                || *h == "References"
                || *h == "Not tied to an option"
                || c.options.iter().any(|o| o.label == *h)
                || c.sources.iter().any(|s| s.short == *h)
        };
        assert!(headings.iter().all(known), "{style:?}: {headings:?}");
    }
}

#[test]
fn markdown_is_grouped_cites_each_quote_in_text_and_lists_each_work_once() {
    let c = corpus();
    for style in [Style::Apa, Style::Mla, Style::Chicago] {
        let mut nb = hostile();
        nb.apply(Edit::Style(style), c);
        let md = markdown(&nb, c);
        let r = render(&md);
        let texts: Vec<&str> = r.blocks.iter().map(|(_, t)| t.as_str()).collect();
        // Each quote with its in-text citation, the argument with its source's.
        for item in &nb.items {
            let s = shown(c, item).unwrap();
            let cite =
                in_text_citation(s.source, s.section.as_deref().unwrap_or(""), style).unwrap();
            assert!(
                texts.iter().any(|t| t.contains(&cite)),
                "{style:?}: no {cite}\n{md}"
            );
        }
        // One reference list, after everything else, each work once, sorted.
        let at = texts
            .iter()
            .position(|t| *t == "References")
            .expect("a reference list");
        let list: Vec<&str> = texts[at + 1..].to_vec();
        let mut want: Vec<String> = ["akbar", "kakar", "bakhsh-rab-faiz", "ahsan-ali"]
            .iter()
            .map(|id| source_citation(c.source(id).unwrap(), style))
            .collect();
        want.sort_by_key(|r| r.to_lowercase());
        assert_eq!(list, want, "{style:?}");
        assert_eq!(texts.iter().filter(|t| **t == "References").count(), 1);
        // The references' titles or journals in italics.
        assert!(md.contains(" *"), "{style:?}: no italics\n{md}");
        // Grouped: every option heading once, and no full reference before the list.
        for w in &want {
            assert_eq!(
                texts.iter().filter(|t| t.contains(w.as_str())).count(),
                1,
                "{w}"
            );
        }
    }
}

#[test]
fn bib_and_ris_hold_one_entry_per_work() {
    let c = corpus();
    let nb = hostile();
    let works = works(&nb, c, Style::Bibtex);
    assert_eq!(works.len(), 4);
    let bib = references_file(&nb, c, Style::Bibtex);
    assert_eq!(
        bib.matches("\n@").count() + usize::from(bib.starts_with('@')),
        4,
        "{bib}"
    );
    for s in &works {
        assert_eq!(bib.matches(&source_citation(s, Style::Bibtex)).count(), 1);
    }
    assert!(!bib.contains("note"), "{bib}");
    let ris = references_file(&nb, c, Style::Ris);
    assert_eq!(ris.matches("TY  - ").count(), 4, "{ris}");
    assert_eq!(ris.matches("ER  - ").count(), 4, "{ris}");
    assert!(!ris.contains("N1  - "), "{ris}");
    // The notebook file still round-trips exactly.
    assert_eq!(decode(&nb.encode(), c).unwrap().notebook, nb);
}

#[test]
fn the_html_file_escapes_every_text_and_italicises_titles() {
    let c = corpus();
    let mut nb = hostile();
    nb.apply(Edit::Style(Style::Apa), c);
    let html = html(&nb, c);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        !html.contains("<img") && !html.contains("<script") && !html.contains("<check>"),
        "{html}"
    );
    assert!(html.contains(&html_escape("<img src=x onerror=alert(1)> and <check>")));
    assert_eq!(html.matches("<h2>References</h2>").count(), 1);
    assert!(html.contains("<i>"), "{html}");
    for id in ["akbar", "kakar", "bakhsh-rab-faiz", "ahsan-ali"] {
        let reference = rich_citation(c.source(id).unwrap(), Style::Apa);
        assert_eq!(
            plain(&reference),
            source_citation(c.source(id).unwrap(), Style::Apa)
        );
        assert_eq!(
            html.matches("padding-left:0.5in;text-indent:-0.5in")
                .count(),
            4
        );
    }
}

#[test]
fn a_passage_without_headings_is_located_by_its_paragraph() {
    let c = corpus();
    let k = c.source("kakar").unwrap();
    let a = c.arguments.iter().find(|a| a.source == "kakar").unwrap();
    let e = &a.evidence[0];
    let at = locator(k, &e.section, e.span);
    let n: usize = at.trim_start_matches("¶ ").parse().unwrap();
    assert!(n >= 1);
    assert_eq!(
        in_text_citation(k, &at, Style::Apa).unwrap(),
        format!("(Kakar, n.d., para. {n})")
    );
    assert_eq!(in_text_citation(k, &at, Style::Mla).unwrap(), "(Kakar)");
    assert_eq!(
        in_text_citation(k, &at, Style::Chicago).unwrap(),
        "(Kakar, n.d.)"
    );
}
