//! A configuration model into a [`ClinicConfig`], checked against the
//! protocol it adjusts: every problem with its path, links, phone numbers
//! and email addresses checked, and [`keeping_what_is_valid`] for the widget.

use super::model::{ConfigModel, Entries, RulesReviewModel};
use super::{ClinicConfig, RulesReview, TextTarget};
use crate::base::date::Date;
use crate::base::lang::Lang;
use crate::base::locks::is_absolute_row;
use crate::base::text::{find, join, split_once};
use crate::base::validation::{fill, Problems, TextProblem, ValidationError, MAX_LABEL, MAX_PARAGRAPH};
use crate::protocol::model::TextModel;
use crate::protocol::validate::unknown_level;
use crate::protocol::{Answer, Category, Level, Protocol, Question};

use core::fmt;

/// What can be wrong in a clinic configuration. [`fmt::Display`] gives the
/// English of `ims-checker validate` and of the widget's setup problems;
/// the configurator words each kind for a front desk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigProblem {
    Text(TextProblem),
    /// A link whose scheme is not https, http, tel or mailto; `shown` is
    /// what comes before its first colon (at most 20 characters).
    LinkScheme {
        shown: String,
    },
    LinkTooLong,
    LinkSpaces,
    LinkWithNothingAfter {
        link: String,
        scheme: &'static str,
    },
    NotPhoneNumber {
        number: String,
    },
    NotEmailAddress {
        email: String,
    },
    /// A text in a language the clinic does not offer.
    LanguageNotOffered {
        tag: String,
    },
    NoLanguages,
    UnknownLanguage {
        id: String,
    },
    LanguageTwice {
        id: String,
    },
    UnknownQuestion {
        id: String,
    },
    RowNotGuideline {
        id: String,
        category: Category,
    },
    RowAbsolute {
        id: String,
    },
    RowTwice {
        id: String,
    },
    UnknownLevel {
        id: String,
    },
    RuleNotNamed,
    RuleWithoutAnswer {
        question: String,
        answer: String,
    },
    /// A stricter level no clinic may give, and why.
    LevelRefused {
        question: String,
        answer: String,
        refusal: LevelRefusal,
    },
    RowTurnedOff {
        question: String,
    },
    /// `pack_key`: the locked text's key in a pack (`text.level-urgent`).
    LockedText {
        key: String,
        pack_key: String,
    },
    /// An answer's text override not named `kind:question/answer`.
    OverrideNotNamed {
        kind: String,
    },
    OverrideWithoutAnswer {
        question: String,
        answer: String,
    },
    /// `known`: the protocol's text keys, joined by commas.
    UnknownText {
        key: String,
        known: String,
    },
    UnknownOverride {
        key: String,
    },
    /// The reviewer's name holds `<` and `>`.
    ReviewerHtml,
    /// The review's day is not a real date written `YYYY-MM-DD`.
    ReviewDate {
        date: String,
    },
}

/// Why a clinic may not give an answer a level (see [`stricter_level_refusal`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelRefusal {
    NeverChangesOutcome {
        category: Category,
    },
    NoneOfThese,
    LessSevere {
        level: Level,
        current: Level,
    },
    EmergencyScreen,
    NoProblem,
    /// `emergency`, `urgent` and `see-doctor`: for the warning signs alone.
    WarningLevel {
        level: Level,
    },
    Already {
        level: Level,
    },
    WaitWithoutDate,
}

