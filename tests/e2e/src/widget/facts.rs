//! What the tests know without looking at the page: the demo clinic's
//! configuration, the seven levels and the facts' handoff table, the steps
//! and the screening questions' harmless answers.

use std::time::Duration;

use serde_json::Value;

/// The widget's element on the demo page (dist/index.html).
pub const HOST: &str = "ims-checker";
/// The demo clinic's name.
pub const CLINIC_NAME: &str = "Harbourside Physiotherapy";
/// The demo clinic's phone as configured.
pub const CLINIC_PHONE: &str = "+1-604-555-0142";
/// The demo clinic's booking link (attributes in dist/index.html).
pub const BOOKING_URL: &str = "https://booking.example.com/harbourside/ims-assessment";
/// The digits of the demo clinic's phone.
pub const PHONE_DIGITS: &str = "16045550142";
/// The demo clinic's email.
pub const EMAIL: &str = "front-desk@harbourside.example";
/// The default emergency number.
pub const EMERGENCY_TEL: &str = "tel:911";
/// The demo clinic's nurse line (its inline configuration: `"nurse-line": "811"`).
pub const NURSE_TEL: &str = "tel:811";

/// Viewport sizes: a desktop and a phone.
pub const DESKTOP: (u32, u32) = (1280, 800);
pub const PHONE: (u32, u32) = (360, 740);

/// How long to wait for the widget to react (render, step change).
pub const WAIT: Duration = Duration::from_secs(10);

/// The four steps, in order, with their number in "Step N of 4".
pub const STEPS: [&str; 4] = ["warning", "where", "health", "result"];

/// Screening questions of step 3 with the answer that adds nothing, in the
/// order the pages ask them (see [`HEALTH_PAGES`]).
pub const HEALTH_DEFAULTS: [(&str, &str); 18] = [
    ("for-whom", "me"),
    ("active-cancer", "no"),
    ("pregnant", "no"),
    ("unwell-now", "no"),
    ("immune", "no"),
    ("osteoporosis", "no"),
    ("bleeding", "no"),
    ("autoimmune", "no"),
    ("diabetes", "no"),
    ("needle-fear", "no"),
    ("fainting", "no"),
    ("epilepsy", "no"),
    ("metal-allergy", "no"),
    ("understanding", "yes"),
    ("surgery", "no"),
    ("skin-infection", "no"),
    ("lymphoedema", "no"),
    ("implant", "no"),
];

/// Step 3's pages (`data-page`) for a visitor checking for themselves,
/// with their questions in the order shown: who the check is for, three
/// checklists and the question about needles (`understanding` has a page
/// only for someone checking for another person).
pub const HEALTH_PAGES: [(&str, &[&str]); 5] = [
    ("for-whom", &["for-whom"]),
    (
        "illnesses",
        &[
            "active-cancer",
            "autoimmune",
            "osteoporosis",
            "diabetes",
            "epilepsy",
            "immune",
        ],
    ),
    (
        "now",
        &["pregnant", "unwell-now", "bleeding", "metal-allergy", "fainting"],
    ),
    ("needles", &["needle-fear"]),
    (
        "operations-skin",
        &["surgery", "skin-infection", "lymphoedema", "implant"],
    ),
];

/// The checklist pages (`data-page`).
pub const CHECKLIST_PAGES: [&str; 3] = ["illnesses", "now", "operations-skin"];

/// The outcome levels, most severe first (the facts' "Outcome levels").
pub const LEVELS: [&str; 7] = [
    "emergency",
    "urgent",
    "see-doctor",
    "not-suitable",
    "wait",
    "talk-first",
    "suitable",
];

/// The level id `level` as a `&'static str` (panics on an unknown level).
pub fn level_id(level: &str) -> &'static str {
    LEVELS
        .into_iter()
        .find(|l| *l == level)
        .unwrap_or_else(|| panic!("unknown level {level:?}"))
}

/// How severe `level` is: 0 for `suitable` up to 6 for `emergency`.
pub fn severity(level: &str) -> usize {
    LEVELS.len()
        - 1
        - LEVELS
            .iter()
            .position(|l| *l == level)
            .unwrap_or_else(|| panic!("unknown level {level:?}"))
}

/// Whether needling may still happen at `level`: "What to expect" and the
/// signs that fit show only then.
pub fn may_be_needled(level: &str) -> bool {
    matches!(level, "suitable" | "talk-first" | "wait")
}

/// The level's name as the result gives it, in `lang` (`en` or `fr`).
pub fn level_name(level: &str, lang: &str) -> &'static str {
    let fr = lang == "fr";
    match level {
        "emergency" if fr => "Urgence",
        "emergency" => "Emergency",
        "urgent" if fr => "Soins médicaux aujourd'hui",
        "urgent" => "Get medical care today",
        "see-doctor" if fr => "Consultez d'abord votre médecin",
        "see-doctor" => "See your doctor first",
        "not-suitable" if fr => "Ne convient pas pour l'instant",
        "not-suitable" => "Not suitable now",
        "wait" if fr => "Attendre",
        "wait" => "Wait",
        "talk-first" if fr => "Parlez d'abord à la clinique",
        "talk-first" => "Talk to the clinic first",
        "suitable" if fr => "Convient probablement",
        "suitable" => "Likely suitable",
        other => panic!("unknown level {other:?}"),
    }
}

/// The ways onward (`data-action` of the result's links, in order) the facts'
/// handoff table gives `level` at the demo clinic, which configures a phone,
/// an email, a booking link and a nurse line.
pub fn handoff_actions_for(level: &str) -> &'static [&'static str] {
    match level {
        "emergency" => &["call-emergency"],
        "urgent" => &["call-emergency", "call-nurse"],
        "see-doctor" => &["call-nurse", "call"],
        "not-suitable" => &["call"],
        "wait" | "suitable" => &["book", "call"],
        "talk-first" => &["call", "email"],
        other => panic!("unknown level {other:?}"),
    }
}

/// The ways onward of a `wait` that also has a talk-first reason: the
/// clinic's phone first ("talk to the clinic first"), booking from the date
/// second, then the email.
pub const WAIT_TALK_FIRST_ACTIONS: [&str; 3] = ["call", "book", "email"];

/// The mark a place at `level` carries on the result's body map.
pub fn map_mark(level: &str) -> &'static str {
    match level {
        "suitable" => "go",
        "talk-first" => "caution",
        "wait" => "wait",
        _ => "stop",
    }
}

/// What a journey's result must show: the overall level, its date for
/// `wait`, and each place as (region, level, until) when the places differ
/// (empty when no per-place list may show).
#[derive(Clone, Debug)]
pub struct Expected {
    pub level: &'static str,
    pub until: Option<String>,
    pub places: Vec<(&'static str, &'static str, Option<String>)>,
}

/// The strings of a JSON array (anything else is empty).
pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(|x| x.as_str().unwrap_or("").to_string()).collect())
        .unwrap_or_default()
}

/// Only the digits of a string.
pub fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// `tel:` form of a phone number: a leading `+` and the digits.
pub fn tel_digits(phone: &str) -> String {
    phone
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_ordered_by_severity() {
        assert_eq!(severity("suitable"), 0);
        assert_eq!(severity("emergency"), 6);
        assert!(severity("wait") > severity("talk-first"));
    }

    #[test]
    fn phone_forms() {
        assert_eq!(digits("+1-604-555-0142"), PHONE_DIGITS);
        assert_eq!(tel_digits("+1-604-555-0142"), "+16045550142");
        assert_eq!(tel_digits("604 555+0142"), "6045550142");
    }
}
