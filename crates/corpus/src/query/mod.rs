//! Questions asked of a corpus: look-ups by id, the filter and search (with stemming),
//! the comparison matrix and the recommendations.

pub mod facts;
pub mod filter;
pub mod find;
pub mod index;
mod lookup;
pub mod matrix;
mod recommend;
pub mod search;
mod stem;
mod words;