impl From<TextProblem> for ConfigProblem {
    fn from(problem: TextProblem) -> Self {
        ConfigProblem::Text(problem)
    }
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ConfigProblem as C;
        // What some messages compute: the shipped languages, "a core".
        let (languages, article);
        let (template, values): (&str, [&str; 2]) = match self {
            C::Text(problem) => return problem.fmt(f),
            C::LevelRefused {
                question,
                answer,
                refusal,
            } => return refused(f, question, answer, *refusal),
            C::UnknownLevel { id } => return unknown_level(f, id),
            C::LinkScheme { shown } => (
                "link must start with https://, http://, tel: or mailto: (got \"{}\"); other kinds of links are refused",
                [shown, ""],
            ),
            C::LinkTooLong => return write!(f, "link is longer than {MAX_LINK} characters"),
            C::LinkSpaces => ("link contains spaces or control characters", ["", ""]),
            C::LinkWithNothingAfter { link, scheme } => ("link \"{}\" has nothing after \"{}\"", [link, scheme]),
            C::NotPhoneNumber { number } => (
                "\"{}\" is not a phone number (use 2 or more digits, with spaces, +, -, dots or parentheses; at most 30 characters)",
                [number, ""],
            ),
            C::NotEmailAddress { email } => ("\"{}\" is not an email address like name@example.com", [email, ""]),
            C::LanguageNotOffered { tag } => (
                "\"{}\" is not one of the clinic's languages; offer it in \"languages\" or leave this text out",
                [tag, ""],
            ),
            C::NoLanguages => {
                languages = join(&Lang::SHIPPED.map(Lang::id), ", ");
                ("is empty; offer at least one of {}", [&languages, ""])
            }
            C::UnknownLanguage { id } => {
                languages = join(&Lang::SHIPPED.map(Lang::id), ", ");
                ("unknown language \"{}\" (known: {})", [id, &languages])
            }
            C::LanguageTwice { id } | C::RowTwice { id } => ("\"{}\" is listed twice", [id, ""]),
            C::UnknownQuestion { id } => ("unknown question \"{}\"", [id, ""]),
            C::RowNotGuideline { id, category } => {
                article = with_article(category.id());
                (
                    "\"{}\" is {} question; only guideline rows can be turned off (rules from source 002 and the safety screens always apply)",
                    [id, &article],
                )
            }
            C::RowAbsolute { id } => (
                "\"{}\" is an absolute contraindication (ISCP 2012): it is asked in every protocol and cannot be turned off",
                [id, ""],
            ),
            C::RuleNotNamed => ("name a rule as \"question/answer\", e.g. \"bleeding/yes\"", ["", ""]),
            C::RuleWithoutAnswer { question, answer } => {
                ("question \"{}\" has no answer \"{}\"", [question, answer])
            }
            C::RowTurnedOff { question } => (
                "\"{}\" is turned off in rows-turned-off; keep the row or drop this level",
                [question, ""],
            ),
            C::LockedText { key, pack_key } => (
                "\"{}\" is a locked safety text ({}) that no clinic may change",
                [key, pack_key],
            ),
            C::OverrideNotNamed { kind } => ("name the answer as \"{}:question/answer\"", [kind, ""]),
            C::OverrideWithoutAnswer { question, answer } => {
                ("there is no answer \"{}\" in question \"{}\"", [answer, question])
            }
            C::UnknownText { key, known } => ("unknown text \"{}\" (known: {})", [key, known]),
            C::ReviewerHtml => ("looks like HTML; write the reviewer's name as plain text", ["", ""]),
            C::ReviewDate { date } => ("\"{}\" is not a real date written YYYY-MM-DD", [date, ""]),
            C::UnknownOverride { key } => (
                "unknown override \"{}\"; use question:<question>, help:<question>, answer:<question>/<answer>, note:<question>/<answer>, text:<key>",
                [key, ""],
            ),
        };
        fill(f, template, &values)
    }
}

/// A stricter level refused for `answer` of `question`, in English.
fn refused(f: &mut fmt::Formatter<'_>, question: &str, answer: &str, refusal: LevelRefusal) -> fmt::Result {
    use LevelRefusal as R;
    let article;
    let (template, values): (&str, [&str; 3]) = match refusal {
        R::NeverChangesOutcome { category } => {
            article = with_article(category.id());
            ("\"{}\" is {} question and never changes the outcome", [question, &article, ""])
        }
        R::NoneOfThese => ("\"{}\" means \"none of these\" and cannot have a level", [answer, "", ""]),
        R::LessSevere { level, current } => (
            "\"{}\" is less severe than the protocol's \"{}\"; a clinic can only make a level stricter",
            [level.id(), current.id(), ""],
        ),
        R::EmergencyScreen => (
            "\"{}\" is the emergency screen, whose levels no clinic may change",
            [question, "", ""],
        ),
        R::NoProblem => ("\"{}\" means no problem, so no level can be added to it", [answer, "", ""]),
        R::WarningLevel { level } => (
            "\"{}\" belongs to the emergency screen and the warning signs alone; a clinic may make an answer stricter only up to \"{}\"",
            [level.id(), Level::NotSuitable.id(), ""],
        ),
        R::Already { level } => (
            "\"{}\" is the protocol's level for \"{}\" already; choose a stricter one, up to \"{}\"",
            [level.id(), answer, Level::NotSuitable.id()],
        ),
        R::WaitWithoutDate => ("\"wait\" needs a date, which only the surgery windows give", ["", "", ""]),
    };
    fill(f, template, &values)
}

/// The configuration with every setting that has a problem left out, and
/// those problems: the visitor still gets the clinic's phone when only the
/// booking link is wrong. Never fails; at worst it is the defaults.
pub fn keeping_what_is_valid<Levels, Overrides>(
    mut model: ConfigModel<Levels, Overrides>,
    protocol: &Protocol,
) -> (ClinicConfig, Vec<ValidationError<ConfigProblem>>)
where
    Levels: Entries<Value = String> + Default,
    Overrides: Entries<Value = TextModel> + Default,
{
    let errors = match ClinicConfig::from_model(&model, protocol) {
        Ok(config) => return (config, Vec::new()),
        Err(errors) => errors,
    };
    for error in &errors {
        model.leave_out(&error.path);
    }
    // A name is required of a configuration, but a visitor needs the clinic's
    // contacts more than its name: check the rest under a stand-in name and
    // show none (the summary then leaves its line out).
    let unnamed = model.clinic_name.is_empty();
    if unnamed {
        model.clinic_name = "clinic".into();
    }
    let mut config = ClinicConfig::from_model(&model, protocol).unwrap_or_default();
    if unnamed {
        config.clinic_name = String::new();
    }
    (config, errors)
}

