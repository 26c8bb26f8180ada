//! Search: terms from what a student types, matching that ignores case and hyphens,
//! and highlighting what matched.

use super::sort_dedup;

/// Splits a search into terms: whitespace-separated words, or "quoted phrases".
/// Terms made only of hyphens are dropped (hyphens are ignored in matching).
pub fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, chunk) in text.split('"').enumerate() {
        if i % 2 == 1 {
            let t = chunk.split_whitespace().collect::<Vec<_>>().join(" ");
            if !t.is_empty() {
                out.push(t);
            }
        } else {
            out.extend(chunk.split_whitespace().map(String::from));
        }
    }
    out.retain(|t| t.chars().any(|c| c != '-'));
    sort_dedup(&mut out);
    out
}

/// Lowercases one character for matching. It covers the letters of the scripts the
/// sources and a student's search can use here: ASCII, Latin-1, Latin Extended-A,
/// Greek and Cyrillic (one-to-one mappings; any other character matches only itself).
/// Every mapping keeps the UTF-8 length, so offsets into a folded string are offsets
/// into the original. (Rust's full `to_lowercase` would add its Unicode tables, about
/// 5 KB of gzip, to the bundle for no difference on this corpus.)
pub fn fold(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `s` as it is matched: [`fold`]ed and without hyphens, so that "counterterrorism",
/// "counter-terrorism" and "Counter-Terrorism", or "ceasefire" and "cease-fire", find
/// one another (the sources spell them all these ways). With `offsets`, also where
/// each byte of the result comes from in `s`, and `s.len()` at the end.
fn skeleton(s: &str, offsets: Option<&mut Vec<usize>>) -> String {
    let mut out = String::with_capacity(s.len());
    let mut sink = Vec::new();
    let at = offsets.unwrap_or(&mut sink);
    for (i, c) in s.char_indices() {
        if c == '-' {
            continue;
        }
        let f = fold(c);
        at.extend(i..i + f.len_utf8());
        out.push(f);
    }
    at.push(s.len());
    out
}

/// Case-insensitive substring test that ignores hyphens (see [`skeleton`]).
pub fn contains_ci(hay: &str, needle: &str) -> bool {
    let plain = |s: &str| s.is_ascii() && !s.contains('-');
    if plain(hay) && plain(needle) {
        let n = needle.as_bytes();
        return !n.is_empty()
            && hay
                .as_bytes()
                .windows(n.len())
                .any(|w| w.eq_ignore_ascii_case(n));
    }
    let n = skeleton(needle, None);
    !n.is_empty() && skeleton(hay, None).contains(&n)
}

/// A piece of text, highlighted or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub hit: bool,
}

