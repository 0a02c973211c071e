//! A full journey by keyboard alone: Tab, Shift+Tab, Space, Enter and the
//! arrow keys; no clicks, no scripted changes (scripts only read the state).

mod common;

use common::*;
use serde_json::json;

/// Presses allowed to reach any one control before the test gives up.
const MAX_TABS: usize = 250;

/// JavaScript: whether the focused element (inside the widget) matches `inner`.
fn focused_is(inner: &str) -> String {
    format!(
        "(() => {{ const e = {DEEP_ACTIVE_JS}; return !!e && e.getRootNode() === document.querySelector({HOST:?}).shadowRoot && e.matches({}); }})()",
        json!(inner)
    )
}

trait Keyboard {
    fn key(&self, key: &str);
    fn focused(&self, inner: &str) -> bool;
    fn tab_to(&self, inner: &str);
    fn tick(&self, inner: &str);
    fn choose(&self, q: &str, a: &str);
    fn kb_next_to(&self, step: &str);
}

impl Keyboard for Widget {
    #[track_caller]
    fn key(&self, key: &str) {
        if let Err(e) = self.page.press_key(key) {
            self.fail(format!("pressing {key} failed: {e}"));
        }
    }

    fn focused(&self, inner: &str) -> bool {
        self.js(&focused_is(inner)) == json!(true)
    }

    /// Press Tab until the control `inner` has the focus.
    #[track_caller]
    fn tab_to(&self, inner: &str) {
        if !self.has(inner) {
            self.fail(format!("cannot tab to `{inner}`: no such element"));
        }
        let mut seen = Vec::new();
        for _ in 0..MAX_TABS {
            if self.focused(inner) {
                return;
            }
            self.key("Tab");
            if seen.len() < 60 {
                seen.push(self.page.active_element().unwrap_or_default());
            }
        }
        self.fail(format!(
            "`{inner}` never received the focus after {MAX_TABS} Tab presses (not keyboard reachable?); focus went: {seen:#?}"
        ));
    }

    /// Tab to a checkbox (or map region) and press Space; it must become checked.
    #[track_caller]
    fn tick(&self, inner: &str) {
        self.tab_to(inner);
        self.key("Space");
        self.wait(
            &format!(
                "(() => {{ const e = {}; return !!e && (e.matches('input') ? e.checked : e.getAttribute('aria-checked') === 'true'); }})()",
                jq(inner)
            ),
            format!("Space on `{inner}` did not check it"),
        );
    }

    /// Choose a radio answer: Tab into its group, then arrow keys to the answer.
    #[track_caller]
    fn choose(&self, q: &str, a: &str) {
        let group = format!("[data-question=\"{q}\"] input");
        let target = format!("[data-question=\"{q}\"] [data-answer=\"{a}\"]");
        self.tab_to(&group);
        for _ in 0..8 {
            if self.focused(&target) {
                break;
            }
            self.key("ArrowDown");
        }
        if !self.focused(&target) {
            self.fail(format!("arrow keys in the `{q}` group never reached answer `{a}`; focus is on {}", self.page.active_element().unwrap_or_default()));
        }
        if !self.is_checked(&target) {
            self.key("Space");
        }
        self.wait(
            &format!("{}?.checked === true", jq(&target)),
            format!("keyboard did not select `{target}`"),
        );
    }

    /// Tab to Next, press Enter, expect `step` with its heading focused.
    #[track_caller]
    fn kb_next_to(&self, step: &str) {
        self.tab_to("[data-action=next]");
        self.key("Enter");
        self.expect_step(step);
    }
}

#[test]
fn full_journey_by_keyboard_alone() {
    let wg = Widget::open("keyboard", DESKTOP);
    wg.expect_step("warning");
    // Start from the widget: Tab from the page into it.
    wg.tick("[data-question=\"red-flags-general\"] [data-answer=\"none\"]");
    wg.kb_next_to("where");

    // One region on the body map (Space), one in the checklist.
    let knee = "path[role=checkbox][data-region=\"knee-right\"]";
    wg.tick(knee);
    wg.expect_region_chosen("knee-right", true);
    // Shift+Tab away and Tab back: the same region, still chosen.
    wg.key("Shift+Tab");
    if wg.focused(knee) {
        wg.fail("Shift+Tab did not move the focus off the knee region");
    }
    wg.key("Tab");
    if !wg.focused(knee) {
        wg.fail(format!("Tab after Shift+Tab should return to the knee region; focus is on {}", wg.page.active_element().unwrap_or_default()));
    }
    // Enter toggles a map region too: off, then on again.
    wg.key("Enter");
    wg.expect_region_chosen("knee-right", false);
    wg.key("Enter");
    wg.expect_region_chosen("knee-right", true);

    wg.tick("input[type=checkbox][data-region=\"low-back\"]");
    wg.expect_region_chosen("low-back", true);
    wg.choose("duration", "over-3-months");
    wg.choose("back-cancer-flags", "no");
    wg.kb_next_to("health");

    for (q, a) in HEALTH_DEFAULTS {
        let a = if q == "needle-fear" { "nervous" } else { a };
        wg.choose(q, a);
    }
    wg.tab_to("[data-action=next]");
    wg.key("Enter");
    wg.expect_outcome("suitable", None);
    wg.expect_region_outcome("knee-right", "suitable", None);
    wg.expect_region_outcome("low-back", "suitable", None);
    wg.expect_handoff("suitable");
    // The booking link and the restart control are keyboard reachable.
    wg.tab_to("[data-action=book]");
    wg.tab_to("[data-action=restart]");
    wg.key("Enter");
    wg.expect_step("warning");
    wg.expect_clean();
}

#[test]
fn back_by_keyboard_returns_focus_to_the_heading() {
    let wg = Widget::open("keyboard-back", DESKTOP);
    wg.expect_step("warning");
    wg.tick("[data-question=\"red-flags-general\"] [data-answer=\"none\"]");
    wg.kb_next_to("where");
    wg.tab_to("[data-action=back]");
    wg.key("Enter");
    wg.expect_step("warning");
    if !wg.is_checked("[data-question=\"red-flags-general\"] [data-answer=\"none\"]") {
        wg.fail("after Back by keyboard, the `none` tick was lost");
    }
    wg.kb_next_to("where");
    wg.expect_clean();
}
