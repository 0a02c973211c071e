//! Where a test's widgets live: a served site (dist/ as built, or a copy of
//! it with the fixture pages of `tests/e2e/pages/embed/`), a Chromium and
//! its pages, and failing with a screenshot of the page.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{json, Value};

use super::facts::{BOOKING_URL, CLINIC_NAME, CLINIC_PHONE, DESKTOP, EMAIL, HOST, PHONE};
use super::{Input, Widget};
use crate::poll::poll;
use crate::{dist_dir, workspace_dir, Browser, Page, Server, TempDir, DEFAULT_CSP};

/// The fixture pages of the embedding tests.
pub fn pages_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("pages").join("embed")
}

/// The screenshots folder (git-ignored).
pub fn screenshots_dir() -> PathBuf {
    workspace_dir().join("screenshots")
}

/// A host page for the demo clinic (its name and contacts of
/// [`super::facts`], the nurse line 811) that a test writes into its copy of
/// dist/ (see [`Site::open_prepared`]): `<html lang="{lang}">`, a viewport
/// for phones, the demo's stylesheet and `embed-trap.js`, the clinic's name
/// as the page's `h1`; the widget is `#widget`, after it, offering `languages` in its inline configuration, with
/// `own_pack` (a clinic's language pack, as JSON) on the page when given.
pub fn clinic_page(lang: &str, languages: &[&str], own_pack: Option<&Value>) -> String {
    clinic_page_with(lang, languages, own_pack, &json!({}))
}

/// [`clinic_page`] with `more` settings (a JSON object) in its configuration.
pub fn clinic_page_with(lang: &str, languages: &[&str], own_pack: Option<&Value>, more: &Value) -> String {
    host_page(lang, languages, more, &[("widget", own_pack)])
}

/// [`clinic_page`] with one widget for each of `own_packs` (its id, its
/// pack), each with its own pack on the page, one after the other.
pub fn clinics_page(lang: &str, languages: &[&str], own_packs: &[(&str, &Value)]) -> String {
    let widgets: Vec<(&str, Option<&Value>)> = own_packs.iter().map(|(id, pack)| (*id, Some(*pack))).collect();
    host_page(lang, languages, &json!({}), &widgets)
}

/// The page of [`clinic_page_with`] with `widgets` (each one's id and own
/// pack, if any) sharing the configuration.
fn host_page(lang: &str, languages: &[&str], more: &Value, widgets: &[(&str, Option<&Value>)]) -> String {
    let mut config = json!({
        "clinic-name": CLINIC_NAME,
        "nurse-line": "811",
        "languages": languages,
    });
    if let (Some(config), Some(more)) = (config.as_object_mut(), more.as_object()) {
        config.extend(more.clone());
    }
    // JSON inside a <script> element: no "</" may end it early.
    let script = |id: &str, value: &Value| {
        format!(
            "<script type=\"application/json\" id=\"{id}\">{}</script>",
            value.to_string().replace("</", "<\\/")
        )
    };
    let mut body = String::new();
    for (id, own_pack) in widgets {
        // The one widget's pack keeps the name pages have always given it.
        let pack_id = if *id == "widget" {
            "our-words".to_string()
        } else {
            format!("{id}-words")
        };
        let (pack_attr, pack_script) = match own_pack {
            Some(pack) => (format!(" pack=\"{pack_id}\""), script(&pack_id, pack)),
            None => (String::new(), String::new()),
        };
        body += &format!(
            "<ims-checker id=\"{id}\" config=\"clinic-config\"{pack_attr} booking-url=\"{BOOKING_URL}\" \
             phone=\"{CLINIC_PHONE}\" email=\"{EMAIL}\"></ims-checker>\n{pack_script}\n"
        );
    }
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{CLINIC_NAME}</title>\n<link rel=\"icon\" href=\"data:,\">\n\
         <link rel=\"stylesheet\" href=\"demo.css\">\n<script src=\"embed-trap.js\"></script>\n\
         <script type=\"module\" src=\"ims-checker.js\"></script>\n</head>\n<body>\n<main>\n<h1>{CLINIC_NAME}</h1>\n\
         {body}{}\n</main>\n</body>\n</html>\n",
        script("clinic-config", &config)
    )
}

