//! The corpus model: schema, normalisation, loading and checks, queries.
//!
//! Pure Rust, no browser imports; tested natively with `cargo test`.

pub mod load;
pub mod normalize;
pub mod query;
pub mod reader;
pub mod schema;

pub use query::{highlight, matrix, Filter, MatrixCell, MatrixRow, Segment};
pub use schema::*;

mod embedded {
    #![allow(clippy::all)]
    use super::schema::*;
    use std::borrow::Cow::Borrowed;

    /// `text[start..end]` at compile time (the build checked the bounds and char boundaries).
    const fn sub(text: &'static str, start: usize, end: usize) -> &'static str {
        let (_, rest) = text.as_bytes().split_at(start);
        let (mid, _) = rest.split_at(end - start);
        match std::str::from_utf8(mid) {
            Ok(s) => s,
            Err(_) => panic!("a quote's span is not on character boundaries"),
        }
    }

    include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
}

/// The corpus embedded at build time (checked by `build.rs`). Each quote in it is the
/// exact slice of the source text it was found at (equal to the recorded quote after
/// normalisation), so the texts are carried once.
pub fn corpus() -> &'static Corpus {
    &embedded::CORPUS
}
