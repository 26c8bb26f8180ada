//! A source's overall position on an option, in one line.

use crate::model::Position;
use crate::state::corpus;

/// What a view shows for a source's position on an option: its summary; with none
/// recorded, "Not discussed" only when the source has no argument on the option either.
/// A corpus made with "Make your own" may hold arguments and no positions: its home
/// said "Not discussed" beside sources that argue for and against.
pub fn position_text(
    position: Option<&'static Position>,
    option: &str,
    source: &str,
) -> &'static str {
    match position {
        Some(p) => &p.summary,
        None if argues(option, source) => "No overall position recorded: see its arguments",
        None => "Not discussed",
    }
}

/// Whether `source` has an argument on `option` (from the index built once per corpus).
pub fn argues(option: &str, source: &str) -> bool {
    corpus().arguments_on(option, source).next().is_some()
}

/// The line under a list of sources that leaves out `silent` sources that do not discuss
/// the option, `others` naming them ("the other", "the table's other"); shared by home's
/// cards and the handout.
pub fn not_discussing(silent: usize, others: &str) -> String {
    if silent == 1 {
        format!("Not discussed by {others} source.")
    } else {
        format!("Not discussed by {others} {silent} sources.")
    }
}
