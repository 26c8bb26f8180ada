//! The student's notebook: the arguments and verbatim passages they collected, their
//! private notes and the citation style they chose; its text format (what the browser
//! stores and what "Download the notebook file" writes, so one reader serves both), its
//! migrations, merging an imported notebook, and the Markdown and CSV exports.
//!
//! The format is lines of text, small and ours (no JSON parser in the browser); here
//! each tab is shown as `→`:
//!
//! ```text
//! policy-options-notebook 1
//! style apa
//! a→akbar-border-1→a private note
//! q→akbar→1200→1350→a:akbar-border-1→another note
//! ```
//!
//! The magic word and the format version; the style; then one item a line, its fields
//! separated by tabs: `a`, the argument's id and the note; or `q`, the source's id, the
//! passage's byte span in the source's text, where it was collected (`a:` an argument,
//! `r:` a recommendation, empty for a passage the student selected) and the note. A
//! backslash, tab, line feed and carriage return in a field are written `\\`, `\t`,
//! `\n`, `\r`. A reader refuses a file without the magic word or from a newer version,
//! upgrades an older one through [`MIGRATIONS`], and keeps every line it can read,
//! naming each it cannot.

use crate::normalize::{normalize, normalize_mapped, strip_markup};
use crate::reading::reader::{blocks, BlockKind};
use crate::schema::{Corpus, PolicyOption, Source, Span, Stance};
use crate::study::cite::{
    block_quotation, html_escape, html_rich, in_text_citation, locator, passage_citation,
    rich_citation, rich_passage_citation, source_citation, spans, Style, HANGING,
};

/// The first word of every notebook file.
pub const MAGIC: &str = "policy-options-notebook";
/// The format version written now. Raise it when the format changes, and add the step
/// that upgrades the previous version's text to [`MIGRATIONS`].
pub const VERSION: u32 = 1;

/// One upgrade: the body (every line after the first) of version `from`, rewritten as
/// the body of version `from + 1`.
pub struct Step {
    pub from: u32,
    pub run: fn(&str) -> String,
}

/// The upgrades from every older version (none yet: version 1 is the first).
pub const MIGRATIONS: &[Step] = &[];

/// The most items a notebook holds. A reader collects a few dozen; the cap bounds what
/// a file can make the tab do (issue 29: a valid file of 120,000 items froze it for
/// minutes). Said in the import report and the README.
pub const MAX_ITEMS: usize = 5000;

/// What an item is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Ref {
    /// An argument, by id (its claim is in the app's words).
    Argument(String),
    /// A verbatim passage: the source's id and its byte span in the source's text. The
    /// same passage collected from an argument, a recommendation or the source's text
    /// is one item.
    Quote(String, Span),
}

/// Where a passage was collected, for the link back, its option and its section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    Argument(String),
    Recommendation(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub what: Ref,
    pub via: Option<Via>,
    /// The student's private note.
    pub note: String,
}

impl Item {
    pub fn new(what: Ref, via: Option<Via>) -> Item {
        Item {
            what,
            via,
            note: String::new(),
        }
    }
}

/// The notebook: items in the student's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notebook {
    pub style: Style,
    pub items: Vec<Item>,
}

impl Default for Notebook {
    fn default() -> Self {
        Notebook {
            style: Style::Apa,
            items: Vec::new(),
        }
    }
}

/// How the notebook page groups items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Option,
    Source,
}

/// A change the student makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Adds the item unless it is there already.
    Add(Item),
    Remove(Ref),
    Note(Ref, String),
    /// Moves an item up (`true`) or down past the next item of its group.
    Move(Ref, Grouping, bool),
    Clear,
    Style(Style),
    Replace(Notebook),
}

/// What merging an imported notebook did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Merged {
    pub added: usize,
    /// Items already in the notebook (kept as they were).
    pub skipped: usize,
    /// Items not added because the notebook already held [`MAX_ITEMS`].
    pub over: usize,
}

