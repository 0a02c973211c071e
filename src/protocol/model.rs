//! The protocol's file shape (JSON, kebab-case keys). Everything here is plain
//! strings and numbers; [`crate::protocol::Protocol::from_model`] turns it into
//! domain types and reports every problem with its path.
//!
//! A protocol file is recognised by its top-level `questions` field.
//!
//! ```json
//! {
//!   "name": "default", "version": "1",
//!   "questions": [{
//!     "id": "bleeding", "category": "guideline", "select": "one",
//!     "prompt": {"en": "...", "fr": "..."},
//!     "source": {"citation": "ISCP 2012 ...", "text": {"en": "...", "fr": "..."}},
//!     "answers": [
//!       {"id": "yes", "label": {"en": "Yes", "fr": "Oui"}, "level": "talk-first"},
//!       {"id": "no", "label": {"en": "No", "fr": "Non"}}
//!     ]
//!   }],
//!   "texts": [{"key": "privacy", "text": {"en": "...", "fr": "..."}}]
//! }
//! ```

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ProtocolModel {
    pub name: String,
    pub version: String,
    pub questions: Vec<QuestionModel>,
    #[serde(default)]
    pub texts: Vec<TextEntryModel>,
}

/// A text in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextModel {
    pub en: String,
    pub fr: String,
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
    pub fn new(en: &str, fr: &str) -> TextModel {
        TextModel {
            en: en.to_string(),
            fr: fr.to_string(),
        }
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
