//! What the form offers, read from the protocol the clinic adjusts (the
//! default one): the guideline questions a clinic may leave out (not the
//! absolute contraindications), each answer's level and the stricter levels
//! the validator's rule allows it, and the texts a clinic may reword (not
//! the locked safety texts). The validator has the last word on each; the
//! form offers only what it accepts.

use ims_checker::base::locks::{is_absolute_row, is_locked_key};
use ims_checker::config::stricter_levels_allowed;
use ims_checker::protocol::{Category, Level, Protocol, Question, Text};
use ims_checker::words::EN;

/// A guideline question: on unless the clinic leaves it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub prompt: String,
}

/// One answer whose level a clinic may make stricter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// `question/answer`, the configuration's key.
    pub rule: String,
    pub answer: String,
    /// The protocol's level for this answer.
    pub current: Level,
    /// The levels a clinic may choose instead (stricter than `current`, up
    /// to not suitable), most severe last.
    pub stricter: Vec<Level>,
}

/// A question's answers with a stricter level to offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleGroup {
    pub question: String,
    pub prompt: String,
    pub guideline: bool,
    pub rules: Vec<Rule>,
}

/// A text a clinic may reword: its override key and its words today, in
/// English (the checker's other languages are packs it does not carry).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextChoice {
    /// `question:<id>`, `help:<id>`, `answer:<q>/<a>`, `note:<q>/<a>`, `text:<key>`.
    pub key: String,
    /// What it is, within its group: "The question", "Answer “Yes”".
    pub what: String,
    pub en: String,
    /// A paragraph (help, note, result text) rather than a label.
    pub long: bool,
}

/// The texts of one question, or of the result page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextGroup {
    pub title: String,
    pub texts: Vec<TextChoice>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choices {
    pub rows: Vec<Row>,
    pub rules: Vec<RuleGroup>,
    pub texts: Vec<TextGroup>,
}

/// The title of the result page's texts in the list of texts.
pub const RESULT_PAGE: &str = "The result page";

impl Choices {
    pub fn from(protocol: &Protocol) -> Choices {
        let rows = protocol
            .questions
            .iter()
            .filter(|q| q.category == Category::Guideline && !is_absolute_row(&q.id))
            .map(|q| Row {
                id: q.id.clone(),
                prompt: q.prompt.en.clone(),
            })
            .collect();
        let rules = protocol
            .questions
            .iter()
            .filter(|q| q.category.may_change_level())
            .map(rule_group)
            .filter(|group| !group.rules.is_empty())
            .collect();
        let mut texts: Vec<TextGroup> = protocol
            .questions
            .iter()
            .map(text_group)
            .filter(|group| !group.texts.is_empty())
            .collect();
        texts.push(TextGroup {
            title: RESULT_PAGE.to_string(),
            texts: protocol
                .texts
                .iter()
                .filter(|entry| !is_locked_key(&format!("text.{}", entry.key)))
                .map(|entry| {
                    text_choice(
                        format!("text:{}", entry.key),
                        result_text_name(&entry.key),
                        &entry.text,
                        true,
                    )
                })
                .collect(),
        });
        Choices { rows, rules, texts }
    }

    /// The answer a stricter-level key names, when the form offers it.
    pub fn rule(&self, rule: &str) -> Option<(&RuleGroup, &Rule)> {
        self.rules
            .iter()
            .find_map(|group| group.rules.iter().find(|r| r.rule == rule).map(|r| (group, r)))
    }

    /// The text an override key names, when the form offers it.
    pub fn text(&self, key: &str) -> Option<(&TextGroup, &TextChoice)> {
        self.texts
            .iter()
            .find_map(|group| group.texts.iter().find(|t| t.key == key).map(|t| (group, t)))
    }

    /// A guideline question by its id.
    pub fn row(&self, id: &str) -> Option<&Row> {
        self.rows.iter().find(|row| row.id == id)
    }
}

