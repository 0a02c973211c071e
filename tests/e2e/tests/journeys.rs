//! Full journeys through the widget by mouse (and one by touch at phone size),
//! one per outcome level, with the combining rule, the surgery windows, the
//! handoff links, Back, Restart and French, and the result page's display
//! rules: a per-place list only when places differ, no place reading better
//! than the whole result, "What to expect" only where needling may still
//! happen. Every journey ends by checking the privacy promise held throughout.

use ims_checker_e2e::widget::*;

// ---------------------------------------------------------------------------
// Step 1 ends the check

#[test]
fn emergency_tick_ends_the_check_with_only_the_emergency_number() {
    let site = Site::demo("emergency", DESKTOP);
    let wg = site.demo_widget();
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
    let site = Site::demo("urgent", DESKTOP);
    let wg = site.demo_widget();
    wg.answer("red-flags-general", "major-trauma");
    wg.next();
    // Straight to the result: "where" and "health" are never asked.
    wg.expect_outcome("urgent", None);
    // Nothing else was asked, so there are no places to list.
    wg.expect_no_place_list();
    wg.expect_handoff("urgent");
    wg.expect_clean();
}

#[test]
fn emergency_outranks_urgent_when_both_are_ticked() {
    let site = Site::demo("emergency-and-urgent", DESKTOP);
    let wg = site.demo_widget();
    // Both on the second page of signs: a bladder or bowel change and a fever.
    wg.answer("red-flags-general", "fever-spine");
    wg.answer("red-flags-general", "bladder-bowel");
    wg.next();
    wg.expect_outcome("emergency", None);
    wg.expect_handoff("emergency");
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// Whole-visit levels

#[test]
fn back_pain_with_cancer_flags_leads_to_see_doctor() {
    let site = Site::demo("see-doctor", DESKTOP);
    let wg = site.demo_widget();
    let visit = Visit::new()
        .map("low-back")
        .about("duration", "over-3-months")
        .about("back-cancer-flags", "yes");
    wg.visit(&visit, "see-doctor", None);
    wg.expect_handoff("see-doctor");
    wg.expect_clean();
}

#[test]
fn chest_pain_of_unknown_cause_leads_to_see_doctor() {
    let site = Site::demo("see-doctor-chest", DESKTOP);
    let wg = site.demo_widget();
    wg.pass_warning();
    wg.region_in_list("chest");
    wg.next_to_page("about");
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
    let site = Site::demo("not-suitable", DESKTOP);
    let wg = site.demo_widget();
    wg.visit(
        &Visit::new().map("knee-left").health("needle-fear", "severe"),
        "not-suitable",
        None,
    );
    // One place, at the whole visit's level: no per-place list, and nothing
    // reads suitable.
    wg.expect_no_place_list();
    wg.expect_places_never_better();
    wg.expect_handoff("not-suitable");
    wg.expect_clean();
}

#[test]
fn bleeding_problem_leads_to_talk_first() {
    let site = Site::demo("talk-first", DESKTOP);
    let wg = site.demo_widget();
    wg.visit(
        &Visit::new().list("shoulder-right").health("bleeding", "yes"),
        "talk-first",
        None,
    );
    wg.expect_handoff("talk-first");
    wg.expect_clean();
}

#[test]
fn all_clear_leads_to_suitable_with_the_exact_booking_link() {
    let site = Site::demo("suitable", DESKTOP);
    let wg = site.demo_widget();
    let visit = Visit::new()
        .map("low-back")
        .list("knee-left")
        .about("back-cancer-flags", "no")
        .about("duration", "6-weeks-to-3-months")
        .about("fit-tight-muscles", "yes")
        .about("conditions", "sciatica")
        .health("needle-fear", "nervous")
        .health("active-cancer", "survivor");
    wg.visit(&visit, "suitable", None);
    // Both places are suitable: they do not differ, so no per-place list.
    wg.expect_no_place_list();
    wg.expect_handoff("suitable");
    let text = wg.text("[data-step=result]");
    if !text.contains("IMS may suit you") {
        wg.fail(format!(
            "the suitable result should tell the visitor the level's message (\"IMS may suit you. Book an assessment.\"); result text: {text:?}"
        ));
    }
    // The promise once: the result's own words, not the line under every
    // other step as well.
    const PROMISE: &str = "Your answers stay on this device. Nothing is sent or saved.";
    if text.matches(PROMISE).count() != 1 || wg.has(".ims-privacy") {
        wg.fail(format!(
            "the result should say once that the answers stay on the device ({PROMISE:?}), without the privacy line of the other steps; result text: {text:?}"
        ));
    }
    wg.expect_clean();
}

#[test]
fn only_widespread_pain_is_suitable() {
    // With only `widespread` chosen there are no regions: (b) is suitable.
    let site = Site::demo("widespread", DESKTOP);
    let wg = site.demo_widget();
    wg.visit(&Visit::new().widespread(), "suitable", None);
    // With only `widespread` chosen there are no regions to list.
    wg.expect_no_place_list();
    wg.expect_handoff("suitable");
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// Region levels and the combining rule

#[test]
fn surgery_a_month_ago_at_the_knee_means_wait_three_months() {
    let site = Site::demo("wait", DESKTOP);
    let wg = site.demo_widget();
    let surgery = add_days(&wg.today(), -30);
    wg.visit(
        &Visit::new().map("knee-left").operation("knee-left", &surgery),
        "wait",
        Some(&add_months(&surgery, 3)),
    );
    wg.expect_level_look("wait");
    // One place: no per-place list; no talk-first answer: no note.
    wg.expect_no_place_list();
    wg.expect_no_talk_first_note();
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
    let site = Site::demo("wait-windows", DESKTOP);
    let wg = site.demo_widget();
    let today = wg.today();
    let d1 = add_days(&today, -30);
    let d2 = add_days(&today, -20);
    // A row in the middle added and removed again must not count, and the
    // rows either side of it keep what was entered in them.
    let visit = Visit::new()
        .list("knee-left")
        .list("thigh-left")
        .map("shin-left")
        .operation("knee-left", &d1)
        .operation("shin-left", &d2)
        .operation("thigh-left", &d2);
    wg.enter(&visit);
    let rows = "[data-follow-up=\"surgeries\"] [data-surgery]";
    let removes = wg.count("[data-follow-up=\"surgeries\"] [data-action=remove-surgery]");
    if removes < 3 {
        wg.fail(format!(
            "each surgery row should have a [data-action=remove-surgery]; 3 rows, {removes} remove buttons"
        ));
    }
    wg.js(&format!(
        "({}[1].setAttribute('data-e2e-target', ''), true)",
        wg.qa("[data-follow-up=\"surgeries\"] [data-action=remove-surgery]")
    ));
    wg.act("[data-follow-up=\"surgeries\"] [data-e2e-target]");
    wg.wait(
        &format!("{}.length === 2", wg.qa(rows)),
        "remove-surgery on the second row did not leave two rows",
    );
    let kept = wg.surgery_entries();
    if kept
        != [
            ("knee-left".to_string(), d1.clone()),
            ("thigh-left".to_string(), d2.clone()),
        ]
    {
        wg.fail(format!(
            "after removing the second operation the rows should be knee-left {d1}, thigh-left {d2}; fields hold {kept:?}"
        ));
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
    let site = Site::demo("wait-and-suitable", DESKTOP);
    let wg = site.demo_widget();
    let surgery = add_days(&wg.today(), -30);
    let visit = Visit::new()
        .map("low-back")
        .map("knee-left")
        .about("back-cancer-flags", "no")
        .operation("knee-left", &surgery);
    wg.visit(&visit, "suitable", None);
    wg.expect_region_outcome("low-back", "suitable", None);
    wg.expect_region_outcome("knee-left", "wait", Some(&add_months(&surgery, 3)));
    wg.expect_handoff("suitable");
    wg.expect_clean();
}

#[test]
fn lymphoedema_of_the_left_arm_rules_out_the_forearm_and_leaves_the_neck_suitable() {
    // Lymphoedema names the whole limb: the left forearm is in the left arm,
    // so it is not suitable; the neck is not in a limb and stays suitable.
    // Overall: the least severe place = suitable. The places differ, so the
    // per-place list and the result body map show.
    let site = Site::demo("lymphoedema-limb", DESKTOP);
    let wg = site.demo_widget();
    wg.enter(
        &Visit::new()
            .list("forearm-left")
            .map("neck")
            .follow_up("lymphoedema", &[]),
    );
    let offered = wg.follow_up_choices("lymphoedema");
    if offered != ["arm-left", "arm-right", "leg-left", "leg-right", "neck"] {
        wg.fail(format!(
            "the lymphoedema follow-up should offer the four limbs and the chosen places outside them \
             ([arm-left, arm-right, leg-left, leg-right, neck]; the forearm is part of the left arm); it offers {offered:?}"
        ));
    }
    wg.region_follow_up("lymphoedema", &["arm-left"]);
    wg.next();
    wg.expect_result_page(&Expected {
        level: "suitable",
        until: None,
        places: vec![("forearm-left", "not-suitable", None), ("neck", "suitable", None)],
    });
    match wg.reason("lymphoedema/yes") {
        Some((level, _)) if level == "not-suitable" => {}
        other => wg.fail(format!(
            "the result should give the reason lymphoedema/yes at not-suitable; got {other:?}"
        )),
    }
    // The neck was chosen: the safety note after treatment is in "What to expect".
    wg.expect_after_treatment_note(true);
    wg.expect_clean();
}

#[test]
fn skin_infection_at_the_only_region_is_not_suitable_and_a_whole_visit_level_still_wins() {
    // Region: foot-right not-suitable (infection) → (b) = not-suitable.
    // Whole visit: epilepsy → talk-first. Overall: the more severe = not-suitable.
    let site = Site::demo("skin-infection-region", DESKTOP);
    let wg = site.demo_widget();
    let visit = Visit::new()
        .map("foot-right")
        .health("epilepsy", "yes")
        .follow_up("skin-infection", &["foot-right"]);
    wg.visit(&visit, "not-suitable", None);
    wg.expect_no_place_list();
    // No list, but the reason still names the place it concerns.
    let heading = wg.reason_heading("skin-infection/yes");
    if !heading
        .as_deref()
        .is_some_and(|h| h.starts_with("Not suitable now") && h.contains("Right foot"))
    {
        wg.fail(format!(
            "the skin-infection reason should read \"Not suitable now · Right foot\"; its heading (.ims-reason-level) is {heading:?}"
        ));
    }
    wg.expect_handoff("not-suitable");
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// One journey to each level, with everything its result page must show
// (Widget::journey_to describes each journey).

#[test]
fn the_first_step_explains_ims_and_lists_every_emergency_sign() {
    let site = Site::demo("first-step", DESKTOP);
    let wg = site.demo_widget();
    let about = wg.text("[data-step=warning] [data-about=ims]");
    if !about.contains("IMS") {
        wg.fail(format!(
            "the first step should say in one sentence what IMS is ([data-about=ims]); it reads {about:?}"
        ));
    }
    // Two pages of four signs, so each fits a phone, each with "None of these".
    let first = wg.answer_ids("red-flags-general");
    let want = [
        "chest-pain",
        "stiff-neck-fever",
        "stroke-signs",
        "thunderclap-headache",
        "none",
    ];
    if first != want {
        wg.fail(format!(
            "the first page of warning signs should offer {want:?} in that order; it offers {first:?}"
        ));
    }
    wg.answer("red-flags-general", "none");
    wg.next_page();
    let second = wg.answer_ids("red-flags-general");
    let want = [
        "bladder-bowel",
        "major-trauma",
        "fever-spine",
        "progressive-weakness",
        "none",
    ];
    if second != want {
        wg.fail(format!(
            "the second page of warning signs should offer {want:?} in that order; it offers {second:?}"
        ));
    }
    wg.expect_clean();
}

#[test]
fn an_emergency_result_offers_only_the_emergency_number_first_and_largest() {
    let site = Site::demo("level-emergency", DESKTOP);
    let wg = site.demo_widget();
    let expected = wg.journey_to("emergency");
    wg.expect_result_page(&expected);
    wg.expect_clean();
}

#[test]
fn an_urgent_result_sends_to_care_today_with_the_emergency_number_and_the_nurse_line() {
    let site = Site::demo("level-urgent", DESKTOP);
    let wg = site.demo_widget();
    let expected = wg.journey_to("urgent");
    wg.expect_result_page(&expected);
    wg.expect_clean();
}

#[test]
fn a_see_doctor_result_offers_the_clinics_phone_and_no_booking() {
    // Back-cancer flags concern the whole visit: the knee is see-doctor too,
    // so no place is listed, let alone as suitable.
    let site = Site::demo("level-see-doctor", DESKTOP);
    let wg = site.demo_widget();
    let expected = wg.journey_to("see-doctor");
    wg.expect_result_page(&expected);
    wg.expect_clean();
}

#[test]
fn a_not_suitable_result_reads_not_suitable_at_every_place() {
    // Pregnancy concerns the whole visit: the operated knee (which would
    // wait) and the low back are both not-suitable, so they do not differ.
    let site = Site::demo("level-not-suitable", DESKTOP);
    let wg = site.demo_widget();
    let expected = wg.journey_to("not-suitable");
    wg.expect_result_page(&expected);
    wg.expect_clean();
}

#[test]
fn a_reason_that_changes_nothing_never_reads_likely_suitable_on_a_result_that_is_not() {
    // Cancer in the past is noted on the result; beside a pregnancy it must
    // not put "Likely suitable" on a not-suitable page.
    let site = Site::demo("survivor-beside-pregnancy", DESKTOP);
    let wg = site.demo_widget();
    let visit = Visit::new()
        .map("knee-left")
        .health("pregnant", "yes")
        .health("active-cancer", "survivor");
    wg.visit(&visit, "not-suitable", None);
    assert_eq!(
        wg.reason_heading("active-cancer/survivor").as_deref(),
        Some("Good to know")
    );
    assert_eq!(wg.reason_heading("pregnant/yes").as_deref(), Some("Not suitable now"));
    let page = wg.text("[data-step=result]");
    assert!(!page.contains("Likely suitable"), "the result reads: {page}");
    wg.expect_clean();
}

#[test]
fn a_wait_result_books_from_its_date_and_lists_each_places_date() {
    let site = Site::demo("level-wait", DESKTOP);
    let wg = site.demo_widget();
    let expected = wg.journey_to("wait");
    wg.expect_result_page(&expected);
    wg.expect_no_talk_first_note();
    // Neither the knee nor the thigh is near the chest.
    wg.expect_after_treatment_note(false);
    wg.expect_clean();
}

#[test]
fn a_talk_first_result_offers_phone_and_email_and_no_place_reads_suitable() {
    // Bleeding concerns the whole visit (talk-first); lymphoedema of the left
    // arm rules out the forearm. The neck, which alone would be suitable,
    // reads talk-first: a place never reads better than the whole result.
    let site = Site::demo("level-talk-first", DESKTOP);
    let wg = site.demo_widget();
    let expected = wg.journey_to("talk-first");
    wg.expect_result_page(&expected);
    wg.expect_after_treatment_note(true);
    wg.expect_clean();
}

#[test]
fn a_suitable_result_books_with_the_exact_link_and_shows_what_to_expect() {
    let site = Site::demo("level-suitable", DESKTOP);
    let wg = site.demo_widget();
    let expected = wg.journey_to("suitable");
    wg.expect_result_page(&expected);
    let signs = wg.fit_signs();
    if !signs
        .iter()
        .any(|s| s == "The muscles where it hurts feel tight or knotted.")
    {
        wg.fail(format!(
            "after fit-tight-muscles = yes, \"Signs that fit IMS\" should say \"The muscles where it hurts feel tight or knotted.\"; it shows {signs:?}"
        ));
    }
    // Low back and knee: no place near the chest, no collapsed-lung note.
    wg.expect_after_treatment_note(false);
    wg.expect_clean();
}

#[test]
fn every_level_in_french_has_its_name_handoff_and_own_look() {
    let site = Site::demo("levels-fr", DESKTOP);
    let wg = site.demo_widget();
    wg.switch_lang("fr");
    let mut looks = Vec::new();
    for (i, level) in LEVELS.into_iter().enumerate() {
        if i > 0 {
            wg.restart();
            wg.expect_step("warning");
        }
        let expected = wg.journey_to(level);
        if wg.lang() != "fr" {
            wg.fail(format!(
                "the {level} result should still be in French; .ims lang is {:?}",
                wg.lang()
            ));
        }
        wg.expect_result_page(&expected);
        looks.push((level, wg.verdict_look()));
    }
    // Each level looks unlike the others: its own tone (border and
    // background of the verdict); only the emergency has the double border;
    // not-suitable is not in alarm colours.
    let mut problems = Vec::new();
    for (i, (a, look_a)) in looks.iter().enumerate() {
        for (b, look_b) in &looks[i + 1..] {
            for prop in ["border", "background"] {
                if look_a[prop] == look_b[prop] {
                    problems.push(format!(
                        "{a} and {b} share the verdict's {prop} colour {}",
                        look_a[prop]
                    ));
                }
            }
        }
        let double = look_a["borderStyle"] == "double";
        if double != (*a == "emergency") {
            problems.push(format!(
                "the verdict's border style is {} for {a}; only the emergency's is double",
                look_a["borderStyle"]
            ));
        }
    }
    let not_suitable = &looks
        .iter()
        .find(|(l, _)| *l == "not-suitable")
        .expect("not-suitable was reached")
        .1;
    if is_alarm_colour(not_suitable["border"].as_str().unwrap_or("")) {
        problems.push(format!(
            "not-suitable is shown in an alarm colour: {}",
            not_suitable["border"]
        ));
    }
    if !problems.is_empty() {
        wg.fail(format!(
            "each level should have its own look:\n  - {}\n  looks: {looks:?}",
            problems.join("\n  - ")
        ));
    }
    wg.expect_clean();
}

/// Whether a computed `rgb(r, g, b)` colour is red or orange: red well above
/// both green and blue.
fn is_alarm_colour(rgb: &str) -> bool {
    let parts: Vec<i64> = rgb
        .trim_start_matches("rgba(")
        .trim_start_matches("rgb(")
        .trim_end_matches(')')
        .split(',')
        .filter_map(|p| p.trim().parse().ok())
        .collect();
    match parts[..] {
        [r, g, b, ..] => r - g.max(b) > 60,
        _ => panic!("not an rgb() colour: {rgb:?}"),
    }
}

#[test]
fn the_alarm_colour_check_tells_red_from_grey() {
    assert!(is_alarm_colour("rgb(176, 0, 32)"));
    assert!(is_alarm_colour("rgb(154, 60, 0)"));
    assert!(!is_alarm_colour("rgb(74, 85, 96)"));
    assert!(!is_alarm_colour("rgb(31, 78, 140)"));
}

// ---------------------------------------------------------------------------
// Handoff details

#[test]
fn a_wait_with_a_talk_first_answer_says_to_call_before_booking_and_a_plain_wait_does_not() {
    let site = Site::demo("wait-talk-first", DESKTOP);
    let wg = site.demo_widget();
    let operated = add_days(&wg.today(), -30);
    let until = add_months(&operated, 3);
    let knee_operated = Visit::new().map("knee-left").operation("knee-left", &operated);
    // Bleeding (talk-first) and an operation at the knee (wait): wait wins,
    // and the result still says to talk to the clinic before booking.
    wg.visit(&knee_operated.clone().health("bleeding", "yes"), "wait", Some(&until));
    wg.expect_talk_first_note(&["bleeding/yes"]);
    // The clinic's phone is the main action, booking from the date the second.
    wg.expect_talk_first_wait_handoff();
    wg.expect_level_look("wait");
    // The same wait without the bleeding answer: no such note.
    wg.restart();
    wg.expect_step("warning");
    wg.visit(&knee_operated, "wait", Some(&until));
    wg.expect_no_talk_first_note();
    wg.expect_handoff("wait");
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// Operations

#[test]
fn an_operation_elsewhere_yesterday_leaves_a_painful_knee_suitable() {
    let site = Site::demo("surgery-elsewhere", DESKTOP);
    let wg = site.demo_widget();
    wg.enter(&Visit::new().map("knee-left").health("surgery", "yes"));
    wg.surgeries(&[]);
    // "Where" offers the chosen place, its neighbours and "elsewhere".
    let mut offered = wg.surgery_site_options(0);
    offered.sort();
    let mut want = vec!["calf-left", "elsewhere", "knee-left", "shin-left", "thigh-left"];
    want.sort();
    if offered != want {
        wg.fail(format!(
            "the operation's \"where\" should offer the left knee, its neighbours (thigh, shin, calf) and elsewhere; it offers {offered:?}"
        ));
    }
    wg.surgeries(&[("elsewhere", &add_days(&wg.today(), -1))]);
    wg.next();
    wg.expect_result_page(&Expected {
        level: "suitable",
        until: None,
        places: vec![],
    });
    let surgery_reasons: Vec<String> = wg
        .reason_rules()
        .into_iter()
        .filter(|r| r.starts_with("surgery"))
        .collect();
    if !surgery_reasons.is_empty() {
        wg.fail(format!(
            "an operation elsewhere adds nothing, yet the result gives the reasons {surgery_reasons:?}"
        ));
    }
    wg.expect_clean();
}

#[test]
fn with_only_pain_in_many_places_a_recent_operation_means_talk_first() {
    let site = Site::demo("surgery-widespread", DESKTOP);
    let wg = site.demo_widget();
    wg.enter(&Visit::new().widespread().health("surgery", "yes"));
    wg.surgeries(&[]);
    // No places chosen: "where" offers every region (34) and elsewhere.
    let offered = wg.surgery_site_options(0);
    if offered.len() != 35 || !offered.iter().any(|o| o == "elsewhere") || !offered.iter().any(|o| o == "foot-right") {
        wg.fail(format!(
            "with only \"Pain in many places\" chosen, \"where\" should offer all 34 regions and elsewhere; it offers {} options: {offered:?}",
            offered.len()
        ));
    }
    let operated = add_days(&wg.today(), -10);
    wg.surgeries(&[("elsewhere", &operated)]);
    wg.next();
    wg.expect_result_page(&Expected {
        level: "talk-first",
        until: None,
        places: vec![],
    });
    // What to tell the clinic: the operation, where and when, in words.
    let told = format!(
        "When you call, tell them about: an operation (Somewhere else, {}).",
        date_in_words(&operated, "en")
    );
    wg.expect_tell_the_clinic(&["surgery/yes"], &[told.as_str()]);
    // "Many places" may include the chest wall: the safety note shows.
    wg.expect_after_treatment_note(true);
    wg.expect_clean();
}

/// The demo widget in `lang`, on the health step with "yes" to operations.
fn to_operations<'a>(site: &'a Site, lang: &str) -> Widget<'a> {
    let wg = site.demo_widget();
    if lang == "fr" {
        wg.switch_lang("fr");
    }
    wg.to_operations("knee-left");
    wg
}

/// The date is entered in the order the language writes it: English month,
/// day, year ("March 15, 2026"), French day, month, year, on one line, each
/// field with its label: the day and year as number fields, the month as a
/// menu of month names (so a day is never read as a month), under a hint
/// that gives the order and an example in words. The fields keep what was
/// entered across a change of language, and move with it.
#[track_caller]
fn expect_date_fields_in_order(wg: &Widget, lang: &str, where_: &str) {
    let (labels, hint_words, example) = if lang == "fr" {
        (
            ["Jour", "Mois", "Année"],
            "Tapez le jour en chiffres, choisissez le mois, puis tapez l'année.",
            "15 mars 2026",
        )
    } else {
        (
            ["Month", "Day", "Year"],
            "Pick the month, then type the day and the year in numbers.",
            "March 15, 2026",
        )
    };
    let fields = wg.surgery_date_fields(0);
    let shown: Vec<&str> = fields.iter().map(|f| f.label.as_str()).collect();
    if shown != labels {
        wg.fail(format!(
            "{where_}: the date fields should read {labels:?} from left to right; they read {shown:?} ({fields:?})"
        ));
    }
    if fields.iter().any(|f| (f.top - fields[0].top).abs() > 4.0) {
        wg.fail(format!(
            "{where_}: the three date fields should be on one line: {fields:?}"
        ));
    }
    for f in fields.iter().filter(|f| f.field != "surgery-month") {
        if f.inputmode.as_deref() != Some("numeric") || f.autocomplete.as_deref() != Some("off") {
            wg.fail(format!(
                "{where_}: the field `{}` should be a number field (inputmode=numeric, autocomplete=off): {f:?}",
                f.label
            ));
        }
    }
    let width = |field: &str| fields.iter().find(|f| f.field == field).map_or(0.0, |f| f.width);
    // Sized for what it takes: two digits, a month's name, four digits.
    if width("surgery-day") < 40.0
        || width("surgery-day") >= width("surgery-year")
        || width("surgery-month") < width("surgery-year")
    {
        wg.fail(format!(
            "{where_}: the day field should be narrower than the year's, and the month's menu wide enough for a name: {fields:?}"
        ));
    }
    let months = wg.js(&format!(
        "{}?.options.length ?? 0",
        wg.q("[data-surgery=\"0\"] select[data-field=\"surgery-month\"]")
    ));
    if months != serde_json::json!(13) {
        wg.fail(format!(
            "{where_}: the month should be a menu of an empty choice and the twelve months; it has {months} options"
        ));
    }
    if fields[0].id != "ims-surgery-date-0" {
        wg.fail(format!(
            "{where_}: the first date field should have the id `ims-surgery-date-0` (where a link to the date lands); it has `{}`",
            fields[0].id
        ));
    }
    let (legend, hint) = wg.surgery_date_group(0);
    if legend.is_empty() || !hint.contains(hint_words) || !hint.contains(example) {
        wg.fail(format!(
            "{where_}: the date's group should have a legend and a hint in words (\"{hint_words}\", \"{example}\"); legend {legend:?}, hint {hint:?}"
        ));
    }
}

#[test]
fn an_operation_date_is_typed_in_the_languages_order_with_the_format_in_words() {
    let site = Site::demo("operation-date-order", DESKTOP);
    let wg = to_operations(&site, "en");
    expect_date_fields_in_order(&wg, "en", "English, desktop");
    wg.type_surgery_date(0, ["15", "3", "2026"]);
    wg.switch_lang("fr");
    expect_date_fields_in_order(&wg, "fr", "French after a switch");
    let held: Vec<(String, String)> = wg
        .surgery_date_fields(0)
        .into_iter()
        .map(|f| (f.field, f.value))
        .collect();
    let want = [("surgery-day", "15"), ("surgery-month", "3"), ("surgery-year", "2026")]
        .map(|(f, v)| (f.to_string(), v.to_string()));
    if held != want {
        wg.fail(format!(
            "a change of language should keep the date as typed, each part in its field: {held:?}"
        ));
    }
    wg.expect_clean();

    let phone = Site::demo_phone("operation-date-order-phone");
    let wg = to_operations(&phone, "fr");
    expect_date_fields_in_order(&wg, "fr", "French, phone");
    wg.expect_clean();
}

/// After Next, an impossible date, a two-digit year and a date after today
/// each get their own message on their own row, naming the operation and
/// the part; only the fields at fault are marked invalid, each described by
/// its row's message.
#[test]
fn an_impossible_and_a_future_operation_date_are_named_on_their_rows() {
    let site = Site::demo("operation-date-errors", DESKTOP);
    let wg = to_operations(&site, "en");
    let tomorrow = add_days(&wg.today(), 1);
    let last_month = add_days(&wg.today(), -30);
    wg.surgeries(&[
        ("knee-left", &last_month),
        ("knee-left", &tomorrow),
        ("thigh-left", &last_month),
    ]);
    wg.type_surgery_date(0, ["31", "2", "2026"]);
    wg.type_surgery_date(2, ["15", "3", "26"]);
    wg.next_blocked("health", "surgeries");
    let expect_row = |i: usize, message: &str, invalid: &[&str]| {
        let alerts = wg.surgery_row_messages(i);
        if alerts.len() != 1 || alerts[0] != message {
            wg.fail(format!(
                "operation row {} should say {message:?}; its alerts are {alerts:?}",
                i + 1
            ));
        }
        for f in wg.surgery_date_fields(i) {
            let marked = invalid.contains(&f.field.as_str());
            if f.invalid != marked || (marked && f.described_by != message) {
                wg.fail(format!(
                    "operation row {}: `{}` should {}be aria-invalid{}: {f:?}",
                    i + 1,
                    f.field,
                    if marked { "" } else { "not " },
                    if marked {
                        format!(" and described by {message:?}")
                    } else {
                        String::new()
                    }
                ));
            }
        }
    };
    expect_row(
        0,
        "February 31, 2026 is not a real date. Please check the day of operation 1.",
        &["surgery-day"],
    );
    expect_row(
        1,
        "The date of operation 2 is in the future. Please enter the date of an operation you have had.",
        &["surgery-month", "surgery-day", "surgery-year"],
    );
    expect_row(
        2,
        "The year of operation 3 must have 4 digits, for example 2026.",
        &["surgery-year"],
    );
    // Fixed, the rows lead to the result.
    let [d, m, y] = typed_parts(&last_month);
    for i in 0..3 {
        wg.type_surgery_date(i, [&d, &m, &y]);
    }
    wg.next();
    wg.expect_outcome("wait", Some(&add_months(&last_month, 3)));
    wg.expect_clean();
}

/// A day a few weeks before `today` (3 to 7 weeks) whose day of the month
/// could also be read as a month (1 to 12) and differs from its own month,
/// as 5 November is: the date a visitor mixing day and month would get wrong.
fn a_day_that_reads_as_a_month(today: &str) -> String {
    (21..=49)
        .map(|n| add_days(today, -n))
        .find(|date| {
            let [day, month, _] = typed_parts(date);
            day.parse::<u32>().is_ok_and(|d| d <= 12) && day != month
        })
        .unwrap_or_else(|| panic!("no day from 1 to 12 in the seven weeks before {today}"))
}

/// "No day/month mix-up": an English visitor enters an operation at the
/// knee a few weeks ago, such as 5 / November / 2026, picking the month by
/// name; before going on the row reads the date back in words ("Date
/// entered: November 5, 2026"), and the result is `wait` until three
/// months after it. The same in French, read back as "5 novembre 2026".
#[test]
fn an_operation_date_with_the_month_by_name_is_read_back_and_gives_wait() {
    for lang in ["en", "fr"] {
        let site = Site::demo(&format!("operation-date-read-back-{lang}"), DESKTOP);
        let wg = to_operations(&site, lang);
        let operated = a_day_that_reads_as_a_month(&wg.today());
        wg.surgeries(&[("knee-left", &operated)]);
        let (read_back, entered) = wg.surgery_date_entered(0);
        let want = if lang == "fr" {
            format!("Date entrée : {}", date_in_words(&operated, "fr"))
        } else {
            format!("Date entered: {}", date_in_words(&operated, "en"))
        };
        if read_back != want || entered != operated {
            wg.fail(format!(
                "{lang}: the row should read the date back as {want:?} ({operated}); it reads {read_back:?} ({entered:?})"
            ));
        }
        wg.next();
        wg.expect_outcome("wait", Some(&add_months(&operated, 3)));
        wg.expect_clean();
    }
}

/// "A Persian visitor cannot pass a Solar Hijri year as a date long ago":
/// in Persian the date's hint says the date is Gregorian (میلادی, not
/// شمسی), and a visitor who types the Solar Hijri date of an operation a
/// few weeks ago (1 / Dey, the tenth month / 1404, in Persian digits) is
/// stopped on the operations' page: the row asks to check the year, in
/// Persian, and marks the year field alone. Typed in the Gregorian
/// calendar, the operation gives `wait`.
#[test]
fn a_persian_visitor_typing_a_solar_hijri_year_is_asked_to_check_the_year() {
    let site = Site::clinic("operation-solar-hijri-year-fa", "fa", &["en", "fr", "fa"], DESKTOP);
    let wg = site.clinic_widget();
    let fa = Pack::read("fa");
    wg.to_operations("knee-left");
    let (_, hint) = wg.surgery_date_group(0);
    if !hint.contains("میلادی") || !hint.contains("نه شمسی") {
        wg.fail(format!(
            "the Persian date hint should say the date is Gregorian, not Solar Hijri: {hint:?}"
        ));
    }
    wg.surgery_row(0, "knee-left", &add_days(&wg.today(), -21));
    wg.type_surgery_date(0, ["۱", "10", "۱۴۰۴"]);
    let (read_back, _) = wg.surgery_date_entered(0);
    if !read_back.is_empty() {
        wg.fail(format!(
            "a year before 1900 is no date to read back; the row reads {read_back:?}"
        ));
    }
    wg.next_blocked("health", "surgeries");
    let want = fa
        .text("words.err_year_too_early")
        .replace("{year}", &fa.number(1404))
        .replace("{op}", fa.text("words.surgery_the"));
    let messages = wg.surgery_row_messages(0);
    if messages != [want.clone()] {
        wg.fail(format!("the operation's row should say {want:?}; it says {messages:?}"));
    }
    for f in wg.surgery_date_fields(0) {
        if f.invalid != (f.field == "surgery-year") {
            wg.fail(format!("only the year should be marked invalid: {f:?}"));
        }
    }
    if wg.has("[data-outcome]") {
        wg.fail("a Solar Hijri year must never reach a result");
    }
    let operated = add_days(&wg.today(), -21);
    let [d, m, y] = typed_parts(&operated);
    wg.type_surgery_date(0, [&d, &m, &y]);
    wg.next();
    wg.expect_outcome("wait", Some(&add_months(&operated, 3)));
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// The result checks themselves

/// A fault planted in the result's markup: what it is, the JavaScript that
/// plants it and the one that undoes it (`ROOT` standing for the shadow
/// root), and the check that must catch it.
type Fault = (&'static str, &'static str, &'static str, fn(&Widget<'_>));

#[test]
fn the_result_checks_catch_a_result_that_breaks_the_display_rules() {
    // Proof the checks above can fail: on a real talk-first result (left
    // forearm not-suitable, neck talk-first), each fault planted in the
    // markup must make the check that covers it fail, and the page passes
    // again once the fault is undone. (Each caught failure prints its
    // message and saves a screenshot, as any failure does.)
    let site = Site::demo("result-checks-self-test", DESKTOP);
    let wg = site.demo_widget();
    let expected = wg.journey_to("talk-first");
    wg.expect_result_page(&expected);
    let root = wg.root_js();
    let faults: [Fault; 6] = [
        (
            "the neck reads suitable",
            "(() => { const e = ROOT.querySelector('[data-region-outcome=talk-first]'); e.dataset.regionOutcome = 'suitable'; return true; })()",
            "(() => { const e = ROOT.querySelector('[data-region=neck][data-region-outcome]'); e.dataset.regionOutcome = 'talk-first'; return true; })()",
            |wg| wg.expect_places_never_better(),
        ),
        (
            "the neck carries .ims-place--suitable",
            "(ROOT.querySelector('[data-region=neck][data-region-outcome]').classList.add('ims-place--suitable'), true)",
            "(ROOT.querySelector('[data-region=neck][data-region-outcome]').classList.remove('ims-place--suitable'), true)",
            |wg| wg.expect_places_never_better(),
        ),
        (
            "the neck carries the map's go mark",
            "(ROOT.querySelectorAll('.ims-result-map path[data-region=neck][data-mark]').forEach(p => p.dataset.mark = 'go'), true)",
            "(ROOT.querySelectorAll('.ims-result-map path[data-region=neck][data-mark]').forEach(p => p.dataset.mark = 'caution'), true)",
            |wg| wg.expect_places_never_better(),
        ),
        (
            "a booking link on a talk-first result",
            "(() => { const a = document.createElement('a'); a.id = 'planted'; a.dataset.action = 'book'; \
              a.href = 'https://booking.example.com/harbourside/ims-assessment'; ROOT.querySelector('.ims-actions').append(a); return true; })()",
            "(ROOT.querySelector('#planted').remove(), true)",
            |wg| wg.expect_handoff("talk-first"),
        ),
        (
            "the email and phone in the other order",
            "(() => { const x = ROOT.querySelector('.ims-actions'); x.prepend(x.querySelector('[data-action=email]')); return true; })()",
            "(() => { const x = ROOT.querySelector('.ims-actions'); x.prepend(x.querySelector('[data-action=call]')); return true; })()",
            |wg| wg.expect_handoff("talk-first"),
        ),
        (
            "no \"What to expect\" on a talk-first result",
            "(ROOT.querySelector('[data-section=expect]').dataset.section = 'planted', true)",
            "(ROOT.querySelector('[data-section=planted]').dataset.section = 'expect', true)",
            |wg| wg.expect_what_to_expect_for("talk-first"),
        ),
    ];
    for (what, plant, undo, check) in faults {
        wg.js(&plant.replace("ROOT", root));
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&wg))).is_err();
        wg.js(&undo.replace("ROOT", root));
        if !caught {
            wg.fail(format!("the result checks passed although {what}"));
        }
        check(&wg);
    }
    wg.expect_result_page(&expected);
}

