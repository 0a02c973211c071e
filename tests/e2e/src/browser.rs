//! Headless Chromium over the DevTools Protocol (CDP), synchronous.
//!
//! One WebSocket to the browser; each [`Page`] lives in its own fresh browser
//! context (separate cookies and storage) and talks to its target through a
//! flattened CDP session. Every call has a deadline, the browser process is
//! killed when the [`Browser`] is dropped and its profile directory removed.
//!
//! From the moment a page is created the harness records, for its whole life:
//! network requests (also from its workers and out-of-process iframes),
//! console messages and uncaught exceptions, CSP violations and attempts to
//! write client-side storage. [`Page::privacy_report`] turns that into a
//! verdict on the widget's promise that nothing leaves the device.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use tungstenite::protocol::WebSocketConfig;

/// The JSON crate the harness speaks, for callers of [`Page::cdp`] and [`Page::eval`].
pub use serde_json;
use tungstenite::{Message, WebSocket};

/// Default Chromium binary; override with the `CHROME_PATH` environment variable.
pub const DEFAULT_CHROME: &str = "/usr/bin/chromium";
/// Default deadline for a single CDP call, [`Page::eval`] and [`Page::click`] waits.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// Deadline for [`Page::goto`] to reach the `load` event.
pub const NAVIGATION_TIMEOUT: Duration = Duration::from_secs(30);
/// How long [`Browser::launch`] waits for Chromium to open its DevTools port.
const LAUNCH_TIMEOUT: Duration = Duration::from_secs(30);
/// Name of the CDP binding the instrumentation script reports through.
const BINDING: &str = "__imsE2EReport";

// ---------------------------------------------------------------------------
// Errors

/// A harness failure, with a message meant for a human reading test output.
#[derive(Clone, PartialEq, Eq)]
pub struct Error(pub String);

/// Result type of the harness.
pub type Result<T> = std::result::Result<T, Error>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `unwrap()` output stays readable (real newlines, no escaping).
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error(e.to_string())
    }
}

fn err<T>(msg: impl Into<String>) -> Result<T> {
    Err(Error(msg.into()))
}

// ---------------------------------------------------------------------------
// Temporary directories

/// A directory under the system temp dir, removed (recursively) on drop.
#[derive(Debug)]
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// Create a fresh, empty directory whose name starts with `prefix`.
    pub fn new(prefix: &str) -> io::Result<TempDir> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("{prefix}-{}-{nanos}-{n}", std::process::id()));
        fs::create_dir(&path)?;
        Ok(TempDir { path })
    }

    /// The directory's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Write `contents` to `name` (relative; parent directories created).
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> io::Result<PathBuf> {
        let file = self.path.join(name);
        if let Some(parent) = file.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&file, contents)?;
        Ok(file)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Chromium may still be flushing files for a moment after exit.
        for _ in 0..10 {
            match fs::remove_dir_all(&self.path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => std::thread::sleep(Duration::from_millis(50)),
                _ => return,
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The CDP connection

struct Event {
    /// The page's own session, for events from its workers and iframes too.
    root: String,
    method: String,
    params: Value,
}

struct Conn {
    ws: WebSocket<TcpStream>,
    next_id: u64,
    events: VecDeque<Event>,
    /// session id -> the page session it belongs to (itself for a page).
    owners: HashMap<String, String>,
    /// Set once the connection is unusable; every later call fails with it.
    dead: Option<String>,
}

impl Conn {
    fn connect(addr: SocketAddr, ws_path: &str) -> Result<Conn> {
        let stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5))
            .map_err(|e| Error(format!("cannot connect to Chromium's DevTools at {addr}: {e}")))?;
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        stream.set_write_timeout(Some(Duration::from_secs(10)))?;
        stream.set_nodelay(true)?;
        let url = format!("ws://{addr}{ws_path}");
        let config = WebSocketConfig::default()
            .max_message_size(Some(512 << 20))
            .max_frame_size(Some(512 << 20));
        let (ws, _) = tungstenite::client::client_with_config(url.as_str(), stream, Some(config))
            .map_err(|e| Error(format!("DevTools WebSocket handshake with {url} failed: {e}")))?;
        Ok(Conn {
            ws,
            next_id: 1,
            events: VecDeque::new(),
            owners: HashMap::new(),
            dead: None,
        })
    }

    fn check_alive(&self) -> Result<()> {
        match &self.dead {
            Some(why) => err(format!("browser connection is closed ({why})")),
            None => Ok(()),
        }
    }

    /// Send a command without waiting for its answer; returns its id.
    fn send(&mut self, session: Option<&str>, method: &str, params: Value) -> Result<u64> {
        self.check_alive()?;
        let id = self.next_id;
        self.next_id += 1;
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        if let Err(e) = self.ws.send(Message::text(msg.to_string())) {
            self.dead = Some(format!("sending {method} failed: {e}"));
            self.check_alive()?;
        }
        Ok(id)
    }

    /// Send a command and wait for its result, queueing events meanwhile.
    fn call(&mut self, session: Option<&str>, method: &str, params: Value, timeout: Duration) -> Result<Value> {
        let id = self.send(session, method, params)?;
        let deadline = Instant::now() + timeout;
        loop {
            if Instant::now() >= deadline {
                return err(format!("CDP call {method} got no answer within {timeout:?}"));
            }
            let Some(msg) = self.read_one(deadline)? else {
                continue;
            };
            if msg.get("id").and_then(Value::as_u64) == Some(id) {
                if let Some(e) = msg.get("error") {
                    let text = e.get("message").and_then(Value::as_str).unwrap_or("unknown error");
                    let data = e
                        .get("data")
                        .and_then(Value::as_str)
                        .map(|d| format!(" ({d})"))
                        .unwrap_or_default();
                    return err(format!("CDP call {method} failed: {text}{data}"));
                }
                return Ok(msg.get("result").cloned().unwrap_or(Value::Null));
            }
        }
    }

    /// Wait up to `wait` for at least one message; queue any events read.
    fn pump(&mut self, wait: Duration) -> Result<()> {
        let deadline = Instant::now() + wait;
        while Instant::now() < deadline {
            if self.read_one(deadline)?.is_some() {
                break;
            }
        }
        // Then take whatever else is already waiting, without blocking long.
        let short = Instant::now() + Duration::from_millis(1);
        while self.read_one(short)?.is_some() {}
        Ok(())
    }

    /// Read one message before `deadline`. Events are queued (and returned);
    /// `Ok(None)` when nothing arrived in time.
    fn read_one(&mut self, deadline: Instant) -> Result<Option<Value>> {
        self.check_alive()?;
        let left = deadline.saturating_duration_since(Instant::now());
        let wait = left.clamp(Duration::from_millis(1), Duration::from_millis(200));
        let _ = self.ws.get_ref().set_read_timeout(Some(wait));
        let text = match self.ws.read() {
            Ok(Message::Text(t)) => t,
            Ok(Message::Close(_)) => {
                self.dead = Some("Chromium closed the DevTools connection".into());
                return self.check_alive().map(|_| None);
            }
            Ok(_) => return Ok(None),
            Err(tungstenite::Error::Io(e))
                if matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut) =>
            {
                return Ok(None)
            }
            Err(e) => {
                self.dead = Some(format!("DevTools connection failed: {e} (did Chromium exit?)"));
                return self.check_alive().map(|_| None);
            }
        };
        let msg: Value = serde_json::from_str(text.as_str()).map_err(|e| Error(format!("bad CDP message: {e}")))?;
        if let Some(method) = msg.get("method").and_then(Value::as_str) {
            self.on_event(&msg, method.to_string());
        }
        Ok(Some(msg))
    }

    /// Route an event to its page; set up auto-attached workers and iframes at
    /// once (fire-and-forget) so they never stay paused waiting for us.
    fn on_event(&mut self, msg: &Value, method: String) {
        let Some(session) = msg.get("sessionId").and_then(Value::as_str) else {
            return;
        };
        let Some(root) = self.owners.get(session).cloned() else {
            return;
        };
        let params = msg.get("params").cloned().unwrap_or(Value::Null);
        match method.as_str() {
            "Target.attachedToTarget" => {
                if let Some(child) = params.get("sessionId").and_then(Value::as_str) {
                    let kind = params.pointer("/targetInfo/type").and_then(Value::as_str).unwrap_or("");
                    self.owners.insert(child.to_string(), root.clone());
                    let _ = self.setup_child(child, kind);
                }
            }
            "Target.detachedFromTarget" => {
                if let Some(child) = params.get("sessionId").and_then(Value::as_str) {
                    self.owners.remove(child);
                }
            }
            "Page.javascriptDialogOpening" => {
                // An open alert() would block every evaluation; accept it.
                let _ = self.send(Some(session), "Page.handleJavaScriptDialog", json!({ "accept": true }));
            }
            _ => {}
        }
        self.events.push_back(Event { root, method, params });
    }

    fn setup_child(&mut self, session: &str, kind: &str) -> Result<()> {
        let s = Some(session);
        if kind == "iframe" {
            self.send(s, "Runtime.addBinding", json!({ "name": BINDING }))?;
            self.send(s, "Page.enable", json!({}))?;
            self.send(
                s,
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": INSTRUMENTATION, "runImmediately": true }),
            )?;
            self.send(s, "Log.enable", json!({}))?;
            self.send(
                s,
                "Target.setAutoAttach",
                json!({ "autoAttach": true, "waitForDebuggerOnStart": true, "flatten": true }),
            )?;
        }
        if matches!(kind, "iframe" | "worker" | "shared_worker" | "service_worker") {
            self.send(s, "Network.enable", json!({}))?;
            self.send(s, "Runtime.enable", json!({}))?;
        }
        self.send(s, "Runtime.runIfWaitingForDebugger", json!({}))?;
        Ok(())
    }

    fn take_events(&mut self, root: &str) -> Vec<Event> {
        let (mine, rest): (VecDeque<Event>, VecDeque<Event>) = std::mem::take(&mut self.events)
            .into_iter()
            .partition(|e| e.root == root);
        self.events = rest;
        mine.into()
    }
}

