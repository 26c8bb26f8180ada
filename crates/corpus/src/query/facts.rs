//! Facts that differ (`discrepancies.json`), indexed by what differs: a figure, a
//! date, a name or a citation. The kind is read from the topic's own words (the corpus
//! gives no other field for it), so an index never needs the corpus changed.

use crate::schema::Discrepancy;

/// What a fact that differs is about, in the index's fixed order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactKind {
    Figures,
    Dates,
    Names,
    Citations,
}

impl FactKind {
    pub const ALL: [FactKind; 4] = [
        FactKind::Figures,
        FactKind::Dates,
        FactKind::Names,
        FactKind::Citations,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FactKind::Figures => "Figures",
            FactKind::Dates => "Dates",
            FactKind::Names => "Names",
            FactKind::Citations => "Citations",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Figures => "figures",
            FactKind::Dates => "dates",
            FactKind::Names => "names",
            FactKind::Citations => "citations",
        }
    }
}

/// The kind of `d`, from its topic: "Citation: …" is a citation; a topic about a name,
/// spelling or transliteration is a name; one about a year, date, start, order of
/// dates, period or "when" is a date; anything else (lengths, tolls, counts, costs) a
/// figure.
pub fn fact_kind(d: &Discrepancy) -> FactKind {
    // The words looked for are ASCII, so ASCII's case is enough; `str::to_lowercase`
    // would link Unicode's case table into the students' wasm (issue 28, vendor/README.md).
    let t = d.topic.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    if t.starts_with("citation:") {
        FactKind::Citations
    } else if has(&["name", "spelling", "transliteration"]) {
        FactKind::Names
    } else if has(&["year", "date", "when ", "start", "period", "timing"]) {
        FactKind::Dates
    } else {
        FactKind::Figures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shipped fact gets a kind, and a few read as a reader would file them.
    #[test]
    fn the_shipped_facts_are_filed_as_a_reader_would() {
        let c = crate::test_corpus();
        let kind = |id: &str| fact_kind(c.discrepancies.iter().find(|d| d.id == id).unwrap());
        assert_eq!(kind("border-length"), FactKind::Figures);
        assert_eq!(kind("peshawar-mosque-toll"), FactKind::Figures);
        assert_eq!(kind("swat-resurgence-year"), FactKind::Dates);
        assert_eq!(kind("start-of-military-operations"), FactKind::Dates);
        assert_eq!(kind("ceasefire-2022-timing"), FactKind::Dates);
        assert_eq!(kind("unga-pm-name"), FactKind::Names);
        assert_eq!(kind("ttp-name-spelling"), FactKind::Names);
        assert_eq!(kind("citation-mir-year"), FactKind::Citations);
        for k in FactKind::ALL {
            assert!(c.discrepancies.iter().any(|d| fact_kind(d) == k), "{k:?}");
        }
    }
}
