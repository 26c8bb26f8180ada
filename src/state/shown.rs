//! The corpus on screen: the one built into the app (`build.rs` checked and encoded it),
//! or documents a reader opened. Views read it through [`corpus`]; only the state's
//! corpus switch changes it.

use crate::model::{codec, deferred, Corpus, DecodeError};

/// The corpus `build.rs` checked and encoded, natively: the whole of it.
#[cfg(not(target_arch = "wasm32"))]
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// What home shows (`build.rs`'s `corpus-home.bin`: the options, each source's id and
/// short name, the positions), natively: `examples/prerender.rs` writes it into the page.
#[cfg(not(target_arch = "wasm32"))]
pub fn home_bytes() -> &'static [u8] {
    include_bytes!(concat!(env!("OUT_DIR"), "/corpus-home.bin"))
}

/// The whole built-in corpus, once it has arrived ([`attach_whole`]).
static WHOLE: std::sync::OnceLock<Corpus> = std::sync::OnceLock::new();

/// In the browser, what home shows, from the page's data block ([`set_home`]).
static HOME: std::sync::OnceLock<Result<Corpus, DecodeError>> = std::sync::OnceLock::new();

/// The built-in corpus: natively the whole of it, embedded; in the browser, once
/// [`attach_whole`] has put it in place, and before that only what home shows ([`set_home`]:
/// only home may be drawn then, see [`whole_ready`] and [`home_ready`]), or an empty
/// corpus while neither is there.
pub fn embedded() -> Result<&'static Corpus, &'static DecodeError> {
    if let Some(whole) = WHOLE.get() {
        return Ok(whole);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        static CORPUS: std::sync::OnceLock<Result<Corpus, DecodeError>> =
            std::sync::OnceLock::new();
        CORPUS.get_or_init(|| codec::decode(EMBEDDED)).as_ref()
    }
    #[cfg(target_arch = "wasm32")]
    match HOME.get() {
        Some(home) => home.as_ref(),
        None => Ok(empty()),
    }
}

/// The corpus with nothing in it.
fn empty() -> &'static Corpus {
    static EMPTY: std::sync::OnceLock<Corpus> = std::sync::OnceLock::new();
    EMPTY.get_or_init(Corpus::default)
}

/// Puts what home shows in place, from the page's data block (`text`: the bytes of
/// `corpus-home.bin` as `corpus::deferred::text_safe` wrote them; issue 28: in the page
/// beside the prerendered home, not in the wasm, it costs a fifth of the bytes).
pub fn set_home(text: &str) {
    let home = deferred::from_text_safe(text)
        .ok_or(DecodeError::NotACorpus)
        .and_then(|bytes| codec::decode(&bytes));
    let _ = HOME.set(home);
}

/// The bytes of the whole built-in corpus, natively (`examples/prerender.rs` writes them
/// beside the browser build).
#[cfg(not(target_arch = "wasm32"))]
pub fn whole_bytes() -> &'static [u8] {
    EMBEDDED
}

/// Whether the corpus shown is whole: a corpus a reader opened always is; the embedded
/// one natively always, in the browser once it has arrived.
pub fn whole_ready() -> bool {
    match SHOWN.get() {
        Some(shown) => shown.whole,
        None => cfg!(not(target_arch = "wasm32")) || WHOLE.get().is_some(),
    }
}

/// Whether home can be drawn: the corpus is whole, or what home shows is in place (a
/// page without its data block waits for the whole corpus).
pub fn home_ready() -> bool {
    whole_ready() || HOME.get().is_some() || SHOWN.get().is_some()
}

/// Puts the whole built-in corpus in place from the bytes that arrived, checked against
/// what the build recorded.
pub fn attach_whole(bytes: &[u8]) -> Result<(), deferred::DeferredError> {
    if WHOLE.get().is_none() {
        let _ = WHOLE.set(deferred::open(bytes)?);
    }
    Ok(())
}

/// The corpus the views show, and its name when it is not the one built into the app.
#[derive(Clone, Copy)]
struct Shown {
    corpus: &'static Corpus,
    name: &'static str,
    /// `false`: only what home shows of it ([`set_base_home`]), the rest to come.
    whole: bool,
}

