//! A protocol with a clinic's adjustments: guideline rows turned off,
//! levels made stricter (with their sources saying so), texts reworded; and
//! the safety texts no configuration may change.

use super::{ClinicConfig, TextTarget};
use crate::protocol::{Answer, Category, Effect, Level, Protocol, Scope, Source, Text};

impl ClinicConfig {
    /// The protocol with this clinic's adjustments. Only levels that are at
    /// least as severe are ever applied, whatever the configuration says.
    pub fn apply(&self, protocol: &Protocol) -> Protocol {
        self.apply_to(protocol.clone())
    }

    /// [`apply`](Self::apply) to a protocol the caller no longer needs, so
    /// the widget never copies the protocol.
    pub fn apply_to(&self, protocol: Protocol) -> Protocol {
        let mut adjusted = protocol;
        let clinic_says = ClinicSays::from(&adjusted);
        adjusted
            .questions
            .retain(|q| !(q.category == Category::Guideline && self.rows_turned_off.contains(&q.id)));
        for (question_id, answer_id, level) in &self.stricter_levels {
            let Some(answer) = adjusted
                .questions
                .iter_mut()
                .find(|q| &q.id == question_id)
                .and_then(|q| q.answers.iter_mut().find(|a| &a.id == answer_id))
            else {
                continue;
            };
            match &mut answer.effect {
                Some(effect) if *level > effect.level => {
                    effect.level = *level;
                    effect.source = made_stricter(&effect.source, &clinic_says.stricter);
                }
                Some(_) => {}
                None if *level > Level::Suitable && *level != Level::Wait => {
                    answer.effect = Some(Effect {
                        level: *level,
                        scope: Scope::Visit,
                        source: clinic_rule(&clinic_says.rule),
                    });
                }
                None => {}
            }
        }
        for (target, text) in &self.text_overrides {
            override_text(&mut adjusted, target, text.clone());
        }
        adjusted
    }
}

/// What a protocol says of a clinic's own changes, in its languages.
struct ClinicSays {
    stricter: Text,
    rule: Text,
}

impl ClinicSays {
    fn from(protocol: &Protocol) -> ClinicSays {
        let text = |key: &str| protocol.text(key).cloned().unwrap_or_else(|| Text::new("", None));
        ClinicSays {
            stricter: text("clinic-stricter"),
            rule: text("clinic-rule"),
        }
    }
}

/// The source of a level the clinic made stricter: the protocol's source,
/// with the clinic's change said in the visitor's language too.
fn made_stricter(source: &Source, stricter: &Text) -> Source {
    Source {
        citation: format!("{} (level made stricter by the clinic)", source.citation),
        text: source.text.then(stricter),
    }
}

/// The source of a level a clinic gave an answer that had none.
fn clinic_rule(rule: &Text) -> Source {
    Source {
        citation: "Clinic's own rule".to_string(),
        text: rule.clone(),
    }
}

/// Texts no configuration may change: the emergency screen's question, help
/// and items, and what the `emergency` and `urgent` levels tell the visitor.
const LOCKED_LEVEL_TEXTS: [&str; 2] = ["level-emergency", "level-urgent"];

/// Whether an override would change a locked text; validation refuses it.
pub(super) fn is_locked(target: &TextTarget, protocol: &Protocol) -> bool {
    match target {
        TextTarget::Prompt { question }
        | TextTarget::Help { question }
        | TextTarget::Label { question, .. }
        | TextTarget::Note { question, .. } => protocol.is_emergency_screen(question),
        TextTarget::Text { key } => LOCKED_LEVEL_TEXTS.contains(&key.as_str()),
    }
}

fn find_answer<'p>(protocol: &'p mut Protocol, q: &str, a: &str) -> Option<&'p mut Answer> {
    protocol
        .questions
        .iter_mut()
        .find(|question| question.id == q)
        .and_then(|question| question.answers.iter_mut().find(|answer| answer.id == a))
}

fn override_text(protocol: &mut Protocol, target: &TextTarget, text: Text) {
    match target {
        TextTarget::Prompt { question } => {
            if let Some(q) = protocol.questions.iter_mut().find(|q| &q.id == question) {
                q.prompt = reworded(Some(&q.prompt), text);
            }
        }
        TextTarget::Help { question } => {
            if let Some(q) = protocol.questions.iter_mut().find(|q| &q.id == question) {
                q.help = Some(reworded(q.help.as_ref(), text));
            }
        }
        TextTarget::Label { question, answer } => {
            if let Some(a) = find_answer(protocol, question, answer) {
                a.label = reworded(Some(&a.label), text);
            }
        }
        TextTarget::Note { question, answer } => {
            if let Some(a) = find_answer(protocol, question, answer) {
                a.note = Some(reworded(a.note.as_ref(), text));
            }
        }
        TextTarget::Text { key } => {
            if let Some(entry) = protocol.texts.iter_mut().find(|entry| &entry.key == key) {
                entry.text = reworded(Some(&entry.text), text);
            }
        }
    }
}

