//! End to end: the release build in `dist/`, served on loopback, driven in headless
//! browsers through WebDriver. Needs `make build` first (and chromedriver, geckodriver);
//! every test is `#[ignore]`d so plain `cargo test` skips them.
//!
//! `make test-e2e` runs them all: `cargo test --test e2e -- --ignored --test-threads=2`;
//! one group: `cargo test --test e2e -- --ignored strict::`. Each test starts its own
//! server and browser, and holds [`support::alone`] or [`support::beside`] so that only
//! the strict tests run two at a time. A new test file is one `mod` line here.
#![cfg(not(target_arch = "wasm32"))]

mod author;
mod basics;
mod documents;
mod notebook;
mod offline;
mod place;
mod prerender;
mod print;
mod strict;