// ---------------------------------------------------------------------------
// Browser

/// The languages every test page's browser asks for (`navigator.languages`):
/// German, which no test's clinic offers.
pub const BROWSER_LANGUAGES: &str = "de-DE,de";

/// Headless Chromium with none of its own traffic (updates, sync, first-run
/// pages) to pollute what a test records; every Chromium here starts so.
pub const QUIET_HEADLESS: [&str; 7] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
];

/// A headless Chromium process with a DevTools connection.
pub struct Browser {
    conn: Rc<RefCell<Conn>>,
    child: Child,
    viewport: (u32, u32),
    profile: TempDir,
}

impl Browser {
    /// Launch headless Chromium (`CHROME_PATH` or [`DEFAULT_CHROME`]) with a
    /// fresh profile and the given window size, and connect to it.
    pub fn launch(viewport: (u32, u32)) -> Result<Browser> {
        let chrome = std::env::var("CHROME_PATH").unwrap_or_else(|_| DEFAULT_CHROME.to_string());
        let profile = TempDir::new("ims-e2e-chromium")?;
        let log_path = profile.path().join("chromium-stderr.log");
        let log = fs::File::create(&log_path)?;
        let mut child = Command::new(&chrome)
            .args(QUIET_HEADLESS)
            .args([
                "--no-default-browser-check",
                "--disable-quic",
                "--disable-default-apps",
                "--disable-extensions",
                "--mute-audio",
                // Nothing but loopback resolves: a test can never reach the internet.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.*",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(format!("--window-size={},{}", viewport.0, viewport.1))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .map_err(|e| Error(format!("cannot start Chromium at {chrome}: {e} (set CHROME_PATH?)")))?;

        let port_file = profile.path().join("DevToolsActivePort");
        let deadline = Instant::now() + LAUNCH_TIMEOUT;
        let (port, ws_path) = loop {
            if let Ok(text) = fs::read_to_string(&port_file) {
                let mut lines = text.lines();
                if let (Some(port), Some(path)) = (lines.next(), lines.next()) {
                    if let Ok(port) = port.trim().parse::<u16>() {
                        break (port, path.trim().to_string());
                    }
                }
            }
            let problem = match child.try_wait() {
                Ok(Some(status)) => Some(format!("Chromium ({chrome}) exited early with {status}")),
                _ if Instant::now() >= deadline => Some(format!(
                    "Chromium ({chrome}) did not open its DevTools port within {LAUNCH_TIMEOUT:?}"
                )),
                _ => None,
            };
            if let Some(problem) = problem {
                let _ = child.kill();
                let _ = child.wait();
                return err(format!("{problem}; its stderr ends with:\n{}", tail(&log_path, 2000)));
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let conn = match Conn::connect(addr, &ws_path) {
            Ok(c) => c,
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(e);
            }
        };
        Ok(Browser {
            conn: Rc::new(RefCell::new(conn)),
            child,
            viewport,
            profile,
        })
    }

    /// The Chromium version string, e.g. `Chrome/156.0.8078.79`.
    pub fn version(&self) -> Result<String> {
        let v = self
            .conn
            .borrow_mut()
            .call(None, "Browser.getVersion", json!({}), DEFAULT_TIMEOUT)?;
        Ok(v["product"].as_str().unwrap_or("").to_string())
    }

    /// Open a new tab in its own fresh browser context (no shared cookies or
    /// storage), sized to the launch viewport, with all recording switched on.
    pub fn new_page(&self) -> Result<Page> {
        let mut conn = self.conn.borrow_mut();
        let t = DEFAULT_TIMEOUT;
        let ctx = conn.call(None, "Target.createBrowserContext", json!({}), t)?;
        let context_id = str_field(&ctx, "browserContextId")?;
        let target = conn.call(
            None,
            "Target.createTarget",
            json!({ "url": "about:blank", "browserContextId": context_id,
                    "width": self.viewport.0, "height": self.viewport.1 }),
            t,
        )?;
        let target_id = str_field(&target, "targetId")?;
        let attached = conn.call(
            None,
            "Target.attachToTarget",
            json!({ "targetId": target_id, "flatten": true }),
            t,
        )?;
        let session = str_field(&attached, "sessionId")?;
        conn.owners.insert(session.clone(), session.clone());
        let s = Some(session.as_str());
        // The binding and the instrumentation must exist before any page script runs.
        conn.call(s, "Runtime.addBinding", json!({ "name": BINDING }), t)?;
        conn.call(s, "Page.enable", json!({}), t)?;
        conn.call(
            s,
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": INSTRUMENTATION }),
            t,
        )?;
        conn.call(s, "Network.enable", json!({}), t)?;
        conn.call(s, "Network.setCacheDisabled", json!({ "cacheDisabled": true }), t)?;
        conn.call(s, "Runtime.enable", json!({}), t)?;
        // A browser asking for German alone, which no test's clinic offers:
        // the page's `lang` then decides the starting language (Chromium's
        // `--accept-lang` would add English after it). A test of the
        // browser's languages sets its own the same way.
        let agent = conn.call(None, "Browser.getVersion", json!({}), t)?;
        conn.call(
            s,
            "Emulation.setUserAgentOverride",
            json!({ "userAgent": agent["userAgent"], "acceptLanguage": BROWSER_LANGUAGES }),
            t,
        )?;
        conn.call(s, "Log.enable", json!({}), t)?;
        conn.call(s, "Emulation.setFocusEmulationEnabled", json!({ "enabled": true }), t)?;
        conn.call(
            s,
            "Target.setAutoAttach",
            json!({ "autoAttach": true, "waitForDebuggerOnStart": true, "flatten": true }),
            t,
        )?;
        drop(conn);
        let page = Page {
            conn: Rc::clone(&self.conn),
            session,
            target_id,
            context_id,
            timeout: DEFAULT_TIMEOUT,
            state: RefCell::new(PageState::default()),
        };
        page.set_viewport(self.viewport.0, self.viewport.1, false)?;
        Ok(page)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self
            .conn
            .borrow_mut()
            .call(None, "Browser.close", json!({}), Duration::from_secs(2));
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.conn
            .borrow_mut()
            .dead
            .get_or_insert_with(|| "the browser was closed".into());
        let _ = &self.profile; // removed when this struct's fields drop
    }
}

fn str_field(v: &Value, name: &str) -> Result<String> {
    v.get(name)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| Error(format!("CDP answer without {name}: {v}")))
}

fn tail(path: &Path, max: usize) -> String {
    let mut s = String::new();
    if let Ok(mut f) = fs::File::open(path) {
        let _ = f.read_to_string(&mut s);
    }
    let start = s.len().saturating_sub(max);
    let start = (start..s.len()).find(|&i| s.is_char_boundary(i)).unwrap_or(s.len());
    s[start..].to_string()
}

// ---------------------------------------------------------------------------
// Page

/// A network request the page (or one of its workers / iframes) started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The full URL (including any query string).
    pub url: String,
    /// HTTP method (`GET` for WebSockets).
    pub method: String,
    /// CDP resource type: `Document`, `Script`, `Image`, `Fetch`, `XHR`, `Ping`, `WebSocket`, ...
    pub resource_type: String,
    /// Whether the request carried a body.
    pub has_post_data: bool,
    /// Why it failed, if it did (e.g. `csp`, `net::ERR_CONNECTION_REFUSED`).
    pub failure: Option<String>,
}

/// A console message, uncaught exception or browser log entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsoleMessage {
    /// `console` for console API calls, `exception` for uncaught exceptions,
    /// otherwise the browser log source (`security`, `network`, `javascript`, ...).
    pub source: String,
    /// `log`, `info`, `warning`, `error`, `debug`, ...
    pub level: String,
    /// The message text.
    pub text: String,
}

