//! axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every step of the widget, in
//! English and in French, including validation errors and open follow-ups
//! (the page object's `axe` module injects and runs it).

use ims_checker_e2e::widget::*;
use serde_json::Value;

/// Opens the demo clinic page with axe loaded, in French if `french`, and
/// runs `walk` on it (given the language's tag for its labels); then fails
/// listing every violation `walk` collected, if any.
fn audit_demo(name: &str, french: bool, walk: impl FnOnce(&Widget, &str) -> Vec<String>) {
    let source = axe_source();
    let site = Site::demo(name, DESKTOP);
    let wg = site.demo_widget();
    wg.inject_axe(&source);
    let lang = if french { "fr" } else { "en" };
    if french {
        wg.switch_lang("fr");
    }
    let violations = walk(&wg, lang);
    wg.expect_no_axe_violations(&violations);
}

/// Walk warning (empty and with errors), where, health with every follow-up
/// open, and the result, running axe on each; fail listing all violations.
fn audit_every_step(name: &str, french: bool) {
    audit_demo(name, french, |wg, lang| {
        let mut violations = Vec::new();
        violations.extend(wg.axe_check(&format!("{lang} warning")));
        wg.next_blocked("warning", "red-flags-general");
        violations.extend(wg.axe_check(&format!("{lang} warning with an error")));
        wg.pass_warning();
        violations.extend(wg.axe_check(&format!("{lang} where")));
        wg.next_blocked("where", "regions");
        violations.extend(wg.axe_check(&format!("{lang} where with no place chosen")));
        wg.region_on_map("low-back");
        violations.extend(wg.axe_check(&format!("{lang} where, a place chosen on the map")));
        wg.show_places("list");
        violations.extend(wg.axe_check(&format!("{lang} where, the list of places")));
        wg.region_in_list("chest");
        wg.region_in_list("knee-left");
        wg.show_places("map");
        violations.extend(wg.axe_check(&format!("{lang} where, the map with places chosen")));
        wg.next_to_page("about");
        violations.extend(wg.axe_check(&format!("{lang} about the pain")));
        wg.next_blocked("where", "back-cancer-flags");
        violations.extend(wg.axe_check(&format!("{lang} where with regions, follow-ups and errors")));
        wg.answer("back-cancer-flags", "no");
        wg.answer("chest-cause", "no");
        wg.next_to("health");
        violations.extend(wg.axe_check(&format!("{lang} health: who the check is for")));
        wg.next_blocked("health", "for-whom");
        violations.extend(wg.axe_check(&format!("{lang} health with its list of problems")));
        wg.answer("for-whom", "me");
        wg.next_page();
        violations.extend(wg.axe_check(&format!("{lang} health: a checklist")));
        // "Yes" with nothing ticked, a ticked item asking which, and "not
        // sure" open: each left unsaid.
        wg.act("[data-check=\"some\"]");
        wg.next_blocked("health", "check-illnesses");
        violations.extend(wg.axe_check(&format!("{lang} health: a checklist's \"Yes\" with nothing ticked")));
        wg.act("[data-check=\"active-cancer\"]");
        wg.next_blocked("health", "active-cancer");
        violations.extend(wg.axe_check(&format!("{lang} health: a checklist's item asking which")));
        wg.act("[data-check=\"not-sure\"]");
        wg.next_blocked("health", "check-illnesses-unsure");
        violations.extend(wg.axe_check(&format!(
            "{lang} health: a checklist's \"not sure\" with nothing picked"
        )));
        wg.act("[data-check=\"none\"]");
        wg.settled();
        // "Start over" asks first; its question, open, is audited too.
        wg.ask_restart();
        violations.extend(wg.axe_check(&format!("{lang} health with the question \"Start over?\"")));
        wg.keep_answers();
        wg.fill_health(&[("surgery", "yes"), ("lymphoedema", "yes"), ("skin-infection", "yes")]);
        // Every list asked for, none filled in: each list's problem at once.
        wg.next_blocked("health", "lymphoedema-regions");
        wg.expect_error_summary_names("skin-infection-regions");
        violations.extend(wg.axe_check(&format!("{lang} health with every list's problem")));
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
        violations
    });
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
/// year before 1900, a date after today; two rows, so each message names
/// its row.
fn audit_invalid_operation_rows(name: &str, french: bool) {
    audit_demo(name, french, |wg, lang| {
        wg.to_operations("knee-left");
        let mut violations = Vec::new();
        wg.next_blocked("health", "surgeries");
        violations.extend(wg.axe_check(&format!("{lang} an operation with nothing entered")));
        let last_month = add_days(&wg.today(), -30);
        let tomorrow = add_days(&wg.today(), 1);
        wg.surgeries(&[("knee-left", &last_month), ("knee-left", &last_month)]);
        // The month is picked from a menu, so only the day and year can be
        // parts no date has.
        let states: [(&str, [&str; 3], [&str; 3]); 5] = [
            ("part of a date", ["", "3", ""], ["15", "", "2026"]),
            ("parts no date has", ["32", "3", "26"], ["0", "2", "20260"]),
            ("a day that does not exist", ["31", "2", "2026"], ["29", "2", "2027"]),
            ("a year before 1900", ["1", "10", "1404"], ["5", "11", "1899"]),
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
                if wg.surgery_row_messages(row).is_empty() {
                    wg.fail(format!("{lang} {state}: operation row {} shows no message", row + 1));
                }
            }
            violations.extend(wg.axe_check(&format!("{lang} operations with {state}")));
        }
        violations
    });
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
    audit_demo(name, french, |wg, lang| {
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
        let operated = add_days(&wg.today(), -30);
        let visit = Visit::new()
            .list("knee-left")
            .health("bleeding", "yes")
            .operation("knee-left", &operated);
        wg.visit(&visit, "wait", Some(&add_months(&operated, 3)));
        wg.expect_talk_first_note(&["bleeding/yes"]);
        violations.extend(wg.axe_check(&format!("{lang} wait result with the talk-first note")));
        violations
    });
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

/// JavaScript: every map region the visitor can see, as
/// `[region, width, height, tabindex, role]` (a region both views show is
/// drawn twice; only one copy is a checkbox).
const VISIBLE_REGIONS_JS: &str = "(() => { const r = document.querySelector('ims-checker').shadowRoot; \
    return [...r.querySelectorAll('.ims-map path[data-region]')] \
      .map(p => [p, p.getBoundingClientRect()]).filter(([, b]) => b.width > 0) \
      .map(([p, b]) => [p.dataset.region, b.width, b.height, p.getAttribute('tabindex'), p.getAttribute('role')]); })()";

/// The regions of [`VISIBLE_REGIONS_JS`] smaller than `min` × `min` px, and
/// those that are no checkbox when `all_checkboxes`.
fn undersized(regions: &Value, min: f64, all_checkboxes: bool) -> Vec<String> {
    regions
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| {
            let (w, h) = (r[1].as_f64().unwrap_or(0.0), r[2].as_f64().unwrap_or(0.0));
            w < min || h < min || (all_checkboxes && r[4] != "checkbox")
        })
        .map(|r| r.to_string())
        .collect()
}

