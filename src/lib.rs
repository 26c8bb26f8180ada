//! Policy Options Explainer: the policy options four sources discuss for Pakistan's
//! response to the TTP after the 2021 Taliban takeover, with each source's arguments
//! for and against and the verbatim, verified evidence behind them.
//!
//! - [`model`]: the corpus schema, checks and queries (pure Rust, tested natively).
//! - `state`, `route`, `components`, `pages`: the Yew app.

pub mod model;
