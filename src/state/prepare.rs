//! The corpus's vocabulary for search (`corpus::query::words`), made between frames as
//! soon as a corpus is shown (issue 30): made at once it held the main thread about
//! 300 ms at 16 copies of the built-in corpus and 600 ms at 40 in Chromium, and the
//! first keystroke waited for it. Each task makes slices for at most [`TASK_MS`], then
//! yields to the browser, so the page stays usable while it is made. In the browser only:
//! natively a search makes it at once.

use super::corpus;

/// The longest a task making the vocabulary runs before it yields, in milliseconds.
/// Lighthouse counts a task's time four times over (its mobile profile's slower CPU) and
/// blocks past 50 ms: with 8 ms, tasks ran 12–15 ms in a trace of home (the slice past
/// the deadline, the timer) and the first shared the task in which the whole corpus
/// arrived (36 ms), which took home's total blocking time from 72 to 168 ms.
const TASK_MS: f64 = 4.0;

/// How much text each slice reads, in bytes (about half a millisecond's work).
const SLICE: usize = 4 * 1024;

/// Makes the vocabulary of the corpus on screen a slice at a time, yielding between
/// tasks, until it is ready (or another corpus is shown: its own run makes that one's),
/// then calls `done`. Several runs at once share the work. One future type for every
/// caller (each other type linked its own copy of the task code).
pub fn prepare_search(done: Option<Box<dyn FnOnce()>>) {
    wasm_bindgen_futures::spawn_local(async move {
        let c = corpus();
        let now = || gloo::utils::window().performance().map_or(0.0, |p| p.now());
        // Never in the task that started it (the whole corpus's arrival, a page's
        // first render).
        next_task().await;
        if !std::ptr::eq(c, corpus()) {
            return;
        }
        loop {
            let deadline = now() + TASK_MS;
            while now() < deadline {
                if c.prepare_search_slice(SLICE) {
                    if let Some(done) = done {
                        done();
                    }
                    return;
                }
            }
            next_task().await;
            if !std::ptr::eq(c, corpus()) {
                return;
            }
        }
    });
}

/// Resolves in a task after the browser's next frame (or 100 ms, in a tab the browser
/// does not draw), so what runs then does not delay the paint of what was drawn before.
pub async fn after_paint() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let w = gloo::utils::window();
        let _ = w.request_animation_frame(&resolve);
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
    next_task().await;
}

/// Resolves once the browser has read the whole page (at once if it has): a single
/// file's documents' block is the page's last, read while the app already runs
/// (`corpus::deferred::carry`).
pub async fn parsed() {
    if gloo::utils::document().ready_state() != "loading" {
        return;
    }
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ =
            gloo::utils::document().add_event_listener_with_callback("DOMContentLoaded", &resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// Resolves in a task of its own, after the browser has handled what was waiting.
async fn next_task() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}
