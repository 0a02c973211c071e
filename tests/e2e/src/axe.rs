//! axe-core, pinned in `tools/`, as an auditor independent of the suite's
//! own checks: WCAG 2.0 A/AA, 2.1 AA and 2.2 AA. It is injected with
//! `Runtime.evaluate` (not a script tag), which the page's CSP does not
//! govern; it reads open shadow roots itself.

use std::path::PathBuf;

use serde_json::Value;

use crate::workspace_dir;

/// The rules run: WCAG 2.0 A/AA, 2.1 AA, 2.2 AA.
pub const TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']";

/// axe-core's source: `AXE_PATH`, else the workspace's `tools/`.
pub fn source() -> String {
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
/// was injected.
pub fn caused_by_axe(violation: &str) -> bool {
    violation == "style-src-elem blocked inline" || violation.starts_with("console: Applying inline style violates")
}

/// JavaScript: run axe on `context` (an expression: an element, or
/// `document`), to a promise of its violations in a readable shape.
pub fn run_js(context: &str) -> String {
    format!(
        "axe.run({context}, {{ runOnly: {{ type: 'tag', values: {TAGS} }}, resultTypes: ['violations'] }})\
         .then(r => r.violations.map(v => ({{ id: v.id, impact: v.impact, help: v.help, url: v.helpUrl, \
           nodes: v.nodes.map(n => ({{ target: JSON.stringify(n.target), html: n.html, why: n.failureSummary }})) }})))"
    )
}

/// [`run_js`]'s result as one text per violation, each node named.
pub fn violations(label: &str, result: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for viol in result.as_array().cloned().unwrap_or_default() {
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
