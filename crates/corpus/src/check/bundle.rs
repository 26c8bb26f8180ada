//! A corpus file a reader opens in the app ("Your documents", issue 13): decoding it with
//! errors, checking it again, and the text form the app keeps it in between visits.
//!
//! A file can be damaged or edited by hand after `corpus pack` checked it, so the app
//! checks it again before it shows it: [`codec::decode`] refuses bytes that are not a
//! corpus of this version and any quote that is not a piece of its text (each quote is
//! cut from its source's text at its span, so a quote that decodes is verbatim by
//! construction), and [`check`] runs the structural checks of `load.rs` that need no
//! JSON: ids present and unique, every reference resolving, an argument with at least
//! one quote. What it cannot repeat in the browser: the checksums (SHA-256 would add its
//! code to the bundle, and the texts travel inside the file with the quotes cut from
//! them, so an edited text fails the quotes instead) and the editorial rules on wording.

use crate::check::rules::{self, Fault};
pub use crate::check::rules::{MAX_BYTES, MAX_RECORDS};
use crate::codec::{self, DecodeError};
use crate::schema::{Corpus, FORMAT_VERSION};

/// Decodes and checks a corpus file: the corpus, or every fault in plain words, each
/// naming its record.
pub fn open(bytes: &[u8]) -> Result<Corpus, Vec<String>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![format!(
            "The file is {} MB; the app opens corpus files of up to 16 MB.",
            bytes.len() >> 20
        )]);
    }
    let corpus = codec::decode(bytes).map_err(|e| vec![explain(&e)])?;
    let faults = check(&corpus);
    if faults.is_empty() {
        Ok(corpus)
    } else {
        Err(faults)
    }
}

/// A decoding error in words a student understands.
pub fn explain(e: &DecodeError) -> String {
    match e {
        DecodeError::NotACorpus => {
            "This is not a corpus file: it does not begin the way a file written by `corpus pack` does.".into()
        }
        DecodeError::Version { found } => format!(
            "This corpus file was written by another version of the app (format {found}; this app reads format {FORMAT_VERSION}). Pack the folder again with this version."
        ),
        DecodeError::Records(_) => {
            "The file is damaged or cut short: its records cannot be read.".into()
        }
        DecodeError::TrailingBytes(n) => {
            format!("The file has {n} extra bytes after its records: it is damaged or was edited.")
        }
        DecodeError::Quote {
            record,
            source,
            span,
        } => format!(
            "Record “{record}”: a quote (bytes {} to {}) is not a piece of the text of source “{source}”.",
            span.start, span.end
        ),
    }
}

/// "Record “id”: " and `rest`: a fault naming its record.
fn fault(record: &str, rest: &str) -> String {
    let mut s = String::from("Record “");
    s.push_str(record);
    s.push_str("”: ");
    s.push_str(rest);
    s
}

/// A fault unless `id` is in `set`.
fn known(faults: &mut Vec<String>, record: &str, what: &str, id: &str, set: &[&str]) {
    if !set.contains(&id) {
        faults.push(fault(record, &[&rules::unknown(what, id), "."].concat()));
    }
}

