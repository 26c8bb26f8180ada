//! Helpers for the end-to-end tests (and the bench): a static file server for `dist/`
//! on loopback and a chromedriver process, both stopped when dropped (also when a test
//! fails); what a strict test watches in a page ([`watch`]); the views to walk
//! ([`walk`]); folder copies ([`files`]). Host only.
#![cfg(not(target_arch = "wasm32"))]

pub mod axe;
pub mod files;
pub mod walk;
pub mod watch;

use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Serves a folder over HTTP on 127.0.0.1 until dropped.
pub struct StaticServer {
    pub port: u16,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    log: Log,
}

/// What a server was asked, in order.
type Log = Arc<Mutex<Vec<Request>>>;

/// One request a [`StaticServer`] received.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    /// The path and query as sent.
    pub target: String,
    pub body: String,
    /// The `Referer` header ("" when none): a service worker's own fetches name its script.
    pub referer: String,
}

impl StaticServer {
    pub fn start(root: &Path) -> StaticServer {
        StaticServer::start_with(root, Vec::new())
    }

    /// Like [`StaticServer::start`], adding `headers` (name, value) to every response.
    pub fn start_with(root: &Path, headers: Vec<(String, String)>) -> StaticServer {
        StaticServer::start_serving(root, 0, headers, false)
    }

    /// Like [`StaticServer::start_with`], on loopback port `port` (0: any free one), so a
    /// second server can take over the origin of one that was stopped.
    pub fn start_on(root: &Path, port: u16, headers: Vec<(String, String)>) -> StaticServer {
        StaticServer::start_serving(root, port, headers, false)
    }

    /// Like [`StaticServer::start_with`], but as a static host serves a build: a file's
    /// precompressed `<name>.br` or `<name>.gz` beside it is sent instead when the browser
    /// accepts that encoding (brotli first), with `Content-Encoding` (`make bench`).
    pub fn start_compressed(root: &Path, headers: Vec<(String, String)>) -> StaticServer {
        StaticServer::start_serving(root, 0, headers, true)
    }

    fn start_serving(
        root: &Path,
        port: u16,
        headers: Vec<(String, String)>,
        compressed: bool,
    ) -> StaticServer {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind a loopback port");
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let log: Log = Arc::default();
        let root = root.to_path_buf();
        let flag = stop.clone();
        let headers: String = headers
            .iter()
            .map(|(k, v)| format!("{k}: {v}\r\n"))
            .collect();
        let requests = log.clone();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if flag.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let (root, headers, log) = (root.clone(), headers.clone(), requests.clone());
                    std::thread::spawn(move || {
                        serve_one(stream, &root, &headers, &log, compressed)
                    });
                }
            }
        });
        StaticServer {
            port,
            stop,
            thread: Some(thread),
            log,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn serve_one(mut stream: TcpStream, root: &Path, extra_headers: &str, log: &Log, compressed: bool) {
    let mut line = String::new();
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
        return;
    }
    // Read the headers, keeping the body's length (policy-violation reports are POSTed).
    let mut header = String::new();
    let mut length = 0;
    let mut referer = String::new();
    let mut accepts = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        if let Some((k, v)) = header.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().unwrap_or(0);
            } else if k.eq_ignore_ascii_case("referer") {
                referer = v.trim().to_string();
            }
            if k.eq_ignore_ascii_case("accept-encoding") {
                accepts = v.to_ascii_lowercase();
            }
        }
        header.clear();
    }
    let mut body = vec![0; length];
    let _ = std::io::Read::read_exact(&mut reader, &mut body);
    let mut words = line.split_whitespace();
    let method = words.next().unwrap_or("").to_string();
    let path = words.next().unwrap_or("/");
    if let Ok(mut l) = log.lock() {
        l.push(Request {
            method: method.clone(),
            target: path.to_string(),
            body: String::from_utf8_lossy(&body).into_owned(),
            referer,
        });
    }
    if method == "POST" {
        let _ = stream.write_all(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
        let _ = stream.shutdown(Shutdown::Both);
        return;
    }
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let rel = path.trim_start_matches('/');
    // A folder's address is its index.html, as static hosts serve it ("Make your own" at make/).
    let file: PathBuf = if rel.is_empty() || rel.ends_with('/') {
        root.join(rel).join("index.html")
    } else {
        root.join(rel)
    };
    let safe = !rel.split('/').any(|part| part == "..");
    // The precompressed copy the browser accepts, brotli first, as static hosts choose.
    let encoded = ["br", "gzip"].into_iter().find_map(|encoding| {
        if !compressed || !accepts.contains(encoding) {
            return None;
        }
        let ext = if encoding == "br" { "br" } else { "gz" };
        let name = format!("{}.{ext}", file.file_name()?.to_string_lossy());
        Some((encoding, std::fs::read(file.with_file_name(name)).ok()?))
    });
    let (encoding, read) = match encoded {
        Some((encoding, body)) => (format!("Content-Encoding: {encoding}\r\n"), Ok(body)),
        None => (String::new(), std::fs::read(&file)),
    };
    let response = match (safe, read) {
        (true, Ok(body)) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n{encoding}{extra_headers}Connection: close\r\n\r\n",
                content_type(&file),
                body.len()
            );
            [head.into_bytes(), body].concat()
        }
        _ => b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found"
            .to_vec(),
    };
    let _ = stream.write_all(&response);
    let _ = stream.shutdown(Shutdown::Both);
}

