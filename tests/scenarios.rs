//! One named, data-driven case per row of the screening facts, plus the
//! boundary dates of the surgery windows. Each case is a file
//! `tests/scenarios/<name>.json` holding a scenario (the `evaluate` input,
//! given as what it changes in the defaults) and either the `expected`
//! outcome JSON or an `expected-error` text; and, when a reason's note
//! matters (a safety net), `expected-notes`: the English words the note of
//! each named rule's answer holds (the result and the summary show the note
//! of each reason).
//!
//! Every case starts from `tests/scenarios/defaults.json`: pain at the left
//! knee, each question every visitor is asked given the answer of one with
//! nothing to report, and a fixed today. A case's `scenario` gives only what its
//! case changes: a key given (`today`, `regions`, `surgeries`, …) replaces
//! the default's; under `answers`, an answer given replaces that question's
//! and `null` leaves the question unanswered. Giving a default's own value
//! again is refused, so a case shows only what it tests. A case about what
//! is left out of a whole scenario says `"defaults": false`, and its
//! `scenario` is taken as written.

use std::path::{Path, PathBuf};

use ims_checker::cli::evaluate_text;
use ims_checker::protocol::default_protocol;
use serde_json::{Map, Value};

/// The file every case starts from; it is no case itself.
const DEFAULTS: &str = "defaults";

fn case_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios")
        .join(format!("{name}.json"))
}

fn read_case(name: &str) -> Value {
    let path = case_path(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// An object of the case's JSON at `field`, or a failure naming it.
fn object<'a>(name: &str, value: &'a Value, field: &str) -> &'a Map<String, Value> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("{name}: {field} should be an object, not {value}"))
}

/// The scenario `name` evaluates: its changes laid over the defaults' (or,
/// with `"defaults": false`, its own as written).
fn scenario_of(name: &str, case: &Value) -> Value {
    let changes = object(name, &case["scenario"], "scenario");
    match case.get("defaults") {
        None => {}
        Some(Value::Bool(false)) => return case["scenario"].clone(),
        Some(other) => panic!("{name}: \"defaults\" can only be false (the scenario as written), not {other}"),
    }
    let defaults = read_case(DEFAULTS);
    let mut scenario = object(DEFAULTS, &defaults["scenario"], "scenario").clone();
    for (key, value) in changes {
        if key != "answers" {
            assert_ne!(
                scenario.get(key),
                Some(value),
                "{name}: {key} gives the default's own value"
            );
            scenario.insert(key.clone(), value.clone());
            continue;
        }
        let answers = scenario
            .entry("answers")
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .unwrap_or_else(|| panic!("{DEFAULTS}: answers should be an object"));
        for (question, answer) in object(name, value, "answers") {
            match (answer, answers.get(question)) {
                (Value::Null, Some(_)) => {
                    answers.remove(question);
                }
                (Value::Null, None) => panic!("{name}: answers.{question} is null, but no default answers it"),
                (answer, Some(default)) if answer == default => {
                    panic!("{name}: answers.{question} gives the default's own answer {answer}")
                }
                (answer, _) => {
                    answers.insert(question.clone(), answer.clone());
                }
            }
        }
    }
    Value::Object(scenario)
}

fn run_case(name: &str) {
    let case = read_case(name);
    let description = case["description"].as_str().expect("each case has a description");
    let scenario = serde_json::to_string(&scenario_of(name, &case)).expect("scenario serialises");
    let protocol = default_protocol();
    let result = evaluate_text(&protocol, &scenario, None);
    match (case.get("expected"), case.get("expected-error")) {
        (Some(expected), None) => {
            let outcome =
                result.unwrap_or_else(|errors| panic!("{name} ({description}): unexpected errors {errors:#?}"));
            let got = serde_json::to_value(&outcome).expect("outcome serialises");
            assert_eq!(&got, expected, "{name}: {description}\ngot: {got:#}");
            check_notes(name, &case, &protocol, &got);
        }
        (None, Some(Value::String(expected_error))) => {
            let errors = match result {
                Ok(outcome) => panic!("{name} ({description}): expected an error, got {outcome:#?}"),
                Err(errors) => errors,
            };
            assert!(
                errors.iter().any(|e| e.contains(expected_error.as_str())),
                "{name} ({description}): no error contains {expected_error:?}: {errors:#?}"
            );
        }
        _ => panic!("{name}: give exactly one of \"expected\" and \"expected-error\""),
    }
}

/// Each rule in `expected-notes` is a reason of the outcome, and its
/// answer's note holds the words given.
fn check_notes(name: &str, case: &Value, protocol: &ims_checker::protocol::Protocol, got: &Value) {
    let Some(notes) = case.get("expected-notes").and_then(Value::as_object) else {
        return;
    };
    for (rule, words) in notes {
        let reasons = got["reasons"].as_array().cloned().unwrap_or_default();
        assert!(
            reasons.iter().any(|r| r["rule"] == rule.as_str()),
            "{name}: {rule} is not a reason of {got:#}"
        );
        let (question, answer) = rule.split_once('/').expect("a rule is question/answer");
        let note = protocol
            .answer(question, answer)
            .and_then(|a| a.note.as_ref())
            .map(|n| n.en.as_str())
            .unwrap_or_default();
        let words = words.as_str().expect("a note's words are a string");
        assert!(
            note.contains(words),
            "{name}: the note of {rule} is {note:?}, not {words:?}"
        );
    }
}

