//! A source's overall position on an option, in one line.

use crate::model::Position;

/// What a view shows for a source's position on an option: its summary, or "Not
/// discussed" when the source does not discuss the option.
pub fn position_text(position: Option<&'static Position>) -> &'static str {
    position.map_or("Not discussed", |p| &p.summary)
}
