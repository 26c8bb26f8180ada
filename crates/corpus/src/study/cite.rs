//! Citations of a source, or of a quote with its section, in APA 7, MLA 9, Chicago
//! author-date (CMOS 18th ed., 2024: the edition the official CSL style
//! `chicago-author-date.csl` follows), BibTeX and RIS, made from the fields of
//! `sources.json`.
//!
//! Those fields are written for readers, and several say in words that the document
//! does not print them ("Not printed in the document …", "Not named …", "None given …").
//! [`fields`] reads them by fixed rules and never guesses: such a field is missing, and
//! each style then does what its guide prescribes ("n.d." in APA and Chicago
//! author-date; MLA leaves the element out; BibTeX and RIS leave the field out). An
//! editor's remark in a trailing lowercase parenthesis ("Stratheia (named in its
//! disclaimer)") is dropped; a title starting "Untitled" is a description, bracketed as
//! APA prescribes and never put in quotation marks.
//!
//! The references are written with italics marked by two private-use characters
//! ([`ITALIC`] … [`ROMAN`]) where the styles italicise a journal's name and volume or a
//! stand-alone work's title; [`source_citation`] and [`passage_citation`] give plain
//! text (the marks removed), [`rich_citation`] keeps them for the Markdown, HTML and
//! clipboard forms, which [`spans`] splits. Only ASCII byte tests and `push_str` here,
//! no case tables and little `format!`: this runs in the browser.

use crate::reading::reader::{blocks, BlockKind};
use crate::schema::{Evidence, Source, Span};

/// Starts italics in a rich citation (a private-use character: never in the corpus).
pub const ITALIC: char = '\u{E000}';
/// Ends italics in a rich citation.
pub const ROMAN: char = '\u{E001}';

/// `s` in italics.
fn italic(out: &mut String, s: &str) {
    out.push(ITALIC);
    out.push_str(s);
    out.push(ROMAN);
}

/// `rich` without its italic marks.
pub fn plain(rich: &str) -> String {
    rich.chars()
        .filter(|c| *c != ITALIC && *c != ROMAN)
        .collect()
}

/// `rich` split into runs, each with whether it is in italics.
pub fn spans(rich: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let (mut start, mut italic) = (0, false);
    for (at, c) in rich.char_indices() {
        if c == ITALIC || c == ROMAN {
            if start < at {
                out.push((italic, &rich[start..at]));
            }
            italic = c == ITALIC;
            start = at + c.len_utf8();
        }
    }
    if start < rich.len() {
        out.push((italic, &rich[start..]));
    }
    out
}

/// A citation style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Apa,
    Mla,
    Chicago,
    Bibtex,
    Ris,
}

impl Style {
    /// Fixed display order.
    pub const ALL: [Style; 5] = [
        Style::Apa,
        Style::Mla,
        Style::Chicago,
        Style::Bibtex,
        Style::Ris,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Style::Apa => "APA 7",
            Style::Mla => "MLA 9",
            Style::Chicago => "Chicago author-date",
            Style::Bibtex => "BibTeX",
            Style::Ris => "RIS",
        }
    }

    /// A stable name for ids and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            Style::Apa => "apa",
            Style::Mla => "mla",
            Style::Chicago => "chicago",
            Style::Bibtex => "bibtex",
            Style::Ris => "ris",
        }
    }
}

/// One author's name, split at the last space (all the corpus's authors are written
/// "Given Family"), or an institution's, written in braces as BibTeX writes one
/// (`{Riverton Residents' Association}`): then `family` is the whole name, printed as is
/// in every style (APA 7 §9.11 group authors, MLA 9 2.1, CMOS 18 13.81), never inverted or
/// cut to initials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name<'a> {
    pub given: &'a str,
    pub family: &'a str,
    /// An organisation's name (`literal` in CSL-JSON, double-braced in BibTeX).
    pub corporate: bool,
}

/// What kind of work a source is, for the entry types of BibTeX and RIS and for
/// whether a title goes in quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Article,
    Web,
    Report,
    Other,
}

/// The title, or the description of an untitled work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title<'a> {
    Titled(&'a str),
    Untitled(&'a str),
}

/// The citation fields of a source, as far as the document prints them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields<'a> {
    pub id: &'a str,
    pub authors: Vec<Name<'a>>,
    pub title: Title<'a>,
    /// Four digits, or missing.
    pub year: Option<&'a str>,
    pub container: Option<&'a str>,
    pub volume: Option<&'a str>,
    pub issue: Option<&'a str>,
    /// Without `https://doi.org/`.
    pub doi: Option<&'a str>,
    pub url: Option<&'a str>,
    pub kind: Kind,
}

