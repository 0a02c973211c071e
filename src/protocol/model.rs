//! The protocol's file shape (JSON, kebab-case keys). Everything here is plain
//! strings and numbers; [`crate::protocol::Protocol::from_model`] turns it into
//! domain types and reports every problem with its path.
//!
//! A protocol file is recognised by its top-level `questions` field. Its
//! texts are in English; the widget's other languages come as packs, so a
//! text in another shipped language (`"fr": "..."`) is checked and no more.
//!
//! ```json
//! {
//!   "name": "default", "version": "1",
//!   "questions": [{
//!     "id": "bleeding", "category": "guideline", "select": "one",
//!     "prompt": {"en": "..."},
//!     "source": {"citation": "ISCP 2012 ...", "text": {"en": "..."}},
//!     "answers": [
//!       {"id": "yes", "label": {"en": "Yes"}, "level": "talk-first"},
//!       {"id": "no", "label": {"en": "No"}}
//!     ]
//!   }],
//!   "texts": [{"key": "privacy", "text": {"en": "..."}}]
//! }
//! ```

use core::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::base::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ProtocolModel {
    pub name: String,
    pub version: String,
    pub questions: Vec<QuestionModel>,
    #[serde(default)]
    pub texts: Vec<TextEntryModel>,
}

/// A text in English, which every text has, and in any other languages, by
/// tag: `{"en": "...", "fr": "...", "pa": "..."}`. The validators say which
/// tags they take.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextModel {
    pub en: String,
    /// The other languages' texts by tag, in tag order; never `en`. (A list
    /// of its own: as a `SortedMap` the widget's wasm measured 200 B more
    /// brotli.)
    others: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct TextEntryModel {
    pub key: String,
    pub text: TextModel,
    /// Region names as in `asked-when-regions`; the text is shown only when
    /// one of them is chosen. Absent: always shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown_for: Option<Vec<String>>,
}

/// A rule's source: the citation a physiotherapist checks, and what the
/// visitor reads, in plain words in each language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SourceModel {
    pub citation: String,
    pub text: TextModel,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct QuestionModel {
    pub id: String,
    /// `emergency-screen`, `region-follow-up`, `core`, `guideline`, `fit` or `informational`.
    pub category: String,
    /// `one` (default) or `many`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub select: Option<String>,
    /// Region ids, stems of pairs (`knee` = both knees) or `widespread`; the
    /// question is asked only when one of them is chosen. Absent: always asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked_when_regions: Option<Vec<String>>,
    pub prompt: TextModel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<TextModel>,
    /// Short items the question asks about, shown as a list under it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<TextModel>,
    pub source: SourceModel,
    pub answers: Vec<AnswerModel>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct AnswerModel {
    pub id: String,
    pub label: TextModel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<TextModel>,
    /// A level id; absent means the answer adds nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// `visit` (default), `lymphoedema-regions`, `skin-infection-regions` or `surgery-windows`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// For `surgery-windows`: calendar months at the operated region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_months: Option<u32>,
    /// For `surgery-windows`: days for regions next to the operated one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjacent_days: Option<u32>,
    /// The reason's source; defaults to the question's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceModel>,
    /// A follow-up list: `surgeries`, `lymphoedema-regions` or `skin-infection-regions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asks: Option<String>,
    /// "None of these" in a checklist.
    #[serde(default, skip_serializing_if = "is_false")]
    pub exclusive: bool,
    /// Offered only when one of these regions is chosen (same names as `asked-when-regions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown_for: Option<Vec<String>>,
    /// A stricter level for the whole visit that takes the place of the
    /// answer's own when one of these regions is chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_regions: Option<WhenRegionsModel>,
}

/// An answer's level when one of `regions` is chosen:
/// `{"regions": ["neck", "low-back"], "level": "urgent", "source": {...}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct WhenRegionsModel {
    /// Region ids, stems of pairs or `widespread`, as in `asked-when-regions`.
    pub regions: Vec<String>,
    /// A level id, more severe than the answer's own.
    pub level: String,
    /// The reason's source then; defaults to the answer's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceModel>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl TextModel {
    /// A text in English only.
    pub fn new(en: &str) -> TextModel {
        TextModel {
            en: en.to_string(),
            others: Vec::new(),
        }
    }

    /// This text with `text` in the language `tag` too.
    pub fn with(mut self, tag: &str, text: &str) -> TextModel {
        self.set(tag, text.to_string());
        self
    }

    fn at(&self, tag: &str) -> Result<usize, usize> {
        self.others.binary_search_by(|(known, _)| known.as_str().cmp(tag))
    }

    /// The text in `lang`, if written in it (English always).
    pub fn written_in(&self, lang: Lang) -> Option<&str> {
        self.get(lang.id())
    }

    /// The text in the language `tag`, if written in it.
    pub fn get(&self, tag: &str) -> Option<&str> {
        if tag == "en" {
            return Some(&self.en);
        }
        self.at(tag).ok().map(|at| self.others[at].1.as_str())
    }

    /// Writes the text in the language `tag` (`en` too), in place of what it had.
    pub fn set(&mut self, tag: &str, text: String) {
        if tag == "en" {
            self.en = text;
            return;
        }
        match self.at(tag) {
            Ok(at) => self.others[at].1 = text,
            Err(at) => self.others.insert(at, (tag.to_string(), text)),
        }
    }

    /// Leaves out the text in the language `tag`: false for English, which
    /// a text always has, and for a language it is not written in.
    pub fn remove(&mut self, tag: &str) -> bool {
        match self.at(tag) {
            Ok(at) => {
                self.others.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Each language but English and the text in it, in tag order.
    pub fn others(&self) -> impl Iterator<Item = (&str, &str)> {
        self.others.iter().map(|(tag, text)| (tag.as_str(), text.as_str()))
    }
}

/// Written as one object, English first: `{"en": "...", "fr": "..."}`.
impl Serialize for TextModel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1 + self.others.len()))?;
        map.serialize_entry("en", &self.en)?;
        for (tag, text) in &self.others {
            map.serialize_entry(tag, text)?;
        }
        map.end()
    }
}

