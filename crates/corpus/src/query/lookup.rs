//! Look-ups in a [`Corpus`] by id, and the records that belong together.

use super::index::via;
use crate::schema::*;
use std::borrow::Cow;

impl Corpus {
    pub fn source(&self, id: &str) -> Option<&Source> {
        let hit = self.lookup_index().map(|ix| ix.source(id));
        via(&self.sources, hit, |s| s.id == id)
    }

    pub fn option(&self, id: &str) -> Option<&PolicyOption> {
        let hit = self.lookup_index().map(|ix| ix.option(id));
        via(&self.options, hit, |o| o.id == id)
    }

    pub fn argument(&self, id: &str) -> Option<&Argument> {
        let hit = self.lookup_index().map(|ix| ix.argument(id));
        via(&self.arguments, hit, |a| a.id == id)
    }

    /// What `source` says overall on `option`, if it discusses it.
    pub fn position(&self, option: &str, source: &str) -> Option<&Position> {
        let hit = self.lookup_index().map(|ix| ix.position(option, source));
        via(&self.positions, hit, |p| {
            p.option == option && p.source == source
        })
    }

    /// Arguments on `option` from `source`, in corpus order (from the index: constant
    /// time whatever the corpus's size).
    pub fn arguments_on<'a>(
        &'a self,
        option: &'a str,
        source: &'a str,
    ) -> impl Iterator<Item = &'a Argument> + 'a {
        let at: Cow<'a, [usize]> = match self.lookup_index() {
            Some(ix) => Cow::Borrowed(ix.arguments_on(option, source)),
            None => Cow::Owned(
                (0..self.arguments.len())
                    .filter(|&i| {
                        let a = &self.arguments[i];
                        a.option == option && a.source == source
                    })
                    .collect(),
            ),
        };
        (0..at.len())
            .filter_map(move |k| self.arguments.get(at[k]))
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

    /// The passages of source `a` that share wording with source `b` (never with itself):
    /// each as its shared-wording record, its index there, and the index of the first
    /// passage of `b` in the record, its counterpart. In corpus order.
    pub fn shared_between<'a>(&'a self, a: &'a str, b: &'a str) -> Vec<(&'a Reuse, usize, usize)> {
        let mut out = Vec::new();
        for r in self.reuse.iter().filter(|_| a != b) {
            let Some(to) = r.passages.iter().position(|p| p.source == b) else {
                continue;
            };
            let from = r.passages.iter().enumerate().filter(|(_, p)| p.source == a);
            out.extend(from.map(|(i, _)| (r, i, to)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::test_corpus as corpus;

    #[test]
    fn shared_passages_between_two_sources_point_at_each_other() {
        let c = corpus();
        let ids: Vec<&str> = c.sources.iter().map(|s| &*s.id).collect();
        for &a in &ids {
            for &b in &ids {
                let links = c.shared_between(a, b);
                for &(r, i, to) in &links {
                    assert_eq!(r.passages[i].source, a);
                    assert_eq!(r.passages[to].source, b);
                    // The counterpart leads back to a passage of `a` in the same record.
                    let back = c.shared_between(b, a);
                    assert!(back.iter().any(|&(r2, i2, to2)| r2.id == r.id
                        && i2 == to
                        && r.passages[to2].source == a));
                }
                // Every pair either way round has the same records.
                let mut there: Vec<&str> = links.iter().map(|(r, ..)| &*r.id).collect();
                let mut back: Vec<&str> = c
                    .shared_between(b, a)
                    .iter()
                    .map(|(r, ..)| &*r.id)
                    .collect();
                there.dedup();
                back.dedup();
                assert_eq!(there, back, "{a} {b}");
            }
        }
        assert!(c.shared_between("kakar", "kakar").is_empty());
        assert!(c.shared_between("ahsan-ali", "kakar").is_empty());
        // Kakar's two passages of the closing framing lead to the one in Bakhsh et al.
        let kb = c.shared_between("kakar", "bakhsh-rab-faiz");
        let closing: Vec<_> = kb
            .iter()
            .filter(|(r, ..)| r.id == "only-solution-military-power")
            .collect();
        assert_eq!(
            closing
                .iter()
                .map(|&&(_, i, to)| (i, to))
                .collect::<Vec<_>>(),
            [(0, 2), (1, 2)]
        );
        assert!(!c.shared_between("akbar", "kakar").is_empty());
        assert!(!c.shared_between("bakhsh-rab-faiz", "akbar").is_empty());
    }
}