/// Whether a field says in words that the document does not give it.
pub fn is_missing(field: &str) -> bool {
    let f = field.trim();
    f.is_empty()
        || f == "None"
        || ["Not printed", "Not named", "None given", "None:", "Unknown"]
            .iter()
            .any(|m| f.starts_with(m))
}

/// `field` without a trailing editor's remark: a parenthesis that opens after a space
/// with a lowercase ASCII letter ("2024 (from its DOI …)"). "13(2)" is kept.
fn without_remark(field: &str) -> &str {
    let f = field.trim();
    if let Some(at) = f.rfind(" (") {
        if f.ends_with(')') && f.as_bytes().get(at + 2).is_some_and(u8::is_ascii_lowercase) {
            return f[..at].trim_end();
        }
    }
    f
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The venue split into its container and, when given, volume and issue: either
/// "Name 13(2)" or "Name, Volume 34, Issue 7". An ISSN is not part of a citation.
fn venue(field: &str) -> (Option<&str>, Option<&str>, Option<&str>) {
    if is_missing(field) {
        return (None, None, None);
    }
    let v = without_remark(field);
    let (mut name, volume, issue) = if let Some((name, rest)) = v.split_once(", Volume ") {
        match rest.split_once(", Issue ") {
            Some((vol, iss)) if digits(vol) && digits(iss) => (name, Some(vol), Some(iss)),
            _ => (v, None, None),
        }
    } else {
        match v.rsplit_once(' ') {
            Some((name, last)) if last.ends_with(')') => {
                match last[..last.len() - 1].split_once('(') {
                    Some((vol, iss)) if digits(vol) && digits(iss) => (name, Some(vol), Some(iss)),
                    _ => (v, None, None),
                }
            }
            _ => (v, None, None),
        }
    };
    if let Some(at) = name.find(" ISSN ") {
        name = name[..at].trim_end();
    }
    (Some(name), volume, issue)
}

fn kind(field: &str) -> Kind {
    if field.starts_with("Web") {
        Kind::Web
    } else if field.contains("article") {
        Kind::Article
    } else if field.contains("report") || field.contains("Report") {
        Kind::Report
    } else {
        Kind::Other
    }
}

/// A printed name split into given names and family name at the last space; particles
/// in lower case before it ("de", "van", "ul") stay with the family name, never becoming
/// initials ("Simone de Beauvoir": "de Beauvoir, S.").
fn name(a: &str) -> Name<'_> {
    if let Some(org) = organisation(a) {
        return Name {
            given: "",
            family: org,
            corporate: true,
        };
    }
    let Some((mut given, _)) = a.rsplit_once(' ') else {
        return Name {
            given: "",
            family: a,
            corporate: false,
        };
    };
    while let Some((rest, word)) = given.rsplit_once(' ') {
        // ASCII only: `char::is_lowercase` brings a Unicode table (about 1 KB gzip).
        if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        given = rest;
    }
    Name {
        given: given.trim(),
        family: a[given.len()..].trim(),
        corporate: false,
    }
}

/// The name of an organisation written as an author in braces (`{Name}`), without them;
/// `None` for a person's name (or braces around nothing).
fn organisation(a: &str) -> Option<&str> {
    let inner = a.trim().strip_prefix('{')?.strip_suffix('}')?.trim();
    (!inner.is_empty()).then_some(inner)
}

/// The authors as a reader sees them on the app's pages: an organisation without its
/// braces.
pub fn authors_line(authors: &[String]) -> String {
    let names: Vec<&str> = authors
        .iter()
        .map(|a| organisation(a).unwrap_or_else(|| a.trim()))
        .collect();
    names.join(", ")
}

/// Reads a source's citation fields (see the module's rules).
pub fn fields(s: &Source) -> Fields<'_> {
    let authors = s.authors.iter().map(|a| name(a.trim())).collect();
    // Only a description ("Untitled …") carries an editor's remark; a title is cited
    // whole, even one that ends in a parenthesis of its own ("Pakistan (a reassessment)").
    let t = s.title.trim();
    let title = if t.starts_with("Untitled") {
        Title::Untitled(without_remark(t))
    } else {
        Title::Titled(t)
    };
    let y = s.year.trim();
    // `get`, not `[..4]`: a year like "20€5" has no character boundary at byte 4.
    let year = y.get(..4).filter(|p| !is_missing(y) && digits(p));
    let (container, volume, issue) = venue(&s.venue);
    let link = s.doi_or_url.trim();
    let (doi, url) = if is_missing(link) {
        (None, None)
    } else if let Some(d) = link.strip_prefix("https://doi.org/") {
        (Some(d), None)
    } else {
        (None, Some(link))
    };
    Fields {
        id: &s.id,
        authors,
        title,
        year,
        container,
        volume,
        issue,
        doi,
        url,
        kind: kind(&s.kind),
    }
}