fn rule_group(question: &Question) -> RuleGroup {
    let rules = question
        .answers
        .iter()
        .filter(|answer| !answer.exclusive)
        .map(|answer| Rule {
            rule: format!("{}/{}", question.id, answer.id),
            answer: answer.label.en.clone(),
            current: answer.effect.as_ref().map_or(Level::Suitable, |e| e.level),
            stricter: stricter_levels_allowed(question, answer),
        })
        .filter(|rule| !rule.stricter.is_empty())
        .collect();
    RuleGroup {
        question: question.id.clone(),
        prompt: question.prompt.en.clone(),
        guideline: question.category == Category::Guideline,
        rules,
    }
}

/// A question's texts a clinic may reword: each but the locked ones.
fn text_group(question: &Question) -> TextGroup {
    let id = &question.id;
    let mut texts = Vec::new();
    let mut offer = |pack_key: String, choice: TextChoice| {
        if !is_locked_key(&pack_key) {
            texts.push(choice);
        }
    };
    offer(
        format!("question.{id}.prompt"),
        text_choice(
            format!("question:{id}"),
            "The question".to_string(),
            &question.prompt,
            false,
        ),
    );
    if let Some(help) = &question.help {
        offer(
            format!("question.{id}.help"),
            text_choice(
                format!("help:{id}"),
                "The help under the question".to_string(),
                help,
                true,
            ),
        );
    }
    for answer in &question.answers {
        let rule = format!("{id}/{}", answer.id);
        let at = format!("answer.{id}.{}", answer.id);
        offer(
            format!("{at}.label"),
            text_choice(
                format!("answer:{rule}"),
                format!("Answer “{}”", answer.label.en),
                &answer.label,
                false,
            ),
        );
        if let Some(note) = &answer.note {
            offer(
                format!("{at}.note"),
                text_choice(
                    format!("note:{rule}"),
                    format!("The note after “{}”", answer.label.en),
                    note,
                    true,
                ),
            );
        }
    }
    TextGroup {
        title: question.prompt.en.clone(),
        texts,
    }
}

fn text_choice(key: String, what: String, text: &Text, long: bool) -> TextChoice {
    TextChoice {
        key,
        what,
        en: text.en.clone(),
        long,
    }
}

/// A result-page text named for a person: what it is, then its first words.
fn result_text_name(key: &str) -> String {
    let what = match key {
        "privacy" => "The privacy promise",
        "clinic-stricter" => "The note on a rule the clinic made stricter",
        "fit-heading" => "The heading over the signs that fit IMS",
        key if key.starts_with("expect-") => "What to expect",
        key if key.starts_with("level-") => "What the result says",
        _ => "A text",
    };
    match key.strip_prefix("level-").and_then(Level::from_id) {
        Some(level) => format!("{what}: {}", level_name(level)),
        None if key.starts_with("expect-") => {
            format!("{what}: {}", key.trim_start_matches("expect-").replace('-', " "))
        }
        None => what.to_string(),
    }
}

/// A level's name, as the widget's result names it in English.
pub fn level_name(level: Level) -> &'static str {
    EN.level_name(level)
}

#[cfg(test)]
mod tests {
    use ims_checker::config::{ClinicConfig, ClinicConfigModel};
    use ims_checker::protocol::default_protocol;
    use ims_checker::protocol::model::TextModel;

    use super::*;

