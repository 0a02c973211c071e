//! Language packs: every text a visitor reads, in one language, as one file
//! a clinic can review. English is compiled in and is what each pack is
//! checked against: the same keys, the same placeholders, no empty text.
//!
//! The keys name where a text is used: `words.<field>` (or
//! `words.<field>.<n>` in a list) for the widget's own words, and for the
//! protocol `question.<id>.prompt`, `.help`, `.points.<n>`, `.source`;
//! `answer.<question>.<answer>.label`, `.note`, `.source` (when the answer
//! has a reason of its own), `.when-regions.source` (the reason of its
//! level for some places, when it has one of its own); `text.<key>` for the result's texts; and
//! `rules.<field>` for the rules sheet's own words, which only the
//! command-line tool prints (the widget neither needs nor checks them).
pub mod languages;
pub mod model;
#[cfg(test)]
mod readability;
pub mod served;
mod validate;

pub use validate::{lock_problems, PackProblem, SentenceLimit};

use crate::base::date::Date;
use crate::base::lang::Lang;
use crate::protocol::Protocol;
use crate::words::{built_in, Texts, Words};

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

/// Who reviewed a pack, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    pub by: String,
    pub date: Date,
}

/// A checked language pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pack {
    pub lang: String,
    pub name: String,
    pub dir: Dir,
    /// `None` until someone has reviewed it.
    pub review: Option<Review>,
    pub texts: model::TextMap,
}

/// Every English text of the widget and of `protocol`, by key, in a stable
/// order: what a pack must translate.
pub fn texts(protocol: &Protocol) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = built_in()
        .entries()
        .into_iter()
        .map(|(key, text)| (format!("words.{key}"), text.to_string()))
        .collect();
    // The rules sheet's words, which the tool and the configurator print.
    #[cfg(feature = "rules-sheet")]
    out.extend(
        crate::words::rules::built_in()
            .entries()
            .into_iter()
            .map(|(key, text)| (format!("rules.{key}"), text.to_string())),
    );
    protocol.clone().each_text(&mut |key, text| {
        if !out.iter().any(|(known, _)| *known == key) {
            out.push((key, text.en.clone()));
        }
    });
    out
}

impl Pack {
    /// The pack's language: a shipped one, or the clinic's own.
    pub fn language(&self) -> Lang {
        Lang::own(&self.lang)
    }

    /// `protocol` speaking this pack's language beside the English; English's
    /// own pack (where the English is not built in, see `en!`) fills in the
    /// English itself, so the clinic's English and everything made from the
    /// English read as where it is built in.
    pub fn localize(&self, mut protocol: Protocol) -> Protocol {
        let lang = self.language();
        protocol.each_text(&mut |key, text| {
            if let Some(translated) = self.texts.get(&key) {
                if lang == Lang::EN {
                    text.en = translated.clone();
                } else {
                    text.other = Some((lang, translated.clone()));
                }
            }
        });
        protocol
    }

    /// The widget's words in this pack's language.
    pub fn words(&self) -> Words {
        Words::from_pack(self.language(), self.dir == Dir::Rtl, &|key| {
            self.texts.get(key).cloned()
        })
    }

