//! The notebook model (issue 11): its text format, migrations, merging, the exports,
//! and damaged, foreign and future-version input. Against the real corpus.

use policy_options_explainer::model::cite::Style;
use policy_options_explainer::model::notebook::*;
use policy_options_explainer::model::Span;
use policy_options_explainer::shown::corpus;

/// Two evidence quotes from two sources and one argument, collected as the app does.
fn sample() -> Notebook {
    let c = corpus();
    let a = &c.arguments[0];
    let b = c
        .arguments
        .iter()
        .find(|b| b.source != a.source)
        .expect("arguments from two sources");
    let mut nb = Notebook::default();
    for (arg, note) in [(a, "first, with a tab\there"), (b, "")] {
        nb.apply(
            Edit::Add(Item {
                what: Ref::Quote(arg.source.clone(), arg.evidence[0].span),
                via: Some(Via::Argument(arg.id.clone())),
                note: note.to_string(),
            }),
            c,
        );
    }
    nb.apply(Edit::Add(Item::new(Ref::Argument(b.id.clone()), None)), c);
    nb.apply(
        Edit::Note(
            Ref::Argument(b.id.clone()),
            "Line one\nline two, \"quoted\" \\ done".into(),
        ),
        c,
    );
    nb
}

#[test]
fn the_text_format_round_trips() {
    let nb = sample();
    let text = nb.encode();
    assert!(
        text.starts_with("policy-options-notebook 1\nstyle apa\n"),
        "{text}"
    );
    let back = decode(&text, corpus()).unwrap();
    assert_eq!(back.notebook, nb);
    assert!(back.problems.is_empty() && back.repeated == 0);
    // Every style is remembered.
    for style in Style::ALL {
        let mut n = nb.clone();
        n.apply(Edit::Style(style), corpus());
        assert_eq!(decode(&n.encode(), corpus()).unwrap().notebook.style, style);
    }
    // Windows line endings and a byte-order mark (an editor's save) read the same.
    let crlf = ["\u{feff}", &text.replace('\n', "\r\n")].concat();
    assert_eq!(decode(&crlf, corpus()).unwrap().notebook, nb);
}

#[test]
fn adding_twice_keeps_one_and_edits_apply() {
    let c = corpus();
    let mut nb = sample();
    let first = nb.items[0].clone();
    nb.apply(Edit::Add(Item::new(first.what.clone(), None)), c);
    assert_eq!(nb.items.len(), 3);
    assert_eq!(nb.items[0], first, "a second add keeps the first note");
    nb.apply(Edit::Remove(first.what.clone()), c);
    assert_eq!(nb.items.len(), 2);
    assert!(!nb.contains(&first.what));
    nb.apply(Edit::Clear, c);
    assert!(nb.items.is_empty());
}

#[test]
fn moves_stay_within_the_group() {
    let c = corpus();
    let nb = sample();
    // By source: item 0 is alone in its source; items 1 and 2 share one.
    let mut n = nb.clone();
    n.apply(
        Edit::Move(nb.items[2].what.clone(), Grouping::Source, true),
        c,
    );
    assert_eq!(
        n.items,
        [
            nb.items[0].clone(),
            nb.items[2].clone(),
            nb.items[1].clone()
        ]
    );
    let mut m = n.clone();
    m.apply(
        Edit::Move(n.items[0].what.clone(), Grouping::Source, true),
        c,
    );
    assert_eq!(m, n, "the first of its group stays");
    m.apply(
        Edit::Move(n.items[0].what.clone(), Grouping::Source, false),
        c,
    );
    assert_eq!(m, n, "the last of its group stays");
    m.apply(
        Edit::Move(n.items[1].what.clone(), Grouping::Source, false),
        c,
    );
    assert_eq!(m, nb);
}

