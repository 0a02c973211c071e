//! A language pack as the widget receives it: the text of `lang/<tag>.json`
//! or of a clinic's `<script type="application/json">`, parsed by the
//! browser's `JSON.parse` and read into the model `ims-checker validate`
//! checks, naming the path of every value of the wrong type.
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsValue;

use crate::base::validation::ValidationError;
use crate::pack::model::{PackModel, ReviewModel, TextMap};
use crate::pack::served;
use crate::protocol::Protocol;
use crate::web::config::{keys, problem, Reader};

/// Parses `text` and reads it into a model; every problem found is listed.
/// A shipped pack as served ([`served`]) lists its texts in the order of
/// `base`'s English, and reads as the same pack with its keys.
pub fn pack_from_json(text: &str, base: &Protocol) -> Result<PackModel, Vec<ValidationError<String>>> {
    let mut problems = Vec::new();
    let Ok(value) = JSON::parse(text) else {
        return Err(vec![problem("pack", "not valid JSON")]);
    };
    let mut reader = Reader {
        problems: &mut problems,
    };
    let model = reader.object("pack", &value).map(|object| {
        let get = |name: &str| Reflect::get(&object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        let text = |reader: &mut Reader, path: &str, value: &JsValue| {
            let found = reader.string(path, value);
            if found.is_none() && value.is_undefined() {
                reader.problems.push(problem(path, "is missing"));
            }
            found.unwrap_or_default()
        };
        let review_value = get("review");
        let review = match (!review_value.is_undefined()).then(|| reader.object("review", &review_value)) {
            Some(Some(review)) => {
                let field = |name: &str| Reflect::get(&review, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
                ReviewModel {
                    by: reader.string("review.by", &field("by")).unwrap_or_default(),
                    date: reader.string("review.date", &field("date")).unwrap_or_default(),
                }
            }
            _ => ReviewModel::default(),
        };
        let mut texts = TextMap::default();
        let texts_value = get("texts");
        if Array::is_array(&texts_value) {
            // A shipped pack as served: the texts in the English's order.
            let values = reader.strings("texts", &texts_value).unwrap_or_default();
            match served::texts_by_key(base, values, get("order").as_f64()) {
                Ok(by_key) => texts = by_key,
                Err(problem) => reader.problems.push(problem),
            }
        } else if let Some(object) = reader.object("texts", &texts_value) {
            for key in keys(&object) {
                let value = Reflect::get(&object, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
                let value = text(&mut reader, &format!("texts[\"{key}\"]"), &value);
                texts.insert(key, value);
            }
        }
        PackModel {
            schema: None,
            lang: text(&mut reader, "lang", &get("lang")),
            name: text(&mut reader, "name", &get("name")),
            dir: text(&mut reader, "dir", &get("dir")),
            review,
            texts,
        }
    });
    match model {
        Some(model) if problems.is_empty() => Ok(model),
        _ => Err(problems),
    }
}
