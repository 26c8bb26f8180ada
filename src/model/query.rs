//! Look-ups, filters, search and highlighting over a [`Corpus`].

use super::schema::*;

impl Corpus {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn option(&self, id: &str) -> Option<&PolicyOption> {
        self.options.iter().find(|o| o.id == id)
    }

    pub fn argument(&self, id: &str) -> Option<&Argument> {
        self.arguments.iter().find(|a| a.id == id)
    }

    pub fn discrepancy(&self, id: &str) -> Option<&Discrepancy> {
        self.discrepancies.iter().find(|d| d.id == id)
    }

    /// What `source` says overall on `option`, if it discusses it.
    pub fn position(&self, option: &str, source: &str) -> Option<&Position> {
        self.positions
            .iter()
            .find(|p| p.option == option && p.source == source)
    }

    /// Arguments on `option` from `source`, in corpus order.
    pub fn arguments_on<'a>(
        &'a self,
        option: &'a str,
        source: &'a str,
    ) -> impl Iterator<Item = &'a Argument> + 'a {
        self.arguments
            .iter()
            .filter(move |a| a.option == option && a.source == source)
    }

    /// Every argument whose evidence quotes `source`, with the evidence index.
    pub fn evidence_in<'a>(
        &'a self,
        source: &'a str,
    ) -> impl Iterator<Item = (&'a Argument, usize, &'a Evidence)> + 'a {
        self.arguments
            .iter()
            .filter(move |a| a.source == source)
            .flat_map(|a| a.evidence.iter().enumerate().map(move |(i, e)| (a, i, e)))
    }
}

/// What the student has narrowed the evidence to. Lives in the URL query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Source ids; empty means every source.
    pub sources: Vec<String>,
    /// Empty means every stance.
    pub stances: Vec<Stance>,
    /// Empty means every evidence kind.
    pub kinds: Vec<EvidenceKind>,
    /// Free-text search over claims, conditions, quotes and speakers.
    pub text: String,
}

