//! Checking a pack against the English: every key and no other, the same
//! placeholders, no empty text, no text far longer than the English; a
//! language tag, a direction and a review record that make sense. A
//! clinic's own pack is checked against the locks too. Every problem is
//! listed with its path.
use super::model::{PackModel, TextMap};
use super::{texts, Dir, Pack, Review};
use crate::base::date::Date;
use crate::base::english;
use crate::base::lang::Lang;
use crate::base::locks::is_locked_key;
use crate::base::text::{find, join, split};
use crate::base::validation::{fill, Problems, TextProblem, MAX_LABEL, MAX_PARAGRAPH};
use crate::protocol::{Protocol, ValidationError};

use core::fmt;

/// What can be wrong in a language pack. [`fmt::Display`] gives the English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackProblem {
    Text(TextProblem),
    NotLanguageTag {
        lang: String,
    },
    EnglishBuiltIn,
    UnknownDirection {
        dir: String,
    },
    Missing {
        english: String,
    },
    LongSentence {
        sentence: String,
        length: usize,
        limit: SentenceLimit,
    },
    /// The pack's placeholders and the English's, each list joined by commas.
    Placeholders {
        got: String,
        want: String,
    },
    NotAText,
    /// The shipped pack of the language could not be read to check the locks.
    ShippedUnreadable {
        lang: Lang,
    },
    LockedText {
        lang: Lang,
        kept: String,
    },
    NoReview,
    ReviewDate {
        date: String,
    },
    ReviewByEmpty,
    ReviewDateEmpty,
}

impl From<TextProblem> for PackProblem {
    fn from(problem: TextProblem) -> Self {
        PackProblem::Text(problem)
    }
}

impl fmt::Display for PackProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use PackProblem as P;
        // What a long sentence's message computes: its length and the most.
        let (length_text, most_text);
        let (template, values): (&str, [&str; 3]) = match self {
            P::Text(problem) => return problem.fmt(f),
            P::NotLanguageTag { lang } => (
                "\"{}\" is not a language tag like \"fr\", \"zh-Hans\" or \"pa\"",
                [lang, "", ""],
            ),
            P::EnglishBuiltIn => ("English is built in; a pack is for another language", ["", "", ""]),
            P::UnknownDirection { dir } => ("unknown direction \"{}\" (use \"ltr\" or \"rtl\")", [dir, "", ""]),
            P::Missing { english } => ("is missing; the English reads \"{}\"", [english, "", ""]),
            P::LongSentence {
                sentence,
                length,
                limit,
            } => {
                let (most, unit) = match limit {
                    SentenceLimit::Words(most) => (most, " words"),
                    SentenceLimit::Characters(most) => (most, " characters"),
                };
                length_text = format!("{length}{unit}");
                most_text = format!("{most}{unit}");
                (
                    "has a sentence of {} (\"{}\"); keep each sentence to {} or fewer, so it reads easily",
                    [&length_text, sentence, &most_text],
                )
            }
            P::Placeholders { got, want } => (
                "has the placeholders [{}]; the English has [{}], and each must appear exactly as there",
                [got, want, ""],
            ),
            P::NotAText => ("is not a text of the widget (no English text has this key)", ["", "", ""]),
            P::ShippedUnreadable { lang } => (
                "the shipped \"{}\" pack could not be read to check this pack's locked safety texts",
                [lang.id(), "", ""],
            ),
            P::LockedText { lang, kept } => (
                "is a locked safety text that no clinic may change; keep the shipped \"{}\" pack's words: \"{}\"",
                [lang.id(), kept, ""],
            ),
            P::NoReview => (
                "a pack for a language the widget does not ship needs a review record (\"review\": {\"by\", \"date\"}): who checked it against the English, and when",
                ["", "", ""],
            ),
            P::ReviewDate { date } => ("\"{}\" is not a date written YYYY-MM-DD", [date, "", ""]),
            P::ReviewByEmpty => (
                "is empty; name who reviewed the pack, or leave the date empty too",
                ["", "", ""],
            ),
            P::ReviewDateEmpty => ("is empty; give the day of the review as YYYY-MM-DD", ["", "", ""]),
        };
        fill(f, template, &values)
    }
}

