//! The privacy promise and the page's health: no request elsewhere or with
//! data, nothing stored, no CSP violation, no uncaught exception, no console
//! error, no dialog, only GET requests.

use serde_json::Value;

use super::site::Site;
use super::Widget;
use crate::{dist_dir, is_local, origin_of, ConsoleMessage, Page, PrivacyReport};

/// Everything a page did so far that a clean page does not.
#[derive(Debug, Clone)]
pub struct Health {
    /// Requests elsewhere or carrying data, storage, cookies, CSP violations.
    pub privacy: PrivacyReport,
    pub exceptions: Vec<String>,
    /// What `embed-trap.js` of a fixture page saw: securitypolicyviolation
    /// events, alert/confirm/prompt calls, uncaught errors and failed loads.
    pub trapped: Vec<String>,
    /// Console errors (the page's `console.error` and the browser's log),
    /// exceptions left out (they are in `exceptions`).
    pub console_errors: Vec<ConsoleMessage>,
    /// Requests with a method other than GET.
    pub not_get: Vec<String>,
}

impl Health {
    /// Forgive the errors the page's own scripts log (`console.error`)
    /// starting with one of `prefixes`.
    pub fn forgive_logged(&mut self, prefixes: &[&str]) {
        self.console_errors
            .retain(|m| !(m.source == "console" && prefixes.iter().any(|p| m.text.starts_with(p))));
    }

    /// Forgive the console errors `expected` picks (the browser's and the
    /// page's alike); returns how many there were.
    pub fn forgive(&mut self, expected: impl Fn(&ConsoleMessage) -> bool) -> usize {
        let before = self.console_errors.len();
        self.console_errors.retain(|m| !expected(m));
        before - self.console_errors.len()
    }

    /// One line per problem; empty when the page is clean.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.privacy.is_clean() {
            out.push(format!("the privacy promise was broken:\n{}", self.privacy));
        }
        if !self.exceptions.is_empty() {
            out.push(format!("uncaught exceptions: {:#?}", self.exceptions));
        }
        if !self.trapped.is_empty() {
            out.push(format!("the page itself saw: {:#?}", self.trapped));
        }
        if !self.console_errors.is_empty() {
            let errors: Vec<String> = self
                .console_errors
                .iter()
                .map(|m| format!("[{}] {}", m.source, m.text))
                .collect();
            out.push(format!("console errors: {errors:#?}"));
        }
        if !self.not_get.is_empty() {
            out.push(format!("requests other than GET: {:?}", self.not_get));
        }
        out
    }
}

impl Site {
    /// What `page` did so far (see [`Health`]).
    #[track_caller]
    pub fn health(&self, page: &Page) -> Health {
        let privacy = page
            .privacy_report(&self.server.origin())
            .unwrap_or_else(|e| self.fail_on(page, format!("privacy report failed: {e}")));
        let mut trapped = Vec::new();
        if self.has_fixtures() {
            let trap = self.trap(page);
            for (key, what) in [
                ("csp", "securitypolicyviolation"),
                ("dialogs", "dialog"),
                ("errors", "error or failed load"),
            ] {
                for found in trap[key].as_array().into_iter().flatten() {
                    trapped.push(format!("{what}: {}", found.as_str().unwrap_or("?")));
                }
            }
        }
        let console_errors = page
            .console_messages()
            .unwrap_or_default()
            .into_iter()
            .filter(|m| m.level == "error" && m.source != "exception")
            .collect();
        let not_get = page
            .requests()
            .unwrap_or_default()
            .into_iter()
            .filter(|r| r.method != "GET")
            .map(|r| format!("{} {}", r.method, r.url))
            .collect();
        Health {
            privacy,
            exceptions: page.exceptions().unwrap_or_default(),
            trapped,
            console_errors,
            not_get,
        }
    }

    /// Fail unless `health` lists no problem.
    #[track_caller]
    pub fn expect_healthy(&self, page: &Page, health: &Health) {
        let problems = health.problems();
        if !problems.is_empty() {
            self.fail_on(page, format!("the page is not clean:\n  - {}", problems.join("\n  - ")));
        }
    }

    /// `page` kept the privacy promise and stayed healthy for its whole life
    /// so far, logging no error but those starting with one of
    /// `allowed_errors` (empty: none allowed).
    #[track_caller]
    pub fn expect_clean_on(&self, page: &Page, allowed_errors: &[&str]) {
        let mut health = self.health(page);
        health.forgive_logged(allowed_errors);
        self.expect_healthy(page, &health);
    }

    /// [`Site::expect_clean_on`] the main page.
    #[track_caller]
    pub fn expect_clean(&self, allowed_errors: &[&str]) {
        self.expect_clean_on(&self.page, allowed_errors)
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
}

impl Widget<'_> {
    /// The widget's page kept the privacy promise and logged no error.
    #[track_caller]
    pub fn expect_clean(&self) {
        self.site.expect_clean_on(self.page, &[]);
    }

    /// Every request the page made so far was a plain GET to the site's
    /// origin, without query or fragment, for a file of dist/ (or of the
    /// test's own copy of it, its pages), and none failed; no cookie is set
    /// and nothing is left in storage. Returns the files requested, in order.
    #[track_caller]
    pub fn expect_own_files_only_and_nothing_stored(&self) -> Vec<String> {
        let dist = dist_dir().unwrap_or_else(|e| self.fail(e.to_string()));
        let served = self.site.server.root().to_path_buf();
        let origin = origin_of(&self.site.server.origin()).unwrap_or_else(|| self.fail("the site has no origin"));
        let requests = self
            .page
            .requests()
            .unwrap_or_else(|e| self.fail(format!("the requests: {e}")));
        let mut files = Vec::new();
        for r in &requests {
            if r.url.starts_with("data:") {
                continue;
            }
            if !is_local(&r.url, &origin) {
                self.fail(format!("request to another origin: {} {}", r.method, r.url));
            }
            if r.method != "GET" || r.has_post_data {
                self.fail(format!(
                    "request that is not a plain GET: {} {} (body: {})",
                    r.method, r.url, r.has_post_data
                ));
            }
            let path = r.url.splitn(4, '/').nth(3).unwrap_or("");
            if path.contains('?') || path.contains('#') {
                self.fail(format!("request with a query or fragment: {}", r.url));
            }
            let file = if path.is_empty() {
                "index.html".to_string()
            } else {
                path.to_string()
            };
            if !dist.join(&file).is_file() && !served.join(&file).is_file() {
                self.fail(format!(
                    "request for something that is not a file of the widget or its page: {} ({})",
                    r.url, r.resource_type
                ));
            }
            if let Some(f) = &r.failure {
                self.fail(format!("request failed: {} ({f})", r.url));
            }
            files.push(file);
        }
        let cookies = self
            .page
            .cookies()
            .unwrap_or_else(|e| self.fail(format!("the cookies: {e}")));
        if !cookies.is_empty() {
            self.fail(format!("cookies present: {cookies:?}"));
        }
        let stored = self
            .page
            .stored_state()
            .unwrap_or_else(|e| self.fail(format!("the storage: {e}")));
        if !stored.is_empty() {
            self.fail(format!("storage left behind: {stored:?}"));
        }
        files
    }
}