#[test]
fn merge_adds_what_is_new_and_skips_what_is_there() {
    let c = corpus();
    let mine = sample();
    let mut theirs = Notebook::default();
    theirs.items.push(Item {
        note: "their note".into(),
        ..mine.items[1].clone()
    });
    let r = &c.recommendations[0];
    let p = &r.passages[0];
    theirs.items.push(Item::new(
        Ref::Quote(r.source.clone(), p.span),
        Some(Via::Recommendation(r.id.clone())),
    ));
    // Through the file format, as an import does.
    let imported = decode(&theirs.encode(), c).unwrap().notebook;
    let mut merged = mine.clone();
    assert_eq!(
        merged.merge(imported),
        Merged {
            added: 1,
            skipped: 1,
            over: 0,
        }
    );
    assert_eq!(merged.items.len(), 4);
    assert_eq!(
        merged.items[1], mine.items[1],
        "the present item keeps its note"
    );
    assert_eq!(merged.style, mine.style);
    // Merging the same again adds nothing.
    let again = decode(&merged.encode(), c).unwrap().notebook;
    assert_eq!(
        merged.clone().merge(again),
        Merged {
            added: 0,
            skipped: 4,
            over: 0,
        }
    );
}

#[test]
fn the_same_passage_from_anywhere_is_one_item() {
    let c = corpus();
    let a = &c.arguments[0];
    let e = &a.evidence[0];
    let mut nb = Notebook::default();
    nb.apply(
        Edit::Add(Item::new(
            Ref::Quote(a.source.clone(), e.span),
            Some(Via::Argument(a.id.clone())),
        )),
        c,
    );
    nb.apply(
        Edit::Add(Item::new(Ref::Quote(a.source.clone(), e.span), None)),
        c,
    );
    assert_eq!(nb.items.len(), 1);
    // A file holding an item twice keeps the first and counts the other.
    let text = [
        nb.encode(),
        nb.encode().lines().skip(2).collect::<Vec<_>>().join("\n"),
    ]
    .concat();
    let d = decode(&text, c).unwrap();
    assert_eq!((d.notebook.items.len(), d.repeated), (1, 1));
}

/// The migration hook, with a synthetic version 0 (no style line; a passage written
/// `quote SOURCE START-END NOTE` with spaces) and its step to version 1.
#[test]
fn an_older_version_is_upgraded() {
    fn v0_to_v1(body: &str) -> String {
        let mut out = String::from("style mla\n");
        for line in body.lines() {
            let mut parts = line.splitn(4, ' ');
            if let (Some("quote"), Some(src), Some(span), note) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            {
                let (s, e) = span.split_once('-').unwrap_or(("", ""));
                out.push_str(&format!("q\t{src}\t{s}\t{e}\t\t{}\n", note.unwrap_or("")));
            }
        }
        out
    }
    let c = corpus();
    let a = &c.arguments[0];
    let span = a.evidence[0].span;
    let v0 = format!(
        "policy-options-notebook 0\nquote {} {}-{} kept note\n",
        a.source, span.start, span.end
    );
    let steps = [Step {
        from: 0,
        run: v0_to_v1,
    }];
    let d = decode_with(&v0, c, &steps).unwrap();
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    assert_eq!(d.notebook.style, Style::Mla);
    assert_eq!(
        d.notebook.items,
        [Item {
            what: Ref::Quote(a.source.clone(), span),
            via: None,
            note: "kept note".into()
        }]
    );
    // Without the step (as the app is today) version 0 is refused, never misread.
    assert_eq!(decode(&v0, c), Err(Fatal::TooOld(0)));
    // Today's version 1 goes through the same hook unchanged.
    let v1 = sample().encode();
    assert_eq!(decode_with(&v1, c, &steps).unwrap().notebook, sample());
}