/// A clinic's wording of a text, in the languages it wrote it in. In a
/// protocol in another language (a pack's) the pack's own text stays beside
/// it: a visitor reading Punjabi reads the question in Punjabi, not the
/// clinic's English.
fn reworded(old: Option<&Text>, new: Text) -> Text {
    match (old.and_then(|t| t.other.as_ref()), &new.other) {
        (Some((lang, kept)), Some((written, _))) if lang != written => Text::new(new.en, Some((*lang, kept.clone()))),
        _ => new,
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{full_model, model};
    use super::super::keeping_what_is_valid;
    use super::*;
    use crate::lang::Lang;
    use crate::protocol::default_protocol;
    use crate::protocol::model::TextModel;

    /// A locked override is refused with its path; the rest of the clinic's
    /// overrides and settings stay, and the protocol keeps its safety words.
    #[test]
    fn a_locked_text_is_refused_and_only_it_is_left_out() {
        let protocol = default_protocol();
        let mut model = full_model();
        for key in [
            "answer:red-flags-general/chest-pain",
            "text:level-urgent",
            "help:red-flags-general",
        ] {
            model
                .text_overrides
                .insert(key.into(), TextModel::new("Nothing to worry about.", "Rien de grave."));
        }
        let (config, errors) = keeping_what_is_valid(model, &protocol);
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "text-overrides.answer:red-flags-general/chest-pain",
                "text-overrides.help:red-flags-general",
                "text-overrides.text:level-urgent"
            ]
        );
        assert!(
            errors.iter().all(|e| e.problem.contains("is a locked safety text")),
            "{errors:?}"
        );
        assert_eq!(config.text_overrides.len(), 1, "the privacy override stays");
        let adjusted = config.apply(&protocol);
        assert_eq!(
            adjusted.question("red-flags-general"),
            protocol.question("red-flags-general")
        );
        assert_eq!(adjusted.text("level-urgent"), protocol.text("level-urgent"));
        assert_eq!(adjusted.text("privacy").map(|t| t.en.as_str()), Some("Nothing leaves."));
        assert_eq!(config.phone.as_deref(), Some("+1 (604) 555-0100"));
    }

    /// "A source shown with a clinic's stricter level is written in the
    /// visitor's language", as is a clinic's own rule.
    #[test]
    fn stricter_levels_and_own_rules_carry_their_source_in_both_languages() {
        let protocol = default_protocol();
        let mut model = model();
        model
            .stricter_levels
            .insert("bleeding/yes".into(), "not-suitable".into());
        model.stricter_levels.insert("diabetes/yes".into(), "talk-first".into());
        let adjusted = ClinicConfig::from_model(&model, &protocol)
            .expect("valid")
            .apply(&protocol);
        let source = |q: &str, a: &str| {
            adjusted
                .answer(q, a)
                .and_then(|a| a.effect.as_ref())
                .map(|e| e.source.clone())
                .expect("effect")
        };
        let stricter = source("bleeding", "yes");
        assert!(
            stricter.text.get(Lang::FR).starts_with("Guide sur la puncture sèche"),
            "{stricter:?}"
        );
        assert!(
            stricter
                .text
                .get(Lang::FR)
                .ends_with("Cette clinique a rendu la règle plus stricte."),
            "{stricter:?}"
        );
        assert!(
            stricter.text.en.ends_with("This clinic made the rule stricter."),
            "{stricter:?}"
        );
        let own = source("diabetes", "yes");
        assert_eq!(
            (own.text.en.as_str(), own.text.get(Lang::FR)),
            ("A rule of this clinic.", "Une règle de cette clinique.")
        );
    }

    #[test]
    fn turned_off_rows_and_overrides_apply() {
        let mut config = model();
        config.rows_turned_off = vec!["metal-allergy".into()];
        config
            .text_overrides
            .insert("text:privacy".into(), TextModel::new("Stays here.", "Reste ici."));
        let protocol = default_protocol();
        let adjusted = ClinicConfig::from_model(&config, &protocol)
            .expect("valid")
            .apply(&protocol);
        assert!(adjusted.question("metal-allergy").is_none());
        assert_eq!(adjusted.text("privacy").map(|t| t.en.as_str()), Some("Stays here."));
    }

    /// A clinic writes its wording in English and French; in a pack's
    /// language the pack's text stays, never the clinic's English.
    #[test]
    fn a_reworded_text_keeps_a_packs_own_language() {
        let mut config = model();
        config.text_overrides.insert(
            "question:pregnant".into(),
            TextModel::new("Pregnant now?", "Enceinte ?"),
        );
        config
            .text_overrides
            .insert("help:pregnant".into(), TextModel::new("Ask us.", "Demandez-nous."));
        let protocol = default_protocol();
        let clinic = ClinicConfig::from_model(&config, &protocol).expect("valid");
        let prompt = |adjusted: &Protocol, lang: Lang| {
            adjusted.question("pregnant").map(|q| {
                (
                    q.prompt.get(lang).to_string(),
                    q.help.as_ref().map(|h| h.get(lang).to_string()),
                )
            })
        };
        let mut punjabi = protocol.clone();
        for q in &mut punjabi.questions {
            q.prompt.other = Some((Lang::PA, format!("ਪ {}", q.id)));
            q.help = None;
        }
        let adjusted = clinic.apply(&punjabi);
        assert_eq!(
            prompt(&adjusted, Lang::PA),
            Some(("ਪ pregnant".to_string(), Some("Ask us.".to_string())))
        );
        assert_eq!(
            prompt(&adjusted, Lang::EN),
            Some(("Pregnant now?".to_string(), Some("Ask us.".to_string())))
        );
        let adjusted = clinic.apply(&protocol);
        assert_eq!(
            prompt(&adjusted, Lang::FR),
            Some(("Enceinte ?".to_string(), Some("Demandez-nous.".to_string())))
        );
    }
}
