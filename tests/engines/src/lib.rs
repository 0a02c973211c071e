//! The cross-engine layer: the widget in WebKit (WebKitGTK's
//! `WebKitWebDriver` and its MiniBrowser, the engine Safari is built on)
//! and Firefox (geckodriver and Firefox ESR), both under Xvfb, over W3C
//! WebDriver (fantoccini), beside the Chromium layer's DevTools client.
//!
//! - this file: an engine's session (Xvfb, the driver, the browser), the
//!   served copy of dist/ with the demo clinic's pages, reading the page,
//!   waiting, real clicks and key presses, screenshots;
//! - [`journey`]: the widget's steps through its test hooks, whole journeys
//!   to a level, what a result must show.
//!
//! A phone (360 × 740) is a frame of that size on a page of the same site:
//! neither browser's window gets narrower than its toolbar (MiniBrowser's is
//! 447 px), and a frame's media queries see the frame's width as a phone's
//! page sees its screen.

pub mod journey;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::{Element, ElementRef};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use ims_checker_e2e::widget::copy_tree;
pub use ims_checker_e2e::widget::{
    add_days, clinic_page, copy_dist, pages_dir, screenshots_dir, typed_parts, BOOKING_URL, DESKTOP, EMERGENCY_TEL,
    HEALTH_DEFAULTS, PHONE,
};
use ims_checker_e2e::{Server, TempDir, DEFAULT_CSP};

/// How long a condition may take to hold.
pub const WAIT: Duration = Duration::from_secs(15);

/// A browser engine of the layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    WebKit,
    Firefox,
}

impl Engine {
    /// The folder name of its screenshots.
    pub fn name(self) -> &'static str {
        match self {
            Engine::WebKit => "webkit",
            Engine::Firefox => "firefox",
        }
    }
}

/// WebKitGTK's MiniBrowser (Debian's `webkit2gtk-driver` brings it with `libwebkit2gtk-4.1`).
pub fn minibrowser() -> PathBuf {
    std::env::var_os("MINIBROWSER").map(PathBuf::from).unwrap_or_else(|| {
        ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib"]
            .iter()
            .map(|lib| Path::new(lib).join("webkit2gtk-4.1/MiniBrowser"))
            .find(|p| p.is_file())
            .unwrap_or_else(|| PathBuf::from("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"))
    })
}

/// geckodriver: `GECKODRIVER`, else `cargo install`'s, else on PATH.
pub fn geckodriver() -> PathBuf {
    if let Some(path) = std::env::var_os("GECKODRIVER") {
        return PathBuf::from(path);
    }
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    cargo_home
        .map(|home| home.join("bin/geckodriver"))
        .filter(|p| p.is_file())
        .unwrap_or_else(|| PathBuf::from("geckodriver"))
}

/// A child process killed when dropped.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// An X server of the test's own, stopped when dropped.
struct Xvfb {
    process: Process,
    display: u32,
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.process.0.kill();
        let _ = self.process.0.wait();
        // Killed, it leaves its lock and socket behind: they are ours.
        let _ = fs::remove_file(format!("/tmp/.X{}-lock", self.display));
        let _ = fs::remove_file(format!("/tmp/.X11-unix/X{}", self.display));
    }
}

/// Starts Xvfb on a display it finds free itself, and waits until it
/// says which (`-displayfd`: it writes the number once it accepts clients).
fn start_xvfb() -> Result<Xvfb, String> {
    use std::io::BufRead;
    let mut child = Command::new("Xvfb")
        .args(["-displayfd", "1", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start Xvfb (`cargo xtask setup` installs it): {e}"))?;
    let mut line = String::new();
    let read = child
        .stdout
        .take()
        .map(|out| std::io::BufReader::new(out).read_line(&mut line));
    match (read, line.trim().parse::<u32>()) {
        (Some(Ok(_)), Ok(display)) => Ok(Xvfb {
            process: Process(child),
            display,
        }),
        _ => {
            let _ = child.kill();
            let _ = child.wait();
            Err(format!("Xvfb did not say its display (it wrote {line:?})"))
        }
    }
}

fn free_port() -> Result<u16, String> {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))
}

/// The pages a session's site holds beside dist/: the demo clinic in each
/// language, and a phone-sized frame around each.
pub const LANGS: [&str; 3] = ["en", "fa", "zh-Hant"];

/// The policy of the test's own phone frame pages (a frame of the same site).
const FRAME_CSP: &str = "default-src 'none'; frame-src 'self'; style-src 'unsafe-inline'";

/// A page holding `inner` in a frame the size of a phone's screen.
fn phone_frame(inner: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>phone</title>\
         <link rel=\"icon\" href=\"data:,\"><style>body{{margin:0}} iframe{{border:0;display:block}}</style></head>\
         <body><iframe src=\"{inner}\" width=\"{}\" height=\"{}\" title=\"phone\"></iframe></body></html>\n",
        PHONE.0, PHONE.1
    )
}