#[test]
fn a_future_version_or_a_foreign_file_is_refused_with_a_reason() {
    let c = corpus();
    let future = sample().encode().replacen(" 1\n", " 7\n", 1);
    assert_eq!(decode(&future, c), Err(Fatal::Future(7)));
    assert!(Fatal::Future(7).to_string().contains("newer version"));
    for foreign in [
        "",
        "{\"items\": []}",
        "kind,option,source\r\n",
        "policy-options-notebook",
        "policy-options-notebook x\n",
        "POLICY-OPTIONS-NOTEBOOK 1\n",
        "\u{0}\u{1}binary",
    ] {
        assert_eq!(decode(foreign, c), Err(Fatal::NotNotebook), "{foreign:?}");
    }
    assert!(Fatal::NotNotebook
        .to_string()
        .contains("not a notebook file"));
}

#[test]
fn damaged_lines_are_named_and_the_rest_is_kept() {
    let c = corpus();
    let nb = sample();
    let text = nb.encode();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let source = &c.sources[0];
    let len = source.text.len();
    lines.insert(2, "q\tno-such-source\t1\t5\t\tx".into());
    lines.insert(
        3,
        format!("q\t{}\t10\t{}\t\tpast the end", source.id, len + 5),
    );
    lines.insert(4, format!("q\t{}\t20\t10\t\tbackwards", source.id));
    lines.insert(5, "a\tno-such-argument\tx".into());
    lines.insert(6, "a\tcut".into());
    lines.insert(7, "a\tx\\qy\tbad escape".into());
    lines.insert(8, format!("q\t{}\tten\t20\t\tx", source.id));
    lines.insert(9, "style harvard".into());
    lines.insert(10, "zz".into());
    let d = decode(&lines.join("\n"), c).unwrap();
    assert_eq!(d.notebook.items, nb.items, "every good line is kept");
    assert_eq!(d.problems.len(), 9, "{:#?}", d.problems);
    assert!(
        d.problems[0].starts_with("line 3: a source this copy"),
        "{}",
        d.problems[0]
    );
    assert!(d.problems.iter().all(|p| p.starts_with("line ")));
    // A passage not on a character boundary is refused.
    let multi = c
        .sources
        .iter()
        .find_map(|s| {
            let at = s.text.char_indices().find(|(_, ch)| ch.len_utf8() > 1)?.0;
            Some((s, at as u32 + 1))
        })
        .expect("a source with a multi-byte character");
    let line = format!("q\t{}\t{}\t{}\t\t", multi.0.id, multi.1, multi.1 + 10);
    let d = decode(&["policy-options-notebook 1\n", &line].concat(), c).unwrap();
    assert!(d.notebook.items.is_empty() && d.problems.len() == 1);
    // An unknown place of collection is dropped; the passage is kept.
    let a = &c.arguments[0];
    let line = format!(
        "q\t{}\t{}\t{}\ta:gone\t",
        a.source, a.evidence[0].span.start, a.evidence[0].span.end
    );
    let d = decode(&["policy-options-notebook 1\n", &line].concat(), c).unwrap();
    assert_eq!(d.notebook.items[0].via, None);
}

#[test]
fn a_selection_is_located_exactly() {
    let c = corpus();
    let s = c.sources.iter().max_by_key(|s| s.text.len()).unwrap();
    // A quote's passage, selected as shown (markup stripped, lines as the browser gives).
    let e = &c
        .arguments
        .iter()
        .find(|a| a.source == s.id)
        .unwrap()
        .evidence[0];
    let shown = policy_options_explainer::model::normalize::strip_markup(
        &s.text[e.span.start as usize..e.span.end as usize],
    );
    assert_eq!(locate_selection(&s.text, 0, "", &shown), Some(e.span));
    // A word that occurs several times: the one after the words shown before it.
    let word = " the ";
    let starts: Vec<usize> = s.text.match_indices(word).map(|(i, _)| i).take(3).collect();
    let before = &s.text[..starts[2]];
    let span = locate_selection(&s.text, 0, before, word.trim()).unwrap();
    assert_eq!(span.start as usize, starts[2] + 1);
    // Words that are not in the text (the app's own controls) are not a passage.
    assert_eq!(locate_selection(&s.text, 0, "", "Add to notebook ◆"), None);
    assert_eq!(locate_selection(&s.text, 0, "", "  \n "), None);
    assert_eq!(locate_selection(&s.text, u32::MAX, "", "the"), None);
}

