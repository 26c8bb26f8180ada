//! The option × source comparison.

use crate::schema::*;

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
    let sources: Vec<&Source> = c.sources.iter().collect();
    matrix_of(c, &sources)
}

/// The matrix over `sources` only (a grid showing some of 160 sources computes only
/// the cells it draws), options in corpus order, sources in the order given.
pub fn matrix_of<'a>(c: &'a Corpus, sources: &[&'a Source]) -> Vec<MatrixRow<'a>> {
    c.options
        .iter()
        .map(|o| MatrixRow {
            option: o,
            cells: sources
                .iter()
                .map(|&s| MatrixCell {
                    source: s,
                    position: c.position(&o.id, &s.id),
                    has_arguments: c.arguments_on(&o.id, &s.id).next().is_some(),
                })
                .collect(),
        })
        .collect()
}