impl Filter {
    /// Parses `q=..&source=a,b&stance=for&kind=statistic` (with or without a leading `?`).
    /// Unknown keys and values are ignored, so an old or hand-edited link still opens.
    pub fn from_query(query: &str) -> Filter {
        let mut f = Filter::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            let list = || value.split(',').map(str::trim).filter(|v| !v.is_empty());
            match key {
                "q" => f.text = value,
                "source" => f.sources.extend(list().map(String::from)),
                "stance" => f.stances.extend(list().filter_map(Stance::parse)),
                "kind" => f.kinds.extend(list().filter_map(EvidenceKind::parse)),
                _ => {}
            }
        }
        f.normalise();
        f
    }

    /// The filter as query pairs (unencoded), in a fixed order; empty when nothing is filtered.
    pub fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if !self.sources.is_empty() {
            pairs.push(("source", self.sources.join(",")));
        }
        if !self.stances.is_empty() {
            pairs.push((
                "stance",
                self.stances
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
            ));
        }
        if !self.kinds.is_empty() {
            pairs.push((
                "kind",
                self.kinds
                    .iter()
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
            ));
        }
        pairs
    }

    /// The query string for this filter, without `?`; empty when nothing is filtered.
    pub fn to_query(&self) -> String {
        self.query_pairs()
            .into_iter()
            .map(|(k, v)| format!("{k}={}", percent_encode(&v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Sorts and de-duplicates, so equal filters give equal URLs.
    pub fn normalise(&mut self) {
        sort_dedup(&mut self.sources);
        sort_dedup(&mut self.stances);
        sort_dedup(&mut self.kinds);
    }

    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
            && self.stances.is_empty()
            && self.kinds.is_empty()
            && self.text.trim().is_empty()
    }

    /// The search terms: words, or phrases in double quotes.
    pub fn terms(&self) -> Vec<String> {
        terms(&self.text)
    }

    pub fn matches(&self, a: &Argument) -> bool {
        if !self.sources.is_empty() && !self.sources.iter().any(|s| *s == a.source) {
            return false;
        }
        if !self.stances.is_empty() && !self.stances.contains(&a.stance) {
            return false;
        }
        if !self.kinds.is_empty() && !a.evidence.iter().any(|e| self.kinds.contains(&e.kind)) {
            return false;
        }
        let terms = self.terms();
        terms.iter().all(|t| {
            contains_ci(&a.claim, t)
                || a.condition.as_deref().is_some_and(|c| contains_ci(c, t))
                || a.evidence.iter().any(|e| {
                    contains_ci(&e.quote, t)
                        || e.speaker.as_deref().is_some_and(|s| contains_ci(s, t))
                })
        })
    }

    /// Toggles one value in a list, returning the new filter.
    pub fn toggled<T: PartialEq + Clone>(
        &self,
        pick: impl Fn(&mut Filter) -> &mut Vec<T>,
        value: T,
    ) -> Filter {
        let mut f = self.clone();
        let list = pick(&mut f);
        if let Some(i) = list.iter().position(|v| *v == value) {
            list.remove(i);
        } else {
            list.push(value);
        }
        f.normalise();
        f
    }

    /// Plain-language description of what is filtered, for an empty result.
    pub fn describe(&self, corpus: &Corpus) -> Vec<String> {
        let mut out = Vec::new();
        if !self.text.trim().is_empty() {
            out.push(format!("text contains “{}”", self.text.trim()));
        }
        if !self.sources.is_empty() {
            let names: Vec<String> = self
                .sources
                .iter()
                .map(|id| {
                    corpus
                        .source(id)
                        .map_or_else(|| id.clone(), |s| s.short.to_string())
                })
                .collect();
            out.push(format!("source: {}", names.join(" or ")));
        }
        if !self.stances.is_empty() {
            let v: Vec<&str> = self.stances.iter().map(|s| s.label()).collect();
            out.push(format!("stance: {}", v.join(" or ")));
        }
        if !self.kinds.is_empty() {
            let v: Vec<&str> = self.kinds.iter().map(|k| k.label()).collect();
            out.push(format!("evidence kind: {}", v.join(" or ")));
        }
        out
    }
}

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

/// Sorts a short list and drops repeats. A plain insertion sort: these lists hold a
/// handful of items, and each type the standard sorts are used on adds a few KB of
/// code to the bundle.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
    v.dedup();
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

/// Percent-encodes a query value: everything but unreserved characters and `,`
/// (which separates the values of one filter).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    percent_encode_into(&mut out, s, b",");
    out
}

/// Appends `s` to `out` with every byte but ASCII letters, digits, `-_.~` and the
/// bytes in `keep` written as `%XX`.
pub fn percent_encode_into(out: &mut String, s: &str, keep: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') || keep.contains(&b)
        {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

/// Decodes a query value: `%XX`, and `+` as a space; invalid sequences are kept as written.
pub fn percent_decode(s: &str) -> String {
    String::from_utf8_lossy(&percent_decode_bytes(s, true)).into_owned()
}

/// The bytes `s` stands for: `%XX` decoded, and `+` as a space when `plus` is set
/// (query values, not paths); invalid sequences are kept as written.
pub fn percent_decode_bytes(s: &str, plus: bool) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' if plus => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// One row of the option × source comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixRow<'a> {
    pub option: &'a PolicyOption,
    /// One cell per source, in source order.
    pub cells: Vec<MatrixCell<'a>>,
}

/// One option × source pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixCell<'a> {
    pub source: &'a Source,
    /// `None`: the source does not discuss the option.
    pub position: Option<&'a Position>,
    /// Whether the source gives any argument on the option (for the link).
    pub has_arguments: bool,
}

/// The option × source matrix: every pair, options and sources in corpus order.
pub fn matrix(c: &Corpus) -> Vec<MatrixRow<'_>> {
    c.options
        .iter()
        .map(|o| MatrixRow {
            option: o,
            cells: c
                .sources
                .iter()
                .map(|s| MatrixCell {
                    source: s,
                    position: c.position(&o.id, &s.id),
                    has_arguments: c.arguments_on(&o.id, &s.id).next().is_some(),
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_round_trip() {
        let f = Filter::from_query(
            "?q=border%20fence&source=kakar,akbar&stance=against,for&kind=statistic&x=1",
        );
        assert_eq!(f.text, "border fence");
        assert_eq!(f.sources, vec!["akbar", "kakar"]);
        assert_eq!(f.stances, vec![Stance::For, Stance::Against]);
        assert_eq!(f.kinds, vec![EvidenceKind::Statistic]);
        assert_eq!(Filter::from_query(&f.to_query()), f);
        assert_eq!(Filter::default().to_query(), "");
        assert!(Filter::from_query("stance=nonsense&kind=&q=").is_empty());
    }

    #[test]
    fn decode_edge_cases() {
        assert_eq!(percent_decode("a+b%2Cc%"), "a b,c%");
        assert_eq!(percent_decode("%E2%80%99"), "’");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%é1"), "%é1");
        assert_eq!(percent_encode("a b’"), "a%20b%E2%80%99");
    }

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
    fn sorts_and_dedups_short_lists() {
        let mut v = vec![3, 1, 2, 3, 1];
        sort_dedup(&mut v);
        assert_eq!(v, [1, 2, 3]);
        let mut e: Vec<u8> = vec![];
        sort_dedup(&mut e);
        assert!(e.is_empty());
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