/// The structural checks of `load.rs` that need no JSON, on a decoded corpus: every
/// fault, each naming its record.
pub fn check(c: &Corpus) -> Vec<String> {
    let mut faults = Vec::new();
    let lists: [(&str, Vec<&str>); 7] = [
        ("source", c.sources.iter().map(|s| &*s.id).collect()),
        ("option", c.options.iter().map(|o| &*o.id).collect()),
        ("argument", c.arguments.iter().map(|a| &*a.id).collect()),
        (
            "recommendation",
            c.recommendations.iter().map(|r| &*r.id).collect(),
        ),
        (
            "discrepancy",
            c.discrepancies.iter().map(|d| &*d.id).collect(),
        ),
        ("event", c.events.iter().map(|e| &*e.id).collect()),
        (
            "shared-wording record",
            c.reuse.iter().map(|r| &*r.id).collect(),
        ),
    ];
    // The shared rules (`rules.rs`) first: the pairwise checks below are slow on more
    // than `MAX_RECORDS` of a kind.
    let shared = rules::faults(c);
    if !rules::too_many(c).is_empty() {
        return shared.iter().map(said).collect();
    }
    for (what, ids) in &lists {
        for (i, id) in ids.iter().enumerate() {
            if id.is_empty() {
                let record = format!("({what} {})", i + 1);
                faults.push(fault(&record, &[rules::EMPTY_ID, "."].concat()));
            } else if ids[..i].contains(id) {
                faults.push(fault(id, &[rules::DUPLICATE_ID, "."].concat()));
            }
        }
    }
    let [(_, sources), (_, options), _, (_, recs), ..] = &lists;
    if sources.is_empty() || options.is_empty() {
        faults.push("The file has no sources or no options.".into());
    }
    for a in &c.arguments {
        known(&mut faults, &a.id, "option", &a.option, options);
        known(&mut faults, &a.id, "source", &a.source, sources);
        if let Some(r) = &a.recommendation {
            known(&mut faults, &a.id, "recommendation", r, recs);
        }
        if a.evidence.is_empty() {
            faults.push(fault(&a.id, &[rules::NO_QUOTE, "."].concat()));
        }
    }
    for p in &c.positions {
        let record = format!("position of {} on {}", p.source, p.option);
        known(&mut faults, &record, "source", &p.source, sources);
        known(&mut faults, &record, "option", &p.option, options);
    }
    for r in &c.recommendations {
        known(&mut faults, &r.id, "source", &r.source, sources);
        for o in &r.options {
            known(&mut faults, &r.id, "option", o, options);
        }
    }
    faults.extend(shared.iter().map(said));
    faults
}

/// A fault of the shared rules in the words of the others here.
fn said(f: &Fault) -> String {
    if f.record == "(file)" {
        format!(
            "The file's {} {}.",
            f.file.trim_end_matches(".json"),
            f.message
        )
    } else {
        fault(&f.record, &format!("{}.", f.message))
    }
}

/// The name a reader sees for a corpus file: its file name without the extension,
/// on one line and at most 80 characters.
pub fn name_from_file(file: &str) -> String {
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let name: String = stem
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(80)
        .collect();
    match name.trim() {
        "" => "Untitled documents".to_string(),
        n => n.to_string(),
    }
}

/// The key the app keeps an opened corpus file under in the browser's storage. The
/// version is that of this text form, not of the corpus format (which the bytes carry).
pub const KEEP_KEY: &str = "poe-documents-v1";

/// The text kept under [`KEEP_KEY`]: the name, a line break, the bytes in base64.
pub fn keep_text(name: &str, bytes: &[u8]) -> String {
    let mut s = String::with_capacity(name.len() + 1 + bytes.len().div_ceil(3) * 4);
    s.push_str(name);
    s.push('\n');
    base64_into(bytes, &mut s);
    s
}

/// The name and bytes of a kept text, if it is one.
pub fn from_kept(text: &str) -> Option<(&str, Vec<u8>)> {
    let (name, b64) = text.split_once('\n')?;
    Some((name, base64_decode(b64)?))
}

