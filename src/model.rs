//! The corpus library (`crates/corpus`) under the name the app's layers use: its
//! modules at their old flat paths, so a view says `crate::model::cite`, whichever
//! folder of the library holds it.

#[cfg(not(target_arch = "wasm32"))]
pub use corpus::check::load;
pub use corpus::check::{bundle, editorial, rules};
pub use corpus::present::slides;
pub use corpus::query::{facts, find, index, search};
pub use corpus::reading::{align, reader, restates, timescale};
#[cfg(not(target_arch = "wasm32"))]
pub use corpus::single_file;
pub use corpus::study::{cite, notebook};
pub use corpus::*;

pub mod deferred;
