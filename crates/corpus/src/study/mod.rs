//! A student's own work: citations in APA, MLA and Chicago, and the notebook.

pub mod cite;
pub mod notebook;