/// `s`, then a full stop unless it already ends a sentence.
fn sentence(out: &mut String, s: &str) {
    out.push_str(s);
    if !(s.ends_with('.') || s.ends_with('?') || s.ends_with('!')) {
        out.push('.');
    }
}

/// A stand-alone work's title in italics, then a full stop unless it ends a sentence.
fn italic_sentence(out: &mut String, s: &str) {
    italic(out, s);
    if !(s.ends_with('.') || s.ends_with('?') || s.ends_with('!')) {
        out.push('.');
    }
}

/// Words MLA 9 (1.2.1) and CMOS 18 (8.160) write in lower case inside a title:
/// articles, prepositions, coordinating conjunctions and "to", "as".
const MINOR: [&str; 28] = [
    "a", "about", "after", "against", "among", "an", "and", "as", "at", "before", "between", "but",
    "by", "for", "from", "in", "into", "nor", "of", "on", "or", "over", "so", "the", "through",
    "to", "with", "yet",
];

/// `title` in title case as MLA and Chicago write it: the minor words in lower case
/// unless first, last or after a colon; every other word's first letter a capital (as
/// printed otherwise: "US", "2.0", "Tehrik-e-Taliban" stay).
fn title_case(title: &str) -> String {
    let title = typographic(title);
    let words: Vec<&str> = title.split(' ').collect();
    let mut out = String::with_capacity(title.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let starts = i == 0 || i + 1 == words.len() || words[i - 1].ends_with(':');
        let lower = w.to_ascii_lowercase();
        if !starts && MINOR.contains(&lower.as_str()) {
            out.push_str(&lower);
        } else if let Some(first) = w.chars().next() {
            out.push(first.to_ascii_uppercase());
            out.push_str(&w[first.len_utf8()..]);
        }
    }
    out
}

/// Proper names in the corpus's titles that APA's sentence case keeps capitalised (a
/// word all in capitals, "TTP", "US", or with a digit is kept too). A new source whose
/// title has another proper name adds it here (tests/native/cite.rs checks every title).
const PROPER: [&str; 4] = ["Pakistan", "Taliban", "Islamabad", "Kabul"];

/// A title's straight apostrophes as typographic ones ("Pakistan’s"), as the styles and
/// citeproc-js print them.
fn typographic(title: &str) -> String {
    title.replace('\'', "’")
}

/// A word without the punctuation around it (an apostrophe kept: "Residents’").
fn trim(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '’')
}

/// `title` in sentence case (APA 7 §6.17): capitals only for the first word, the first
/// after a colon, proper names and acronyms; a hyphenated word's later parts follow
/// the same rule ("Tehrik-e-Taliban", "Counter-terrorism", "Post-US"). The words of an
/// organisation among `authors` are a proper name too ("Letter from the Riverton
/// Residents’ Association").
fn sentence_case(title: &str, authors: &[Name]) -> String {
    let title = typographic(title);
    let mut out = String::with_capacity(title.len());
    let mut first = true;

    let named: Vec<String> = authors
        .iter()
        .filter(|n| n.corporate)
        .flat_map(|n| {
            typographic(n.family)
                .split(' ')
                .map(|w| trim(w).to_string())
                .collect::<Vec<_>>()
        })
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    let proper = |part: &str| {
        let core = trim(part);
        PROPER.contains(&core.strip_suffix("’s").unwrap_or(core)) || named.iter().any(|n| n == core)
    };
    for (i, w) in title.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for (j, part) in w.split('-').enumerate() {
            if j > 0 {
                out.push('-');
            }
            let core = part.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            let letters = core.bytes().filter(u8::is_ascii_alphabetic).count();
            let keep = (first && j == 0)
                || core.bytes().any(|b| b.is_ascii_digit())
                // An acronym: "TTP", "US".
                || (letters > 1 && !core.bytes().any(|b| b.is_ascii_lowercase()))
                // A name, with its own parts ("Tehrik-e-Taliban", "Pakistan’s").
                || w.split('-').any(proper);
            if keep {
                out.push_str(part);
            } else {
                out.push_str(&part.to_ascii_lowercase());
            }
        }
        first = w.ends_with(':');
    }
    out
}