/// Read from one object of texts by language tag, `en` required.
impl<'de> Deserialize<'de> for TextModel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TextModel, D::Error> {
        struct Texts;
        impl<'de> Visitor<'de> for Texts {
            type Value = TextModel;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of texts by language tag, with at least \"en\"")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<TextModel, A::Error> {
                let mut en = None;
                let mut text = TextModel::default();
                while let Some((tag, value)) = access.next_entry::<String, String>()? {
                    let twice = if tag == "en" {
                        en.replace(()).is_some()
                    } else {
                        text.get(&tag).is_some()
                    };
                    if twice {
                        return Err(de::Error::custom(format_args!("the language `{tag}` is given twice")));
                    }
                    text.set(&tag, value);
                }
                en.ok_or_else(|| de::Error::missing_field("en"))?;
                Ok(text)
            }
        }
        deserializer.deserialize_map(Texts)
    }
}

impl AnswerModel {
    /// An answer that adds nothing; builder methods below add the rest.
    pub fn new(id: &str, label: TextModel) -> AnswerModel {
        AnswerModel {
            id: id.to_string(),
            label,
            note: None,
            level: None,
            scope: None,
            site_months: None,
            adjacent_days: None,
            source: None,
            asks: None,
            exclusive: false,
            shown_for: None,
            when_regions: None,
        }
    }

    pub fn level(mut self, level: &str) -> AnswerModel {
        self.level = Some(level.to_string());
        self
    }

    pub fn scope(mut self, scope: &str) -> AnswerModel {
        self.scope = Some(scope.to_string());
        self
    }

    pub fn note(mut self, note: TextModel) -> AnswerModel {
        self.note = Some(note);
        self
    }

    pub fn source(mut self, source: SourceModel) -> AnswerModel {
        self.source = Some(source);
        self
    }

    pub fn asks(mut self, follow_up: &str) -> AnswerModel {
        self.asks = Some(follow_up.to_string());
        self
    }

    pub fn exclusive(mut self) -> AnswerModel {
        self.exclusive = true;
        self
    }

    pub fn shown_for(mut self, regions: &[&str]) -> AnswerModel {
        self.shown_for = Some(regions.iter().map(|r| r.to_string()).collect());
        self
    }

    /// `level` (with `source`) instead of the answer's own when one of `regions` is chosen.
    pub fn when_regions(mut self, regions: &[&str], level: &str, source: Option<SourceModel>) -> AnswerModel {
        self.when_regions = Some(WhenRegionsModel {
            regions: regions.iter().map(|r| r.to_string()).collect(),
            level: level.to_string(),
            source,
        });
        self
    }

    pub fn surgery_windows(mut self, site_months: u32, adjacent_days: u32) -> AnswerModel {
        self.scope = Some("surgery-windows".to_string());
        self.site_months = Some(site_months);
        self.adjacent_days = Some(adjacent_days);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text reads from and writes to one object of texts by tag: English
    /// first, then the other languages in tag order; English is required
    /// and no language may be given twice.
    #[test]
    fn a_text_is_english_and_any_languages_by_tag() {
        let text: TextModel = serde_json::from_str(r#"{"pa": "ਹਾਂ", "en": "Yes", "fr": "Oui"}"#).expect("valid");
        assert_eq!(text, TextModel::new("Yes").with("pa", "ਹਾਂ").with("fr", "Oui"));
        assert_eq!(
            (text.get("en"), text.get("fr"), text.get("fa")),
            (Some("Yes"), Some("Oui"), None)
        );
        assert_eq!(
            serde_json::to_string(&text).expect("json"),
            r#"{"en":"Yes","fr":"Oui","pa":"ਹਾਂ"}"#
        );
        let english: TextModel = serde_json::from_str(r#"{"en": "Yes"}"#).expect("valid");
        assert_eq!(english.others().count(), 0);
        for (json, said) in [
            (r#"{"fr": "Oui"}"#, "missing field `en`"),
            (
                r#"{"en": "Yes", "fr": "Oui", "fr": "Ouais"}"#,
                "the language `fr` is given twice",
            ),
            (r#"{"en": "Yes", "en": "Yeah"}"#, "the language `en` is given twice"),
            (r#"{"en": 1}"#, "invalid type"),
        ] {
            let refused = serde_json::from_str::<TextModel>(json).expect_err(json).to_string();
            assert!(refused.contains(said), "{json}: {refused}");
        }
        let mut edited = text;
        assert!(edited.remove("pa") && !edited.remove("pa") && !edited.remove("en"));
        edited.set("en", "Yes, I am".into());
        assert_eq!(edited, TextModel::new("Yes, I am").with("fr", "Oui"));
    }
}