#[derive(Default)]
struct PageState {
    requests: Vec<RecordedRequest>,
    /// CDP request id -> index of its latest entry in `requests`.
    request_ids: HashMap<String, usize>,
    console: Vec<ConsoleMessage>,
    csp: Vec<String>,
    writes: Vec<String>,
    loads: u64,
    crashed: bool,
    /// Trace events received since [`Page::start_trace`].
    trace: Vec<Value>,
    trace_complete: bool,
}

/// One tab. All methods take `&self`; recorded data accumulates for the
/// page's whole life, across navigations.
pub struct Page {
    conn: Rc<RefCell<Conn>>,
    session: String,
    target_id: String,
    context_id: String,
    timeout: Duration,
    state: RefCell<PageState>,
}

impl Page {
    /// Change the deadline for single calls, evaluations and element waits.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    fn call(&self, method: &str, params: Value) -> Result<Value> {
        self.call_with(method, params, self.timeout)
    }

    fn call_with(&self, method: &str, params: Value, timeout: Duration) -> Result<Value> {
        let result = self
            .conn
            .borrow_mut()
            .call(Some(&self.session), method, params, timeout);
        self.sync_events();
        result
    }

    /// Process queued events into the page's records.
    fn sync_events(&self) {
        let events = self.conn.borrow_mut().take_events(&self.session);
        let mut st = self.state.borrow_mut();
        for ev in events {
            record_event(&mut st, &ev.method, &ev.params);
        }
    }

    /// Read whatever the browser has sent and process it.
    fn sync(&self) -> Result<()> {
        self.conn.borrow_mut().pump(Duration::from_millis(1))?;
        self.sync_events();
        Ok(())
    }

    /// Wait up to `d` for browser activity, then process it.
    fn idle(&self, d: Duration) -> Result<()> {
        self.conn.borrow_mut().pump(d)?;
        self.sync_events();
        if self.state.borrow().crashed {
            return err("the page crashed");
        }
        Ok(())
    }

    /// Start recording a Chrome trace of `categories` (e.g. `devtools.timeline`),
    /// as the DevTools performance panel does.
    pub fn start_trace(&self, categories: &str) -> Result<()> {
        {
            let mut st = self.state.borrow_mut();
            st.trace.clear();
            st.trace_complete = false;
        }
        self.call(
            "Tracing.start",
            json!({ "traceConfig": { "includedCategories": categories.split(',').collect::<Vec<_>>() },
                    "transferMode": "ReportEvents" }),
        )?;
        Ok(())
    }

    /// Stop the trace begun by [`Page::start_trace`] and return its events
    /// (Chrome's Trace Event Format: `name`, `ph`, `ts` and `dur` in µs, `tid`, …).
    pub fn stop_trace(&self) -> Result<Vec<Value>> {
        self.call("Tracing.end", json!({}))?;
        let deadline = Instant::now() + self.timeout;
        while !self.state.borrow().trace_complete {
            if Instant::now() >= deadline {
                return err(format!("timed out after {:?} waiting for the trace", self.timeout));
            }
            self.idle(Duration::from_millis(50))?;
        }
        Ok(std::mem::take(&mut self.state.borrow_mut().trace))
    }

    /// Navigate and wait for the `load` event ([`NAVIGATION_TIMEOUT`]).
    pub fn goto(&self, url: &str) -> Result<()> {
        self.sync()?;
        let before = self.state.borrow().loads;
        let nav = self.call_with("Page.navigate", json!({ "url": url }), NAVIGATION_TIMEOUT)?;
        if let Some(e) = nav.get("errorText").and_then(Value::as_str).filter(|e| !e.is_empty()) {
            return err(format!("navigation to {url} failed: {e}"));
        }
        if nav.get("loaderId").is_none() {
            return Ok(()); // same-document navigation: no load event
        }
        let deadline = Instant::now() + NAVIGATION_TIMEOUT;
        while self.state.borrow().loads <= before {
            if Instant::now() >= deadline {
                return err(format!(
                    "timed out after {NAVIGATION_TIMEOUT:?} waiting for {url} to load"
                ));
            }
            self.idle(Duration::from_millis(100))?;
        }
        Ok(())
    }

    /// Reload the page and wait for `load`.
    pub fn reload(&self) -> Result<()> {
        let url = self.url()?;
        self.goto(&url)
    }

    /// The current document's URL.
    pub fn url(&self) -> Result<String> {
        Ok(self.eval("location.href")?.as_str().unwrap_or("").to_string())
    }

    /// Evaluate a JavaScript expression in the page (promises are awaited) and
    /// return its JSON value (`undefined` becomes `null`). A thrown exception
    /// becomes an `Err` carrying its message.
    pub fn eval(&self, js: &str) -> Result<Value> {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": js, "awaitPromise": true, "returnByValue": true }),
        )?;
        if let Some(details) = r.get("exceptionDetails") {
            let msg = details
                .pointer("/exception/description")
                .and_then(Value::as_str)
                .or_else(|| details.get("text").and_then(Value::as_str))
                .unwrap_or("exception");
            return err(format!("JavaScript error in `{}`: {msg}", abbreviate(js, 120)));
        }
        Ok(r.pointer("/result/value").cloned().unwrap_or(Value::Null))
    }

    /// Poll the JavaScript condition `js` until it is truthy or `timeout` passes.
    pub fn wait_for(&self, js: &str, timeout: Duration) -> Result<()> {
        let deadline = Instant::now() + timeout;
        let expr = format!("!!({js})");
        let mut last_error = String::new();
        loop {
            match self.eval(&expr) {
                Ok(Value::Bool(true)) => return Ok(()),
                Ok(_) => last_error.clear(),
                Err(e) => last_error = format!(" (last error: {e})"),
            }
            if Instant::now() >= deadline {
                return err(format!(
                    "timed out after {timeout:?} waiting for `{}`{last_error}",
                    abbreviate(js, 200)
                ));
            }
            self.idle(Duration::from_millis(50))?;
        }
    }

    /// Wait until an element matching `selector` (see [`js_query`]) exists.
    pub fn wait_for_selector(&self, selector: &str, timeout: Duration) -> Result<()> {
        self.wait_for(&format!("{} !== null", js_query(selector)), timeout)
    }

    /// Whether an element matching `selector` (see [`js_query`]) exists now.
    pub fn exists(&self, selector: &str) -> Result<bool> {
        Ok(self.eval(&format!("{} !== null", js_query(selector)))? == Value::Bool(true))
    }

    /// The `innerText` of the element matching `selector` (see [`js_query`]).
    pub fn text(&self, selector: &str) -> Result<String> {
        let v = self.eval(&format!(
            "(() => {{ const e = {}; if (!e) throw new Error('no element matches ' + {}); return e.innerText ?? e.textContent; }})()",
            js_query(selector),
            json!(selector)
        ))?;
        Ok(v.as_str().unwrap_or("").to_string())
    }

    /// A short description of the focused element, looking into shadow roots,
    /// e.g. `button.next "Next"`; `body` when nothing is focused.
    pub fn active_element(&self) -> Result<String> {
        let v = self.eval(
            "(() => { let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement; return e ? __D(e) : 'none'; })()"
                .replace("__D", DESCRIBE_JS)
                .as_str(),
        )?;
        Ok(v.as_str().unwrap_or("").to_string())
    }

    /// Wait until `selector` (see [`js_query`]) is visible, unobscured and
    /// enabled, scroll it into view and return its centre in CSS pixels.
    fn locate(&self, selector: &str) -> Result<(f64, f64)> {
        let js = LOCATE_JS
            .replace("__PARTS", &json!(selector_parts(selector)).to_string())
            .replace("__D", DESCRIBE_JS);
        let deadline = Instant::now() + self.timeout;
        loop {
            let v = self.eval(&js)?;
            if let (Some(x), Some(y)) = (v["x"].as_f64(), v["y"].as_f64()) {
                return Ok((x, y));
            }
            if Instant::now() >= deadline {
                let why = v["why"].as_str().unwrap_or("unknown reason");
                return err(format!("cannot click `{selector}` within {:?}: {why}", self.timeout));
            }
            self.idle(Duration::from_millis(50))?;
        }
    }

    /// Click the element matching `selector` with real mouse input at its
    /// centre. `a >>> b` looks for `b` inside the open shadow root of `a`, e.g.
    /// `"ims-checker >>> [data-action=next]"`. Waits (up to the page timeout)
    /// for the element to exist, be visible, unobscured and enabled.
    pub fn click(&self, selector: &str) -> Result<()> {
        let (x, y) = self.locate(selector)?;
        self.call(
            "Input.dispatchMouseEvent",
            json!({ "type": "mouseMoved", "x": x, "y": y }),
        )?;
        for kind in ["mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({ "type": kind, "x": x, "y": y, "button": "left", "buttons": 1, "clickCount": 1 }),
            )?;
        }
        Ok(())
    }

    /// Like [`Page::click`] with a separate host and inner selector.
    pub fn click_in_shadow(&self, host_selector: &str, inner_selector: &str) -> Result<()> {
        self.click(&format!("{host_selector} >>> {inner_selector}"))
    }

    /// Tap the element's centre with a touch event (use after
    /// `set_viewport(.., mobile: true)`); same selector rules as [`Page::click`].
    pub fn tap(&self, selector: &str) -> Result<()> {
        let (x, y) = self.locate(selector)?;
        self.call(
            "Input.dispatchTouchEvent",
            json!({ "type": "touchStart", "touchPoints": [{ "x": x, "y": y }] }),
        )?;
        self.call(
            "Input.dispatchTouchEvent",
            json!({ "type": "touchEnd", "touchPoints": [] }),
        )?;
        Ok(())
    }

    /// Press and release a key: `Tab`, `Shift+Tab`, `Enter`, `Space`,
    /// `Escape`, `Backspace`, `Delete`, `ArrowUp`/`Down`/`Left`/`Right`,
    /// `Home`, `End`, `PageUp`, `PageDown`, or a single character. Modifiers
    /// `Shift+`, `Control+`, `Alt+`, `Meta+` may prefix any of them.
    pub fn press_key(&self, key: &str) -> Result<()> {
        let mut modifiers = 0;
        let mut name = key;
        while let Some((m, rest)) = name.split_once('+').filter(|(_, rest)| !rest.is_empty()) {
            modifiers |= match m {
                "Alt" => 1,
                "Control" | "Ctrl" => 2,
                "Meta" => 4,
                "Shift" => 8,
                _ => return err(format!("unknown modifier `{m}` in key `{key}`")),
            };
            name = rest;
        }
        let k = key_info(name).ok_or_else(|| Error(format!("unknown key `{key}`")))?;
        // With Control/Alt/Meta held, a key is a shortcut and types nothing.
        let text = if modifiers & 7 == 0 {
            k.text.clone()
        } else {
            String::new()
        };
        self.key_event(&k, modifiers, &text)
    }

    /// Type `text` into the focused element, one key press per character.
    pub fn type_text(&self, text: &str) -> Result<()> {
        for c in text.chars() {
            let k = if c == '\n' {
                key_info("Enter")
            } else {
                key_info(&c.to_string())
            };
            let k = k.unwrap_or(KeyInfo {
                key: c.to_string(),
                code: String::new(),
                key_code: 0,
                text: c.to_string(),
            });
            let shift = if c.is_uppercase() { 8 } else { 0 };
            self.key_event(&k, shift, &k.text.clone())?;
        }
        Ok(())
    }

    fn key_event(&self, k: &KeyInfo, modifiers: u32, text: &str) -> Result<()> {
        let mut down = json!({
            "type": if text.is_empty() { "rawKeyDown" } else { "keyDown" },
            "modifiers": modifiers, "key": k.key, "code": k.code,
            "windowsVirtualKeyCode": k.key_code, "nativeVirtualKeyCode": k.key_code,
        });
        if !text.is_empty() {
            down["text"] = json!(text);
            down["unmodifiedText"] = json!(text);
        }
        self.call("Input.dispatchKeyEvent", down)?;
        self.call(
            "Input.dispatchKeyEvent",
            json!({ "type": "keyUp", "modifiers": modifiers, "key": k.key, "code": k.code,
                    "windowsVirtualKeyCode": k.key_code, "nativeVirtualKeyCode": k.key_code }),
        )?;
        Ok(())
    }

    /// Save a PNG of the viewport to `path` (parent directories created).
    pub fn screenshot(&self, path: impl AsRef<Path>) -> Result<()> {
        self.capture(path.as_ref(), json!({ "format": "png" }))
    }

    /// Save a PNG of the whole of the first element matching the CSS
    /// `selector`, beyond the viewport if it is taller (at most 8000 px).
    pub fn screenshot_element(&self, selector: &str, path: impl AsRef<Path>) -> Result<()> {
        let rect = self.eval(&format!(
            "(() => {{ const e = document.querySelector({selector:?}); if (!e) return null; const b = e.getBoundingClientRect(); \
             return [b.x + scrollX, b.y + scrollY, b.width, Math.min(b.height, 8000)]; }})()"
        ))?;
        let [x, y, width, height] = match rect
            .as_array()
            .map(|v| v.iter().filter_map(Value::as_f64).collect::<Vec<_>>())
        {
            Some(v) if v.len() == 4 => [v[0], v[1], v[2], v[3]],
            _ => return Err(Error(format!("no element matches {selector}"))),
        };
        self.capture(
            path.as_ref(),
            json!({ "format": "png", "captureBeyondViewport": true,
                    "clip": { "x": x, "y": y, "width": width, "height": height, "scale": 1 } }),
        )
    }

    fn capture(&self, path: &Path, params: Value) -> Result<()> {
        let r = self.call_with("Page.captureScreenshot", params, NAVIGATION_TIMEOUT)?;
        let data = r["data"]
            .as_str()
            .ok_or_else(|| Error("screenshot without data".into()))?;
        let png = data_encoding::BASE64
            .decode(data.as_bytes())
            .map_err(|e| Error(format!("bad screenshot data: {e}")))?;
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, png).map_err(|e| Error(format!("cannot write {}: {e}", path.display())))
    }

    /// Emulate a viewport of `width`×`height` CSS pixels (device scale 1).
    /// `mobile` also turns on the mobile meta-viewport handling and touch input.
    pub fn set_viewport(&self, width: u32, height: u32, mobile: bool) -> Result<()> {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile }),
        )?;
        let touch = if mobile {
            json!({ "enabled": true, "maxTouchPoints": 5 })
        } else {
            json!({ "enabled": false })
        };
        self.call("Emulation.setTouchEmulationEnabled", touch)?;
        Ok(())
    }

    /// Let this page's downloads go into `dir` without asking
    /// (`Browser.setDownloadBehavior` for its browser context).
    pub fn allow_downloads(&self, dir: &Path) -> Result<()> {
        let params = json!({ "behavior": "allow", "downloadPath": dir.to_string_lossy(),
                             "browserContextId": self.context_id });
        self.conn
            .borrow_mut()
            .call(None, "Browser.setDownloadBehavior", params, self.timeout)?;
        Ok(())
    }

    /// Choose `file` in the `<input type=file>` matching the CSS `selector`,
    /// as a person would in the browser's file dialog (its `change` fires).
    pub fn choose_file(&self, selector: &str, file: &Path) -> Result<()> {
        let found = self.call(
            "Runtime.evaluate",
            json!({ "expression": format!("document.querySelector({selector:?})"), "returnByValue": false }),
        )?;
        let object_id = found
            .pointer("/result/objectId")
            .and_then(Value::as_str)
            .ok_or_else(|| Error(format!("no element matches {selector}")))?;
        self.call(
            "DOM.setFileInputFiles",
            json!({ "files": [file.to_string_lossy()], "objectId": object_id }),
        )?;
        Ok(())
    }

    /// Send any DevTools Protocol command to this page's session and return its
    /// result, e.g. `page.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": js }))`.
    pub fn cdp(&self, method: &str, params: Value) -> Result<Value> {
        self.call(method, params)
    }

    /// Slow the page's CPU down `rate` times (`1.0`: full speed), as the
    /// DevTools performance panel does (`Emulation.setCPUThrottlingRate`).
    pub fn set_cpu_throttling(&self, rate: f64) -> Result<()> {
        self.call("Emulation.setCPUThrottlingRate", json!({ "rate": rate }))?;
        Ok(())
    }

    /// Every request started since the page was created, in order.
    pub fn requests(&self) -> Result<Vec<RecordedRequest>> {
        self.sync()?;
        Ok(self.state.borrow().requests.clone())
    }

    /// Console messages, uncaught exceptions (source `exception`) and browser
    /// log entries, in order.
    pub fn console_messages(&self) -> Result<Vec<ConsoleMessage>> {
        self.sync()?;
        Ok(self.state.borrow().console.clone())
    }

    /// Just the uncaught exceptions.
    pub fn exceptions(&self) -> Result<Vec<String>> {
        Ok(self
            .console_messages()?
            .into_iter()
            .filter(|m| m.source == "exception")
            .map(|m| m.text)
            .collect())
    }

    /// CSP violations seen by the injected `securitypolicyviolation`
    /// listener, e.g. `img-src blocked http://127.0.0.2:9/x.png`.
    pub fn csp_violations(&self) -> Result<Vec<String>> {
        self.sync()?;
        Ok(self.state.borrow().csp.clone())
    }

    /// Attempts (allowed to proceed) to write client-side storage or send
    /// beacons: `localStorage.setItem`, `document.cookie = ...`,
    /// `indexedDB.open`, `caches.open`, `navigator.sendBeacon`,
    /// `cookieStore.set`, `serviceWorker.register`, `navigator.storage.getDirectory`.
    pub fn storage_writes(&self) -> Result<Vec<String>> {
        self.sync()?;
        Ok(self.state.borrow().writes.clone())
    }

    /// What the current document's origin has stored right now: non-empty
    /// local/session storage, IndexedDB databases, Cache Storage entries,
    /// origin-private files and service workers. Empty when nothing is left.
    pub fn stored_state(&self) -> Result<Vec<String>> {
        let v = self.eval(STATE_JS)?;
        Ok(v.as_array()
            .map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect())
            .unwrap_or_default())
    }

    /// All cookies in this page's browser context, as `name (domain)`.
    pub fn cookies(&self) -> Result<Vec<String>> {
        let r = self.conn.borrow_mut().call(
            None,
            "Storage.getCookies",
            json!({ "browserContextId": self.context_id }),
            self.timeout,
        )?;
        let cookies = r["cookies"].as_array().cloned().unwrap_or_default();
        Ok(cookies
            .iter()
            .map(|c| {
                format!(
                    "{} ({})",
                    c["name"].as_str().unwrap_or("?"),
                    c["domain"].as_str().unwrap_or("?")
                )
            })
            .collect())
    }

    /// Everything that would break the "nothing leaves the device" promise,
    /// judged against `allowed_origin` (e.g. `Server::origin()`):
    /// requests elsewhere, requests to the origin with a body, query string or
    /// unusual method, storage writes and leftovers, CSP violations, cookies.
    pub fn privacy_report(&self, allowed_origin: &str) -> Result<PrivacyReport> {
        let allowed =
            origin_of(allowed_origin).ok_or_else(|| Error(format!("not an http(s) origin: {allowed_origin}")))?;
        let leftovers = self.stored_state()?;
        let cookies = self.cookies()?;
        self.sync()?;
        let st = self.state.borrow();
        let mut report = PrivacyReport {
            origin: allowed_origin.to_string(),
            cookies,
            ..Default::default()
        };
        for r in &st.requests {
            let failure = r
                .failure
                .as_ref()
                .map(|f| format!(" (failed: {f})"))
                .unwrap_or_default();
            let body = if r.has_post_data { " with body" } else { "" };
            let line = format!("{} {} [{}]{body}{failure}", r.method, r.url, r.resource_type);
            if !is_local(&r.url, &allowed) {
                report.foreign_requests.push(line);
            } else if r.has_post_data || r.url.contains('?') || !matches!(r.method.as_str(), "GET" | "HEAD") {
                report.requests_with_body.push(line);
            }
        }
        report.storage_writes = st.writes.clone();
        report
            .storage_writes
            .extend(leftovers.into_iter().map(|s| format!("left behind: {s}")));
        report.csp_violations = st.csp.clone();
        report.csp_violations.extend(
            st.console
                .iter()
                .filter(|m| m.source == "security" && m.text.contains("Content Security Policy"))
                .map(|m| format!("console: {}", m.text)),
        );
        Ok(report)
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        let mut conn = self.conn.borrow_mut();
        let root = self.session.clone();
        conn.owners.retain(|_, r| *r != root);
        conn.events.retain(|e| e.root != root);
        if conn.dead.is_none() {
            let t = Duration::from_secs(2);
            let _ = conn.call(None, "Target.closeTarget", json!({ "targetId": self.target_id }), t);
            let _ = conn.call(
                None,
                "Target.disposeBrowserContext",
                json!({ "browserContextId": self.context_id }),
                t,
            );
        }
    }
}

