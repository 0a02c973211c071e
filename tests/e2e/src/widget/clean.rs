//! The privacy promise and the page's health: no request elsewhere or with
//! data, nothing stored, no CSP violation, no uncaught exception, no console
//! error, no dialog, only GET requests.

use serde_json::Value;

use super::site::Site;
use super::Widget;
use crate::{ConsoleMessage, Page, PrivacyReport};

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
}
