//! axe-core in a page: every rule it has, for the strict and offline end-to-end tests.

use fantoccini::Client;
use serde_json::Value;
use std::time::Duration;

/// axe-core's source, as `make setup` installs it.
pub fn axe_source() -> String {
    let path = crate::root().join(".tools/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run `make setup`)", path.display()))
}

/// Runs axe-core on the page: every rule it has (WCAG 2.0, 2.1 and 2.2 A, AA and AAA,
/// best practices, and the experimental rules). Returns the violations as "rule (impact): targets",
/// and the ids of the rules run.
pub async fn axe(c: &Client, source: &str) -> (Vec<String>, Vec<String>) {
    // Every rule on a long page takes axe about 10 s on a quiet 2-core machine and more
    // than chromedriver's 30 s script limit when the cores are busy (seen while eight
    // builds ran): allow 180 s. Only the script limit is set; the others keep theirs.
    let limit =
        fantoccini::wd::TimeoutConfiguration::new(Some(Duration::from_secs(180)), None, None);
    c.update_timeouts(limit).await.unwrap();
    let loaded = c.execute("return !!window.axe", vec![]).await.unwrap();
    if loaded != Value::Bool(true) {
        c.execute(source, vec![]).await.unwrap();
    }
    let r = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
// Every rule axe-core has: the experimental ones, those off by default and the AAA ones
// (beyond the WCAG 2.2 AA the app promises) included.
const rules = axe.getRules().map(r => r.ruleId);
axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] })
  .then(r => done({
    violations: r.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`),
    rules: [...r.violations, ...r.passes, ...r.incomplete, ...r.inapplicable].map(x => x.id),
  }))
  .catch(e => done({ violations: ['axe failed: ' + e], rules: [] }));"#,
            vec![],
        )
        .await
        .unwrap();
    let list = |k: &str| -> Vec<String> {
        r[k].as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap_or_default().to_string())
            .collect()
    };
    (list("violations"), list("rules"))
}
