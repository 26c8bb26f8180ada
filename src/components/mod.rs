//! Views shared by pages, one per file. Components read the static corpus by id or
//! `&'static` reference and only dispatch actions; they never own corpus data.

pub mod argument_item;
pub mod cite;
pub mod collect;
pub mod documents;
pub mod empty_result;
pub mod evidence_quote;
pub mod filter_bar;
pub mod grid_sources;
pub mod highlighted;
pub mod jump;
pub mod matrix;
pub mod nav;
pub mod not_found;
pub mod notebook_notice;
pub mod option_card;
pub mod part;
pub mod position;
pub mod reading;
pub mod restates;
pub mod source_text;
pub mod stance_badge;
pub mod stance_grid;
pub mod stance_groups;
pub mod theme_switch;
pub mod time_axis;
