//! One search over every layer of the corpus (issue 26): arguments, recommendations,
//! positions, facts that differ, events, the glossary and the full texts of the
//! sources, grouped by [`Layer`] in a fixed order. Nothing is scored or ranked: each
//! group keeps the corpus's own order, and a text's passages their order in the text.

use super::filter::Matcher;
use super::search::Vocabulary;
use crate::schema::*;

/// A kind of record a search looks through, in the fixed order results are grouped in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    Arguments,
    Recommendations,
    Positions,
    Facts,
    Events,
    Glossary,
    Texts,
}

impl Layer {
    /// Every layer, in the order results are grouped in.
    pub const ALL: [Layer; 7] = [
        Layer::Arguments,
        Layer::Recommendations,
        Layer::Positions,
        Layer::Facts,
        Layer::Events,
        Layer::Glossary,
        Layer::Texts,
    ];

    /// The layer's name in the address (`in=texts,glossary`).
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Arguments => "arguments",
            Layer::Recommendations => "recommendations",
            Layer::Positions => "positions",
            Layer::Facts => "facts",
            Layer::Events => "events",
            Layer::Glossary => "glossary",
            Layer::Texts => "texts",
        }
    }

    pub fn parse(s: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// The heading of the layer's group of results.
    pub fn label(self) -> &'static str {
        match self {
            Layer::Arguments => "Arguments",
            Layer::Recommendations => "Recommendations",
            Layer::Positions => "Positions",
            Layer::Facts => "Facts that differ",
            Layer::Events => "Events",
            Layer::Glossary => "Glossary",
            Layer::Texts => "Full texts",
        }
    }

    /// "1 argument", "3 passages of the full texts": how many, in words.
    pub fn count(self, n: usize) -> String {
        let (one, many) = match self {
            Layer::Arguments => ("argument", "arguments"),
            Layer::Recommendations => ("recommendation", "recommendations"),
            Layer::Positions => ("position", "positions"),
            Layer::Facts => ("fact that differs", "facts that differ"),
            Layer::Events => ("event", "events"),
            Layer::Glossary => ("glossary entry", "glossary entries"),
            Layer::Texts => ("passage of the full texts", "passages of the full texts"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    }
}

/// One record a search found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit<'c> {
    Argument(&'c Argument),
    Recommendation(&'c Recommendation),
    Position(&'c Position),
    Fact(&'c Discrepancy),
    Event(&'c Event),
    Glossary(&'c GlossaryTerm),
    /// A sentence of a source's full text: its byte range `[start, end)`.
    Text {
        source: &'c Source,
        start: usize,
        end: usize,
    },
}

impl<'c> Hit<'c> {
    /// The texts of the record a search looks in (for an argument, as the filter's
    /// matcher reads it).
    pub fn texts(&self) -> Vec<&'c str> {
        let mut out: Vec<&'c str> = Vec::new();
        match *self {
            Hit::Argument(a) => {
                out.push(&a.claim);
                out.extend(a.condition.as_deref());
                for e in &a.evidence {
                    out.push(&e.quote);
                    out.extend(e.speaker.as_deref());
                }
            }
            Hit::Recommendation(r) => {
                out.push(&r.summary);
                out.extend(r.speaker.as_deref());
                out.extend(r.condition.as_deref());
                out.extend(r.passages.iter().map(|p| p.quote.as_str()));
            }
            Hit::Position(p) => out.push(&p.summary),
            Hit::Fact(d) => {
                out.push(&d.topic);
                out.push(&d.note);
                for r in &d.readings {
                    out.extend(r.value.as_deref());
                    out.push(&r.quote);
                }
            }
            Hit::Event(e) => {
                out.push(&e.label);
                out.extend(e.mentions.iter().map(|r| r.quote.as_str()));
            }
            Hit::Glossary(g) => {
                out.push(&g.term);
                out.extend(g.aliases.iter().map(String::as_str));
                out.push(&g.definition);
            }
            Hit::Text { source, start, end } => out.push(&source.text[start..end]),
        }
        out
    }
}

/// The results of a search: one group per layer that has hits, in [`Layer::ALL`]'s order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found<'c> {
    pub groups: Vec<(Layer, Vec<Hit<'c>>)>,
    /// Some source's text is not loaded yet (the app fetches them after its first
    /// render), so the full texts were not all searched.
    pub texts_loading: bool,
}

impl Found<'_> {
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// Every record of `c` that `m` finds, grouped by layer. Arguments are filtered as the
/// argument search filters them; the other layers by source alone, and only when there
/// are words to search for (a source ticked alone would list every sentence).
pub fn find<'c>(c: &'c Corpus, m: &Matcher) -> Found<'c> {
    let f = m.filter();
    let wanted = |l: Layer| f.layers.is_empty() || f.layers.contains(&l);
    let from = |s: &str| f.sources.is_empty() || f.sources.iter().any(|x| x == s);
    let words = !m.terms().is_empty();
    let all = |h: &Hit| {
        let texts = h.texts();
        m.terms()
            .iter()
            .all(|t| texts.iter().any(|x| t.found_in(x)))
    };
    let mut found = Found::default();
    for layer in Layer::ALL {
        if !wanted(layer) || (layer != Layer::Arguments && !words) {
            continue;
        }
        let hits: Vec<Hit<'c>> = match layer {
            Layer::Arguments => c
                .arguments
                .iter()
                .filter(|a| m.matches(a))
                .map(Hit::Argument)
                .collect(),
            Layer::Recommendations => (c.recommendations.iter())
                .filter(|r| from(&r.source))
                .map(Hit::Recommendation)
                .filter(all)
                .collect(),
            Layer::Positions => (c.positions.iter())
                .filter(|p| from(&p.source))
                .map(Hit::Position)
                .filter(all)
                .collect(),
            Layer::Facts => (c.discrepancies.iter())
                .filter(|d| d.readings.iter().any(|r| from(&r.source)))
                .map(Hit::Fact)
                .filter(all)
                .collect(),
            Layer::Events => (c.events.iter())
                .filter(|e| e.mentions.iter().any(|r| from(&r.source)))
                .map(Hit::Event)
                .filter(all)
                .collect(),
            Layer::Glossary => c.glossary.iter().map(Hit::Glossary).filter(all).collect(),
            Layer::Texts => {
                found.texts_loading = c.sources.iter().any(|s| s.text.is_empty());
                text_hits(c, m, &from)
            }
        };
        if !hits.is_empty() {
            found.groups.push((layer, hits));
        }
    }
    found
}

/// The sentences of the sources' texts that hold every term, source by source in the
/// corpus's order. Each text's sentences and words are found once (see [`indexed`]);
/// a keystroke looks its terms up among the words and checks only the sentences that
/// may hold them all.
fn text_hits<'c>(c: &'c Corpus, m: &Matcher, from: &dyn Fn(&str) -> bool) -> Vec<Hit<'c>> {
    let terms = m.terms();
    let mut out = Vec::new();
    for s in c.sources.iter().filter(|s| from(&s.id)) {
        if s.text.is_empty() {
            continue;
        }
        let index = indexed(&s.text);
        let (pieces, vocabulary) = (&index.0, &index.1);
        let mut maybe: Option<Vec<u32>> = None;
        for t in terms {
            let Some(found) = t.candidates(vocabulary) else {
                continue;
            };
            maybe = Some(match maybe {
                None => found,
                Some(m) => m
                    .into_iter()
                    .filter(|i| found.binary_search(i).is_ok())
                    .collect(),
            });
        }
        let check: Vec<usize> = match maybe {
            Some(list) => list.into_iter().map(|i| i as usize).collect(),
            None => (0..pieces.len()).collect(),
        };
        for i in check {
            let (start, end) = pieces[i];
            let sentence = &s.text[start..end];
            if terms.iter().all(|t| t.found_in(sentence)) {
                out.push(Hit::Text {
                    source: s,
                    start,
                    end,
                });
            }
        }
    }
    out
}

