//! What the strict end-to-end tests (`tests/e2e_strict.rs`) watch in a page: policy
//! violations, script errors, the browser's console, the requests made; and the
//! browsers they drive, under the app's exact policy.

pub use crate::support::dist;
use crate::support::{chrome_capabilities, free_port, StaticServer};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use std::net::TcpStream;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The policy `index.html` ships, word for word (a test fails when they differ, so a
/// change to either is a deliberate change to both).
pub const POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types sw";

/// Where the test server takes the browsers' reports of policy violations.
pub const REPORT_PATH: &str = "/__csp-report";

/// The `content` of the Content-Security-Policy `<meta>` of an HTML page.
pub fn meta_policy(html: &str) -> Option<String> {
    let at = html.find("http-equiv=\"Content-Security-Policy\"")?;
    let tag = &html[at..at + html[at..].find('>')?];
    let v = tag.find("content=\"")? + "content=\"".len();
    Some(tag[v..v + tag[v..].find('"')?].to_string())
}

/// Serves `dist/` with the shipped policy also sent as a header that adds `report-uri`:
/// the same rules, and every violation, from the first byte of the page on, is also
/// POSTed back to this server. (A `<meta>` policy cannot carry `report-uri`.)
pub fn strict_server() -> StaticServer {
    let dist = dist();
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert_eq!(
        meta_policy(&html).as_deref(),
        Some(POLICY),
        "dist/index.html does not carry the policy this test checks"
    );
    StaticServer::start_with(
        &dist,
        vec![(
            "Content-Security-Policy".into(),
            format!("{POLICY}; report-uri {REPORT_PATH}"),
        )],
    )
}

/// Policy-violation reports the server received.
pub fn reports(server: &StaticServer) -> Vec<String> {
    server
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.target.starts_with(REPORT_PATH))
        .map(|r| r.body)
        .collect()
}

/// Headless Chromium of the given size, its console kept for [`console`].
pub async fn chromium(driver_url: &str, width: u32, height: u32) -> Client {
    connect_chromium(driver_url, chrome_capabilities(width, height)).await
}

/// Headless Chromium showing pages as a phone of `width` × `height` CSS px does. (A
/// desktop window is never narrower than 500 px.)
pub async fn phone(driver_url: &str, width: u32, height: u32) -> Client {
    let mut caps = chrome_capabilities(800, 900);
    caps["goog:chromeOptions"]["mobileEmulation"] = json!({
        "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0, "mobile": true, "touch": false }
    });
    connect_chromium(driver_url, caps).await
}

async fn connect_chromium(driver_url: &str, mut caps: serde_json::Map<String, Value>) -> Client {
    caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
    ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(driver_url)
        .await
        .expect("connect to chromedriver")
}

/// chromedriver's log of the browser console (everything since the last call).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

/// The console messages of level `SEVERE` (errors, policy violations, uncaught
/// exceptions, failed loads) since the last call, as "LEVEL message" (Chromium only).
pub async fn console_errors(c: &Client) -> Vec<String> {
    console(c)
        .await
        .into_iter()
        .filter(|m| m.starts_with("SEVERE"))
        .collect()
}

/// Every console message since the last call, as "LEVEL message" (Chromium only).
pub async fn console(c: &Client) -> Vec<String> {
    let log = c.issue_cmd(BrowserLog).await.expect("read the browser log");
    log.as_array()
        .map(|entries| {
            entries
                .iter()
                .map(|e| format!("{} {}", e["level"].as_str().unwrap_or("?"), e["message"]))
                .collect()
        })
        .unwrap_or_default()
}