fn record_event(st: &mut PageState, method: &str, p: &Value) {
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    match method {
        "Network.requestWillBeSent" => {
            let req = &p["request"];
            st.requests.push(RecordedRequest {
                url: s(&req["url"]) + req["urlFragment"].as_str().unwrap_or(""),
                method: s(&req["method"]),
                resource_type: p["type"].as_str().unwrap_or("Other").to_string(),
                has_post_data: req["hasPostData"].as_bool().unwrap_or(false) || req.get("postData").is_some(),
                failure: None,
            });
            st.request_ids.insert(s(&p["requestId"]), st.requests.len() - 1);
        }
        "Network.loadingFailed" => {
            if let Some(&i) = st.request_ids.get(p["requestId"].as_str().unwrap_or("")) {
                let reason = p["blockedReason"]
                    .as_str()
                    .or(p["errorText"].as_str())
                    .unwrap_or("failed");
                st.requests[i].failure = Some(reason.to_string());
            }
        }
        "Network.webSocketCreated" | "Network.webTransportCreated" => {
            let kind = if method.contains("webSocket") {
                "WebSocket"
            } else {
                "WebTransport"
            };
            st.requests.push(RecordedRequest {
                url: s(&p["url"]),
                method: "GET".into(),
                resource_type: kind.into(),
                has_post_data: false,
                failure: None,
            });
        }
        "Runtime.consoleAPICalled" => {
            let args = p["args"].as_array().cloned().unwrap_or_default();
            let text = args.iter().map(remote_object_text).collect::<Vec<_>>().join(" ");
            st.console.push(ConsoleMessage {
                source: "console".into(),
                level: s(&p["type"]),
                text,
            });
        }
        "Runtime.exceptionThrown" => {
            let d = &p["exceptionDetails"];
            let text = d
                .pointer("/exception/description")
                .and_then(Value::as_str)
                .or(d["text"].as_str())
                .unwrap_or("exception")
                .to_string();
            st.console.push(ConsoleMessage {
                source: "exception".into(),
                level: "error".into(),
                text,
            });
        }
        "Log.entryAdded" => {
            let e = &p["entry"];
            let url = e["url"].as_str().map(|u| format!(" ({u})")).unwrap_or_default();
            st.console.push(ConsoleMessage {
                source: s(&e["source"]),
                level: s(&e["level"]),
                text: format!("{}{url}", s(&e["text"])),
            });
        }
        "Runtime.bindingCalled" if p["name"] == BINDING => {
            if let Ok(v) = serde_json::from_str::<Value>(p["payload"].as_str().unwrap_or("")) {
                let text = s(&v["text"]);
                match v["kind"].as_str() {
                    Some("csp") => st.csp.push(text),
                    _ => st.writes.push(text),
                }
            }
        }
        "Page.loadEventFired" => st.loads += 1,
        "Tracing.dataCollected" => {
            st.trace.extend(p["value"].as_array().into_iter().flatten().cloned());
        }
        "Tracing.tracingComplete" => st.trace_complete = true,
        "Inspector.targetCrashed" => st.crashed = true,
        _ => {}
    }
}