thread_local! {
    /// The corpus on screen; `None`: the embedded one.
    static SHOWN: std::cell::Cell<Option<Shown>> = const { std::cell::Cell::new(None) };
    /// The corpus this copy of the app starts with, when it is not the embedded one (a
    /// single file made with `corpus single-file` carries its own).
    static BASE: std::cell::Cell<Option<Shown>> = const { std::cell::Cell::new(None) };
}

/// The corpus the views show: the embedded one, or documents a reader opened
/// ([`show_own`]). The app checks [`embedded`] before it shows the embedded corpus and
/// shows the error instead when decoding failed (it never should: `build.rs` encoded
/// it), so the empty corpus given then is never on screen.
pub fn corpus() -> &'static Corpus {
    match SHOWN.get() {
        Some(s) => s.corpus,
        None => embedded().unwrap_or_else(|_| empty()),
    }
}

/// The name of the documents shown, when they are not the embedded corpus.
pub fn own_name() -> Option<&'static str> {
    SHOWN.get().map(|s| s.name)
}

/// Whether the corpus shown is the one this copy of the app starts with.
pub fn shows_base() -> bool {
    let at = |s: Option<Shown>| s.map(|s| s.corpus as *const Corpus);
    at(SHOWN.get()) == at(BASE.get())
}

/// The name of the corpus this copy starts with, when it is not the embedded one.
pub fn base_name() -> Option<&'static str> {
    BASE.get().map(|s| s.name)
}

/// Shows `corpus` (checked: [`crate::model::bundle::open`]) in every view under `name`.
///
/// Views and their properties hold `&'static` borrows of corpus records (and the
/// embedded corpus is `'static`), so a corpus shown once must outlive any view that may
/// still hold it: it is leaked, never freed. That costs its size once per file a reader
/// opens in a visit (a corpus file is at most [`crate::model::bundle::MAX_BYTES`]), and keeps every
/// view's signature as it was; a reference-counted corpus would have to be threaded
/// through every view and property instead.
pub fn show_own(corpus: Corpus, name: &str) {
    SHOWN.set(Some(leaked(corpus, name, true)));
}

/// `corpus` under `name`, kept for the rest of the visit (see [`show_own`]).
fn leaked(corpus: Corpus, name: &str, whole: bool) -> Shown {
    Shown {
        corpus: Box::leak(Box::new(corpus)),
        name: Box::leak(name.to_string().into_boxed_str()),
        whole,
    }
}

/// Makes the corpus shown the one this copy of the app starts with (a single file's own
/// documents; for the app itself, the embedded corpus).
pub fn show_base() {
    SHOWN.set(BASE.get());
}

/// Forgets the corpus this copy starts with and shows the embedded one: what ends the
/// preview of "Make your own" (which set its project as the base) between the browser
/// tests, which share one page.
pub fn forget_base() {
    BASE.set(None);
    SHOWN.set(None);
}

/// Sets the corpus this copy starts with (a single file's own documents) and shows it.
pub fn set_base(corpus: Corpus, name: &str) {
    show_own(corpus, name);
    BASE.set(SHOWN.get());
}

/// Sets what home shows of the documents this copy starts with (a single file's own,
/// from their data block `corpus::deferred::DOCUMENTS_HOME`) and shows it: only home is
/// drawn until [`complete_base`] puts the whole of them in its place (issue 30).
pub fn set_base_home(home: Corpus, name: &str) {
    BASE.set(Some(leaked(home, name, false)));
    SHOWN.set(BASE.get());
}

/// Whether the documents this copy starts with are still only what home shows of them.
pub fn base_partial() -> bool {
    BASE.get().is_some_and(|b| !b.whole)
}

/// Puts the whole of the documents this copy starts with in place of what home showed
/// of them ([`set_base_home`]), shown if those were; `None`: they could not be read, so
/// this copy starts with the embedded corpus, shown if they were.
pub fn complete_base(whole: Option<Corpus>) {
    let Some(base) = BASE.get() else {
        return;
    };
    let shown = shows_base();
    let next = whole.map(|c| leaked(c, base.name, true));
    BASE.set(next);
    if shown {
        SHOWN.set(next);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_corpus_decodes() {
        if let Err(e) = embedded() {
            panic!("{e}");
        }
    }
}
