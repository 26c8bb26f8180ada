//! The browser's storage for this site (`localStorage`): the one place the students' app
//! reads and writes it. Its keys: [`THEME`], [`PRESENTER`], the notebook's
//! (`store::KEY`, one per corpus shown) and the documents a reader kept
//! (`corpus::bundle::KEEP_KEY`); `static/js/early.js` reads the first three kinds before
//! the first paint. A browser may refuse storage (some private windows, a full quota):
//! every function here says so instead of failing, and callers keep working without it.

/// The colour theme chosen ("auto" is kept as no value).
pub const THEME: &str = "theme";
/// Presenter mode, kept across visits.
pub const PRESENTER: &str = "presenter";

/// Why the browser refused to read or write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The site's share of storage is full.
    Full,
    /// No storage for this page, or another refusal.
    Denied,
}

impl Refused {
    /// Chrome and Firefox name a full storage QuotaExceededError; older Firefox
    /// NS_ERROR_DOM_QUOTA_REACHED.
    fn from(e: wasm_bindgen::JsValue) -> Refused {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name.contains("QUOTA") || name.contains("Quota") {
            Refused::Full
        } else {
            Refused::Denied
        }
    }
}

fn storage() -> Result<web_sys::Storage, Refused> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(Refused::Denied)
}

/// Whether this page may keep anything at all.
pub fn available() -> bool {
    storage().is_ok()
}

/// What `key` holds (`None`: nothing kept).
pub fn read(key: &str) -> Result<Option<String>, Refused> {
    storage()?.get_item(key).map_err(Refused::from)
}

/// Keeps `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), Refused> {
    storage()?.set_item(key, value).map_err(Refused::from)
}

/// Forgets `key`.
pub fn remove(key: &str) -> Result<(), Refused> {
    storage()?.remove_item(key).map_err(Refused::from)
}

/// What the site's other keys take, in characters of keys and values (to name the
/// cause when the browser refuses to keep more).
pub fn used_except(key: &str) -> usize {
    let Ok(s) = storage() else {
        return 0;
    };
    (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k != key)
        .map(|k| k.len() + s.get_item(&k).ok().flatten().map_or(0, |v| v.len()))
        .sum()
}