/// APA initials of given names: "Fareed Ullah Khan" → "F. U. K.", "Jean-Paul" → "J.-P.".
fn initials(given: &str) -> String {
    let mut out = String::new();
    for (i, word) in given.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for (j, part) in word.split('-').enumerate() {
            if j > 0 {
                out.push('-');
            }
            if let Some(c) = part.chars().next() {
                out.push(c);
                out.push('.');
            }
        }
    }
    out
}

/// "Family, Given" (or the family name alone).
fn inverted(out: &mut String, n: Name) {
    out.push_str(n.family);
    if !n.given.is_empty() {
        out.push_str(", ");
        out.push_str(n.given);
    }
}

fn apa_authors(out: &mut String, names: &[Name]) {
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            // APA 7 keeps the serial comma before "&", also for two authors.
            out.push_str(if i + 1 == names.len() { ", & " } else { ", " });
        }
        out.push_str(n.family);
        if !n.given.is_empty() {
            out.push_str(", ");
            out.push_str(&initials(n.given));
        }
    }
}

/// The part after the container: ", 13(2)" in APA; "13 (2)" in Chicago.
fn volume_issue(out: &mut String, f: &Fields, apa: bool) {
    if let Some(v) = f.volume {
        // APA 7 §9.25 italicises a periodical's volume with its name.
        if apa {
            out.push_str(", ");
            italic(out, v);
        } else {
            out.push(' ');
            out.push_str(v);
        }
        if let Some(i) = f.issue {
            out.push_str(if apa { "(" } else { " (" });
            out.push_str(i);
            out.push(')');
        }
    }
}

fn link(out: &mut String, f: &Fields) {
    if let Some(d) = f.doi {
        out.push_str(" https://doi.org/");
        out.push_str(d);
    } else if let Some(u) = f.url {
        out.push(' ');
        out.push_str(u);
    }
}

fn apa(f: &Fields) -> String {
    let mut out = String::new();
    apa_authors(&mut out, &f.authors);
    // Names with typographic apostrophes, as titles ("Residents’ Association").
    out = typographic(&out);
    // "Akbar, A." already ends in a full stop before " (n.d.)".
    out.push_str(if out.ends_with('.') { " (" } else { ". (" });
    out.push_str(f.year.unwrap_or("n.d."));
    out.push_str("). ");
    match f.title {
        // APA 7 §9.19: a work that stands alone has its title in italics; a part of a
        // periodical or website, plain.
        Title::Titled(t) if f.container.is_none() => {
            italic_sentence(&mut out, &sentence_case(t, &f.authors))
        }
        Title::Titled(t) => sentence(&mut out, &sentence_case(t, &f.authors)),
        Title::Untitled(d) => {
            out.push('[');
            out.push_str(d);
            out.push_str("].");
        }
    }
    if let Some(c) = f.container {
        out.push(' ');
        // A website's name is plain (§9.16); a periodical's, italic (§9.25).
        if f.kind == Kind::Web {
            out.push_str(c);
        } else {
            italic(&mut out, c);
        }
        volume_issue(&mut out, f, true);
        out.push('.');
    }
    link(&mut out, f);
    out
}

/// MLA and Chicago name the first author inverted and the others in order.
fn listed_authors(out: &mut String, names: &[Name], mla: bool) {
    if mla && names.len() > 2 {
        if let Some(first) = names.first() {
            inverted(out, *first);
        }
        out.push_str(", et al.");
        return;
    }
    for (i, n) in names.iter().enumerate() {
        if i == 0 {
            inverted(out, *n);
            continue;
        }
        // "Last, First, and First Last": the comma before "and" also for two (MLA 9, CMOS 18
        // 13.108). CMOS 18 lists up to six authors in the reference list; the corpus has three.
        out.push_str(if i + 1 < names.len() { ", " } else { ", and " });
        if !n.given.is_empty() {
            out.push_str(n.given);
            out.push(' ');
        }
        out.push_str(n.family);
    }
}

/// A title as MLA and Chicago print it: an article's (or a part of a container's) in
/// quotation marks, the full stop inside them; a description plain.
fn quoted_title(out: &mut String, f: &Fields) {
    match f.title {
        // A document not known to be published (no venue, not a report or a web page) is
        // unpublished: its title in quotation marks (CMOS 18 8.187; citeproc-js's CSL type
        // `document`), as a letter of the example corpus.
        Title::Titled(t)
            if f.kind == Kind::Article || f.kind == Kind::Other || f.container.is_some() =>
        {
            out.push('“');
            sentence(out, &title_case(t));
            out.push('”');
        }
        // A stand-alone work's title in italics (MLA 9 2.29; CMOS 18 8.163).
        Title::Titled(t) => italic_sentence(out, &title_case(t)),
        Title::Untitled(t) => sentence(out, t),
    }
}