/// How many of [`VISIBLE_REGIONS_JS`]'s regions are checkboxes, and how many Tab stops.
fn checkboxes_and_tab_stops(regions: &Value) -> (usize, usize) {
    let all = regions.as_array().cloned().unwrap_or_default();
    (
        all.iter().filter(|r| r[4] == "checkbox").count(),
        all.iter().filter(|r| r[3] == "0").count(),
    )
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
        // The h2 holds the progress as a caption above the title: compare
        // words, not line breaks.
        let step_title = wg
            .text("[data-step=result] h2")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
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
        wg.pass_warning();
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
    wg.pass_warning();
    // The claim holds from a 320 px widget (here: a 360 px phone, 20 px page margins).
    let host_width = wg.js("document.querySelector('ims-checker').getBoundingClientRect().width");
    assert_eq!(host_width.as_f64().map(f64::round), Some(320.0), "widget width");

    // A phone opens on the back, where the low back (the commonest reason
    // to come) is.
    let opened = wg.js(&format!(
        "{}?.getAttribute('aria-pressed') ?? null",
        wg.q("[data-view=back]")
    ));
    if opened != serde_json::json!("true") {
        wg.fail(format!(
            "a phone should open the map on its back view; [data-view=back] has aria-pressed {opened}"
        ));
    }
    for (side, count) in [("back", 27), ("front", 27)] {
        if side == "front" {
            // A back-only region chosen on the back, then the front shown.
            wg.region_on_map("low-back");
            wg.act("[data-view=front]");
            wg.wait(
                &format!("{}?.getAttribute('aria-pressed') === 'true'", wg.q("[data-view=front]")),
                "the Front button did not turn the map over",
            );
        }
        // The hint under the map is the shown view's alone.
        let hints = wg.js(&format!(
            "[{}, {}].map(e => e ? e.getClientRects().length > 0 : null)",
            wg.q(".ims-map-hint--front"),
            wg.q(".ims-map-hint--back")
        ));
        if hints != serde_json::json!([side == "front", side == "back"]) {
            wg.fail(format!(
                "{side}: the map's hint should be the {side} view's alone; shown [front, back]: {hints}"
            ));
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
                "{side}: regions under 44 × 44 px or not a checkbox:\n{}",
                small.join("\n")
            ));
        }
        let (_, stops) = checkboxes_and_tab_stops(&regions);
        assert_eq!(stops, 1, "{side}: the map is one Tab stop");
    }
    // The back's choice stays on the front, and both switch buttons say
    // which side is shown.
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
    wg.pass_warning();
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
    wg.pass_warning();
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
    // Each region is one checkbox (34 regions, 20 of them drawn on both
    // sides), and the map one Tab stop.
    assert_eq!(
        checkboxes_and_tab_stops(&regions),
        (34, 1),
        "checkboxes and Tab stops on the map"
    );
    wg.expect_clean();
}

