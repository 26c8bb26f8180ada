//! Reading a source: its text as blocks, the passages two sources share aligned word by
//! word, restatements, and the time scale of events.

pub mod align;
pub mod reader;
pub mod restates;
pub mod timescale;