impl Ref {
    /// The item as one string, for the sets that find repeats: they are the
    /// `HashMap<String, usize>` the corpus's index already links (a set of `Ref` linked
    /// its own table code and hasher, about 1.7 KB raw; 2026-12-07, wt-size).
    fn key(&self) -> String {
        match self {
            Ref::Argument(id) => ["a", id].concat(),
            Ref::Quote(source, span) => {
                // The numbers first: no id can then make another item's key.
                let (start, end) = (span.start.to_string(), span.end.to_string());
                ["q", &start, "\t", &end, "\t", source].concat()
            }
        }
    }
}

impl Notebook {
    pub fn find(&self, what: &Ref) -> Option<&Item> {
        self.items.iter().find(|i| i.what == *what)
    }

    pub fn contains(&self, what: &Ref) -> bool {
        self.find(what).is_some()
    }

    fn index(&self, what: &Ref) -> Option<usize> {
        self.items.iter().position(|i| i.what == *what)
    }

    /// Applies `edit`; `c` tells which group an item is in (for moves).
    pub fn apply(&mut self, edit: Edit, c: &Corpus) {
        match edit {
            Edit::Add(item) => {
                if self.items.len() < MAX_ITEMS && !self.contains(&item.what) {
                    self.items.push(item);
                }
            }
            Edit::Remove(what) => self.items.retain(|i| i.what != what),
            Edit::Note(what, note) => {
                if let Some(i) = self.index(&what) {
                    self.items[i].note = note;
                }
            }
            Edit::Move(what, by, up) => {
                if let Some(i) = self.index(&what) {
                    let g = group(c, &self.items[i], by);
                    let same = |j: &usize| group(c, &self.items[*j], by) == g;
                    let next = if up {
                        (0..i).rev().find(same)
                    } else {
                        (i + 1..self.items.len()).find(same)
                    };
                    if let Some(j) = next {
                        let item = self.items.remove(i);
                        self.items.insert(j, item);
                    }
                }
            }
            Edit::Clear => self.items.clear(),
            Edit::Style(s) => self.style = s,
            Edit::Replace(n) => *self = n,
        }
    }

    /// Adds the items of `other` that are not here yet, after these; keeps this
    /// notebook's style and, for items it has, its notes.
    /// Linear: a set of the items held, not a search of the list for each (issue 29).
    pub fn merge(&mut self, other: Notebook) -> Merged {
        let mut m = Merged::default();
        let mut held = std::collections::HashMap::<String, usize>::new();
        for i in &self.items {
            held.insert(i.what.key(), 0);
        }
        for item in other.items {
            if held.contains_key(item.what.key().as_str()) {
                m.skipped += 1;
            } else if self.items.len() >= MAX_ITEMS {
                m.over += 1;
            } else {
                held.insert(item.what.key(), 0);
                self.items.push(item);
                m.added += 1;
            }
        }
        m
    }

    /// The notebook in its text format (stored, and downloaded to import again).
    pub fn encode(&self) -> String {
        let mut out = [
            MAGIC,
            " ",
            &VERSION.to_string(),
            "\nstyle ",
            self.style.key(),
        ]
        .concat();
        for item in &self.items {
            out.push('\n');
            match &item.what {
                Ref::Argument(id) => {
                    out.push('a');
                    field(&mut out, id);
                }
                Ref::Quote(source, span) => {
                    out.push('q');
                    field(&mut out, source);
                    field(&mut out, &span.start.to_string());
                    field(&mut out, &span.end.to_string());
                    let via = match &item.via {
                        Some(Via::Argument(id)) => ["a:", id].concat(),
                        Some(Via::Recommendation(id)) => ["r:", id].concat(),
                        None => String::new(),
                    };
                    field(&mut out, &via);
                }
            }
            field(&mut out, &item.note);
        }
        out.push('\n');
        out
    }
}

