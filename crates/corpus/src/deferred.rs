//! The part of the built-in corpus that arrives after the first render.
//!
//! Home, the view students arrive at, shows each option with each source's position and
//! nothing else of the corpus; the texts and the other records are most of its bytes
//! (77 KB of gzip; the first visit was 314.5 KiB with them, over the 290 KiB ceiling). So
//! the browser build embeds only what home shows (the app's `build.rs`: `corpus-home.bin`: the
//! options, the sources without their texts, the positions) and fetches the whole corpus
//! after the first render, in the one binary encoding (`codec.rs`), from a
//! content-addressed file beside the app (its name, length and sum in the app's
//! `model::deferred::BUILT`, from `build.rs`; written by `examples/prerender.rs`
//! from Trunk's hook, kept offline by the service worker, carried as a data block by the
//! single file). What arrives is checked against the length and sum the build recorded
//! before it is decoded, so a wrong file (a server's page for a missing file, an old
//! copy) is refused, never shown.

use super::codec::{decode, encode, DecodeError};
use super::schema::{Argument, Corpus, Position, Source};
use std::fmt;

/// What home shows of `c`, and all that its first render needs: the options, each
/// source's id and short name, the positions; and, where a source argues on an option
/// without a position recorded, its first argument there with neither claim nor
/// evidence (home says "No overall position recorded: see its arguments" there, and
/// names such a source among those that discuss the option). A position no card draws
/// ([`card_sources`]: past twelve sources) comes without its summary: it only counts
/// (at 64 sources, the summaries were most of the 249 KB home read before drawing). The
/// built-in corpus's travels in the page beside the prerendered home (the app's
/// `build.rs` writes it); a single file's own documents' travels beside them
/// ([`documents_blocks`]).
pub fn home_part(c: &Corpus) -> Corpus {
    let mut placed: std::collections::BTreeSet<(&str, &str)> = c
        .positions
        .iter()
        .map(|p| (p.option.as_str(), p.source.as_str()))
        .collect();
    let mut arguments: Vec<Argument> = Vec::new();
    for a in &c.arguments {
        if placed.insert((&a.option, &a.source)) {
            arguments.push(Argument {
                claim: String::new(),
                condition: None,
                holder: None,
                recommendation: None,
                evidence: Vec::new(),
                ..a.clone()
            });
        }
    }
    let argued: std::collections::BTreeSet<(&str, &str)> = arguments
        .iter()
        .map(|a| (a.option.as_str(), a.source.as_str()))
        .collect();
    let mut drawn: std::collections::BTreeSet<(&str, &str)> = Default::default();
    for o in &c.options {
        let card = card_sources(c, &o.id, |s| argued.contains(&(o.id.as_str(), s)));
        drawn.extend(
            card.listed
                .iter()
                .map(|(s, _)| (o.id.as_str(), s.id.as_str())),
        );
    }
    let positions = c.positions.iter().map(|p| Position {
        summary: if drawn.contains(&(p.option.as_str(), p.source.as_str())) {
            p.summary.clone()
        } else {
            String::new()
        },
        ..p.clone()
    });
    Corpus {
        sources: c
            .sources
            .iter()
            .map(|s| Source::named(s.id.clone(), s.short.clone()))
            .collect(),
        options: c.options.clone(),
        positions: positions.collect(),
        arguments,
        ..Default::default()
    }
}

/// Up to this many sources, home's cards name each, "Not discussed" included; past it,
/// only those that discuss the option, the first this many (a corpus of 160 sources and
/// 140 options drew 22,400 lines on its home page, 5.7 s in Chromium: `make bench`,
/// scale). The grids, the handout and an option's page name this many by default.
pub const NAME_EVERY_SOURCE: usize = 12;

/// The sources home's card for an option names ([`card_sources`]).
pub struct CardSources<'c> {
    /// In corpus order, each with its position on the option, if it has one.
    pub listed: Vec<(&'c Source, Option<&'c Position>)>,
    /// Whether more sources discuss the option than the card names.
    pub more: bool,
    /// How many sources the card leaves out because they do not discuss the option.
    pub silent: usize,
}