// ---------------------------------------------------------------------------
// Validation, Back and Restart

#[test]
fn next_is_refused_until_required_answers_are_given() {
    let site = Site::demo("validation", DESKTOP);
    let wg = site.demo_widget();
    wg.next_blocked("warning", "red-flags-general");
    wg.pass_warning();
    // No place: the list of problems links to the map.
    wg.next_blocked("where", "regions");
    wg.follow_error_link("regions");
    // A back region makes back-cancer-flags required.
    wg.region_in_list("mid-back");
    wg.next_to_page("about");
    wg.next_blocked("where", "back-cancer-flags");
    wg.answer("back-cancer-flags", "no");
    wg.next_to("health");
    wg.next_blocked("health", "for-whom");
    wg.answer("for-whom", "me");
    wg.next_page();
    // A checklist needs a tick, or "None of these".
    wg.next_blocked("health", "check-illnesses");
    // lymphoedema = yes asks where (on the page after); no place ticked is an error.
    wg.fill_health(&[("lymphoedema", "yes")]);
    wg.next_blocked("health", "lymphoedema-regions");
    wg.back_to_page("operations-skin");
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
    let site = Site::demo("back-restart", DESKTOP);
    let wg = site.demo_widget();
    let none = "[data-question=\"red-flags-general\"] [data-answer=\"none\"]";
    let dur = "[data-question=\"duration\"] [data-answer=\"over-3-months\"]";
    let bleed = "[data-check=\"bleeding\"]";
    let visit = Visit::new()
        .map("neck")
        .list("wrist-hand-right")
        .about("duration", "over-3-months")
        .health("bleeding", "yes");
    wg.enter(&visit);

    // Back page by page: every answer is still there.
    wg.back_to_page("about");
    if !wg.is_checked(dur) {
        wg.fail("after Back, the duration answer `over-3-months` was lost");
    }
    wg.back_to_page("places");
    wg.expect_region_chosen("neck", true);
    wg.expect_region_chosen("wrist-hand-right", true);
    // Each page of warning signs keeps its own "None of these".
    for page in ["warning-more", "warning"] {
        wg.back_to_page(page);
        if !wg.is_checked(none) {
            wg.fail(format!("after Back, the `none` tick on page `{page}` was lost"));
        }
    }
    // And forward again: still there, and the result uses them.
    wg.next_to("where");
    wg.expect_region_chosen("neck", true);
    wg.next_to("health");
    wg.reach_question("bleeding");
    if !wg.is_checked(bleed) {
        wg.fail("after Back and Next, the answer bleeding = yes was lost");
    }
    wg.next_to_page("operations-skin");
    wg.next();
    wg.expect_outcome("talk-first", None);
    // bleeding = yes is a whole-visit effect: both places are talk-first,
    // so they do not differ and neither reads suitable.
    wg.expect_no_place_list();
    wg.expect_places_never_better();

    // Restart: back to step 1 with nothing chosen, anywhere.
    wg.restart();
    wg.expect_step("warning");
    let ticked = wg.js(&format!(
        "{}.map(e => e.dataset.answer || e.dataset.region || e.name)",
        wg.qa("input:checked")
    ));
    if ticked != serde_json::json!([]) {
        wg.fail(format!(
            "after Restart the emergency screen should have nothing ticked; ticked: {ticked}"
        ));
    }
    wg.pass_warning();
    wg.expect_region_chosen("neck", false);
    wg.expect_region_chosen("wrist-hand-right", false);
    let ticked = wg.js(&format!(
        "{}.map(e => e.dataset.answer || e.dataset.region || e.name)",
        wg.qa("input:checked, [aria-checked=true]")
    ));
    if ticked != serde_json::json!([]) {
        wg.fail(format!(
            "after Restart the where step should have nothing chosen; chosen: {ticked}"
        ));
    }
    wg.region_in_list("calf-left");
    wg.next_to("health");
    let answered = wg.js(&format!(
        "{}.map(e => e.closest('[data-question]')?.dataset.question + '=' + e.dataset.answer)",
        wg.qa("[data-step=health] input:checked")
    ));
    if answered != serde_json::json!([]) {
        wg.fail(format!(
            "after Restart the health step should have no answers; found {answered}"
        ));
    }
    wg.fill_health(&[]);
    wg.next();
    wg.expect_outcome("suitable", None);
    wg.expect_clean();
}