/// A tab and `s`, escaped.
fn field(out: &mut String, s: &str) {
    out.push('\t');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

fn unescape(s: &str) -> Result<String, &'static str> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next() {
            Some('\\') => '\\',
            Some('t') => '\t',
            Some('n') => '\n',
            Some('r') => '\r',
            _ => return Err("a damaged escape (a backslash not followed by \\, t, n or r)"),
        });
    }
    Ok(out)
}

/// Why a notebook could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fatal {
    /// No magic word: not a notebook file of this app (or damaged at its start).
    NotNotebook,
    /// Written by a newer version of the app.
    Future(u32),
    /// Older than any version this app can upgrade.
    TooOld(u32),
}

impl std::fmt::Display for Fatal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fatal::NotNotebook => f.write_str(
                "this is not a notebook file of Policy Options Explainer (or its first line is damaged)",
            ),
            Fatal::Future(v) => write!(
                f,
                "it was written by a newer version of this app (notebook format {v}; this copy reads up to {VERSION})"
            ),
            Fatal::TooOld(v) => write!(
                f,
                "it was written in an old notebook format ({v}) this copy cannot upgrade"
            ),
        }
    }
}

/// A notebook read from text: what could be read, and what could not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Decoded {
    pub notebook: Notebook,
    /// One line per line that could not be read ("line 4: …").
    pub problems: Vec<String>,
    /// Items the text had twice (the first is kept).
    pub repeated: usize,
}

/// Reads a notebook in the text format, checking every item against the corpus.
pub fn decode(text: &str, c: &Corpus) -> Result<Decoded, Fatal> {
    decode_with(text, c, MIGRATIONS)
}

/// [`decode`] with the upgrade `steps` given (the tests give a synthetic older version's).
pub fn decode_with(text: &str, c: &Corpus, steps: &[Step]) -> Result<Decoded, Fatal> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (head, body) = text.split_once('\n').unwrap_or((text, ""));
    let version: u32 = head
        .trim_end()
        .strip_prefix(MAGIC)
        .and_then(|v| v.strip_prefix(' '))
        .and_then(|v| v.parse().ok())
        .ok_or(Fatal::NotNotebook)?;
    if version > VERSION {
        return Err(Fatal::Future(version));
    }
    let mut body = body.to_string();
    for v in version..VERSION {
        let step = steps
            .iter()
            .find(|s| s.from == v)
            .ok_or(Fatal::TooOld(version))?;
        body = (step.run)(&body);
    }
    let mut out = Decoded::default();
    // Repeats found with a set, not by searching the list for each item: linear (issue 29).
    let mut held = std::collections::HashMap::<String, usize>::new();
    for (i, line) in body.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let problem = |why: &str| ["line ", &(i + 2).to_string(), ": ", why].concat();
        if out.problems.len() >= MAX_ITEMS {
            out.problems.push(problem(&too_many()));
            break;
        }
        if let Some(key) = line.strip_prefix("style ") {
            match Style::ALL.into_iter().find(|s| s.key() == key.trim()) {
                Some(s) => out.notebook.style = s,
                None => out
                    .problems
                    .push(problem("an unknown citation style (APA 7 is used)")),
            }
            continue;
        }
        match parse_item(line).and_then(|item| check(c, item)) {
            Ok(item) if held.contains_key(item.what.key().as_str()) => out.repeated += 1,
            Ok(_) if out.notebook.items.len() >= MAX_ITEMS => {
                out.problems.push(problem(&too_many()));
                break;
            }
            Ok(item) => {
                held.insert(item.what.key(), 0);
                out.notebook.items.push(item);
            }
            Err(why) => out.problems.push(problem(&why)),
        }
    }
    Ok(out)
}

/// Why a notebook's lines were not read past a point.
fn too_many() -> String {
    format!("a notebook holds at most {MAX_ITEMS} items (or {MAX_ITEMS} unreadable lines), so this line and the rest were not read")
}