fn remote_object_text(v: &Value) -> String {
    match v.get("value") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => v["unserializableValue"]
            .as_str()
            .or(v["description"].as_str())
            .or(v["type"].as_str())
            .unwrap_or("?")
            .to_string(),
    }
}

fn abbreviate(s: &str, max: usize) -> String {
    let s = s.trim();
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

// ---------------------------------------------------------------------------
// The privacy verdict

/// What [`Page::privacy_report`] found. Clean means every list is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrivacyReport {
    /// The origin the page was allowed to talk to.
    pub origin: String,
    /// Requests (attempted, even if blocked) to anything but the origin.
    pub foreign_requests: Vec<String>,
    /// Requests to the origin with a body, a query string or a method other than GET/HEAD.
    pub requests_with_body: Vec<String>,
    /// Storage writes attempted and storage left behind.
    pub storage_writes: Vec<String>,
    /// Content-Security-Policy violations.
    pub csp_violations: Vec<String>,
    /// Cookies present in the page's browser context.
    pub cookies: Vec<String>,
}

impl PrivacyReport {
    /// Whether nothing was found.
    pub fn is_clean(&self) -> bool {
        self.foreign_requests.is_empty()
            && self.requests_with_body.is_empty()
            && self.storage_writes.is_empty()
            && self.csp_violations.is_empty()
            && self.cookies.is_empty()
    }

