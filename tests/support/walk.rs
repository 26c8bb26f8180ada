//! The views the end-to-end tests walk: one address of each kind of view, and one of
//! every further kind linked from them (tests/e2e/strict.rs, tests/e2e/place.rs).

use crate::watch::{go, load, wait_for_heading};
use fantoccini::Client;
use policy_options_explainer::route::Route;
use policy_options_explainer::shown::corpus;
use std::collections::{BTreeSet, VecDeque};

/// One address of each kind of view the app has (every variant of `Route`, with real
/// ids, filters, a search with and without results, and unknown ids). The walks add
/// every further kind they find linked from these (a new page in the menu is walked
/// without a change here).
pub fn views() -> Vec<String> {
    let c = corpus();
    let mut v: Vec<String> = Route::one_of_each(c, 0)
        .iter()
        .map(|r| r.href()[1..].to_string())
        .collect();
    v.extend(
        c.sources
            .iter()
            .skip(1)
            .map(|s| format!("/source/{}", s.id)),
    );
    v.extend(
        [
            "/option/border?stance=for,against&kind=statistic&q=fence",
            "/compare/border/kakar/bakhsh-rab-faiz?read=texts",
            // Slides (issue 12): an argument's slide with its quotes, and past the end.
            "/slides/border/6",
            "/slides/all/999",
            "/search?q=border",
            "/search?q=%22safe%20haven%22",
            "/search?q=no-such-word-anywhere",
            "/no-such-page",
            "/option/no-such-option",
        ]
        .map(String::from),
    );
    v
}

/// The kind of view an in-app link leads to: its first path segment and how many
/// segments it has (`/option/x` and `/option/y` are one kind).
pub fn kind(hash_path: &str) -> String {
    let path = hash_path.split('?').next().unwrap_or_default();
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    format!("{}/{}", segs.first().unwrap_or(&""), segs.len())
}

/// The in-app links on the page, as hash paths.
pub async fn links(c: &Client) -> Vec<String> {
    let v = c
        .execute(
            "return [...document.querySelectorAll('a[href^=\"#/\"]')].map(a => a.getAttribute('href').slice(1))",
            vec![],
        )
        .await
        .unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s.as_str().map(String::from))
        .collect()
}

/// A walk over [`views`] and one of every further kind of view linked from them.
pub struct Walk {
    queue: VecDeque<String>,
    kinds: BTreeSet<String>,
    /// Load each view afresh rather than change the hash.
    reload: bool,
    pub visited: usize,
}

impl Walk {
    pub fn new(reload: bool) -> Walk {
        let queue: VecDeque<String> = views().into();
        let kinds = queue.iter().map(|v| kind(v)).collect();
        Walk {
            queue,
            kinds,
            reload,
            visited: 0,
        }
    }

    /// Goes to the next view and returns its address, or `None` when all are visited.
    pub async fn next(&mut self, c: &Client, base: &str) -> Option<String> {
        let v = self.queue.pop_front()?;
        if self.reload {
            load(c, &format!("{base}#{v}")).await;
        } else {
            go(c, &v).await;
            wait_for_heading(c).await;
        }
        for link in links(c).await {
            if self.kinds.insert(kind(&link)) {
                self.queue.push_back(link);
            }
        }
        self.visited += 1;
        Some(v)
    }
}