fn parse_item(line: &str) -> Result<Item, String> {
    let fields = line
        .split('\t')
        .map(unescape)
        .collect::<Result<Vec<String>, _>>()?;
    let number = |s: &str| {
        s.parse::<u32>()
            .map_err(|_| "a position that is not a number")
    };
    match fields.as_slice() {
        [k, id, note] if k == "a" => Ok(Item {
            what: Ref::Argument(id.clone()),
            via: None,
            note: note.clone(),
        }),
        [k, source, start, end, via, note] if k == "q" => {
            let span = Span {
                start: number(start)?,
                end: number(end)?,
            };
            let via = match via.split_once(':') {
                Some(("a", id)) => Some(Via::Argument(id.to_string())),
                Some(("r", id)) => Some(Via::Recommendation(id.to_string())),
                _ if via.is_empty() => None,
                _ => return Err("an unknown place of collection".into()),
            };
            Ok(Item {
                what: Ref::Quote(source.clone(), span),
                via,
                note: note.clone(),
            })
        }
        _ => Err("not an item (a damaged or cut line)".into()),
    }
}

/// `item` if what it names is in the corpus (a passage: inside its source's text, on
/// character boundaries, not blank); a place of collection that is not is dropped.
fn check(c: &Corpus, mut item: Item) -> Result<Item, String> {
    match &item.what {
        Ref::Argument(id) => {
            if c.argument(id).is_none() {
                return Err(["an argument this copy of the app does not have (", id, ")"].concat());
            }
        }
        Ref::Quote(source, span) => {
            let s = c.source(source).ok_or_else(|| {
                ["a source this copy of the app does not have (", source, ")"].concat()
            })?;
            if passage(s, *span).is_none_or(|p| normalize(p).is_empty()) {
                return Err(["a passage that is not in the text of ", source].concat());
            }
        }
    }
    let known = match &item.via {
        Some(Via::Argument(id)) => c.argument(id).is_some(),
        Some(Via::Recommendation(id)) => c.recommendation(id).is_some(),
        None => true,
    };
    if !known {
        item.via = None;
    }
    Ok(item)
}

/// The text of `s` at `span`, if the span is a passage of it.
pub fn passage(s: &Source, span: Span) -> Option<&str> {
    (span.start < span.end)
        .then(|| s.text.get(span.start as usize..span.end as usize))
        .flatten()
}

/// A passage the student selected in source `text`: the selection's text, the text
/// shown before it in the block it starts in (from byte `block` of the source), to tell
/// it from the same words earlier in that block. Its span, checked to hold the selected
/// words; `None` if they are not in the text (a selection of the app's own controls).
pub fn locate_selection(text: &str, block: u32, before: &str, selected: &str) -> Option<Span> {
    let rest = text.get(block as usize..)?;
    let needle = normalize(selected);
    if needle.is_empty() {
        return None;
    }
    let skip = normalize(before).matches(&needle).count();
    let found = normalize_mapped(rest).locate_nth(&needle, skip)?;
    let span = Span {
        start: found.start + block,
        end: found.end + block,
    };
    let got = text.get(span.start as usize..span.end as usize)?;
    (normalize(got) == needle).then_some(span)
}

/// The heading a byte position of `text` sits under ("Opening" before the first).
pub fn section_at(text: &str, at: u32) -> String {
    blocks(text)
        .into_iter()
        .take_while(|b| b.span.end <= at)
        .filter(|b| matches!(b.kind, BlockKind::Heading(_)))
        .last()
        .and_then(|b| text.get(b.span.start as usize..b.span.end as usize))
        .map_or_else(
            || "Opening".to_string(),
            |h| strip_markup(h).trim().to_string(),
        )
}