/// A text's sentences (byte ranges) and their vocabulary.
type Indexed = (Vec<(usize, usize)>, Vocabulary);

/// A text's sentences and their vocabulary, made once per text and kept: by the text's
/// address, length and first and last bytes (a text is never changed in place; a new
/// text gets a new entry; at most 4,096 are kept).
fn indexed(text: &str) -> std::rc::Rc<Indexed> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::rc::Rc;
    type Key = (usize, usize, Vec<u8>);
    thread_local! {
        static MEMO: RefCell<HashMap<Key, Rc<Indexed>>> = RefCell::new(HashMap::new());
    }
    let b = text.as_bytes();
    let ends: Vec<u8> = b
        .iter()
        .take(32)
        .chain(b.iter().rev().take(32))
        .copied()
        .collect();
    let key = (text.as_ptr() as usize, text.len(), ends);
    MEMO.with_borrow_mut(|memo| {
        if let Some(i) = memo.get(&key) {
            return i.clone();
        }
        if memo.len() >= 4096 {
            memo.clear();
        }
        let pieces = sentences(text);
        let v = Vocabulary::new(text, &pieces);
        let i = Rc::new((pieces, v));
        memo.insert(key, i.clone());
        i
    })
}

/// The `[start, end)` byte ranges of the sentences of `text`: a sentence ends at a line
/// break, or after `.`, `?` or `!` and a space when the next word does not start in
/// lowercase ("et al. (2021)" and "Dr. Rani" split; "e.g. the" does not). Blank
/// stretches are skipped and each range is trimmed of spaces.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut push = |s: usize, e: usize| {
        let piece = &text[s..e];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push((s + lead, s + lead + trimmed.len()));
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            push(start, i);
            start = i + 1;
        } else if matches!(b, b'.' | b'?' | b'!')
            && bytes.get(i + 1) == Some(&b' ')
            && !bytes
                .get(i + 2..)
                .and_then(|r| r.iter().find(|c| **c != b' '))
                .is_some_and(u8::is_ascii_lowercase)
        {
            push(start, i + 1);
            start = i + 1;
        }
        i += 1;
    }
    push(start, text.len());
    out
}

