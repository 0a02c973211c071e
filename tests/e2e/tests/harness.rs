//! Tests of the harness itself: the server's headers and refusals, and proof
//! that the privacy report catches deliberately bad pages (none of these need
//! the widget's dist/).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use ims_checker_e2e::{Browser, Page, PrivacyReport, Server, TempDir, DEFAULT_CSP};

/// A policy that lets everything through, so bad requests are really attempted.
const PERMISSIVE_CSP: &str = "default-src * 'unsafe-inline' 'unsafe-eval' data: blob:";

fn site(files: &[(&str, &str)]) -> TempDir {
    let dir = TempDir::new("ims-e2e-site").unwrap();
    for (name, body) in files {
        dir.write(name, body).unwrap();
    }
    dir
}

/// Raw HTTP/1.1 exchange: (status, headers lower-cased, body).
fn raw(server: &Server, request: &str) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let mut s = TcpStream::connect(server.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let split = buf.windows(4).position(|w| w == b"\r\n\r\n").expect("no header end");
    let head = String::from_utf8_lossy(&buf[..split]).to_string();
    let body = buf[split + 4..].to_vec();
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    (status, headers, body)
}

fn get(server: &Server, path: &str) -> (u16, Vec<(String, String)>, Vec<u8>) {
    raw(
        server,
        &format!("GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n", server.addr()),
    )
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

// ---------------------------------------------------------------------------
// Server

#[test]
fn server_sends_mime_types_and_security_headers() {
    let dir = site(&[
        ("index.html", "<!doctype html><title>home</title>"),
        ("app.js", "console.log(1)"),
        ("app.wasm", "\0asm"),
        ("app.css", "body{}"),
        ("logo.svg", "<svg/>"),
        ("logo.png", "png"),
        ("data.json", "{}"),
        ("favicon.ico", "ico"),
        ("sub/index.html", "<!doctype html><title>sub</title>"),
    ]);
    let server = Server::start(dir.path(), 0).unwrap();
    assert!(server.origin().starts_with("http://127.0.0.1:"));
    for (path, mime) in [
        ("/index.html", "text/html; charset=utf-8"),
        ("/app.js", "text/javascript; charset=utf-8"),
        ("/app.wasm", "application/wasm"),
        ("/app.css", "text/css; charset=utf-8"),
        ("/logo.svg", "image/svg+xml"),
        ("/logo.png", "image/png"),
        ("/data.json", "application/json"),
        ("/favicon.ico", "image/x-icon"),
    ] {
        let (status, headers, _) = get(&server, path);
        assert_eq!(status, 200, "{path}");
        assert_eq!(header(&headers, "content-type"), Some(mime), "{path}");
        assert_eq!(header(&headers, "content-security-policy"), Some(DEFAULT_CSP), "{path}");
        assert_eq!(header(&headers, "cache-control"), Some("no-store"), "{path}");
        assert_eq!(header(&headers, "x-content-type-options"), Some("nosniff"), "{path}");
    }
    // Directories serve their index.html; a query string is ignored.
    let (status, _, body) = get(&server, "/?x=1");
    assert_eq!((status, body), (200, b"<!doctype html><title>home</title>".to_vec()));
    let (status, _, body) = get(&server, "/sub/");
    assert_eq!((status, body), (200, b"<!doctype html><title>sub</title>".to_vec()));
    let (status, headers, _) = get(&server, "/sub");
    assert_eq!((status, header(&headers, "location")), (301, Some("/sub/")));
    // Errors carry the policy too.
    let (status, headers, _) = get(&server, "/missing.js");
    assert_eq!(status, 404);
    assert_eq!(header(&headers, "content-security-policy"), Some(DEFAULT_CSP));
    // HEAD: headers only.
    let (status, headers, body) = raw(&server, "HEAD /app.js HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(
        (status, header(&headers, "content-length"), body.len()),
        (200, Some("14"), 0)
    );
    // Anything else: 405.
    let (status, headers, _) = raw(
        &server,
        "POST /app.js HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
    );
    assert_eq!((status, header(&headers, "allow")), (405, Some("GET, HEAD")));
    assert!(server.served().contains(&"POST /app.js -> 405".to_string()));
}

#[test]
fn server_refuses_path_traversal() {
    let outer = TempDir::new("ims-e2e-outer").unwrap();
    outer.write("secret.txt", "TOP SECRET").unwrap();
    outer.write("www/index.html", "ok").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outer.path().join("secret.txt"), outer.path().join("www/link.txt")).unwrap();
    let server = Server::start(outer.path().join("www"), 0).unwrap();
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/sub/..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/index.html%00",
        "/link.txt",
        "//etc/passwd",
        "/../../../../../../etc/passwd",
    ] {
        let (status, _, body) = get(&server, path);
        assert!(matches!(status, 400 | 403 | 404), "{path} gave {status}");
        let body = String::from_utf8_lossy(&body);
        assert!(
            !body.contains("TOP SECRET") && !body.contains("root:"),
            "{path} leaked {body}"
        );
    }
    // Not even an absolute-form request target gets through.
    let (status, _, _) = raw(&server, "GET http://127.0.0.1/../secret.txt HTTP/1.1\r\n\r\n");
    assert_eq!(status, 400);
}