/// On a phone, a blocked Next puts the list of problems where the visitor is
/// looking: at the top of the page, in view, focused; each of its links
/// moves the focus into its question and brings the question into view.
#[test]
fn a_blocked_next_lists_the_problems_at_the_top_and_each_link_reaches_its_question_on_a_phone() {
    let site = Site::demo("error-summary-phone", PHONE);
    let wg = site.demo_widget();
    for lang in ["en", "fr"] {
        if lang == "fr" {
            wg.restart();
            wg.switch_lang("fr");
        }
        wg.to_health(&Visit::new().list("neck"));
        wg.answer("for-whom", "me");
        wg.next_page();
        // "Yes" without saying which, then cancer ticked without saying when.
        wg.act("[data-check=\"some\"]");
        wg.settled();
        wg.next_blocked("health", "check-illnesses");
        let in_view = wg.js(&format!(
            "((e) => {{ const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight / 2; }})({})",
            wg.q(".ims-error-summary")
        ));
        if in_view != serde_json::json!(true) {
            wg.fail(format!(
                "{lang}: the list of problems is not in the top half of the phone's screen"
            ));
        }
        for problem in ["check-illnesses", "active-cancer"] {
            let links = wg.count(".ims-error-summary a");
            if links != 1 {
                wg.fail(format!(
                    "{lang}: the checklist has 1 problem (`{problem}`); the list links {links}"
                ));
            }
            // The line names its problem, as the message beside it does.
            wg.expect_error_summary_names(problem);
            wg.follow_error_link(problem);
            if problem == "check-illnesses" {
                // The link lands on the first box "Yes" shows.
                if !wg.has_focus("[data-check=\"active-cancer\"]") {
                    wg.fail(format!(
                        "{lang}: the link for which ones should focus the first box under \"Yes\""
                    ));
                }
                wg.act("[data-check=\"active-cancer\"]");
                wg.settled();
                wg.next_blocked("health", "active-cancer");
            }
        }
        // Answering takes its problem off the list.
        wg.answer("active-cancer", "survivor");
        if wg.count(".ims-error-summary a") != 0 {
            wg.fail(format!(
                "{lang}: after saying when, cancer's line should leave the list"
            ));
        }
    }
    wg.expect_clean();
}

