//! Native checks of the citations (`crates/corpus/src/study/cite.rs`) against the style guides' rules:
//! APA 7, MLA 9, Chicago author-date (CMOS 18th ed.), BibTeX and RIS. Each expectation is
//! written from the guide's rule for that source's fields, never copied from our output.
#![cfg(not(target_arch = "wasm32"))]

use policy_options_explainer::model::cite::{
    authors_line, bibtex_escape, fields, in_text, is_missing, plain, quote_citation, rich_citation,
    source_citation, Style,
};
use policy_options_explainer::model::load::{load_with, Rules};
use policy_options_explainer::model::normalize::strip_markup;
use policy_options_explainer::model::{Evidence, EvidenceKind, Source, Span};
use policy_options_explainer::shown::corpus;

fn source(id: &str) -> &'static Source {
    match corpus().source(id) {
        Some(s) => s,
        None => panic!("no source {id} in the corpus"),
    }
}

/// A made-up source with every field given, to vary one at a time.
fn made_up() -> Source {
    Source {
        id: "doe".into(),
        file: String::new(),
        original: String::new(),
        sha256: String::new(),
        title: "A Title".into(),
        authors: vec!["Jane Doe".into()],
        year: "2020".into(),
        venue: "Journal of Things 4(1)".into(),
        kind: "Research article".into(),
        method: String::new(),
        doi_or_url: "https://doi.org/10.1/x".into(),
        citation: String::new(),
        short: "Doe".into(),
        notes: vec![],
        text: String::new(),
    }
}

fn evidence(section: &str, quote: &str) -> Evidence {
    Evidence {
        quote: quote.into(),
        kind: EvidenceKind::AuthorAssessment,
        speaker: None,
        section: section.into(),
        span: Span::default(),
    }
}

/// Words from the corpus's descriptions of a missing or inferred field, which must never
/// reach a citation.
const REMARKS: [&str; 8] = [
    "Not printed",
    "Not named",
    "None given",
    "not printed",
    "from its DOI",
    "named in its disclaimer",
    "identified from",
    "ISSN",
];

#[test]
fn every_source_in_every_style_keeps_out_the_editors_remarks() {
    assert_eq!(
        corpus().sources.len(),
        4,
        "a new source: add its cases below"
    );
    for s in &corpus().sources {
        for style in Style::ALL {
            let c = source_citation(s, style);
            assert!(!c.is_empty(), "{} {}", s.id, style.label());
            for r in REMARKS {
                assert!(
                    !c.contains(r),
                    "{} in {}: {r:?} in\n{c}",
                    s.id,
                    style.label()
                );
            }
            // Every author's family name is in every style but MLA, which names the first
            // and writes "et al." for three or more (MLA 9, 2.1).
            let named = if style == Style::Mla && s.authors.len() > 2 {
                1
            } else {
                s.authors.len()
            };
            for a in &s.authors[..named] {
                let family = a.rsplit(' ').next().unwrap_or(a);
                assert!(c.contains(family), "{} {}: {family}", s.id, style.label());
            }
        }
    }
}

#[test]
fn the_corpus_fields_read_as_the_documents_print_them() {
    // Years: only Bakhsh, Rab & Faiz's is known (from its DOI); the others are not printed.
    let years: Vec<_> = corpus()
        .sources
        .iter()
        .map(|s| (s.id.as_str(), fields(s).year))
        .collect();
    assert_eq!(
        years,
        [
            ("akbar", None),
            ("bakhsh-rab-faiz", Some("2024")),
            ("kakar", None),
            ("ahsan-ali", None)
        ]
    );
    assert!(is_missing(&source("akbar").venue));
    let b = fields(source("bakhsh-rab-faiz"));
    assert_eq!(b.container, Some("Journal of Asian Development Studies"));
    assert_eq!((b.volume, b.issue), (Some("13"), Some("2")));
    assert_eq!(b.doi, Some("10.62345/jads.2024.13.2.14"));
    let k = fields(source("kakar"));
    assert_eq!(k.container, Some("Stratheia"));
    let a = fields(source("ahsan-ali"));
    assert_eq!(a.container, Some("SpecialEurasia, Geopolitical Report"));
    assert_eq!((a.volume, a.issue), (Some("34"), Some("7")));
    for id in ["akbar", "kakar", "ahsan-ali"] {
        let f = fields(source(id));
        assert_eq!((f.doi, f.url), (None, None), "{id}");
    }
}