    /// Every choice the form offers is one the validator accepts, and the
    /// form offers every guideline row.
    #[test]
    fn every_choice_offered_is_valid() {
        let protocol = default_protocol();
        let choices = Choices::from(&protocol);
        let mut model = ClinicConfigModel {
            clinic_name: "Clinic".into(),
            ..ClinicConfigModel::default()
        };
        for group in &choices.rules {
            for rule in &group.rules {
                for level in &rule.stricter {
                    model.stricter_levels.insert(rule.rule.clone(), level.id().into());
                    assert!(
                        ClinicConfig::from_model(&model, &protocol).is_ok(),
                        "{} → {}",
                        rule.rule,
                        level.id()
                    );
                }
            }
        }
        model.stricter_levels.clear();
        for group in &choices.texts {
            for text in &group.texts {
                assert!(!text.en.is_empty(), "{}", text.key);
                model
                    .text_overrides
                    .insert(text.key.clone(), TextModel::new(&text.en).with("fr", "Nos mots"));
            }
        }
        model.rows_turned_off = choices.rows.iter().map(|row| row.id.clone()).collect();
        assert_eq!(ClinicConfig::from_model(&model, &protocol).map(|_| ()), Ok(()));
        let guideline = protocol
            .questions
            .iter()
            .filter(|q| q.category == Category::Guideline)
            .count();
        assert_eq!(
            choices.rows.len(),
            guideline - 2,
            "all but the two absolute contraindications"
        );
        assert!(choices.row("metal-allergy").is_some());
        assert!(choices.row("implant").is_some());
    }

    /// What is left out is what the validator refuses: "none of these", the
    /// absolute contraindications, the locked safety texts, a level that is
    /// not stricter or beyond not suitable, an answer that means no problem,
    /// the emergency screen, and "wait" but after an operation.
    #[test]
    fn what_the_validator_refuses_is_not_offered() {
        let protocol = default_protocol();
        let choices = Choices::from(&protocol);
        for key in [
            "text:level-emergency",
            "text:level-urgent",
            "text:level-see-doctor",
            "text:expect-after-treatment",
            "note:chest-cause/yes",
            "note:back-cancer-flags/yes",
        ] {
            assert!(choices.text(key).is_none(), "{key}");
        }
        assert!(choices.text("text:level-talk-first").is_some());
        assert!(choices.text("answer:chest-cause/yes").is_some());
        for row in ["lymphoedema", "skin-infection"] {
            assert!(choices.row(row).is_none(), "{row}");
        }
        for rule in [
            "osteoporosis/no",
            "osteoporosis/mild-moderate",
            "needle-fear/nervous",
            "diabetes/yes",
            "pregnant/yes",
            "red-flags-general/chest-pain",
            "back-cancer-flags/yes",
        ] {
            assert!(choices.rule(rule).is_none(), "{rule}");
        }
        let offered: Vec<Level> = choices
            .rules
            .iter()
            .flat_map(|g| &g.rules)
            .flat_map(|r| r.stricter.clone())
            .collect();
        assert!(
            !offered.is_empty() && offered.iter().all(|level| *level == Level::NotSuitable),
            "{offered:?}"
        );
        let screen: Vec<&str> = protocol
            .questions
            .iter()
            .filter(|q| q.category == Category::EmergencyScreen)
            .map(|q| q.id.as_str())
            .collect();
        assert!(!screen.is_empty());
        for group in &choices.texts {
            for text in &group.texts {
                assert!(
                    !screen.iter().any(|id| text.key.contains(&format!(":{id}"))),
                    "{}",
                    text.key
                );
            }
        }
        let (_, bleeding) = choices.rule("bleeding/yes").expect("offered");
        assert_eq!(bleeding.current, Level::TalkFirst);
        assert_eq!(bleeding.stricter, [Level::NotSuitable]);
        let (_, surgery) = choices.rule("surgery/yes").expect("offered");
        assert_eq!(surgery.current, Level::Wait);
        assert!(!surgery.stricter.contains(&Level::Wait));
        let waits = choices
            .rules
            .iter()
            .flat_map(|g| &g.rules)
            .filter(|r| r.stricter.contains(&Level::Wait))
            .count();
        assert_eq!(
            waits, 0,
            "no answer offers wait but after an operation, and that one waits already"
        );
        assert_eq!(level_name(Level::TalkFirst), "Talk to the clinic first");
        assert_eq!(result_text_name("level-wait"), "What the result says: Wait");
        assert_eq!(result_text_name("expect-needle"), "What to expect: needle");
    }
}
