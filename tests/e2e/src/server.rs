//! A small static file server for the end-to-end tests and `cargo xtask serve`.
//!
//! Plain `std::net` with one thread per connection; no async runtime. Every
//! response carries the widget's Content-Security-Policy, `Cache-Control: no-store`
//! and `X-Content-Type-Options: nosniff`, so the tests see the page under the
//! same rules a careful clinic site would apply.

use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// The Content-Security-Policy sent with every response unless overridden.
pub const DEFAULT_CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/// Longest request head accepted (request line plus headers).
const MAX_HEAD: usize = 16 * 1024;
/// How long a connection may stay silent before it is dropped.
const IO_TIMEOUT: Duration = Duration::from_secs(10);

/// Settings for a [`Server`]; build with [`Server::builder`].
#[derive(Debug, Clone)]
pub struct ServerBuilder {
    root: PathBuf,
    port: u16,
    csp: String,
    csp_for: Vec<(String, String)>,
}

impl ServerBuilder {
    /// Port to bind on 127.0.0.1; `0` (the default) picks a free one.
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Replace [`DEFAULT_CSP`] with another policy (e.g. a permissive one in
    /// tests that need a request to really be attempted).
    pub fn csp(mut self, policy: impl Into<String>) -> Self {
        self.csp = policy.into();
        self
    }

    /// Serve the page at `path` (e.g. `/phone.html`) with `policy` instead:
    /// a test's own frame around the widget's pages, which must allow the
    /// frame that the widget's policy forbids.
    pub fn csp_for(mut self, path: &str, policy: impl Into<String>) -> Self {
        self.csp_for.push((path.to_string(), policy.into()));
        self
    }

    /// Send no Content-Security-Policy header at all.
    pub fn no_csp(mut self) -> Self {
        self.csp = String::new();
        self
    }

    /// Bind and start serving in a background thread.
    pub fn start(self) -> io::Result<Server> {
        let root = fs::canonicalize(&self.root)
            .map_err(|e| io::Error::new(e.kind(), format!("cannot serve {}: {e}", self.root.display())))?;
        if !root.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("cannot serve {}: not a directory", root.display()),
            ));
        }
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, self.port))?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            root,
            csp: self.csp,
            csp_for: self.csp_for,
            stop: AtomicBool::new(false),
            log: Mutex::new(Vec::new()),
        });
        let accept_shared = Arc::clone(&shared);
        let thread = thread::Builder::new()
            .name(format!("e2e-server-{}", addr.port()))
            .spawn(move || accept_loop(listener, accept_shared))?;
        Ok(Server {
            addr,
            shared,
            thread: Some(thread),
        })
    }
}

struct Shared {
    root: PathBuf,
    csp: String,
    csp_for: Vec<(String, String)>,
    stop: AtomicBool,
    log: Mutex<Vec<String>>,
}

