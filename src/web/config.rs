//! A clinic configuration embedded in the page as
//! `<script type="application/json" id="…">`, read into the same edge model
//! that `ims-checker validate` checks. The browser's own `JSON.parse` does the
//! parsing, so no JSON library ships in the widget; this file only walks the
//! parsed value, naming the path of every value of the wrong type.
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::base::sorted_map::SortedMap;
use crate::base::text::join;
use crate::base::validation::ValidationError;
use crate::config::{field, ConfigModel, RulesReviewModel, FIELDS};
use crate::protocol::model::TextModel;

/// A configuration read in the widget: the same fields ([`FIELDS`]) as
/// [`crate::config::ClinicConfigModel`], with its maps in [`SortedMap`]s.
pub type WebConfigModel = ConfigModel<SortedMap<String>, SortedMap<TextModel>>;

/// Parses `text` and reads it into a model; every problem found is listed.
pub fn model_from_json(text: &str, problems: &mut Vec<ValidationError<String>>) -> Option<WebConfigModel> {
    let value = match JSON::parse(text) {
        Ok(value) => value,
        Err(error) => {
            let message = error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default();
            problems.push(problem("config", format!("not valid JSON: {message}")));
            return None;
        }
    };
    let mut reader = Reader { problems };
    reader.model(&value)
}

pub(crate) fn problem(path: &str, text: impl Into<String>) -> ValidationError<String> {
    ValidationError {
        path: path.to_string(),
        problem: text.into(),
    }
}

pub(crate) struct Reader<'a> {
    pub(crate) problems: &'a mut Vec<ValidationError<String>>,
}

