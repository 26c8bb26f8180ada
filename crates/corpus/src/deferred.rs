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
use super::schema::{Argument, Corpus, Source};
use std::fmt;

/// What home shows of `c`, and all that its first render needs: the options, each
/// source's id and short name, the positions; and, where a source argues on an option
/// without a position recorded, its first argument there with neither claim nor
/// evidence (home says "No overall position recorded: see its arguments" there, and
/// names such a source among those that discuss the option). The built-in corpus's
/// travels in the page beside the prerendered home (the app's `build.rs` writes it); a
/// single file's own documents' travels beside them ([`documents_blocks`]).
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
    Corpus {
        sources: c
            .sources
            .iter()
            .map(|s| Source::named(s.id.clone(), s.short.clone()))
            .collect(),
        options: c.options.clone(),
        positions: c.positions.clone(),
        arguments,
        ..Default::default()
    }
}

/// The id of the data block holding what home shows of a single file's own documents.
pub const DOCUMENTS_HOME: &str = "poe-documents-home";

/// `page` (the students' app, served or in one file) made to carry the corpus file
/// `bytes` of documents named `name`: their data blocks ([`documents_blocks`]) in its
/// head, its title and description naming them, and no prerendered home (the built-in
/// documents' home: the app draws these instead). Blocks, title and description it
/// already had are replaced, so a page made from a page that carried documents carries
/// only these. One function for `corpus single-file`, "Make your own" in the browser
/// and `make bench`'s scale series.
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
        while let Some(a) = html.find(start) {
            let mut b = a + html[a..]
                .find(end)
                .map_or(html.len() - a, |e| e + end.len());
            // The line break a block made here put after it.
            if html[b..].starts_with('\n') {
                b += 1;
            }
            html.replace_range(a..b, "");
        }
    }
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
    let head = format!(
        "<title>{name} · Policy Options Explainer</title>\n<meta name=\"description\" content=\"The options the sources in {name} discuss, with each source's arguments for and against and the verbatim evidence.\" />\n{}</head>",
        documents_blocks(&name, bytes)
    );
    html.replacen("</head>", &head, 1)
}

/// The data blocks with which a single file carries a corpus file of its own documents
/// (`corpus single-file`, and "Make your own" in the browser), `name` already escaped for
/// HTML: the file itself (`id="poe-documents"`, read and checked like any corpus file a
/// reader opens), and before it what home shows of it ([`home_part`], `id`
/// [`DOCUMENTS_HOME`]) when the file passes its checks, both as [`text_safe`] text. With
/// that block the app draws home from it first and reads the file after the first
/// paint (issue 30: reading a file of 16 copies of the built-in corpus took 70 ms before
/// home could be drawn: 4 MB of base64 copied out of the page, decoded and checked).
/// As text rather than base64 the file is about a quarter smaller in the page (the
/// documents' texts are most of it), and the browser reads all of the page before the
/// app starts.
pub fn documents_blocks(name: &str, bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8 + 256);
    // Only for a file that passes every check: one that does not is read at start and
    // refused with the reasons, before anything of it is drawn.
    let home = crate::check::bundle::open(bytes)
        .ok()
        .and_then(|c| encode(&home_part(&c)).ok());
    if let Some(home) = home {
        out.push_str("<script type=\"application/octet-stream\" id=\"");
        out.push_str(DOCUMENTS_HOME);
        out.push_str("\">");
        out.push_str(&text_safe(&home));
        out.push_str("</script>\n");
    }
    out.push_str("<script type=\"application/octet-stream\" id=\"poe-documents\" data-name=\"");
    out.push_str(name);
    out.push_str("\">");
    out.push_str(&text_safe(bytes));
    out.push_str("</script>\n");
    out
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