/// The container, "vol. 13" and "no. 2", as far as the document gives them (MLA's
/// container elements; a BibTeX @misc's `howpublished`).
fn container_parts(f: &Fields) -> Vec<String> {
    let mut parts: Vec<String> = f.container.iter().map(|c| c.to_string()).collect();
    if let Some(v) = f.volume {
        parts.push(["vol. ", v].concat());
    }
    if let Some(i) = f.issue {
        parts.push(["no. ", i].concat());
    }
    parts
}

fn mla(f: &Fields) -> String {
    let mut out = String::new();
    listed_authors(&mut out, &f.authors, true);
    out = typographic(&out);
    if !out.ends_with('.') {
        out.push('.');
    }
    out.push(' ');
    quoted_title(&mut out, f);
    // The container's elements, each followed by a comma, the last by a full stop; the
    // container's title in italics (MLA 9 2.68).
    let mut parts = container_parts(f);
    if let (Some(c), Some(first)) = (f.container, parts.first_mut()) {
        *first = [&ITALIC.to_string(), c, &ROMAN.to_string()].concat();
    }
    if let Some(y) = f.year {
        parts.push(y.to_string());
    }
    if let Some(d) = f.doi {
        parts.push(["https://doi.org/", d].concat());
    } else if let Some(u) = f.url {
        parts.push(u.to_string());
    }
    if !parts.is_empty() {
        out.push(' ');
        out.push_str(&parts.join(", "));
        out.push('.');
    }
    out
}

fn chicago(f: &Fields) -> String {
    let mut out = String::new();
    listed_authors(&mut out, &f.authors, false);
    out = typographic(&out);
    if !out.ends_with('.') {
        out.push('.');
    }
    out.push(' ');
    out.push_str(f.year.unwrap_or("n.d."));
    if !out.ends_with('.') {
        out.push('.');
    }
    out.push(' ');
    quoted_title(&mut out, f);
    if let Some(c) = f.container {
        out.push(' ');
        // A periodical's name in italics, a website's roman (CMOS 18 14.104).
        if f.kind == Kind::Web {
            out.push_str(c);
        } else {
            italic(&mut out, c);
        }
        volume_issue(&mut out, f, false);
        out.push('.');
    }
    link(&mut out, f);
    // CMOS 18 13.104: an entry ends with a full stop, after a DOI or URL too; a title
    // that ends the entry already has its own inside the closing quotation mark.
    if !(out.ends_with('.') || out.ends_with(".”") || out.ends_with(".\u{E001}")) {
        out.push('.');
    }
    out
}

/// `s` with BibTeX's special characters escaped.
pub fn bibtex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            // BibTeX counts braces whatever precedes them, so `\{` would unbalance a field.
            '{' => out.push_str("\\textbraceleft{}"),
            '}' => out.push_str("\\textbraceright{}"),
            '#' | '$' | '%' | '&' | '_' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The BibTeX entry of a work: one per work, its key the source's id and year, so that
/// every quote of it cites the same entry (issue 23: an entry per quote repeated the
/// work in a reference manager's bibliography, with false a/b year labels).
fn bibtex(f: &Fields) -> String {
    // @article needs a journal; without one the entry is @misc.
    let article = f.kind == Kind::Article && f.container.is_some();
    let mut out = String::from(if article { "@article{" } else { "@misc{" });
    out.push_str(f.id);
    out.push('-');
    out.push_str(f.year.unwrap_or("nd"));
    let authors: Vec<String> = f
        .authors
        .iter()
        .map(|n| {
            if n.corporate {
                // In braces BibTeX takes an organisation's name whole: never split at
                // its spaces into given and family names, nor at an "and" in it.
                return ["{", &bibtex_escape(n.family), "}"].concat();
            }
            bibtex_escape(&{
                let mut s = String::new();
                inverted(&mut s, *n);
                s
            })
        })
        .collect();
    // Escaped name by name: an organisation's braces are BibTeX's, not text.
    out.push_str(&[",\n  author = {", &authors.join(" and "), "}"].concat());
    let mut field = |name: &str, value: &str, protect: bool| {
        out.push_str(",\n  ");
        out.push_str(name);
        // Double braces keep the title's capitals as printed.
        out.push_str(if protect { " = {{" } else { " = {" });
        out.push_str(&bibtex_escape(value));
        out.push_str(if protect { "}}" } else { "}" });
    };
    match f.title {
        Title::Titled(t) => field("title", t, true),
        Title::Untitled(d) => field("title", &["[", d, "]"].concat(), true),
    }
    // BibTeX's styles read volume and number only in an @article; in a @misc they go
    // into `howpublished`, where every style prints them.
    let (volume, number) = if article {
        (f.volume, f.issue)
    } else {
        (None, None)
    };
    if let Some(c) = f.container {
        if article {
            field("journal", c, false);
        } else {
            field("howpublished", &container_parts(f).join(", "), false);
        }
    }
    for (name, value) in [
        ("year", f.year),
        ("volume", volume),
        ("number", number),
        ("doi", f.doi),
        ("url", f.url),
    ] {
        if let Some(v) = value {
            field(name, v, false);
        }
    }
    out.push_str("\n}");
    out
}