/// A running static file server on 127.0.0.1. Stops when dropped.
pub struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Serve `root` on 127.0.0.1:`port` (`0`: an ephemeral port) with [`DEFAULT_CSP`].
    pub fn start(root: impl Into<PathBuf>, port: u16) -> io::Result<Server> {
        Server::builder(root).port(port).start()
    }

    /// A server another program runs at `addr` serving `root` (PHP's, for
    /// WordPress, tests/wordpress.rs): the same checks of a page's requests
    /// against its origin and files; it logs nothing here.
    pub fn elsewhere(addr: SocketAddr, root: impl Into<PathBuf>) -> Server {
        let shared = Arc::new(Shared {
            root: root.into(),
            csp: String::new(),
            csp_for: Vec::new(),
            stop: AtomicBool::new(true),
            log: Mutex::new(Vec::new()),
        });
        Server {
            addr,
            shared,
            thread: None,
        }
    }

    /// Configure a server for `root` (port, CSP) before starting it.
    pub fn builder(root: impl Into<PathBuf>) -> ServerBuilder {
        ServerBuilder {
            root: root.into(),
            port: 0,
            csp: DEFAULT_CSP.to_string(),
            csp_for: Vec::new(),
        }
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The origin, e.g. `http://127.0.0.1:40123` (no trailing slash).
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Absolute URL for `path` (leading `/` optional).
    pub fn url(&self, path: &str) -> String {
        format!("{}/{}", self.origin(), path.trim_start_matches('/'))
    }

    /// The directory being served (canonical).
    pub fn root(&self) -> &Path {
        &self.shared.root
    }

    /// The Content-Security-Policy header value sent (empty: none sent).
    pub fn csp(&self) -> &str {
        &self.shared.csp
    }

    /// Request lines seen so far, e.g. `"GET /index.html -> 200"`.
    pub fn served(&self) -> Vec<String> {
        self.shared.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// Block the calling thread until the server stops (for `cargo xtask serve`).
    pub fn wait(mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }

    /// Stop accepting connections and join the accept thread.
    pub fn shutdown(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        if self.thread.is_none() {
            return;
        }
        self.shared.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept().
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    for conn in listener.incoming() {
        if shared.stop.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = conn else { continue };
        let shared = Arc::clone(&shared);
        let _ = thread::Builder::new().name("e2e-server-conn".into()).spawn(move || {
            let _ = handle(stream, &shared);
        });
    }
}

struct Response {
    status: u16,
    reason: &'static str,
    content_type: &'static str,
    body: Vec<u8>,
    extra: Vec<(&'static str, String)>,
}

impl Response {
    fn error(status: u16, reason: &'static str) -> Response {
        Response {
            status,
            reason,
            content_type: "text/plain; charset=utf-8",
            body: format!("{status} {reason}\n").into_bytes(),
            extra: Vec::new(),
        }
    }
}

fn handle(stream: TcpStream, shared: &Shared) -> io::Result<()> {
    stream.set_read_timeout(Some(IO_TIMEOUT))?;
    stream.set_write_timeout(Some(IO_TIMEOUT))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    // One request per connection (`Connection: close`): simple and plenty for tests.
    let head = match read_head(&mut reader) {
        Ok(Some(h)) => h,
        Ok(None) => return Ok(()),
        Err(_) => {
            let resp = Response::error(400, "Bad Request");
            return write_response(&mut writer, &shared.csp, &resp, false);
        }
    };
    let mut parts = head.lines().next().unwrap_or("").split(' ');
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let resp = match method {
        "GET" | "HEAD" => route(&shared.root, target),
        _ => {
            let mut r = Response::error(405, "Method Not Allowed");
            r.extra.push(("Allow", "GET, HEAD".into()));
            r
        }
    };
    if let Ok(mut log) = shared.log.lock() {
        log.push(format!("{method} {target} -> {}", resp.status));
    }
    let path = target.split(['?', '#']).next().unwrap_or(target);
    let csp = shared
        .csp_for
        .iter()
        .find(|(p, _)| p == path)
        .map_or(shared.csp.as_str(), |(_, policy)| policy.as_str());
    write_response(&mut writer, csp, &resp, method == "HEAD")?;
    let _ = writer.shutdown(Shutdown::Write);
    // Drain anything the client still sends (e.g. a body) so the close is clean.
    let _ = reader.get_mut().set_read_timeout(Some(Duration::from_millis(200)));
    let _ = io::copy(&mut reader.take(1 << 20), &mut io::sink());
    Ok(())
}

/// Reads the request head; `Ok(None)` if the peer closed without sending anything.
fn read_head(reader: &mut impl BufRead) -> io::Result<Option<String>> {
    let mut head = String::new();
    loop {
        let mut line = String::new();
        let n = reader.take((MAX_HEAD - head.len()) as u64 + 1).read_line(&mut line)?;
        if n == 0 {
            return if head.is_empty() {
                Ok(None)
            } else {
                Err(io::Error::new(io::ErrorKind::UnexpectedEof, "truncated request"))
            };
        }
        head.push_str(&line);
        if head.len() > MAX_HEAD {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "request head too large"));
        }
        if line == "\r\n" || line == "\n" {
            return Ok(Some(head));
        }
    }
}

fn route(root: &Path, target: &str) -> Response {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return Response::error(400, "Bad Request");
    }
    let Some(decoded) = percent_decode(path) else {
        return Response::error(400, "Bad Request");
    };
    let Some(relative) = safe_relative(&decoded) else {
        return Response::error(403, "Forbidden");
    };
    let mut file = root.join(&relative);
    if file.is_dir() {
        if !decoded.ends_with('/') {
            let mut r = Response::error(301, "Moved Permanently");
            r.extra.push(("Location", format!("{path}/")));
            return r;
        }
        file = file.join("index.html");
    }
    // Symlinks must not lead outside the root either.
    match fs::canonicalize(&file) {
        Ok(real) if real.starts_with(root) => match fs::read(&real) {
            Ok(body) => Response {
                status: 200,
                reason: "OK",
                content_type: mime_type(&real),
                body,
                extra: Vec::new(),
            },
            Err(_) => Response::error(404, "Not Found"),
        },
        Ok(_) => Response::error(403, "Forbidden"),
        Err(_) => Response::error(404, "Not Found"),
    }
}

/// Turns a decoded URL path into a relative path, refusing `..`, backslashes,
/// NUL bytes and anything else that could step outside the served directory.
fn safe_relative(decoded: &str) -> Option<PathBuf> {
    if decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let mut out = PathBuf::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => continue,
            ".." => return None,
            s => {
                let mut comps = Path::new(s).components();
                match (comps.next(), comps.next()) {
                    (Some(Component::Normal(c)), None) => out.push(c),
                    _ => return None,
                }
            }
        }
    }
    Some(out)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The `Content-Type` for a file, by extension.
pub fn mime_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" | "map" => "application/json",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn write_response(w: &mut impl Write, csp: &str, r: &Response, head_only: bool) -> io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        r.status,
        r.reason,
        r.content_type,
        r.body.len()
    );
    if !csp.is_empty() {
        head.push_str(&format!("Content-Security-Policy: {csp}\r\n"));
    }
    for (name, value) in &r.extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    w.write_all(head.as_bytes())?;
    if !head_only {
        w.write_all(&r.body)?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(safe_relative("/a/b.js"), Some(PathBuf::from("a/b.js")));
        assert_eq!(safe_relative("/"), Some(PathBuf::new()));
        assert_eq!(safe_relative("/../x"), None);
        assert_eq!(safe_relative("/a/../../x"), None);
        assert_eq!(safe_relative("/a\\..\\x"), None);
        assert_eq!(safe_relative("/a\0"), None);
        assert_eq!(percent_decode("/%2e%2e/x").as_deref(), Some("/../x"));
        assert_eq!(percent_decode("/%zz"), None);
    }
}
