//! The built command-line tool, run as a clinic would run it: each kind of
//! bad input gives a clear message and a non-zero exit, never a panic.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_ims-checker"))
        .args(args)
        .output()
        .expect("the tool runs");
    Run {
        // A signal (a panic with panic = "abort") has no code: count it as a failure of the test.
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Writes `text` to a file of its own for this test.
fn file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ims-checker-cli-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

/// A clinic configuration the tests share with the WordPress plugin's
/// check (tests/e2e/tests/wordpress.rs runs each through both): `tests/configs/<name>`.
fn config_fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/configs")
        .join(name)
}

fn path_str(path: &std::path::Path) -> &str {
    path.to_str().expect("utf-8 temp path")
}

/// `validate` accepts `path` as the configuration of the clinic `name`.
fn assert_valid_configuration(path: &std::path::Path, name: &str) {
    let run = run(&["validate", path_str(path)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let said = format!("valid clinic configuration for \"{name}\"");
    assert!(run.stdout.contains(&said), "{}", run.stdout);
}

fn assert_fails_with(run: &Run, code: i32, message: &str) {
    assert_eq!(run.code, code, "exit status; stderr:\n{}", run.stderr);
    assert!(
        run.stderr.contains(message),
        "expected {message:?} in stderr:\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

const COMPLETE_ANSWERS: &str = r#""red-flags-general": ["none"], "active-cancer": "no", "needle-fear": "nervous",
    "understanding": "yes", "pregnant": "no", "autoimmune": "no", "osteoporosis": "no", "surgery": "yes",
    "bleeding": "no", "lymphoedema": "no", "skin-infection": "no", "unwell-now": "no", "immune": "no",
    "implant": "no", "diabetes": "no", "epilepsy": "no", "metal-allergy": "no", "fainting": "no", "back-cancer-flags": "no""#;

fn scenario(today: &str, regions: &str, surgeries: &str) -> String {
    format!(
        r#"{{"today": "{today}", "regions": {regions}, "answers": {{{COMPLETE_ANSWERS}}}, "surgeries": {surgeries}, "lymphoedema-regions": [], "skin-infection-regions": []}}"#
    )
}

fn good_scenario() -> String {
    scenario(
        "2026-11-22",
        r#"["low-back", "knee-left"]"#,
        r#"[{"region": "knee-left", "date": "2026-10-01"}]"#,
    )
}

// ------------------------------------------------------------------ general

#[test]
fn help_describes_every_command() {
    let run = run(&["--help"]);
    assert_eq!(run.code, 0);
    for command in [
        "validate FILE",
        "rules [--lang LANG]",
        "evaluate [--today YYYY-MM-DD]",
        "protocol",
        "pack LANG",
    ] {
        assert!(run.stdout.contains(command), "{command} in help:\n{}", run.stdout);
    }
}

#[test]
fn no_command_or_an_unknown_one_is_a_usage_error() {
    assert_fails_with(&run(&[]), 2, "no command given");
    assert_fails_with(&run(&["evalute"]), 2, "unknown command \"evalute\"");
    assert_fails_with(&run(&["validate"]), 2, "validate takes exactly one FILE");
}

// ------------------------------------------------------------------ evaluate

#[test]
fn evaluate_prints_the_outcome_json() {
    let path = file("good.json", &good_scenario());
    let run = run(&["evaluate", path_str(&path)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let outcome: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON on stdout");
    assert_eq!(
        outcome["level"], "suitable",
        "low-back is free, so the best the clinic can do is suitable"
    );
    assert_eq!(outcome["regions"]["knee-left"]["level"], "wait");
    assert_eq!(outcome["regions"]["knee-left"]["until"], "2027-01-01");
    assert_eq!(outcome["regions"]["low-back"]["level"], "suitable");
    assert!(
        outcome.get("until").is_none(),
        "until only when the overall level is wait"
    );
    let rules: Vec<&str> = outcome["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .filter_map(|r| r["rule"].as_str())
        .collect();
    assert_eq!(rules, ["surgery/yes", "needle-fear/nervous"]);
    assert_eq!(outcome["reasons"][0]["scope"], serde_json::json!(["knee-left"]));
    assert_eq!(outcome["reasons"][1]["scope"], "visit");
}

#[test]
fn today_on_the_command_line_overrides_the_file() {
    let path = file("override.json", &good_scenario());
    let run = run(&["evaluate", "--today", "2027-01-01", path_str(&path)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let outcome: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        outcome["regions"]["knee-left"]["level"], "suitable",
        "the window has ended on that day"
    );
}

#[test]
fn malformed_json_is_refused() {
    let path = file("malformed.json", "{\"today\": \"2026-11-22\", \"regions\": [");
    assert_fails_with(&run(&["evaluate", path_str(&path)]), 1, "not a valid scenario");
}

#[test]
fn unknown_fields_are_refused() {
    let path = file("unknown-field.json", r#"{"today": "2026-11-22", "regoins": ["neck"]}"#);
    assert_fails_with(&run(&["evaluate", path_str(&path)]), 1, "unknown field `regoins`");
}

#[test]
fn unknown_region_ids_are_refused_with_their_path() {
    let path = file(
        "unknown-region.json",
        &scenario("2026-11-22", r#"["low-back", "knee-lft"]"#, "[]"),
    );
    assert_fails_with(
        &run(&["evaluate", path_str(&path)]),
        1,
        "regions[1]: unknown region \"knee-lft\"",
    );
}

#[test]
fn duplicate_regions_are_refused() {
    let path = file(
        "duplicate-region.json",
        &scenario("2026-11-22", r#"["neck", "neck"]"#, "[]"),
    );
    assert_fails_with(
        &run(&["evaluate", path_str(&path)]),
        1,
        "regions[1]: \"neck\" is listed twice",
    );
}

#[test]
fn a_question_given_twice_is_refused() {
    let text = good_scenario().replace(r#""pregnant": "no","#, r#""pregnant": "no", "pregnant": "yes","#);
    let path = file("duplicate-question.json", &text);
    assert_fails_with(
        &run(&["evaluate", path_str(&path)]),
        1,
        "question \"pregnant\" is given twice",
    );
}

#[test]
fn unknown_question_and_answer_ids_are_all_listed() {
    let text = good_scenario().replace(r#""pregnant": "no""#, r#""pregnant": "maybe", "pregant": "no""#);
    let path = file("unknown-ids.json", &text);
    let run = run(&["evaluate", path_str(&path)]);
    assert_fails_with(&run, 1, "answers.pregnant: unknown answer \"maybe\"");
    assert!(
        run.stderr.contains("answers: unknown question \"pregant\""),
        "{}",
        run.stderr
    );
}

#[test]
fn a_question_the_protocol_asks_must_be_answered() {
    let text = good_scenario().replace(r#""fainting": "no","#, "");
    let path = file("missing-answer.json", &text);
    assert_fails_with(
        &run(&["evaluate", path_str(&path)]),
        1,
        "answers.fainting: not answered, but this question is asked",
    );
}

#[test]
fn impossible_dates_are_refused() {
    let path = file("impossible-date.json", &scenario("2026-02-30", r#"["neck"]"#, "[]"));
    assert_fails_with(
        &run(&["evaluate", path_str(&path)]),
        1,
        "today: \"2026-02-30\" is not a real calendar day",
    );
    let path = file(
        "bad-surgery-date.json",
        &scenario(
            "2026-11-22",
            r#"["neck"]"#,
            r#"[{"region": "neck", "date": "1 Oct 2026"}]"#,
        ),
    );
    assert_fails_with(
        &run(&["evaluate", path_str(&path)]),
        1,
        "surgeries[0].date: \"1 Oct 2026\" is not a date in the form YYYY-MM-DD",
    );
}

#[test]
fn a_future_surgery_date_is_an_input_error() {
    let path = file(
        "future-surgery.json",
        &scenario(
            "2026-11-22",
            r#"["knee-left"]"#,
            r#"[{"region": "knee-left", "date": "2026-12-01"}]"#,
        ),
    );
    assert_fails_with(
        &run(&["evaluate", path_str(&path)]),
        1,
        "after today (2026-11-22); a surgery date cannot be in the future",
    );
}

#[test]
fn a_missing_today_or_a_bad_today_option_is_refused() {
    let text = good_scenario().replace(r#""today": "2026-11-22", "#, "");
    let path = file("no-today.json", &text);
    assert_fails_with(&run(&["evaluate", path_str(&path)]), 1, "today: missing");
    assert_fails_with(
        &run(&["evaluate", "--today", "tomorrow", path_str(&path)]),
        2,
        "--today: \"tomorrow\" is not a date",
    );
}

#[test]
fn a_missing_file_is_reported() {
    assert_fails_with(&run(&["evaluate", "/no/such/scenario.json"]), 1, "cannot read the file");
    assert_fails_with(&run(&["evaluate"]), 2, "evaluate needs a scenario FILE");
}

#[test]
fn an_answer_that_is_neither_an_id_nor_a_list_is_refused() {
    let text = good_scenario().replace(r#""pregnant": "no""#, r#""pregnant": 3"#);
    let path = file("number-answer.json", &text);
    assert_fails_with(
        &run(&["evaluate", path_str(&path)]),
        1,
        "answers.pregnant: give an answer id or a list of answer ids",
    );
}

#[test]
fn an_emergency_tick_gives_an_outcome_even_with_nothing_else() {
    let path = file(
        "emergency.json",
        r#"{"today": "2026-11-22", "answers": {"red-flags-general": ["bladder-bowel"]}}"#,
    );
    let run = run(&["evaluate", path_str(&path)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let outcome: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(outcome["level"], "emergency");
    assert_eq!(outcome["regions"], serde_json::json!({}));
}

#[test]
fn a_clinic_configuration_can_make_evaluate_stricter() {
    let config = config_fixture("stricter.json");
    let severe = good_scenario().replace(r#""osteoporosis": "no""#, r#""osteoporosis": "severe""#);
    let scenario = file("for-stricter.json", &severe);
    let plain = run(&["evaluate", path_str(&scenario)]);
    let outcome: serde_json::Value = serde_json::from_str(&plain.stdout).expect("JSON");
    assert_eq!(outcome["level"], "talk-first", "{}", plain.stderr);
    let run = run(&["evaluate", "--config", path_str(&config), path_str(&scenario)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let outcome: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(outcome["level"], "not-suitable");
}

// ------------------------------------------------------------------ validate

#[test]
fn the_default_protocol_validates() {
    let dump = run(&["protocol"]);
    assert_eq!(dump.code, 0);
    let path = file("protocol.json", &dump.stdout);
    let run = run(&["validate", path_str(&path)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("valid protocol \"default\""), "{}", run.stdout);
}

#[test]
fn validate_lists_every_protocol_problem_with_its_path() {
    let mut protocol: serde_json::Value = serde_json::from_str(&run(&["protocol"]).stdout).expect("JSON");
    protocol["questions"][4]["answers"][1]["level"] = "sutable".into();
    protocol["questions"][0]["answers"][4]["level"] = "talk-first".into();
    protocol["questions"][7]["asked-when-regions"] = serde_json::json!(["lower-back"]);
    let path = file("bad-protocol.json", &protocol.to_string());
    let run = run(&["validate", path_str(&path)]);
    assert_fails_with(&run, 1, "questions[4].answers[1].level: unknown level \"sutable\"");
    assert!(
        run.stderr
            .contains("questions[0].answers[4].level: every emergency-screen item must be \"urgent\" or \"emergency\""),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("questions[7].asked-when-regions[0]: unknown region \"lower-back\""),
        "{}",
        run.stderr
    );
}

/// A protocol file's level for some places (`when-regions`, as the default
/// protocol's fever with neck or back pain) must raise the answer's own.
#[test]
fn validate_refuses_a_level_for_some_places_that_is_not_stricter() {
    let mut protocol: serde_json::Value = serde_json::from_str(&run(&["protocol"]).stdout).expect("JSON");
    let questions = protocol["questions"].as_array().expect("questions").clone();
    let unwell = questions
        .iter()
        .position(|q| q["id"] == "unwell-now")
        .expect("unwell-now");
    let fever = &mut protocol["questions"][unwell]["answers"][0];
    assert_eq!(fever["when-regions"]["level"], "urgent", "{fever}");
    fever["when-regions"]["level"] = "suitable".into();
    fever["when-regions"]["regions"] = serde_json::json!(["neck", "spine"]);
    let path = file("lower-for-places.json", &protocol.to_string());
    let run = run(&["validate", path_str(&path)]);
    let at = format!("questions[{unwell}].answers[0].when-regions");
    assert_fails_with(
        &run,
        1,
        &format!("{at}.level: \"suitable\" is not more severe than the answer's own level \"talk-first\""),
    );
    assert!(
        run.stderr
            .contains(&format!("{at}.regions[1]: unknown region \"spine\"")),
        "{}",
        run.stderr
    );
}

/// `evaluate` on the facts' new rows, as a clinic would try them.
#[test]
fn evaluate_gives_a_fever_with_back_pain_urgent_and_an_implant_talk_first() {
    let fever = scenario("2026-12-07", r#"["low-back"]"#, r#"[]"#)
        .replace(r#""unwell-now": "no""#, r#""unwell-now": "fever""#)
        .replace(r#""surgery": "yes""#, r#""surgery": "no""#);
    let out = run(&["evaluate", path_str(&file("fever-low-back.json", &fever))]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let outcome: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(outcome["level"], "urgent", "{outcome}");
    assert_eq!(outcome["reasons"][0]["rule"], "unwell-now/fever");
    assert_eq!(outcome["reasons"][0]["source"], "Spinal infection flags");

    let implant = scenario("2026-12-07", r#"["knee-left"]"#, r#"[]"#)
        .replace(r#""implant": "no""#, r#""implant": "yes""#)
        .replace(r#""surgery": "yes""#, r#""surgery": "no""#);
    let out = run(&["evaluate", path_str(&file("implant.json", &implant))]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let outcome: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(outcome["level"], "talk-first", "{outcome}");
    assert_eq!(outcome["reasons"][0]["rule"], "implant/yes");
}

#[test]
fn validate_refuses_malformed_json_and_unknown_kinds() {
    let path = file("not-json.json", "questions: []");
    assert_fails_with(&run(&["validate", path_str(&path)]), 1, "not valid JSON");
    let path = file("neither.json", r#"{"name": "x"}"#);
    assert_fails_with(
        &run(&["validate", path_str(&path)]),
        1,
        "has none of \"questions\" (a protocol), \"clinic-name\" (a clinic configuration) or \"lang\" with \"texts\" (a language pack)",
    );
    let path = config_fixture("typo-field.json");
    assert_fails_with(&run(&["validate", path_str(&path)]), 1, "unknown field `booking-link`");
}

#[test]
fn validate_accepts_a_good_clinic_configuration() {
    let path = config_fixture("good-config.json");
    assert_valid_configuration(&path, "Main Street Physio");
}

/// The example configuration the release package ships (`cargo xtask
/// package`) validates, and shows every setting, as its README says.
#[test]
fn the_packaged_example_configuration_validates_and_shows_every_setting() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("xtask/package/clinic-config.example.json");
    assert_valid_configuration(&path, "Harbourside Physiotherapy");
    let example: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("the example")).expect("JSON");
    let missing: Vec<&str> = ims_checker::config::model::FIELDS
        .into_iter()
        .filter(|f| *f != "$schema" && example.get(f).is_none())
        .collect();
    assert!(missing.is_empty(), "{} lacks {missing:?}", path.display());
}

/// `$schema` (a JSON Schema's address, for the clinic's editor) is accepted
/// and ignored, as the widget accepts and ignores it; one that is not text is
/// refused, as the widget refuses it.
#[test]
fn a_schema_in_a_configuration_is_accepted_and_ignored() {
    let plain = r#""clinic-name": "Main Street Physio", "rows-turned-off": ["metal-allergy"]"#;
    let with_schema = file(
        "schema-config.json",
        &format!(r#"{{"$schema": "https://example.com/ims-checker-config.schema.json", {plain}}}"#),
    );
    let without = file("no-schema-config.json", &format!("{{{plain}}}"));
    assert_valid_configuration(&with_schema, "Main Street Physio");
    let sheet = |config: &PathBuf| run(&["rules", "--config", path_str(config)]);
    let (with_schema_sheet, plain_sheet) = (sheet(&with_schema), sheet(&without));
    assert_eq!(with_schema_sheet.code, 0, "{}", with_schema_sheet.stderr);
    assert_eq!(with_schema_sheet.stdout, plain_sheet.stdout);

    let not_text = config_fixture("schema-number.json");
    assert_fails_with(
        &run(&["validate", path_str(&not_text)]),
        1,
        "invalid type: integer `2`, expected a string",
    );
}

#[test]
fn validate_refuses_links_other_than_web_phone_and_mail() {
    let path = config_fixture("js-link.json");
    assert_fails_with(
        &run(&["validate", path_str(&path)]),
        1,
        "booking-url: link must start with https://, http://, tel: or mailto: (got \"javascript\")",
    );
    let path = config_fixture("data-link.json");
    assert_fails_with(
        &run(&["validate", path_str(&path)]),
        1,
        "booking-url: link must start with",
    );
}

#[test]
fn validate_refuses_turning_off_rules_from_source_002() {
    let path = config_fixture("off-002.json");
    let run = run(&["validate", path_str(&path)]);
    assert_fails_with(
        &run,
        1,
        "rows-turned-off[0]: \"pregnant\" is a core question; only guideline rows can be turned off",
    );
    assert!(
        run.stderr
            .contains("rows-turned-off[1]: \"red-flags-general\" is an emergency-screen question"),
        "{}",
        run.stderr
    );
}

#[test]
fn validate_refuses_making_a_level_less_severe() {
    let path = config_fixture("softer.json");
    let run = run(&["validate", path_str(&path)]);
    assert_fails_with(
        &run,
        1,
        "stricter-levels.red-flags-general/chest-pain: \"urgent\" is less severe than the protocol's \"emergency\"",
    );
    assert!(
        run.stderr.contains(
            "stricter-levels.pregnant/yes: \"talk-first\" is less severe than the protocol's \"not-suitable\""
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("stricter-levels.duration/over-3-months: \"duration\" is an informational question and never changes the outcome"), "{}", run.stderr);
}

/// Each kind of unsafe stricter level is refused, with its path and why:
/// a level that belongs to the emergency screen and the warning signs, an
/// answer that means no problem, the emergency screen itself, a level the
/// answer has already.
#[test]
fn validate_refuses_each_unsafe_stricter_level_saying_why() {
    let path = config_fixture("unsafe-levels.json");
    let run = run(&["validate", path_str(&path)]);
    assert_fails_with(
        &run,
        1,
        "stricter-levels.osteoporosis/no: \"no\" means no problem, so no level can be added to it",
    );
    for expected in [
        "stricter-levels.bleeding/yes: \"urgent\" belongs to the emergency screen and the warning signs alone; a clinic may make an answer stricter only up to \"not-suitable\"",
        "stricter-levels.epilepsy/yes: \"see-doctor\" belongs to the emergency screen and the warning signs alone",
        "stricter-levels.needle-fear/nervous: \"nervous\" means no problem, so no level can be added to it",
        "stricter-levels.diabetes/yes: \"yes\" means no problem, so no level can be added to it",
        "stricter-levels.red-flags-general/major-trauma: \"red-flags-general\" is the emergency screen",
        "stricter-levels.fainting/yes: \"talk-first\" is the protocol's level for \"yes\" already",
    ] {
        assert!(run.stderr.contains(expected), "{expected} in:\n{}", run.stderr);
    }
    assert_eq!(
        run.stderr.lines().filter(|l| l.starts_with("error:")).count(),
        7,
        "immune/yes → not-suitable is allowed:\n{}",
        run.stderr
    );
}

/// The guideline's absolute contraindications are asked in every protocol.
#[test]
fn validate_refuses_turning_off_an_absolute_contraindication() {
    let path = config_fixture("off-absolute.json");
    let run = run(&["validate", path_str(&path)]);
    assert_fails_with(
        &run,
        1,
        "rows-turned-off[1]: \"lymphoedema\" is an absolute contraindication (ISCP 2012): it is asked in every protocol and cannot be turned off",
    );
    assert!(
        run.stderr
            .contains("rows-turned-off[2]: \"skin-infection\" is an absolute contraindication"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.lines().filter(|l| l.starts_with("error:")).count(),
        2,
        "{}",
        run.stderr
    );
}

#[test]
fn validate_refuses_bad_contacts_and_overlong_texts() {
    let path = config_fixture("bad-contacts.json");
    let run = run(&["validate", path_str(&path)]);
    assert_fails_with(&run, 1, "phone: \"call us\" is not a phone number");
    for expected in [
        "email: \"front.example.com\" is not an email address",
        "emergency-number: \"nine\" is not a phone number",
        "referral.en: is 1200 characters long; keep it to 1000 or fewer",
        "referral.fr: is empty",
        "languages[0]: unknown language \"de\"",
    ] {
        assert!(run.stderr.contains(expected), "{expected} in:\n{}", run.stderr);
    }
}

/// "No text override may change the emergency screen's question, help or
/// items; the texts of the emergency, urgent and see-doctor levels; the
/// chest-cause safety net; the back red-flag note; the safety-after-treatment
/// text": each is refused with its path, and an allowed override beside
/// them is not.
#[test]
fn validate_refuses_every_locked_safety_text_with_its_path() {
    let locked = [
        "question:red-flags-general",
        "help:red-flags-general",
        "answer:red-flags-general/chest-pain",
        "answer:red-flags-general/stiff-neck-fever",
        "answer:red-flags-general/none",
        "note:red-flags-general/major-trauma",
        "text:level-emergency",
        "text:level-urgent",
        "text:level-see-doctor",
        "note:chest-cause/yes",
        "note:back-cancer-flags/yes",
        "text:expect-after-treatment",
    ];
    let path = config_fixture("locked-texts.json");
    let config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("the fixture")).expect("JSON");
    let overrides = config["text-overrides"].as_object().expect("overrides");
    let mut expected: Vec<&str> = locked.iter().chain(&["question:pregnant"]).copied().collect();
    expected.sort_unstable();
    assert_eq!(overrides.keys().map(String::as_str).collect::<Vec<_>>(), expected);
    let run = run(&["validate", path_str(&path)]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for key in locked {
        assert!(
            run.stderr
                .contains(&format!("text-overrides.{key}: \"{key}\" is a locked safety text (")),
            "{key} in:\n{}",
            run.stderr
        );
    }
    assert_eq!(
        run.stderr.lines().filter(|l| l.starts_with("error:")).count(),
        locked.len(),
        "{}",
        run.stderr
    );
}

#[test]
fn lymphoedema_takes_limb_ids_and_operations_may_be_elsewhere() {
    let mut scenario: serde_json::Value = serde_json::from_str(&good_scenario()).expect("JSON");
    scenario["regions"] = serde_json::json!(["neck", "shoulder-left"]);
    scenario["answers"]["lymphoedema"] = "yes".into();
    scenario["lymphoedema-regions"] = serde_json::json!(["arm-left"]);
    scenario["answers"]["surgery"] = "yes".into();
    scenario["surgeries"] = serde_json::json!([{"region": "elsewhere", "date": "2026-11-01"}]);
    let path = file("limb.json", &scenario.to_string());
    let run = run(&["evaluate", path_str(&path)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let outcome: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        outcome["regions"]["shoulder-left"]["level"], "not-suitable",
        "{outcome}"
    );
    assert_eq!(outcome["regions"]["neck"]["level"], "suitable", "{outcome}");

    scenario["skin-infection-regions"] = serde_json::json!(["arm-left"]);
    scenario["lymphoedema-regions"] = serde_json::json!(["arm-middle"]);
    scenario["surgeries"] = serde_json::json!([{"region": "somewhere", "date": "2026-11-01"}]);
    let path = file("bad-limb.json", &scenario.to_string());
    let run = self::run(&["evaluate", path_str(&path)]);
    assert_fails_with(&run, 1, "lymphoedema-regions[0]: unknown region or limb \"arm-middle\"");
    assert!(
        run.stderr
            .contains("skin-infection-regions[0]: unknown region \"arm-left\""),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("surgeries[0].region: unknown region \"somewhere\""),
        "{}",
        run.stderr
    );
}

#[test]
fn a_stricter_level_cites_the_clinic() {
    let config = config_fixture("stricter-source.json");
    let mut scenario: serde_json::Value = serde_json::from_str(&good_scenario()).expect("JSON");
    scenario["answers"]["bleeding"] = "yes".into();
    let path = file("stricter-scenario.json", &scenario.to_string());
    let run = run(&["evaluate", "--config", path_str(&config), path_str(&path)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let outcome: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(outcome["level"], "not-suitable");
    assert_eq!(
        outcome["reasons"][0]["source"],
        "ISCP 2012 dry needling guideline, relative contraindication (level made stricter by the clinic)"
    );
}

// ------------------------------------------------------------------ rules

/// The shipped languages' packs, by tag (the English has none).
const PACK_LANGS: [&str; 5] = ["fr", "zh-Hans", "zh-Hant", "pa", "fa"];

/// A language's texts by pack key: a shipped pack's, or the English the
/// packs are checked against (`words.*`, `rules.*` and the protocol's).
fn texts_of(lang: &str) -> serde_json::Map<String, serde_json::Value> {
    let pack: serde_json::Value = if lang == "en" {
        let mut english = serde_json::Map::new();
        for (key, text) in ims_checker::pack::texts(&ims_checker::protocol::default_protocol()) {
            english.insert(key, text.into());
        }
        return english;
    } else {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("packs/{lang}.json"));
        serde_json::from_str(&std::fs::read_to_string(&path).expect("pack")).expect("json")
    };
    pack["texts"].as_object().expect("texts").clone()
}

fn text<'a>(texts: &'a serde_json::Map<String, serde_json::Value>, key: &str) -> &'a str {
    texts[key].as_str().unwrap_or_else(|| panic!("no {key}"))
}

/// The sheet with `config` in `lang` (English: `--lang` left out).
fn sheet(lang: &str, config: Option<&Path>) -> String {
    let mut args = vec!["rules"];
    if lang != "en" {
        args.extend(["--lang", lang]);
    }
    if let Some(config) = config {
        args.extend(["--config", path_str(config)]);
    }
    let run = run(&args);
    assert_eq!(run.code, 0, "{lang}: {}", run.stderr);
    run.stdout
}

/// A configuration with every kind of change a clinic can make.
const EVERY_CHANGE: &str = r#"{"clinic-name": "Harbourside Physiotherapy", "phone": "604-555-0100",
    "email": "front@example.com", "booking-url": "https://example.com/book", "emergency-number": "112",
    "nurse-line": "811", "languages": ["en", "fr", "pa"],
    "coverage": {"en": "Most plans that cover physiotherapy cover IMS.", "fr": "La plupart des régimes couvrent l'IMS."},
    "referral": {"en": "No doctor's referral is needed.", "fr": "Pas besoin de recommandation d'un médecin."},
    "rows-turned-off": ["metal-allergy"],
    "stricter-levels": {"osteoporosis/severe": "not-suitable"},
    "text-overrides": {
        "question:bleeding": {"en": "Do you bleed easily, or take a blood thinner?", "fr": "Saignez-vous facilement ?"},
        "text:level-talk-first": {"en": "Please call us before you book.", "fr": "Appelez-nous avant de réserver."}}}"#;

/// The sheet's level names, in order, from the language's words.
fn level_names(texts: &serde_json::Map<String, serde_json::Value>) -> Vec<String> {
    (0..7)
        .map(|n| text(texts, &format!("words.level_names.{n}")).to_string())
        .collect()
}

/// Every word a visitor can read on a result is on the sheet, in every
/// language: each level's headline and text, the handoff notes and every
/// button's words (with the clinic's numbers), beside the questions.
#[test]
fn the_rules_sheet_shows_every_word_of_each_result_in_each_language() {
    let config = file("every-change-words.json", EVERY_CHANGE);
    for lang in ["en"].into_iter().chain(PACK_LANGS) {
        let texts = texts_of(lang);
        let sheet = sheet(lang, Some(&config));
        let date = text(&texts, "rules.date_shown");
        let mut expected: Vec<String> = level_names(&texts);
        for level in ["emergency", "urgent", "see-doctor", "not-suitable", "wait", "suitable"] {
            expected.push(text(&texts, &format!("text.level-{level}")).to_string());
        }
        for key in [
            "urgent_care",
            "see_doctor_note",
            "other_physio",
            "talk_first_too",
            "book",
            "call_clinic",
            "email_clinic",
            "print",
            "copy",
            "copied",
            "copy_failed",
            "next_title",
            "reasons_title",
            "disclaimer",
        ] {
            expected.push(text(&texts, &format!("words.{key}")).to_string());
        }
        for (key, with) in [
            ("call_emergency", "112"),
            ("call_if_worse", "112"),
            ("call_nurse", "811"),
        ] {
            expected.push(text(&texts, &format!("words.{key}")).replace("{number}", with));
        }
        expected.push(text(&texts, "words.book_after").replace("{date}", date));
        expected.push(text(&texts, "question.pregnant.prompt").to_string());
        expected.push(text(&texts, "answer.needle-fear.nervous.note").to_string());
        for said in expected {
            assert!(sheet.contains(&said), "{lang}: {said:?} not in:\n{sheet}");
        }
        assert!(
            !sheet.contains("IMS / dry needling screening rules") || lang == "en",
            "{lang}: an English title"
        );
    }
}

/// The first page (before the results' words) names the clinic, its
/// contacts and languages, and every change its configuration makes.
#[test]
fn the_first_page_lists_every_change_the_clinic_makes() {
    let config = file("every-change.json", EVERY_CHANGE);
    for lang in ["en", "fr"] {
        let texts = texts_of(lang);
        let sheet = sheet(lang, Some(&config));
        let heading = format!("## {}", text(&texts, "rules.levels_heading"));
        let first = sheet.split(&heading).next().expect("a first page");
        assert!(first.len() < sheet.len(), "{lang}: no levels heading");
        let names = level_names(&texts);
        let coverage = if lang == "en" {
            "Most plans that cover physiotherapy cover IMS."
        } else {
            "La plupart des régimes couvrent l'IMS."
        };
        for said in [
            "Harbourside Physiotherapy",
            "604-555-0100",
            "front@example.com",
            "https://example.com/book",
            "811",
            "English, Français, ਪੰਜਾਬੀ",
            text(&texts, "rules.changes_heading"),
            // A row turned off, by its question.
            text(&texts, "rules.turned_off"),
            text(&texts, "question.metal-allergy.prompt"),
            // A stricter level: the answer, what it was and what it is.
            text(&texts, "rules.made_stricter"),
            text(&texts, "answer.osteoporosis.severe.label"),
            &names[5],
            &names[3],
            // Reworded texts: the words before and after.
            text(&texts, "rules.reworded"),
            text(&texts, "question.bleeding.prompt"),
            if lang == "en" {
                "Do you bleed easily, or take a blood thinner?"
            } else {
                "Saignez-vous facilement ?"
            },
            text(&texts, "text.level-talk-first"),
            if lang == "en" {
                "Please call us before you book."
            } else {
                "Appelez-nous avant de réserver."
            },
            // The emergency number, and the notes.
            "112",
            text(&texts, "rules.coverage_note"),
            coverage,
            text(&texts, "rules.referral_note"),
        ] {
            assert!(first.contains(said), "{lang}: {said:?} not on the first page:\n{first}");
        }
        assert!(!first.contains(text(&texts, "rules.no_changes")), "{lang}");
    }
    let default = sheet("en", None);
    let first = default.split("## What the visitor reads").next().unwrap_or_default();
    assert!(first.contains("No changes: the default rules."), "{first}");
}

/// Every id and hyphenated word a configuration uses, which the sheet
/// keeps for its appendix.
fn ids() -> Vec<String> {
    let dump: serde_json::Value = serde_json::from_str(&run(&["protocol"]).stdout).expect("JSON");
    let mut ids: Vec<String> = Vec::new();
    for question in dump["questions"].as_array().expect("questions") {
        ids.push(question["id"].as_str().expect("id").to_string());
        for answer in question["answers"].as_array().expect("answers") {
            ids.push(answer["id"].as_str().expect("answer id").to_string());
        }
    }
    for text in dump["texts"].as_array().expect("texts") {
        ids.push(text["key"].as_str().expect("key").to_string());
    }
    ids.extend(ims_checker::base::regions::Region::ALL.map(|r| r.id().to_string()));
    ids.extend(ims_checker::protocol::Level::ALL.map(|l| l.id().to_string()));
    // Ids that are also plain words ("yes", "knee", "wait") are left to the backtick check.
    ids.retain(|id| id.contains('-'));
    ids.sort();
    ids.dedup();
    ids
}

/// A clinician's sheet has no ids, and no source by bare number, outside
/// the web admin's appendix, which has them; the signature and date come
/// after the last rule and the sources, before the appendix.
#[test]
fn ids_only_in_the_appendix_and_the_signature_after_every_rule() {
    let ids = ids();
    let config = file("every-change-ids.json", EVERY_CHANGE);
    for lang in ["en"].into_iter().chain(PACK_LANGS) {
        let texts = texts_of(lang);
        for sheet in [sheet(lang, None), sheet(lang, Some(&config))] {
            let appendix = format!("## {}", text(&texts, "rules.appendix_heading"));
            let (signed, admin) = sheet
                .split_once(&appendix)
                .unwrap_or_else(|| panic!("{lang}: no appendix:\n{sheet}"));
            assert!(!signed.contains('`'), "{lang}: a code span before the appendix");
            let words: Vec<&str> = signed.split(|c: char| !(c.is_alphanumeric() || c == '-')).collect();
            for id in &ids {
                assert!(!words.contains(&id.as_str()), "{lang}: the id {id} before the appendix");
            }
            for code in ["000", "001", "002", "003", "004"] {
                assert!(!words.contains(&code), "{lang}: the bare source code {code}");
            }
            assert!(
                admin.contains("`red-flags-general`") && admin.contains("`not-sure`") && admin.contains("`knee-left`")
            );
            // The signature: after the last question's table and the sources, at the end of what is signed.
            let signature = signed
                .rfind(&format!(
                    "{}{}",
                    text(&texts, "rules.reviewed_by"),
                    text(&texts, "words.colon")
                ))
                .unwrap_or_else(|| panic!("{lang}: no signature line"));
            let date = signed
                .rfind(&format!(
                    "{}{}",
                    text(&texts, "rules.date"),
                    text(&texts, "words.colon")
                ))
                .expect("a date line");
            let last_rule = signed.rfind("\n| ").expect("a table row");
            let sources = signed
                .find(&format!("## {}", text(&texts, "rules.sources_heading")))
                .expect("sources");
            assert!(
                signature > last_rule && signature > sources && date > signature,
                "{lang}"
            );
            assert!(
                signed[signature..].lines().count() < 6,
                "{lang}: the signature is not last"
            );
        }
    }
}

/// Each source the protocol cites by number or short name is named in full.
#[test]
fn the_rules_sheet_names_each_source_in_full() {
    let sheet = sheet("en", None);
    for named in [
        "Penticton Physiotherapy, “IMS / Dry Needling”: 3 months around the surgical area",
        "Memorial East Physical Therapy, “Intramuscular Stimulation (IMS) / Dry Needling”; Penticton Physiotherapy",
        "Irish Society of Chartered Physiotherapists (ISCP), “Guidelines for Dry Needling Practice” (2012), relative contraindication",
        "Active Sports Therapy, “What is Intramuscular Stimulation (IMS)”",
        "- Penticton Physiotherapy, “IMS / Dry Needling”: pentictonphysiotherapy.com/services/ims-dry-needling/",
    ] {
        assert!(sheet.contains(named), "{named:?} not in:\n{sheet}");
    }
}

#[test]
fn rules_lists_every_question_answer_and_the_tables() {
    let sheet = sheet("en", None);
    let texts = texts_of("en");
    let names = level_names(&texts);
    let dump: serde_json::Value = serde_json::from_str(&run(&["protocol"]).stdout).expect("JSON");
    for question in dump["questions"].as_array().expect("questions") {
        let id = question["id"].as_str().expect("id");
        let prompt = text(&texts, &format!("question.{id}.prompt"));
        // The question's own section: from its heading to the next heading.
        let section = sheet
            .split("\n### ")
            .find(|s| s.starts_with(prompt))
            .unwrap_or_else(|| panic!("question {id} has no section in the rules sheet"));
        let section = section.split("\n## ").next().unwrap_or_default();
        for answer in question["answers"].as_array().expect("answers") {
            let answer_id = answer["id"].as_str().expect("answer id");
            let label = text(&texts, &format!("answer.{id}.{answer_id}.label"));
            let Some(level) = answer["level"].as_str() else {
                // No level: in its question's line or table of answers.
                assert!(section.contains(label), "{id}/{answer_id}: not in {section}");
                continue;
            };
            let at = ims_checker::protocol::Level::ALL
                .iter()
                .position(|l| l.id() == level)
                .expect("a level");
            let level = names[at].as_str();
            let row = section
                .lines()
                .find(|line| line.starts_with(&format!("| {label}")))
                .unwrap_or_else(|| panic!("{id}/{answer_id}: no row in its question's table:\n{section}"));
            let cells: Vec<&str> = row.split(" | ").collect();
            // A level for some places (`when-regions`) comes first, the answer's own after it.
            let for_some_places = answer.get("when-regions").is_some();
            assert!(
                cells
                    .get(1)
                    .is_some_and(|cell| cell.starts_with(level) || (for_some_places && cell.contains(level))),
                "{id}/{answer_id}: the row's level {level} in {row}"
            );
        }
    }
    for section in [
        "## How answers combine",
        "## Surgery windows",
        "## Adjacent regions",
        "| Low back | Middle back, Hip, Buttock |",
        "- Visitor sees: Less than 6 weeks · 6 weeks to 3 months · More than 3 months",
        "November 30, 2025 → site February 28, 2026",
        "a pregnant visitor's knee is “Not suitable now”",
        "### Do you have any of these right now? (locked)",
        "Reviewed by (physiotherapist)",
    ] {
        assert!(sheet.contains(section), "{section}");
    }
}

/// An answer whose level depends on the places chosen (`when-regions`:
/// a fever is "talk to the clinic first", but urgent with neck or back
/// pain) shows both levels, the places and the stricter level's own
/// source in its row, in every language, in the clinician's words.
#[test]
fn an_answers_level_for_some_places_is_on_the_sheet_in_every_language() {
    let dump: serde_json::Value = serde_json::from_str(&run(&["protocol"]).stdout).expect("JSON");
    let level_at = |id: &str| {
        ims_checker::protocol::Level::ALL
            .iter()
            .position(|l| l.id() == id)
            .unwrap_or_else(|| panic!("level {id}"))
    };
    let mut found = 0;
    for lang in ["en"].into_iter().chain(PACK_LANGS) {
        let texts = texts_of(lang);
        let names = level_names(&texts);
        let sheet = sheet(lang, None);
        for question in dump["questions"].as_array().expect("questions") {
            let id = question["id"].as_str().expect("id");
            for answer in question["answers"].as_array().expect("answers") {
                let Some(when) = answer.get("when-regions") else {
                    continue;
                };
                found += 1;
                let answer_id = answer["id"].as_str().expect("answer id");
                let label = text(&texts, &format!("answer.{id}.{answer_id}.label"));
                let row = sheet
                    .lines()
                    .find(|line| line.starts_with(&format!("| {label} |")))
                    .unwrap_or_else(|| panic!("{lang}: {id}/{answer_id}: no row:\n{sheet}"));
                let cells: Vec<&str> = row.split(" | ").collect();
                let stricter = &names[level_at(when["level"].as_str().expect("level"))];
                let own = &names[level_at(answer["level"].as_str().expect("level"))];
                let (at_stricter, at_own) = (cells[1].find(stricter.as_str()), cells[1].find(own.as_str()));
                assert!(
                    at_stricter.is_some() && at_own.is_some(),
                    "{lang}: both levels in {row}"
                );
                for region in when["regions"].as_array().expect("regions") {
                    let region = ims_checker::base::regions::Region::from_id(region.as_str().expect("region"))
                        .expect("a region");
                    let name = text(&texts, &format!("words.parts.{}", region.part() as usize));
                    assert!(cells[1].contains(name), "{lang}: {name} in {row}");
                }
                let source = text(&texts, &format!("answer.{id}.{answer_id}.when-regions.source"));
                assert!(cells[2].contains(source), "{lang}: the source {source:?} in {row}");
                let citation = when["source"]["citation"].as_str().expect("a citation");
                assert!(
                    cells[2].contains(citation),
                    "{lang}: the source {citation:?} named in {row}"
                );
            }
        }
    }
    assert_eq!(found, 1 + PACK_LANGS.len(), "the fever answer in each language");
    let english = sheet("en", None);
    assert!(
        english.contains(
            "| Yes, I have a fever or chills | “Get medical care today” when one of these places is chosen: \
             Neck, Upper back, Middle back, Low back; otherwise “Talk to the clinic first” | Source of “Get medical care today”"
        ),
        "{english}"
    );
}

/// The texts a sheet's explanation quotes, in any of the languages'
/// quotation marks.
fn quoted(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for (open, close) in [("“", "”"), ("«", "»"), ("「", "」"), ("\"", "\"")] {
        let mut rest = text;
        while let Some((_, after)) = rest.split_once(open) {
            let Some((inside, next)) = after.split_once(close) else {
                break;
            };
            found.push(inside);
            rest = next;
        }
    }
    found
}

/// A text as compared: without the spaces a quotation mark takes, a
/// closing full stop, or capitals.
fn plain(text: &str) -> String {
    text.trim_matches(|c: char| c.is_whitespace() || ['.', '。', '।'].contains(&c))
        .to_lowercase()
}

/// The sheet names a level by its id (`` `suitable` ``), which it writes
/// as the pack's own level name, never by words of its own: in every
/// language each of the sheet's texts names the same levels by id as the
/// English, each level quoted on the sheet's explanations is the pack's
/// level name, and any other text it quotes is one the visitor reads in
/// that language (a level name kept from an older pack fails). Quotes
/// that mark a phrase of the explanation itself (what "where" offers, how
/// two effects compare) are left out.
#[test]
fn the_sheet_quotes_each_level_by_the_packs_own_name() {
    let english = texts_of("en");
    let ids = |text: &str| -> std::collections::BTreeSet<String> {
        text.split('`').skip(1).step_by(2).map(str::to_string).collect()
    };
    let level_ids: Vec<&str> = ims_checker::protocol::Level::ALL.iter().map(|l| l.id()).collect();
    for lang in ["en"].into_iter().chain(PACK_LANGS) {
        let texts = texts_of(lang);
        let names = level_names(&texts);
        let read: Vec<String> = texts
            .iter()
            .filter(|(key, _)| !key.starts_with("rules.result_page") && !key.starts_with("rules.combining"))
            .filter_map(|(_, text)| text.as_str().map(plain))
            .collect();
        let sheet = sheet(lang, None);
        for (key, value) in &texts {
            if !key.starts_with("rules.") || key == "rules.quote" {
                continue;
            }
            let value = value.as_str().unwrap_or_default();
            let en = text(&english, key);
            assert_eq!(
                ids(value),
                ids(en),
                "{lang}: {key} names other ids than the English: {value:?}"
            );
            if key.starts_with("rules.combining.1") || key.starts_with("rules.combining.8") {
                continue;
            }
            for said in quoted(value) {
                assert!(
                    read.contains(&plain(said)),
                    "{lang}: {key} quotes {said:?}, which the visitor never reads in this language"
                );
            }
            // On the sheet, each level the text names reads as the pack's level name.
            if key.starts_with("rules.result_page.") || key.starts_with("rules.combining.") {
                for id in ids(value) {
                    let Some(at) = level_ids.iter().position(|l| *l == id) else {
                        continue;
                    };
                    let quote = text(&texts, "rules.quote").replace("{text}", &names[at]);
                    assert!(sheet.contains(&quote), "{lang}: {key}: {quote:?} not on the sheet");
                }
            }
        }
    }
}

#[test]
fn rules_in_french_and_unknown_languages() {
    let run_fr = run(&["rules", "--lang", "fr"]);
    assert_eq!(run_fr.code, 0);
    assert!(run_fr.stdout.contains("# Règles de dépistage IMS / puncture sèche"));
    assert!(run_fr.stdout.contains("Êtes-vous enceinte\u{202f}?"));
    assert!(
        run_fr
            .stdout
            .contains("aucun lien de réservation pour «\u{a0}Urgence\u{a0}»"),
        "{}",
        run_fr.stdout
    );
    for word in ["aiguilles sèches", "Voyez", "coup du lapin", "Coup du lapin"] {
        assert!(!run_fr.stdout.contains(word), "{word} in the French sheet");
    }
    assert_fails_with(
        &run(&["rules", "--lang", "de"]),
        2,
        "--lang must be one of en, fr, zh-Hans, zh-Hant, pa, fa",
    );
}

/// A clinic writes its notes and its own words in any language it offers:
/// a Punjabi coverage note and a Punjabi rewording are on the Punjabi sheet,
/// the English note on the French one (the clinic wrote no French). A text
/// in a language the clinic does not offer (or in no language at all) is
/// refused with its path.
#[test]
fn a_clinics_texts_are_read_in_each_language_it_offers() {
    let punjabi_note = "ਜ਼ਿਆਦਾਤਰ ਯੋਜਨਾਵਾਂ IMS ਨੂੰ ਕਵਰ ਕਰਦੀਆਂ ਹਨ।";
    let config = |languages: &str, tag: &str| {
        format!(
            r#"{{"clinic-name": "Harbourside", "languages": {languages},
                "coverage": {{"en": "Most plans cover IMS.", "{tag}": "{punjabi_note}"}},
                "text-overrides": {{"text:privacy": {{"en": "Nothing leaves this page.", "{tag}": "ਕੁਝ ਵੀ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦਾ।"}}}}}}"#
        )
    };
    let path = file("punjabi-note.json", &config(r#"["en", "fr", "pa"]"#, "pa"));
    assert_valid_configuration(&path, "Harbourside");
    let punjabi = run(&["rules", "--lang", "pa", "--config", path_str(&path)]);
    assert_eq!(punjabi.code, 0, "{}", punjabi.stderr);
    for said in [punjabi_note, "ਕੁਝ ਵੀ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦਾ।"] {
        assert!(punjabi.stdout.contains(said), "{said} in:\n{}", punjabi.stdout);
    }
    assert!(!punjabi.stdout.contains("Most plans cover IMS."), "{}", punjabi.stdout);
    let french = run(&["rules", "--lang", "fr", "--config", path_str(&path)]);
    assert!(french.stdout.contains("Most plans cover IMS."), "{}", french.stdout);
    assert!(!french.stdout.contains(punjabi_note), "{}", french.stdout);

    let path = file("punjabi-not-offered.json", &config(r#"["en", "fr"]"#, "pa"));
    let refused = run(&["validate", path_str(&path)]);
    assert_fails_with(
        &refused,
        1,
        "coverage.pa: \"pa\" is not one of the clinic's languages; offer it in \"languages\" or leave this text out",
    );
    assert!(
        refused
            .stderr
            .contains("text-overrides.text:privacy.pa: \"pa\" is not one of the clinic's languages"),
        "{}",
        refused.stderr
    );
    let path = file("unknown-language-note.json", &config(r#"["en", "fr"]"#, "xx"));
    assert_fails_with(
        &run(&["validate", path_str(&path)]),
        1,
        "coverage.xx: \"xx\" is not one of the clinic's languages",
    );
}

/// Every shipped language's sheet: its own headings, the protocol's texts
/// and level names in it, and the pack's review record at the top.
#[test]
fn the_rules_sheet_prints_in_every_shipped_language_with_its_review_record() {
    for lang in PACK_LANGS {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("packs/{lang}.json"));
        let pack: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("pack")).expect("json");
        let texts = texts_of(lang);
        let sheet = sheet(lang, None);
        let reviewed = match pack["review"]["by"].as_str().unwrap_or_default() {
            "" => text(&texts, "rules.words_not_reviewed").to_string(),
            by => text(&texts, "rules.words_reviewed").replace("{by}", by),
        };
        for expected in [
            format!("# {}\n", text(&texts, "rules.title")),
            format!("> {}", reviewed.split('{').next().unwrap_or_default()),
            text(&texts, "rules.levels_heading").to_string(),
            text(&texts, "question.pregnant.prompt").to_string(),
            text(&texts, "text.level-emergency").to_string(),
        ] {
            assert!(sheet.contains(&expected), "{lang}: {expected:?} not in:\n{sheet}");
        }
    }
}

/// The shipped French, printed as a language pack (`packs/fr.json` as it
/// is), validates; the same pack with a key missing, one too many, a
/// placeholder changed and a text emptied fails with each problem's path.
#[test]
fn a_language_pack_is_printed_and_validated_with_each_problem_named() {
    let printed = run(&["pack", "fr"]);
    assert_eq!(printed.code, 0, "{}", printed.stderr);
    let shipped = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("packs/fr.json")).expect("pack");
    assert_eq!(printed.stdout, shipped, "the shipped pack as it is");
    let path = file("fr.json", &printed.stdout);
    let valid = run(&["validate", path_str(&path)]);
    assert_eq!(valid.code, 0, "{}", valid.stderr);
    assert!(
        valid.stdout.contains("valid language pack \"fr\" (Français") && valid.stdout.contains("not reviewed yet"),
        "{}",
        valid.stdout
    );

    let mut pack: serde_json::Value = serde_json::from_str(&printed.stdout).expect("JSON");
    let texts = pack["texts"].as_object_mut().expect("texts");
    texts.remove("question.pregnant.prompt");
    texts.insert("question.pregnant.promt".into(), "Enceinte ?".into());
    texts.insert("words.step_of".into(), "Étape {number} sur 4".into());
    texts.insert("answer.needle-fear.severe.label".into(), "".into());
    let path = file("fr-broken.json", &pack.to_string());
    let broken = run(&["validate", path_str(&path)]);
    assert_eq!(broken.code, 1);
    for problem in [
        "texts[\"question.pregnant.prompt\"]: is missing",
        "texts[\"question.pregnant.promt\"]: is not a text of the widget",
        "texts[\"words.step_of\"]: has the placeholders [{number}]; the English has [{n}]",
        "texts[\"answer.needle-fear.severe.label\"]: is empty",
    ] {
        assert!(broken.stderr.contains(problem), "{problem} in:\n{}", broken.stderr);
    }

    for not_a_pack in ["en", "ko"] {
        assert_fails_with(
            &run(&["pack", not_a_pack]),
            2,
            "pack takes a shipped language other than English (fr, zh-Hans, zh-Hant, pa, fa)",
        );
    }
}

/// A clinic's own pack for a shipped language keeps every locked safety
/// text as the shipped pack has it: a French pack whose emergency result
/// says "Appelez la clinique." is refused, the key named.
#[test]
fn a_clinic_pack_that_changes_a_locked_text_is_refused_naming_the_key() {
    let printed = run(&["pack", "fr"]);
    let mut pack: serde_json::Value = serde_json::from_str(&printed.stdout).expect("JSON");
    pack["texts"]["words.next"] = "Continuer".into();
    let path = file("fr-clinic-ok.json", &pack.to_string());
    let run_ok = run(&["validate", path_str(&path)]);
    assert_eq!(run_ok.code, 0, "an unlocked text may change: {}", run_ok.stderr);

    pack["texts"]["text.level-emergency"] = "Appelez la clinique.".into();
    pack["texts"]["words.level_names.1"] = "Rien d'urgent".into();
    let path = file("fr-clinic-locked.json", &pack.to_string());
    let run = run(&["validate", path_str(&path)]);
    assert_fails_with(
        &run,
        1,
        "texts[\"text.level-emergency\"]: is a locked safety text that no clinic may change; keep the shipped \"fr\" pack's words: \"Appelez le numéro d'urgence maintenant.",
    );
    assert!(
        run.stderr
            .contains("texts[\"words.level_names.1\"]: is a locked safety text that no clinic may change"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.lines().filter(|l| l.starts_with("error:")).count(),
        2,
        "{}",
        run.stderr
    );
}

/// A pack for a language the widget does not ship has nothing to compare
/// its safety texts with: it must say who reviewed it, and when.
#[test]
fn a_new_language_pack_without_a_review_record_is_refused() {
    let printed = run(&["pack", "fr"]);
    let mut pack: serde_json::Value = serde_json::from_str(&printed.stdout).expect("JSON");
    pack["lang"] = "ko".into();
    pack["name"] = "한국어".into();
    let path = file("ko-unreviewed.json", &pack.to_string());
    let run_unreviewed = run(&["validate", path_str(&path)]);
    assert_fails_with(
        &run_unreviewed,
        1,
        "review: a pack for a language the widget does not ship needs a review record",
    );
    pack["review"] = serde_json::json!({"by": "J. Kim, physiotherapist", "date": "2026-12-01"});
    let path = file("ko-reviewed.json", &pack.to_string());
    let reviewed = run(&["validate", path_str(&path)]);
    assert_eq!(reviewed.code, 0, "{}", reviewed.stderr);
    assert!(
        reviewed
            .stdout
            .contains("reviewed by J. Kim, physiotherapist on 2026-12-01"),
        "{}",
        reviewed.stdout
    );
}

/// Every shipped pack passes the tool's check of a clinic's pack as it is.
#[test]
fn every_shipped_pack_validates_as_it_is() {
    for lang in ["fr", "zh-Hans", "zh-Hant", "pa", "fa"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("packs/{lang}.json"));
        let run = run(&["validate", path_str(&path)]);
        assert_eq!(run.code, 0, "{lang}: {}", run.stderr);
    }
}
