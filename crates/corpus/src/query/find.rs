//! One search over every layer of the corpus (issue 26): arguments, recommendations,
//! positions, facts that differ, events, the glossary and the full texts of the
//! sources, grouped by [`Layer`] in a fixed order. Nothing is scored or ranked: each
//! group keeps the corpus's own order, and a text's passages their order in the text.

use super::filter::Matcher;
use super::words::WordIndex;
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
/// are words to search for (a source ticked alone would list every sentence). The words
/// are looked up in the corpus's vocabulary ([`super::words`], made on the first search
/// of each corpus, or made again for a corpus changed since: a test's scratch copy).
pub fn find<'c>(c: &'c Corpus, m: &Matcher) -> Found<'c> {
    if m.terms().is_empty() {
        let f = m.filter();
        let mut found = Found::default();
        if f.layers.is_empty() || f.layers.contains(&Layer::Arguments) {
            let hits: Vec<Hit<'c>> = (c.arguments.iter())
                .filter(|a| m.passes(a))
                .map(Hit::Argument)
                .collect();
            if !hits.is_empty() {
                found.groups.push((Layer::Arguments, hits));
            }
        }
        return found;
    }
    let built;
    let ix = match c.word_index() {
        Some(ix) => ix,
        None => {
            built = WordIndex::build(c);
            &built
        }
    };
    let matching = ix.matching(m.terms());
    find_with(c, m, |layer| ix.hits(c, &matching, m.terms(), layer))
}

/// [`find`] by scanning every record and sentence: what the vocabulary must agree with.
#[cfg(test)]
fn find_scan<'c>(c: &'c Corpus, m: &Matcher) -> Found<'c> {
    if m.terms().is_empty() {
        return find(c, m);
    }
    find_with(c, m, |layer| {
        scan(c, layer).filter(|h| holds_all(h, m)).collect()
    })
}

/// The groups of hits `hits` gives for each layer `m` wants, filtered by source (and,
/// for the arguments, by every filter of `m`).
fn find_with<'c>(
    c: &'c Corpus,
    m: &Matcher,
    mut hits: impl FnMut(Layer) -> Vec<Hit<'c>>,
) -> Found<'c> {
    let f = m.filter();
    let wanted = |l: Layer| f.layers.is_empty() || f.layers.contains(&l);
    let from = |s: &str| f.sources.is_empty() || f.sources.iter().any(|x| x == s);
    let mut found = Found::default();
    for layer in Layer::ALL {
        if !wanted(layer) {
            continue;
        }
        if layer == Layer::Texts {
            found.texts_loading = c.sources.iter().any(|s| s.text.is_empty());
        }
        // The filters other than the words.
        let keep = |h: &Hit| match *h {
            Hit::Argument(a) => m.passes(a),
            Hit::Recommendation(r) => from(&r.source),
            Hit::Position(p) => from(&p.source),
            Hit::Fact(d) => d.readings.iter().any(|r| from(&r.source)),
            Hit::Event(e) => e.mentions.iter().any(|r| from(&r.source)),
            Hit::Glossary(_) => true,
            Hit::Text { source, .. } => from(&source.id),
        };
        let mut hits = hits(layer);
        hits.retain(keep);
        if !hits.is_empty() {
            found.groups.push((layer, hits));
        }
    }
    found
}

/// Whether `h` holds every term of `m`.
#[cfg(test)]
fn holds_all(h: &Hit, m: &Matcher) -> bool {
    let texts = h.texts();
    m.terms()
        .iter()
        .all(|t| texts.iter().any(|x| t.found_in(x)))
}

