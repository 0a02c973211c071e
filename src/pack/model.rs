//! A language pack as a file (`lang/fr.json`): the serde edge. Validated
//! into a [`super::Pack`] by [`super::Pack::from_model`].
use core::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

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

/// A pack's texts by key, in key order: a sorted list, read and written as a
/// JSON object. (The standard `BTreeMap` costs the widget far more code.)
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextMap(Vec<(String, String)>);

impl TextMap {
    fn at(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// Adds or replaces the text for `key`.
    pub fn insert(&mut self, key: String, text: String) {
        match self.at(&key) {
            Ok(at) => self.0[at].1 = text,
            Err(at) => self.0.insert(at, (key, text)),
        }
    }

    pub fn get(&self, key: &str) -> Option<&String> {
        self.at(key).ok().map(|at| &self.0[at].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.at(key).is_ok()
    }

    pub fn remove(&mut self, key: &str) -> Option<String> {
        self.at(key).ok().map(|at| self.0.remove(at).1)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every key and its text, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter().map(|(key, text)| (key, text))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(key, _)| key)
    }
}

impl FromIterator<(String, String)> for TextMap {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(items: I) -> TextMap {
        let mut map = TextMap::default();
        for (key, text) in items {
            map.insert(key, text);
        }
        map
    }
}

impl Serialize for TextMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, text) in &self.0 {
            map.serialize_entry(key, text)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for TextMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TextMap, D::Error> {
        struct Texts;
        impl<'de> Visitor<'de> for Texts {
            type Value = TextMap;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of texts by key")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<TextMap, A::Error> {
                let mut map = TextMap::default();
                while let Some((key, text)) = access.next_entry::<String, String>()? {
                    map.insert(key, text);
                }
                Ok(map)
            }
        }
        deserializer.deserialize_map(Texts)
    }
}