/// The defaults alone are the all-clear visit: suitable, at the one place,
/// for no reason.
#[test]
fn the_defaults_are_all_clear() {
    let defaults = read_case(DEFAULTS);
    let scenario = serde_json::to_string(&defaults["scenario"]).expect("scenario serialises");
    let outcome = evaluate_text(&default_protocol(), &scenario, None).expect("the defaults evaluate");
    let got = serde_json::to_value(&outcome).expect("outcome serialises");
    assert_eq!(
        got,
        serde_json::json!({
            "level": "suitable",
            "regions": { "knee-left": { "level": "suitable" } },
            "reasons": [],
            "handoff": ["book", "call"]
        })
    );
}

macro_rules! cases {
    ($($name:ident,)*) => {
        $(
            #[test]
            fn $name() {
                run_case(&stringify!($name).replace('_', "-"));
            }
        )*

        /// Every file in tests/scenarios/ but the defaults is run by a named test above.
        #[test]
        fn every_scenario_file_has_a_named_case() {
            let named: Vec<String> = [$(stringify!($name)),*].iter().map(|n| n.replace('_', "-")).collect();
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
            let mut files = 0;
            for entry in std::fs::read_dir(&dir).expect("tests/scenarios exists") {
                let path = entry.expect("directory entry").path();
                if path.extension().and_then(|e| e.to_str()) != Some("json") {
                    continue;
                }
                let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
                if stem == DEFAULTS {
                    continue;
                }
                files += 1;
                assert!(named.contains(&stem), "{} has no named case in tests/scenarios.rs", path.display());
            }
            assert_eq!(files, named.len(), "one file per named case");
        }
    };
}

cases! {
    red_flags_stiff_neck_fever,
    lymphoedema_forearm_rules_out_the_whole_arm,
    lymphoedema_limb_id,
    lymphoedema_limb_covers_every_chosen_place,
    surgery_elsewhere_adds_nothing,
    surgery_widespread_only_elsewhere_recent,
    surgery_widespread_only_over_3_months,
    skin_infection_yes_widespread_only,
    region_level_includes_whole_visit_effects,
    pregnant_every_place_not_suitable,
    back_cancer_history_marks_every_place,
    wait_with_talk_first_says_call_before_booking,
    wait_without_talk_first_has_no_note,
    handoff_at_emergency,
    handoff_at_urgent,
    handoff_at_see_doctor,
    handoff_at_not_suitable,
    handoff_at_wait,
    handoff_at_talk_first,
    handoff_at_suitable,
    lymphoedema_yes_widespread_only,
    red_flags_chest_pain,
    red_flags_stroke_signs,
    red_flags_thunderclap_headache,
    red_flags_bladder_bowel,
    red_flags_major_trauma,
    red_flags_fever_spine,
    red_flags_progressive_weakness,
    red_flags_end_the_check,
    red_flags_most_severe_tick_wins,
    red_flags_none_is_suitable,
    red_flags_unanswered,
    back_cancer_flags_yes,
    back_cancer_flags_not_sure,
    back_cancer_flags_asked_for_mid_back,
    back_cancer_flags_not_asked_for_knee,
    chest_cause_yes,
    chest_cause_not_sure,
    chest_cause_asked_for_chest,
    active_cancer_yes,
    active_cancer_survivor,
    active_cancer_not_sure,
    needle_fear_severe,
    needle_fear_nervous,
    needle_fear_no,
    understanding_no,
    understanding_not_sure,
    for_whom_me_understanding_counts_as_yes,
    for_whom_someone_else_understanding_no,
    pregnant_yes,
    pregnant_not_sure,
    autoimmune_uncontrolled,
    autoimmune_controlled,
    autoimmune_not_sure,
    osteoporosis_severe,
    osteoporosis_mild_moderate,
    osteoporosis_not_sure,
    surgery_not_sure,
    surgery_site_inside_window,
    surgery_site_day_before_end,
    surgery_site_day_of_end,
    surgery_site_day_after_end,
    surgery_site_on_the_day,
    surgery_30_november_plus_3_months,
    surgery_30_november_day_of_end,
    surgery_30_november_leap_year,
    surgery_31_august_plus_3_months,
    surgery_adjacent_day_before_end,
    surgery_adjacent_day_of_end,
    surgery_adjacent_day_after_end,
    surgery_adjacent_across_leap_day,
    surgery_other_side_is_not_adjacent,
    surgery_far_region_no_effect,
    surgery_latest_date_wins,
    surgery_overall_wait_is_earliest,
    surgery_one_region_still_free,
    surgery_future_date,
    surgery_year_before_1900,
    surgery_solar_hijri_year,
    surgery_yes_needs_operations,
    bleeding_yes,
    bleeding_not_sure,
    lymphoedema_yes,
    lymphoedema_other_region_still_free,
    lymphoedema_not_sure,
    lymphoedema_yes_needs_regions,
    skin_infection_yes,
    skin_infection_not_sure,
    unwell_now_fever_neck,
    unwell_now_fever_upper_back,
    unwell_now_fever_mid_back,
    unwell_now_fever_low_back,
    unwell_now_fever_knee,
    unwell_now_fever_low_back_and_knee,
    unwell_now_fever_widespread_only,
    unwell_now_unwell,
    unwell_now_not_sure,
    unwell_now_yes_is_no_longer_an_answer,
    immune_yes,
    implant_yes,
    implant_no,
    implant_not_sure,
    implant_unanswered,
    diabetes_yes_poor_healing,
    diabetes_yes,
    epilepsy_yes,
    metal_allergy_yes,
    fainting_yes,
    combine_visit_effect_beats_free_regions,
    combine_region_beats_milder_visit,
    combine_not_suitable_beats_wait_in_a_region,
    combine_most_severe_visit_effect,
    widespread_only_has_no_regions,
    widespread_with_visit_effect,
    informational_answers_never_change_the_level,
    error_missing_required_answer,
    error_unknown_answer,
    error_no_regions,
}