/// How much longer than the English a text may run: twice, plus room for a
/// short English text that needs more words in another language.
fn longest(english: &str) -> usize {
    if !english::BUILT_IN {
        // Not here (see `en!`): the tool checks the shipped packs' lengths,
        // and the configurator a clinic's.
        return MAX_PARAGRAPH;
    }
    (english.chars().count() * 2 + 40).min(MAX_PARAGRAPH)
}

/// How long a sentence may run, by how the language is written: in words
/// where words are spaced (as the French check of the built-in words), in
/// characters for Chinese and Japanese, which write no spaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SentenceLimit {
    Words(usize),
    Characters(usize),
}

impl SentenceLimit {
    fn for_language(tag: &str) -> SentenceLimit {
        let language = split(tag, "-").next().unwrap_or_default();
        match language {
            "zh" | "ja" => SentenceLimit::Characters(40),
            _ => SentenceLimit::Words(22),
        }
    }

    /// The first sentence of `text` over the limit, with its length.
    fn first_over(self, text: &str) -> Option<(&str, usize)> {
        // Full stops, question and exclamation marks, in Latin, CJK, Persian
        // and Gurmukhi writing.
        let ends = ['.', '!', '?', '。', '！', '？', '؟', '।'];
        text.split(ends).map(str::trim).find_map(|sentence| {
            let (length, limit) = match self {
                SentenceLimit::Words(limit) => (sentence.split_whitespace().count(), limit),
                SentenceLimit::Characters(limit) => (sentence.chars().filter(|c| !c.is_whitespace()).count(), limit),
            };
            (length > limit).then_some((sentence, length))
        })
    }
}

/// The `{name}` placeholders of a text, in order.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = find(rest, "{") {
        let Some(end) = rest
            .get(open..)
            .and_then(|from| find(from, "}"))
            .map(|close| open + close + 1)
        else {
            break;
        };
        let (Some(placeholder), Some(after)) = (rest.get(open..end), rest.get(end..)) else {
            break;
        };
        found.push(placeholder);
        rest = after;
    }
    found
}

/// The same placeholders, each as many times, in any order; `{part}` and
/// `{Part}` are one placeholder, lowered or as written. (Counted, not
/// sorted: the standard sort is large in the wasm.)
fn same_placeholders(want: &[&str], got: &[&str]) -> bool {
    let count = |list: &[&str], p: &str| list.iter().filter(|q| q.eq_ignore_ascii_case(p)).count();
    want.len() == got.len() && want.iter().all(|p| count(want, p) == count(got, p))
}

/// A language tag as the widget takes it: a 2 or 3 letter language, then
/// optional parts of letters and digits (`fr`, `zh-Hans`, `pa-Guru`).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = split(tag, "-");
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