const MAX_LINK: usize = 2000;
const LINK_SCHEMES: [&str; 4] = ["https://", "http://", "tel:", "mailto:"];

impl ClinicConfig {
    /// Validates a configuration against the protocol it will adjust,
    /// listing every problem with its field.
    pub fn from_model<Levels, Overrides>(
        model: &ConfigModel<Levels, Overrides>,
        protocol: &Protocol,
    ) -> Result<ClinicConfig, Vec<ValidationError<ConfigProblem>>>
    where
        Levels: Entries<Value = String>,
        Overrides: Entries<Value = TextModel>,
    {
        let mut problems = Problems::<ConfigProblem>::default();
        problems.plain_string("clinic-name", &model.clinic_name, 200);
        if let Some(url) = &model.booking_url {
            check_link(&mut problems, "booking-url", url);
        }
        for (field, number) in [
            ("phone", &model.phone),
            ("emergency-number", &model.emergency_number),
            ("nurse-line", &model.nurse_line),
        ] {
            if let Some(number) = number {
                check_phone(&mut problems, field, number);
            }
        }
        if let Some(email) = &model.email {
            check_email(&mut problems, "email", email);
        }
        let languages = languages(&mut problems, model.languages.as_deref());
        let coverage = model
            .coverage
            .as_ref()
            .map(|t| clinic_text(&mut problems, "coverage", t, MAX_PARAGRAPH, &languages));
        let referral = model
            .referral
            .as_ref()
            .map(|t| clinic_text(&mut problems, "referral", t, MAX_PARAGRAPH, &languages));

        for (i, id) in model.rows_turned_off.iter().enumerate() {
            let path = format!("rows-turned-off[{i}]");
            match protocol.question(id) {
                None => problems.add(path, ConfigProblem::UnknownQuestion { id: id.clone() }),
                Some(q) if q.category != Category::Guideline => problems.add(
                    path,
                    ConfigProblem::RowNotGuideline {
                        id: id.clone(),
                        category: q.category,
                    },
                ),
                Some(_) if is_absolute_row(id) => problems.add(path, ConfigProblem::RowAbsolute { id: id.clone() }),
                Some(_) if model.rows_turned_off.iter().take(i).any(|earlier| earlier == id) => {
                    problems.add(path, ConfigProblem::RowTwice { id: id.clone() });
                }
                Some(_) => {}
            }
        }

        let mut stricter_levels = Vec::new();
        for (rule, level_id) in model.stricter_levels.entries() {
            let path = format!("stricter-levels.{rule}");
            if let Some(entry) = stricter_level(&mut problems, &path, rule, level_id, protocol, &model.rows_turned_off)
            {
                stricter_levels.push(entry);
            }
        }

        let review = model
            .review
            .as_ref()
            .and_then(|review| rules_review(&mut problems, review));

        let mut text_overrides = Vec::new();
        for (key, text) in model.text_overrides.entries() {
            let path = format!("text-overrides.{key}");
            let Some((target, max_chars)) = text_target(&mut problems, &path, key, protocol) else {
                continue;
            };
            if target.is_locked() {
                problems.add(
                    &path,
                    ConfigProblem::LockedText {
                        key: key.to_string(),
                        pack_key: target.pack_key(),
                    },
                );
                continue;
            }
            let text = clinic_text(&mut problems, &path, text, max_chars, &languages);
            text_overrides.push((target, text));
        }

        if !problems.0.is_empty() {
            return Err(problems.0);
        }
        Ok(ClinicConfig {
            clinic_name: model.clinic_name.clone(),
            booking_url: model.booking_url.clone(),
            phone: model.phone.clone(),
            email: model.email.clone(),
            emergency_number: model.emergency_number.clone().unwrap_or_else(|| "911".to_string()),
            nurse_line: model.nurse_line.clone(),
            coverage,
            referral,
            languages,
            rows_turned_off: model.rows_turned_off.clone(),
            stricter_levels,
            text_overrides,
            review,
        })
    }
}

/// Who reviewed the rules (plain text, not HTML) and on which real day.
fn rules_review(problems: &mut Problems<ConfigProblem>, review: &RulesReviewModel) -> Option<RulesReview> {
    let by = review.by.trim();
    problems.plain_string("review.by", by, 100);
    // (`find`, not `str::contains`, whose search is large in the wasm.)
    if find(by, "<").is_some() && find(by, ">").is_some() {
        problems.add("review.by", ConfigProblem::ReviewerHtml);
    }
    let date = Date::parse(review.date.trim()).ok();
    if date.is_none() {
        problems.add(
            "review.date",
            ConfigProblem::ReviewDate {
                date: review.date.clone(),
            },
        );
    }
    Some(RulesReview {
        by: by.to_string(),
        date: date?,
    })
}

/// "a core", "an emergency-screen".
fn with_article(word: &str) -> String {
    let article = if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {word}")
}

