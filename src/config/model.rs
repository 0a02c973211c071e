//! A clinic's configuration as written: the serde shapes `ims-checker
//! validate` reads and the widget's inline-JSON reader fills, and the one list
//! of their fields. [`super::ClinicConfig::from_model`] validates a model.
//!
//! A configuration file is recognised by its top-level `clinic-name` field:
//!
//! ```json
//! {
//!   "clinic-name": "Main Street Physio",
//!   "booking-url": "https://example.com/book",
//!   "phone": "604-555-0100",
//!   "email": "front@example.com",
//!   "emergency-number": "911",
//!   "nurse-line": "811",
//!   "coverage": {"en": "...", "fr": "...", "pa": "..."},
//!   "referral": {"en": "...", "fr": "..."},
//!   "languages": ["en", "fr", "pa"],
//!   "rows-turned-off": ["metal-allergy"],
//!   "stricter-levels": {"bleeding/yes": "not-suitable"},
//!   "text-overrides": {"text:privacy": {"en": "...", "fr": "..."}},
//!   "review": {"by": "J. Kim, physiotherapist", "date": "2026-12-01"}
//! }
//! ```
//!
//! A clinic's text is written in English, and in any of its `languages`
//! besides. In a language a note is not written in, the visitor reads the
//! English; a reworded text, the checker's own words in that language.
//!
//! Text override keys: `question:<question>` (the prompt), `help:<question>`,
//! `answer:<question>/<answer>` (the label), `note:<question>/<answer>`,
//! `text:<key>` (a result-page text such as `privacy` or `expect-needle`).
//! A `$schema` string is accepted and ignored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::base::sorted_map::SortedMap;
use crate::base::text::split_once;
use crate::protocol::model::TextModel;

/// The top-level fields of a configuration, as written in JSON.
pub mod field {
    pub const CLINIC_NAME: &str = "clinic-name";
    pub const BOOKING_URL: &str = "booking-url";
    pub const PHONE: &str = "phone";
    pub const EMAIL: &str = "email";
    pub const EMERGENCY_NUMBER: &str = "emergency-number";
    pub const NURSE_LINE: &str = "nurse-line";
    pub const COVERAGE: &str = "coverage";
    pub const REFERRAL: &str = "referral";
    pub const LANGUAGES: &str = "languages";
    pub const ROWS_TURNED_OFF: &str = "rows-turned-off";
    pub const STRICTER_LEVELS: &str = "stricter-levels";
    pub const TEXT_OVERRIDES: &str = "text-overrides";
    pub const REVIEW: &str = "review";
    /// How the checker shows on the page (see [`super::LookModel`]).
    pub const LOOK: &str = "look";
    /// Read and ignored (see [`super::ConfigModel::schema`]).
    pub const SCHEMA: &str = "$schema";
}

/// Every field of [`ConfigModel`], in its order: the one list of them, which
/// [`ConfigModel::leave_out`] and the widget's inline-JSON reader go by. A test
/// checks that it is exactly the keys serde reads and writes.
pub const FIELDS: [&str; 15] = [
    field::CLINIC_NAME,
    field::BOOKING_URL,
    field::PHONE,
    field::EMAIL,
    field::EMERGENCY_NUMBER,
    field::NURSE_LINE,
    field::COVERAGE,
    field::REFERRAL,
    field::LANGUAGES,
    field::ROWS_TURNED_OFF,
    field::STRICTER_LEVELS,
    field::TEXT_OVERRIDES,
    field::REVIEW,
    field::LOOK,
    field::SCHEMA,
];

/// A configuration as written: the JSON shape `ims-checker validate` reads,
/// with its two maps in a `BTreeMap`.
pub type ClinicConfigModel = ConfigModel<BTreeMap<String, String>, BTreeMap<String, TextModel>>;

