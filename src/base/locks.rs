//! What no clinic may change: the locked safety texts, by their language
//! pack keys (one list for a configuration's text overrides and a clinic's
//! own language pack alike), and the guideline rows that are absolute
//! contraindications, which no configuration may turn off.

/// The pack keys of the texts no clinic may change (screening facts,
/// "Locked texts"). A key ending in `*` locks every key that starts with
/// what comes before the `*`. Keys the widget does not have yet are listed
/// too: they are locked from the day they appear.
pub const LOCKED_KEYS: [&str; 18] = [
    // The emergency screen: its question, help, items and sources.
    "question.red-flags-general.*",
    "answer.red-flags-general.*",
    // What the emergency, urgent and see-doctor results say.
    "text.level-emergency",
    "text.level-urgent",
    "text.level-see-doctor",
    // Their handoff notes and names.
    "words.urgent_care",
    "words.call_emergency",
    "words.call_nurse",
    "words.call_if_worse",
    "words.see_doctor_note",
    "words.see_doctor_no_doctor",
    "words.nurse_line_unsure",
    "words.level_names.0",
    "words.level_names.1",
    "words.level_names.2",
    // The chest-pain safety net and the back warning signs' note.
    "answer.chest-cause.yes.note",
    "answer.back-cancer-flags.yes.note",
    // Safety after a treatment (a collapsed lung).
    "text.expect-after-treatment",
];

/// Whether the text with this pack key is a locked safety text.
pub fn is_locked_key(key: &str) -> bool {
    LOCKED_KEYS.iter().any(|locked| match locked.strip_suffix('*') {
        Some(prefix) => key.starts_with(prefix),
        None => key == *locked,
    })
}

/// The guideline rows that are absolute contraindications (ISCP 2012):
/// asked in every protocol, like the rules of source 002.
pub const ABSOLUTE_ROWS: [&str; 2] = ["lymphoedema", "skin-infection"];

/// Whether a configuration may never turn this question off for being an
/// absolute contraindication.
pub fn is_absolute_row(question: &str) -> bool {
    ABSOLUTE_ROWS.contains(&question)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locked_keys_and_their_prefixes() {
        for key in [
            "question.red-flags-general.prompt",
            "question.red-flags-general.points.3",
            "answer.red-flags-general.chest-pain.label",
            "text.level-emergency",
            "text.level-see-doctor",
            "text.expect-after-treatment",
            "words.level_names.2",
            "words.see_doctor_no_doctor",
            "answer.chest-cause.yes.note",
        ] {
            assert!(is_locked_key(key), "{key}");
        }
        for key in [
            "question.red-flags-generalx.prompt",
            "text.level-not-suitable",
            "text.level-emergency-extra",
            "words.level_names.3",
            "answer.chest-cause.yes.label",
            "answer.chest-cause.no.note",
            "text.privacy",
            "",
        ] {
            assert!(!is_locked_key(key), "{key}");
        }
        assert!(is_absolute_row("lymphoedema") && is_absolute_row("skin-infection"));
        assert!(!is_absolute_row("metal-allergy"));
    }
}