impl Pack {
    pub fn from_model(model: &PackModel, protocol: &Protocol) -> Result<Pack, Vec<ValidationError<PackProblem>>> {
        let mut problems = Problems::<PackProblem>::default();
        if !is_language_tag(&model.lang) {
            problems.add(
                "lang",
                PackProblem::NotLanguageTag {
                    lang: model.lang.clone(),
                },
            );
        } else if model.lang == Lang::EN.id() && english::BUILT_IN {
            problems.add("lang", PackProblem::EnglishBuiltIn);
        }
        problems.plain_string("name", &model.name, MAX_LABEL);
        let dir = match model.dir.as_str() {
            "ltr" => Some(Dir::Ltr),
            "rtl" => Some(Dir::Rtl),
            other => {
                problems.add("dir", PackProblem::UnknownDirection { dir: other.to_string() });
                None
            }
        };
        let review = review(&mut problems, model);

        let limit = SentenceLimit::for_language(&model.lang);
        let english: TextMap = texts(protocol).into_iter().collect();
        for (key, en) in english.iter() {
            let path = format!("texts[\"{key}\"]");
            let Some(text) = model.texts.get(key) else {
                problems.add(path, PackProblem::Missing { english: en.clone() });
                continue;
            };
            problems.plain_string(&path, text, longest(en));
            // The sentence rule is for what a visitor reads; the rules sheet
            // is for the clinic's physiotherapist.
            let for_visitors = !key.starts_with("rules.");
            if let Some((sentence, length)) = limit.first_over(text).filter(|_| for_visitors) {
                problems.add(
                    path.clone(),
                    PackProblem::LongSentence {
                        sentence: sentence.to_string(),
                        length,
                        limit,
                    },
                );
            }
            let (want, got) = (placeholders(en), placeholders(text));
            if !same_placeholders(&want, &got) {
                problems.add(
                    path,
                    PackProblem::Placeholders {
                        got: join(&got, ", "),
                        want: join(&want, ", "),
                    },
                );
            }
        }
        // The widget leaves the rules sheet's words to the tool and the configurator.
        let unchecked = |key: &str| cfg!(not(feature = "rules-sheet")) && key.starts_with("rules.");
        for key in model
            .texts
            .keys()
            .filter(|key| !english.contains_key(key) && !unchecked(key))
        {
            problems.add(format!("texts[\"{key}\"]"), PackProblem::NotAText);
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

impl Pack {
    /// A clinic's own pack (on its page, or given to `ims-checker
    /// validate`): checked as every pack is ([`Pack::from_model`]) and
    /// against the locks ([`lock_problems`]), every problem listed.
    pub fn clinic_from_model(
        model: &PackModel,
        protocol: &Protocol,
        shipped: Option<&TextMap>,
    ) -> Result<Pack, Vec<ValidationError<PackProblem>>> {
        let locks = lock_problems(model, shipped);
        match Pack::from_model(model, protocol) {
            Ok(pack) if locks.is_empty() => Ok(pack),
            Ok(_) => Err(locks),
            Err(mut problems) => {
                problems.extend(locks);
                Err(problems)
            }
        }
    }
}

/// What the locks refuse in a clinic's own pack. For a language the widget
/// ships, each locked safety text ([`crate::base::locks`]) must read exactly as in
/// the shipped pack, whose texts are `shipped` (`None` when they could not
/// be had: then the locks cannot be checked and the pack is refused). For a
/// language the widget does not ship there is nothing to compare with, so
/// the pack must say who checked it against the English, and when.
pub fn lock_problems(model: &PackModel, shipped: Option<&TextMap>) -> Vec<ValidationError<PackProblem>> {
    let mut problems = Problems::<PackProblem>::default();
    match (Lang::from_id(&model.lang), shipped) {
        (Some(Lang::EN), _) => {}
        (Some(lang), None) => problems.add("lang", PackProblem::ShippedUnreadable { lang }),
        (Some(lang), Some(shipped)) => {
            for (key, text) in model.texts.iter().filter(|(key, _)| is_locked_key(key)) {
                match shipped.get(key) {
                    Some(kept) if kept != text => problems.add(
                        format!("texts[\"{key}\"]"),
                        PackProblem::LockedText {
                            lang,
                            kept: kept.clone(),
                        },
                    ),
                    _ => {}
                }
            }
        }
        (None, _) if model.review.by.trim().is_empty() && model.review.date.trim().is_empty() => {
            problems.add("review", PackProblem::NoReview);
        }
        (None, _) => {}
    }
    problems.0
}

/// Both or neither: who reviewed the pack, and the day, as a real date.
fn review(problems: &mut Problems<PackProblem>, model: &PackModel) -> Option<Review> {
    let (by, date) = (model.review.by.trim(), model.review.date.trim());
    match (by.is_empty(), date.is_empty()) {
        (true, true) => None,
        (false, false) => match Date::parse(date) {
            Ok(date) => Some(Review {
                by: by.to_string(),
                date,
            }),
            Err(_) => {
                problems.add("review.date", PackProblem::ReviewDate { date: date.to_string() });
                None
            }
        },
        (true, false) => {
            problems.add("review.by", PackProblem::ReviewByEmpty);
            None
        }
        (false, true) => {
            problems.add("review.date", PackProblem::ReviewDateEmpty);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::shipped;
    use super::*;
    use crate::protocol::default_protocol;

    fn french() -> (Protocol, PackModel) {
        (default_protocol(), shipped(Lang::FR))
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
        model.lang = "fa".into();
        model.dir = "rtl".into();
        model.review.date = "2026-11-30".into();
        let pack = Pack::from_model(&model, &protocol).expect("valid");
        assert_eq!(pack.dir, Dir::Rtl);
        assert_eq!(pack.review.map(|r| r.date.to_string()), Some("2026-11-30".to_string()));
    }

    #[test]
    fn a_long_sentence_is_named_by_the_languages_rule() {
        let (protocol, mut model) = french();
        let long = "Un mot ".repeat(12);
        model.texts.insert("words.about_ims".into(), format!("{long}. Court."));
        let found = problems(&model, &protocol);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("texts[\"words.about_ims\"]: has a sentence of 24 words"),
            "{found:?}"
        );
        // Chinese counts characters: 45 in one sentence is too many, two of 30 are fine.
        model.lang = "zh-Hans".into();
        model.texts.insert("words.about_ims".into(), "针".repeat(45));
        let found = problems(&model, &protocol);
        assert!(
            found.iter().any(|p| p.contains("has a sentence of 45 characters")),
            "{found:?}"
        );
        model.texts.insert(
            "words.about_ims".into(),
            format!("{}。{}。", "针".repeat(30), "针".repeat(30)),
        );
        assert!(!problems(&model, &protocol)
            .iter()
            .any(|p| p.contains("words.about_ims")));
    }

    /// A clinic's French pack may reword what is not locked, but not a
    /// locked safety text: each one changed is named.
    #[test]
    fn a_clinic_pack_for_a_shipped_language_keeps_every_locked_text() {
        let (protocol, mut model) = french();
        let shipped = model.texts.clone();
        model.texts.insert("words.next".into(), "Continuer".into());
        assert!(Pack::clinic_from_model(&model, &protocol, Some(&shipped)).is_ok());
        model
            .texts
            .insert("text.level-emergency".into(), "Appelez la clinique.".into());
        model
            .texts
            .insert("answer.red-flags-general.chest-pain.label".into(), "Un peu mal".into());
        let found: Vec<String> = Pack::clinic_from_model(&model, &protocol, Some(&shipped))
            .expect_err("refused")
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].starts_with("texts[\"answer.red-flags-general.chest-pain.label\"]: is a locked safety text that no clinic may change"),
            "{found:?}"
        );
        assert_eq!(
            found[1],
            format!(
                "texts[\"text.level-emergency\"]: is a locked safety text that no clinic may change; keep the shipped \"fr\" pack's words: \"{}\"",
                shipped.get("text.level-emergency").map(String::as_str).unwrap_or_default()
            )
        );
        // Without the shipped words to compare with, nothing is let through.
        let found = Pack::clinic_from_model(&french().1, &protocol, None).expect_err("refused");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].problem.to_string().contains("could not be read to check"),
            "{found:?}"
        );
    }