/// One item "yes" and another "not sure" on the same checklist: under
/// "Yes", the box "I'm not sure about another one" lists the items not
/// ticked; both reach the clinic in what to tell them.
#[test]
fn a_checklist_takes_one_item_yes_and_another_not_sure() {
    let site = Site::demo("yes-and-not-sure", DESKTOP);
    let wg = site.demo_widget();
    wg.to_first_checklist("neck");
    wg.act("[data-check=\"some\"]");
    wg.act("[data-check=\"epilepsy\"]");
    wg.act("[data-check=\"also-unsure\"]");
    // The ticked item is not offered again as unsure.
    if wg.has("[data-checklist-unsure] [data-unsure=\"epilepsy\"]") {
        wg.fail("the item ticked under \"Yes\" is offered again as \"not sure\"");
    }
    wg.act("[data-unsure=\"immune\"]");
    if !wg.is_checked("[data-check=\"some\"]") || wg.is_checked("[data-check=\"not-sure\"]") {
        wg.fail("picking the unsure item should keep \"Yes\" the list's answer");
    }
    wg.next_page();
    wg.fill_health(&[]);
    wg.next();
    wg.expect_outcome("talk-first", None);
    wg.expect_tell_the_clinic(
        &["immune/not-sure", "epilepsy/yes"],
        &["a weak immune system (not sure)", "epilepsy or seizures"],
    );
    wg.expect_clean();
}

