//! What the student has narrowed the evidence to, and testing arguments against it.
//! The filter lives in the address; `route::query` reads and writes it there.

use super::find::Layer;
use super::search::{parse_bounded, Term};
use crate::schema::*;
use crate::sort_dedup;

/// What the student has narrowed the evidence to.
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
    /// Which layers the search page looks through; empty means every layer.
    pub layers: Vec<Layer>,
}

impl Filter {
    /// The filter given by decoded `(key, value)` pairs, as [`Filter::query_pairs`]
    /// writes them. Unknown keys and values are ignored, so an old or hand-edited link
    /// still opens.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> Filter {
        let mut f = Filter::default();
        for (key, value) in pairs {
            let list = || value.split(',').map(str::trim).filter(|v| !v.is_empty());
            match key {
                "q" => f.text = value.clone(),
                "source" => f.sources.extend(list().map(String::from)),
                "stance" => f.stances.extend(list().filter_map(Stance::parse)),
                "kind" => f.kinds.extend(list().filter_map(EvidenceKind::parse)),
                "in" => f.layers.extend(list().filter_map(Layer::parse)),
                _ => {}
            }
        }
        f.normalise();
        f
    }

    /// The filter as `(key, value)` pairs (not yet encoded for a URL), in a fixed order;
    /// empty when nothing is filtered.
    pub fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if !self.sources.is_empty() {
            pairs.push(("source", self.sources.join(",")));
        }
        if !self.stances.is_empty() {
            let v: Vec<&str> = self.stances.iter().map(|s| s.as_str()).collect();
            pairs.push(("stance", v.join(",")));
        }
        if !self.kinds.is_empty() {
            let v: Vec<&str> = self.kinds.iter().map(|k| k.as_str()).collect();
            pairs.push(("kind", v.join(",")));
        }
        if !self.layers.is_empty() {
            let v: Vec<&str> = self.layers.iter().map(|l| l.as_str()).collect();
            pairs.push(("in", v.join(",")));
        }
        pairs
    }

    /// Sorts and de-duplicates, so equal filters give equal URLs.
    fn normalise(&mut self) {
        sort_dedup(&mut self.sources);
        sort_dedup(&mut self.stances);
        sort_dedup(&mut self.kinds);
        sort_dedup(&mut self.layers);
        // Every layer chosen is the same search as none chosen: one address for it.
        if self.layers.len() == Layer::ALL.len() {
            self.layers.clear();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
            && self.stances.is_empty()
            && self.kinds.is_empty()
            && self.text.trim().is_empty()
    }

    /// The filter ready to test arguments, with the other names `glossary` gives and
    /// the sets of `related` words.
    pub fn matcher_with(&self, glossary: &[GlossaryTerm], related: &[Related]) -> Matcher<'_> {
        let (terms, capped) = parse_bounded(&self.text, glossary, related);
        Matcher {
            filter: self,
            terms,
            capped,
        }
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
            let names: Vec<&str> = self
                .sources
                .iter()
                .map(|id| corpus.source(id).map_or(id.as_str(), |s| &s.short))
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

/// A [`Filter`] with its search terms parsed, to test many arguments and highlight
/// what matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matcher<'a> {
    filter: &'a Filter,
    terms: Vec<Term>,
    capped: bool,
}

impl Matcher<'_> {
    /// The filter the matcher tests.
    pub fn filter(&self) -> &Filter {
        self.filter
    }

    /// The search terms: words, glossary names, or phrases in double quotes (see
    /// [`parse`]).
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// Whether the search had more than [`super::search::MAX_TERMS`] terms (the rest
    /// are ignored).
    pub fn capped(&self) -> bool {
        self.capped
    }

    pub fn matches(&self, a: &Argument) -> bool {
        self.passes(a) && self.holds_terms(a)
    }

    /// Whether `a` passes the filter's source, stance and evidence kind (its words
    /// aside).
    pub fn passes(&self, a: &Argument) -> bool {
        let f = self.filter;
        (f.sources.is_empty() || f.sources.contains(&a.source))
            && (f.stances.is_empty() || f.stances.contains(&a.stance))
            && (f.kinds.is_empty() || a.evidence.iter().any(|e| f.kinds.contains(&e.kind)))
    }

    fn holds_terms(&self, a: &Argument) -> bool {
        self.terms.iter().all(|t| {
            t.found_in(&a.claim)
                || a.condition.as_deref().is_some_and(|c| t.found_in(c))
                || a.evidence.iter().any(|e| {
                    t.found_in(&e.quote) || e.speaker.as_deref().is_some_and(|s| t.found_in(s))
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_round_trip() {
        let f = Filter::from_pairs([
            ("q", "border fence".to_string()),
            ("source", "kakar,akbar".into()),
            ("stance", "against,for".into()),
            ("kind", "statistic".into()),
            ("x", "1".into()),
        ]);
        assert_eq!(f.sources, vec!["akbar", "kakar"]);
        assert_eq!(f.stances, vec![Stance::For, Stance::Against]);
        assert_eq!(Filter::from_pairs(f.query_pairs()), f);
        assert!(Filter::default().query_pairs().is_empty());
    }

    #[test]
    fn the_matcher_parses_terms_once() {
        let f = Filter {
            text: r#"fence "safe haven""#.into(),
            ..Filter::default()
        };
        let m = f.matcher_with(
            &crate::test_corpus().glossary,
            &crate::test_corpus().related,
        );
        assert_eq!(m.terms(), ["fence", "safe haven"]);
    }
}