// APA 7 (§9.8, 9.16–9.18, 9.44): "Family, I. I." with "&" before the last author and a
// comma before it; the year in parentheses after the authors, "(n.d.)" when none; the
// title in sentence case (§6.17), ending in a full stop.

#[test]
fn apa_inverts_authors_to_initials_and_marks_no_date() {
    let a = source_citation(source("akbar"), Style::Apa);
    assert!(
        a.starts_with(
            "Akbar, A. (n.d.). Taliban 2.0: Implications for national security of Pakistan."
        ),
        "{a}"
    );
    assert_eq!(a.matches("n.d.").count(), 1, "{a}");
    let k = source_citation(source("kakar"), Style::Apa);
    assert!(k.starts_with("Kakar, F. U. K. (n.d.). "), "{k}");
    // An untitled work: a description in square brackets, not a title (§9.22).
    assert!(k.contains("). [Untitled web analysis]. Stratheia."), "{k}");
    let b = source_citation(source("bakhsh-rab-faiz"), Style::Apa);
    assert!(
        b.starts_with("Bakhsh, N., Rab, A., & Faiz, J. (2024). "),
        "{b}"
    );
    assert!(!b.contains("n.d."), "{b}");
    // Journal, volume(issue), then the DOI as a URL.
    assert!(
        b.ends_with("Journal of Asian Development Studies, 13(2). https://doi.org/10.62345/jads.2024.13.2.14"),
        "{b}"
    );
    let h = source_citation(source("ahsan-ali"), Style::Apa);
    assert!(
        h.starts_with("Ali, A. (n.d.). Security and terrorist threat"),
        "{h}"
    );
    assert!(
        h.ends_with("SpecialEurasia, Geopolitical Report, 34(7)."),
        "{h}"
    );
}

/// Every title of the corpus, written by hand in each style's case: APA 7 §6.17's
/// sentence case (proper names and acronyms keep their capitals), MLA 9 1.2.1's and
/// CMOS 18 8.159's title case (articles, prepositions and coordinating conjunctions in
/// lower case inside the title), a straight apostrophe made typographic.
#[test]
fn titles_are_in_each_styles_case() {
    let cases = [
        (
            "akbar",
            "Taliban 2.0: Implications for national security of Pakistan",
            "Taliban 2.0: Implications for National Security of Pakistan",
        ),
        (
            "bakhsh-rab-faiz",
            "Tehrik-e-Taliban Pakistan’s (TTP) threat spectrum: Assessing Pakistan’s counter-terrorism policy in post-US withdrawal era",
            "Tehrik-e-Taliban Pakistan’s (TTP) Threat Spectrum: Assessing Pakistan’s Counter-Terrorism Policy in Post-US Withdrawal Era",
        ),
        (
            "ahsan-ali",
            "Security and terrorist threat in Pakistan: Islamabad left in a destabilising position after Taliban takeover in Kabul",
            "Security and Terrorist Threat in Pakistan: Islamabad Left in a Destabilising Position after Taliban Takeover in Kabul",
        ),
    ];
    for (id, sentence, title) in cases {
        let s = source(id);
        assert!(source_citation(s, Style::Apa).contains(sentence), "{id}");
        assert!(source_citation(s, Style::Mla).contains(title), "{id}");
        assert!(source_citation(s, Style::Chicago).contains(title), "{id}");
        // BibTeX and RIS keep the title as printed.
        assert!(source_citation(s, Style::Bibtex).contains(&s.title.replace('&', "\\&")));
        assert!(source_citation(s, Style::Ris).contains(&s.title));
    }
    let mut q = made_up();
    q.title = "Why Now?".into();
    assert!(source_citation(&q, Style::Apa).contains("(2020). Why now? Journal"));
    q.authors = vec!["Jean-Paul Sartre".into(), "Simone de Beauvoir".into()];
    let c = source_citation(&q, Style::Apa);
    // Hyphenated given names keep the hyphen; two authors take ", &".
    assert!(
        c.starts_with("Beauvoir, S. d., &") || c.starts_with("Sartre, J.-P., & "),
        "{c}"
    );
}

