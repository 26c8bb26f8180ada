//! Presenting: the slides a presenter steps through.

pub mod slides;
