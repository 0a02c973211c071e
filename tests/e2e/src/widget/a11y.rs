//! What assistive technology gets from the widget: Chromium's accessibility
//! tree under the widget's root (roles, accessible names, heading levels),
//! read over the DevTools protocol rather than guessed from the markup.

use serde_json::{json, Value};

use super::Widget;

/// One node of the accessibility tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AxNode {
    /// The computed role, e.g. `button`, `heading`.
    pub role: String,
    /// The computed accessible name.
    pub name: String,
    /// A heading's level (1 to 6).
    pub level: Option<u64>,
}

impl Widget<'_> {
    /// The accessibility tree's nodes with `role` under the widget's `.ims`
    /// root, in document order (nodes the tree ignores, such as hidden
    /// ones, left out).
    #[track_caller]
    pub fn ax_nodes(&self, role: &str) -> Vec<AxNode> {
        self.ax_nodes_in(".ims", role)
    }

    /// Like [`Widget::ax_nodes`], under the element `inner` instead (e.g.
    /// one question's container).
    #[track_caller]
    pub fn ax_nodes_in(&self, inner: &str, role: &str) -> Vec<AxNode> {
        let root = self
            .page
            .cdp(
                "Runtime.evaluate",
                json!({ "expression": self.q(inner), "returnByValue": false }),
            )
            .unwrap_or_else(|e| self.fail(format!("cannot reach the widget's root: {e}")));
        let Some(object_id) = root.pointer("/result/objectId").and_then(Value::as_str) else {
            self.fail(format!(
                "the widget has no `{inner}` to read the accessibility tree from: {root}"
            ));
        };
        let found = self
            .page
            .cdp(
                "Accessibility.queryAXTree",
                json!({ "objectId": object_id, "role": role }),
            )
            .unwrap_or_else(|e| self.fail(format!("reading the accessibility tree failed: {e}")));
        found["nodes"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .filter(|n| n["ignored"] != json!(true))
            .map(|n| AxNode {
                role: n
                    .pointer("/role/value")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                name: n
                    .pointer("/name/value")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                level: n["properties"].as_array().and_then(|props| {
                    props
                        .iter()
                        .find(|p| p["name"] == json!("level"))
                        .and_then(|p| p.pointer("/value/value"))
                        .and_then(Value::as_u64)
                }),
            })
            .collect()
    }

    /// The headings of the current step as (level, name), in order.
    #[track_caller]
    pub fn heading_outline(&self) -> Vec<(u64, String)> {
        self.ax_nodes("heading")
            .into_iter()
            .map(|n| (n.level.unwrap_or(0), n.name))
            .collect()
    }

    /// The outline starts at the step's h2 and never skips a level going
    /// down (h2 → h3 → h4, not h2 → h4).
    #[track_caller]
    pub fn expect_outline_without_skips(&self) {
        let outline = self.heading_outline();
        let mut previous = 1;
        for (level, name) in &outline {
            if *level > previous + 1 || *level < 2 {
                self.fail(format!("the headings skip a level at h{level} {name:?}: {outline:?}"));
            }
            previous = *level;
        }
        if outline.first().map(|(level, _)| *level) != Some(2) {
            self.fail(format!("the outline should start at the step's h2: {outline:?}"));
        }
    }

    /// The accessible names of the buttons shown now; fails when two share one.
    #[track_caller]
    pub fn expect_distinct_button_names(&self) -> Vec<String> {
        let names: Vec<String> = self.ax_nodes("button").into_iter().map(|n| n.name).collect();
        let mut sorted = names.clone();
        sorted.sort();
        let twice: Vec<&String> = sorted.windows(2).filter(|w| w[0] == w[1]).map(|w| &w[0]).collect();
        if !twice.is_empty() || names.iter().any(|n| n.trim().is_empty()) {
            self.fail(format!(
                "every button should have its own non-empty accessible name; shared: {twice:?}; all: {names:?}"
            ));
        }
        names
    }
}