fn check_link(problems: &mut Problems<ConfigProblem>, field: &str, url: &str) {
    let lower = url.to_ascii_lowercase();
    let Some(scheme) = LINK_SCHEMES.iter().find(|scheme| lower.starts_with(*scheme)) else {
        let shown: String = url.chars().take_while(|c| *c != ':').take(20).collect();
        problems.add(field, ConfigProblem::LinkScheme { shown });
        return;
    };
    if url.chars().count() > MAX_LINK {
        problems.add(field, ConfigProblem::LinkTooLong);
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        problems.add(field, ConfigProblem::LinkSpaces);
    }
    let rest = url.get(scheme.len()..).unwrap_or("");
    let host_or_target = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host_or_target.is_empty() {
        problems.add(
            field,
            ConfigProblem::LinkWithNothingAfter {
                link: url.to_string(),
                scheme,
            },
        );
    }
}

fn check_phone(problems: &mut Problems<ConfigProblem>, field: &str, number: &str) {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let allowed = number
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'));
    if !allowed || digits < 2 || number.chars().count() > 30 {
        problems.add(
            field,
            ConfigProblem::NotPhoneNumber {
                number: number.to_string(),
            },
        );
    }
}

fn check_email(problems: &mut Problems<ConfigProblem>, field: &str, email: &str) {
    let well_formed = match split_once(email, "@") {
        Some((local, domain)) if find(domain, "@").is_none() => {
            !local.is_empty()
                && find(domain, ".").is_some()
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && email.len() <= 254
                && !email.chars().any(|c| {
                    c.is_whitespace()
                        || c.is_control()
                        || matches!(c, '<' | '>' | '"' | '(' | ')' | ',' | ';' | ':' | '[' | ']' | '\\')
                })
        }
        _ => false,
    };
    if !well_formed {
        problems.add(
            field,
            ConfigProblem::NotEmailAddress {
                email: email.to_string(),
            },
        );
    }
}

/// A text the clinic writes: in English, and in any of the languages it
/// offers (`offered`); a language it does not offer is a problem. (The
/// protocol's texts are checked apart: a clinic writes no protocol.)
fn clinic_text(
    problems: &mut Problems<ConfigProblem>,
    path: &str,
    text: &TextModel,
    max_chars: usize,
    offered: &[Lang],
) -> TextModel {
    problems.plain_string(&format!("{path}.en"), &text.en, max_chars);
    for (tag, value) in text.others() {
        let at = format!("{path}.{tag}");
        if !offered.iter().any(|lang| lang.id() == tag) {
            problems.add(&at, ConfigProblem::LanguageNotOffered { tag: tag.to_string() });
        }
        problems.plain_string(&at, value, max_chars);
    }
    text.clone()
}

fn languages(problems: &mut Problems<ConfigProblem>, ids: Option<&[String]>) -> Vec<Lang> {
    let Some(ids) = ids else {
        return Lang::DEFAULT.to_vec();
    };
    let problems_before = problems.0.len();
    if ids.is_empty() {
        problems.add("languages", ConfigProblem::NoLanguages);
    }
    let mut languages = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        match Lang::from_id(id) {
            None => problems.add(
                format!("languages[{i}]"),
                ConfigProblem::UnknownLanguage { id: id.clone() },
            ),
            Some(lang) if languages.contains(&lang) => {
                problems.add(
                    format!("languages[{i}]"),
                    ConfigProblem::LanguageTwice { id: id.clone() },
                );
            }
            Some(lang) => languages.push(lang),
        }
    }
    // Languages with a problem are left out for the defaults (see
    // `keeping_what_is_valid`): the clinic's texts are checked against those.
    if problems.0.len() > problems_before {
        return Lang::DEFAULT.to_vec();
    }
    languages
}

fn stricter_level(
    problems: &mut Problems<ConfigProblem>,
    path: &str,
    rule: &str,
    level_id: &str,
    protocol: &Protocol,
    turned_off: &[String],
) -> Option<(String, String, Level)> {
    let level = Level::from_id(level_id);
    if level.is_none() {
        problems.add(
            path,
            ConfigProblem::UnknownLevel {
                id: level_id.to_string(),
            },
        );
    }
    let Some((question_id, answer_id)) = split_once(rule, "/") else {
        problems.add(path, ConfigProblem::RuleNotNamed);
        return None;
    };
    let Some(question) = protocol.question(question_id) else {
        problems.add(
            path,
            ConfigProblem::UnknownQuestion {
                id: question_id.to_string(),
            },
        );
        return None;
    };
    let Some(answer) = question.answer(answer_id) else {
        problems.add(
            path,
            ConfigProblem::RuleWithoutAnswer {
                question: question_id.to_string(),
                answer: answer_id.to_string(),
            },
        );
        return None;
    };
    let level = level?;
    if let Some(refusal) = stricter_level_refusal(question, answer, level) {
        problems.add(
            path,
            ConfigProblem::LevelRefused {
                question: question_id.to_string(),
                answer: answer_id.to_string(),
                refusal,
            },
        );
        return None;
    }
    if turned_off.iter().any(|id| id == question_id) {
        problems.add(
            path,
            ConfigProblem::RowTurnedOff {
                question: question_id.to_string(),
            },
        );
    }
    Some((question_id.to_string(), answer_id.to_string(), level))
}