/// The RIS record of a work (one per work, as [`bibtex`]).
fn ris(f: &Fields) -> String {
    let ty = match f.kind {
        Kind::Article => "JOUR",
        Kind::Web => "ELEC",
        Kind::Report => "RPRT",
        Kind::Other => "GEN",
    };
    let mut out = String::new();
    let mut line = |tag: &str, value: &str| {
        // Tag, two spaces, hyphen, space; lines end CR LF (the RIS specification).
        out.push_str(tag);
        out.push_str("  - ");
        out.push_str(value);
        out.push_str("\r\n");
    };
    line("TY", ty);
    for n in &f.authors {
        let mut s = String::new();
        inverted(&mut s, *n);
        line("AU", &s);
    }
    match f.title {
        Title::Titled(t) => line("TI", t),
        Title::Untitled(d) => line("TI", &["[", d, "]"].concat()),
    }
    for (tag, value) in [
        ("PY", f.year),
        // T2 is the journal in the RIS specification's JOUR (and the container in the
        // others); JO is read as the journal's name by some tools, its abbreviation by others.
        ("T2", f.container),
        ("VL", f.volume),
        ("IS", f.issue),
        ("DO", f.doi),
        ("UR", f.url),
    ] {
        if let Some(v) = value {
            line(tag, v);
        }
    }
    line("ER", "");
    out
}

/// The reference for source `s` in `style`, as plain text.
pub fn source_citation(s: &Source, style: Style) -> String {
    plain(&reference(&fields(s), style))
}

/// The reference for source `s` in `style` with its italics marked (see [`spans`]).
pub fn rich_citation(s: &Source, style: Style) -> String {
    reference(&fields(s), style)
}

fn reference(f: &Fields, style: Style) -> String {
    match style {
        Style::Apa => apa(f),
        Style::Mla => mla(f),
        Style::Chicago => chicago(f),
        Style::Bibtex => bibtex(f),
        Style::Ris => ris(f),
    }
}

/// The authors as an in-text citation names them.
fn short_authors(f: &Fields, style: Style) -> String {
    let and = if style == Style::Apa { " & " } else { " and " };
    // "et al." from three authors: APA 7 §8.17, MLA 9 6.5, CMOS 18 13.111 (CMOS 17 named
    // up to three).
    let names = match f.authors.as_slice() {
        [] => String::new(),
        [one] => one.family.to_string(),
        [a, b] => [a.family, and, b.family].concat(),
        [a, ..] => [a.family, " et al."].concat(),
    };
    typographic(&names)
}

/// `quote` in double quotation marks, its own double quotation marks made single (as
/// APA, MLA and Chicago all prescribe for a quotation within a quotation).
fn in_quotes(out: &mut String, quote: &str) {
    out.push('“');
    // Straight marks open and close in turn, as curly ones do.
    let mut open = true;
    for c in quote.trim().chars() {
        out.push(match c {
            '"' => {
                open = !open;
                if open {
                    '’'
                } else {
                    '‘'
                }
            }
            '“' => '‘',
            '”' => '’',
            c => c,
        });
    }
    out.push('”');
}

/// A quote `e` from source `s` (its text as shown, `quote`) cited in `style`: for the
/// three prose styles the quotation with its in-text citation (the section named, as
/// the guides prescribe for a work without page numbers), then the reference; for
/// BibTeX and RIS the work's entry alone, the same for every quote of it.
pub fn quote_citation(s: &Source, e: &Evidence, quote: &str, style: Style) -> String {
    passage_citation(s, &locator(s, &e.section, e.span), quote, style)
}

