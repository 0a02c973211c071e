//! Language packs: every text a visitor reads, in one language, as one file
//! a clinic can review. English is compiled in and is what each pack is
//! checked against: the same keys, the same placeholders, no empty text.
//!
//! The keys name where a text is used: `words.<field>` (or
//! `words.<field>.<n>` in a list) for the widget's own words, and for the
//! protocol `question.<id>.prompt`, `.help`, `.points.<n>`, `.source`;
//! `answer.<question>.<answer>.label`, `.note`, `.source` (when the answer
//! has a reason of its own); `text.<key>` for the result's texts.
pub mod model;
mod validate;

use std::collections::BTreeMap;

use crate::date::Date;
use crate::i18n::words;
use crate::lang::Lang;
use crate::protocol::Protocol;

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
    pub texts: BTreeMap<String, String>,
}

/// Every text of the widget and of `protocol` in a built-in language, by key,
/// in a stable order: what a pack must translate.
pub fn texts(protocol: &Protocol, lang: Lang) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = words(lang)
        .entries()
        .into_iter()
        .map(|(key, text)| (format!("words.{key}"), text.to_string()))
        .collect();
    let mut add = |key: String, text: &str| out.push((key, text.to_string()));
    for q in &protocol.questions {
        let at = format!("question.{}", q.id);
        add(format!("{at}.prompt"), q.prompt.get(lang));
        if let Some(help) = &q.help {
            add(format!("{at}.help"), help.get(lang));
        }
        for (n, point) in q.points.iter().enumerate() {
            add(format!("{at}.points.{n}"), point.get(lang));
        }
        add(format!("{at}.source"), q.source.text.get(lang));
        for a in &q.answers {
            let at = format!("answer.{}.{}", q.id, a.id);
            add(format!("{at}.label"), a.label.get(lang));
            if let Some(note) = &a.note {
                add(format!("{at}.note"), note.get(lang));
            }
            if let Some(effect) = a.effect.as_ref().filter(|e| e.source != q.source) {
                add(format!("{at}.source"), effect.source.text.get(lang));
            }
        }
    }
    for entry in &protocol.texts {
        add(format!("text.{}", entry.key), entry.text.get(lang));
    }
    out
}

/// A built-in language as a pack file, for review or to serve from the
/// widget's folder.
pub fn export(protocol: &Protocol, lang: Lang) -> model::PackModel {
    let (name, dir) = match lang {
        Lang::En => ("English", "ltr"),
        Lang::Fr => ("Français", "ltr"),
    };
    model::PackModel {
        schema: None,
        lang: lang.id().to_string(),
        name: name.to_string(),
        dir: dir.to_string(),
        review: model::ReviewModel::default(),
        texts: texts(protocol, lang).into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::default_protocol;

    #[test]
    fn every_key_is_used_once() {
        let texts = texts(&default_protocol(), Lang::En);
        let unique: BTreeMap<_, _> = texts.iter().cloned().collect();
        assert_eq!(unique.len(), texts.len(), "a key names two texts");
        assert!(texts.iter().all(|(_, t)| !t.trim().is_empty()));
    }

    #[test]
    fn the_built_in_french_is_a_valid_pack() {
        let protocol = default_protocol();
        let pack = Pack::from_model(&export(&protocol, Lang::Fr), &protocol).expect("valid");
        assert_eq!(pack.lang, "fr");
        assert_eq!(pack.texts.len(), texts(&protocol, Lang::En).len());
    }
}