// MLA 9 (2.1–2.6): "Family, Given." ("and" for two, "et al." from three); an article's
// title in quotation marks with the full stop inside; then container, "vol.", "no.",
// the date and the DOI, separated by commas; an element the source lacks is left out.

#[test]
fn mla_names_the_author_quotes_the_title_and_omits_what_is_missing() {
    let a = source_citation(source("akbar"), Style::Mla);
    assert_eq!(
        a,
        "Akbar, Asma. “Taliban 2.0: Implications for National Security of Pakistan.”"
    );
    let b = source_citation(source("bakhsh-rab-faiz"), Style::Mla);
    // The container's name in italics in the rich form, none of the marks in the plain.
    let rich = rich_citation(source("bakhsh-rab-faiz"), Style::Mla);
    assert!(
        rich.contains("\u{E000}Journal of Asian Development Studies\u{E001}, vol. 13"),
        "{rich}"
    );
    assert_eq!(plain(&rich), b);
    assert!(
        b.starts_with("Bakhsh, Noor, et al. “Tehrik-e-Taliban"),
        "{b}"
    );
    assert!(
        b.ends_with("” Journal of Asian Development Studies, vol. 13, no. 2, 2024, https://doi.org/10.62345/jads.2024.13.2.14."),
        "{b}"
    );
    let k = source_citation(source("kakar"), Style::Mla);
    // A description is not put in quotation marks.
    assert_eq!(
        k,
        "Kakar, Fareed Ullah Khan. Untitled web analysis. Stratheia."
    );
    for s in &corpus().sources {
        let c = source_citation(s, Style::Mla);
        assert!(!c.contains("n.d."), "MLA has no n.d.: {c}");
    }
    let mut two = made_up();
    two.authors = vec!["Jane Doe".into(), "John Roe".into()];
    assert!(source_citation(&two, Style::Mla).starts_with("Doe, Jane, and John Roe. “A Title.”"));
}

// Chicago author-date (CMOS 18, 13.104–13.108): "Family, Given." (others "Given Family",
// ", and" before the last), then the year or "n.d.", then the title in quotation marks.

#[test]
fn chicago_puts_the_year_or_nd_after_the_authors() {
    let a = source_citation(source("akbar"), Style::Chicago);
    // A quoted title that ends the entry keeps its one full stop inside the quotation
    // mark (issue 23 found `…Pakistan.”.`).
    assert_eq!(
        a,
        "Akbar, Asma. n.d. “Taliban 2.0: Implications for National Security of Pakistan.”"
    );
    let b = source_citation(source("bakhsh-rab-faiz"), Style::Chicago);
    assert!(
        b.starts_with("Bakhsh, Noor, Abdul Rab, and Jalal Faiz. 2024. “Tehrik-e-Taliban"),
        "{b}"
    );
    assert!(
        b.contains("Journal of Asian Development Studies 13 (2)."),
        "{b}"
    );
    // CMOS 18 13.104: the entry ends with a full stop, after the DOI too.
    assert!(
        b.ends_with(" https://doi.org/10.62345/jads.2024.13.2.14."),
        "{b}"
    );
    let k = source_citation(source("kakar"), Style::Chicago);
    assert_eq!(
        k,
        "Kakar, Fareed Ullah Khan. n.d. Untitled web analysis. Stratheia."
    );
}

/// Whether `s`'s braces nest and close as BibTeX counts them: every brace counts,
/// whatever precedes it (a `\{` opens a group too).
fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