/// The checkboxes of the "where" step's accessibility tree: each place at
/// most once (`all`: each of the 34 exactly once), and "Pain in many places".
fn expect_each_place_once(wg: &Widget<'_>, label: &str, all: bool) -> Vec<String> {
    let names: Vec<String> = wg
        .ax_nodes_in("[data-question=regions]", "checkbox")
        .into_iter()
        .map(|n| n.name)
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    let twice: Vec<&String> = sorted.windows(2).filter(|w| w[0] == w[1]).map(|w| &w[0]).collect();
    if !twice.is_empty() || (all && names.len() != 35) || names.len() < 10 {
        wg.fail(format!(
            "{label}: the accessibility tree should hold each place once ({}); twice: {twice:?}; all {} checkboxes: {names:?}",
            if all { "34 places and \"many places\"" } else { "at most" },
            names.len()
        ));
    }
    names
}

#[test]
fn the_where_step_speaks_each_place_once() {
    let site = Site::demo("ax-places-once", DESKTOP);
    let wg = site.demo_widget();
    for lang in ["en", "fr"] {
        if lang == "fr" {
            wg.restart();
            wg.switch_lang("fr");
        }
        wg.pass_warning();
        let on_map = expect_each_place_once(&wg, &format!("{lang} map"), true);
        wg.region_on_map("knee-left");
        expect_each_place_once(&wg, &format!("{lang} map, a place chosen"), true);
        wg.show_places("list");
        let in_list = expect_each_place_once(&wg, &format!("{lang} list"), true);
        let (mut a, mut b) = (on_map.clone(), in_list.clone());
        a.sort();
        b.sort();
        if a != b {
            wg.fail(format!(
                "{lang}: the map and the list should name the same places: {on_map:?} / {in_list:?}"
            ));
        }
        // The switch between them is one disclosure, named by what it does now.
        let switch: Vec<String> = wg.ax_nodes("DisclosureTriangle").into_iter().map(|n| n.name).collect();
        assert_eq!(
            switch,
            [wg.text("summary .ims-when-open")],
            "{lang}: the switch back to the map"
        );
        wg.show_places("map");
    }
    // A phone shows one side of the map: each of its places once.
    let site = Site::demo_phone("ax-places-once-phone");
    let wg = site.demo_widget();
    wg.pass_warning();
    let names = expect_each_place_once(&wg, "en phone map", false);
    assert_eq!(names.len(), 28, "the front's 27 places and \"many places\": {names:?}");
    wg.expect_clean();
}