/// The shape of a configuration, whatever holds its two maps: the command-line
/// tool reads them into `BTreeMap`s ([`ClinicConfigModel`]), the widget into
/// [`SortedMap`]s, which cost it far less code. Both are read in key order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    rename_all = "kebab-case",
    deny_unknown_fields,
    bound(
        serialize = "Levels: Serialize + Entries, Overrides: Serialize + Entries",
        deserialize = "Levels: Deserialize<'de> + Default, Overrides: Deserialize<'de> + Default"
    )
)]
pub struct ConfigModel<Levels, Overrides> {
    pub clinic_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Default `911`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nurse_line: Option<String>,
    /// Off unless given: coverage is clinic- and province-specific.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coverage: Option<TextModel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral: Option<TextModel>,
    /// Default `["en", "fr"]`; the first is the starting language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// Ids of guideline questions to leave out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows_turned_off: Vec<String>,
    /// `"question/answer": "level"`; never less severe than the protocol.
    #[serde(default, skip_serializing_if = "Entries::is_empty")]
    pub stricter_levels: Levels,
    /// Text override key to text, e.g. `"text:privacy"`.
    #[serde(default, skip_serializing_if = "Entries::is_empty")]
    pub text_overrides: Overrides,
    /// Who reviewed the clinic's rules sheet, and the day (`YYYY-MM-DD`),
    /// shown on the result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<RulesReviewModel>,
    /// How the checker shows on the clinic's page. The configurator's
    /// settings file keeps it, so that loading the file (in this version's
    /// configurator or the next one's) brings it back; the page's code
    /// carries it as the element's attributes and a style rule, and the
    /// widget and the validator read it and leave it alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub look: Option<LookModel>,
    /// `$schema`: the address of a JSON Schema, for the clinic's editor. Read
    /// and ignored, by the command-line tool and the widget alike.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
}

/// How the checker shows on a clinic's page, as its settings file keeps it:
/// the element's `mode` (`inline` or `launcher`) and `launcher-label`, and
/// the theme's `--ims-accent`, `--ims-font` and `--ims-radius`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LookModel {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launcher_label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub font: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub radius: Option<String>,
}

impl<Levels: Default + Entries, Overrides: Default + Entries<Value = TextModel>> ConfigModel<Levels, Overrides> {
    /// The settings an `<ims-checker>` element carries as attributes (the
    /// clinic's name and contacts) over what its inline JSON said:
    /// `attribute(name)` gives an attribute that is there and not blank.
    pub fn take_attributes(&mut self, attribute: impl Fn(&str) -> Option<String>) {
        if let Some(name) = attribute(field::CLINIC_NAME) {
            self.clinic_name = name;
        }
        for (name, setting) in [
            (field::BOOKING_URL, &mut self.booking_url),
            (field::PHONE, &mut self.phone),
            (field::EMAIL, &mut self.email),
            (field::EMERGENCY_NUMBER, &mut self.emergency_number),
            (field::NURSE_LINE, &mut self.nurse_line),
        ] {
            if let Some(value) = attribute(name) {
                *setting = Some(value);
            }
        }
    }

    /// Leaves out the setting a problem's path starts with (`booking-url`,
    /// `languages[1]`); of the two maps, only the entry named
    /// (`text-overrides.text:privacy`), so one locked or mistyped override
    /// costs the clinic none of its others; of a text, only the language
    /// named, unless it is the English. False for a path that names none of
    /// [`FIELDS`].
    pub fn leave_out(&mut self, path: &str) -> bool {
        if let Some((map, key)) = split_once(path, ".") {
            // A text's problem in one of its other languages costs only that
            // language (`coverage.pa`, `text-overrides.text:privacy.pa`).
            let (entry, tag) = split_once(key, ".").unwrap_or((key, ""));
            let left_out = match map {
                field::STRICTER_LEVELS => self.stricter_levels.remove(key),
                field::TEXT_OVERRIDES => {
                    self.text_overrides.get_mut(entry).is_some_and(|text| text.remove(tag))
                        || self.text_overrides.remove(entry)
                }
                field::COVERAGE => self.coverage.as_mut().is_some_and(|text| text.remove(key)),
                field::REFERRAL => self.referral.as_mut().is_some_and(|text| text.remove(key)),
                _ => false,
            };
            if left_out {
                return true;
            }
        }
        match path.split(['.', '[']).next().unwrap_or("") {
            field::CLINIC_NAME => self.clinic_name = String::new(),
            field::BOOKING_URL => self.booking_url = None,
            field::PHONE => self.phone = None,
            field::EMAIL => self.email = None,
            field::EMERGENCY_NUMBER => self.emergency_number = None,
            field::NURSE_LINE => self.nurse_line = None,
            field::COVERAGE => self.coverage = None,
            field::REFERRAL => self.referral = None,
            field::LANGUAGES => self.languages = None,
            field::ROWS_TURNED_OFF => self.rows_turned_off = Vec::new(),
            field::STRICTER_LEVELS => self.stricter_levels = Levels::default(),
            field::TEXT_OVERRIDES => self.text_overrides = Overrides::default(),
            field::REVIEW => self.review = None,
            field::LOOK => self.look = None,
            field::SCHEMA => self.schema = None,
            _ => return false,
        }
        true
    }
}