/// The sources home's card for `option` names: every source, up to
/// [`NAME_EVERY_SOURCE`]; past it, the first that many of those that discuss it (a
/// position, or an argument: `argues(source)`). One rule for the card and for what home
/// needs of the documents ([`home_part`]).
pub fn card_sources<'c>(
    c: &'c Corpus,
    option: &str,
    argues: impl Fn(&str) -> bool,
) -> CardSources<'c> {
    // One pass over the positions for the card, not one a source.
    let on: Vec<&Position> = c.positions.iter().filter(|p| p.option == option).collect();
    let every = c.sources.len() <= NAME_EVERY_SOURCE;
    let mut listed: Vec<_> = c
        .sources
        .iter()
        .map(|s| (s, on.iter().copied().find(|p| p.source == s.id)))
        .filter(|(s, p)| every || p.is_some() || argues(&s.id))
        .collect();
    let silent = c.sources.len() - listed.len();
    let more = listed.len() > NAME_EVERY_SOURCE;
    listed.truncate(NAME_EVERY_SOURCE);
    CardSources {
        listed,
        more,
        silent,
    }
}

/// The id of the data block holding what home shows of a single file's own documents.
pub const DOCUMENTS_HOME: &str = "poe-documents-home";

/// `page` (the students' app, served or in one file) made to carry the corpus file
/// `bytes` of documents named `name`: their data blocks ([`documents_blocks`]), its title
/// and description naming them, and no prerendered home (the built-in documents' home:
/// the app draws these instead). Blocks, title and description it already had are
/// replaced, so a page made from a page that carried documents carries only these. One
/// function for `corpus single-file`, "Make your own" in the browser and `make bench`'s
/// scale series.
///
/// The page's body ends with the app's script and then the big blocks (the documents,
/// and a single file's built-in corpus); the script is `async` when the documents have
/// a home block, so the app starts and draws home from it while the browser is still
/// reading the rest of the page (issue 30: with the blocks in the head, a page of 16
/// copies of the built-in corpus, 4 MB, was read to its end before the app started,
/// about 130 ms more than a page of one). The app reads the documents' block itself
/// only once the page is read (`DOMContentLoaded`).
pub fn carry(page: &str, name: &str, bytes: &[u8]) -> String {
    let mut html = page.to_string();
    for (start, end) in [
        ("<title>", "</title>"),
        ("<meta name=\"description\"", ">"),
        (
            "<script type=\"application/octet-stream\" id=\"poe-documents\"",
            "</script>",
        ),
        (
            "<script type=\"application/octet-stream\" id=\"poe-documents-home\"",
            "</script>",
        ),
    ] {
        take_all(&mut html, start, end);
    }
    // The app's script (served: the starter; one file: the glue and the wasm) and a
    // single file's built-in corpus, wherever an earlier carry put them.
    let scripts = take_all(&mut html, "<script type=\"module\"", "</script>");
    let built_in = take_all(
        &mut html,
        "<script type=\"application/octet-stream\" id=\"poe-corpus\"",
        "</script>",
    );
    if let (Some(a), Some(b)) = (html.find("<div id=\"app\""), html.rfind("</body>")) {
        if a < b {
            html.replace_range(a..b, "<div id=\"app\"></div>\n");
        }
    }
    let name = name
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    let (home, documents) = documents_blocks(&name, bytes);
    let head = format!(
        "<title>{name} · Policy Options Explainer</title>\n<meta name=\"description\" content=\"The options the sources in {name} discuss, with each source's arguments for and against and the verbatim evidence.\" />\n{home}</head>"
    );
    html = html.replacen("</head>", &head, 1);
    let mut tail = String::with_capacity(documents.len() + 1024);
    for script in scripts {
        let plain = script.replacen(
            "<script type=\"module\" async",
            "<script type=\"module\"",
            1,
        );
        if home.is_empty() {
            tail.push_str(&plain);
        } else {
            tail.push_str(&plain.replacen(
                "<script type=\"module\"",
                "<script type=\"module\" async",
                1,
            ));
        }
        tail.push('\n');
    }
    for block in built_in {
        tail.push_str(&block);
        tail.push('\n');
    }
    tail.push_str(&documents);
    if let Some(at) = html.rfind("</body>") {
        html.insert_str(at, &tail);
    }
    html
}