/// One engine's browser on a served copy of dist/, at one window size.
///
/// Fields drop in order: the session ends (closing the browser), the
/// driver and Xvfb stop, the server and the folder go.
pub struct Session {
    pub rt: tokio::runtime::Runtime,
    pub client: Client,
    pub engine: Engine,
    /// The window's size: a phone is a frame of this size.
    pub viewport: (u32, u32),
    /// The test's name (screenshots, messages).
    pub name: String,
    _driver: Process,
    _xvfb: Xvfb,
    pub server: Server,
    pub dir: TempDir,
    shots: std::cell::Cell<u32>,
}

impl Drop for Session {
    fn drop(&mut self) {
        let client = self.client.clone();
        let _ = self
            .rt
            .block_on(async move { tokio::time::timeout(Duration::from_secs(10), client.close()).await });
    }
}

impl Session {
    /// A copy of dist/ with the fixture pages and the demo clinic's pages,
    /// served with the widget's strict policy; `engine` started at `viewport`.
    pub fn start(engine: Engine, name: &str, viewport: (u32, u32)) -> Session {
        Session::start_with(engine, name, viewport, |_| Ok(()))
    }

    /// Like [`Session::start`], once `prepare` has added to the copy.
    pub fn start_with(
        engine: Engine,
        name: &str,
        viewport: (u32, u32),
        prepare: impl FnOnce(&Path) -> std::io::Result<()>,
    ) -> Session {
        let fail = |what: &str, e: &dyn std::fmt::Display| -> ! { panic!("[{name} in {}] {what}: {e}", engine.name()) };
        let dir = TempDir::new("ims-engines").unwrap_or_else(|e| fail("temp dir", &e));
        copy_dist(dir.path());
        copy_tree(&pages_dir(), dir.path()).unwrap_or_else(|e| fail("copying the fixture pages", &e));
        let mut builder = Server::builder(dir.path()).csp(DEFAULT_CSP);
        for lang in LANGS {
            let page = format!("clinic-{lang}.html");
            fs::write(dir.path().join(&page), clinic_page(lang, &LANGS, None))
                .unwrap_or_else(|e| fail("writing a page", &e));
        }
        prepare(dir.path()).unwrap_or_else(|e| fail("preparing the copy", &e));
        // Every page of the copy gets a phone frame beside it.
        let pages: Vec<String> = fs::read_dir(dir.path())
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|e| e.file_name().into_string().ok())
                    .filter(|n| n.ends_with(".html"))
                    .collect()
            })
            .unwrap_or_default();
        for page in pages {
            let frame = format!("phone-{page}");
            fs::write(dir.path().join(&frame), phone_frame(&page)).unwrap_or_else(|e| fail("writing a frame", &e));
            builder = builder.csp_for(&format!("/{frame}"), FRAME_CSP);
        }
        let server = builder.start().unwrap_or_else(|e| fail("serving the copy", &e));
        let xvfb = start_xvfb().unwrap_or_else(|e| fail("Xvfb", &e));
        let display = xvfb.display;
        let port = free_port().unwrap_or_else(|e| fail("port", &e));
        let mut command = match engine {
            Engine::WebKit => {
                let mut c = Command::new("WebKitWebDriver");
                c.arg(format!("--port={port}"));
                c
            }
            Engine::Firefox => {
                let mut c = Command::new(geckodriver());
                c.args(["--port", &port.to_string()]);
                c
            }
        };
        let log = fs::File::create(std::env::temp_dir().join(format!("ims-engines-{}-{name}.log", engine.name())))
            .unwrap_or_else(|e| fail("driver log", &e));
        let driver = command
            .env("DISPLAY", format!(":{display}"))
            .stdout(log.try_clone().unwrap_or_else(|e| fail("driver log", &e)))
            .stderr(log)
            .spawn()
            .map(Process)
            .unwrap_or_else(|e| fail("cannot start the WebDriver (`cargo xtask setup` installs it)", &e));
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap_or_else(|e| fail("tokio", &e));
        let capabilities = match engine {
            Engine::WebKit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": { "binary": minibrowser(), "args": ["--automation"] },
            }),
            Engine::Firefox => json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": std::env::var("FIREFOX_PATH").unwrap_or_else(|_| "/usr/bin/firefox-esr".into()),
                    "prefs": { "browser.shell.checkDefaultBrowser": false },
                },
            }),
        };
        let capabilities = capabilities.as_object().cloned().unwrap_or_default();
        let url = format!("http://127.0.0.1:{port}");
        let client = rt
            .block_on(async {
                let started = Instant::now();
                loop {
                    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
                    match ClientBuilder::new(connector)
                        .capabilities(capabilities.clone())
                        .connect(&url)
                        .await
                    {
                        Ok(client) => return Ok(client),
                        Err(e) if started.elapsed() > Duration::from_secs(60) => return Err(e),
                        Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
                    }
                }
            })
            .unwrap_or_else(|e| fail("cannot start a browser session", &e));
        let session = Session {
            rt,
            client,
            engine,
            viewport,
            name: name.to_string(),
            _driver: driver,
            _xvfb: xvfb,
            server,
            dir,
            shots: std::cell::Cell::new(0),
        };
        session.size_window();
        let _ = fs::remove_dir_all(session.shots_dir());
        session
    }

    /// A phone is a frame inside the page, not the window.
    pub fn is_phone(&self) -> bool {
        self.viewport == PHONE
    }

    /// The window sized so that the page's viewport is `viewport` (the
    /// browser's toolbar around it), or a roomy window around a phone's frame.
    fn size_window(&self) {
        // A phone's frame must fit whole in the window: a click outside the
        // window's viewport lands nowhere.
        let (want_w, want_h) = if self.is_phone() {
            (PHONE.0 + 120, PHONE.1 + 40)
        } else {
            self.viewport
        };
        let (mut w, mut h) = (want_w as i64, want_h as i64);
        for _ in 0..6 {
            let _ = self.rt.block_on(self.client.set_window_rect(0, 0, w as u32, h as u32));
            let (iw, ih) = self.settled_viewport();
            if (self.is_phone() && iw >= want_w as i64 && ih >= want_h as i64)
                || (iw == want_w as i64 && ih == want_h as i64)
            {
                return;
            }
            w += want_w as i64 - iw;
            h += want_h as i64 - ih;
        }
        let inner = self.top_js("[innerWidth, innerHeight]");
        self.fail(format!(
            "the window's viewport should be {:?}; it is {inner}",
            self.viewport
        ));
    }

    /// The page's viewport once it has stopped changing: under Xvfb without
    /// a window manager, WebKit's window answers a resize before it has
    /// taken it, so one read can still give the old size.
    fn settled_viewport(&self) -> (i64, i64) {
        let read = || {
            let inner = self.top_js("[innerWidth, innerHeight]");
            (inner[0].as_i64().unwrap_or(0), inner[1].as_i64().unwrap_or(0))
        };
        let mut last = read();
        let mut same = 0;
        for _ in 0..40 {
            std::thread::sleep(Duration::from_millis(100));
            let now = read();
            if now == last {
                same += 1;
                if same == 3 {
                    break;
                }
            } else {
                same = 0;
                last = now;
            }
        }
        last
    }

    /// JavaScript evaluated in the top page (whatever frame is current).
    fn top_js(&self, expr: &str) -> Value {
        self.rt
            .block_on(self.client.execute(&format!("return ({expr});"), vec![]))
            .unwrap_or(Value::Null)
    }

    /// Opens `page` of the site (e.g. `clinic-fa.html`): at phone size in
    /// the phone frame, the frame then current.
    pub fn open(&self, page: &str) {
        let path = if self.is_phone() {
            format!("phone-{page}")
        } else {
            page.to_string()
        };
        let url = self.server.url(&format!("/{path}"));
        if let Err(e) = self.rt.block_on(self.client.goto(&url)) {
            self.fail(format!("opening {url}: {e}"));
        }
        if self.is_phone() {
            self.enter_phone_frame();
            self.wait(
                "document.readyState === 'complete'",
                "the phone frame's page should load",
            );
        }
    }

    fn enter_phone_frame(&self) {
        let entered = self.rt.block_on(async {
            let frame = self.client.find(Locator::Css("iframe")).await?;
            frame.enter_frame().await
        });
        if let Err(e) = entered {
            self.fail(format!("cannot enter the phone frame: {e}"));
        }
    }

    /// The folder of this engine's screenshots.
    pub fn shots_dir(&self) -> PathBuf {
        screenshots_dir()
            .join("engines")
            .join(self.engine.name())
            .join(&self.name)
    }

    /// A screenshot of what the visitor sees (the window, or the phone's
    /// frame), as `<n>-<what>.png`, numbered in the order taken.
    pub fn shot(&self, what: &str) -> PathBuf {
        let n = self.shots.get() + 1;
        self.shots.set(n);
        let path = self.shots_dir().join(format!("{n:02}-{what}.png"));
        let png = self.screenshot_png();
        let _ = fs::create_dir_all(self.shots_dir());
        if let Err(e) = png.and_then(|png| fs::write(&path, png).map_err(|e| e.to_string())) {
            self.fail(format!("screenshot {}: {e}", path.display()));
        }
        path
    }

    fn screenshot_png(&self) -> Result<Vec<u8>, String> {
        // WebKitGTK's element screenshot of a frame is shifted down by its
        // toolbar's height: the window's, with the phone at its top left.
        if !self.is_phone() || self.engine == Engine::WebKit {
            return self.rt.block_on(self.client.screenshot()).map_err(|e| e.to_string());
        }
        let png = self.rt.block_on(async {
            self.client.enter_parent_frame().await?;
            let frame = self.client.find(Locator::Css("iframe")).await?;
            let png = frame.screenshot().await;
            frame.enter_frame().await?;
            png
        });
        png.map_err(|e| e.to_string())
    }

    /// Panic with the engine, the test and `msg`, saving a screenshot.
    #[track_caller]
    pub fn fail(&self, msg: impl AsRef<str>) -> ! {
        let path = screenshots_dir()
            .join("engines")
            .join(self.engine.name())
            .join("failures")
            .join(format!("{}.png", self.name));
        let saved = self.screenshot_png().ok().and_then(|png| {
            fs::create_dir_all(path.parent()?).ok()?;
            fs::write(&path, png).ok()
        });
        panic!(
            "[{} in {} at {:?}] {}{}",
            self.name,
            self.engine.name(),
            self.viewport,
            msg.as_ref(),
            if saved.is_some() {
                format!("\n  screenshot: {}", path.display())
            } else {
                String::new()
            }
        )
    }

    /// The value of the JavaScript expression `expr` (a promise is awaited).
    #[track_caller]
    pub fn js(&self, expr: &str) -> Value {
        match self
            .rt
            .block_on(self.client.execute(&format!("return ({expr});"), vec![]))
        {
            Ok(v) => v,
            Err(e) => self.fail(format!("evaluating JavaScript failed: {e}\n  {expr}")),
        }
    }

    /// Waits until the JavaScript condition `cond` holds, polling; fails
    /// with `what` after [`WAIT`].
    #[track_caller]
    pub fn wait(&self, cond: &str, what: impl AsRef<str>) {
        if !self.holds_within(cond, WAIT) {
            self.fail(format!("{} (waited {WAIT:?} for `{cond}`)", what.as_ref()));
        }
    }

    /// Whether `cond` comes to hold within `limit`.
    pub fn holds_within(&self, cond: &str, limit: Duration) -> bool {
        let started = Instant::now();
        loop {
            let v = self.rt.block_on(self.client.execute(
                &format!("try {{ return !!({cond}); }} catch (e) {{ return false; }}"),
                vec![],
            ));
            if v.ok() == Some(json!(true)) {
                return true;
            }
            if started.elapsed() > limit {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The element the JavaScript expression `expr` evaluates to.
    #[track_caller]
    pub fn element(&self, expr: &str) -> Element {
        let v = self.js(expr);
        let id = v
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .map(str::to_string);
        match id {
            Some(id) => Element::from_element_id(self.client.clone(), ElementRef::from(id)),
            None => self.fail(format!("no element: `{expr}` is {v}")),
        }
    }

    /// A real click (the driver's pointer, at the element's centre, scrolled
    /// into view) on the element `expr` evaluates to.
    #[track_caller]
    pub fn click(&self, expr: &str) {
        // In the middle of the screen first, as a visitor scrolls to what
        // they tap: the driver clicks the centre of the part in view, which
        // for a body map region cut by the screen's edge is another region.
        self.js(&format!(
            "(({expr}).scrollIntoView({{ block: 'center', inline: 'nearest' }}), true)"
        ));
        let element = self.element(expr);
        if let Err(e) = self.rt.block_on(element.click()) {
            self.fail(format!("clicking `{expr}` failed: {e}"));
        }
    }

    /// Presses and releases `key` (a character, or a [`fantoccini::key::Key`]
    /// as char) on whatever holds the focus.
    #[track_caller]
    pub fn press(&self, key: char) {
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        if let Err(e) = self.rt.block_on(self.client.perform_actions(keys)) {
            self.fail(format!("pressing {key:?} failed: {e}"));
        }
    }

    /// Types `text` into the element `expr`, as the driver's keyboard does.
    #[track_caller]
    pub fn type_into(&self, expr: &str, text: &str) {
        let element = self.element(expr);
        if let Err(e) = self.rt.block_on(element.send_keys(text)) {
            self.fail(format!("typing {text:?} into `{expr}` failed: {e}"));
        }
    }
}

/// Two `#[test]`s, `$webkit` and `$firefox`, running `$check(engine)` in each.
#[macro_export]
macro_rules! in_each_engine {
    ($check:ident: $webkit:ident, $firefox:ident) => {
        #[test]
        fn $webkit() {
            $check($crate::Engine::WebKit)
        }

        #[test]
        fn $firefox() {
            $check($crate::Engine::Firefox)
        }
    };
}