    /// Panic with a readable listing unless the report is clean.
    #[track_caller]
    pub fn assert_clean(&self) {
        if !self.is_clean() {
            panic!("{self}");
        }
    }
}

impl fmt::Display for PrivacyReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_clean() {
            return write!(f, "privacy report for {}: clean", self.origin);
        }
        writeln!(f, "privacy report for {}: NOT clean", self.origin)?;
        let sections = [
            ("requests to other origins", &self.foreign_requests),
            ("requests to the origin carrying data", &self.requests_with_body),
            ("storage writes", &self.storage_writes),
            ("CSP violations", &self.csp_violations),
            ("cookies", &self.cookies),
        ];
        for (title, items) in sections {
            if !items.is_empty() {
                writeln!(f, "  {title}:")?;
                for item in items {
                    writeln!(f, "    - {item}")?;
                }
            }
        }
        Ok(())
    }
}

/// `(scheme, host, port)` of an absolute URL with an authority, lower-cased,
/// default ports filled in. `None` for `data:`, `about:`, relative URLs etc.
pub fn origin_of(url: &str) -> Option<(String, String, u16)> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme.is_empty() || !scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let hostport = authority.rsplit('@').next().unwrap_or("");
    let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
        let (h, after) = v6.split_once(']')?;
        (format!("[{h}]"), after.strip_prefix(':'))
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), Some(p)),
            None => (hostport.to_string(), None),
        }
    };
    let port = match port.filter(|p| !p.is_empty()) {
        Some(p) => p.parse().ok()?,
        None => match scheme.as_str() {
            "http" | "ws" => 80,
            "https" | "wss" => 443,
            _ => 0,
        },
    };
    Some((scheme, host.to_ascii_lowercase(), port))
}