/// An item as shown and cited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown<'a> {
    pub source: &'a Source,
    pub option: Option<&'a PolicyOption>,
    /// An argument's stance (a passage has none).
    pub stance: Option<Stance>,
    /// An argument's claim (the app's words), or the passage as shown.
    pub text: String,
    /// What locates a passage: the heading it sits under, or in a document without
    /// headings its paragraph (see [`crate::study::cite::locator`]).
    pub section: Option<String>,
}

/// What `item` names, looked up in the corpus.
pub fn shown<'a>(c: &'a Corpus, item: &Item) -> Option<Shown<'a>> {
    let option_id = match (&item.what, &item.via) {
        (Ref::Argument(id), _) | (_, Some(Via::Argument(id))) => c.argument(id).map(|a| &a.option),
        (_, Some(Via::Recommendation(id))) => c.recommendation(id).and_then(|r| r.options.first()),
        _ => None,
    };
    let option = option_id.and_then(|id| c.option(id));
    match &item.what {
        Ref::Argument(id) => {
            let a = c.argument(id)?;
            Some(Shown {
                source: c.source(&a.source)?,
                option,
                stance: Some(a.stance),
                text: a.claim.clone(),
                section: None,
            })
        }
        Ref::Quote(source, span) => {
            let s = c.source(source)?;
            let text = strip_markup(passage(s, *span)?).trim().to_string();
            let given = match &item.via {
                Some(Via::Argument(id)) => c.argument(id).and_then(|a| {
                    let e = a.evidence.iter().find(|e| e.span == *span)?;
                    Some(e.section.clone())
                }),
                Some(Via::Recommendation(id)) => c.recommendation(id).and_then(|r| {
                    let p = r.passages.iter().find(|p| p.span == *span)?;
                    Some(p.section.clone())
                }),
                None => None,
            };
            Some(Shown {
                source: s,
                option,
                stance: None,
                text,
                section: Some(locator(
                    s,
                    &given.unwrap_or_else(|| section_at(&s.text, span.start)),
                    *span,
                )),
            })
        }
    }
}

/// The group `item` is listed under: the index of its option (past the last option:
/// none) or of its source in the corpus's fixed order.
pub fn group(c: &Corpus, item: &Item, by: Grouping) -> usize {
    let s = shown(c, item);
    match by {
        Grouping::Option => s
            .and_then(|s| s.option)
            .and_then(|o| c.options.iter().position(|x| x.id == o.id))
            .unwrap_or(c.options.len()),
        Grouping::Source => s
            .and_then(|s| c.sources.iter().position(|x| x.id == s.source.id))
            .unwrap_or(usize::MAX),
    }
}

/// The citation of `item` in `style`: a passage with its section, an argument's source.
pub fn citation(s: &Shown, style: Style) -> String {
    match &s.section {
        Some(section) => passage_citation(s.source, section, &s.text, style),
        None => source_citation(s.source, style),
    }
}

/// The items the exports list, in essay order: grouped by option (those tied to none
/// last), then by source in the corpus's order, each group in the student's order.
fn essay_order<'c>(nb: &Notebook, c: &'c Corpus) -> Vec<(&'c str, &'c Source, Shown<'c>, String)> {
    let mut rows: Vec<_> = nb
        .items
        .iter()
        .filter_map(|i| {
            Some((
                group(c, i, Grouping::Option),
                group(c, i, Grouping::Source),
                shown(c, i)?,
                i.note.clone(),
            ))
        })
        .collect();
    // A stable sort keeps the student's order within a group.
    crate::sort_small_by(&mut rows, |a, b| (a.0, a.1) > (b.0, b.1));
    rows.into_iter()
        .map(|(_, _, s, note)| {
            let option = s
                .option
                .map_or("Not tied to an option", |o| o.label.as_str());
            (option, s.source, s, note)
        })
        .collect()
}