/// The list of places: "your left" places in the left column, "your right"
/// in the right one, each pair on one row, single places across both.
fn expect_two_columns(wg: &Widget<'_>, label: &str, left: &str, right: &str) {
    wg.show_places("list");
    let boxes = wg.js(&format!(
        "{}.map(l => {{ const b = l.getBoundingClientRect(); return [l.querySelector('input').dataset.region, b.left, b.right, b.top]; }})",
        wg.qa(".ims-list label")
    ));
    let boxes = boxes.as_array().cloned().unwrap_or_default();
    if boxes.len() != 34 {
        wg.fail(format!(
            "{label}: the list should hold the 34 places; it holds {}",
            boxes.len()
        ));
    }
    let num = |v: &Value| v.as_f64().unwrap_or(f64::NAN);
    let of = |id: &str| boxes.iter().find(|b| b[0] == id).cloned().unwrap_or_default();
    let left_shoulder = of("shoulder-left");
    let list = wg.js(&format!(
        "((b) => [b.left, b.right])({}.getBoundingClientRect())",
        wg.q(".ims-list .ims-group .ims-sides")
    ));
    let (full_left, full_right) = (num(&list[0]), num(&list[1]));
    let middle = (full_left + full_right) / 2.0;
    let mut problems = Vec::new();
    for b in &boxes {
        let id = b[0].as_str().unwrap_or_default();
        let (l, r, top) = (num(&b[1]), num(&b[2]), num(&b[3]));
        if let Some(part) = id.strip_suffix("-left") {
            let pair = of(&format!("{part}-right"));
            if (l - full_left).abs() > 1.0 || r > middle {
                problems.push(format!("{id} is not in the left column: {l:.0}–{r:.0}"));
            }
            if (num(&pair[3]) - top).abs() > 1.0 || num(&pair[1]) < middle {
                problems.push(format!("{part}-right is not beside {id} in the right column: {pair:?}"));
            }
        } else if !id.ends_with("-right") && ((l - full_left).abs() > 1.0 || (r - full_right).abs() > 1.0) {
            problems.push(format!("{id} should span both columns: {l:.0}–{r:.0}"));
        }
    }
    let heads = wg.js(&format!(
        "[...{}.children].map(h => [h.innerText.trim().toLowerCase(), h.getBoundingClientRect().left])",
        wg.q(".ims-sides-head")
    ));
    let expected = [(left, num(&left_shoulder[1])), (right, num(&of("shoulder-right")[1]))];
    let over_columns = heads.as_array().is_some_and(|h| {
        h.len() == 2
            && h.iter()
                .zip(expected)
                .all(|(h, (text, x))| h[0] == text && (num(&h[1]) - x).abs() < 1.0)
    });
    if !over_columns {
        problems.push(format!(
            "the column headers should read {left:?} and {right:?} over their columns: {heads} (expected {expected:?})"
        ));
    }
    if !problems.is_empty() {
        wg.fail(format!(
            "{label}: the list's two columns:\n  - {}",
            problems.join("\n  - ")
        ));
    }
}

#[test]
fn the_list_of_places_has_two_columns_your_left_and_your_right() {
    for (size, site) in [
        ("desktop", Site::demo("list-columns", DESKTOP)),
        ("phone", Site::demo_phone("list-columns-phone")),
    ] {
        let wg = site.demo_widget();
        wg.pass_warning();
        expect_two_columns(&wg, &format!("en {size}"), "your left", "your right");
        wg.switch_lang("fr");
        expect_two_columns(&wg, &format!("fr {size}"), "votre gauche", "votre droite");
        wg.expect_clean();
    }
}

/// JavaScript: every visible element of the widget whose own text is under
/// 16 px, as "tag.class: size: text".
const SMALL_TEXT_JS: &str = "((r) => [...r.querySelectorAll('*')].filter(e => \
  [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && e.getClientRects().length > 0 && \
  !e.closest('[aria-hidden=true], .ims-sr') && parseFloat(getComputedStyle(e).fontSize) < 15.95) \
  .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ': ' + getComputedStyle(e).fontSize + ': ' + e.textContent.trim().slice(0, 40)))";

