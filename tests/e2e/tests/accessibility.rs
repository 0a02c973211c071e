//! axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every step of the widget, in
//! English and in French, including validation errors and open follow-ups.
//!
//! axe is injected with `Runtime.evaluate` (not a script tag), which the
//! page's CSP does not govern; it reads the widget's open shadow root itself.

use std::path::PathBuf;

use ims_checker_e2e::widget::*;
use ims_checker_e2e::workspace_dir;
use serde_json::Value;

const TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']";

fn axe_source() -> String {
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

trait Axe {
    fn inject_axe(&self, source: &str);
    fn axe_check(&self, label: &str) -> Vec<String>;
    fn expect_clean_but_for_axe(&self);

    /// axe finds nothing on the current screen, and the page is otherwise clean.
    fn expect_axe_clean(&self, label: &str);
}

/// axe-core itself appends `<style>` elements (its CSSOM and hit-testing
/// helpers); the page's CSP blocks them, which is reported as an inline
/// style-src-elem violation. These are the only reports forgiven after axe
/// was injected; the journeys check the same steps without axe, where no
/// CSP violation at all is allowed.
fn caused_by_axe(violation: &str) -> bool {
    violation == "style-src-elem blocked inline" || violation.starts_with("console: Applying inline style violates")
}

impl Axe for Widget<'_> {
    #[track_caller]
    fn expect_axe_clean(&self, label: &str) {
        let violations = self.axe_check(label);
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
    fn expect_clean_but_for_axe(&self) {
        let mut health = self.site.health(self.page);
        health.privacy.csp_violations.retain(|v| !caused_by_axe(v));
        health
            .console_errors
            .retain(|m| !m.text.starts_with("Applying inline style violates"));
        self.site.expect_healthy(self.page, &health);
    }

    /// Load axe-core into the page, after checking the page is clean so far.
    #[track_caller]
    fn inject_axe(&self, source: &str) {
        self.expect_clean();
        let v = self.js(&format!("{source}\n;typeof window.axe"));
        if v != serde_json::json!("object") {
            self.fail(format!("axe-core did not load in the page (typeof axe = {v})"));
        }
    }

    /// Run axe on the widget's host element; return readable violations.
    #[track_caller]
    fn axe_check(&self, label: &str) -> Vec<String> {
        let v = self.js(&format!(
            "axe.run(document.querySelector({}), {{ runOnly: {{ type: 'tag', values: {TAGS} }}, resultTypes: ['violations'] }})\
             .then(r => r.violations.map(v => ({{ id: v.id, impact: v.impact, help: v.help, url: v.helpUrl, \
               nodes: v.nodes.map(n => ({{ target: JSON.stringify(n.target), html: n.html, why: n.failureSummary }})) }})))",
            serde_json::json!(self.host)
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

/// Fail listing every violation found, if any; then the page is clean too.
#[track_caller]
fn expect_no_violations(wg: &Widget, violations: &[String]) {
    if !violations.is_empty() {
        wg.fail(format!(
            "axe found {} violation(s):\n{}",
            violations.len(),
            violations.join("\n")
        ));
    }
    wg.expect_clean_but_for_axe();
}

/// Walk warning (empty and with errors), where, health with every follow-up
/// open, and the result, running axe on each; fail listing all violations.
fn audit_every_step(name: &str, french: bool) {
    let source = axe_source();
    let site = Site::demo(name, DESKTOP);
    let wg = site.demo_widget();
    wg.inject_axe(&source);
    let lang = if french { "fr" } else { "en" };
    if french {
        wg.switch_lang("fr");
    }
    let mut violations = Vec::new();
    violations.extend(wg.axe_check(&format!("{lang} warning")));
    wg.next_blocked("warning", "red-flags-general");
    violations.extend(wg.axe_check(&format!("{lang} warning with an error")));
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    violations.extend(wg.axe_check(&format!("{lang} where")));
    wg.region_on_map("low-back");
    wg.region_in_list("chest");
    wg.region_in_list("knee-left");
    wg.next_blocked("where", "back-cancer-flags");
    violations.extend(wg.axe_check(&format!("{lang} where with regions, follow-ups and errors")));
    wg.answer("back-cancer-flags", "no");
    wg.answer("chest-cause", "no");
    wg.next_to("health");
    violations.extend(wg.axe_check(&format!("{lang} health")));
    // "Start over" asks first; its question, open, is audited too.
    wg.ask_restart();
    violations.extend(wg.axe_check(&format!("{lang} health with the question \"Start over?\"")));
    wg.keep_answers();
    wg.fill_health(&[("surgery", "yes"), ("lymphoedema", "yes"), ("skin-infection", "yes")]);
    let surgery = add_days(&wg.today(), -30);
    wg.surgeries(&[("knee-left", &surgery), ("chest", &surgery)]);
    // Lymphoedema names a whole limb (the left leg holds the left knee).
    wg.region_follow_up("lymphoedema", &["leg-left"]);
    wg.region_follow_up("skin-infection", &["chest"]);
    violations.extend(wg.axe_check(&format!("{lang} health with follow-ups")));
    wg.next();
    wg.expect_step("result");
    violations.extend(wg.axe_check(&format!("{lang} result")));
    wg.ask_restart();
    violations.extend(wg.axe_check(&format!("{lang} result with the question \"Start over?\"")));
    wg.keep_answers();
    expect_no_violations(&wg, &violations);
}

#[test]
fn every_step_in_english_has_no_axe_violations() {
    audit_every_step("axe-en", false);
}

#[test]
fn every_step_in_french_has_no_axe_violations() {
    audit_every_step("axe-fr", true);
}

/// Every state an operation row can be blocked in, audited by axe: nothing
/// entered, part of a date, parts no date has, a day that does not exist, a
/// date after today; two rows, so each message names its row.
fn audit_invalid_operation_rows(name: &str, french: bool) {
    let source = axe_source();
    let site = Site::demo(name, DESKTOP);
    let wg = site.demo_widget();
    wg.inject_axe(&source);
    let lang = if french { "fr" } else { "en" };
    if french {
        wg.switch_lang("fr");
    }
    wg.to_operations("knee-left");
    let mut violations = Vec::new();
    wg.next_blocked("health", "surgeries");
    violations.extend(wg.axe_check(&format!("{lang} an operation with nothing entered")));
    let last_month = add_days(&wg.today(), -30);
    let tomorrow = add_days(&wg.today(), 1);
    wg.surgeries(&[("knee-left", &last_month), ("knee-left", &last_month)]);
    let states: [(&str, [&str; 3], [&str; 3]); 4] = [
        ("part of a date", ["", "3", ""], ["15", "", "2026"]),
        ("parts no date has", ["32", "13", "26"], ["0", "x", "20260"]),
        ("a day that does not exist", ["31", "2", "2026"], ["29", "2", "2027"]),
        ("a date after today", ["", "", ""], ["", "", ""]),
    ];
    for (state, first, second) in states {
        if state == "a date after today" {
            wg.surgery_row(0, "knee-left", &tomorrow);
            wg.surgery_row(1, "thigh-left", &add_days(&tomorrow, 1));
        } else {
            wg.type_surgery_date(0, first);
            wg.type_surgery_date(1, second);
        }
        wg.next_blocked("health", "surgeries");
        for row in 0..2 {
            if wg.surgery_row_alerts(row).is_empty() {
                wg.fail(format!("{lang} {state}: operation row {} shows no message", row + 1));
            }
        }
        violations.extend(wg.axe_check(&format!("{lang} operations with {state}")));
    }
    expect_no_violations(&wg, &violations);
}

#[test]
fn every_invalid_operation_row_in_english_has_no_axe_violations() {
    audit_invalid_operation_rows("axe-operations-en", false);
}

#[test]
fn every_invalid_operation_row_in_french_has_no_axe_violations() {
    audit_invalid_operation_rows("axe-operations-fr", true);
}

/// The result page of each of the seven levels (the journeys of
/// `Widget::journey_to`, one after the other with Restart between), and a
/// wait with the talk-first note, audited by axe.
fn audit_every_level(name: &str, french: bool) {
    let source = axe_source();
    let site = Site::demo(name, DESKTOP);
    let wg = site.demo_widget();
    wg.inject_axe(&source);
    let lang = if french { "fr" } else { "en" };
    if french {
        wg.switch_lang("fr");
    }
    let restart = || {
        wg.restart();
        wg.expect_step("warning");
    };
    let mut violations = Vec::new();
    for (i, level) in LEVELS.into_iter().enumerate() {
        if i > 0 {
            restart();
        }
        wg.journey_to(level);
        violations.extend(wg.axe_check(&format!("{lang} {level} result")));
    }
    // A wait that also has a talk-first answer: the note in the handoff.
    restart();
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    wg.region_in_list("knee-left");
    wg.next_to("health");
    wg.fill_health(&[("surgery", "yes"), ("bleeding", "yes")]);
    let operated = add_days(&wg.today(), -30);
    wg.surgeries(&[("knee-left", &operated)]);
    wg.next();
    wg.expect_outcome("wait", Some(&add_months(&operated, 3)));
    wg.expect_talk_first_note(&["bleeding/yes"]);
    violations.extend(wg.axe_check(&format!("{lang} wait result with the talk-first note")));
    expect_no_violations(&wg, &violations);
}

#[test]
fn every_levels_result_in_english_has_no_axe_violations() {
    audit_every_level("axe-levels-en", false);
}

#[test]
fn every_levels_result_in_french_has_no_axe_violations() {
    audit_every_level("axe-levels-fr", true);
}

#[test]
fn emergency_result_has_no_axe_violations() {
    let source = axe_source();
    let site = Site::demo("axe-emergency", DESKTOP);
    let wg = site.demo_widget();
    wg.inject_axe(&source);
    wg.answer("red-flags-general", "bladder-bowel");
    wg.next();
    wg.expect_outcome("emergency", None);
    wg.expect_axe_clean("en emergency result");
}

#[test]
fn first_screen_at_phone_size_has_no_axe_violations() {
    // Needs only the rendered widget, not the step markup.
    let source = axe_source();
    let site = Site::demo_phone("axe-first-screen-phone");
    let wg = site.widget(HOST);
    wg.expect_rendered();
    wg.inject_axe(&source);
    wg.expect_axe_clean("en first screen, phone");
}

#[test]
fn the_audit_sees_into_the_shadow_root() {
    // Proof the check works: a nameless button planted inside the widget's
    // shadow root must be reported (then removed again).
    let source = axe_source();
    let site = Site::demo("axe-self-check", DESKTOP);
    let wg = site.widget(HOST);
    wg.expect_rendered();
    wg.inject_axe(&source);
    wg.js(&format!(
        "(() => {{ const b = document.createElement('button'); b.id = 'e2e-planted'; {}.append(b); return true; }})()",
        wg.q(".ims")
    ));
    let found = wg.axe_check("planted");
    assert!(
        found
            .iter()
            .any(|v| v.contains("button-name") && v.contains("e2e-planted")),
        "axe did not report the nameless button planted in the shadow root; got {found:#?}"
    );
}

/// JavaScript: every map region the visitor can see, as `[region, width, height, tabindex]`.
const VISIBLE_REGIONS_JS: &str = "(() => { const r = document.querySelector('ims-checker').shadowRoot; \
    return [...r.querySelectorAll('path[role=checkbox]')] \
      .map(p => [p, p.getBoundingClientRect()]).filter(([, b]) => b.width > 0) \
      .map(([p, b]) => [p.dataset.region, b.width, b.height, p.getAttribute('tabindex')]); })()";

/// The regions of [`VISIBLE_REGIONS_JS`] smaller than `min` × `min` px, and
/// those that are no tab stop when `all_tab_stops`.
fn undersized(regions: &Value, min: f64, all_tab_stops: bool) -> Vec<String> {
    regions
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| {
            let (w, h) = (r[1].as_f64().unwrap_or(0.0), r[2].as_f64().unwrap_or(0.0));
            w < min || h < min || (all_tab_stops && r[3] != "0")
        })
        .map(|r| r.to_string())
        .collect()
}

/// The result's headline is the heading right under the step's h2, and its
/// sections' titles follow without skipping a level, in both languages.
#[test]
fn the_result_headline_is_a_heading_under_the_step_title() {
    let site = Site::demo("result-outline", DESKTOP);
    let wg = site.demo_widget();
    for lang in ["en", "fr"] {
        if lang == "fr" {
            wg.restart();
            wg.switch_lang("fr");
        }
        wg.journey_to("talk-first");
        let outline = wg.heading_outline();
        let headline = wg.text(".ims-verdict-title");
        let step_title = wg.text("[data-step=result] h2");
        if outline.len() < 3 || outline[0] != (2, step_title.clone()) || outline[1] != (3, headline.clone()) {
            wg.fail(format!(
                "{lang}: the outline should read h2 {step_title:?}, then h3 {headline:?}, then the sections; got {outline:?}"
            ));
        }
        if !wg.has("h3.ims-verdict-title") {
            wg.fail(format!("{lang}: the headline should be an h3"));
        }
        wg.expect_outline_without_skips();
    }
    wg.expect_clean();
}

/// On a phone the map's Front/Back switch shows; its buttons are named
/// apart from the step's Back button, so no two buttons share a name.
#[test]
fn on_a_phone_the_where_steps_buttons_have_distinct_names() {
    let site = Site::demo_phone("distinct-names");
    let wg = site.demo_widget();
    for (lang, front, back, step_back) in [
        ("en", "Front of the body", "Back of the body", "Back"),
        ("fr", "Devant du corps", "Dos du corps", "Retour"),
    ] {
        if lang == "fr" {
            wg.restart();
            wg.switch_lang("fr");
        }
        wg.answer("red-flags-general", "none");
        wg.next_to("where");
        wg.wait(
            &format!("{} !== null", wg.q(".ims-map--single .ims-map-switch")),
            "a touch screen should show the map's Front/Back switch",
        );
        wg.region_on_map("neck");
        let names = wg.expect_distinct_button_names();
        for name in [front, back, step_back] {
            if !names.iter().any(|n| n == name) {
                wg.fail(format!("{lang}: no button is named {name:?}; the buttons: {names:?}"));
            }
        }
    }
    wg.expect_clean();
}

#[test]
fn on_a_phone_the_map_shows_one_side_at_a_time_with_44_px_targets() {
    let source = axe_source();
    let site = Site::demo_phone("map-targets-touch");
    let wg = site.demo_widget();
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    // The claim holds from a 320 px widget (here: a 360 px phone, 20 px page margins).
    let host_width = wg.js("document.querySelector('ims-checker').getBoundingClientRect().width");
    assert_eq!(host_width.as_f64().map(f64::round), Some(320.0), "widget width");

    for (side, count) in [("front", 27), ("back", 27)] {
        if side == "back" {
            wg.act("[data-view=back]");
            wg.wait(
                &format!("{}?.getAttribute('aria-pressed') === 'true'", wg.q("[data-view=back]")),
                "the Back button did not turn the map over",
            );
        }
        let regions = wg.js(VISIBLE_REGIONS_JS);
        let shown = regions.as_array().map_or(0, Vec::len);
        if shown != count {
            wg.fail(format!(
                "{side}: {shown} regions visible, expected the side's {count}: {regions}"
            ));
        }
        let small = undersized(&regions, 44.0, true);
        if !small.is_empty() {
            wg.fail(format!(
                "{side}: regions under 44 × 44 px or not a tab stop:\n{}",
                small.join("\n")
            ));
        }
    }
    // A back-only region chosen on the back, then the front shown again: the
    // choice stays, and both switch buttons say which side is shown.
    wg.region_on_map("low-back");
    wg.act("[data-view=front]");
    wg.expect_region_chosen("low-back", true);
    let pressed = wg.js(&format!(
        "[{}.getAttribute('aria-pressed'), {}.getAttribute('aria-pressed')]",
        wg.q("[data-view=front]"),
        wg.q("[data-view=back]")
    ));
    assert_eq!(pressed, serde_json::json!(["true", "false"]));

    wg.inject_axe(&source);
    wg.expect_axe_clean("en where, phone");
}

#[test]
fn the_map_follows_a_change_of_pointer_while_it_shows() {
    // A tablet docked to a keyboard, or a browser's device mode: the pointer
    // changes while the map is on screen, and the map's layout follows it.
    let site = Site::demo("map-pointer-change", DESKTOP);
    let wg = site.demo_widget();
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    assert_eq!(
        wg.js(&format!("{} === null", wg.q(".ims-map-switch"))),
        true,
        "no switch with a mouse"
    );
    wg.region_on_map("knee-left");

    wg.page.set_viewport(DESKTOP.0, DESKTOP.1, true).unwrap();
    wg.use_input(Input::Touch);
    wg.wait(
        "matchMedia('(pointer: coarse)').matches",
        "touch emulation did not make the pointer coarse",
    );
    wg.wait(
        &format!("{} !== null", wg.q(".ims-map--single .ims-map-switch")),
        "the map kept both sides after the pointer became a finger",
    );
    wg.expect_region_chosen("knee-left", true);

    wg.page.set_viewport(DESKTOP.0, DESKTOP.1, false).unwrap();
    wg.use_input(Input::Mouse);
    wg.wait(
        &format!("{} === null", wg.q(".ims-map-switch")),
        "the map kept one side after the pointer became a mouse again",
    );
    wg.expect_region_chosen("knee-left", true);
}

#[test]
fn with_a_mouse_the_map_shows_both_sides_with_24_px_targets() {
    let site = Site::demo("map-targets-mouse", DESKTOP);
    let wg = site.demo_widget();
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    assert_eq!(
        wg.js(&format!("{} === null", wg.q(".ims-map-switch"))),
        true,
        "no switch with a mouse"
    );
    let regions = wg.js(VISIBLE_REGIONS_JS);
    let shown = regions.as_array().map_or(0, Vec::len);
    if shown != 54 {
        wg.fail(format!("{shown} regions visible, expected both sides' 54: {regions}"));
    }
    let small = undersized(&regions, 24.0, false);
    if !small.is_empty() {
        wg.fail(format!("regions under 24 × 24 px:\n{}", small.join("\n")));
    }
    // Each region is one tab stop: 34 regions, 20 of them drawn on both sides.
    let stops = regions.as_array().into_iter().flatten().filter(|r| r[3] == "0").count();
    assert_eq!(stops, 34, "tab stops on the map");
    wg.expect_clean();
}
