//! Checking a corpus: the [`rules`] every corpus meets wherever it is checked, the JSON
//! reader with its fuller checks ([`load`], feature `json`: the build and the `corpus`
//! CLI), and opening a corpus file in the browser ([`bundle`]).

pub mod bundle;
// Without `json` too, for the authoring page's live checks (issue 25); the students'
// app calls none.
pub mod editorial;
#[cfg(feature = "json")]
pub mod load;
pub mod rules;

/// Reads and checks the corpus in `dir` and writes it, encoded ([`crate::codec`]), to
/// `out`: what the app's `build.rs` embeds. The error says what to fix.
#[cfg(all(feature = "json", not(target_arch = "wasm32")))]
pub fn pack(dir: &std::path::Path, out: &std::path::Path) -> Result<(), String> {
    let corpus = load::load_dir(dir).map_err(|e| {
        format!(
            "{} does not pass its checks; fix these before building:\n{e}",
            dir.display()
        )
    })?;
    let bytes = crate::codec::encode(&corpus)
        .map_err(|e| format!("the checked corpus cannot be encoded: {e}"))?;
    std::fs::write(out, bytes).map_err(|e| format!("cannot write the encoded corpus: {e}"))
}