/// Why the browser refused to keep an opened file of `needed` characters (its kept
/// text) when the site's other stored data takes `used` characters: storage already
/// full, or a file too large for it. (Issue 29: a 4.9 KB file, refused as storage was
/// full of other data, was said to be "too large".)
pub fn keep_refused(needed: usize, used: usize) -> String {
    let kb = |n: usize| n.div_ceil(1000);
    if used >= needed {
        format!(
            "This browser's storage for this site is full (other data takes about {} KB; this file needs about {} KB), so these documents are shown for this visit only: open the file again on your next visit, or free space by downloading and clearing your notebooks.",
            kb(used),
            kb(needed)
        )
    } else {
        format!(
            "The file (about {} KB as kept) is too large to keep in this browser's storage, so these documents are shown for this visit only: open the file again on your next visit.",
            kb(needed)
        )
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Appends `bytes` in standard base64 with padding.
pub fn base64_into(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                B64[(n >> (18 - 6 * i) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
}

/// What [`base64_decode`] makes of each byte: its six bits, or that it is skipped
/// (padding, ASCII whitespace) or not base64.
const BASE64: [u8; 256] = {
    let mut t = [NOT_BASE64; 256];
    let mut i = 0;
    while i < 26 {
        t[b'A' as usize + i] = i as u8;
        t[b'a' as usize + i] = 26 + i as u8;
        if i < 10 {
            t[b'0' as usize + i] = 52 + i as u8;
        }
        i += 1;
    }
    t[b'+' as usize] = 62;
    t[b'/' as usize] = 63;
    t[b'=' as usize] = SKIPPED;
    t[b' ' as usize] = SKIPPED;
    t[b'\n' as usize] = SKIPPED;
    t[b'\r' as usize] = SKIPPED;
    t[b'\t' as usize] = SKIPPED;
    t
};
const SKIPPED: u8 = 64;
const NOT_BASE64: u8 = 65;

/// Reads standard base64 (padding optional, ASCII whitespace ignored); `None` for any
/// other character.
///
/// Four characters at a time into a buffer made once: a corpus 16 times the built-in one
/// carried by a single file (4 MB of base64) took 66 ms to decode a bit at a time with a
/// push per byte, most of the time its home took to start (V8's profiler, `make bench`
/// scale series).
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = vec![0u8; text.len() / 4 * 3 + 3];
    let (mut acc, mut k, mut n) = (0u32, 0usize, 0usize);
    for &b in text.as_bytes() {
        let v = BASE64[usize::from(b)];
        if v >= SKIPPED {
            if v == SKIPPED {
                continue;
            }
            return None;
        }
        acc = acc << 6 | u32::from(v);
        k += 1;
        if k == 4 {
            out[n..n + 3].copy_from_slice(&acc.to_be_bytes()[1..]);
            (acc, k, n) = (0, 0, n + 3);
        }
    }
    // Two characters left make one byte, three make two (one alone makes none).
    let tail = match k {
        2 => (acc << 12).to_be_bytes(),
        3 => (acc << 6).to_be_bytes(),
        _ => [0; 4],
    };
    let extra = k.saturating_sub(1);
    out[n..n + extra].copy_from_slice(&tail[1..1 + extra]);
    out.truncate(n + extra);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_and_matches_the_standard() {
        for (raw, enc) in [
            (&b""[..], ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foobar", "Zm9vYmFy"),
        ] {
            let mut s = String::new();
            base64_into(raw, &mut s);
            assert_eq!(s, enc);
            assert_eq!(base64_decode(enc).as_deref(), Some(raw));
        }
        let all: Vec<u8> = (0..=255).collect();
        let mut s = String::new();
        base64_into(&all, &mut s);
        assert_eq!(base64_decode(&s), Some(all.clone()));
        assert_eq!(base64_decode("Zm9v!"), None);
        // Every length, with line breaks and spaces anywhere, as the old bit-at-a-time
        // reader took them.
        for len in 0..48 {
            let raw = &all[len * 3..len * 4];
            let mut s = String::new();
            base64_into(raw, &mut s);
            let spaced: String = s
                .chars()
                .enumerate()
                .flat_map(|(i, c)| [c].into_iter().chain((i % 5 == 4).then_some('\n')))
                .collect();
            assert_eq!(base64_decode(&spaced).as_deref(), Some(raw), "{len}");
            assert_eq!(base64_decode(s.trim_end_matches('=')).as_deref(), Some(raw));
        }
    }

    /// Issue 29 case 4: a small file refused because storage is full says so.
    #[test]
    fn a_refused_keep_names_the_real_cause() {
        let full = keep_refused(6_600, 5_000_000);
        assert!(
            full.contains("is full") && !full.contains("too large"),
            "{full}"
        );
        let large = keep_refused(9_000_000, 1_000);
        assert!(large.contains("too large"), "{large}");
    }

    #[test]
    fn kept_text_round_trips() {
        let text = keep_text("Town traffic", &[1, 2, 3, 250]);
        assert_eq!(from_kept(&text), Some(("Town traffic", vec![1, 2, 3, 250])));
        assert_eq!(from_kept("no line break"), None);
    }

    #[test]
    fn names_come_from_file_names() {
        assert_eq!(name_from_file("town-traffic.poe"), "town-traffic");
        assert_eq!(name_from_file("a.b.poe"), "a.b");
        assert_eq!(name_from_file("plain"), "plain");
        assert_eq!(name_from_file(".poe"), "Untitled documents");
        assert_eq!(name_from_file("x\ny.poe"), "x y");
        assert_eq!(name_from_file(&"é".repeat(200)).chars().count(), 80);
    }

    #[test]
    fn too_large_and_not_a_corpus_are_refused_in_words() {
        let big = vec![0u8; MAX_BYTES + 1];
        assert!(open(&big).unwrap_err()[0].contains("16 MB"));
        assert!(open(b"hello").unwrap_err()[0].contains("not a corpus file"));
    }
}