    /// The rules sheet's words in this pack's language.
    #[cfg(feature = "rules-sheet")]
    pub fn rules_words(&self) -> crate::words::rules::RulesWords {
        crate::words::rules::RulesWords::from_pack(self.language(), &|key| self.texts.get(key).cloned())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::protocol::default_protocol;

    #[test]
    fn every_key_is_used_once() {
        let texts = texts(&default_protocol());
        let unique: BTreeMap<_, _> = texts.iter().cloned().collect();
        assert_eq!(unique.len(), texts.len(), "a key names two texts");
        assert!(texts.iter().all(|(_, t)| !t.trim().is_empty()));
    }

    /// A shipped pack as the dist serves it, from `packs/<tag>.json`.
    pub(crate) fn shipped(lang: Lang) -> model::PackModel {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("packs")
            .join(format!("{}.json", lang.id()));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn every_shipped_pack_is_valid_named_in_itself_and_written_its_way() {
        let protocol = default_protocol();
        for lang in Lang::SHIPPED.into_iter().filter(|lang| *lang != Lang::EN) {
            let model = shipped(lang);
            let pack = Pack::from_model(&model, &protocol)
                .unwrap_or_else(|problems| panic!("packs/{}.json: {problems:?}", lang.id()));
            assert_eq!(pack.language(), lang);
            assert_eq!(Some(pack.name.as_str()), lang.name());
            assert_eq!(pack.dir == Dir::Rtl, lang == Lang::FA, "{}", lang.id());
        }
    }

    /// A language that writes its own digits (Persian) writes them in every
    /// text a visitor reads, as the widget does in the numbers it formats.
    #[test]
    fn a_language_with_its_own_digits_uses_them_throughout() {
        for lang in Lang::SHIPPED.into_iter().filter(|lang| *lang != Lang::EN) {
            let texts = shipped(lang).texts;
            let digits = texts.get("words.digits").cloned().unwrap_or_default();
            if digits == "0123456789" {
                continue;
            }
            let latin: Vec<&String> = texts
                .iter()
                .filter(|(key, text)| !key.starts_with("rules.") && text.chars().any(|c| c.is_ascii_digit()))
                .map(|(key, _)| key)
                .collect();
            assert!(latin.is_empty(), "{}: Latin digits in {latin:?}", lang.id());
        }
    }

    /// A shipped pack, checked against the default protocol.
    pub(crate) fn shipped_pack(lang: Lang) -> Pack {
        Pack::from_model(&shipped(lang), &default_protocol())
            .unwrap_or_else(|problems| panic!("packs/{}.json: {problems:?}", lang.id()))
    }

    /// Every text of the protocol has its pack's words beside the English
    /// once localized, and only those: the English stays as it was.
    #[test]
    fn a_pack_translates_every_text_of_the_protocol() {
        let english = default_protocol();
        let pack = shipped_pack(Lang::FR);
        let mut french = pack.localize(english.clone());
        french.each_text(&mut |key, text| {
            assert_eq!(
                text.other.as_ref().map(|(lang, words)| (*lang, words)),
                Some((Lang::FR, &pack.texts.get(&key).cloned().unwrap_or_default())),
                "{key}"
            );
            text.other = None;
        });
        assert_eq!(french, english);
    }

    /// Each locked key names texts a pack has (a prefix at least one), but
    /// for the two handoff notes not written yet; a configuration's
    /// override names its text by the same key.
    #[test]
    fn the_locked_keys_are_keys_of_the_packs() {
        use crate::base::locks::{is_locked_key, LOCKED_KEYS};
        use crate::config::TextTarget;
        let keys: Vec<String> = texts(&default_protocol()).into_iter().map(|(key, _)| key).collect();
        let not_yet = ["words.see_doctor_no_doctor", "words.nurse_line_unsure"];
        for locked in LOCKED_KEYS.into_iter().filter(|key| !not_yet.contains(key)) {
            let prefix = locked.trim_end_matches('*');
            assert!(
                keys.iter()
                    .any(|key| key == locked || (prefix != locked && key.starts_with(prefix))),
                "{locked} names no text"
            );
        }
        for (target, key) in [
            (
                TextTarget::Note {
                    question: "chest-cause".into(),
                    answer: "yes".into(),
                },
                "answer.chest-cause.yes.note",
            ),
            (
                TextTarget::Prompt {
                    question: "red-flags-general".into(),
                },
                "question.red-flags-general.prompt",
            ),
            (
                TextTarget::Text {
                    key: "expect-after-treatment".into(),
                },
                "text.expect-after-treatment",
            ),
        ] {
            assert_eq!(target.pack_key(), key);
            assert!(
                keys.iter().any(|k| k == key) && target.is_locked() && is_locked_key(key),
                "{key}"
            );
        }
    }

    #[test]
    fn the_shipped_french_is_a_whole_pack() {
        let pack = shipped_pack(Lang::FR);
        assert_eq!(pack.lang, "fr");
        assert_eq!(pack.texts.len(), texts(&default_protocol()).len());
    }
}
