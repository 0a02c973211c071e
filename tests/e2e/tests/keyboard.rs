//! A full journey by keyboard alone: Tab, Shift+Tab, Space, Enter and the
//! arrow keys; no clicks, no scripted changes (scripts only read the state).

use ims_checker_e2e::widget::*;

/// Presses allowed to reach any one control before the test gives up.
const MAX_TABS: usize = 250;

trait Keyboard {
    fn focus_label(&self) -> String;
    fn key(&self, key: &str);
    fn tab_to(&self, inner: &str);
    fn tick(&self, inner: &str);
    fn choose(&self, q: &str, a: &str);
    fn kb_next_to(&self, step: &str);
    fn kb_next_page(&self) -> String;
}

impl Keyboard for Widget<'_> {
    /// The focused element as `tag [data-…] in <question>` for messages.
    fn focus_label(&self) -> String {
        let v = self.js(&format!(
            "(() => {{ const e = {DEEP_ACTIVE_JS}; if (!e) return 'nothing'; \
             const d = e.dataset || {{}}; const id = d.region || d.answer || d.action || d.removeRegion || ''; \
             const q = e.closest && e.closest('[data-question]'); \
             return e.tagName.toLowerCase() + (id ? ' ' + id : '') + (q ? ' in ' + q.dataset.question : '') + \
               (e.getRootNode() === document ? ' (page)' : '') + (e.getAttribute('aria-label') ? ' \"' + e.getAttribute('aria-label') + '\"' : ''); }})()"
        ));
        v.as_str().unwrap_or("?").to_string()
    }

    #[track_caller]
    fn key(&self, key: &str) {
        if let Err(e) = self.page.press_key(key) {
            self.fail(format!("pressing {key} failed: {e}"));
        }
    }

    /// Press Tab until the control `inner` has the focus.
    #[track_caller]
    fn tab_to(&self, inner: &str) {
        if !self.has(inner) {
            self.fail(format!("cannot tab to `{inner}`: no such element"));
        }
        let mut seen = Vec::new();
        for _ in 0..MAX_TABS {
            if self.has_focus(inner) {
                return;
            }
            self.key("Tab");
            if seen.len() < 80 {
                seen.push(self.focus_label());
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
                "((e) => !!e && (e.matches('input') ? e.checked : e.getAttribute('aria-checked') === 'true'))({})",
                self.q(inner)
            ),
            format!("Space on `{inner}` did not check it"),
        );
    }

    /// Choose a radio answer: Tab into its group, then arrow keys to the answer.
    #[track_caller]
    fn choose(&self, q: &str, a: &str) {
        let group = format!("[data-question=\"{q}\"] input");
        let target = format!("[data-question=\"{q}\"] [data-answer=\"{a}\"]");
        // A question on a later page of the step: Next, page by page.
        for _ in 0..6 {
            if self.has(&group) {
                break;
            }
            self.kb_next_page();
        }
        self.tab_to(&group);
        for _ in 0..8 {
            if self.has_focus(&target) {
                break;
            }
            self.key("ArrowDown");
        }
        if !self.has_focus(&target) {
            self.fail(format!(
                "arrow keys in the `{q}` group never reached answer `{a}`; focus is on {}",
                self.page.active_element().unwrap_or_default()
            ));
        }
        if !self.is_checked(&target) {
            self.key("Space");
        }
        self.wait(
            &format!("{}?.checked === true", self.q(&target)),
            format!("keyboard did not select `{target}`"),
        );
    }

    /// Tab to Next and press Enter (page after page, for a step of
    /// several); expect `step` with its heading focused.
    #[track_caller]
    fn kb_next_to(&self, step: &str) {
        for _ in 0..8 {
            self.kb_next_page();
            if self.current_step().as_deref() == Some(step) {
                self.expect_step(step);
                return;
            }
        }
        self.fail(format!("eight pages of Next by keyboard never reached step `{step}`"));
    }

    /// Tab to Next, press Enter, expect another page with its heading
    /// focused; returns its `data-page`.
    #[track_caller]
    fn kb_next_page(&self) -> String {
        let from = self.current_page();
        self.tab_to("[data-action=next]");
        self.key("Enter");
        self.wait(
            &format!(
                "((p) => !!p && p.dataset.page !== {})({})",
                serde_json::json!(from),
                self.q("[data-page]")
            ),
            format!("Enter on Next did not leave page {from:?}"),
        );
        let step = self.current_step().unwrap_or_default();
        self.expect_step(&step);
        self.current_page().unwrap_or_default()
    }
}