impl Reader<'_> {
    fn add(&mut self, path: &str, text: impl Into<String>) {
        self.problems.push(problem(path, text));
    }

    fn model(&mut self, value: &JsValue) -> Option<WebConfigModel> {
        let object = self.object("config", value)?;
        for key in keys(&object) {
            if !FIELDS.contains(&key.as_str()) {
                // The settings a clinic writes: every field but the last, `$schema`.
                let settings = FIELDS.split_last().map_or(&[][..], |(_, settings)| settings);
                self.add(
                    &key,
                    format!("unknown field; expected one of: {}", join(settings, ", ")),
                );
            }
        }
        let get = |name: &str| Reflect::get(&object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        Some(ConfigModel {
            clinic_name: self
                .string(field::CLINIC_NAME, &get(field::CLINIC_NAME))
                .unwrap_or_default(),
            booking_url: self.string(field::BOOKING_URL, &get(field::BOOKING_URL)),
            phone: self.string(field::PHONE, &get(field::PHONE)),
            email: self.string(field::EMAIL, &get(field::EMAIL)),
            emergency_number: self.string(field::EMERGENCY_NUMBER, &get(field::EMERGENCY_NUMBER)),
            nurse_line: self.string(field::NURSE_LINE, &get(field::NURSE_LINE)),
            coverage: self.text(field::COVERAGE, &get(field::COVERAGE)),
            referral: self.text(field::REFERRAL, &get(field::REFERRAL)),
            languages: self.strings(field::LANGUAGES, &get(field::LANGUAGES)),
            rows_turned_off: self
                .strings(field::ROWS_TURNED_OFF, &get(field::ROWS_TURNED_OFF))
                .unwrap_or_default(),
            stricter_levels: self.map(field::STRICTER_LEVELS, &get(field::STRICTER_LEVELS), Reader::string),
            text_overrides: self.map(field::TEXT_OVERRIDES, &get(field::TEXT_OVERRIDES), Reader::text),
            review: self.review(&get(field::REVIEW)),
            look: self.look(&get(field::LOOK)),
            // `$schema` only serves the clinic's editor: checked like the
            // tool checks it (text or absent), then not kept.
            schema: {
                self.string(field::SCHEMA, &get(field::SCHEMA));
                None
            },
        })
    }

    /// The look only the configurator keeps (its settings file); the widget
    /// takes it from the element's attributes and the page's style rule.
    #[cfg(feature = "configurator")]
    fn look(&mut self, value: &JsValue) -> Option<crate::config::LookModel> {
        if value.is_undefined() || value.is_null() {
            return None;
        }
        let object = self.object(field::LOOK, value)?;
        let mut look = crate::config::LookModel::default();
        for key in keys(&object) {
            let path = format!("{}.{key}", field::LOOK);
            let found = self.string(
                &path,
                &Reflect::get(&object, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED),
            );
            match key.as_str() {
                "mode" => look.mode = found,
                "launcher-label" => look.launcher_label = found,
                "accent" => look.accent = found,
                "font" => look.font = found,
                "radius" => look.radius = found,
                _ => self.add(
                    &path,
                    "unknown field; expected one of: mode, launcher-label, accent, font, radius",
                ),
            }
        }
        Some(look)
    }

    #[cfg(not(feature = "configurator"))]
    fn look(&mut self, _: &JsValue) -> Option<crate::config::LookModel> {
        None
    }

    pub(crate) fn object(&mut self, path: &str, value: &JsValue) -> Option<Object> {
        if value.is_object() && !Array::is_array(value) {
            return value.clone().dyn_into::<Object>().ok();
        }
        self.add(path, format!("expected an object, found {}", kind(value)));
        None
    }

    /// Absent (or null) is `None`; anything but a string is a problem.
    pub(crate) fn string(&mut self, path: &str, value: &JsValue) -> Option<String> {
        if value.is_undefined() || value.is_null() {
            return None;
        }
        let text = value.as_string();
        if text.is_none() {
            self.add(path, format!("expected text, found {}", kind(value)));
        }
        text
    }

    pub(crate) fn strings(&mut self, path: &str, value: &JsValue) -> Option<Vec<String>> {
        if value.is_undefined() || value.is_null() {
            return None;
        }
        if !Array::is_array(value) {
            self.add(path, format!("expected a list of text, found {}", kind(value)));
            return None;
        }
        let items = Array::from(value);
        Some(
            items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| self.string(&format!("{path}[{i}]"), &item))
                .collect(),
        )
    }

    /// The clinic's review of its rules: `by` and `date`, both text.
    fn review(&mut self, value: &JsValue) -> Option<RulesReviewModel> {
        if value.is_undefined() || value.is_null() {
            return None;
        }
        let object = self.object(field::REVIEW, value)?;
        let by = Reflect::get(&object, &JsValue::from_str("by")).unwrap_or(JsValue::UNDEFINED);
        let date = Reflect::get(&object, &JsValue::from_str("date")).unwrap_or(JsValue::UNDEFINED);
        Some(RulesReviewModel {
            by: self.string("review.by", &by).unwrap_or_default(),
            date: self.string("review.date", &date).unwrap_or_default(),
        })
    }

    fn text(&mut self, path: &str, value: &JsValue) -> Option<TextModel> {
        if value.is_undefined() || value.is_null() {
            return None;
        }
        let object = self.object(path, value)?;
        // Every language the text is written in; the validator checks which it may be.
        let mut text = TextModel::default();
        let mut has_english = false;
        for tag in keys(&object) {
            let found = Reflect::get(&object, &JsValue::from_str(&tag)).unwrap_or(JsValue::UNDEFINED);
            has_english |= tag == "en";
            text.set(&tag, self.string(&format!("{path}.{tag}"), &found).unwrap_or_default());
        }
        if !has_english {
            self.add(&format!("{path}.en"), "missing; give the text in English (en)");
        }
        Some(text)
    }

    fn map<T>(
        &mut self,
        path: &str,
        value: &JsValue,
        read: fn(&mut Self, &str, &JsValue) -> Option<T>,
    ) -> SortedMap<T> {
        let mut out = SortedMap::default();
        if value.is_undefined() || value.is_null() {
            return out;
        }
        let Some(object) = self.object(path, value) else {
            return out;
        };
        for key in keys(&object) {
            let item = Reflect::get(&object, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
            if let Some(parsed) = read(self, &format!("{path}.{key}"), &item) {
                out.insert(key, parsed);
            }
        }
        out
    }
}

pub(crate) fn keys(object: &Object) -> Vec<String> {
    Object::keys(object).iter().filter_map(|k| k.as_string()).collect()
}

/// A JSON type name for messages.
fn kind(value: &JsValue) -> &'static str {
    if value.is_null() {
        "null"
    } else if Array::is_array(value) {
        "a list"
    } else if value.as_string().is_some() {
        "text"
    } else if value.as_f64().is_some() {
        "a number"
    } else if value.as_bool().is_some() {
        "true/false"
    } else if value.is_object() {
        "an object"
    } else {
        "nothing"
    }
}
