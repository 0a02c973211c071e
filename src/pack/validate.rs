//! Checking a pack against the English: every key and no other, the same
//! placeholders, no empty text, no text far longer than the English; a
//! language tag, a direction and a review record that make sense. Every
//! problem is listed with its path.
use std::collections::BTreeMap;

use super::model::PackModel;
use super::{texts, Dir, Pack, Review};
use crate::date::Date;
use crate::lang::Lang;
use crate::protocol::{Protocol, ValidationError};
use crate::validation::{Problems, MAX_LABEL, MAX_PARAGRAPH};

/// How much longer than the English a text may run: twice, plus room for a
/// short English text that needs more words in another language.
fn longest(english: &str) -> usize {
    (english.chars().count() * 2 + 40).min(MAX_PARAGRAPH)
}

/// The `{name}` placeholders of a text, in order.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        found.push(&rest[open..open + close + 1]);
        rest = &rest[open + close + 1..];
    }
    found
}

/// A language tag as the widget takes it: a 2 or 3 letter language, then
/// optional parts of letters and digits (`fr`, `zh-Hans`, `pa-Guru`).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

impl Pack {
    pub fn from_model(model: &PackModel, protocol: &Protocol) -> Result<Pack, Vec<ValidationError>> {
        let mut problems = Problems(Vec::new());
        if !is_language_tag(&model.lang) {
            problems.add(
                "lang",
                format!(
                    "\"{}\" is not a language tag like \"fr\", \"zh-Hans\" or \"pa\"",
                    model.lang
                ),
            );
        } else if model.lang == Lang::En.id() {
            problems.add("lang", "English is built in; a pack is for another language");
        }
        problems.plain_string("name", &model.name, MAX_LABEL);
        let dir = match model.dir.as_str() {
            "ltr" => Some(Dir::Ltr),
            "rtl" => Some(Dir::Rtl),
            other => {
                problems.add("dir", format!("unknown direction \"{other}\" (use \"ltr\" or \"rtl\")"));
                None
            }
        };
        let review = review(&mut problems, model);

        let english: BTreeMap<String, String> = texts(protocol, Lang::En).into_iter().collect();
        for (key, en) in &english {
            let path = format!("texts[\"{key}\"]");
            let Some(text) = model.texts.get(key) else {
                problems.add(path, format!("is missing; the English reads \"{en}\""));
                continue;
            };
            problems.plain_string(&path, text, longest(en));
            let (want, got) = (placeholders(en), placeholders(text));
            let mut want_sorted = want.clone();
            let mut got_sorted = got.clone();
            want_sorted.sort_unstable();
            got_sorted.sort_unstable();
            if want_sorted != got_sorted {
                problems.add(
                    path,
                    format!(
                        "has the placeholders [{}]; the English has [{}], and each must appear exactly as there",
                        got.join(", "),
                        want.join(", ")
                    ),
                );
            }
        }
        for key in model.texts.keys().filter(|key| !english.contains_key(*key)) {
            problems.add(
                format!("texts[\"{key}\"]"),
                "is not a text of the widget (no English text has this key)",
            );
        }
        match (problems.0.is_empty(), dir) {
            (true, Some(dir)) => Ok(Pack {
                lang: model.lang.clone(),
                name: model.name.clone(),
                dir,
                review,
                texts: model.texts.clone(),
            }),
            _ => Err(problems.0),
        }
    }
}

/// Both or neither: who reviewed the pack, and the day, as a real date.
fn review(problems: &mut Problems, model: &PackModel) -> Option<Review> {
    let (by, date) = (model.review.by.trim(), model.review.date.trim());
    match (by.is_empty(), date.is_empty()) {
        (true, true) => None,
        (false, false) => match Date::parse(date) {
            Ok(date) => Some(Review {
                by: by.to_string(),
                date,
            }),
            Err(_) => {
                problems.add("review.date", format!("\"{date}\" is not a date written YYYY-MM-DD"));
                None
            }
        },
        (true, false) => {
            problems.add(
                "review.by",
                "is empty; name who reviewed the pack, or leave the date empty too",
            );
            None
        }
        (false, true) => {
            problems.add("review.date", "is empty; give the day of the review as YYYY-MM-DD");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::export;
    use super::*;
    use crate::protocol::default_protocol;

    fn french() -> (Protocol, PackModel) {
        let protocol = default_protocol();
        let model = export(&protocol, Lang::Fr);
        (protocol, model)
    }

    fn problems(model: &PackModel, protocol: &Protocol) -> Vec<String> {
        match Pack::from_model(model, protocol) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn a_missing_key_is_named() {
        let (protocol, mut model) = french();
        model.texts.remove("question.pregnant.prompt");
        let found = problems(&model, &protocol);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("texts[\"question.pregnant.prompt\"]: is missing"),
            "{found:?}"
        );
    }

    #[test]
    fn an_extra_key_is_named() {
        let (protocol, mut model) = french();
        model
            .texts
            .insert("question.pregnant.promt".into(), "Enceinte ?".into());
        let found = problems(&model, &protocol);
        assert_eq!(
            found,
            ["texts[\"question.pregnant.promt\"]: is not a text of the widget (no English text has this key)"]
        );
    }

    #[test]
    fn a_wrong_placeholder_is_named() {
        let (protocol, mut model) = french();
        model
            .texts
            .insert("words.step_of".into(), "Étape {number} sur 4".into());
        let found = problems(&model, &protocol);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("texts[\"words.step_of\"]: has the placeholders [{number}]; the English has [{n}]"),
            "{found:?}"
        );
    }

    #[test]
    fn an_empty_text_is_named() {
        let (protocol, mut model) = french();
        model
            .texts
            .insert("answer.needle-fear.severe.label".into(), "  ".into());
        let found = problems(&model, &protocol);
        assert_eq!(
            found,
            ["texts[\"answer.needle-fear.severe.label\"]: is empty; write the text"]
        );
    }

    #[test]
    fn a_text_far_longer_than_the_english_is_named() {
        let (protocol, mut model) = french();
        model.texts.insert("words.next".into(), "Suivant ".repeat(20));
        let found = problems(&model, &protocol);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("texts[\"words.next\"]: is 160 characters long"),
            "{found:?}"
        );
    }

    #[test]
    fn the_language_direction_and_review_are_checked() {
        let (protocol, mut model) = french();
        model.lang = "French".into();
        model.dir = "right-to-left".into();
        model.review.by = "A. Physio".into();
        let found = problems(&model, &protocol);
        assert_eq!(
            found,
            [
                "lang: \"French\" is not a language tag like \"fr\", \"zh-Hans\" or \"pa\"",
                "dir: unknown direction \"right-to-left\" (use \"ltr\" or \"rtl\")",
                "review.date: is empty; give the day of the review as YYYY-MM-DD",
            ]
        );
        model.lang = "zh-Hans".into();
        model.dir = "rtl".into();
        model.review.date = "2026-11-30".into();
        let pack = Pack::from_model(&model, &protocol).expect("valid");
        assert_eq!(pack.dir, Dir::Rtl);
        assert_eq!(pack.review.map(|r| r.date.to_string()), Some("2026-11-30".to_string()));
    }

    #[test]
    fn placeholders_are_found_in_order() {
        assert_eq!(placeholders("{a} and {b}, not { and"), ["{a}", "{b}"]);
        assert!(placeholders("no braces").is_empty());
    }
}
