//! Support for the embedding tests (`embedding.rs`): a served copy of dist/
//! with the fixture pages of `tests/e2e/pages/embed/` beside it, and a handle
//! on one `<ims-checker>` of a page (or of a page inside an iframe) that
//! drives it through the README's test hooks.
//!
//! Every failure panics with the test's name, the widget, what was expected
//! and what happened, and saves `screenshots/failures/embed-<test>.png`.
#![allow(dead_code)]

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ims_checker_e2e::{dist_dir, workspace_dir, Browser, Page, Server, TempDir, DEFAULT_CSP};
use serde_json::{json, Value};

pub use crate::common::{DESKTOP, HEALTH_DEFAULTS, WAIT};

/// The fixture pages of these tests.
pub fn pages_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("pages")
        .join("embed")
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

fn copy_tree(from: &Path, to: &Path) -> io::Result<()> {
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
/// (`cargo xtask dist` clears it first): wait and retry for up to 3 minutes.
fn copy_dist(dir: &Path) {
    let deadline = Instant::now() + Duration::from_secs(180);
    let mut last = String::new();
    loop {
        let attempt = dist_dir().map_err(|e| e.to_string()).and_then(|dist| {
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
        });
        match attempt {
            Ok(()) => return,
            Err(e) if Instant::now() < deadline => {
                if e != last {
                    eprintln!("waiting for dist/ (another build may be running): {e}");
                    last = e;
                }
                std::thread::sleep(Duration::from_secs(5));
            }
            Err(e) => panic!("cannot copy the built widget: {e} (run `cargo xtask dist`)"),
        }
    }
}

/// A temporary site: a copy of dist/ plus the fixture pages, served on
/// 127.0.0.1 with the harness's strict CSP, and a Chromium with one page.
///
/// Fields drop in order: page, browser (kills Chromium), server, directory.
pub struct Site {
    pub page: Page,
    pub browser: Browser,
    pub server: Server,
    dir: TempDir,
    /// The test's name, for messages and failure screenshots.
    pub name: String,
}

impl Site {
    /// Serve the site with [`DEFAULT_CSP`] and open `path` (e.g. `plain.html`).
    pub fn open(name: &str, path: &str) -> Site {
        Site::open_with_csp(name, path, DEFAULT_CSP)
    }

    /// Like [`Site::open`] with another Content-Security-Policy.
    pub fn open_with_csp(name: &str, path: &str, csp: &str) -> Site {
        let dir = TempDir::new("ims-embed").unwrap_or_else(|e| panic!("[{name}] temp dir: {e}"));
        copy_dist(dir.path());
        copy_tree(&pages_dir(), dir.path()).unwrap_or_else(|e| {
            panic!(
                "[{name}] copying the fixture pages {}: {e}",
                pages_dir().display()
            )
        });
        let server = Server::builder(dir.path())
            .csp(csp)
            .start()
            .unwrap_or_else(|e| panic!("[{name}] cannot serve {}: {e}", dir.path().display()));
        let browser = Browser::launch(DESKTOP)
            .unwrap_or_else(|e| panic!("[{name}] cannot launch Chromium: {e}"));
        let page = browser
            .new_page()
            .unwrap_or_else(|e| panic!("[{name}] cannot open a tab: {e}"));
        let site = Site {
            page,
            browser,
            server,
            dir,
            name: name.to_string(),
        };
        site.goto(&site.page, path);
        site
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

    /// Delete `path` (e.g. `pkg/ims-checker_bg.wasm`) from the served site.
    pub fn remove(&self, path: &str) {
        let file = self.dir.path().join(path);
        fs::remove_file(&file).unwrap_or_else(|e| panic!("[{}] cannot remove {}: {e}", self.name, file.display()));
    }

    /// Open `path` in another tab (its own browser context) of the same browser.
    pub fn open_page(&self, path: &str) -> Page {
        let page = self
            .browser
            .new_page()
            .unwrap_or_else(|e| panic!("[{}] cannot open a tab: {e}", self.name));
        self.goto(&page, path);
        page
    }

    fn goto(&self, page: &Page, path: &str) {
        let url = self.server.url(path);
        if let Err(e) = page.goto(&url) {
            panic!("[{}] cannot load {url}: {e}", self.name);
        }
    }

    /// The `<ims-checker>` matching `host` (a CSS selector) on the main page.
    pub fn widget(&self, host: &str) -> Widget<'_> {
        self.widget_on(&self.page, host)
    }

    /// The `<ims-checker>` matching `host` on `page`.
    pub fn widget_on<'a>(&'a self, page: &'a Page, host: &str) -> Widget<'a> {
        Widget {
            site: self,
            page,
            host: host.to_string(),
            root: format!(
                "(document.querySelector({})?.shadowRoot ?? null)",
                json!(host)
            ),
            keyboard: false,
        }
    }

    /// The `<ims-checker>` matching `host` inside the same-origin iframe
    /// matching `frame`. Driven by keyboard (focus, then Space), since mouse
    /// clicks in the harness address elements of the top document.
    pub fn widget_in_frame(&self, frame: &str, host: &str) -> Widget<'_> {
        Widget {
            site: self,
            page: &self.page,
            host: format!("{frame} | {host}"),
            root: format!(
                "(document.querySelector({})?.contentDocument?.querySelector({})?.shadowRoot ?? null)",
                json!(frame),
                json!(host)
            ),
            keyboard: true,
        }
    }

    /// Panic with `msg`, after saving a screenshot of `page`.
    #[track_caller]
    pub fn fail_on(&self, page: &Page, msg: impl AsRef<str>) -> ! {
        let shot = workspace_dir()
            .join("screenshots")
            .join("failures")
            .join(format!("embed-{}.png", self.name));
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

    #[track_caller]
    pub fn js(&self, code: &str) -> Value {
        self.js_on(&self.page, code)
    }

    /// Let the page run for `d` while the harness keeps reading its events.
    pub fn settle(&self, page: &Page, d: Duration) {
        let _ = page.wait_for("false", d);
    }

    /// Paths (no origin) of every request `page` made so far, in order.
    pub fn request_paths(&self, page: &Page) -> Vec<String> {
        let origin = self.server.origin();
        page.requests()
            .unwrap_or_default()
            .into_iter()
            .map(|r| {
                r.url
                    .strip_prefix(&origin)
                    .map(str::to_string)
                    .unwrap_or(r.url)
            })
            .collect()
    }

    /// What `window.__embedTrap` (pages/embed/embed-trap.js) recorded on
    /// `page`'s top document.
    #[track_caller]
    pub fn trap(&self, page: &Page) -> Value {
        let v = self.js_on(
            page,
            "window.__embedTrap ? JSON.parse(JSON.stringify(window.__embedTrap)) : null",
        );
        if v.is_null() {
            self.fail_on(
                page,
                "the fixture page did not load embed-trap.js (window.__embedTrap is missing)",
            );
        }
        v
    }

    /// The page stayed healthy and private for its whole life: a clean
    /// privacy report (no foreign requests, no requests carrying data, no
    /// storage, no cookies, no CSP violations), no securitypolicyviolation
    /// event seen by the page itself, no uncaught exception, no failed load,
    /// no alert/confirm/prompt, and no console error except those starting
    /// with one of `allowed_errors` (empty: none allowed).
    #[track_caller]
    pub fn expect_clean_on(&self, page: &Page, allowed_errors: &[&str]) {
        let report = page
            .privacy_report(&self.server.origin())
            .unwrap_or_else(|e| self.fail_on(page, format!("privacy report failed: {e}")));
        if !report.is_clean() {
            self.fail_on(
                page,
                format!("expected a clean privacy report; got:\n{report}"),
            );
        }
        let exceptions = page.exceptions().unwrap_or_default();
        if !exceptions.is_empty() {
            self.fail_on(
                page,
                format!("expected no uncaught exceptions; got {exceptions:#?}"),
            );
        }
        let trap = self.trap(page);
        for (key, what) in [
            ("csp", "securitypolicyviolation events"),
            ("dialogs", "alert/confirm/prompt calls"),
            ("errors", "uncaught errors or failed loads seen by the page"),
        ] {
            let found = trap[key].as_array().cloned().unwrap_or_default();
            if !found.is_empty() {
                self.fail_on(
                    page,
                    format!("expected no {what}; got {}", Value::Array(found)),
                );
            }
        }
        let errors: Vec<String> = page
            .console_messages()
            .unwrap_or_default()
            .into_iter()
            .filter(|m| m.level == "error")
            .filter(|m| {
                !(m.source == "console" && allowed_errors.iter().any(|a| m.text.starts_with(a)))
            })
            .map(|m| format!("[{}] {}", m.source, m.text))
            .collect();
        if !errors.is_empty() {
            self.fail_on(
                page,
                format!(
                    "expected no console errors (allowed: {allowed_errors:?}); got {errors:#?}"
                ),
            );
        }
    }

    #[track_caller]
    pub fn expect_clean(&self, allowed_errors: &[&str]) {
        self.expect_clean_on(&self.page, allowed_errors)
    }
}

/// One `<ims-checker>` on a page, driven through its shadow root.
pub struct Widget<'a> {
    pub site: &'a Site,
    pub page: &'a Page,
    /// The host's selector (for messages; for mouse clicks `host >>> inner`).
    pub host: String,
    /// JavaScript evaluating to the widget's shadow root, or null.
    root: String,
    /// Activate controls with the keyboard instead of the mouse.
    keyboard: bool,
}

