//! The whole built-in corpus's file, as this build wrote it: its name, length and sum
//! (`build.rs` writes them to `$OUT_DIR/deferred.rs`), and opening what arrives against
//! them. The checks themselves are the corpus library's (`corpus::deferred`).

pub use corpus::deferred::{card_sources, home_part, CardSources, NAME_EVERY_SOURCE};
pub use corpus::deferred::{from_text_safe, sum, text_safe, DeferredError, DOCUMENTS_HOME, PACKED};
use corpus::Corpus;

/// The whole corpus's file name, its length in bytes and [`sum`], as `build.rs` wrote
/// them (`corpus-<the first 16 hex digits of its SHA-256>.bin`).
pub static BUILT: (&str, usize, u64) = include!(concat!(env!("OUT_DIR"), "/deferred.rs"));

/// The name, relative to the app, of the file holding the whole corpus.
pub const fn file_name() -> &'static str {
    BUILT.0
}

/// The whole corpus from the bytes that arrived, checked against [`BUILT`] first.
pub fn open(bytes: &[u8]) -> Result<Corpus, DeferredError> {
    corpus::deferred::open(bytes, BUILT.1, BUILT.2)
}

// Native only: natively the app embeds the whole corpus.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use corpus::codec::decode;

    fn whole() -> &'static [u8] {
        include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"))
    }

    #[test]
    fn home_gets_what_it_shows_and_the_rest_comes_whole() {
        let home = decode(include_bytes!(concat!(env!("OUT_DIR"), "/corpus-home.bin"))).unwrap();
        // Natively the app embeds this whole file (`state::embedded`).
        let full = &decode(whole()).unwrap();
        // Of the sources, home shows only their short names.
        assert!(home
            .sources
            .iter()
            .all(|s| s.text.is_empty() && s.title.is_empty()));
        let short = |c: &Corpus| {
            c.sources
                .iter()
                .map(|s| s.short.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(short(&home), short(full));
        assert!(home.arguments.is_empty() && home.glossary.is_empty());
        assert_eq!(
            (&home.options, &home.positions),
            (&full.options, &full.positions)
        );
        let ids = |c: &Corpus| c.sources.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&home), ids(full));
        assert_eq!(&open(whole()).unwrap(), full);
    }

    #[test]
    fn a_wrong_file_is_refused() {
        let mut bytes = whole().to_vec();
        bytes[1000] ^= 1;
        assert_eq!(open(&bytes), Err(DeferredError::NotTheFile));
        bytes[1000] ^= 1;
        bytes.pop();
        assert_eq!(open(&bytes), Err(DeferredError::NotTheFile));
        // A server's page for a missing file, in its place.
        assert_eq!(
            open(b"<!doctype html><title>Not found</title>"),
            Err(DeferredError::NotTheFile)
        );
    }

    #[test]
    fn its_name_is_its_content() {
        let name = file_name();
        let sha = corpus::check::load::sha256_hex(whole());
        assert_eq!(name, format!("corpus-{}.bin", &sha[..16]));
    }
}