#[test]
fn full_journey_by_keyboard_alone() {
    let site = Site::demo("keyboard", DESKTOP);
    let wg = site.demo_widget();
    // Start from the widget: Tab from the page into it.
    wg.tick("[data-question=\"red-flags-general\"] [data-answer=\"none\"]");
    wg.kb_next_to("where");

    // One region in the checklist, one on the body map (Space, then Enter).
    // Problems that do not stop the journey are collected and reported at
    // the end, so one run shows everything that is wrong.
    let mut problems: Vec<String> = Vec::new();
    // The checklist first (a back region adds the back-cancer-flags question).
    wg.tick("input[type=checkbox][data-region=\"low-back\"]");
    wg.expect_region_chosen("low-back", true);
    let knee = "path[role=checkbox][data-region=\"knee-right\"]";
    let focus_stays = |wg: &Widget<'_>, key: &str, problems: &mut Vec<String>| {
        if !wg.has_focus(knee) {
            problems.push(format!(
                "after {key} on the body map's \"Right knee\" (path[role=checkbox][data-region=knee-right]) the focus should stay on it; \
                 it is on {} (data-region={})",
                wg.page.active_element().unwrap_or_default(),
                wg.js(&format!("{}?.dataset?.region ?? null", wg.focused_js()))
            ));
        }
    };
    wg.tick(knee);
    wg.expect_region_chosen("knee-right", true);
    focus_stays(&wg, "Space", &mut problems);
    // Shift+Tab away and Tab back: the same region, still chosen.
    wg.tab_to(knee);
    wg.key("Shift+Tab");
    if wg.has_focus(knee) {
        wg.fail("Shift+Tab did not move the focus off the knee region");
    }
    wg.key("Tab");
    if !wg.has_focus(knee) {
        wg.fail(format!(
            "Tab after Shift+Tab should return to the knee region; focus is on {}",
            wg.page.active_element().unwrap_or_default()
        ));
    }
    // The keyboard focus ring is drawn over the region, on top of its neighbours.
    let ring = format!(
        "{}?.getAttribute('d') === {}.getAttribute('d')",
        wg.q(".ims-map-view--front .ims-map-ring .ims-map-focus"),
        wg.q(&format!(".ims-map-view--front {knee}"))
    );
    if !wg.holds_within(&ring) {
        problems.push("Tab onto the knee region drew no focus ring over it (.ims-map-ring .ims-map-focus)".into());
    }
    // Enter toggles a map region too: off, then on again.
    wg.key("Enter");
    wg.expect_region_chosen("knee-right", false);
    focus_stays(&wg, "Enter", &mut problems);
    wg.tab_to(knee);
    wg.key("Enter");
    wg.expect_region_chosen("knee-right", true);

    wg.choose("back-cancer-flags", "no");
    wg.choose("duration", "over-3-months");
    wg.kb_next_to("health");

    for (q, a) in HEALTH_DEFAULTS {
        let a = if q == "needle-fear" { "nervous" } else { a };
        wg.choose(q, a);
    }
    wg.tab_to("[data-action=next]");
    wg.key("Enter");
    wg.expect_outcome("suitable", None);
    // Both places are suitable: they do not differ, so no per-place list.
    wg.expect_no_place_list();
    wg.expect_handoff("suitable");
    // The booking link and the restart control are keyboard reachable.
    wg.tab_to("[data-action=book]");
    // Start over asks first: "No" keeps the result, "Yes" clears it, by keyboard alone.
    wg.tab_to("[data-action=restart]");
    wg.key("Enter");
    wg.expect_restart_opened();
    wg.tab_to("[data-action=restart-no]");
    wg.key("Enter");
    wg.expect_restart_closed();
    if !wg.has("[data-outcome=suitable]") {
        wg.fail("after \"No, keep my answers\" the result should still show");
    }
    wg.key("Enter");
    wg.expect_restart_opened();
    wg.tab_to("[data-action=restart-yes]");
    wg.key("Enter");
    wg.expect_step("warning");
    wg.expect_heading_focused("warning");
    wg.expect_clean();
    if !problems.is_empty() {
        wg.fail(format!(
            "the keyboard journey reached its result, but:\n  - {}",
            problems.join("\n  - ")
        ));
    }
}

#[test]
fn back_by_keyboard_returns_focus_to_the_heading() {
    let site = Site::demo("keyboard-back", DESKTOP);
    let wg = site.demo_widget();
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

#[test]
fn a_back_regions_question_comes_first_on_the_page_after_the_places() {
    // A back region adds the back-cancer-flags question, required: it opens
    // the next page, the first stop after its heading, before "How long?".
    let site = Site::demo("keyboard-duration", DESKTOP);
    let wg = site.demo_widget();
    wg.tick("[data-question=\"red-flags-general\"] [data-answer=\"none\"]");
    wg.kb_next_to("where");
    wg.tick("input[type=checkbox][data-region=\"low-back\"]");
    wg.expect_region_chosen("low-back", true);
    if wg.kb_next_page() != "about" {
        wg.fail("after the places, Next should show the page about the pain");
    }
    wg.key("Tab");
    if !wg.has_focus("[data-question=\"back-cancer-flags\"] input") {
        wg.fail(format!(
            "the first Tab after the heading should reach the back question; it reached {}",
            wg.focus_label()
        ));
    }
    wg.choose("duration", "6-weeks-to-3-months");
    wg.choose("back-cancer-flags", "no");
    wg.kb_next_to("health");
    wg.expect_clean();
}