/// Any passage of source `s` (its text as shown, `quote`) under the heading `section`,
/// cited as [`quote_citation`] cites evidence (the notebook's recommendation passages
/// and passages a student selected).
pub fn passage_citation(s: &Source, section: &str, quote: &str, style: Style) -> String {
    plain(&rich_passage_citation(s, section, quote, style))
}

/// [`passage_citation`] with the reference's italics marked (see [`spans`]).
pub fn rich_passage_citation(s: &Source, section: &str, quote: &str, style: Style) -> String {
    let f = fields(s);
    let section = heading(section);
    let mut out = String::new();
    match style {
        // A reference manager's entry is the work's: the quotation and its section are
        // the student's to cite from it (the in-text styles show both).
        Style::Bibtex | Style::Ris => return reference(&f, style),
        Style::Apa | Style::Mla | Style::Chicago => {
            let cite = parenthetical(&f, style, section);
            if block_quotation(style, quote) {
                // A block quotation: no quotation marks, and the citation after its own
                // final punctuation (APA 7 §8.27; CMOS 13.10 and 15.26).
                out.push_str(quote.trim());
                out.push_str(" (");
                out.push_str(&cite);
                out.push(')');
            } else {
                in_quotes(&mut out, without_final_stop(quote));
                out.push_str(" (");
                out.push_str(&cite);
                out.push_str(").");
            }
            out.push_str("\n\n");
            out.push_str(&reference(&f, style));
        }
    }
    out
}

/// What goes in the parentheses after a quotation in `style`: author, date and the
/// heading the passage is under (none for a document without headings).
fn parenthetical(f: &Fields, style: Style, section: Option<&str>) -> String {
    let mut cite = short_authors(f, style);
    // APA 7 §8.28: (Author, year, Section Name section). MLA 9 (6.19): no page numbers,
    // so none are counted, and no year; the section is named. CMOS 18 13.110 and 13.116:
    // (Author year, under "Heading"), and a comma before "n.d." (Author, n.d.).
    let (year, before, after) = match style {
        Style::Apa => (Some(", "), ", ", " section"),
        Style::Mla => (None, ", sec. “", "”"),
        _ if f.year.is_none() => (Some(", "), ", under “", "”"),
        _ => (Some(" "), ", under “", "”"),
    };
    if let Some(sep) = year {
        cite.push_str(sep);
        cite.push_str(f.year.unwrap_or("n.d."));
    }
    match section.map(|h| (h, h.strip_prefix(PARAGRAPH))) {
        // APA 7 §8.28 counts paragraphs where there is no heading ("para. 14"); MLA 9
        // 6.19 and CMOS 18 13.116 number paragraphs only where the work numbers them.
        Some((_, Some(n))) if style == Style::Apa => {
            cite.push_str(", para. ");
            cite.push_str(n);
        }
        Some((_, Some(_))) | None => {}
        Some((h, None)) => {
            cite.push_str(before);
            cite.push_str(&heading_case(h));
            cite.push_str(after);
        }
    }
    cite
}

/// A heading as a citation names it: its apostrophes typographic, and one printed all
/// in capitals ("ABSTRACT") in title case, as the styles cite headings ("Abstract
/// section"); a word of three letters or fewer in it is taken for an acronym ("TTP").
fn heading_case(h: &str) -> String {
    if h.bytes().any(|b| b.is_ascii_lowercase()) {
        return typographic(h);
    }
    let words: Vec<String> = h
        .split(' ')
        .map(|w| match w.char_indices().nth(1) {
            Some((second, _)) if w.len() > 3 => {
                [&w[..second], &w[second..].to_ascii_lowercase()].concat()
            }
            _ => w.to_string(),
        })
        .collect();
    typographic(&words.join(" "))
}

/// How [`locator`] names a paragraph: this, then its number.
const PARAGRAPH: &str = "¶ ";

/// What a passage at `span` of `s` under `section` is located by: the section, or in a
/// document without headings the number of the paragraph it starts in ("¶ 14", which
/// APA prints as "para. 14" and MLA and Chicago leave out).
pub fn locator(s: &Source, section: &str, span: Span) -> String {
    let blocks = blocks(&s.text);
    // "Opening" is what a passage the student selected is under when the text shows no
    // heading before it: in a text that shows none at all, it names nothing.
    let headed = blocks.iter().any(|b| b.kind != BlockKind::Paragraph);
    if heading(section).is_some() && (headed || section != "Opening") {
        return section.to_string();
    }
    let n = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph && b.span.start <= span.start)
        .count();
    if n == 0 {
        return section.to_string();
    }
    [PARAGRAPH, &n.to_string()].concat()
}

