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

mod embedded;

/// The corpus embedded at build time (checked by `build.rs`), decoded on first use.
/// Each quote in it is the exact slice of the source text it was found at (equal to the
/// recorded quote after normalisation), so the texts are carried once.
pub fn corpus() -> &'static Corpus {
    static CORPUS: std::sync::OnceLock<Corpus> = std::sync::OnceLock::new();
    CORPUS.get_or_init(embedded::decode)
}