impl Widget<'_> {
    /// JavaScript: the shadow root, or null.
    pub fn root_js(&self) -> &str {
        &self.root
    }

    /// JavaScript: the first element matching `inner` in the shadow root, or null.
    pub fn q(&self, inner: &str) -> String {
        format!(
            "((r) => r ? r.querySelector({}) : null)({})",
            json!(inner),
            self.root
        )
    }

    /// JavaScript: every element matching `inner` in the shadow root, as an array.
    pub fn qa(&self, inner: &str) -> String {
        format!(
            "((r) => r ? [...r.querySelectorAll({})] : [])({})",
            json!(inner),
            self.root
        )
    }

    #[track_caller]
    pub fn fail(&self, msg: impl AsRef<str>) -> ! {
        let step = self.current_step().unwrap_or_else(|| "(none)".into());
        let problems = self.config_problems();
        self.site.fail_on(
            self.page,
            format!(
                "<{}>: {}\n  widget's current step: {step}\n  configuration problems shown: {problems:?}",
                self.host,
                msg.as_ref()
            ),
        )
    }

    #[track_caller]
    pub fn js(&self, code: &str) -> Value {
        self.page
            .eval(code)
            .unwrap_or_else(|e| self.fail(format!("evaluating JavaScript failed: {e}")))
    }

    /// Wait for a JavaScript condition; fail with `what` if it never holds.
    #[track_caller]
    pub fn wait(&self, condition: &str, what: impl AsRef<str>) {
        if let Err(e) = self.page.wait_for(condition, WAIT) {
            self.fail(format!("{}: {e}", what.as_ref()));
        }
    }

    pub fn has(&self, inner: &str) -> bool {
        self.js(&format!("{} !== null", self.q(inner))) == json!(true)
    }

    pub fn count(&self, inner: &str) -> usize {
        self.js(&format!("{}.length", self.qa(inner)))
            .as_u64()
            .unwrap_or(0) as usize
    }

    /// `innerText` of `inner` (fails if there is none).
    #[track_caller]
    pub fn text(&self, inner: &str) -> String {
        let v = self.js(&format!("{}?.innerText ?? null", self.q(inner)));
        match v.as_str() {
            Some(t) => t.to_string(),
            None => self.fail(format!("no element matches `{inner}` (wanted its text)")),
        }
    }

    /// `innerText` of every element matching `inner`.
    pub fn texts(&self, inner: &str) -> Vec<String> {
        strings(&self.js(&format!("{}.map(e => e.innerText)", self.qa(inner))))
    }

    /// An attribute of every element matching `inner`.
    pub fn attrs(&self, inner: &str, name: &str) -> Vec<String> {
        strings(&self.js(&format!(
            "{}.map(e => e.getAttribute({}))",
            self.qa(inner),
            json!(name)
        )))
    }

    /// `data-step` of the step shown.
    pub fn current_step(&self) -> Option<String> {
        self.page
            .eval(&format!("{}?.dataset.step ?? null", self.q("[data-step]")))
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
    }

    /// The items of `.ims-config-problem` (empty when it is not shown).
    pub fn config_problems(&self) -> Vec<String> {
        self.page
            .eval(&format!(
                "{}.map(e => e.innerText.trim())",
                self.qa(".ims-config-problem li")
            ))
            .map(|v| strings(&v))
            .unwrap_or_default()
    }

    /// The widget has rendered its first step.
    #[track_caller]
    pub fn expect_started(&self) {
        self.wait(
            &format!("{}?.dataset.step === 'warning'", self.q("[data-step]")),
            "expected the widget to render its first step ([data-step=warning] in its shadow root)",
        );
    }

    /// Click `inner` with the mouse, or focus it and press Space.
    #[track_caller]
    pub fn act(&self, inner: &str) {
        if self.keyboard {
            let v = self.js(&format!(
                "((e) => {{ if (!e) return 'missing'; e.scrollIntoView({{ block: 'center', behavior: 'instant' }}); \
                 e.focus(); return e.getRootNode().activeElement === e ? 'focused' : 'not focusable'; }})({})",
                self.q(inner)
            ));
            if v != json!("focused") {
                self.fail(format!("cannot focus `{inner}` to press Space on it: {v}"));
            }
            if let Err(e) = self.page.press_key("Space") {
                self.fail(format!("pressing Space on `{inner}` failed: {e}"));
            }
        } else if let Err(e) = self.page.click(&format!("{} >>> {inner}", self.host)) {
            self.fail(format!("click failed: {e}"));
        }
    }

    /// Choose answer `a` of question `q` and check it took.
    #[track_caller]
    pub fn answer(&self, q: &str, a: &str) {
        let sel = format!("[data-question=\"{q}\"] [data-answer=\"{a}\"]");
        self.wait(
            &format!("{} !== null", self.q(&sel)),
            format!("expected the answer `{sel}`"),
        );
        if self.js(&format!("{}.checked", self.q(&sel))) == json!(true) {
            return;
        }
        self.act(&sel);
        self.wait(
            &format!("{}?.checked === true", self.q(&sel)),
            format!("expected `{sel}` to be checked after activating it"),
        );
    }

    /// Tick a place in the region checklist.
    #[track_caller]
    pub fn choose_region(&self, id: &str) {
        let sel = format!("input[type=checkbox][data-region=\"{id}\"]");
        self.wait(
            &format!("{} !== null", self.q(&sel)),
            format!("expected the region checkbox `{sel}`"),
        );
        self.act(&sel);
        self.wait(
            &format!("{}?.checked === true", self.q(&sel)),
            format!("expected `{sel}` to be checked after activating it"),
        );
    }

    /// The step shown is `step`.
    #[track_caller]
    pub fn expect_step(&self, step: &str) {
        self.wait(
            &format!(
                "{}?.dataset.step === {}",
                self.q("[data-step]"),
                json!(step)
            ),
            format!("expected step `{step}`"),
        );
    }

    /// Press Next (or "See my result").
    #[track_caller]
    pub fn next(&self) {
        self.act("[data-action=next]");
    }

    #[track_caller]
    pub fn next_to(&self, step: &str) {
        self.next();
        self.expect_step(step);
    }

    /// Tick "none of these" on the emergency screen and go on.
    #[track_caller]
    pub fn pass_warning(&self) {
        self.expect_step("warning");
        self.answer("red-flags-general", "none");
        self.next_to("where");
    }

    /// Answer every screening question, `overrides` first.
    #[track_caller]
    pub fn fill_health(&self, overrides: &[(&str, &str)]) {
        for (q, default) in HEALTH_DEFAULTS {
            let a = overrides
                .iter()
                .find(|(oq, _)| *oq == q)
                .map_or(default, |(_, a)| *a);
            self.answer(q, a);
        }
    }

    /// A whole journey from the first step: nothing on the emergency screen,
    /// pain at `region`, the health answers with `overrides`; ends on the
    /// result, which must be `level`.
    #[track_caller]
    pub fn journey(&self, region: &str, overrides: &[(&str, &str)], level: &str) {
        self.pass_warning();
        self.choose_region(region);
        self.next_to("health");
        self.fill_health(overrides);
        self.next();
        self.expect_step("result");
        self.expect_outcome(level);
    }

    /// The result's overall level is `level`.
    #[track_caller]
    pub fn expect_outcome(&self, level: &str) {
        self.expect_step("result");
        let got = self.js(&format!(
            "{}?.dataset.outcome ?? null",
            self.q("[data-outcome]")
        ));
        if got != json!(level) {
            let text = self
                .js(&format!(
                    "{}?.innerText ?? ''",
                    self.q("[data-step=result]")
                ))
                .as_str()
                .unwrap_or("")
                .replace('\n', " | ");
            self.fail(format!(
                "expected the result [data-outcome={level:?}]; got data-outcome={got}\n  result text: {text}"
            ));
        }
    }

    /// The booking links' hrefs, exactly as in the markup.
    pub fn book_hrefs(&self) -> Vec<String> {
        self.attrs("[data-action=book]", "href")
    }

    /// The result offers exactly one booking link, `<a href="{url}">` exactly.
    #[track_caller]
    pub fn expect_book_link(&self, url: &str) {
        let hrefs = self.book_hrefs();
        if hrefs != [url] {
            self.fail(format!(
                "expected exactly one booking link [data-action=book] with href exactly {url:?}; found {hrefs:?}"
            ));
        }
    }

    /// The result offers the clinic's phone as a `tel:` link with these digits.
    #[track_caller]
    pub fn expect_phone_link(&self, phone: &str) {
        let want = format!("tel:{}", tel_digits(phone));
        let hrefs = self.attrs("[data-action=call]", "href");
        if !hrefs.contains(&want) {
            self.fail(format!(
                "expected a call link [data-action=call] with href {want:?} (the configured phone {phone:?}); found {hrefs:?}"
            ));
        }
        let texts = self.texts("[data-action=call]");
        if !texts.iter().any(|t| t.contains(phone)) {
            self.fail(format!(
                "expected a call link showing the phone {phone:?}; call links read {texts:?}"
            ));
        }
    }

    /// The result's links as `(data-action, href)`, in order: the handoff
    /// the level calls for (`.ims-actions`), and any other link in the result.
    pub fn result_links(&self) -> Vec<(String, String)> {
        let v = self.js(&format!(
            "{}.map(a => [(a.closest('.ims-actions') ? '' : 'outside .ims-actions: ') + (a.dataset.action ?? '(no data-action)'), a.getAttribute('href') ?? ''])",
            self.qa("[data-step=result] a")
        ));
        v.as_array()
            .into_iter()
            .flatten()
            .map(|l| (l[0].as_str().unwrap_or("").to_string(), l[1].as_str().unwrap_or("").to_string()))
            .collect()
    }

    /// The result offers exactly the ways onward `actions` (`data-action`,
    /// in order) in its handoff, and no other link.
    #[track_caller]
    pub fn expect_handoff_actions(&self, actions: &[&str]) {
        let links = self.result_links();
        let got: Vec<&str> = links.iter().map(|(a, _)| a.as_str()).collect();
        if got != actions {
            self.fail(format!(
                "expected the result's links to be exactly the handoff {actions:?}, in that order; found [action, href] {links:?}"
            ));
        }
    }

    /// Answer `question` = yes and tick `areas` (limb or region ids) in its
    /// follow-up list `[data-follow-up="<question>-regions"]`.
    #[track_caller]
    pub fn region_follow_up(&self, question: &str, areas: &[&str]) {
        self.answer(question, "yes");
        let list = format!("[data-follow-up=\"{question}-regions\"]");
        self.wait(
            &format!("{} !== null", self.q(&list)),
            format!("expected `{list}` after {question} = yes"),
        );
        for area in areas {
            let sel = format!("{list} input[data-region=\"{area}\"]");
            self.wait(&format!("{} !== null", self.q(&sel)), format!("expected the checkbox `{sel}`"));
            if self.js(&format!("{}.checked", self.q(&sel))) != json!(true) {
                self.act(&sel);
            }
            self.wait(
                &format!("{}?.checked === true", self.q(&sel)),
                format!("expected `{sel}` to be checked after activating it"),
            );
        }
    }

    /// The per-place list as `region=level`, in order (empty when the places
    /// do not differ and no list is shown).
    pub fn places(&self) -> Vec<String> {
        strings(&self.js(&format!(
            "{}.map(e => e.dataset.region + '=' + e.dataset.regionOutcome)",
            self.qa("[data-region-outcome]")
        )))
    }

    /// The reason for `rule` (e.g. `bleeding/yes`): its `data-level` and its
    /// `.ims-source` text; `None` when the result gives no such reason.
    pub fn reason(&self, rule: &str) -> Option<(String, String)> {
        let v = self.js(&format!(
            "((e) => e ? [e.dataset.level, e.querySelector('.ims-source')?.innerText.trim() ?? ''] : null)({})",
            self.q(&format!(".ims-reason[data-rule=\"{rule}\"]"))
        ));
        v.as_array().map(|a| {
            (a[0].as_str().unwrap_or("").to_string(), a[1].as_str().unwrap_or("").to_string())
        })
    }

    /// The label shown for answer `a` of question `q`.
    #[track_caller]
    pub fn answer_label(&self, q: &str, a: &str) -> String {
        let sel = format!("[data-question=\"{q}\"] [data-answer=\"{a}\"]");
        let v = self.js(&format!("{}?.closest('label')?.innerText.trim() ?? null", self.q(&sel)));
        match v.as_str() {
            Some(t) => t.to_string(),
            None => self.fail(format!("no label for the answer `{sel}`")),
        }
    }

    /// Switch the widget's language with `[data-action=lang]` and wait until
    /// its root `.ims` has `lang` = `lang`.
    #[track_caller]
    pub fn switch_lang(&self, lang: &str) {
        self.act("[data-action=lang]");
        self.wait(
            &format!("{}?.getAttribute('lang') === {}", self.q(".ims"), json!(lang)),
            format!("expected [data-action=lang] to switch the widget to lang={lang:?}"),
        );
    }

    /// Computed style `props` of each of `selectors` (null when missing),
    /// and for `.ims` also its bounding box width as `box-width`.
    pub fn computed(&self, selectors: &[&str], props: &[&str]) -> Value {
        self.js(&format!(
            "((r) => {{ const out = {{}}; for (const sel of {sels}) {{ const e = r && r.querySelector(sel); \
             if (!e) {{ out[sel] = null; continue; }} const cs = getComputedStyle(e); const o = {{}}; \
             for (const p of {props}) o[p] = cs.getPropertyValue(p); \
             if (sel === '.ims') o['box-width'] = String(Math.round(e.getBoundingClientRect().width * 10) / 10); \
             out[sel] = o; }} return out; }})({root})",
            sels = json!(selectors),
            props = json!(props),
            root = self.root
        ))
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// `tel:` form of a phone number: a leading `+` and the digits.
pub fn tel_digits(phone: &str) -> String {
    phone
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect()
}