#[test]
fn bibtex_entries_are_valid_and_leave_out_missing_fields() {
    for s in &corpus().sources {
        let f = fields(s);
        let c = source_citation(s, Style::Bibtex);
        assert!(balanced(&c), "{c}");
        assert!(c.ends_with("\n}"), "{c}");
        // @article requires author, title, journal and year; otherwise @misc.
        let article = f.container.is_some() && f.year.is_some() && s.kind.contains("article");
        assert_eq!(c.starts_with("@article{"), article, "{c}");
        assert!(article || c.starts_with("@misc{"), "{c}");
        let key = c[c.find('{').unwrap_or(0) + 1..c.find(',').unwrap_or(0)].to_string();
        assert!(
            !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
            "key {key:?}"
        );
        assert_eq!(c.contains("  year = {"), f.year.is_some(), "{c}");
        assert!(c.contains("  author = {"), "{c}");
    }
    let b = source_citation(source("bakhsh-rab-faiz"), Style::Bibtex);
    assert!(
        b.contains("author = {Bakhsh, Noor and Rab, Abdul and Faiz, Jalal}"),
        "{b}"
    );
    assert!(b.contains("doi = {10.62345/jads.2024.13.2.14}"), "{b}");
}

#[test]
fn bibtex_escapes_special_characters() {
    assert_eq!(
        bibtex_escape("R&D 100% {x} a_b #1 $5"),
        r"R\&D 100\% \textbraceleft{}x\textbraceright{} a\_b \#1 \$5"
    );
    assert_eq!(
        bibtex_escape(r"~^\"),
        r"\textasciitilde{}\textasciicircum{}\textbackslash{}"
    );
    let mut s = made_up();
    s.title = "Costs & {Benefits} of 50% cuts".into();
    let c = source_citation(&s, Style::Bibtex);
    assert!(balanced(&c), "{c}");
    assert!(
        c.contains(r"title = {{Costs \& \textbraceleft{}Benefits\textbraceright{} of 50\% cuts}}"),
        "{c}"
    );
}

#[test]
fn ris_has_one_tagged_line_per_field_and_ends_with_er() {
    for s in &corpus().sources {
        let f = fields(s);
        let c = source_citation(s, Style::Ris);
        let lines: Vec<&str> = c.split("\r\n").filter(|l| !l.is_empty()).collect();
        for l in &lines {
            let b = l.as_bytes();
            assert!(
                b.len() >= 6
                    && b[0].is_ascii_uppercase()
                    && (b[1].is_ascii_uppercase() || b[1].is_ascii_digit())
                    && &l[2..6] == "  - ",
                "bad RIS line {l:?}"
            );
        }
        assert!(lines[0].starts_with("TY  - "), "{c}");
        assert_eq!(lines.last(), Some(&"ER  - "), "{c}");
        let au = lines.iter().filter(|l| l.starts_with("AU  - ")).count();
        assert_eq!(au, s.authors.len(), "{c}");
        assert_eq!(lines.iter().filter(|l| l.starts_with("TI  - ")).count(), 1);
        assert_eq!(
            lines.iter().any(|l| l.starts_with("PY  - ")),
            f.year.is_some(),
            "{c}"
        );
    }
    let b = source_citation(source("bakhsh-rab-faiz"), Style::Ris);
    assert!(b.starts_with("TY  - JOUR\r\nAU  - Bakhsh, Noor\r\n"), "{b}");
    assert!(
        b.contains("T2  - Journal of Asian Development Studies\r\n"),
        "{b}"
    );
    assert!(
        b.contains("PY  - 2024\r\n") && b.contains("DO  - 10.62345/"),
        "{b}"
    );
}

#[test]
fn a_source_with_nothing_printed_gets_nothing_invented() {
    let mut s = made_up();
    s.year = "Not printed in the document".into();
    s.venue = "Not named in the document".into();
    s.doi_or_url = "None given in the document".into();
    s.title = "Untitled piece (no title line)".into();
    let apa = source_citation(&s, Style::Apa);
    assert_eq!(apa, "Doe, J. (n.d.). [Untitled piece].");
    assert_eq!(
        source_citation(&s, Style::Mla),
        "Doe, Jane. Untitled piece."
    );
    assert_eq!(
        source_citation(&s, Style::Chicago),
        "Doe, Jane. n.d. Untitled piece."
    );
    let bib = source_citation(&s, Style::Bibtex);
    for absent in ["year", "journal", "howpublished", "doi", "url", "volume"] {
        assert!(
            !bib.contains(&format!("  {absent} = ")),
            "{absent} in {bib}"
        );
    }
    assert!(bib.starts_with("@misc{doe-nd,"), "{bib}");
    let ris = source_citation(&s, Style::Ris);
    for absent in ["PY", "JO", "T2", "DO", "UR", "VL"] {
        assert!(!ris.contains(&format!("{absent}  - ")), "{absent} in {ris}");
    }
}

#[test]
fn a_quote_is_cited_with_its_section_in_every_style() {
    let mut n = 0;
    for a in &corpus().arguments {
        let s = source(&a.source);
        for e in &a.evidence {
            let quote = strip_markup(&e.quote);
            for style in Style::ALL {
                let c = quote_citation(s, e, &quote, style);
                if matches!(style, Style::Bibtex | Style::Ris) {
                    // A reference manager's entry is the work's (issue 23).
                    assert_eq!(c, source_citation(s, style));
                    continue;
                }
                // "(no section headings)" is the records' word for a document without
                // any: it is not a heading to cite.
                let heading = !e.section.trim().starts_with('(');
                // Cited with typographic apostrophes, a heading in capitals in title case.
                let named = e
                    .section
                    .trim()
                    .replace('\'', "’")
                    .replace("ABSTRACT", "Abstract");
                assert_eq!(c.contains(&named), heading, "{}: {c}", style.label());
                assert!(c.contains(&source_citation(s, style)[..12]), "{c}");
            }
            n += 1;
        }
    }
    assert!(n > 0);
    let e = evidence("Conclusion", "It said \"no\" twice.");
    let akbar = source("akbar");
    let apa = quote_citation(akbar, &e, "It said \"no\" twice.", Style::Apa);
    // APA 7 §8.28: (Author, n.d., Section Name section); inner quotes made single; the
    // quotation's own full stop gives way to the one after the citation (§8.31).
    assert!(
        apa.starts_with(
            "“It said ‘no’ twice” (Akbar, n.d., Conclusion section).\n\nAkbar, A. (n.d.)."
        ),
        "{apa}"
    );
    // A question or an exclamation keeps its mark, an ellipsis its three stops, and an
    // abbreviation its own.
    for q in [
        "Why not?",
        "Never!",
        "and so on...",
        "aid from the U.S.",
        "arms, money, etc.",
    ] {
        let c = quote_citation(akbar, &e, q, Style::Mla);
        assert!(c.starts_with(&format!("“{q}” (Akbar")), "{c}");
    }
    let chi = quote_citation(akbar, &e, "x", Style::Chicago);
    assert!(
        chi.starts_with("“x” (Akbar, n.d., under “Conclusion”)."),
        "{chi}"
    );
    let b = source("bakhsh-rab-faiz");
    assert!(quote_citation(b, &e, "x", Style::Apa)
        .contains("(Bakhsh et al., 2024, Conclusion section)"));
    assert!(quote_citation(b, &e, "x", Style::Mla).contains("(Bakhsh et al., sec. “Conclusion”)"));
    // CMOS 18 13.111: "et al." from three authors (CMOS 17 named all three).
    assert!(quote_citation(b, &e, "x", Style::Chicago).contains("(Bakhsh et al. 2024, under"));
}

#[test]
fn a_document_without_headings_is_cited_by_author_and_date_alone() {
    let k = source("kakar");
    let e = evidence("(no section headings)", "It rose.");
    let cites = |style| quote_citation(k, &e, "It rose.", style);
    // APA 7 §8.28 counts paragraphs where there are no headings (the quote's span starts
    // in the first); MLA 9 and CMOS 18 cite no unnumbered paragraph.
    assert!(cites(Style::Apa).starts_with("“It rose” (Kakar, n.d., para. 1).\n\n"));
    assert!(cites(Style::Mla).starts_with("“It rose” (Kakar).\n\n"));
    assert!(cites(Style::Chicago).starts_with("“It rose” (Kakar, n.d.).\n\n"));
    assert_eq!(in_text(k, &e), "Kakar, n.d., para. 1");
    let with = evidence("Conclusion", "x");
    assert_eq!(
        in_text(source("akbar"), &with),
        "Akbar, n.d., Conclusion section"
    );
}

/// Issue 23: a reference manager imports one work per entry, so every quote of a work
/// gives the work's own BibTeX entry and RIS record: no quotation in a `note` or `N1`
/// (a bibliography printed it), no key per quote (false a/b year labels).
#[test]
fn every_quote_of_a_work_gives_the_works_one_entry() {
    let b = source("bakhsh-rab-faiz");
    for style in [Style::Bibtex, Style::Ris] {
        let work = source_citation(b, style);
        for (section, q) in [("Conclusion", "x"), ("Introduction", "50% & “more”")] {
            let c = quote_citation(b, &evidence(section, q), q, style);
            assert_eq!(c, work);
        }
        assert!(!work.contains("note") && !work.contains("N1  -"), "{work}");
    }
    let key = source_citation(b, Style::Bibtex);
    assert!(key.starts_with("@article{bakhsh-rab-faiz-2024,\n"), "{key}");
}

#[test]
fn a_misc_entry_keeps_volume_and_issue_where_bibtex_styles_print_them() {
    // BibTeX's standard styles read `volume` and `number` only in @article.
    let h = source_citation(source("ahsan-ali"), Style::Bibtex);
    assert!(h.starts_with("@misc{"), "{h}");
    assert!(
        h.contains("howpublished = {SpecialEurasia, Geopolitical Report, vol. 34, no. 7}"),
        "{h}"
    );
    assert!(
        !h.contains("  volume = ") && !h.contains("  number = "),
        "{h}"
    );
    let b = source_citation(source("bakhsh-rab-faiz"), Style::Bibtex);
    assert!(
        b.contains("  volume = {13}") && b.contains("  number = {2}"),
        "{b}"
    );
}

#[test]
fn a_title_keeps_its_own_parenthesis_and_none_is_no_link() {
    let mut s = made_up();
    s.title = "Pakistan (a reassessment)".into();
    // The authoring guide's example says "None: a fictional document".
    s.doi_or_url = "None: a fictional document".into();
    for style in Style::ALL {
        let c = source_citation(&s, style);
        // MLA and Chicago in title case (a minor word after a parenthesis stays lower).
        let title = match style {
            Style::Mla | Style::Chicago => "Pakistan (a Reassessment)",
            _ => "Pakistan (a reassessment)",
        };
        assert!(c.contains(title), "{c}");
        assert!(!c.contains("fictional"), "{c}");
    }
    assert!(is_missing("None") && is_missing("None given in the document"));
    assert!(!is_missing("Nonesuch Press"));
}

#[test]
fn particles_stay_with_the_family_name() {
    let mut s = made_up();
    s.authors = vec!["Simone de Beauvoir".into(), "Zia ul Haq".into()];
    let apa = source_citation(&s, Style::Apa);
    assert!(
        apa.starts_with("de Beauvoir, S., & ul Haq, Z. (2020)."),
        "{apa}"
    );
    let bib = source_citation(&s, Style::Bibtex);
    assert!(
        bib.contains("author = {de Beauvoir, Simone and ul Haq, Zia}"),
        "{bib}"
    );
    let e = evidence("Conclusion", "x");
    assert!(quote_citation(&s, &e, "x", Style::Apa).contains("(de Beauvoir & ul Haq, 2020,"));
}

#[test]
fn long_quotations_are_set_as_blocks_where_the_style_says() {
    let akbar = source("akbar");
    let e = evidence("Conclusion", "");
    let words = |n: usize| {
        let mut q = vec!["word"; n].join(" ");
        q.push('.');
        q
    };
    // APA 7 §8.27: from 40 words, no quotation marks and the citation after the
    // quotation's own final punctuation.
    let apa = quote_citation(akbar, &e, &words(40), Style::Apa);
    assert!(
        apa.starts_with(&format!(
            "{} (Akbar, n.d., Conclusion section)\n\nAkbar, A.",
            words(40)
        )),
        "{apa}"
    );
    let shorter = quote_citation(akbar, &e, &words(39), Style::Apa);
    assert!(shorter.starts_with("“word "), "{shorter}");
    // CMOS 13.10: from 100 words.
    let chi = quote_citation(akbar, &e, &words(100), Style::Chicago);
    assert!(
        chi.contains("word. (Akbar, n.d., under “Conclusion”)\n\n"),
        "{chi}"
    );
    assert!(quote_citation(akbar, &e, &words(99), Style::Chicago).starts_with('“'));
    // MLA counts lines on the student's page, which the app cannot see.
    assert!(quote_citation(akbar, &e, &words(150), Style::Mla).starts_with('“'));
}

/// Issue 29: an organisation as author, written `{Name}`, is printed as is in every style
/// (APA 7 §9.11, MLA 9 2.1, CMOS 18 13.81: a group author is never inverted or cut to
/// initials), double-braced in BibTeX (so no tool splits it at a space or an "and"), as is
/// in RIS; beside a person, each keeps its own form.
#[test]
fn an_organisation_as_author_is_printed_as_is_in_every_style() {
    let mut s = made_up();
    s.authors = vec!["{Bread and Roses Trust}".into()];
    let r = |s: &Source, style| source_citation(s, style);
    assert!(
        r(&s, Style::Apa).starts_with("Bread and Roses Trust. (2020). "),
        "{}",
        r(&s, Style::Apa)
    );
    assert!(
        r(&s, Style::Mla).starts_with("Bread and Roses Trust. “A Title.” "),
        "{}",
        r(&s, Style::Mla)
    );
    assert!(
        r(&s, Style::Chicago).starts_with("Bread and Roses Trust. 2020. "),
        "{}",
        r(&s, Style::Chicago)
    );
    assert!(
        r(&s, Style::Bibtex).contains("  author = {{Bread and Roses Trust}},"),
        "{}",
        r(&s, Style::Bibtex)
    );
    assert!(
        r(&s, Style::Ris).contains("AU  - Bread and Roses Trust\r\n"),
        "{}",
        r(&s, Style::Ris)
    );
    for style in Style::ALL {
        assert!(!r(&s, style).contains("Trust, B"), "{}", r(&s, style));
    }
    let e = evidence("Conclusion", "x");
    let apa = quote_citation(&s, &e, "x", Style::Apa);
    assert!(apa.contains("(Bread and Roses Trust, 2020,"), "{apa}");
    let f = fields(&s);
    assert!(f.authors[0].corporate && f.authors[0].given.is_empty());

    // Beside a person; BibTeX's special characters escaped inside the braces.
    s.authors = vec!["{Smith & Sons}".into(), "Jane Doe".into()];
    assert!(
        r(&s, Style::Apa).starts_with("Smith & Sons, & Doe, J. (2020)."),
        "{}",
        r(&s, Style::Apa)
    );
    assert!(
        r(&s, Style::Bibtex).contains("author = {{Smith \\& Sons} and Doe, Jane}"),
        "{}",
        r(&s, Style::Bibtex)
    );
    assert_eq!(authors_line(&s.authors), "Smith & Sons, Jane Doe");
    // Braces around nothing, or one brace, are no organisation: no panic, the text kept.
    for odd in ["{}", "{ }", "{Half", "Half}", "{", "}"] {
        s.authors = vec![odd.into()];
        for style in Style::ALL {
            let _ = source_citation(&s, style);
        }
        assert!(!fields(&s).authors[0].corporate, "{odd}");
    }
}

/// Issue 29, case 7: the example corpus's references read "(fictional), R. R. A. (2026)":
/// its authors are organisations, and the "(fictional)" is the editor's remark, now in
/// the notes.
#[test]
fn the_example_corpus_cites_its_organisations_by_name() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example-corpus");
    let c = load_with(&dir, Rules::OWN).unwrap();
    let residents = c.source("residents").unwrap();
    assert_eq!(
        source_citation(residents, Style::Apa),
        "Riverton Residents’ Association. (2026). Letter from the Riverton Residents’ \
         Association."
    );
    for s in &c.sources {
        for style in Style::ALL {
            let r = source_citation(s, style);
            assert!(!r.contains("fictional") && !r.contains(", R."), "{r}");
        }
        assert!(s.notes.iter().any(|n| n.contains("fictional")), "{}", s.id);
    }
}
