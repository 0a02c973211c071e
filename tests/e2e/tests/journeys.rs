//! Full journeys through the widget by mouse (and one by touch at phone size),
//! one per outcome level, with the combining rule, the surgery windows, the
//! handoff links, Back, Restart and French. Every journey ends by checking
//! the privacy promise held throughout.

mod common;

use common::*;

// ---------------------------------------------------------------------------
// Step 1 ends the check

#[test]
fn emergency_tick_ends_the_check_with_only_the_emergency_number() {
    let wg = Widget::open("emergency", DESKTOP);
    wg.expect_start();
    // `none` is exclusive: it cannot stay ticked together with a warning sign.
    wg.answer("red-flags-general", "none");
    wg.answer("red-flags-general", "chest-pain");
    if wg.is_checked("[data-question=\"red-flags-general\"] [data-answer=\"none\"]") {
        wg.fail("`none` is still ticked together with `chest-pain`; `none` must be exclusive");
    }
    wg.next();
    wg.expect_outcome("emergency", None);
    wg.expect_handoff("emergency");
    wg.expect_clean();
}

#[test]
fn urgent_tick_ends_the_check_at_urgent() {
    let wg = Widget::open("urgent", DESKTOP);
    wg.expect_start();
    wg.answer("red-flags-general", "major-trauma");
    wg.next();
    // Straight to the result: "where" and "health" are never asked.
    wg.expect_outcome("urgent", None);
    if wg.has("[data-region-outcome]") {
        wg.fail("an urgent result after the emergency screen should not show region results (nothing else was asked)");
    }
    wg.expect_handoff("urgent");
    wg.expect_clean();
}