/// A free loopback port.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The repository's root (this library sits in `tests/support/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The build the end-to-end tests serve: `dist/`, or the folder `E2E_DIST` names.
pub fn dist() -> PathBuf {
    let dir = std::env::var("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("dist"));
    assert!(
        dir.join("index.html").exists(),
        "{} has no index.html: run `trunk build --release` (make build) first",
        dir.display()
    );
    dir
}

/// A WebDriver session with `caps` through `driver`.
pub async fn connect(
    driver: &Driver,
    caps: serde_json::Map<String, serde_json::Value>,
) -> fantoccini::Client {
    fantoccini::ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&driver.url())
        .await
        .expect("connect to chromedriver")
}

/// Returns once the app has rendered the address in the location bar and run its effects
/// for it (its `data-settled` readiness signal, `src/app.rs`), or shows the failure
/// view, after which nothing more settles; at most 20 s of wall-clock time.
pub async fn settled(c: &fantoccini::Client) {
    use policy_options_explainer::route::Here;
    const SCRIPT: &str = "const a = document.querySelector('.app[data-settled]');
        return [location.hash, a ? a.getAttribute('data-settled') : null,
                !!document.querySelector('[data-testid=app-failure]')];";
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let seen = c.execute(SCRIPT, vec![]).await.unwrap_or_default();
        let (hash, at, failed) = (seen[0].as_str(), seen[1].as_str(), seen[2].as_bool());
        let same = hash
            .zip(at)
            .is_some_and(|(h, a)| Here::parse(h) == Here::parse(a));
        if same || failed == Some(true) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the app did not settle at {hash:?} in 20 s (settled at {at:?})"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits for the browser to lay out and paint twice (two animation frames): what a
/// scroll or a resize changes is then measured and its events handled.
pub async fn frames(c: &fantoccini::Client) {
    const SCRIPT: &str = "const done = arguments[arguments.length - 1];
        requestAnimationFrame(() => requestAnimationFrame(() => done(true)));";
    c.execute_async(SCRIPT, vec![]).await.unwrap();
}

/// The element `css` selects, once the page has it (at most 20 s).
pub async fn wait(c: &fantoccini::Client, css: &str) -> fantoccini::elements::Element {
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(fantoccini::Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("waiting for {css}: {e}"))
}

/// Whether a WebDriver server answers `GET /status` on `port` (chromedriver's answer
/// holds `"ready"`); anything else on the port does not.
pub fn answers_as_webdriver(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    let ask = b"GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    if s.write_all(ask).is_err() {
        return false;
    }
    // Read until the answer says so (the server may keep the connection open).
    let (mut answer, mut buf) = (Vec::new(), [0u8; 4096]);
    while let Ok(n @ 1..) = std::io::Read::read(&mut s, &mut buf) {
        answer.extend_from_slice(&buf[..n]);
        if String::from_utf8_lossy(&answer).contains("\"ready\"") {
            return true;
        }
    }
    false
}

/// A chromedriver process on a loopback port, killed when dropped.
pub struct Driver {
    pub port: u16,
    child: Child,
}

impl Driver {
    pub fn start() -> Driver {
        // The free port is released before chromedriver binds it, and a test running
        // beside this one may take it first (seen once: chromedriver exited and the
        // session found nothing listening); then start again on another port.
        for _ in 0..5 {
            if let Some(driver) = Driver::try_start() {
                return driver;
            }
        }
        panic!("chromedriver did not start (five ports tried)");
    }

    /// chromedriver on a free port, once it answers its status request there itself
    /// (None if it exited: something else had taken the port).
    fn try_start() -> Option<Driver> {
        let port = free_port();
        // Its own process group, so the browsers it starts are stopped with it.
        use std::os::unix::process::CommandExt;
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver (make setup installs Debian's chromium-driver)");
        let mut driver = Driver { port, child };
        let deadline = Instant::now() + Duration::from_secs(20);
        while !answers_as_webdriver(port) {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not answer on port {port} in 20 s"
            );
            if !matches!(driver.child.try_wait(), Ok(None)) {
                return None;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(driver)
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Capabilities for headless Chromium that never reaches the network by itself.
pub fn chrome_capabilities(width: u32, height: u32) -> serde_json::Map<String, serde_json::Value> {
    let mut args = vec![
        "--headless=new".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-dev-shm-usage".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--allow-file-access-from-files".into(),
    ];
    args.push(format!("--window-size={width},{height}"));
    let mut options = serde_json::json!({ "args": args });
    if Path::new("/usr/bin/chromium").exists() {
        options["binary"] = "/usr/bin/chromium".into();
    }
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".into(), options);
    caps
}

/// Browsers at a time: the end-to-end suite runs with `--test-threads=2` on two cores;
/// a strict test runs beside one other ([`beside`]), every other test alone ([`alone`]),
/// as when each kind had its own binary and the strict ones alone ran two at a time.
fn browsers() -> &'static tokio::sync::RwLock<()> {
    static BROWSERS: std::sync::OnceLock<tokio::sync::RwLock<()>> = std::sync::OnceLock::new();
    BROWSERS.get_or_init(|| tokio::sync::RwLock::new(()))
}

/// Waits until no other end-to-end test runs; held for the whole test.
pub async fn alone() -> tokio::sync::RwLockWriteGuard<'static, ()> {
    browsers().write().await
}

/// Waits until no test that must run alone runs; held for the whole test.
pub async fn beside() -> tokio::sync::RwLockReadGuard<'static, ()> {
    browsers().read().await
}

/// Asserts that the page loaded nothing (a single file from `file://`: everything inline).
pub async fn assert_no_requests(c: &fantoccini::Client) {
    let n = c
        .execute(
            "return performance.getEntriesByType('resource').length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        n.as_u64(),
        Some(0),
        "the single file loaded external resources"
    );
}