#[test]
fn server_csp_can_be_overridden_and_stops_on_drop() {
    let dir = site(&[("index.html", "hi")]);
    let server = Server::builder(dir.path()).csp(PERMISSIVE_CSP).start().unwrap();
    let (_, headers, _) = get(&server, "/");
    assert_eq!(header(&headers, "content-security-policy"), Some(PERMISSIVE_CSP));
    let addr = server.addr();
    drop(server);
    assert!(
        TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_err(),
        "still listening after drop"
    );

    let server = Server::builder(dir.path()).no_csp().start().unwrap();
    let (_, headers, _) = get(&server, "/");
    assert_eq!(header(&headers, "content-security-policy"), None);
    server.shutdown();
}

// ---------------------------------------------------------------------------
// The privacy report catches bad pages

/// A plain listener on another loopback address, standing in for a tracker:
/// returns its origin and a channel yielding the request lines it receives.
fn fake_tracker() -> (String, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.2:0").expect("bind 127.0.0.2 (loopback)");
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let _ = conn.set_read_timeout(Some(Duration::from_secs(2)));
            let mut buf = [0u8; 4096];
            let n = conn.read(&mut buf).unwrap_or(0);
            let text = String::from_utf8_lossy(&buf[..n]).to_string();
            let _ = tx.send(text.lines().next().unwrap_or("").to_string());
            let _ = conn.write_all(
                b"HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: *\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
    (origin, rx)
}

fn open(server: &Server, path: &str) -> (Browser, Page) {
    let browser = Browser::launch((1024, 768)).unwrap();
    let page = browser.new_page().unwrap();
    page.goto(&server.url(path)).unwrap();
    (browser, page)
}

#[test]
fn clean_page_gives_clean_report() {
    let dir = site(&[
        (
            "index.html",
            r#"<!doctype html><html><head><link rel="stylesheet" href="app.css">
               <script src="app.js" defer></script></head>
               <body><img src="logo.svg" alt=""><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
               <p id="out">waiting</p></body></html>"#,
        ),
        ("app.css", "p { color: #123; }"),
        ("logo.svg", r#"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>"#),
        (
            "app.js",
            "fetch('data.json').then(r => r.json()).then(d => { document.getElementById('out').textContent = d.msg; });",
        ),
        ("data.json", r#"{"msg":"ready"}"#),
    ]);
    let server = Server::start(dir.path(), 0).unwrap();
    let (_browser, page) = open(&server, "/");
    page.wait_for(
        "document.getElementById('out').textContent === 'ready'",
        Duration::from_secs(10),
    )
    .unwrap();
    let report = page.privacy_report(&server.origin()).unwrap();
    report.assert_clean();
    let urls: Vec<String> = page.requests().unwrap().into_iter().map(|r| r.url).collect();
    assert!(
        urls.iter().any(|u| u.ends_with("/data.json")),
        "requests not recorded: {urls:?}"
    );
    assert!(page.console_messages().unwrap().iter().all(|m| m.source != "exception"));
}

#[test]
fn foreign_image_is_caught_even_when_csp_blocks_it() {
    let dir = site(&[(
        "index.html",
        r#"<!doctype html><img src="http://127.0.0.2:9/x.png" alt="">"#,
    )]);
    let server = Server::start(dir.path(), 0).unwrap();
    let (_browser, page) = open(&server, "/");
    page.wait_for("document.readyState === 'complete'", Duration::from_secs(5))
        .unwrap();
    let report = page.privacy_report(&server.origin()).unwrap();
    assert!(
        report
            .foreign_requests
            .iter()
            .any(|r| r.contains("http://127.0.0.2:9/x.png")),
        "foreign image not reported:\n{report}"
    );
    assert!(
        report.csp_violations.iter().any(|v| v.contains("img-src")),
        "CSP violation not reported:\n{report}"
    );
    // `assert_clean` panics with exactly this listing.
    let listing = report.to_string();
    assert!(!report.is_clean());
    assert!(
        listing.contains("requests to other origins") && listing.contains("127.0.0.2:9"),
        "{listing}"
    );
}

#[test]
fn foreign_requests_really_attempted_are_caught() {
    // With the permissive policy nothing stops the page: the "tracker" really
    // receives the data, and the report must still name every request.
    let (tracker, received) = fake_tracker();
    let dir = site(&[(
        "index.html",
        &format!(
            r#"<!doctype html><img src="{tracker}/pixel.png?pain=7" alt="">
                   <script>fetch('{tracker}/collect', {{ method: 'POST', body: 'region=neck' }}).then(() => {{ window.sent = true; }}, () => {{ window.sent = true; }});</script>"#
        ),
    )]);
    let server = Server::builder(dir.path()).csp(PERMISSIVE_CSP).start().unwrap();
    let (_browser, page) = open(&server, "/");
    page.wait_for("window.sent === true", Duration::from_secs(10)).unwrap();
    let mut lines: Vec<String> = received.recv_timeout(Duration::from_secs(5)).into_iter().collect();
    lines.extend(received.recv_timeout(Duration::from_secs(5)));
    assert!(
        lines.iter().any(|l| l.starts_with("GET /pixel.png?pain=7")),
        "tracker got {lines:?}"
    );
    let report = page.privacy_report(&server.origin()).unwrap();
    assert!(
        report.foreign_requests.iter().any(|r| r.contains("/pixel.png?pain=7")),
        "{report}"
    );
    assert!(
        report
            .foreign_requests
            .iter()
            .any(|r| r.starts_with("POST ") && r.contains("/collect")),
        "{report}"
    );
    assert!(report.csp_violations.is_empty(), "{report}");
    assert!(!report.is_clean());
}

#[test]
fn foreign_request_from_a_worker_is_caught() {
    let (tracker, _received) = fake_tracker();
    let dir = site(&[
        ("index.html", r#"<!doctype html><script src="main.js"></script>"#),
        (
            "main.js",
            "const w = new Worker('worker.js'); w.onmessage = () => { window.done = true; };",
        ),
        (
            "worker.js",
            &format!("fetch('{tracker}/from-worker').finally(() => postMessage('done'));"),
        ),
    ]);
    let server = Server::builder(dir.path()).csp(PERMISSIVE_CSP).start().unwrap();
    let (_browser, page) = open(&server, "/");
    page.wait_for("window.done === true", Duration::from_secs(10)).unwrap();
    let report = page.privacy_report(&server.origin()).unwrap();
    assert!(
        report.foreign_requests.iter().any(|r| r.contains("/from-worker")),
        "{report}"
    );
}

#[test]
fn local_storage_write_is_caught() {
    let dir = site(&[
        ("index.html", r#"<!doctype html><script src="app.js"></script>"#),
        (
            "app.js",
            "localStorage.setItem('answers', JSON.stringify({ pain: 7 })); sessionStorage.step = '2';",
        ),
    ]);
    let server = Server::start(dir.path(), 0).unwrap();
    let (_browser, page) = open(&server, "/");
    let report = page.privacy_report(&server.origin()).unwrap();
    let writes = report.storage_writes.join("\n");
    assert!(writes.contains("localStorage.setItem(\"answers\")"), "{report}");
    assert!(
        writes.contains("left behind: localStorage has 1 item(s): answers"),
        "{report}"
    );
    // A direct property write bypasses setItem but is still left behind.
    assert!(
        writes.contains("left behind: sessionStorage has 1 item(s): step"),
        "{report}"
    );
    assert!(
        report.foreign_requests.is_empty() && report.cookies.is_empty(),
        "{report}"
    );
}

#[test]
fn cookie_is_caught() {
    let dir = site(&[
        ("index.html", r#"<!doctype html><script src="app.js"></script>"#),
        ("app.js", "document.cookie = 'visited=yes; max-age=3600; path=/';"),
    ]);
    let server = Server::start(dir.path(), 0).unwrap();
    let (_browser, page) = open(&server, "/");
    let report = page.privacy_report(&server.origin()).unwrap();
    assert!(
        report
            .storage_writes
            .iter()
            .any(|w| w.contains("document.cookie = \"visited=yes\"")),
        "{report}"
    );
    assert!(report.cookies.iter().any(|c| c.starts_with("visited ")), "{report}");
}

#[test]
fn other_storage_and_beacons_are_caught() {
    let dir = site(&[
        ("index.html", r#"<!doctype html><script src="app.js"></script>"#),
        (
            "app.js",
            "indexedDB.open('answers');\n\
             caches.open('c').then(() => { window.cached = true; });\n\
             navigator.sendBeacon('/beacon', 'pain=7');\n\
             fetch('/log?pain=7');",
        ),
    ]);
    let server = Server::start(dir.path(), 0).unwrap();
    let (_browser, page) = open(&server, "/");
    page.wait_for("window.cached === true", Duration::from_secs(5)).unwrap();
    // Give the beacon and fetch a moment to be dispatched.
    page.wait_for(
        "performance.getEntriesByType('resource').length >= 2",
        Duration::from_secs(5),
    )
    .unwrap();
    let report = page.privacy_report(&server.origin()).unwrap();
    let writes = report.storage_writes.join("\n");
    for expected in [
        "indexedDB.open(\"answers\")",
        "caches.open(\"c\")",
        "navigator.sendBeacon(\"/beacon\")",
    ] {
        assert!(writes.contains(expected), "missing {expected}:\n{report}");
    }
    assert!(writes.contains("left behind: Cache Storage \"c\""), "{report}");
    let with_body = report.requests_with_body.join("\n");
    assert!(
        with_body.contains("POST ") && with_body.contains("/beacon") && with_body.contains("with body"),
        "{report}"
    );
    assert!(with_body.contains("/log?pain=7"), "{report}");
}

#[test]
fn inline_script_csp_violation_is_caught() {
    let dir = site(&[(
        "index.html",
        "<!doctype html><script>document.title = 'inline ran';</script><p>x</p>",
    )]);
    let server = Server::start(dir.path(), 0).unwrap();
    let (_browser, page) = open(&server, "/");
    assert_ne!(page.eval("document.title").unwrap(), "inline ran");
    let report = page.privacy_report(&server.origin()).unwrap();
    assert!(
        report.csp_violations.iter().any(|v| v.starts_with("script-src")),
        "{report}"
    );
    assert!(report.foreign_requests.is_empty(), "{report}");
}

#[test]
#[should_panic(expected = "requests to other origins:\n    - GET http://127.0.0.2:9/x.png")]
fn assert_clean_panics_with_the_listing() {
    let report = PrivacyReport {
        origin: "http://127.0.0.1:8080".into(),
        foreign_requests: vec!["GET http://127.0.0.2:9/x.png [Image]".into()],
        ..Default::default()
    };
    report.assert_clean();
}

// ---------------------------------------------------------------------------
// The driver itself

#[test]
fn driver_clicks_types_and_reports_errors() {
    let out = TempDir::new("ims-e2e-shots").unwrap();
    let dir = site(&[
        (
            "index.html",
            r#"<!doctype html><html><head><meta name="viewport" content="width=device-width">
               <script src="app.js" defer></script></head>
               <body><x-host></x-host><input id="name" aria-label="name"><button id="plain">plain</button></body></html>"#,
        ),
        (
            "app.js",
            "customElements.define('x-host', class extends HTMLElement {\n\
               connectedCallback() {\n\
                 const root = this.attachShadow({ mode: 'open' });\n\
                 const b = document.createElement('button');\n\
                 b.dataset.action = 'next'; b.textContent = 'Next';\n\
                 b.addEventListener('click', (e) => { window.clicks = (window.clicks || 0) + 1; window.trusted = e.isTrusted; });\n\
                 root.append(b);\n\
               }\n\
             });\n\
             document.getElementById('plain').addEventListener('keydown', (e) => { window.lastKey = e.key; });",
        ),
    ]);
    let server = Server::start(dir.path(), 0).unwrap();
    let (_browser, page) = open(&server, "/");

    page.click("x-host >>> [data-action=next]").unwrap();
    page.click_in_shadow("x-host", "button").unwrap();
    assert_eq!(
        page.eval("[window.clicks, window.trusted]").unwrap(),
        serde_json::json!([2, true])
    );

    page.click("#name").unwrap();
    page.type_text("Ana 7").unwrap();
    assert_eq!(page.eval("document.getElementById('name').value").unwrap(), "Ana 7");
    page.press_key("Tab").unwrap();
    assert_eq!(page.active_element().unwrap(), "button#plain \"plain\"");
    page.press_key("ArrowDown").unwrap();
    assert_eq!(page.eval("window.lastKey").unwrap(), "ArrowDown");
    page.press_key("Shift+Tab").unwrap();
    assert!(page.active_element().unwrap().starts_with("input#name"));
    page.press_key("Shift+Tab").unwrap();
    assert_eq!(page.active_element().unwrap(), "button \"Next\"");
    page.press_key("Enter").unwrap();
    page.press_key("Space").unwrap();
    assert_eq!(page.eval("window.clicks").unwrap(), 4);
    assert_eq!(page.text("x-host >>> button").unwrap(), "Next");

    let e = page.eval("(() => { throw new Error('boom') })()").unwrap_err();
    assert!(e.to_string().contains("boom"), "{e}");
    assert_eq!(page.eval("Promise.resolve(41 + 1)").unwrap(), 42);
    let e = page.wait_for("window.never", Duration::from_millis(300)).unwrap_err();
    assert!(e.to_string().contains("timed out"), "{e}");
    let mut page = page;
    page.set_timeout(Duration::from_millis(500));
    let e = page.click("x-host >>> .missing").unwrap_err();
    assert!(e.to_string().contains("no element matches"), "{e}");

    page.set_viewport(390, 844, true).unwrap();
    assert_eq!(
        page.eval("[innerWidth, navigator.maxTouchPoints > 0]").unwrap(),
        serde_json::json!([390, true])
    );
    page.tap("x-host >>> button").unwrap();
    assert_eq!(page.eval("window.clicks").unwrap(), 5);
    let shot = out.path().join("shots/page.png");
    page.screenshot(&shot).unwrap();
    // The picture is of the emulated 390 × 844 viewport, and shows the page
    // (its button drawn), not a blank.
    let image = ims_checker_e2e::widget::Image::read(&shot).unwrap();
    assert_eq!((image.width, image.height), (390, 844));
    assert!(image.colours(8) >= 8, "the screenshot is nearly one colour: {image:?}");

    page.privacy_report(&server.origin()).unwrap().assert_clean();
}

#[test]
fn dist_dir_error_is_helpful() {
    let before = std::env::var_os("IMS_CHECKER_DIST");
    std::env::set_var("IMS_CHECKER_DIST", "/nonexistent/ims-dist");
    let e = ims_checker_e2e::dist_dir().unwrap_err();
    match before {
        Some(v) => std::env::set_var("IMS_CHECKER_DIST", v),
        None => std::env::remove_var("IMS_CHECKER_DIST"),
    }
    assert!(
        e.to_string()
            .starts_with("dist/ not found: run `cargo xtask dist` (or `cargo xtask test`) first"),
        "{e}"
    );
}

#[test]
fn a_trace_records_the_main_thread_and_stops() {
    let dir = site(&[
        (
            "index.html",
            r#"<!doctype html><html><body><button id="b">press</button>
           <script src="app.js"></script></body></html>"#,
        ),
        (
            "app.js",
            "document.getElementById('b').addEventListener('click', (e) => { e.target.textContent = 'pressed'; });",
        ),
    ]);
    let server = Server::start(dir.path(), 0).unwrap();
    let (_browser, page) = open(&server, "/");
    page.start_trace("devtools.timeline,blink").unwrap();
    page.click("#b").unwrap();
    page.wait_for(
        "document.getElementById('b').textContent === 'pressed'",
        Duration::from_secs(10),
    )
    .unwrap();
    let events = page.stop_trace().unwrap();
    let main = events
        .iter()
        .find(|e| e["name"] == "thread_name" && e["args"]["name"] == "CrRendererMain")
        .unwrap_or_else(|| panic!("no renderer main thread among {} events", events.len()));
    assert!(
        events
            .iter()
            .any(|e| e["tid"] == main["tid"] && e["name"] == "EventDispatch" && e["args"]["data"]["type"] == "click"),
        "the click is not in the trace"
    );
    // A second trace starts empty: nothing of the first carries over.
    page.start_trace("devtools.timeline").unwrap();
    let second = page.stop_trace().unwrap();
    assert!(!second
        .iter()
        .any(|e| e["name"] == "EventDispatch" && e["args"]["data"]["type"] == "click"));
}