/// Removes every element of `html` from `start` up to and including the next `end`
/// (and the line break after it), and returns them.
fn take_all(html: &mut String, start: &str, end: &str) -> Vec<String> {
    let mut taken = Vec::new();
    while let Some(a) = html.find(start) {
        let mut b = a + html[a..]
            .find(end)
            .map_or(html.len() - a, |e| e + end.len());
        taken.push(html[a..b].to_string());
        // The line break a block made here put after it.
        if html[b..].starts_with('\n') {
            b += 1;
        }
        html.replace_range(a..b, "");
    }
    taken
}

/// The data blocks with which a single file carries a corpus file of its own documents
/// (`corpus single-file`, and "Make your own" in the browser), `name` already escaped for
/// HTML: what home shows of it ([`home_part`], `id` [`DOCUMENTS_HOME`], as [`text_safe`]
/// text), when the file passes its checks, and the file itself (`id="poe-documents"`,
/// read and checked like any corpus file a reader opens), both with the name
/// (`data-name`). With the home block the app draws home from it first and reads the
/// file after the first paint (issue 30: reading a file of 16 copies of the built-in
/// corpus took 70 ms before home could be drawn), and the file is [`packed`]
/// (`data-packed="deflate"`): the browser reads all of the page before the app starts,
/// and 4 MB of it took 100 ms to read (16 copies, Chromium's trace) where the packed
/// 1.2 MB take a third of that. A file that fails its checks is read at start, before
/// anything is drawn, so it stays [`text_safe`] text, which needs no unpacking.
pub fn documents_blocks(name: &str, bytes: &[u8]) -> (String, String) {
    let home = crate::check::bundle::open(bytes)
        .ok()
        .and_then(|c| encode(&home_part(&c)).ok())
        .map(|home| {
            format!(
                "<script type=\"application/octet-stream\" id=\"{DOCUMENTS_HOME}\" data-name=\"{name}\">{}</script>\n",
                text_safe(&home)
            )
        });
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8 + 256);
    out.push_str("<script type=\"application/octet-stream\" id=\"poe-documents\" data-name=\"");
    out.push_str(name);
    if home.is_some() {
        out.push_str("\" data-packed=\"");
        out.push_str(PACKED);
        out.push_str("\">");
        crate::check::bundle::base64_into(&packed(bytes), &mut out);
    } else {
        out.push_str("\">");
        out.push_str(&text_safe(bytes));
    }
    out.push_str("</script>\n");
    (home.unwrap_or_default(), out)
}

/// How [`packed`] packs: the name of the format the browser's `DecompressionStream`
/// unpacks (the zlib format, RFC 1950), in the documents block's `data-packed`.
pub const PACKED: &str = "deflate";

/// `bytes` packed in the [`PACKED`] format (base64 in the page). The built-in corpus
/// packs to 0.32 of its bytes; 16 copies of it (`make bench`'s scale series) to 0.24:
/// the format looks back only 32 KB, so copies of the same texts pack only a little
/// better than a teacher's different texts would.
pub fn packed(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(bytes, 6)
}

/// The FNV-1a sum of `bytes` (the same as `build.rs`'s): not a defence against forgery
/// (the file comes from the app's own origin), a check that the right file arrived.
pub fn sum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Why what arrived cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeferredError {
    /// What arrived is not the file the app was built with.
    NotTheFile,
    /// It is, but it does not decode (the build encoded it: never).
    Decode(DecodeError),
}

impl fmt::Display for DeferredError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeferredError::NotTheFile => write!(
                f,
                "what arrived is not the corpus this copy of the app was built with"
            ),
            DeferredError::Decode(e) => e.fmt(f),
        }
    }
}

