//! A language pack as a file (`lang/fr.json`): the serde edge. Validated
//! into a [`super::Pack`] by [`super::Pack::from_model`].
use serde::{Deserialize, Serialize};

use crate::base::sorted_map::SortedMap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PackModel {
    /// Read and ignored: lets an editor find the pack's schema.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The language's tag: `fr`, `zh-Hans`, `pa`, `fa`.
    pub lang: String,
    /// The language's name in itself, for the language menu: "Français".
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// Who checked the words against the English, and when.
    #[serde(default)]
    pub review: ReviewModel,
    /// Every text, by its key in the English (`words.next`,
    /// `question.pregnant.prompt`, `answer.needle-fear.severe.label`).
    pub texts: TextMap,
}

/// Empty when nobody has reviewed the pack yet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ReviewModel {
    #[serde(default)]
    pub by: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
}

/// A pack's texts by key, in key order, read and written as a JSON object.
pub type TextMap = SortedMap<String>;