#[test]
fn sections_come_from_the_headings() {
    let text = "Preface words.\n\n## **Border Policy**\n\nThe fence was built.\n";
    assert_eq!(section_at(text, 3), "Opening");
    let at = text.find("fence").unwrap() as u32;
    assert_eq!(section_at(text, at), "Border Policy");
    // A recommendation's passage is cited with its own section.
    let c = corpus();
    let r = &c.recommendations[0];
    let item = Item::new(
        Ref::Quote(r.source.clone(), r.passages[0].span),
        Some(Via::Recommendation(r.id.clone())),
    );
    let s = shown(c, &item).unwrap();
    assert_eq!(s.section.as_deref(), Some(r.passages[0].section.as_str()));
    assert_eq!(
        s.option.map(|o| o.id.as_str()),
        r.options.first().map(String::as_str)
    );
}

/// RFC 4180: fields with a comma, quotation mark or line break quoted, quotation marks
/// doubled, CRLF between records; a parser that follows the RFC gets every field back.
#[test]
fn csv_quotes_as_rfc_4180_says() {
    let c = corpus();
    let nb = sample();
    let out = csv(&nb, c);
    assert!(out.starts_with("kind,option,source,section,text,citation,note\r\n"));
    assert!(out.ends_with("\r\n"));
    let records = parse_csv(&out);
    assert_eq!(records.len(), 4);
    assert!(records.iter().all(|r| r.len() == 7), "{records:?}");
    assert_eq!(records[3][0], "argument");
    assert_eq!(records[3][6], "Line one\nline two, \"quoted\" \\ done");
    assert_eq!(records[1][6], "first, with a tab\there");
    assert!(out.contains("\"Line one\nline two, \"\"quoted\"\" \\ done\""));
    for r in &records[1..3] {
        assert_eq!(r[0], "quote");
        let s = shown(c, &nb.items[0]).unwrap();
        assert!(r[5].contains("n.d.") || r[5].contains('('), "{}", r[5]);
        let _ = s;
    }
}

/// A field a spreadsheet would run as a formula is exported as text (a leading
/// apostrophe); the others are exported as they are.
#[test]
fn csv_never_hands_a_spreadsheet_a_formula() {
    let c = corpus();
    let mut nb = sample();
    for (item, note) in nb
        .items
        .iter_mut()
        .zip(["=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)"])
    {
        item.note = note.to_string();
    }
    let records = parse_csv(&csv(&nb, c));
    let notes: Vec<&str> = records[1..].iter().map(|r| r[6].as_str()).collect();
    assert_eq!(notes, ["'=HYPERLINK(\"http://x\")", "'+1", "'@SUM(A1)"]);
    assert!(records[1..].iter().all(|r| !r[4].starts_with('\'')));
}

/// A small RFC 4180 reader, written from the RFC's grammar for this test.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, ch) => field.push(ch),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '"' | '\r' | '\n') => panic!("a bare {ch:?} outside quotes"),
            (false, ch) => field.push(ch),
        }
    }
    assert!(!quoted && field.is_empty() && record.is_empty());
    records
}

#[test]
fn an_item_names_only_what_the_corpus_has() {
    let c = corpus();
    let gone = Item::new(Ref::Argument("no-such".into()), None);
    assert!(shown(c, &gone).is_none());
    let s = &c.sources[0];
    let outside = Item::new(
        Ref::Quote(
            s.id.clone(),
            Span {
                start: 0,
                end: s.text.len() as u32 + 1,
            },
        ),
        None,
    );
    assert!(shown(c, &outside).is_none());
    let mut nb = Notebook::default();
    nb.items.push(gone);
    assert_eq!(markdown(&nb, c).matches("#").count(), 1);
    assert_eq!(csv(&nb, c).lines().count(), 1);
}
