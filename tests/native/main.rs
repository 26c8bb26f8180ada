//! The native tests of the app and its corpus: `cargo test --test native` (plain
//! `cargo test` runs them with the rest). A new test file is one `mod` line here.
//! The corpus library's own unit tests run with `cargo test -p corpus`.
#![cfg(not(target_arch = "wasm32"))]

mod align;
mod author_records;
mod authoring;
mod boundaries;
mod bounded;
mod cite;
mod common;
mod contrast;
mod corpus;
mod documents;
mod generated;
mod generated_corpus;
mod generated_unicode;
mod harness;
mod limits;
mod make_your_own;
mod notebook;
mod notebook_export;
mod recommendations;
mod restates;
mod search;
