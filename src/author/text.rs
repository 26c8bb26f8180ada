//! Documents as an author supplies them (issue 25): a file's bytes made a text kept
//! exactly as supplied, or a clear reason why not; HTML reduced to text by a small tag
//! stripper (nothing is parsed by the browser, so nothing in it can run); the headings a
//! quote's section is taken from. Pure; tested natively (`tests/author.rs`).

use crate::model::normalize::normalize;

/// The largest document the page takes: a corpus file holds at most 16 MB in all
/// (`bundle::MAX_BYTES`), and the browser's storage for a site is about 5 MB.
pub const MAX_DOCUMENT: usize = 4 << 20;

/// The text of a file named `name`: `.html`/`.htm` reduced to text, any other kept
/// exactly as supplied. A clear reason for a file too large, binary or not UTF-8.
pub fn from_file(name: &str, bytes: &[u8]) -> Result<String, String> {
    if bytes.len() > MAX_DOCUMENT {
        return Err(too_large(name, bytes.len() as f64));
    }
    if bytes.contains(&0) {
        return Err(format!(
            "“{name}” is not a text file (a PDF or a word-processor file?). Save it as plain text (.txt) or as a web page (.html) and open that."
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(format!(
                "“{name}” is not UTF-8 text (the first bad byte is on line {line}). Save it again as UTF-8 (most editors offer it under “Save as”) and open it again."
            ));
        }
    };
    // A byte-order mark is not part of the text a reader sees.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        Ok(html_to_text(text))
    } else {
        Ok(text.to_string())
    }
}

/// Why a file of `size` bytes is refused (before it is read).
pub fn too_large(name: &str, size: f64) -> String {
    format!(
        "“{name}” is {:.1} MB; a document here can be at most 4 MB. Split it, or keep only the part you quote.",
        size / f64::from(1u32 << 20)
    )
}

/// Elements whose content is never text a reader sees.
const SKIPPED: [&str; 6] = ["script", "style", "head", "template", "noscript", "svg"];
/// Elements that end a line.
const BLOCKS: [&str; 16] = [
    "p",
    "div",
    "br",
    "li",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "ul",
    "ol",
    "table",
    "pre",
    "hr",
    "main",
];

/// The text of an HTML page: tags dropped, `script`/`style`/`head` with their content,
/// block elements as line breaks, `h1`–`h6` as `#` headings (so sections are found), the
/// common character references decoded. Nothing is executed: this reads characters.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            push_text(&mut out, rest);
            return tidy(&out);
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if !closing && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') {
            let end = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = lower
                .find(&end)
                .and_then(|e| rest[e..].find('>').map(|g| &rest[e + g + 1..]))
                .unwrap_or("");
            continue;
        }
        let heading =
            name.len() == 2 && name.starts_with('h') && name.as_bytes()[1].is_ascii_digit();
        if heading && !closing {
            out.push_str("\n\n");
            let level = usize::from(name.as_bytes()[1] - b'0').clamp(1, 6);
            out.push_str(&"#".repeat(level));
            out.push(' ');
        } else if heading || BLOCKS.contains(&name.as_str()) {
            out.push_str("\n\n");
        }
    }
    push_text(&mut out, rest);
    tidy(&out)
}

/// Appends `raw` with its character references decoded and its line breaks as spaces
/// (HTML folds them; blocks make the lines).
fn push_text(out: &mut String, raw: &str) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        push_folded(out, &rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let decoded = end
            .filter(|&e| rest[e..].starts_with(';'))
            .and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    push_folded(out, rest);
}

fn push_folded(out: &mut String, s: &str) {
    for c in s.chars() {
        out.push(if c == '\n' || c == '\r' || c == '\t' {
            ' '
        } else {
            c
        });
    }
}

/// The character a reference names (`amp`, `#8217`, `#x2019`), if it is one we know.
fn entity(name: &str) -> Option<char> {
    let named = [
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", '\u{a0}'),
        ("ndash", '–'),
        ("mdash", '—'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("hellip", '…'),
    ];
    if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(n).filter(|c| *c != '\0');
    }
    named.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

/// Lines trimmed of the spaces folding left, and at most one blank line in a row.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = true;
    for line in s.split('\n') {
        let line = line.trim_matches(' ');
        if line.is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
        } else {
            out.push_str(line);
            out.push('\n');
            blank = false;
        }
    }
    out.trim_end().to_string() + "\n"
}

/// The headings of a text: each line that opens with `#`, as where it starts (bytes)
/// and its name as the checker reads it (normalised: `## Bus lanes` is `Bus lanes`).
pub fn headings(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with('#') {
            let name = normalize(line);
            if !name.is_empty() {
                out.push((at, name));
            }
        }
        at += line.len();
    }
    out
}

/// The section a quote starting at byte `start` sits under: the last heading before
/// it, or `(opening)` before the first (a bracketed place, which the checker accepts).
pub fn section_at(text: &str, start: usize) -> String {
    headings(text)
        .into_iter()
        .take_while(|(at, _)| *at <= start)
        .last()
        .map_or_else(|| "(opening)".to_string(), |(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_read_not_run() {
        let html = "<html><head><title>T</title><script>alert(1)</script></head><body><h2>Bus &amp; lanes</h2><p>One<br>two &#8217; &#x2019; &bogus; a&b</p><style>p{}</style><!-- <p>hidden</p> --><p>Last</p></body></html>";
        assert_eq!(
            html_to_text(html),
            "## Bus & lanes\n\nOne\n\ntwo ’ ’ &bogus; a&b\n\nLast\n"
        );
        assert!(!html_to_text("<SCRIPT>x()</SCRIPT>ok").contains("x()"));
        assert_eq!(html_to_text("a < b"), "a < b\n");
    }

    #[test]
    fn files_that_are_not_text_say_so() {
        assert!(from_file("a.pdf", b"%PDF\0\x01")
            .unwrap_err()
            .contains("not a text file"));
        assert!(from_file("a.txt", b"ok\n\xff")
            .unwrap_err()
            .contains("line 2"));
        let big = vec![b'a'; MAX_DOCUMENT + 1];
        assert!(from_file("big.txt", &big).unwrap_err().contains("4 MB"));
        assert_eq!(from_file("a.txt", b"a\r\nb\rc").unwrap(), "a\r\nb\rc");
        assert_eq!(from_file("a.txt", "\u{feff}x".as_bytes()).unwrap(), "x");
    }

    #[test]
    fn sections_come_from_headings() {
        let t = "Intro line\n# Title\ntext\n## Bus lanes\nmore";
        assert_eq!(section_at(t, 0), "(opening)");
        assert_eq!(section_at(t, t.find("text").unwrap()), "Title");
        assert_eq!(section_at(t, t.find("more").unwrap()), "Bus lanes");
    }
}