/// Starts watching the page (until it is reloaded): policy violations, uncaught errors
/// and rejected promises are kept in `window.__watch`.
pub const WATCH: &str = r#"
if (!window.__watch) {
  const w = window.__watch = { violations: [], errors: [] };
  document.addEventListener('securitypolicyviolation', e =>
    w.violations.push(`${e.effectiveDirective} blocked ${e.blockedURI} ${e.sample || ''}`.trim()));
  window.addEventListener('error', e => w.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', e => w.errors.push(String(e.reason)));
}
"#;

/// What `window.__watch` caught: (violations, errors).
pub async fn watched(c: &Client) -> (Vec<String>, Vec<String>) {
    let v = c
        .execute(
            "return window.__watch || {violations: ['not watching'], errors: []}",
            vec![],
        )
        .await
        .unwrap();
    let list = |k: &str| -> Vec<String> {
        v[k].as_array()
            .map(|a| {
                a.iter()
                    .map(|s| s.as_str().unwrap_or("?").to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    (list("violations"), list("errors"))
}

/// Goes to `#hash` within the page (a hash change, as a link does) and returns once the
/// app has rendered it and run its effects.
pub async fn go(c: &Client, hash: &str) {
    c.execute("location.hash = arguments[0]", vec![json!(hash)])
        .await
        .unwrap_or_else(|e| panic!("going to #{hash}: {e}"));
    crate::support::settled(c).await;
}

/// Loads `url` afresh (through about:blank, so even a hash-only change reloads) and
/// waits for the app's first heading and its readiness signal.
pub async fn load(c: &Client, url: &str) {
    c.goto("about:blank").await.unwrap();
    c.goto(url).await.unwrap();
    wait_for_heading(c).await;
    crate::support::settled(c).await;
}

pub async fn wait_for_heading(c: &Client) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let ok = c
            .execute(
                "const h = document.querySelector('main h1'); return !!h && h.textContent.trim() !== ''",
                vec![],
            )
            .await
            .unwrap_or(Value::Bool(false));
        if ok == Value::Bool(true) {
            return;
        }
        assert!(Instant::now() < deadline, "no heading in main after 20 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// What the page shows, for the checks on every view.
#[derive(Debug)]
pub struct Shown {
    pub h1: String,
    pub not_found: bool,
    pub failure: bool,
    pub text_len: u64,
    pub hash: String,
}

pub async fn shown(c: &Client) -> Shown {
    let v = c
        .execute(
            r#"const h = document.querySelector('main h1');
return { h1: h ? h.textContent.trim() : '',
  notFound: !!document.querySelector('[data-testid=not-found]'),
  failure: !!document.querySelector('[data-testid=app-failure]'),
  textLen: document.body.innerText.trim().length,
  hash: location.hash };"#,
            vec![],
        )
        .await
        .unwrap();
    Shown {
        h1: v["h1"].as_str().unwrap_or_default().to_string(),
        not_found: v["notFound"].as_bool().unwrap_or(false),
        failure: v["failure"].as_bool().unwrap_or(false),
        text_len: v["textLen"].as_u64().unwrap_or(0),
        hash: v["hash"].as_str().unwrap_or_default().to_string(),
    }
}

/// A geckodriver process on a loopback port, killed (with its Firefox) when dropped.
pub struct Gecko {
    pub port: u16,
    child: Child,
}

impl Gecko {
    pub fn start() -> Gecko {
        let port = free_port();
        use std::os::unix::process::CommandExt;
        let child = Command::new("geckodriver")
            .arg(format!("--port={port}"))
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start geckodriver (make setup installs it)");
        let gecko = Gecko { port, child };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "geckodriver did not start listening"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        gecko
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Headless Firefox of the given size that never reaches the network by itself.
    pub async fn firefox(&self, width: u32, height: u32) -> Client {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "moz:firefoxOptions".into(),
            json!({
                "args": ["-headless", format!("--width={width}"), format!("--height={height}")],
                "prefs": {
                    "network.captive-portal-service.enabled": false,
                    "app.update.enabled": false,
                    "browser.safebrowsing.downloads.remote.enabled": false,
                    "datareporting.policy.dataSubmissionEnabled": false,
                    "network.connectivity-service.enabled": false,
                    "dom.navigation.locationChangeRateLimit.count": 100000
                }
            }),
        );
        ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&self.url())
            .await
            .expect("connect to geckodriver")
    }
}

impl Drop for Gecko {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Like [`phone`], with a touch screen (`(hover: none)` and `(pointer: coarse)` match).
#[allow(dead_code)] // used by tests/e2e_place.rs
pub async fn touch_phone(driver_url: &str, width: u32, height: u32) -> Client {
    let mut caps = chrome_capabilities(800, 900);
    caps["goog:chromeOptions"]["mobileEmulation"] = json!({
        "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0, "mobile": true, "touch": true }
    });
    connect_chromium(driver_url, caps).await
}

/// Headless Chromium with a page area of exactly `width` × `height` CSS px (a
/// projector's screen; `--window-size` counts the window, not the page).
#[allow(dead_code)] // used by tests/e2e_place.rs
pub async fn screen(driver_url: &str, width: u32, height: u32) -> Client {
    let mut caps = chrome_capabilities(width.max(800), height.max(900));
    caps["goog:chromeOptions"]["mobileEmulation"] = json!({
        "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0, "mobile": false, "touch": false }
    });
    connect_chromium(driver_url, caps).await
}

/// Runs `test` with a fresh browser; the browser and its driver are stopped afterwards,
/// also when the test fails.
pub async fn session<Fut>(c: Client, test: impl FnOnce(Client) -> Fut)
where
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let outcome = tokio::spawn(test(c.clone())).await;
    let _ = c.close().await;
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// axe-core's findings on the page, every rule it has (WCAG 2.0–2.2 A to AAA, best
/// practices, experimental), as "rule (impact): targets".
#[allow(dead_code)] // used by tests/e2e_prerender.rs and tests/e2e_offline.rs
pub async fn axe_all(c: &Client) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(".tools/node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run `make setup`)", path.display()));
    let limit =
        fantoccini::wd::TimeoutConfiguration::new(Some(Duration::from_secs(180)), None, None);
    c.update_timeouts(limit).await.unwrap();
    c.execute(&source, vec![]).await.unwrap();
    let v = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
const rules = axe.getRules().map(r => r.ruleId);
axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] })
  .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)))
  .catch(e => done(['axe failed: ' + e]));"#,
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(v).unwrap_or_default()
}