/// The clinic's review of its rules as written: who, and the day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesReviewModel {
    pub by: String,
    pub date: String,
}

/// A map from text keys, read in key order: what [`ConfigModel`] needs of
/// its two maps, a `BTreeMap` or a [`SortedMap`].
pub trait Entries {
    type Value;
    /// The entries in key order.
    fn entries(&self) -> impl Iterator<Item = (&str, &Self::Value)>;
    fn get_mut(&mut self, key: &str) -> Option<&mut Self::Value>;
    fn is_empty(&self) -> bool;
    /// Removes the entry for `key`; false if there was none.
    fn remove(&mut self, key: &str) -> bool;
}

impl<T> Entries for BTreeMap<String, T> {
    type Value = T;

    fn entries(&self) -> impl Iterator<Item = (&str, &T)> {
        self.iter().map(|(key, value)| (key.as_str(), value))
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        BTreeMap::get_mut(self, key)
    }

    fn is_empty(&self) -> bool {
        BTreeMap::is_empty(self)
    }

    fn remove(&mut self, key: &str) -> bool {
        BTreeMap::remove(self, key).is_some()
    }
}

impl<T> Entries for SortedMap<T> {
    type Value = T;

    fn entries(&self) -> impl Iterator<Item = (&str, &T)> {
        // From the list itself: mapping `iter()` again left the configurator's
        // wasm two more functions (about 400 B).
        self.as_slice().iter().map(|(key, value)| (key.as_str(), value))
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        SortedMap::get_mut(self, key)
    }

    fn is_empty(&self) -> bool {
        SortedMap::is_empty(self)
    }

    fn remove(&mut self, key: &str) -> bool {
        SortedMap::remove(self, key).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::full_model;
    use super::*;

    /// The keys of a model with every field set, and the fields serde names
    /// when it refuses an unknown one, are exactly [`FIELDS`] in order.
    #[test]
    fn fields_are_the_keys_serde_reads_and_writes() {
        let written: Vec<String> = match serde_json::to_value(full_model()).expect("json") {
            serde_json::Value::Object(map) => map.keys().cloned().collect(),
            other => panic!("not an object: {other}"),
        };
        let mut sorted = FIELDS.map(String::from).to_vec();
        sorted.sort();
        assert_eq!(written, sorted, "serde_json writes its keys sorted");

        let refusal = serde_json::from_str::<ClinicConfigModel>(r#"{"clinic-name": "x", "no-such-field": 1}"#)
            .expect_err("unknown field")
            .to_string();
        let (_, expected) = refusal.split_once("expected one of").expect("serde lists the fields");
        let named: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        assert_eq!(named, FIELDS, "{refusal}");
    }

    /// Every field, so a new setting cannot be forgotten here and sink a
    /// whole configuration.
    #[test]
    fn leave_out_knows_every_setting() {
        let full = full_model();
        for key in FIELDS {
            let mut model = full.clone();
            assert!(model.leave_out(&format!("{key}[0]")), "leave_out does not know {key}");
            let left = serde_json::to_value(&model).expect("json");
            assert!(
                left.get(key).is_none_or(|v| v == ""),
                "{key} is still set after leave_out: {left}"
            );
        }
        assert!(!full.clone().leave_out("no-such-setting"));
    }

    #[test]
    fn a_schema_is_read_and_ignored() {
        let model: ClinicConfigModel =
            serde_json::from_str(r#"{"$schema": "https://example.com/ims-checker.schema.json", "clinic-name": "x"}"#)
                .expect("valid");
        assert_eq!(
            model.schema.as_deref(),
            Some("https://example.com/ims-checker.schema.json")
        );
        assert!(serde_json::from_str::<ClinicConfigModel>(r#"{"$schema": 1, "clinic-name": "x"}"#).is_err());
    }
}