#[test]
fn emergency_outranks_urgent_when_both_are_ticked() {
    let wg = Widget::open("emergency-and-urgent", DESKTOP);
    wg.answer("red-flags-general", "fever-spine");
    wg.answer("red-flags-general", "stroke-signs");
    wg.next();
    wg.expect_outcome("emergency", None);
    wg.expect_handoff("emergency");
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// Whole-visit levels

#[test]
fn back_pain_with_cancer_flags_leads_to_see_doctor() {
    let wg = Widget::open("see-doctor", DESKTOP);
    wg.pass_warning();
    wg.region_on_map("low-back");
    wg.answer("duration", "over-3-months");
    wg.answer("back-cancer-flags", "yes");
    wg.next_to("health");
    wg.fill_health(&[]);
    wg.next();
    wg.expect_outcome("see-doctor", None);
    wg.expect_handoff("see-doctor");
    wg.expect_clean();
}

#[test]
fn chest_pain_of_unknown_cause_leads_to_see_doctor() {
    let wg = Widget::open("see-doctor-chest", DESKTOP);
    wg.pass_warning();
    wg.region_in_list("chest");
    if wg.has("[data-question=\"back-cancer-flags\"]") {
        wg.fail("back-cancer-flags is asked although no back region is chosen (only chest)");
    }
    wg.answer("chest-cause", "yes");
    wg.next_to("health");
    wg.fill_health(&[]);
    wg.next();
    wg.expect_outcome("see-doctor", None);
    wg.expect_clean();
}

#[test]
fn severe_needle_fear_leads_to_not_suitable() {
    let wg = Widget::open("not-suitable", DESKTOP);
    wg.pass_warning();
    wg.region_on_map("knee-left");
    wg.next_to("health");
    wg.fill_health(&[("needle-fear", "severe")]);
    wg.next();
    wg.expect_outcome("not-suitable", None);
    wg.expect_region_outcome("knee-left", "suitable", None);
    wg.expect_handoff("not-suitable");
    wg.expect_clean();
}

#[test]
fn bleeding_problem_leads_to_talk_first() {
    let wg = Widget::open("talk-first", DESKTOP);
    wg.pass_warning();
    wg.region_in_list("shoulder-right");
    wg.next_to("health");
    wg.fill_health(&[("bleeding", "yes")]);
    wg.next();
    wg.expect_outcome("talk-first", None);
    wg.expect_handoff("talk-first");
    wg.expect_clean();
}

#[test]
fn all_clear_leads_to_suitable_with_the_exact_booking_link() {
    let wg = Widget::open("suitable", DESKTOP);
    wg.pass_warning();
    wg.region_on_map("low-back");
    wg.region_in_list("knee-left");
    wg.answer("duration", "6-weeks-to-3-months");
    wg.answer("fit-tight-muscles", "yes");
    wg.answer("conditions", "sciatica");
    wg.answer("back-cancer-flags", "no");
    wg.next_to("health");
    wg.fill_health(&[("needle-fear", "nervous"), ("active-cancer", "survivor")]);
    wg.next();
    wg.expect_outcome("suitable", None);
    wg.expect_region_outcome("low-back", "suitable", None);
    wg.expect_region_outcome("knee-left", "suitable", None);
    wg.expect_handoff("suitable");
    let text = wg.text("[data-step=result]");
    if !text.contains("IMS may suit you") {
        wg.fail(format!(
            "the suitable result should tell the visitor the level's message (\"IMS may suit you. Book an assessment.\"); result text: {text:?}"
        ));
    }
    let privacy = wg.text(".ims-privacy");
    if privacy != "Private: nothing you entered has left this device. Closing the page forgets it." {
        wg.fail(format!("the result should say nothing entered has left the device; the privacy line reads {privacy:?}"));
    }
    wg.expect_clean();
}

#[test]
fn only_widespread_pain_is_suitable() {
    // With only `widespread` chosen there are no regions: (b) is suitable.
    let wg = Widget::open("widespread", DESKTOP);
    wg.pass_warning();
    wg.act("input[data-region=\"widespread\"]");
    wg.wait(
        &format!("{}?.checked === true", jq("input[data-region=\"widespread\"]")),
        "the widespread option did not become checked",
    );
    wg.next_to("health");
    wg.fill_health(&[]);
    wg.next();
    wg.expect_outcome("suitable", None);
    if wg.has("[data-region-outcome]") {
        wg.fail("with only `widespread` chosen there are no regions, yet region results are shown");
    }
    wg.expect_handoff("suitable");
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// Region levels and the combining rule

#[test]
fn surgery_a_month_ago_at_the_knee_means_wait_three_months() {
    let wg = Widget::open("wait", DESKTOP);
    let today = wg.today();
    let surgery = add_days(&today, -30);
    let until = add_months(&surgery, 3);
    wg.pass_warning();
    wg.region_on_map("knee-left");
    wg.next_to("health");
    wg.fill_health(&[("surgery", "yes")]);
    wg.surgeries(&[("knee-left", &surgery)]);
    wg.next();
    wg.expect_outcome("wait", Some(&until));
    wg.expect_region_outcome("knee-left", "wait", Some(&until));
    wg.expect_handoff("wait");
    wg.expect_clean();
}

#[test]
fn surgery_windows_latest_per_region_and_earliest_overall() {
    // Operations at the left knee 30 days ago (D1) and the left thigh 20 days
    // ago (D2); pain at the knee, thigh and shin (shin is next to the knee only).
    //   knee:  max(D1 + 3 months, D2 + 42 days) = D1 + 3 months
    //   thigh: max(D2 + 3 months, D1 + 42 days) = D2 + 3 months
    //   shin:  D1 + 42 days
    //   overall: the earliest of the regions' dates = D1 + 42 days.
    let wg = Widget::open("wait-windows", DESKTOP);
    let today = wg.today();
    let d1 = add_days(&today, -30);
    let d2 = add_days(&today, -20);
    wg.pass_warning();
    wg.region_in_list("knee-left");
    wg.region_in_list("thigh-left");
    wg.region_on_map("shin-left");
    wg.next_to("health");
    wg.fill_health(&[("surgery", "yes")]);
    // A third row added and removed again must not count.
    wg.surgeries(&[("knee-left", &d1), ("thigh-left", &d2), ("shin-left", &d2)]);
    let rows = "[data-follow-up=\"surgeries\"] select[data-field=\"surgery-region\"]";
    let removes = wg.count("[data-follow-up=\"surgeries\"] [data-action=remove-surgery]");
    if removes < 3 {
        wg.fail(format!("each surgery row should have a [data-action=remove-surgery]; 3 rows, {removes} remove buttons"));
    }
    wg.js(&format!(
        "(() => {{ const b = document.querySelector('ims-checker').shadowRoot.querySelectorAll('[data-follow-up=\"surgeries\"] [data-action=remove-surgery]')[2]; b.setAttribute('data-e2e-target', ''); return true; }})()"
    ));
    wg.act("[data-follow-up=\"surgeries\"] [data-e2e-target]");
    wg.wait(
        &format!(
            "document.querySelector('ims-checker').shadowRoot.querySelectorAll({}).length === 2",
            serde_json::json!(rows)
        ),
        "remove-surgery on the third row did not leave two rows",
    );
    let kept = wg.js(
        "[...document.querySelector('ims-checker').shadowRoot.querySelectorAll('[data-follow-up=\"surgeries\"] [data-field]')].map(e => e.value)",
    );
    if kept != serde_json::json!(["knee-left", d1, "thigh-left", d2]) {
        wg.fail(format!("after removing the third operation the rows should be knee-left {d1}, thigh-left {d2}; fields hold {kept}"));
    }
    wg.next();
    wg.expect_outcome("wait", Some(&add_days(&d1, 42)));
    wg.expect_region_outcome("knee-left", "wait", Some(&add_months(&d1, 3)));
    wg.expect_region_outcome("thigh-left", "wait", Some(&add_months(&d2, 3)));
    wg.expect_region_outcome("shin-left", "wait", Some(&add_days(&d1, 42)));
    wg.expect_handoff("wait");
    wg.expect_clean();
}

#[test]
fn a_waiting_knee_and_a_suitable_low_back_are_suitable_overall() {
    // Overall = worse of (a) whole-visit effects (none) and (b) the least
    // severe region (low-back suitable) = suitable; the knee still shows wait.
    let wg = Widget::open("wait-and-suitable", DESKTOP);
    let today = wg.today();
    let surgery = add_days(&today, -30);
    wg.pass_warning();
    wg.region_on_map("low-back");
    wg.region_on_map("knee-left");
    wg.answer("back-cancer-flags", "no");
    wg.next_to("health");
    wg.fill_health(&[("surgery", "yes")]);
    wg.surgeries(&[("knee-left", &surgery)]);
    wg.next();
    wg.expect_outcome("suitable", None);
    wg.expect_region_outcome("low-back", "suitable", None);
    wg.expect_region_outcome("knee-left", "wait", Some(&add_months(&surgery, 3)));
    wg.expect_handoff("suitable");
    wg.expect_clean();
}

#[test]
fn lymphoedema_in_one_region_leaves_the_other_suitable() {
    let wg = Widget::open("lymphoedema-region", DESKTOP);
    wg.pass_warning();
    wg.region_in_list("upper-arm-left");
    wg.region_in_list("neck");
    wg.next_to("health");
    wg.fill_health(&[("lymphoedema", "yes")]);
    wg.region_follow_up("lymphoedema", &["upper-arm-left"]);
    wg.next();
    wg.expect_outcome("suitable", None);
    wg.expect_region_outcome("upper-arm-left", "not-suitable", None);
    wg.expect_region_outcome("neck", "suitable", None);
    wg.expect_clean();
}

#[test]
fn skin_infection_at_the_only_region_is_not_suitable_and_a_whole_visit_level_still_wins() {
    // Region: foot-right not-suitable (infection) → (b) = not-suitable.
    // Whole visit: epilepsy → talk-first. Overall: the more severe = not-suitable.
    let wg = Widget::open("skin-infection-region", DESKTOP);
    wg.pass_warning();
    wg.region_on_map("foot-right");
    wg.next_to("health");
    wg.fill_health(&[("skin-infection", "yes"), ("epilepsy", "yes")]);
    wg.region_follow_up("skin-infection", &["foot-right"]);
    wg.next();
    wg.expect_outcome("not-suitable", None);
    wg.expect_region_outcome("foot-right", "not-suitable", None);
    wg.expect_handoff("not-suitable");
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// Validation, Back and Restart

#[test]
fn next_is_refused_until_required_answers_are_given() {
    let wg = Widget::open("validation", DESKTOP);
    wg.next_blocked("warning", "red-flags-general");
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    // A back region makes back-cancer-flags required.
    wg.region_in_list("mid-back");
    wg.next_blocked("where", "back-cancer-flags");
    wg.answer("back-cancer-flags", "no");
    wg.next_to("health");
    wg.next_blocked("health", "active-cancer");
    // lymphoedema = yes asks where; no place ticked is an error.
    wg.fill_health(&[("lymphoedema", "yes")]);
    wg.next_blocked("health", "lymphoedema-regions");
    wg.answer("lymphoedema", "no");
    wg.answer("surgery", "yes");
    // A surgery date in the future is an input error, not an outcome.
    let tomorrow = add_days(&wg.today(), 1);
    wg.surgeries(&[("mid-back", &tomorrow)]);
    wg.next_blocked("health", "surgeries");
    wg.surgery_row(0, "mid-back", &add_days(&wg.today(), -7));
    wg.next();
    wg.expect_outcome("wait", Some(&add_months(&add_days(&wg.today(), -7), 3)));
    wg.expect_clean();
}

#[test]
fn back_keeps_answers_and_restart_clears_everything() {
    let wg = Widget::open("back-restart", DESKTOP);
    let none = "[data-question=\"red-flags-general\"] [data-answer=\"none\"]";
    let dur = "[data-question=\"duration\"] [data-answer=\"over-3-months\"]";
    let bleed = "[data-question=\"bleeding\"] [data-answer=\"yes\"]";
    wg.pass_warning();
    wg.region_on_map("neck");
    wg.region_in_list("wrist-hand-right");
    wg.answer("duration", "over-3-months");
    wg.next_to("health");
    wg.fill_health(&[("bleeding", "yes")]);

    // Back twice: every answer is still there.
    wg.back();
    wg.expect_step("where");
    wg.expect_region_chosen("neck", true);
    wg.expect_region_chosen("wrist-hand-right", true);
    if !wg.is_checked(dur) {
        wg.fail("after Back, the duration answer `over-3-months` was lost");
    }
    wg.back();
    wg.expect_step("warning");
    if !wg.is_checked(none) {
        wg.fail("after Back, the emergency screen's `none` tick was lost");
    }
    // And forward again: still there, and the result uses them.
    wg.next_to("where");
    wg.expect_region_chosen("neck", true);
    wg.next_to("health");
    if !wg.is_checked(bleed) {
        wg.fail("after Back and Next, the answer bleeding = yes was lost");
    }
    wg.next();
    wg.expect_outcome("talk-first", None);
    wg.expect_region_outcome("neck", "suitable", None);
    wg.expect_region_outcome("wrist-hand-right", "suitable", None);

    // Restart: back to step 1 with nothing chosen, anywhere.
    wg.act("[data-action=restart]");
    wg.expect_step("warning");
    let ticked = wg.js(
        "[...document.querySelector('ims-checker').shadowRoot.querySelectorAll('input:checked')].map(e => e.dataset.answer || e.dataset.region || e.name)",
    );
    if ticked != serde_json::json!([]) {
        wg.fail(format!("after Restart the emergency screen should have nothing ticked; ticked: {ticked}"));
    }
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    wg.expect_region_chosen("neck", false);
    wg.expect_region_chosen("wrist-hand-right", false);
    let ticked = wg.js(
        "[...document.querySelector('ims-checker').shadowRoot.querySelectorAll('input:checked, [aria-checked=true]')].map(e => e.dataset.answer || e.dataset.region || e.name)",
    );
    if ticked != serde_json::json!([]) {
        wg.fail(format!("after Restart the where step should have nothing chosen; chosen: {ticked}"));
    }
    wg.region_in_list("calf-left");
    wg.next_to("health");
    let answered = wg.js(
        "[...document.querySelector('ims-checker').shadowRoot.querySelectorAll('[data-step=health] input:checked')].map(e => e.closest('[data-question]')?.dataset.question + '=' + e.dataset.answer)",
    );
    if answered != serde_json::json!([]) {
        wg.fail(format!("after Restart the health step should have no answers; found {answered}"));
    }
    wg.fill_health(&[]);
    wg.next();
    wg.expect_outcome("suitable", None);
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// French

#[test]
fn french_journey_reaches_a_french_result() {
    let wg = Widget::open("french", DESKTOP);
    wg.expect_start();
    let english_title = wg.text("[data-step=warning] h2");
    wg.act("[data-action=lang]");
    wg.wait(
        &format!("{}?.getAttribute('lang') === 'fr'", jq(".ims")),
        "after [data-action=lang] the widget root .ims should have lang=\"fr\"",
    );
    wg.expect_progress("warning");
    let french_title = wg.text("[data-step=warning] h2");
    if french_title == english_title {
        wg.fail(format!("the step heading did not change language: {french_title:?}"));
    }
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    wg.region_on_map("hip-right");
    wg.next_to("health");
    wg.fill_health(&[]);
    wg.next();
    wg.expect_outcome("suitable", None);
    if wg.lang() != "fr" {
        wg.fail(format!("the result should still be in French; .ims lang is {:?}", wg.lang()));
    }
    let text = wg.text("[data-step=result]").replace('\u{2019}', "'");
    if !text.contains("L'IMS pourrait vous convenir") {
        wg.fail(format!(
            "the French result should tell the level's message (\"L'IMS pourrait vous convenir. Prenez rendez-vous pour une évaluation.\"); result text: {text:?}"
        ));
    }
    if text.contains("IMS may suit you") {
        wg.fail(format!("the French result still shows the English message; text: {text:?}"));
    }
    wg.expect_handoff("suitable");
    // And back to English.
    wg.act("[data-action=lang]");
    wg.wait(
        &format!("{}?.getAttribute('lang') === 'en'", jq(".ims")),
        "a second [data-action=lang] should switch back to lang=\"en\"",
    );
    wg.check_outcome("suitable", None);
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// Phone with touch

#[test]
fn phone_journey_by_touch() {
    let wg = Widget::open_phone("phone-touch");
    let fits = |wg: &Widget, step: &str| {
        let v = wg.js(
            "(() => { const h = document.querySelector('ims-checker'); const r = h.getBoundingClientRect(); \
             const root = h.shadowRoot.querySelector('.ims'); \
             return { right: r.right, width: innerWidth, scroll: root ? root.scrollWidth : -1, client: root ? root.clientWidth : -1 }; })()",
        );
        let (right, width) = (v["right"].as_f64().unwrap_or(0.0), v["width"].as_f64().unwrap_or(0.0));
        let (scroll, client) = (v["scroll"].as_f64().unwrap_or(0.0), v["client"].as_f64().unwrap_or(0.0));
        if right > width + 1.0 || scroll > client + 1.0 {
            wg.fail(format!(
                "at 360 px wide the widget on step `{step}` does not fit: host right edge {right} of {width}, .ims scrollWidth {scroll} > clientWidth {client}"
            ));
        }
    };
    wg.expect_start();
    fits(&wg, "warning");
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    fits(&wg, "where");
    wg.region_on_map("shoulder-left");
    wg.region_in_list("upper-back");
    wg.answer("back-cancer-flags", "no");
    wg.next_to("health");
    fits(&wg, "health");
    wg.fill_health(&[("surgery", "yes")]);
    let surgery = add_days(&wg.today(), -10);
    wg.surgeries(&[("shoulder-left", &surgery)]);
    wg.next();
    // shoulder-left: site → wait until D + 3 months; upper-back is next to the
    // shoulder → wait until D + 42 days; overall: the earliest.
    wg.expect_outcome("wait", Some(&add_days(&surgery, 42)));
    fits(&wg, "result");
    wg.expect_region_outcome("shoulder-left", "wait", Some(&add_months(&surgery, 3)));
    wg.expect_region_outcome("upper-back", "wait", Some(&add_days(&surgery, 42)));
    wg.expect_handoff("wait");
    wg.expect_clean();
}