/// Files of dist/ the tests cannot do without.
const NEEDED: [&str; 6] = [
    "index.html",
    "ims-checker.js",
    "ims-checker.css",
    "body-map.css",
    "pkg/ims-checker.js",
    "pkg/ims-checker_bg.wasm",
];

/// Copy the folder `from`, with every folder in it, into `to`.
pub fn copy_tree(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Copy dist/ into `dir`. Another build may be replacing dist/ right now
/// (`cargo xtask dist` clears it first): retry until every needed file
/// arrives whole, for up to 3 minutes.
pub fn copy_dist(dir: &Path) {
    let copied = poll(
        Duration::from_secs(180),
        Duration::from_secs(5),
        || {
            let dist = dist_dir().map_err(|e| e.to_string())?;
            for f in NEEDED {
                if !dist.join(f).is_file() {
                    return Err(format!("{} has no {f}", dist.display()));
                }
            }
            copy_tree(&dist, dir).map_err(|e| format!("copying {}: {e}", dist.display()))?;
            // A build that was writing the files meanwhile leaves some missing or empty.
            for f in NEEDED {
                match fs::metadata(dir.join(f)) {
                    Ok(m) if m.len() > 0 => {}
                    _ => return Err(format!("{f} vanished or was empty while copying")),
                }
            }
            Ok(())
        },
        |e| eprintln!("waiting for dist/ (another build may be running): {e}"),
    );
    if let Err(e) = copied {
        panic!("cannot copy the built widget: {e} (run `cargo xtask dist`)");
    }
}

/// A served site and a Chromium with one page open on it.
///
/// Fields drop in order: page, browser (kills Chromium), server, directory.
pub struct Site {
    pub page: Page,
    pub browser: Browser,
    pub server: Server,
    /// The folder served, when it is the test's own (not dist/ itself).
    dir: Option<TempDir>,
    /// Its pages load `embed-trap.js` (see [`Site::has_fixtures`]).
    fixtures: bool,
    /// The test's name, for messages and failure screenshots.
    pub name: String,
    /// The main page emulates a touch screen.
    touch: bool,
}

impl Site {
    /// dist/ as built, served with [`DEFAULT_CSP`], its demo page open at
    /// `viewport`.
    pub fn demo(name: &str, viewport: (u32, u32)) -> Site {
        Site::demo_with(name, viewport, false)
    }

    /// Like [`Site::demo`] at phone size with touch emulation: the demo
    /// page's widgets are tapped.
    pub fn demo_phone(name: &str) -> Site {
        Site::demo_with(name, PHONE, true)
    }

    fn demo_with(name: &str, viewport: (u32, u32), touch: bool) -> Site {
        let dist = dist_dir().unwrap_or_else(|e| panic!("[{name}] {e}"));
        let server =
            Server::start(&dist, 0).unwrap_or_else(|e| panic!("[{name}] cannot serve {}: {e}", dist.display()));
        Site::launch(name, server, None, viewport, touch, "/")
    }

    /// A copy of dist/ with the fixture pages beside it, served with
    /// [`DEFAULT_CSP`]; `path` (e.g. `plain.html`) open at desktop size.
    pub fn open(name: &str, path: &str) -> Site {
        Site::open_with_csp(name, path, DEFAULT_CSP)
    }

    /// Like [`Site::open`] with another Content-Security-Policy.
    pub fn open_with_csp(name: &str, path: &str, csp: &str) -> Site {
        let dir = Site::fixture_copy(name);
        let server = Server::builder(dir.path())
            .csp(csp)
            .start()
            .unwrap_or_else(|e| panic!("[{name}] cannot serve {}: {e}", dir.path().display()));
        Site::launch(name, server, Some(dir), DESKTOP, false, path)
    }

    /// Like [`Site::open`], once `prepare` has changed the copy (written
    /// pages, removed or changed the widget's files), with `path` open at
    /// `viewport`, emulating a touch screen when `touch` (the main page's
    /// widgets are then tapped).
    pub fn open_prepared(
        name: &str,
        path: &str,
        viewport: (u32, u32),
        touch: bool,
        prepare: impl FnOnce(&Path) -> io::Result<()>,
    ) -> Site {
        let dir = Site::fixture_copy(name);
        prepare(dir.path()).unwrap_or_else(|e| panic!("[{name}] preparing the copy of dist/: {e}"));
        let server = Server::start(dir.path(), 0)
            .unwrap_or_else(|e| panic!("[{name}] cannot serve {}: {e}", dir.path().display()));
        Site::launch(name, server, Some(dir), viewport, touch, path)
    }

    /// A copy of dist/ with the demo clinic's page in `lang`,
    /// `clinic-<lang>.html` (see [`clinic_page`]), offering `languages`,
    /// open at `viewport` (tapped at phone size).
    pub fn clinic(name: &str, lang: &str, languages: &[&str], viewport: (u32, u32)) -> Site {
        let page = format!("clinic-{lang}.html");
        let html = clinic_page(lang, languages, None);
        Site::open_prepared(name, &page, viewport, viewport == PHONE, |dir| {
            fs::write(dir.join(&page), &html)
        })
    }

    /// A copy of dist/ with the fixture pages beside it.
    fn fixture_copy(name: &str) -> TempDir {
        let dir = TempDir::new("ims-embed").unwrap_or_else(|e| panic!("[{name}] temp dir: {e}"));
        copy_dist(dir.path());
        copy_tree(&pages_dir(), dir.path())
            .unwrap_or_else(|e| panic!("[{name}] copying the fixture pages {}: {e}", pages_dir().display()));
        dir
    }

    /// `dir`, a folder the test filled (whose pages load `embed-trap.js`,
    /// see [`Site::has_fixtures`]), served with [`DEFAULT_CSP`]; `path` open
    /// at desktop size.
    pub fn open_folder(name: &str, dir: TempDir, path: &str) -> Site {
        Site::open_folder_with(name, dir, path, DEFAULT_CSP, true)
    }

    /// `dir`, a folder the test filled, served with `csp`; `path` open at
    /// desktop size. `trap`: its pages load `embed-trap.js` (fixture pages
    /// do; a release's own pages, such as the configurator, do not).
    pub fn open_folder_with(name: &str, dir: TempDir, path: &str, csp: &str, trap: bool) -> Site {
        let server = Server::builder(dir.path())
            .csp(csp)
            .start()
            .unwrap_or_else(|e| panic!("[{name}] cannot serve {}: {e}", dir.path().display()));
        let mut site = Site::launch(name, server, Some(dir), DESKTOP, false, path);
        site.fixtures = trap;
        site
    }

    /// A site `server` serves (e.g. [`Server::elsewhere`]), `path` open at
    /// `viewport`; its pages load no `embed-trap.js`.
    pub fn at(name: &str, server: Server, viewport: (u32, u32), path: &str) -> Site {
        let mut site = Site::launch(name, server, None, viewport, false, path);
        site.fixtures = false;
        site
    }

    fn launch(name: &str, server: Server, dir: Option<TempDir>, viewport: (u32, u32), touch: bool, path: &str) -> Site {
        let browser = Browser::launch(viewport).unwrap_or_else(|e| panic!("[{name}] cannot launch Chromium: {e}"));
        let page = browser
            .new_page()
            .unwrap_or_else(|e| panic!("[{name}] cannot open a tab: {e}"));
        if touch {
            page.set_viewport(viewport.0, viewport.1, true)
                .unwrap_or_else(|e| panic!("[{name}] cannot emulate a touch screen: {e}"));
        }
        let fixtures = dir.is_some();
        let site = Site {
            page,
            browser,
            server,
            dir,
            fixtures,
            name: name.to_string(),
            touch,
        };
        site.goto(&site.page, path);
        site
    }

    /// Whether the site is a folder of the test's own whose pages each load
    /// `embed-trap.js` (the copy with the fixture pages, or
    /// [`Site::open_folder`]'s).
    pub fn has_fixtures(&self) -> bool {
        self.fixtures
    }

    // -----------------------------------------------------------------
    // Widgets

    /// The demo page's `<ims-checker>`, once it shows its first step (and
    /// has not taken the page's focus).
    #[track_caller]
    pub fn demo_widget(&self) -> Widget<'_> {
        let widget = self.widget(HOST);
        widget.expect_start();
        widget
    }

    /// The clinic page's widget (`#widget`, see [`clinic_page`]), once it
    /// shows its first step (and has not taken the page's focus).
    #[track_caller]
    pub fn clinic_widget(&self) -> Widget<'_> {
        let widget = self.widget("#widget");
        widget.expect_start();
        widget
    }

    /// The `<ims-checker>` matching `host` (a CSS selector) on the main page.
    pub fn widget(&self, host: &str) -> Widget<'_> {
        self.widget_on(&self.page, host)
    }

    /// The `<ims-checker>` matching `host` on `page`: clicked with the
    /// mouse, or tapped on the main page of a [`Site::demo_phone`].
    pub fn widget_on<'a>(&'a self, page: &'a Page, host: &str) -> Widget<'a> {
        let input = if self.touch && std::ptr::eq(page, &self.page) {
            Input::Touch
        } else {
            Input::Mouse
        };
        Widget::new(
            self,
            page,
            host.to_string(),
            format!("(document.querySelector({})?.shadowRoot ?? null)", json!(host)),
            input,
        )
    }

    /// The `<ims-checker>` matching `host` inside the same-origin iframe
    /// matching `frame`. Driven by keyboard (focus, then Space), since mouse
    /// clicks address elements of the top document.
    pub fn widget_in_frame(&self, frame: &str, host: &str) -> Widget<'_> {
        Widget::new(
            self,
            &self.page,
            format!("{frame} | {host}"),
            format!(
                "(document.querySelector({})?.contentDocument?.querySelector({})?.shadowRoot ?? null)",
                json!(frame),
                json!(host)
            ),
            Input::Keyboard,
        )
    }

    // -----------------------------------------------------------------
    // Pages and files

    /// Open `path` in another tab (its own browser context) of the same browser.
    pub fn open_page(&self, path: &str) -> Page {
        let page = self
            .browser
            .new_page()
            .unwrap_or_else(|e| panic!("[{}] cannot open a tab: {e}", self.name));
        self.goto(&page, path);
        page
    }

    /// A new tab (its own browser context) of `viewport`'s size, not yet
    /// on any page.
    pub fn new_page_at(&self, viewport: (u32, u32)) -> Page {
        let page = self
            .browser
            .new_page()
            .unwrap_or_else(|e| panic!("[{}] cannot open a tab: {e}", self.name));
        page.set_viewport(viewport.0, viewport.1, false)
            .unwrap_or_else(|e| panic!("[{}] cannot size a tab {viewport:?}: {e}", self.name));
        page
    }

    /// [`Site::new_page_at`] in a browser asking for `languages` (an
    /// Accept-Language list, as `navigator.languages` then gives it).
    pub fn new_page_asking(&self, viewport: (u32, u32), languages: &str) -> Page {
        let page = self.new_page_at(viewport);
        let agent = self.js_on(&page, "navigator.userAgent");
        page.cdp(
            "Emulation.setUserAgentOverride",
            json!({ "userAgent": agent, "acceptLanguage": languages }),
        )
        .unwrap_or_else(|e| self.fail(format!("setting the browser's languages: {e}")));
        page
    }

    /// [`Site::new_page_at`] on a slow network: every request a second
    /// late and 100 kB/s, so the loader runs and the page loads (its small
    /// files) while the wasm (~380 kB, fetched at the same moment as the
    /// glue) takes seconds more.
    pub fn slow_page_at(&self, viewport: (u32, u32)) -> Page {
        let page = self.new_page_at(viewport);
        page.cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": false, "latency": 1000, "downloadThroughput": 100_000, "uploadThroughput": -1 }),
        )
        .unwrap_or_else(|e| self.fail(format!("slowing the network: {e}")));
        page
    }

    /// On `page`, what a visitor sees of the element `host`'s own contents
    /// (the clinic's contacts the page wrote inside it, for when the checker
    /// cannot start): its height, the links drawn (a box, not hidden), and
    /// the text of the line marked `slot="ims-unloaded"` if it is drawn.
    pub fn contacts_shown(&self, page: &Page, host: &str) -> Value {
        self.js_on(
            page,
            &format!(
                "((host) => {{ const shown = (e) => {{ const r = e.getBoundingClientRect(); \
                   return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility === 'visible'; }}; \
                   return {{ height: host.getBoundingClientRect().height, \
                     links: [...host.querySelectorAll('a')].filter(shown).map((a) => a.getAttribute('href')), \
                     line: [...host.querySelectorAll('[slot=ims-unloaded]')].filter(shown).map((p) => p.textContent) }}; }})\
                 (document.querySelector({host:?}))"
            ),
        )
    }

    /// Load `path` of the site in `page`.
    pub fn goto(&self, page: &Page, path: &str) {
        let url = self.server.url(path);
        if let Err(e) = page.goto(&url) {
            panic!("[{}] cannot load {url}: {e}", self.name);
        }
    }

    /// Delete `path` (e.g. `pkg/ims-checker_bg.wasm`) from the served copy.
    pub fn remove(&self, path: &str) {
        let Some(dir) = &self.dir else {
            panic!(
                "[{}] the demo site serves dist/ itself: it cannot remove {path}",
                self.name
            );
        };
        let file = dir.path().join(path);
        fs::remove_file(&file).unwrap_or_else(|e| panic!("[{}] cannot remove {}: {e}", self.name, file.display()));
    }

    /// Paths (no origin) of every request `page` made so far, in order.
    pub fn request_paths(&self, page: &Page) -> Vec<String> {
        let origin = self.server.origin();
        page.requests()
            .unwrap_or_default()
            .into_iter()
            .map(|r| r.url.strip_prefix(&origin).map(str::to_string).unwrap_or(r.url))
            .collect()
    }

    /// The text of every console error `page` logged so far.
    pub fn console_errors(&self, page: &Page) -> Vec<String> {
        page.console_messages()
            .unwrap_or_default()
            .into_iter()
            .filter(|m| m.level == "error")
            .map(|m| m.text)
            .collect()
    }

    /// Wait until `page` has loaded, then twice until it has painted a frame
    /// and its main thread has gone idle after it: whatever the page set off
    /// (at load, after a paint, in its idle time) has started by then. (An
    /// idle callback alone may wait forever on a page that draws nothing.)
    #[track_caller]
    pub fn wait_until_idle(&self, page: &Page) {
        let idle = page.eval(
            "new Promise((done) => { const idle = (then) => requestAnimationFrame(() => requestIdleCallback(then)); \
             const twice = () => idle(() => idle(() => done(true))); \
             if (document.readyState === 'complete') twice(); else addEventListener('load', twice, { once: true }); })",
        );
        if let Err(e) = idle {
            self.fail_on(page, format!("the page never went idle after loading: {e}"));
        }
    }

    // -----------------------------------------------------------------
    // Failing

    /// Panic with `msg`, after saving a screenshot of `page` to
    /// `screenshots/failures/<test>.png`.
    #[track_caller]
    pub fn fail_on(&self, page: &Page, msg: impl AsRef<str>) -> ! {
        let shot = screenshots_dir().join("failures").join(format!("{}.png", self.name));
        let saved = match page.screenshot(&shot) {
            Ok(()) => format!("screenshot: {}", shot.display()),
            Err(e) => format!("no screenshot: {e}"),
        };
        let exceptions = page.exceptions().unwrap_or_default();
        panic!(
            "[{}] {}\n  uncaught exceptions: {exceptions:?}\n  {saved}",
            self.name,
            msg.as_ref()
        );
    }

    /// [`Site::fail_on`] the main page.
    #[track_caller]
    pub fn fail(&self, msg: impl AsRef<str>) -> ! {
        self.fail_on(&self.page, msg)
    }

    /// Evaluate JavaScript on `page`; an exception is a test failure.
    #[track_caller]
    pub fn js_on(&self, page: &Page, code: &str) -> Value {
        page.eval(code)
            .unwrap_or_else(|e| self.fail_on(page, format!("evaluating JavaScript failed: {e}")))
    }

    /// [`Site::js_on`] the main page.
    #[track_caller]
    pub fn js(&self, code: &str) -> Value {
        self.js_on(&self.page, code)
    }
}