/// Whether a request URL stays on `allowed`: same scheme, host and port;
/// `data:` and `about:` never touch the network; `blob:` counts when its
/// embedded origin is `allowed`. Anything else (`chrome-extension:`,
/// `ws:`, other hosts or ports) is foreign.
pub fn is_local(url: &str, allowed: &(String, String, u16)) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    if lower.starts_with("data:") || lower.starts_with("about:") {
        return true;
    }
    let target = lower.strip_prefix("blob:").unwrap_or(&lower);
    origin_of(target).as_ref() == Some(allowed)
}

// ---------------------------------------------------------------------------
// Selectors and keys

/// Split `"a >>> b >>> c"` into its parts.
fn selector_parts(selector: &str) -> Vec<String> {
    selector.split(">>>").map(|p| p.trim().to_string()).collect()
}

/// A JavaScript expression that evaluates to the element matching
/// `selector`, or `null`. `host >>> inner` looks for `inner` inside the open
/// shadow root of `host`; parts can be chained. Use it to build conditions
/// for [`Page::wait_for`], e.g. `format!("{}?.open", js_query("ims-checker >>> dialog"))`.
pub fn js_query(selector: &str) -> String {
    format!(
        "((parts) => {{ let root = document, el = null; for (let i = 0; i < parts.length; i++) {{ \
         if (!root) return null; el = root.querySelector(parts[i]); if (!el) return null; \
         if (i < parts.length - 1) root = el.shadowRoot; }} return el; }})({})",
        json!(selector_parts(selector))
    )
}

/// `tag#id.class "text"`, for messages.
const DESCRIBE_JS: &str = "((e) => { if (!e || !e.tagName) return String(e); \
let s = e.tagName.toLowerCase(); if (e.id) s += '#' + e.id; \
if (typeof e.className === 'string' && e.className.trim()) s += '.' + e.className.trim().split(/\\s+/).join('.'); \
const t = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' '); \
if (t) s += ' \"' + t.slice(0, 40) + '\"'; return s; })";

const LOCATE_JS: &str = "(() => {
  const parts = __PARTS;
  let root = document, el = null;
  for (let i = 0; i < parts.length; i++) {
    el = root.querySelector(parts[i]);
    if (!el) return { why: 'no element matches ' + JSON.stringify(parts.slice(0, i + 1).join(' >>> ')) };
    if (i < parts.length - 1) {
      root = el.shadowRoot;
      if (!root) return { why: JSON.stringify(parts[i]) + ' has no open shadow root' };
    }
  }
  if (el.disabled) return { why: __D(el) + ' is disabled' };
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return { why: __D(el) + ' is not visible (zero size)' };
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  let hit = document.elementFromPoint(x, y);
  while (hit && hit.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  if (!hit) return { why: __D(el) + ' is outside the viewport' };
  if (hit !== el && !el.contains(hit) && hit.control !== el) return { why: __D(el) + ' is covered by ' + __D(hit) };
  return { x, y };
})()";

struct KeyInfo {
    key: String,
    code: String,
    key_code: u32,
    text: String,
}

