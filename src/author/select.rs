//! A selection in the document view made a quote (issue 25), verbatim by construction:
//! the view renders the exact text as text nodes, each inside an element that carries
//! the byte offset where its piece of the text starts; the browser gives a selection as
//! a text node and an offset in UTF-16 code units; [`byte_offset`] turns that into a
//! byte offset in the text, and [`quote_at`] makes the span the checker finds.

use crate::model::normalize::{normalize, normalize_mapped};
use crate::model::Span;

/// The byte offset in `piece` of UTF-16 offset `units` (a browser's offset in a text
/// node), rounded down to a character boundary when it falls inside a surrogate pair,
/// and clamped to the piece.
pub fn byte_offset(piece: &str, units: u32) -> usize {
    let mut u = 0u32;
    for (at, c) in piece.char_indices() {
        let next = u + c.len_utf16() as u32;
        if next > units {
            return at;
        }
        u = next;
    }
    piece.len()
}

/// The byte offset in `text` of offset `units` of a `<textarea>` holding it: its value
/// counts a line break (`\r\n`, `\r` or `\n`) as one unit, as browsers normalise it,
/// and other characters in UTF-16 units (the keyboard path: a caret and shift-arrows in a
/// read-only text area).
pub fn byte_offset_in_field(text: &str, units: u32) -> usize {
    let mut u = 0u32;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if u >= units {
            return at;
        }
        if c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n') {
            chars.next();
            u += 1;
            continue;
        }
        u += if c == '\r' { 1 } else { c.len_utf16() as u32 };
        if u > units {
            return at;
        }
    }
    text.len()
}

/// Why a selection cannot be a quote, in words an author understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAQuote {
    /// Fewer than four words (the checker's shortest quote).
    TooShort,
    /// The same words occur earlier in the text, where the checker would find them.
    Repeated,
    /// The selection begins or ends inside markup the checker reads past (`<sup>`).
    InsideMarkup,
}

impl NotAQuote {
    pub fn explain(&self) -> &'static str {
        match self {
            NotAQuote::TooShort => "Select at least four words: a shorter quote says too little to check.",
            NotAQuote::Repeated => "These words also appear earlier in the document, so a reader could not tell which place you mean: select a few more words around them.",
            NotAQuote::InsideMarkup => "The selection begins or ends inside markup (such as <sup>): select from the start of a word to the end of a word.",
        }
    }
}

/// The quote a selection of bytes `from..to` of `text` (either order) makes: the span
/// the checker's own search (`Normalized::locate`) finds for its words, which lies
/// within the selection (its edges trimmed of spaces and of the markup the checker
/// ignores). So a quote made here is found by `corpus check` and by the app at exactly
/// this place, and its text is `text[span]`.
pub fn quote_at(text: &str, from: usize, to: usize) -> Result<Span, NotAQuote> {
    let (mut a, mut b) = (from.min(to).min(text.len()), to.max(from).min(text.len()));
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    while !text.is_char_boundary(b) {
        b += 1;
    }
    let words = normalize(&text[a..b]);
    if words.split(' ').filter(|w| !w.is_empty()).count() < 4 {
        return Err(NotAQuote::TooShort);
    }
    let found = normalize_mapped(text)
        .locate(&text[a..b])
        .ok_or(NotAQuote::InsideMarkup)?;
    if (found.start as usize) < a {
        return Err(NotAQuote::Repeated);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_become_byte_offsets() {
        let s = "aé😀b";
        assert_eq!(byte_offset(s, 0), 0);
        assert_eq!(byte_offset(s, 1), 1);
        assert_eq!(byte_offset(s, 2), 3);
        assert_eq!(byte_offset(s, 3), 3); // inside the surrogate pair: before the emoji
        assert_eq!(byte_offset(s, 4), 7);
        assert_eq!(byte_offset(s, 5), 8);
        assert_eq!(byte_offset(s, 99), 8);
    }

    #[test]
    fn text_area_offsets_count_a_line_break_once() {
        let t = "a\r\nb\rc😀d";
        // The text area's value: "a\nb\nc😀d".
        assert_eq!(byte_offset_in_field(t, 0), 0);
        assert_eq!(byte_offset_in_field(t, 1), 1);
        assert_eq!(byte_offset_in_field(t, 2), 3);
        assert_eq!(byte_offset_in_field(t, 3), 4);
        assert_eq!(byte_offset_in_field(t, 4), 5);
        assert_eq!(byte_offset_in_field(t, 5), 6);
        assert_eq!(byte_offset_in_field(t, 6), 6);
        assert_eq!(byte_offset_in_field(t, 7), 10);
        assert_eq!(byte_offset_in_field(t, 99), t.len());
    }

    #[test]
    fn a_selection_is_trimmed_and_found_in_place() {
        let t = "## Head\n\n  one two three four five\r\nsix";
        let from = t.find("  one").unwrap();
        let span = quote_at(t, t.len(), from).unwrap();
        assert_eq!(
            &t[span.start as usize..span.end as usize],
            "one two three four five\r\nsix"
        );
        assert_eq!(quote_at(t, from, from + 9), Err(NotAQuote::TooShort));
        let twice = "a b c d. a b c d.";
        assert_eq!(quote_at(twice, 9, 17), Err(NotAQuote::Repeated));
        assert!(quote_at(twice, 0, 8).is_ok());
    }
}