/// Why a clinic may not give `answer` (of `question`) the level `level`,
/// or `None` when it may. The rule: only an answer whose own level is
/// already `talk-first`, `wait` or `not-suitable` may be made stricter, and
/// only to a strictly more severe level no higher than `not-suitable`.
/// `emergency`, `urgent` and `see-doctor` belong to the emergency screen and
/// the warning signs; an answer that means no problem (no effect, or
/// `suitable`) gets no level; the emergency screen keeps its own.
pub fn stricter_level_refusal(question: &Question, answer: &Answer, level: Level) -> Option<LevelRefusal> {
    if !question.category.may_change_level() {
        return Some(LevelRefusal::NeverChangesOutcome {
            category: question.category,
        });
    }
    if answer.exclusive {
        return Some(LevelRefusal::NoneOfThese);
    }
    let current = answer.effect.as_ref().map_or(Level::Suitable, |e| e.level);
    Some(if level < current {
        LevelRefusal::LessSevere { level, current }
    } else if question.category == Category::EmergencyScreen {
        LevelRefusal::EmergencyScreen
    } else if current == Level::Suitable {
        LevelRefusal::NoProblem
    } else if level > Level::NotSuitable {
        LevelRefusal::WarningLevel { level }
    } else if level == current {
        LevelRefusal::Already { level }
    } else if level == Level::Wait {
        LevelRefusal::WaitWithoutDate
    } else {
        return None;
    })
}

/// The levels a clinic may give `answer` (of `question`) instead of the
/// protocol's, least severe first: what the configurator offers.
pub fn stricter_levels_allowed(question: &Question, answer: &Answer) -> Vec<Level> {
    let mut levels: Vec<Level> = Level::ALL
        .into_iter()
        .filter(|level| stricter_level_refusal(question, answer, *level).is_none())
        .collect();
    levels.reverse();
    levels
}

