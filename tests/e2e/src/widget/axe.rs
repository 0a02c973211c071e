//! axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA), an auditor independent of the
//! suite's own checks, run on the widget.
//!
//! axe is injected with `Runtime.evaluate` (not a script tag), which the
//! page's CSP does not govern; it reads the widget's open shadow root itself.

use std::path::PathBuf;

use serde_json::{json, Value};

use super::Widget;
use crate::workspace_dir;

const TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']";

/// axe-core's source: `AXE_PATH`, else the workspace's pinned copy.
pub fn axe_source() -> String {
    let path = std::env::var_os("AXE_PATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_dir().join("tools/node_modules/axe-core/axe.min.js"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read axe-core at {} ({e}): set AXE_PATH or run `npm ci --prefix tools` in the workspace",
            path.display()
        )
    })
}

/// axe-core itself appends `<style>` elements (its CSSOM and hit-testing
/// helpers); the page's CSP blocks them, which is reported as an inline
/// style-src-elem violation. These are the only reports forgiven after axe
/// was injected; the journeys check the same steps without axe, where no
/// CSP violation at all is allowed.
fn caused_by_axe(violation: &str) -> bool {
    violation == "style-src-elem blocked inline" || violation.starts_with("console: Applying inline style violates")
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

    /// Like [`Widget::expect_clean`], forgiving only axe's own blocked styles.
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
        let v = self.js(&format!(
            "axe.run(document.querySelector({}), {{ runOnly: {{ type: 'tag', values: {TAGS} }}, resultTypes: ['violations'] }})\
             .then(r => r.violations.map(v => ({{ id: v.id, impact: v.impact, help: v.help, url: v.helpUrl, \
               nodes: v.nodes.map(n => ({{ target: JSON.stringify(n.target), html: n.html, why: n.failureSummary }})) }})))",
            json!(self.host)
        ));
        let mut out = Vec::new();
        for viol in v.as_array().cloned().unwrap_or_default() {
            let s = |x: &Value| x.as_str().unwrap_or("").to_string();
            let mut text = format!(
                "[{label}] {} ({}): {}\n    {}",
                s(&viol["id"]),
                s(&viol["impact"]),
                s(&viol["help"]),
                s(&viol["url"])
            );
            for n in viol["nodes"].as_array().cloned().unwrap_or_default() {
                let html: String = s(&n["html"]).chars().take(300).collect();
                text += &format!(
                    "\n    - target {}\n      html   {}\n      {}",
                    s(&n["target"]),
                    html,
                    s(&n["why"]).replace('\n', "\n      ")
                );
            }
            out.push(text);
        }
        out
    }
}
