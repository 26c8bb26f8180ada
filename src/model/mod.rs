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
    include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
}

/// The corpus embedded at build time (checked by `build.rs`).
pub fn corpus() -> &'static Corpus {
    &embedded::CORPUS
}