/// The works the notebook cites, each once, in the order `style`'s reference list
/// sorts them: by the reference's text, letter by letter from the first author's family
/// name (APA 7 §9.44, MLA 9 5.2, CMOS 18 13.69); BibTeX and RIS in the corpus's order.
pub fn works<'c>(nb: &Notebook, c: &'c Corpus, style: Style) -> Vec<&'c Source> {
    let out: Vec<&Source> = c
        .sources
        .iter()
        .filter(|s| {
            nb.items
                .iter()
                .any(|i| shown(c, i).is_some_and(|x| x.source.id == s.id))
        })
        .collect();
    if matches!(style, Style::Bibtex | Style::Ris) {
        return out;
    }
    let mut keyed: Vec<(String, &Source)> = out
        .into_iter()
        .map(|s| (source_citation(s, style).to_ascii_lowercase(), s))
        .collect();
    crate::sort_small_by(&mut keyed, |a, b| a.0 > b.0);
    keyed.into_iter().map(|(_, s)| s).collect()
}

/// The notebook's works as a BibTeX (`Style::Bibtex`) or RIS file: one entry per work,
/// whatever the number of quotes collected from it (a reference manager imports each
/// work once).
pub fn references_file(nb: &Notebook, c: &Corpus, style: Style) -> String {
    let mut out = String::new();
    for s in works(nb, c, style) {
        out.push_str(&source_citation(s, style));
        out.push_str(if style == Style::Ris { "\r\n" } else { "\n\n" });
    }
    out
}

/// `text` as Markdown shows it literally: every character Markdown would read as markup
/// (emphasis, code, links and images, raw HTML, entities, tables, a hard line break) is
/// escaped with a backslash (CommonMark 2.4), and each line's start cannot open a block
/// (a heading, quote, list, rule, code fence or indented code). Issue 29: a note's
/// `## Fake heading`, an unclosed code fence or a raw `<img onerror>` passed through.
pub fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (n, line) in text.lines().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        // Leading spaces would make indented code; trailing ones a hard line break.
        let at = out.len();
        escape_inline(&mut out, line.trim());
        guard_line_start(&mut out, at);
    }
    out
}

