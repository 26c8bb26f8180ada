//! Recommendations: each source's, in the order the document gives them, and those
//! bearing on one option.

use crate::schema::{Corpus, Recommendation};

impl Recommendation {
    /// Where the main passage starts in the source text: the document's own order.
    pub fn at(&self) -> u32 {
        self.passages.first().map_or(u32::MAX, |p| p.span.start)
    }

    /// Whether it bears on `option`.
    pub fn bears_on(&self, option: &str) -> bool {
        self.options.iter().any(|o| o == option)
    }
}

impl Corpus {
    pub fn recommendation(&self, id: &str) -> Option<&Recommendation> {
        self.recommendations.iter().find(|r| r.id == id)
    }

    /// `source`'s recommendations in document order, only those bearing on `option`
    /// when one is given. An insertion sort: a source has a few dozen at most.
    pub fn recommendations_of<'a>(
        &'a self,
        source: &str,
        option: Option<&str>,
    ) -> Vec<&'a Recommendation> {
        let mut v: Vec<&Recommendation> = self
            .recommendations
            .iter()
            .filter(|r| r.source == source && option.is_none_or(|o| r.bears_on(o)))
            .collect();
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && v[j - 1].at() > v[j].at() {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        v
    }
}