/// The other names and related words of the search's terms found in `hit` (see
/// [`super::search::Term::also_in`]), once each.
pub fn also<'t>(m: &'t Matcher, hit: &Hit) -> Vec<&'t str> {
    also_terms(m.terms(), hit)
}

/// [`also`] for parsed `terms`.
pub fn also_terms<'t>(terms: &'t [super::search::Term], hit: &Hit) -> Vec<&'t str> {
    let texts = hit.texts();
    let mut out: Vec<&str> = Vec::new();
    for t in terms {
        for x in &texts {
            for w in t.also_in(x) {
                if !out.iter().any(|o| o.eq_ignore_ascii_case(w)) {
                    out.push(w);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_stops_and_lines() {
        let t = "First one. Second, e.g. this one? Third!\n\n  Heading\nLast";
        let got: Vec<&str> = sentences(t).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert_eq!(
            got,
            [
                "First one.",
                "Second, e.g. this one?",
                "Third!",
                "Heading",
                "Last"
            ]
        );
        assert!(sentences("").is_empty());
        assert!(sentences("  \n ").is_empty());
        // Multibyte text splits on char boundaries.
        let t = "Pakistan’s view. «Next»";
        for (a, b) in sentences(t) {
            assert!(t.is_char_boundary(a) && t.is_char_boundary(b));
        }
    }

    /// Looking terms up in each text's vocabulary finds exactly the sentences a scan of
    /// every sentence finds, for words, forms, hyphens, phrases, names and sets.
    #[test]
    fn the_vocabulary_finds_what_a_scan_finds() {
        let c = crate::test_corpus();
        let queries = [
            "fence",
            "fencing",
            "talks",
            "negotiations",
            "drone strikes",
            "TTP",
            "ttp attacks",
            "counter-terrorism",
            "counterterrorism",
            "cease-fire",
            "\"safe haven\"",
            "2,600",
            "Pakistan’s",
            "’s",
            "isis",
            "use",
            "e",
            "bo",
            "tehrik-e-taliban pakistan",
            "Łódź",
            "kinetic measures",
            "un",
            "\"border fence\"",
            "refugees 2023",
            "a-b",
            "ab-",
        ];
        for q in queries {
            let f = crate::Filter {
                text: q.into(),
                ..Default::default()
            };
            let m = f.matcher_with(&c.glossary, &c.related);
            let fast = text_hits(c, &m, &|_| true);
            let mut slow = Vec::new();
            for s in &c.sources {
                for (a, b) in sentences(&s.text) {
                    if m.terms().iter().all(|t| t.found_in(&s.text[a..b])) {
                        slow.push((s.id.as_str(), a, b));
                    }
                }
            }
            let fast: Vec<_> = fast
                .iter()
                .map(|h| match *h {
                    Hit::Text { source, start, end } => (source.id.as_str(), start, end),
                    _ => unreachable!(),
                })
                .collect();
            assert_eq!(fast, slow, "{q}");
        }
    }

    #[test]
    fn layers_round_trip() {
        for l in Layer::ALL {
            assert_eq!(Layer::parse(l.as_str()), Some(l));
        }
        assert_eq!(Layer::parse("x"), None);
        assert_eq!(Layer::Texts.count(1), "1 passage of the full texts");
    }
}