fn key_info(name: &str) -> Option<KeyInfo> {
    let named = |key: &str, code: u32, text: &str| KeyInfo {
        key: key.to_string(),
        code: key.to_string(),
        key_code: code,
        text: text.to_string(),
    };
    Some(match name {
        "Tab" => named("Tab", 9, ""),
        "Enter" => named("Enter", 13, "\r"),
        "Space" | " " => KeyInfo {
            key: " ".into(),
            code: "Space".into(),
            key_code: 32,
            text: " ".into(),
        },
        "Escape" | "Esc" => named("Escape", 27, ""),
        "Backspace" => named("Backspace", 8, ""),
        "Delete" => named("Delete", 46, ""),
        "ArrowLeft" => named("ArrowLeft", 37, ""),
        "ArrowUp" => named("ArrowUp", 38, ""),
        "ArrowRight" => named("ArrowRight", 39, ""),
        "ArrowDown" => named("ArrowDown", 40, ""),
        "Home" => named("Home", 36, ""),
        "End" => named("End", 35, ""),
        "PageUp" => named("PageUp", 33, ""),
        "PageDown" => named("PageDown", 34, ""),
        _ => {
            let mut chars = name.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            let upper = c.to_ascii_uppercase();
            let (code, key_code) = if c.is_ascii_alphabetic() {
                (format!("Key{upper}"), upper as u32)
            } else if c.is_ascii_digit() {
                (format!("Digit{c}"), c as u32)
            } else {
                (String::new(), 0)
            };
            KeyInfo {
                key: c.to_string(),
                code,
                key_code,
                text: c.to_string(),
            }
        }
    })
}

// ---------------------------------------------------------------------------
// Injected scripts

/// Runs in every document before its own scripts: records storage writes and
/// beacons (letting them proceed) and CSP violations, reporting each through
/// the CDP binding and into `window.__imsE2E`.
const INSTRUMENTATION: &str = r#"(() => {
  const w = window;
  if (Object.prototype.hasOwnProperty.call(w, '__imsE2E')) return;
  const binding = w.__imsE2EReport;
  try { delete w.__imsE2EReport; } catch (e) {}
  const rec = { writes: [], csp: [], orig: {} };
  Object.defineProperty(w, '__imsE2E', { value: rec, enumerable: false });
  const send = (kind, text) => {
    (kind === 'csp' ? rec.csp : rec.writes).push(text);
    try { if (typeof binding === 'function') binding(JSON.stringify({ kind, text })); } catch (e) {}
  };
  const str = (v) => { try { return JSON.stringify(String(v)).slice(0, 200); } catch (e) { return '?'; } };
  const wrap = (proto, name, describe) => {
    if (!proto) return;
    const orig = proto[name];
    if (typeof orig !== 'function') return;
    rec.orig[name] = orig;
    Object.defineProperty(proto, name, { configurable: true, writable: true, value: function (...args) {
      try { send('write', describe.apply(this, args)); } catch (e) {}
      return orig.apply(this, args);
    } });
  };
  wrap(w.Storage && Storage.prototype, 'setItem', function (k) {
    let area = 'Storage';
    try { area = this === w.localStorage ? 'localStorage' : this === w.sessionStorage ? 'sessionStorage' : area; } catch (e) {}
    return area + '.setItem(' + str(k) + ')';
  });
  wrap(w.IDBFactory && IDBFactory.prototype, 'open', (n) => 'indexedDB.open(' + str(n) + ')');
  wrap(w.CacheStorage && CacheStorage.prototype, 'open', (n) => 'caches.open(' + str(n) + ')');
  wrap(w.Navigator && Navigator.prototype, 'sendBeacon', (u) => 'navigator.sendBeacon(' + str(u) + ')');
  wrap(w.CookieStore && CookieStore.prototype, 'set', (n) => 'cookieStore.set(' + str(n && typeof n === 'object' ? n.name : n) + ')');
  wrap(w.ServiceWorkerContainer && ServiceWorkerContainer.prototype, 'register', (u) => 'navigator.serviceWorker.register(' + str(u) + ')');
  wrap(w.StorageManager && StorageManager.prototype, 'getDirectory', () => 'navigator.storage.getDirectory()');
  const cookie = w.Document && Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true, enumerable: cookie.enumerable, get: cookie.get,
      set(v) { send('write', 'document.cookie = ' + str(String(v).split(';')[0])); return cookie.set.call(this, v); },
    });
  }
  const onViolation = (e) => send('csp', (e.effectiveDirective || e.violatedDirective) + ' blocked ' +
    (e.blockedURI || '(unknown)') + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : ''));
  try { document.addEventListener('securitypolicyviolation', onViolation, true); } catch (e) {}
})();"#;

/// Lists what the current origin has stored (see [`Page::stored_state`]).
const STATE_JS: &str = r#"(async () => {
  const out = [];
  const orig = (window.__imsE2E && window.__imsE2E.orig) || {};
  for (const name of ['localStorage', 'sessionStorage']) {
    try { const s = window[name]; if (s && s.length) out.push(name + ' has ' + s.length + ' item(s): ' + Object.keys(s).join(', ')); } catch (e) {}
  }
  try { if (indexedDB.databases) for (const d of await indexedDB.databases()) out.push('IndexedDB database ' + JSON.stringify(d.name)); } catch (e) {}
  try { if (window.caches) for (const k of await caches.keys()) out.push('Cache Storage ' + JSON.stringify(k)); } catch (e) {}
  try {
    const gd = orig.getDirectory || (window.StorageManager && StorageManager.prototype.getDirectory);
    if (gd && navigator.storage) { const dir = await gd.call(navigator.storage); for await (const [name] of dir.entries()) out.push('origin-private file ' + JSON.stringify(name)); }
  } catch (e) {}
  try { if (navigator.serviceWorker) for (const r of await navigator.serviceWorker.getRegistrations()) out.push('service worker for ' + r.scope); } catch (e) {}
  return out;
})()"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        let a = origin_of("http://127.0.0.1:8080").unwrap();
        assert_eq!(a, ("http".into(), "127.0.0.1".into(), 8080));
        assert!(is_local("http://127.0.0.1:8080/pkg/x.wasm", &a));
        assert!(is_local("HTTP://127.0.0.1:8080", &a));
        assert!(is_local("data:image/png;base64,AAAA", &a));
        assert!(is_local("blob:http://127.0.0.1:8080/5f0c", &a));
        assert!(!is_local("blob:http://127.0.0.2:8080/5f0c", &a));
        assert!(!is_local("http://127.0.0.1:8081/", &a));
        assert!(!is_local("https://127.0.0.1:8080/", &a));
        assert!(!is_local("ws://127.0.0.1:8080/", &a));
        assert!(!is_local("http://127.0.0.2:9/x.png", &a));
        assert!(!is_local("chrome-extension://abc/x.js", &a));
        assert!(!is_local("http://evil@127.0.0.2:8080/", &a));
        assert!(!is_local("http://127.0.0.1:8080@127.0.0.2/", &a));
        assert_eq!(
            origin_of("https://[::1]/x").unwrap(),
            ("https".into(), "[::1]".into(), 443)
        );
        assert_eq!(origin_of("data:text/plain,x"), None);
    }

    #[test]
    fn keys_and_selectors() {
        assert_eq!(key_info("a").unwrap().code, "KeyA");
        assert_eq!(key_info("7").unwrap().key_code, '7' as u32);
        assert!(key_info("Nope").is_none());
        assert_eq!(
            selector_parts("ims-checker >>> [data-action=next]"),
            vec!["ims-checker", "[data-action=next]"]
        );
    }
}