/// JavaScript: the widget's visible Tab stops, in the tab order, each that
/// appears before the one it follows (above it, or beside it on the
/// reading side), as "earlier → later".
const ORDER_JS: &str = "((r) => { const rtl = r.querySelector('.ims').dir === 'rtl'; \
  const stops = [...r.querySelectorAll('a[href], button, input, select, summary, [tabindex=\"0\"]')] \
    .filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[aria-hidden=true]')); \
  const out = []; for (let i = 1; i < stops.length; i++) { const a = stops[i - 1].getBoundingClientRect(), b = stops[i].getBoundingClientRect(); \
    const sameRow = Math.abs(a.top - b.top) < 8 || (b.top < a.bottom && a.top < b.bottom); \
    const before = sameRow ? (rtl ? b.left > a.left + 1 : b.left < a.left - 1) : b.top < a.top; \
    if (before && !stops[i].closest('.ims-map')) out.push((stops[i - 1].dataset.action || stops[i - 1].tagName) + ' → ' + (stops[i].dataset.action || stops[i].tagName)); } \
  return out; })";

fn small_text_and_order(wg: &Widget<'_>, label: &str, problems: &mut Vec<String>) {
    let small = strings(&wg.js(&format!("{SMALL_TEXT_JS}({})", wg.root_js())));
    if !small.is_empty() {
        problems.push(format!("{label}: text under 16 px: {small:#?}"));
    }
    let order = strings(&wg.js(&format!("{ORDER_JS}({})", wg.root_js())));
    if !order.is_empty() {
        problems.push(format!(
            "{label}: the tab order goes against what the eye sees: {order:?}"
        ));
    }
}

/// Each page of a journey: its text at 16 px or more, its Tab stops in the
/// order they show.
fn text_and_order_on_every_page(site: &Site, width: &str) {
    let wg = site.demo_widget();
    let problems = std::cell::RefCell::new(Vec::new());
    let look = |what: &str| {
        let page = wg.current_page().unwrap_or_default();
        small_text_and_order(&wg, &format!("{width} {what} `{page}`"), &mut problems.borrow_mut());
    };
    look("warning");
    wg.pass_warning();
    look("places");
    wg.region_on_map("low-back");
    wg.next_page();
    wg.answer("back-cancer-flags", "no");
    wg.answer("duration", "over-3-months");
    look("about");
    wg.next_page();
    look("conditions");
    wg.next_page();
    // Each health page, a checklist's items and their examples included.
    wg.fill_health_looking(&[], &|| look("health"));
    wg.next();
    wg.expect_outcome("suitable", None);
    look("result");
    let problems = problems.into_inner();
    if !problems.is_empty() {
        wg.fail(problems.join("\n"));
    }
    wg.expect_clean();
}

#[test]
fn text_is_16_px_or_more_and_the_tab_order_follows_the_page_on_a_phone() {
    text_and_order_on_every_page(&Site::demo_phone("text-order-phone"), "phone");
}

#[test]
fn text_is_16_px_or_more_and_the_tab_order_follows_the_page_on_a_desktop() {
    text_and_order_on_every_page(&Site::demo("text-order-desktop", DESKTOP), "desktop");
}

#[test]
fn the_error_for_no_place_describes_the_map_and_its_link_focuses_the_map() {
    let site = Site::demo("no-place-error", DESKTOP);
    let wg = site.demo_widget();
    wg.pass_warning();
    wg.next_blocked("where", "regions");
    let id = wg.attr("[data-error-for=regions]", "id").unwrap_or_default();
    if id.is_empty() {
        wg.fail("the message \"pick at least one place\" has no id to describe the map with");
    }
    let described = wg.attrs(".ims-map-svg", "aria-describedby");
    if described.is_empty() || described.iter().any(|d| d.split_whitespace().all(|t| t != id)) {
        wg.fail(format!(
            "the map should be described by the message `{id}`; aria-describedby: {described:?}"
        ));
    }
    wg.follow_error_link("regions");
    if !wg.has_focus(".ims-map path[role=checkbox][tabindex=\"0\"]") {
        wg.fail(format!(
            "the error summary's link should focus the map's Tab stop; the focus is on {}",
            wg.page.active_element().unwrap_or_default()
        ));
    }
    wg.region_on_map("neck");
    if wg
        .attrs(".ims-map-svg", "aria-describedby")
        .iter()
        .any(|d| !d.is_empty())
    {
        wg.fail("once a place is chosen, the map is no longer described by the message");
    }
    wg.expect_clean();
}