/// Whether `quote` is set as a block quotation in `style`: APA 7 from 40 words (§8.27),
/// Chicago from 100 words (CMOS 13.10). MLA 9 sets one apart from more than four lines
/// of the student's own page, which the app cannot know, so it stays in the text.
pub fn block_quotation(style: Style, quote: &str) -> bool {
    let words = quote.split_whitespace().count();
    match style {
        Style::Apa => words >= 40,
        Style::Chicago => words >= 100,
        _ => false,
    }
}

/// The heading a passage is under, if it is one: the records say "(no section
/// headings)" for a document without any, and such a document is cited by author and
/// date alone (APA 7 §8.28, MLA 9 and CMOS 15.23 name a heading only where there is one).
fn heading(section: &str) -> Option<&str> {
    let h = section.trim();
    (!h.is_empty() && !h.starts_with('(')).then_some(h)
}

/// A quotation that ends a sentence without its own full stop, which the citation's
/// stop after the parentheses replaces (APA 7 §8.31; MLA and Chicago likewise let a
/// quotation's final punctuation change to fit the sentence); "?", "!" and an
/// ellipsis stay.
fn without_final_stop(quote: &str) -> &str {
    let q = quote.trim_end();
    match q.strip_suffix('.') {
        Some(rest) if !rest.ends_with('.') && !abbreviated(rest) => rest,
        _ => q,
    }
}

/// Whether the last word before a full stop is an abbreviation, whose stop stays ("the
/// U.S.", "etc."): the guides keep it and add the citation's own after the parentheses.
fn abbreviated(before_stop: &str) -> bool {
    let word = before_stop
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    word.contains('.') || ["etc", "al", "Jr", "Sr", "Co", "Inc", "Ltd", "No"].contains(&word)
}

/// The in-text citation, in its parentheses, of a passage of source `s` under the
/// heading `section` in `style` (`None` for BibTeX and RIS, which have none): what the
/// citation comparison with citeproc-js reads (`examples/citations.rs`).
pub fn in_text_citation(s: &Source, section: &str, style: Style) -> Option<String> {
    matches!(style, Style::Apa | Style::Mla | Style::Chicago).then(|| {
        [
            "(",
            &parenthetical(&fields(s), style, heading(section)),
            ")",
        ]
        .concat()
    })
}

/// A quote's short citation, as a slide shows it under the quote: APA 7's in-text form
/// without its parentheses ("Akbar, n.d., Recommendations section").
pub fn in_text(s: &Source, e: &Evidence) -> String {
    let at = locator(s, &e.section, e.span);
    parenthetical(&fields(s), Style::Apa, heading(&at))
}

/// `s` with HTML's special characters as entities, safe as an element's text or an
/// attribute's value.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A rich citation (see [`spans`]) as HTML text: escaped, its italics in `<i>`.
pub fn html_rich(out: &mut String, rich: &str) {
    for (italic, part) in spans(rich) {
        if italic {
            out.push_str("<i>");
        }
        out.push_str(&html_escape(part));
        if italic {
            out.push_str("</i>");
        }
    }
}

/// The paragraph style of a reference-list entry: a half-inch hanging indent (APA 7
/// §2.24, MLA 9 5.3, CMOS 18 13.70), written on the element so that a word processor
/// keeps it on paste.
pub const HANGING: &str = "padding-left:0.5in;text-indent:-0.5in";

/// A prose style's citation of a passage (`rich`, from [`rich_passage_citation`] or
/// [`rich_citation`]) as the `text/html` a word processor pastes: each paragraph a
/// `<p>`, the reference with its hanging indent; a block quotation indented.
pub fn citation_html(rich: &str) -> String {
    let mut out = String::new();
    let paragraphs: Vec<&str> = rich.split("\n\n").collect();
    for (i, p) in paragraphs.iter().enumerate() {
        let reference = i + 1 == paragraphs.len();
        // A quotation in the text opens with its quotation mark; a block quotation has none.
        let block = !reference && !p.starts_with('“');
        out.push_str(match (reference, block) {
            (true, _) => "<p style=\"",
            (false, true) => "<blockquote><p>",
            _ => "<p>",
        });
        if reference {
            out.push_str(HANGING);
            out.push_str("\">");
        }
        html_rich(&mut out, p);
        out.push_str(if block { "</p></blockquote>" } else { "</p>" });
    }
    out
}