/// `text` (one line) with every character Markdown reads as inline markup escaped.
fn escape_inline(out: &mut String, text: &str) {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let entity = c == '&'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#');
        // "$" opens maths and "^" superscript in some renderers (GitHub's, pulldown-cmark's).
        let markup = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '|' | '$' | '^'
        );
        if entity || markup {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Escapes a block marker at the start of the line that starts at byte `at` of `out`:
/// "#", "-", "+", "=" (a setext underline), ":" (a definition list in some renderers) or
/// an ordered list's "1." / "1)".
fn guard_line_start(out: &mut String, at: usize) {
    let rest = &out[at..];
    if rest.starts_with(['#', '-', '+', '=', ':']) {
        out.insert(at, '\\');
    } else {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(['.', ')']) {
            out.insert(at + digits, '\\');
        }
    }
}

/// A rich citation (one line; see [`crate::study::cite::spans`]) as Markdown: its text
/// escaped, its italics as `*…*`.
fn markdown_rich(out: &mut String, rich: &str) {
    let at = out.len();
    for (italic, part) in spans(rich) {
        if italic {
            out.push('*');
        }
        escape_inline(out, part);
        if italic {
            out.push('*');
        }
    }
    guard_line_start(out, at);
}

/// The notebook as Markdown, ready for an essay: a heading per option and per source,
/// each item with its in-text citation and the student's note (escaped), and one
/// reference list at the end, each work once, sorted as the style sorts (BibTeX and RIS:
/// the entries in a code block).
pub fn markdown(nb: &Notebook, c: &Corpus) -> String {
    let style = nb.style;
    let prose = !matches!(style, Style::Bibtex | Style::Ris);
    let mut out =
        String::from("# Notebook\n\nCollected in Policy Options Explainer; citations in ");
    out.push_str(style.label());
    out.push_str(", the references at the end.\n");
    let (mut option, mut source) = ("", "");
    for (o, s, shown, note) in essay_order(nb, c) {
        if o != option {
            out.push_str("\n## ");
            out.push_str(&markdown_escape(o));
            out.push('\n');
            (option, source) = (o, "");
        }
        if s.id != source {
            out.push_str("\n### ");
            out.push_str(&markdown_escape(&s.short));
            out.push('\n');
            source = s.id.as_str();
        }
        out.push('\n');
        markdown_item(&mut out, &shown, style, prose);
        if !note.trim().is_empty() {
            out.push_str("\nNote: ");
            out.push_str(&markdown_escape(note.trim()));
            out.push('\n');
        }
    }
    let works = works(nb, c, style);
    if works.is_empty() {
        return out;
    }
    out.push_str("\n## References\n\n");
    if prose {
        for s in works {
            markdown_rich(&mut out, &rich_citation(s, style));
            out.push_str("\n\n");
        }
    } else {
        let file = references_file(nb, c, style).replace("\r\n", "\n");
        // A fence longer than any run of backticks in the entries.
        let fence = "`".repeat(3 + longest_run(&file, '`'));
        out.extend([
            fence.as_str(),
            "\n",
            file.trim_end(),
            "\n",
            fence.as_str(),
            "\n",
        ]);
    }
    out
}

/// The notebook as an HTML file that opens in a browser or word processor and pastes
/// into an essay with its italics and hanging indents: the Markdown's contents (see
/// [`markdown`]), every text escaped. Styles in attributes, not a stylesheet, so that a
/// paste keeps them.
pub fn html(nb: &Notebook, c: &Corpus) -> String {
    let style = nb.style;
    let prose = !matches!(style, Style::Bibtex | Style::Ris);
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Notebook</title>\n</head>\n<body>\n<h1>Notebook</h1>\n<p>Collected in Policy Options Explainer; citations in ",
    );
    out.push_str(style.label());
    out.push_str(", the references at the end.</p>\n");
    let (mut option, mut source) = ("", "");
    for (o, s, shown, note) in essay_order(nb, c) {
        if o != option {
            out.extend(["<h2>", &html_escape(o), "</h2>\n"]);
            (option, source) = (o, "");
        }
        if s.id != source {
            out.extend(["<h3>", &html_escape(&s.short), "</h3>\n"]);
            source = s.id.as_str();
        }
        html_item(&mut out, s, &shown, style, prose);
        if !note.trim().is_empty() {
            out.extend([
                "<p>Note: ",
                &html_escape(note.trim()).replace('\n', "<br>"),
                "</p>\n",
            ]);
        }
    }
    let works = works(nb, c, style);
    if !works.is_empty() {
        out.push_str("<h2>References</h2>\n");
    }
    if prose {
        for s in works {
            out.extend(["<p style=\"", HANGING, "\">"]);
            html_rich(&mut out, &rich_citation(s, style));
            out.push_str("</p>\n");
        }
    } else if !works.is_empty() {
        out.extend([
            "<pre>",
            &html_escape(&references_file(nb, c, style)),
            "</pre>\n",
        ]);
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// One item of the HTML file (as [`markdown_item`] for the Markdown).
fn html_item(out: &mut String, s: &Source, shown: &Shown, style: Style, prose: bool) {
    match (&shown.section, prose) {
        (None, _) => {
            out.push_str("<p>Argument (");
            out.push_str(shown.stance.map_or("", |k| k.label()));
            out.push_str("), in the app's words, not a quotation: ");
            out.push_str(&html_escape(&shown.text));
            if let Some(cite) = in_text_citation(s, "", style) {
                out.extend([" ", &html_escape(&cite)]);
            }
            out.push_str("</p>\n");
        }
        (Some(section), false) => {
            out.extend([
                "<blockquote><p>",
                &html_escape(&shown.text),
                "</p></blockquote>\n",
            ]);
            out.extend([
                "<p>From ",
                &html_escape(&s.short),
                ", ",
                &html_escape(section),
                ".</p>\n",
            ]);
        }
        (Some(section), true) => {
            let rich = rich_passage_citation(s, section, &shown.text, style);
            let quotation = rich.split_once("\n\n").map_or(rich.as_str(), |(q, _)| q);
            // A block quotation has no quotation marks (APA 7 §8.27, CMOS 18 12.9).
            let block = !quotation.starts_with('“');
            out.push_str(if block { "<blockquote><p>" } else { "<p>" });
            html_rich(out, quotation);
            out.push_str(if block {
                "</p></blockquote>\n"
            } else {
                "</p>\n"
            });
        }
    }
}

/// The longest run of `c` in `s`.
fn longest_run(s: &str, c: char) -> usize {
    s.split(|x| x != c)
        .map(|run| run.chars().count())
        .max()
        .unwrap_or(0)
}

/// One item of the Markdown: an argument (the app's words) with its source's in-text
/// citation, or a quotation with its in-text citation (a long one as a quote block).
fn markdown_item(out: &mut String, s: &Shown, style: Style, prose: bool) {
    let Some(section) = &s.section else {
        out.push_str("Argument (");
        out.push_str(s.stance.map_or("", |k| k.label()));
        out.push_str("), in the app's words, not a quotation: ");
        out.push_str(&markdown_escape(&s.text));
        if let Some(cite) = in_text_citation(s.source, "", style) {
            out.push(' ');
            out.push_str(&markdown_escape(&cite));
        }
        out.push('\n');
        return;
    };
    if !prose {
        quote_block(out, &s.text);
        out.push_str(&markdown_escape(
            &["From ", &s.source.short, ", ", section, "."].concat(),
        ));
        out.push('\n');
        return;
    }
    let cite = citation(s, style);
    let quotation = cite.split_once("\n\n").map_or(cite.as_str(), |(q, _)| q);
    if block_quotation(style, &s.text) {
        quote_block(out, quotation);
    } else {
        out.push_str(&markdown_escape(quotation));
        out.push('\n');
    }
}

/// `text` as a Markdown quote block (each line escaped), then a blank line.
fn quote_block(out: &mut String, text: &str) {
    for line in text.lines() {
        out.push_str("> ");
        out.push_str(&markdown_escape(line));
        out.push('\n');
    }
    out.push('\n');
}

/// One CSV field, quoted as RFC 4180 says when it holds a comma, quotation mark or line
/// break (a quotation mark inside doubled). A field that a spreadsheet would run as a
/// formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return: a note such as
/// `=HYPERLINK(…)`) gets a leading apostrophe, which spreadsheets take as "text" and do
/// not show (OWASP's advice on CSV injection).
fn csv_field(out: &mut String, s: &str) {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let guarded;
    let s = if formula {
        guarded = ["'", s].concat();
        &guarded
    } else {
        s
    };
    if s.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// The notebook as CSV (RFC 4180: CRLF between records, a header record).
pub fn csv(nb: &Notebook, c: &Corpus) -> String {
    let mut out = String::from("kind,option,source,section,text,citation,note\r\n");
    for item in &nb.items {
        let Some(s) = shown(c, item) else { continue };
        let kind = if s.stance.is_some() {
            "argument"
        } else {
            "quote"
        };
        let cite = citation(&s, nb.style);
        let fields = [
            kind,
            s.option.map_or("", |o| &o.label),
            &s.source.short,
            s.section.as_deref().unwrap_or(""),
            &s.text,
            &cite,
            &item.note,
        ];
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(&mut out, f);
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_escape_and_unescape() {
        let mut out = String::new();
        field(&mut out, "a\\b\tc\nd\re");
        assert_eq!(out, "\ta\\\\b\\tc\\nd\\re");
        assert_eq!(unescape(&out[1..]).as_deref(), Ok("a\\b\tc\nd\re"));
        assert!(unescape("x\\q").is_err() && unescape("x\\").is_err());
    }
}
