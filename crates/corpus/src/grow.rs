//! A corpus grown as a teacher's would grow (issue 30), for the scale series of `make
//! bench` (`examples/bench/scale.rs`) and the browser tests of big corpora
//! (`tests/browser/scale.rs`), so both measure and test the same corpora: `copies` of
//! every source (copy `j` new ids, "… `j + 1`"), with their arguments, positions,
//! recommendations, discrepancies, events and shared wording, and the options `groups`
//! times over (copy `j` puts its arguments and positions on group `j mod groups`).
//! Nothing in the app calls it, so the students' wasm does not link it.

use crate::schema::Corpus;

/// `id` in copy (or option group) `j`; copy 0 keeps the built-in ids.
pub fn nth(id: &str, j: usize) -> String {
    if j == 0 {
        id.to_string()
    } else {
        format!("{id}-{j}")
    }
}

/// `base` grown to `copies` of its sources and `groups` times its options (both at
/// least 1); the glossary as in `base`.
pub fn grown(base: &Corpus, copies: usize, groups: usize) -> Corpus {
    let groups = groups.max(1);
    let mut c = Corpus {
        glossary: base.glossary.clone(),
        ..Corpus::default()
    };
    for g in 0..groups {
        c.options.extend(base.options.iter().map(|o| {
            let mut o = o.clone();
            o.id = nth(&o.id, g);
            if g > 0 {
                o.label = format!("{} ({})", o.label, g + 1);
            }
            o
        }));
    }
    for j in 0..copies.max(1) {
        copy(base, &mut c, j, j % groups);
    }
    c
}

/// Adds copy `j` of `base`'s sources and what belongs to them to `c`, on option group `g`.
fn copy(base: &Corpus, c: &mut Corpus, j: usize, g: usize) {
    c.sources.extend(base.sources.iter().map(|s| {
        let mut s = s.clone();
        s.id = nth(&s.id, j);
        if j > 0 {
            s.short = format!("{} {}", s.short, j + 1);
        }
        s
    }));
    c.arguments.extend(base.arguments.iter().map(|a| {
        let mut a = a.clone();
        a.id = nth(&a.id, j);
        a.source = nth(&a.source, j);
        a.option = nth(&a.option, g);
        a.recommendation = a.recommendation.map(|r| nth(&r, j));
        a
    }));
    c.positions.extend(base.positions.iter().map(|p| {
        let mut p = p.clone();
        p.source = nth(&p.source, j);
        p.option = nth(&p.option, g);
        p
    }));
    c.recommendations
        .extend(base.recommendations.iter().map(|r| {
            let mut r = r.clone();
            r.id = nth(&r.id, j);
            r.source = nth(&r.source, j);
            r.options = r.options.iter().map(|o| nth(o, g)).collect();
            r
        }));
    c.discrepancies.extend(base.discrepancies.iter().map(|d| {
        let mut d = d.clone();
        d.id = nth(&d.id, j);
        d.readings
            .iter_mut()
            .for_each(|r| r.source = nth(&r.source, j));
        d
    }));
    c.events.extend(base.events.iter().map(|e| {
        let mut e = e.clone();
        e.id = nth(&e.id, j);
        e.mentions
            .iter_mut()
            .for_each(|r| r.source = nth(&r.source, j));
        e
    }));
    c.reuse.extend(base.reuse.iter().map(|r| {
        let mut r = r.clone();
        r.id = nth(&r.id, j);
        r.passages
            .iter_mut()
            .for_each(|p| p.source = nth(&p.source, j));
        r
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_corpus as corpus;

    /// Every copy is new sources with their own records, and every link still leads to
    /// a record of the grown corpus (what `corpus check` asks of ids).
    #[test]
    fn a_grown_corpus_copies_every_source_and_keeps_its_links() {
        let base = corpus();
        let c = grown(base, 3, 2);
        assert_eq!(c.sources.len(), 3 * base.sources.len());
        assert_eq!(c.options.len(), 2 * base.options.len());
        assert_eq!(c.arguments.len(), 3 * base.arguments.len());
        for a in &c.arguments {
            assert!(
                c.source(&a.source).is_some() && c.option(&a.option).is_some(),
                "{}",
                a.id
            );
        }
        let one = grown(base, 1, 1);
        assert_eq!(one.sources, base.sources);
        assert_eq!(one.arguments, base.arguments);
    }
}