/// Every record of a layer, in the corpus's order; for the full texts, every sentence,
/// source by source.
#[cfg(test)]
fn scan(c: &Corpus, layer: Layer) -> Box<dyn Iterator<Item = Hit<'_>> + '_> {
    match layer {
        Layer::Arguments => Box::new(c.arguments.iter().map(Hit::Argument)),
        Layer::Recommendations => Box::new(c.recommendations.iter().map(Hit::Recommendation)),
        Layer::Positions => Box::new(c.positions.iter().map(Hit::Position)),
        Layer::Facts => Box::new(c.discrepancies.iter().map(Hit::Fact)),
        Layer::Events => Box::new(c.events.iter().map(Hit::Event)),
        Layer::Glossary => Box::new(c.glossary.iter().map(Hit::Glossary)),
        Layer::Texts => Box::new(c.sources.iter().flat_map(|s| {
            sentences(&s.text)
                .into_iter()
                .map(move |(start, end)| Hit::Text {
                    source: s,
                    start,
                    end,
                })
        })),
    }
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

    /// Queries on every path a look-up takes: words, forms, hyphens, phrases, names,
    /// related sets, punctuation, digits, prefixes and text beyond ASCII.
    const QUERIES: &[&str] = &[
        "fence",
        "fencing",
        "fen",
        "talks",
        "negotiations",
        "negot",
        "drone strikes",
        "TTP",
        "ttp attacks",
        "counter-terrorism",
        "counterterrorism",
        "terrorism",
        "cease-fire",
        "\"safe haven\"",
        "\"safe h",
        "2,600",
        "2023",
        "Pakistan’s",
        "’s",
        "isis",
        "ISI",
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
        "e.g.",
        "’",
        "(",
        "economic leverage",
        "\"fence\"",
        "border fencing",
        "afghan taliban",
        "kabul",
    ];

    /// The search through the corpus's vocabulary finds exactly what a scan of every
    /// record and sentence finds, in every layer and in the same order, and with a
    /// source ticked.
    #[test]
    fn the_vocabulary_finds_what_a_scan_finds() {
        let c = crate::test_corpus();
        assert!(c.word_index().is_some());
        for q in QUERIES {
            for sources in [vec![], vec![c.sources[1].id.clone()]] {
                let f = crate::Filter {
                    text: q.to_string(),
                    sources,
                    ..Default::default()
                };
                let m = f.matcher_with(&c.glossary, &c.related);
                assert_eq!(find(c, &m), find_scan(c, &m), "{q}");
            }
        }
    }

    /// The vocabulary made in slices of any size finds what the one made at once finds,
    /// and so does a search typed before the slices were done (it finishes them).
    #[test]
    fn a_vocabulary_made_in_slices_finds_the_same() {
        let c = crate::test_corpus();
        for work in [1, 700, 20_000, usize::MAX] {
            let sliced = c.clone();
            let mut slices = 1;
            while !sliced.prepare_search_slice(work) {
                slices += 1;
            }
            assert!(work == usize::MAX || slices > 3, "{work}: {slices}");
            let early = c.clone();
            for _ in 0..3 {
                early.prepare_search_slice(work);
            }
            assert_eq!(early.search_ready(), work == usize::MAX);
            for q in QUERIES {
                let f = crate::Filter {
                    text: q.to_string(),
                    ..Default::default()
                };
                let m = f.matcher_with(&c.glossary, &c.related);
                let want = find(c, &m);
                assert_eq!(find(&early, &m), want, "{work}: {q}");
                assert_eq!(find(&sliced, &m), want, "{work}: {q}");
            }
            assert!(early.search_ready());
        }
    }

    /// The same on generated corpora: records and texts made of words drawn from a small
    /// list with hyphens, case, punctuation, digits, curly quotes and letters beyond
    /// ASCII, searched for pieces of those words and their prefixes.
    #[test]
    fn the_vocabulary_agrees_on_generated_corpora() {
        const WORDS: &[&str] = &[
            "fence",
            "Fencing",
            "defence",
            "fenced",
            "-",
            "cross-border",
            "border",
            "ISI",
            "isis",
            "Isi",
            "talks",
            "negotiation",
            "’s",
            "Pakistan’s",
            "2,600",
            "über",
            "Über-fence",
            "a-b-c",
            "counter--terrorism",
            ".",
            "\n",
            ", ",
            "e.g.",
            "(x)",
            "ΑΘΗΝΑ",
            "αθηνα-x",
            "ceasefire",
            "cease-fire",
            "Łódź",
            "US",
            "used",
            "us",
            "internationalization",
            "antidisestablishmentarianisms-and-more-of-them-too",
            "antidisestablishmentarianismsandmoreofthemtooandmorestill",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let (mut hits, mut searched) = (0, 0);
        for _ in 0..12 {
            let mut text = |n: usize| -> String {
                let mut t = String::new();
                for _ in 0..n {
                    t.push_str(WORDS[next(WORDS.len())]);
                    t.push_str([" ", "", " ", ". ", "-"][next(5)]);
                }
                t
            };
            let mut c = crate::test_corpus().clone();
            c.arguments.truncate(6);
            for a in &mut c.arguments {
                a.claim = text(8);
            }
            c.recommendations.truncate(2);
            c.positions.truncate(2);
            c.discrepancies.truncate(2);
            c.events.truncate(2);
            c.glossary.truncate(3);
            for g in &mut c.glossary {
                g.definition = text(6);
            }
            c.sources.truncate(2);
            for s in &mut c.sources {
                s.text = text(60);
            }
            let mut queries: Vec<String> = QUERIES.iter().map(|q| q.to_string()).collect();
            for w in WORDS {
                for (end, _) in w.char_indices().skip(1).chain([(w.len(), ' ')]) {
                    queries.push(w[..end].to_string());
                }
                queries.push(format!("\"{w}\""));
            }
            for q in &queries {
                let f = crate::Filter {
                    text: q.clone(),
                    ..Default::default()
                };
                let m = f.matcher_with(&c.glossary, &c.related);
                let got = find(&c, &m);
                assert_eq!(got, find_scan(&c, &m), "{q:?}");
                hits += got.groups.iter().map(|(_, h)| h.len()).sum::<usize>();
                searched += 1;
            }
        }
        assert!(hits > 4 * searched, "{hits} hits for {searched} searches");
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