/// The whole corpus from the bytes that arrived, checked first against the length and
/// [`sum`] the build recorded (the app's `model::deferred::BUILT`).
pub fn open(bytes: &[u8], len: usize, expected_sum: u64) -> Result<Corpus, DeferredError> {
    if bytes.len() != len || sum(bytes) != expected_sum {
        return Err(DeferredError::NotTheFile);
    }
    decode(bytes).map_err(DeferredError::Decode)
}

/// `bytes` as text that a page can carry in a data block (`<script
/// type="application/octet-stream">`) and a script can read back with `textContent`:
/// every well-formed UTF-8 character as itself, except `\`, `<`, controls and DEL,
/// which, like any byte that is not part of a well-formed character, are written
/// `\` and two lowercase hex digits.
///
/// Why not base64 (as the single file's blocks are): what home shows (`corpus-home`) is
/// mostly the very text the prerendered home has drawn in the same page, and gzip and
/// brotli find it again only when it stays text. Moved out of the wasm into the page
/// that way, it cost the page 2.5 KB of gzip where the wasm lost 7.8 (issue 28).
pub fn text_safe(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 16);
    let mut rest = bytes;
    while !rest.is_empty() {
        let good = match std::str::from_utf8(rest) {
            Ok(s) => s,
            // Up to `valid_up_to`, the bytes are well-formed UTF-8.
            Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
        };
        for c in good.chars() {
            if c < ' ' || c == '\u{7f}' || c == '\\' || c == '<' {
                out.push_str(&format!("\\{:02x}", c as u32));
            } else {
                out.push(c);
            }
        }
        rest = &rest[good.len()..];
        if let Some((&b, tail)) = rest.split_first() {
            out.push_str(&format!("\\{b:02x}"));
            rest = tail;
        }
    }
    out
}

/// The bytes [`text_safe`] wrote, or `None` if `text` is not its work.
pub fn from_text_safe(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    // The text between escapes copied a run at a time (a byte at a time, 644 KB of
    // home for 140 options and 160 sources took 15 ms in Chromium).
    while let Some(at) = rest.iter().position(|&b| b == b'\\') {
        out.extend_from_slice(&rest[..at]);
        let hex = |d: Option<&u8>| char::from(*d?).to_digit(16);
        let (hi, lo) = (hex(rest.get(at + 1))?, hex(rest.get(at + 2))?);
        out.push((hi * 16 + lo) as u8);
        rest = &rest[at + 3..];
    }
    out.extend_from_slice(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_safe_round_trips_every_byte_and_hides_what_a_page_would_change() {
        let mut every: Vec<u8> = (0..=255).collect();
        every.extend("“Pakistan's” \\ </script> \r\n é 😀".as_bytes());
        every.extend([0xe2, 0x80, b'x', 0xf0, 0x9f]); // broken sequences, one at the end
        let text = text_safe(&every);
        assert!(!text.contains('<') && !text.contains('\r') && !text.contains('\0'));
        assert!(text.contains("“Pakistan's”") && text.contains('😀'));
        assert_eq!(from_text_safe(&text), Some(every));
    }

    /// Where a source argues on an option with no position recorded, home says so and
    /// names the source: its home part keeps one argument there, without its words.
    #[test]
    fn the_home_part_knows_where_a_source_argues_without_a_position() {
        let mut c = crate::test_corpus().clone();
        assert!(home_part(&c).arguments.is_empty());
        let a = c.arguments[0].clone();
        c.positions
            .retain(|p| (&p.option, &p.source) != (&a.option, &a.source));
        let home = home_part(&c);
        assert_eq!(home.arguments.len(), 1);
        let kept = &home.arguments[0];
        assert_eq!(
            (&kept.id, &kept.option, &kept.source),
            (&a.id, &a.option, &a.source)
        );
        assert!(kept.claim.is_empty() && kept.evidence.is_empty());
        assert_eq!(home.positions, c.positions);
    }

    #[test]
    fn text_safe_refuses_what_it_did_not_write() {
        assert_eq!(from_text_safe("ab\\4"), None);
        assert_eq!(from_text_safe("ab\\zz"), None);
        assert_eq!(from_text_safe("plain"), Some(b"plain".to_vec()));
    }
}
