//! axe-core (see [`crate::axe`]) run on the widget: the page object's
//! checks that the current screen has no violation and the page is
//! otherwise clean.

use serde_json::json;

use super::Widget;
use crate::axe::{self, caused_by_axe};

/// axe-core's source: `AXE_PATH`, else the workspace's pinned copy.
pub fn axe_source() -> String {
    axe::source()
}

impl Widget<'_> {
    /// axe finds nothing on the current screen, and the page is otherwise clean.
    #[track_caller]
    pub fn expect_axe_clean(&self, label: &str) {
        let violations = self.axe_check(label);
        self.expect_no_axe_violations(&violations);
    }

    /// Fail listing every violation found, if any; then the page is clean too.
    #[track_caller]
    pub fn expect_no_axe_violations(&self, violations: &[String]) {
        if !violations.is_empty() {
            self.fail(format!(
                "axe found {} violation(s):\n{}",
                violations.len(),
                violations.join("\n")
            ));
        }
        self.expect_clean_but_for_axe();
    }

    /// Like [`Widget::expect_clean`], forgiving only axe's own blocked styles
    /// (the journeys check the same steps without axe, where no CSP
    /// violation at all is allowed).
    #[track_caller]
    pub fn expect_clean_but_for_axe(&self) {
        let mut health = self.site.health(self.page);
        health.privacy.csp_violations.retain(|v| !caused_by_axe(v));
        // What a fixture page's embed-trap.js saw of them.
        health
            .trapped
            .retain(|t| !t.strip_prefix("securitypolicyviolation: ").is_some_and(caused_by_axe));
        health
            .console_errors
            .retain(|m| !m.text.starts_with("Applying inline style violates"));
        self.site.expect_healthy(self.page, &health);
    }

    /// Load axe-core into the page, after checking the page is clean so far.
    #[track_caller]
    pub fn inject_axe(&self, source: &str) {
        self.expect_clean();
        let v = self.js(&format!("{source}\n;typeof window.axe"));
        if v != json!("object") {
            self.fail(format!("axe-core did not load in the page (typeof axe = {v})"));
        }
    }

    /// Run axe on the widget's host element; return readable violations.
    #[track_caller]
    pub fn axe_check(&self, label: &str) -> Vec<String> {
        let context = format!("document.querySelector({})", json!(self.host));
        axe::violations(label, &self.js(&axe::run_js(&context)))
    }
}