    /// Every locked key a pack can hold is checked: each changed alone is refused.
    #[test]
    fn each_locked_key_of_a_pack_is_checked() {
        let (_, model) = french();
        let locked: Vec<&String> = model.texts.keys().filter(|key| is_locked_key(key)).collect();
        assert!(locked.len() >= 20, "{locked:?}");
        for key in locked {
            let mut changed = model.clone();
            changed.texts.insert(
                key.clone(),
                format!("{} !", model.texts.get(key).cloned().unwrap_or_default()),
            );
            let found = lock_problems(&changed, Some(&model.texts));
            assert_eq!(found.len(), 1, "{key}: {found:?}");
            assert_eq!(found[0].path, format!("texts[\"{key}\"]"));
        }
    }

    /// A pack for a language the widget does not ship carries a review record.
    #[test]
    fn a_clinic_pack_for_a_new_language_needs_a_review_record() {
        let (protocol, mut model) = french();
        model.lang = "ko".into();
        model.name = "한국어".into();
        let found = Pack::clinic_from_model(&model, &protocol, None).expect_err("refused");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, "review");
        assert!(
            found[0]
                .problem
                .to_string()
                .starts_with("a pack for a language the widget does not ship needs a review record"),
            "{found:?}"
        );
        model.review.by = "J. Kim, physiotherapist".into();
        model.review.date = "2026-12-01".into();
        let pack = Pack::clinic_from_model(&model, &protocol, None).expect("reviewed");
        assert_eq!(pack.language().id(), "ko");
    }

    #[test]
    fn placeholders_are_found_in_order() {
        assert_eq!(placeholders("{a} and {b}, not { and"), ["{a}", "{b}"]);
        assert!(placeholders("no braces").is_empty());
    }
}