/// "Start over" sits apart from Back and Next (at the far end of Back's
/// row) and asks first: the answers
/// stay until "Yes, start over"; "No, keep my answers" keeps everything.
#[test]
fn start_over_asks_before_it_clears_the_answers() {
    let site = Site::demo("start-over", DESKTOP);
    let wg = site.demo_widget();
    let operated = "[data-unsure=\"surgery\"]";
    wg.enter(&Visit::new().list("neck").health("surgery", "not-sure"));
    wg.expect_restart_apart();

    // Pressing it keeps the step (checked by ask_restart) and the answers.
    wg.ask_restart();
    if !wg.is_checked(operated) {
        wg.fail("pressing Start over cleared the answer surgery = not-sure before any confirmation");
    }
    let question = wg.text("[data-confirm=restart]");
    for words in [
        "Start over? Your answers will be cleared.",
        "Yes, start over",
        "No, keep my answers",
    ] {
        if !question.contains(words) {
            wg.fail(format!("the question should read {words:?}; it reads {question:?}"));
        }
    }

    wg.keep_answers();
    if wg.current_step().as_deref() != Some("health") {
        wg.fail("after \"No, keep my answers\" the health step should still show");
    }
    if !wg.is_checked(operated) {
        wg.fail("after \"No, keep my answers\" the answer surgery = not-sure was lost");
    }
    wg.back_to_page("places");
    wg.expect_region_chosen("neck", true);

    wg.restart();
    wg.expect_heading_focused("warning");
    wg.pass_warning();
    wg.expect_region_chosen("neck", false);
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// French

/// French sets a no-break space before a colon: the result's source lines
/// read "Source : …" with U+00A0, never a line break before the colon.
#[test]
fn french_source_lines_keep_the_space_before_the_colon() {
    let site = Site::demo("french-colon", DESKTOP);
    let wg = site.demo_widget();
    wg.switch_lang("fr");
    wg.journey_to("talk-first");
    let lines = wg.source_lines();
    if lines.is_empty()
        || lines
            .iter()
            .any(|line| !line.starts_with("Source\u{a0}: ") || line.len() <= 10)
    {
        wg.fail(format!(
            "each French source line should read \"Source\\u{{a0}}: …\"; got {lines:?}"
        ));
    }
    wg.expect_clean();
}

#[test]
fn french_journey_reaches_a_french_result() {
    let site = Site::demo("french", DESKTOP);
    let wg = site.demo_widget();
    let english_title = wg.text("[data-step=warning] h2");
    wg.switch_lang("fr");
    wg.expect_progress("warning");
    let french_title = wg.text("[data-step=warning] h2");
    if french_title == english_title {
        wg.fail(format!("the step heading did not change language: {french_title:?}"));
    }
    wg.visit(&Visit::new().map("hip-right"), "suitable", None);
    if wg.lang() != "fr" {
        wg.fail(format!(
            "the result should still be in French; .ims lang is {:?}",
            wg.lang()
        ));
    }
    let text = wg.text("[data-step=result]").replace('\u{2019}', "'");
    if !text.contains("L'IMS pourrait vous convenir") {
        wg.fail(format!(
            "the French result should tell the level's message (\"L'IMS pourrait vous convenir. Prenez rendez-vous pour une évaluation.\"); result text: {text:?}"
        ));
    }
    if text.contains("IMS may suit you") {
        wg.fail(format!(
            "the French result still shows the English message; text: {text:?}"
        ));
    }
    wg.expect_handoff("suitable");
    // And back to English.
    wg.switch_lang("en");
    wg.check_outcome("suitable", None);
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// Phone with touch

#[test]
fn phone_journey_by_touch() {
    let site = Site::demo_phone("phone-touch");
    let wg = site.demo_widget();
    wg.expect_fits("warning");
    wg.pass_warning();
    wg.expect_fits("where");
    wg.region_on_map("shoulder-left");
    wg.region_in_list("upper-back");
    wg.answer("back-cancer-flags", "no");
    wg.next_to("health");
    wg.expect_fits("health");
    wg.fill_health(&[("surgery", "yes")]);
    let surgery = add_days(&wg.today(), -10);
    wg.surgeries(&[("shoulder-left", &surgery)]);
    wg.next();
    // shoulder-left: site → wait until D + 3 months; upper-back is next to the
    // shoulder → wait until D + 42 days; overall: the earliest.
    wg.expect_outcome("wait", Some(&add_days(&surgery, 42)));
    wg.expect_fits("result");
    wg.expect_region_outcome("shoulder-left", "wait", Some(&add_months(&surgery, 3)));
    wg.expect_region_outcome("upper-back", "wait", Some(&add_days(&surgery, 42)));
    wg.expect_handoff("wait");
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// The rows the second clinical review changed (facts, revised 2026-12-06),
// in English, French and Persian (right to left)

/// The languages the new rows' journeys go through.
const NEW_ROWS_LANGS: [&str; 3] = ["en", "fr", "fa"];

/// A copy of dist/ with the demo clinic's page in `lang`, offering the
/// languages of [`NEW_ROWS_LANGS`], open at desktop size.
fn clinic_in(name: &str, lang: &str) -> Site {
    Site::clinic(name, lang, &NEW_ROWS_LANGS, DESKTOP)
}

/// The demo clinic's widget in `lang`, on its first step.
fn widget_in<'a>(site: &'a Site, lang: &str) -> Widget<'a> {
    let wg = site.clinic_widget();
    if wg.lang() != lang {
        wg.fail(format!(
            "the page in {lang:?} should start the check in it; it speaks {:?}",
            wg.lang()
        ));
    }
    wg
}

/// A text of the default protocol in `lang`: the English given, or the
/// shipped pack's words.
fn text_in(lang: &str, key: &str, en: &str) -> String {
    if lang == "en" {
        en.to_string()
    } else {
        Pack::read(lang).text(key).to_string()
    }
}

/// `text` with every run of white space as one space.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The result's reason for `rule` is at `level`, and its text (question,
/// answer, note and source, as shown) holds each of `words`.
#[track_caller]
fn expect_reason_saying(wg: &Widget, rule: &str, level: &str, words: &[String]) {
    match wg.reason(rule) {
        Some((got, _)) if got == level => {}
        other => wg.fail(format!(
            "the result should give the reason {rule} at {level}; found {other:?} among {:?}",
            wg.reason_rules()
        )),
    }
    let shown = squash(&wg.text(&format!(".ims-reason[data-rule=\"{rule}\"]")));
    for word in words {
        if !shown.contains(&squash(word)) {
            wg.fail(format!("the reason {rule} should say {word:?}; it reads {shown:?}"));
        }
    }
}

/// The result's headline text (`.ims-verdict-text`) is the level's text in
/// the widget's language.
#[track_caller]
fn expect_level_text(wg: &Widget, lang: &str, level: &str, en: &str) {
    let want = text_in(lang, &format!("text.level-{level}"), en);
    let got = squash(&wg.text(".ims-verdict-text"));
    if got != squash(&want) {
        wg.fail(format!(
            "a {level} result in {lang} should read {want:?}; it reads {got:?}"
        ));
    }
}

/// "`fever` → `urgent` when neck, upper-back, mid-back or low-back is
/// selected": a fever with low back pain sends the visitor for care today,
/// the reason naming the spinal infection warning signs; the first step
/// shows the revised chest pain and serious injury items.
#[test]
fn a_fever_with_low_back_pain_is_urgent_in_english_french_and_persian() {
    for lang in NEW_ROWS_LANGS {
        let site = clinic_in(&format!("fever-low-back-{lang}"), lang);
        let wg = widget_in(&site, lang);
        for (item, en) in [
            ("chest-pain", "Tick it even with no other signs."),
            ("major-trauma", "serious injury"),
        ] {
            // The serious injury is on the second page of signs.
            let sel = format!("[data-question=\"red-flags-general\"] label:has([data-answer=\"{item}\"])");
            if !wg.has(&sel) {
                wg.answer("red-flags-general", "none");
                wg.next_page();
            }
            let label = squash(&wg.text(&sel));
            let want = text_in(lang, &format!("answer.red-flags-general.{item}.label"), en);
            let want = if lang == "en" { want } else { squash(&want) };
            if !label.contains(&want) {
                wg.fail(format!(
                    "the {item} item in {lang} should read {want:?}; it reads {label:?}"
                ));
            }
        }
        if wg.current_page().as_deref() == Some("warning-more") {
            wg.back_to_page("warning");
        }
        let visit = Visit::new()
            .map("low-back")
            .about("back-cancer-flags", "no")
            .health("unwell-now", "fever");
        wg.visit(&visit, "urgent", None);
        expect_level_text(
            &wg,
            lang,
            "urgent",
            "Go today to an emergency department or an urgent and primary care centre (UPCC). Do not wait for a regular appointment. If it gets worse, call the emergency number.",
        );
        expect_reason_saying(
            &wg,
            "unwell-now/fever",
            "urgent",
            &[text_in(
                lang,
                "answer.unwell-now.fever.when-regions.source",
                "Medical warning signs of an infection in the spine.",
            )],
        );
        if lang != "fa" {
            wg.expect_handoff("urgent");
        }
        wg.expect_clean();
    }
}

/// The same fever with only a knee is talk-first: the spine's level is for
/// the neck and the back alone.
#[test]
fn a_fever_with_knee_pain_only_is_talk_first() {
    let site = Site::demo("fever-knee", DESKTOP);
    let wg = site.demo_widget();
    wg.visit(
        &Visit::new().list("knee-left").health("unwell-now", "fever"),
        "talk-first",
        None,
    );
    expect_reason_saying(
        &wg,
        "unwell-now/fever",
        "talk-first",
        &["Safety guidance for dry needling.".to_string()],
    );
    wg.expect_handoff("talk-first");
    wg.expect_clean();
}

/// "`implant` `yes` → talk-first; the result notes that the clinic will not
/// use electrical current through the needle without checking".
#[test]
fn an_implanted_device_means_talk_first_in_english_french_and_persian() {
    for lang in NEW_ROWS_LANGS {
        let site = clinic_in(&format!("implant-{lang}"), lang);
        let wg = widget_in(&site, lang);
        wg.visit(
            &Visit::new().list("shoulder-left").health("implant", "yes"),
            "talk-first",
            None,
        );
        expect_level_text(&wg, lang, "talk-first", "Please call the clinic before you book.");
        expect_reason_saying(
            &wg,
            "implant/yes",
            "talk-first",
            &[
                text_in(
                    lang,
                    "answer.implant.yes.note",
                    "The clinic will not use an electric current through the needle without checking first.",
                ),
                text_in(
                    lang,
                    "question.implant.source",
                    "Safety guidance for dry needling near a device in the body.",
                ),
            ],
        );
        wg.expect_handoff("talk-first");
        wg.expect_clean();
    }
}

/// "`chest-cause` `yes`: the see-doctor result carries the locked safety
/// net": checked by a doctor soon, before any needling; call the emergency
/// number now if chest pain comes at rest, gets worse or lasts more than a
/// few minutes.
#[test]
fn chest_pain_of_unknown_cause_carries_the_safety_net_in_english_french_and_persian() {
    for lang in NEW_ROWS_LANGS {
        let site = clinic_in(&format!("chest-safety-net-{lang}"), lang);
        let wg = widget_in(&site, lang);
        wg.visit(
            &Visit::new().list("chest").about("chest-cause", "yes"),
            "see-doctor",
            None,
        );
        expect_level_text(
            &wg,
            lang,
            "see-doctor",
            "See your family doctor or nurse practitioner soon, within a few days, before you book any needling. No family doctor? Call the nurse line or go to an urgent and primary care centre (UPCC).",
        );
        expect_reason_saying(
            &wg,
            "chest-cause/yes",
            "see-doctor",
            &[text_in(
                lang,
                "answer.chest-cause.yes.note",
                "Get your chest pain checked by a doctor soon, before any needling. If chest pain comes on at rest, gets worse, or lasts more than a few minutes, call the emergency number now.",
            )],
        );
        wg.expect_clean();
    }
}