fn text_target(
    problems: &mut Problems<ConfigProblem>,
    path: &str,
    key: &str,
    protocol: &Protocol,
) -> Option<(TextTarget, usize)> {
    let (kind, rest) = split_once(key, ":").unwrap_or((key, ""));
    let question_answer = |problems: &mut Problems<ConfigProblem>| -> Option<(String, String)> {
        let Some((q, a)) = split_once(rest, "/") else {
            problems.add(path, ConfigProblem::OverrideNotNamed { kind: kind.to_string() });
            return None;
        };
        if protocol.answer(q, a).is_none() {
            problems.add(
                path,
                ConfigProblem::OverrideWithoutAnswer {
                    question: q.to_string(),
                    answer: a.to_string(),
                },
            );
            return None;
        }
        Some((q.to_string(), a.to_string()))
    };
    let question = |problems: &mut Problems<ConfigProblem>| -> Option<String> {
        if protocol.question(rest).is_none() {
            problems.add(path, ConfigProblem::UnknownQuestion { id: rest.to_string() });
            return None;
        }
        Some(rest.to_string())
    };
    match kind {
        "question" => question(problems).map(|question| (TextTarget::Prompt { question }, MAX_LABEL)),
        "help" => question(problems).map(|question| (TextTarget::Help { question }, MAX_PARAGRAPH)),
        "answer" => {
            question_answer(problems).map(|(question, answer)| (TextTarget::Label { question, answer }, MAX_LABEL))
        }
        "note" => {
            question_answer(problems).map(|(question, answer)| (TextTarget::Note { question, answer }, MAX_PARAGRAPH))
        }
        "text" if protocol.text(rest).is_some() => Some((TextTarget::Text { key: rest.to_string() }, MAX_PARAGRAPH)),
        "text" => {
            problems.add(
                path,
                ConfigProblem::UnknownText {
                    key: rest.to_string(),
                    known: join(
                        &protocol
                            .texts
                            .iter()
                            .map(|entry| entry.key.as_str())
                            .collect::<Vec<_>>(),
                        ", ",
                    ),
                },
            );
            None
        }
        _ => {
            problems.add(path, ConfigProblem::UnknownOverride { key: key.to_string() });
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::fixtures::{full_model, model, problems};
    use super::super::model::ClinicConfigModel;
    use super::*;
    use crate::base::sorted_map::SortedMap;
    use crate::protocol::default_protocol;

    #[test]
    fn a_configuration_with_every_setting_is_valid() {
        assert_eq!(problems(&full_model()), Vec::<String>::new());
    }

    #[test]
    fn a_setting_with_a_problem_is_left_out_and_every_other_kept() {
        let protocol = default_protocol();
        let long = "x".repeat(MAX_PARAGRAPH + 1);
        type Spoil = fn(&mut ClinicConfigModel, &str);
        let cases: [(&str, Spoil); 12] = [
            ("clinic-name", |m, _| m.clinic_name = String::new()),
            ("booking-url", |m, _| m.booking_url = Some("javascript:alert(1)".into())),
            ("phone", |m, _| m.phone = Some("call us".into())),
            ("email", |m, _| m.email = Some("front desk".into())),
            ("emergency-number", |m, _| m.emergency_number = Some("help".into())),
            ("nurse-line", |m, _| m.nurse_line = Some("nurse".into())),
            ("coverage", |m, long| {
                m.coverage = Some(TextModel::new(long).with("fr", "fr"))
            }),
            ("referral", |m, long| {
                m.referral = Some(TextModel::new("en").with("fr", long))
            }),
            ("languages", |m, _| m.languages = Some(vec!["de".into()])),
            ("rows-turned-off", |m, _| m.rows_turned_off = vec!["no-such-row".into()]),
            ("stricter-levels", |m, _| {
                m.stricter_levels.insert("bleeding/yes".into(), "suitable".into());
            }),
            ("text-overrides", |m, _| {
                m.text_overrides
                    .insert("text:no-such-text".into(), TextModel::new("a").with("fr", "b"));
            }),
        ];
        for (field, spoil) in cases {
            let mut model = full_model();
            spoil(&mut model, &long);
            let (config, errors) = keeping_what_is_valid(model, &protocol);
            assert!(!errors.is_empty(), "{field}: no problem reported");
            for error in &errors {
                assert!(
                    error.path.starts_with(field),
                    "{field}: problem at {}: {}",
                    error.path,
                    error.problem
                );
            }
            // What was valid stays: the phone (or, when the phone is the
            // problem, the booking link) and the turned-off row.
            if field == "phone" {
                assert_eq!(config.phone, None);
                assert_eq!(config.booking_url.as_deref(), Some("https://example.com/book"));
            } else {
                assert_eq!(config.phone.as_deref(), Some("+1 (604) 555-0100"), "{field}");
            }
            let name = if field == "clinic-name" {
                ""
            } else {
                "Main Street Physio"
            };
            assert_eq!(config.clinic_name, name, "{field}");
            if field != "rows-turned-off" {
                assert!(config.rows_turned_off.iter().any(|id| id == "metal-allergy"), "{field}");
            }
        }
    }

    /// A clinic's note is read in each language it wrote it in, and in
    /// English in the others; a language the clinic does not offer is
    /// refused, and leaving it out costs the note only that language.
    #[test]
    fn a_note_is_read_in_the_languages_it_is_written_in() {
        let protocol = default_protocol();
        let mut model = model();
        model.languages = Some(vec!["en".into(), "fr".into(), "pa".into()]);
        model.coverage = Some(TextModel::new("Most plans cover it.").with("pa", "ਜ਼ਿਆਦਾਤਰ ਯੋਜਨਾਵਾਂ।"));
        let config = ClinicConfig::from_model(&model, &protocol).expect("valid");
        let coverage = config.coverage.expect("a note");
        assert_eq!(coverage.written_in(Lang::PA), Some("ਜ਼ਿਆਦਾਤਰ ਯੋਜਨਾਵਾਂ।"));
        assert_eq!(coverage.written_in(Lang::FR), None);
        assert_eq!(coverage.written_in(Lang::EN), Some("Most plans cover it."));

        model.languages = None;
        model.text_overrides.insert(
            "text:privacy".into(),
            TextModel::new("Stays here.").with("fa", "اینجا می‌ماند."),
        );
        assert_eq!(
            problems(&model),
            [
                "coverage.pa: \"pa\" is not one of the clinic's languages; offer it in \"languages\" or leave this text out",
                "text-overrides.text:privacy.fa: \"fa\" is not one of the clinic's languages; offer it in \"languages\" or leave this text out",
            ]
        );
        let (config, _) = keeping_what_is_valid(model, &protocol);
        assert_eq!(
            config.coverage,
            Some(TextModel::new("Most plans cover it.")),
            "the English stays"
        );
        let (_, privacy) = &config.text_overrides[0];
        assert_eq!(privacy, &TextModel::new("Stays here."));
    }

    #[test]
    fn a_plain_configuration_is_valid_with_defaults() {
        let protocol = default_protocol();
        let config = ClinicConfig::from_model(&model(), &protocol).expect("valid config");
        assert_eq!(config.emergency_number, "911");
        assert_eq!(config.languages, [Lang::EN, Lang::FR]);
        assert_eq!(config.phone_link().as_deref(), Some("tel:+16045550100"));
        assert!(config.coverage.is_none(), "coverage is off by default");
        assert_eq!(config.apply(&protocol, Lang::EN), protocol);
    }

    #[test]
    fn links_other_than_web_phone_and_mail_are_refused() {
        let mut bad = model();
        bad.booking_url = Some("javascript:alert(1)".into());
        let found = problems(&bad);
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("booking-url: link must start with https://")),
            "{found:?}"
        );
        bad.booking_url = Some("mailto:front@example.com".into());
        assert!(problems(&bad).is_empty());
    }

    #[test]
    fn only_guideline_rows_can_be_turned_off() {
        let mut config = model();
        config.rows_turned_off = vec!["pregnant".into(), "metal-allergy".into(), "nope".into()];
        let found = problems(&config);
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("rows-turned-off[0]: \"pregnant\" is a core question")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p == "rows-turned-off[2]: unknown question \"nope\""),
            "{found:?}"
        );
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn levels_can_only_get_stricter() {
        let mut config = model();
        config
            .stricter_levels
            .insert("red-flags-general/major-trauma".into(), "talk-first".into());
        config
            .stricter_levels
            .insert("bleeding/yes".into(), "not-suitable".into());
        let found = problems(&config);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("less severe than the protocol's \"urgent\""),
            "{found:?}"
        );

        config.stricter_levels.remove("red-flags-general/major-trauma");
        let protocol = default_protocol();
        let adjusted = ClinicConfig::from_model(&config, &protocol)
            .expect("valid")
            .apply(&protocol, Lang::EN);
        let level = adjusted
            .answer("bleeding", "yes")
            .and_then(|a| a.effect.as_ref())
            .map(|e| e.level);
        assert_eq!(level, Some(Level::NotSuitable));
    }

    /// Each kind of unsafe stricter level is refused with its reason, and
    /// the widget leaves out only that entry.
    #[test]
    fn an_unsafe_stricter_level_is_refused_saying_why() {
        let cases = [
            ("osteoporosis/no", "emergency", "\"no\" means no problem, so no level can be added to it"),
            ("osteoporosis/mild-moderate", "talk-first", "\"mild-moderate\" means no problem"),
            ("needle-fear/nervous", "talk-first", "\"nervous\" means no problem"),
            ("active-cancer/survivor", "not-suitable", "\"survivor\" means no problem"),
            ("diabetes/yes", "talk-first", "\"yes\" means no problem"),
            ("bleeding/yes", "emergency", "\"emergency\" belongs to the emergency screen and the warning signs alone; a clinic may make an answer stricter only up to \"not-suitable\""),
            ("bleeding/yes", "urgent", "\"urgent\" belongs to the emergency screen"),
            ("bleeding/yes", "see-doctor", "\"see-doctor\" belongs to the emergency screen"),
            ("pregnant/yes", "see-doctor", "\"see-doctor\" belongs to the emergency screen"),
            ("red-flags-general/major-trauma", "emergency", "\"red-flags-general\" is the emergency screen"),
            ("red-flags-general/none", "talk-first", "\"none\" means \"none of these\""),
            ("bleeding/yes", "talk-first", "\"talk-first\" is the protocol's level for \"yes\" already"),
            ("bleeding/yes", "wait", "\"wait\" needs a date"),
            ("bleeding/yes", "suitable", "less severe than the protocol's \"talk-first\""),
            ("duration/over-3-months", "talk-first", "never changes the outcome"),
        ];
        let protocol = default_protocol();
        for (rule, level, why) in cases {
            let mut unsafe_one = model();
            unsafe_one.stricter_levels.insert(rule.into(), level.into());
            let found = problems(&unsafe_one);
            let path = format!("stricter-levels.{rule}: ");
            assert!(
                found.len() == 1 && found[0].starts_with(&path) && found[0].contains(why),
                "{rule} → {level}: {found:?}"
            );
            let mut with_a_safe_one = unsafe_one;
            with_a_safe_one
                .stricter_levels
                .insert("epilepsy/yes".into(), "not-suitable".into());
            let (config, errors) = keeping_what_is_valid(with_a_safe_one, &protocol);
            assert_eq!(errors.len(), 1, "{rule}: {errors:?}");
            assert_eq!(
                config.stricter_levels,
                [("epilepsy".to_string(), "yes".to_string(), Level::NotSuitable)],
                "{rule}"
            );
        }
    }

    /// What the rule allows: from talk-first, wait or not-suitable to a
    /// stricter level up to not-suitable, and nothing on other answers.
    #[test]
    fn the_levels_allowed_for_each_kind_of_answer() {
        let protocol = default_protocol();
        let allowed = |q: &str, a: &str| {
            let question = protocol.question(q).expect("question");
            stricter_levels_allowed(question, question.answer(a).expect("answer"))
        };
        assert_eq!(allowed("bleeding", "yes"), [Level::NotSuitable]);
        assert_eq!(allowed("osteoporosis", "severe"), [Level::NotSuitable]);
        assert_eq!(allowed("surgery", "yes"), [Level::NotSuitable]);
        for (q, a) in [
            ("pregnant", "yes"),
            ("osteoporosis", "no"),
            ("needle-fear", "nervous"),
            ("red-flags-general", "chest-pain"),
            ("red-flags-general", "none"),
            ("back-cancer-flags", "yes"),
        ] {
            assert_eq!(allowed(q, a), [], "{q}/{a}");
        }
        for question in &protocol.questions {
            for answer in &question.answers {
                for level in stricter_levels_allowed(question, answer) {
                    assert!(
                        level <= Level::NotSuitable && answer.effect.as_ref().is_some_and(|e| e.level < level),
                        "{}/{} → {}",
                        question.id,
                        answer.id,
                        level.id()
                    );
                }
            }
        }
    }

    #[test]
    fn absolute_contraindications_cannot_be_turned_off() {
        let mut config = model();
        config.rows_turned_off = vec!["lymphoedema".into(), "skin-infection".into(), "metal-allergy".into()];
        let found = problems(&config);
        assert_eq!(
            found,
            [
                "rows-turned-off[0]: \"lymphoedema\" is an absolute contraindication (ISCP 2012): it is asked in every protocol and cannot be turned off",
                "rows-turned-off[1]: \"skin-infection\" is an absolute contraindication (ISCP 2012): it is asked in every protocol and cannot be turned off",
            ]
        );
    }

    /// Every locked text (`crate::base::locks`) a configuration can name is
    /// refused, naming the key and saying why.
    #[test]
    fn every_locked_text_is_refused_naming_it() {
        for (key, pack_key) in [
            ("text:level-emergency", "text.level-emergency"),
            ("text:level-urgent", "text.level-urgent"),
            ("text:level-see-doctor", "text.level-see-doctor"),
            ("text:expect-after-treatment", "text.expect-after-treatment"),
            ("note:chest-cause/yes", "answer.chest-cause.yes.note"),
            ("note:back-cancer-flags/yes", "answer.back-cancer-flags.yes.note"),
            ("question:red-flags-general", "question.red-flags-general.prompt"),
            (
                "answer:red-flags-general/chest-pain",
                "answer.red-flags-general.chest-pain.label",
            ),
        ] {
            let mut config = model();
            config
                .text_overrides
                .insert(key.into(), TextModel::new("Call us.").with("fr", "Appelez-nous."));
            let found = problems(&config);
            let want = format!(
                "text-overrides.{key}: \"{key}\" is a locked safety text ({pack_key}) that no clinic may change"
            );
            assert!(found.len() == 1 && found[0].starts_with(&want), "{key}: {found:?}");
        }
        let mut config = model();
        config.text_overrides.insert(
            "note:chest-cause/no".into(),
            TextModel::new("Fine.").with("fr", "Bien."),
        );
        assert_eq!(
            problems(&config),
            Vec::<String>::new(),
            "an unlocked note may be reworded"
        );
    }

    #[test]
    fn sorted_maps_validate_like_btree_maps_in_key_order() {
        let protocol = default_protocol();
        let entries = [
            ("text:nope", "not-suitable"),
            ("bleeding/yes", "suitable"),
            ("red-flags-general/major-trauma", "talk-first"),
            ("bleeding/yes", "urgent-ish"),
        ];
        let mut tree = model();
        let mut sorted: ConfigModel<SortedMap<String>, SortedMap<TextModel>> = ConfigModel {
            clinic_name: tree.clinic_name.clone(),
            ..ConfigModel::default()
        };
        for (key, value) in entries {
            tree.stricter_levels.insert(key.into(), value.into());
            sorted.stricter_levels.insert(key.into(), value.into());
            tree.text_overrides
                .insert(key.into(), TextModel::new(value).with("fr", value));
            sorted
                .text_overrides
                .insert(key.into(), TextModel::new(value).with("fr", value));
        }
        let by_tree = ClinicConfig::from_model(&tree, &protocol).expect_err("invalid");
        let by_list = ClinicConfig::from_model(&sorted, &protocol).expect_err("invalid");
        assert_eq!(by_tree, by_list);
        assert_eq!(by_tree.len(), 6, "{by_tree:?}");
        sorted.stricter_levels.clear();
        assert!(sorted.stricter_levels.is_empty());
    }

    /// The review of the clinic's rules: a name in plain text and a real
    /// day, each problem at its exact path.
    #[test]
    fn a_review_record_needs_a_plain_name_and_a_real_date() {
        let with = |by: &str, date: &str| ClinicConfigModel {
            review: Some(RulesReviewModel {
                by: by.into(),
                date: date.into(),
            }),
            ..model()
        };
        let protocol = default_protocol();
        let config = ClinicConfig::from_model(&with("J. Kim", "2026-12-01"), &protocol).expect("valid");
        assert_eq!(
            config.review,
            Some(RulesReview {
                by: "J. Kim".into(),
                date: Date::parse("2026-12-01").expect("date"),
            })
        );
        assert_eq!(
            problems(&with("J. Kim", "2026-02-30")),
            ["review.date: \"2026-02-30\" is not a real date written YYYY-MM-DD"]
        );
        assert_eq!(
            problems(&with("<b>J. Kim</b>", "2026-12-01")),
            ["review.by: looks like HTML; write the reviewer's name as plain text"]
        );
        assert_eq!(problems(&with(" ", "1.12.2026")).len(), 2);
        assert_eq!(
            ClinicConfig::from_model(&model(), &protocol).expect("valid").review,
            None
        );
    }

    #[test]
    fn every_problem_is_listed_with_its_field() {
        let config = ClinicConfigModel {
            clinic_name: String::new(),
            phone: Some("call us".into()),
            email: Some("nobody".into()),
            languages: Some(vec!["de".into()]),
            text_overrides: BTreeMap::from([("answer:pregnant/maybe".into(), TextModel::new("a").with("fr", "b"))]),
            ..ClinicConfigModel::default()
        };
        let found = problems(&config);
        for field in [
            "clinic-name:",
            "phone:",
            "email:",
            "languages[0]:",
            "text-overrides.answer:pregnant/maybe:",
        ] {
            assert!(found.iter().any(|p| p.starts_with(field)), "{field} in {found:?}");
        }
    }
}