/// Every `[start, end)` byte range of `text` matching a term, merged where they overlap.
fn hit_ranges(text: &str, terms: &[String]) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // Search the skeleton, and map each hit back to the text.
    let mut at = Vec::with_capacity(text.len() + 1);
    let lower = skeleton(text, Some(&mut at));
    for t in terms {
        let t = skeleton(t, None);
        if t.is_empty() {
            continue;
        }
        let mut from = 0;
        while let Some(i) = lower[from..].find(&t) {
            let start = from + i;
            let end = start + t.len();
            // The hit runs from its first byte to just after its last (a hyphen
            // inside a hit is part of it).
            let hit = (at[start], at[end - 1] + 1);
            // Each term's hits come in order; insert among the earlier terms' hits.
            let k = found.partition_point(|&r| r <= hit);
            found.insert(k, hit);
            from = start + t.chars().next().map_or(1, char::len_utf8);
        }
    }
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in found {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// Splits `text` into plain and highlighted segments for every case-insensitive
/// occurrence of any of `terms`. The pieces concatenate back to `text`.
pub fn highlight<'a>(text: &'a str, terms: &[String]) -> Vec<Segment<'a>> {
    let ranges = if terms.is_empty() {
        Vec::new()
    } else {
        hit_ranges(text, terms)
    };
    let mut out = Vec::new();
    let mut pos = 0;
    for (s, e) in ranges {
        if s > pos {
            out.push(Segment {
                text: &text[pos..s],
                hit: false,
            });
        }
        out.push(Segment {
            text: &text[s..e],
            hit: true,
        });
        pos = e;
    }
    if pos < text.len() || out.is_empty() {
        out.push(Segment {
            text: &text[pos..],
            hit: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_and_phrases() {
        assert_eq!(
            terms(r#" border  "safe haven" TTP "#),
            vec!["TTP", "border", "safe haven"]
        );
        assert!(terms("  ").is_empty());
    }

    #[test]
    fn highlight_segments() {
        let segs = highlight("The TTP and the ttp.", &["ttp".to_string()]);
        let hits: Vec<&str> = segs.iter().filter(|s| s.hit).map(|s| s.text).collect();
        assert_eq!(hits, vec!["TTP", "ttp"]);
        assert_eq!(
            segs.iter().map(|s| s.text).collect::<String>(),
            "The TTP and the ttp."
        );
        let overlap = highlight("safe haven", &["safe".to_string(), "fe hav".to_string()]);
        assert_eq!(
            overlap,
            vec![
                Segment {
                    text: "safe hav",
                    hit: true
                },
                Segment {
                    text: "en",
                    hit: false
                }
            ]
        );
        assert_eq!(
            highlight("x", &[]),
            vec![Segment {
                text: "x",
                hit: false
            }]
        );
        assert_eq!(
            highlight("", &["a".into()]),
            vec![Segment {
                text: "",
                hit: false
            }]
        );
    }

    #[test]
    fn highlight_beyond_ascii() {
        let hits = |t: &str, q: &str| -> Vec<String> {
            highlight(t, &[q.to_string()])
                .into_iter()
                .filter(|s| s.hit)
                .map(|s| s.text.to_string())
                .collect()
        };
        assert_eq!(
            hits("Pakistan’s BORDER and border", "border"),
            vec!["BORDER", "border"]
        );
        assert_eq!(hits("Ünter über", "ÜBER"), vec!["über"]);
        assert_eq!(hits("ΑΘΗΝΑ и МОСКВА", "αθηνα"), vec!["ΑΘΗΝΑ"]);
        assert_eq!(hits("ΑΘΗΝΑ и МОСКВА", "москва"), vec!["МОСКВА"]);
        assert_eq!(hits("ŁÓDŹ, Łódź", "łódź"), vec!["ŁÓDŹ", "Łódź"]);
        // Characters outside the folded scripts match only themselves.
        assert_eq!(hits("İstanbul and istanbul", "istanbul"), vec!["istanbul"]);
        assert_eq!(hits("aaa", "aa"), vec!["aaa"]);
    }

    #[test]
    fn folds_keep_byte_offsets() {
        for c in (0..0x500u32).filter_map(char::from_u32) {
            assert_eq!(fold(c).len_utf8(), c.len_utf8(), "{c:?}");
            let l: Vec<char> = c.to_lowercase().collect();
            // Where the fold maps, it agrees with Unicode's lowercase.
            if fold(c) != c {
                assert_eq!(l, [fold(c)], "{c:?}");
            }
            // And it maps every letter of the scripts it covers that has a simple lowercase.
            let covered = matches!(c as u32, 0..=0x17F | 0x391..=0x3AB | 0x400..=0x42F);
            if covered && l.len() == 1 && l[0] != c {
                assert_eq!(fold(c), l[0], "{c:?}");
            }
        }
    }

    #[test]
    fn hyphens_are_ignored_in_matching() {
        let hits = |t: &str, q: &str| -> Vec<String> {
            highlight(t, &terms(q))
                .into_iter()
                .filter(|s| s.hit)
                .map(|s| s.text.to_string())
                .collect()
        };
        let text = "Counter-Terrorism, counterterrorism and a cease-fire; a ceasefire.";
        assert_eq!(
            hits(text, "counterterrorism"),
            vec!["Counter-Terrorism", "counterterrorism"]
        );
        assert_eq!(hits(text, "counter-terrorism").len(), 2);
        assert_eq!(hits(text, "CEASEFIRE"), vec!["cease-fire", "ceasefire"]);
        assert_eq!(hits(text, "fire;"), vec!["fire;"]);
        assert_eq!(hits("Ünter-über", "unterüber"), Vec::<String>::new());
        assert_eq!(hits("Ünter-über", "ÜNTERÜBER"), vec!["Ünter-über"]);
        assert!(contains_ci(text, "cease-fire"));
        assert!(contains_ci(text, "ceasefire"));
        assert!(contains_ci("cross-border", "crossborder"));
        assert!(!contains_ci("cross border", "crossborder"));
        // A term of hyphens alone is no term.
        assert!(terms("war - peace").iter().all(|t| t != "-"));
        assert!(!contains_ci("a-b", "-"));
    }

    #[test]
    fn case_insensitive_unicode() {
        assert!(contains_ci("Pakistan’s Border", "pakistan’s border"));
        assert!(!contains_ci("abc", ""));
        assert!(!contains_ci("ab", "abc"));
    }
}
