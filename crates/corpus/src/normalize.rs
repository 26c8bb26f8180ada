//! The quote-matching normalisation.
//!
//! Rule (the only leniency between a quote and its source): drop markup — HTML-like
//! tags such as `<sup>`/`</sup>` (their content stays), every `*` and `\`, and the
//! `#` run that opens a line — then fold every run of whitespace to one space and
//! trim. Nothing else: no case folding, no quote-mark folding.

use crate::schema::Span;

/// Text after normalisation, with a map back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// For every byte of `text`, the byte offset in the original of the char it came from.
    map: Vec<u32>,
}

/// Normalises `s` (see the module docs).
pub fn normalize(s: &str) -> String {
    normalize_mapped(s).text
}

/// Normalises `s` and remembers where each output byte came from.
pub fn normalize_mapped(s: &str) -> Normalized {
    let bytes = s.as_bytes();
    let mut text = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    let mut pending_space: Option<usize> = None;
    let mut at_line_start = true;
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if c == '\n' {
            at_line_start = true;
        }
        if c.is_whitespace() {
            pending_space.get_or_insert(i);
            i += len;
            continue;
        }
        if at_line_start && c == '#' {
            while i < s.len() && bytes[i] == b'#' {
                i += 1;
            }
            at_line_start = false;
            continue;
        }
        at_line_start = false;
        if c == '*' || c == '\\' {
            i += len;
            continue;
        }
        if c == '<' {
            if let Some(tag_len) = tag_length(&bytes[i..]) {
                i += tag_len;
                continue;
            }
        }
        if let Some(at) = pending_space.take() {
            if !text.is_empty() {
                text.push(' ');
                map.push(at as u32);
            }
        }
        text.push(c);
        map.extend(std::iter::repeat_n(i as u32, len));
        i += len;
    }
    Normalized { text, map }
}

/// Length of an HTML-like tag at the start of `b` (`<sup>`, `</sup>`, `<br/>`, `<a href="x">`).
fn tag_length(b: &[u8]) -> Option<usize> {
    let mut j = 1;
    if b.get(j) == Some(&b'/') {
        j += 1;
    }
    if !b.get(j)?.is_ascii_alphabetic() {
        return None;
    }
    while b.get(j)?.is_ascii_alphanumeric() {
        j += 1;
    }
    match *b.get(j)? {
        b'>' => Some(j + 1),
        b'/' if b.get(j + 1) == Some(&b'>') => Some(j + 2),
        c if c.is_ascii_whitespace() => {
            while let Some(&c) = b.get(j) {
                match c {
                    b'>' => return Some(j + 1),
                    b'<' => return None,
                    _ => j += 1,
                }
            }
            None
        }
        _ => None,
    }
}

impl Normalized {
    /// Finds `quote` (normalised here) and returns where it sits in the original text.
    pub fn locate(&self, quote: &str) -> Option<Span> {
        self.locate_nth(quote, 0)
    }

    /// Finds the occurrence of `quote` (normalised here) after `skip` others, or the last
    /// one when there are fewer (a passage a student selected, told apart from the same
    /// words earlier in the text).
    pub fn locate_nth(&self, quote: &str, skip: usize) -> Option<Span> {
        let needle = normalize(quote);
        let at = self
            .text
            .match_indices(&needle)
            .take(skip + 1)
            .last()
            .filter(|_| !needle.is_empty())?
            .0;
        let last = at + needle.len() - 1;
        let last_char_start = (0..=last).rev().find(|&k| self.text.is_char_boundary(k))?;
        let last_char_len = self.text[last_char_start..].chars().next()?.len_utf8();
        Some(Span {
            start: self.map[at],
            end: self.map[last_char_start] + last_char_len as u32,
        })
    }

    /// How many times `quote` occurs (non-overlapping) after normalisation.
    pub fn count(&self, quote: &str) -> usize {
        let needle = normalize(quote);
        if needle.is_empty() {
            0
        } else {
            self.text.matches(&needle).count()
        }
    }
}

/// Strips the markup that normalisation drops, for display; keeps line structure.
pub fn strip_markup(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut at_line_start = true;
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if at_line_start && c == '#' {
            while i < s.len() && (bytes[i] == b'#') {
                i += 1;
            }
            while i < s.len() && bytes[i] == b' ' {
                i += 1;
            }
            at_line_start = false;
            continue;
        }
        if c == '\n' {
            at_line_start = true;
        } else if !(c == ' ' || c == '\t') {
            at_line_start = false;
        }
        if c == '*' || c == '\\' {
            i += len;
            continue;
        }
        if c == '<' {
            if let Some(tag_len) = tag_length(&bytes[i..]) {
                i += tag_len;
                continue;
            }
        }
        out.push(c);
        i += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_whitespace_and_drops_markup() {
        assert_eq!(normalize("  a \n\n\t b  "), "a b");
        assert_eq!(normalize("on the 6<sup>th</sup> of"), "on the 6th of");
        assert_eq!(normalize("## **Literature Review**"), "Literature Review");
        assert_eq!(normalize("\\*Corresponding"), "Corresponding");
        assert_eq!(normalize("x\n# y"), "x y");
    }

    #[test]
    fn keeps_case_quotes_and_non_tags() {
        assert_eq!(
            normalize("Pakistan’s “nightmare”"),
            "Pakistan’s “nightmare”"
        );
        assert_eq!(normalize("<https://doi.org/x>"), "<https://doi.org/x>");
        assert_eq!(normalize("a < b and c > d"), "a < b and c > d");
        assert_eq!(normalize("Mid # not a heading"), "Mid # not a heading");
        assert_ne!(normalize("Pakistan"), normalize("pakistan"));
    }

    #[test]
    fn locates_quotes_in_the_original() {
        let src = "Intro.\n\n**Bold** on the 6<sup>th</sup> of\nSeptember, 2023 a large — attack.";
        let n = normalize_mapped(src);
        let found = n.locate("on the 6th of September, 2023 a large —");
        assert_eq!(
            found.map(|span| &src[span.start as usize..span.end as usize]),
            Some("on the 6<sup>th</sup> of\nSeptember, 2023 a large —")
        );
        assert!(n.locate("of  september").is_none());
        assert_eq!(n.count("Bold"), 1);
    }

    #[test]
    fn strip_markup_keeps_lines() {
        assert_eq!(
            strip_markup("## **Title**\nText<sup>1</sup> \\*x"),
            "Title\nText1 x"
        );
    }
}
