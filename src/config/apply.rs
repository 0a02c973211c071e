//! A protocol with a clinic's adjustments: guideline rows turned off,
//! levels made stricter (with their sources saying so), texts reworded.
//! What the validator refuses (an absolute row turned off, a level beyond
//! the rule of `validate::stricter_level_refusal`, a locked text) is never
//! applied, whatever the configuration says.

use super::validate::stricter_level_refusal;
use super::{ClinicConfig, TextTarget};
use crate::base::lang::Lang;
use crate::base::locks::is_absolute_row;
use crate::protocol::model::TextModel;
use crate::protocol::{Answer, Category, Protocol, Source, Text};

impl ClinicConfig {
    /// The protocol in `lang` (English, or a pack's language beside it) with
    /// this clinic's adjustments. Only the levels the validator accepts are
    /// ever applied, whatever the configuration says.
    pub fn apply(&self, protocol: &Protocol, lang: Lang) -> Protocol {
        self.apply_to(protocol.clone(), lang)
    }

    /// [`apply`](Self::apply) to a protocol the caller no longer needs, so
    /// the widget never copies the protocol.
    pub fn apply_to(&self, protocol: Protocol, lang: Lang) -> Protocol {
        let mut adjusted = protocol;
        let stricter = adjusted
            .text("clinic-stricter")
            .cloned()
            .unwrap_or_else(|| Text::new("", None));
        adjusted.questions.retain(|q| {
            !(q.category == Category::Guideline && !is_absolute_row(&q.id) && self.rows_turned_off.contains(&q.id))
        });
        for (question_id, answer_id, level) in &self.stricter_levels {
            let Some(question) = adjusted.questions.iter_mut().find(|q| &q.id == question_id) else {
                continue;
            };
            let Some(at) = question.answers.iter().position(|a| &a.id == answer_id) else {
                continue;
            };
            if stricter_level_refusal(question, &question.answers[at], *level).is_some() {
                continue;
            }
            if let Some(effect) = &mut question.answers[at].effect {
                effect.level = *level;
                effect.source = made_stricter(&effect.source, &stricter);
            }
        }
        for (target, text) in &self.text_overrides {
            if !target.is_locked() {
                override_text(&mut adjusted, target, &|old| reworded(old, text, lang));
            }
        }
        adjusted
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

fn find_answer<'p>(protocol: &'p mut Protocol, q: &str, a: &str) -> Option<&'p mut Answer> {
    protocol
        .questions
        .iter_mut()
        .find(|question| question.id == q)
        .and_then(|question| question.answers.iter_mut().find(|answer| answer.id == a))
}

/// Rewords the text `target` names: `text` is given the text it replaces,
/// if there is one (a help or a note may be new).
fn override_text(protocol: &mut Protocol, target: &TextTarget, text: &dyn Fn(Option<&Text>) -> Text) {
    match target {
        TextTarget::Prompt { question } => {
            if let Some(q) = protocol.questions.iter_mut().find(|q| &q.id == question) {
                q.prompt = text(Some(&q.prompt));
            }
        }
        TextTarget::Help { question } => {
            if let Some(q) = protocol.questions.iter_mut().find(|q| &q.id == question) {
                q.help = Some(text(q.help.as_ref()));
            }
        }
        TextTarget::Label { question, answer } => {
            if let Some(a) = find_answer(protocol, question, answer) {
                a.label = text(Some(&a.label));
            }
        }
        TextTarget::Note { question, answer } => {
            if let Some(a) = find_answer(protocol, question, answer) {
                a.note = Some(text(a.note.as_ref()));
            }
        }
        TextTarget::Text { key } => {
            if let Some(entry) = protocol.texts.iter_mut().find(|entry| &entry.key == key) {
                entry.text = text(Some(&entry.text));
            }
        }
    }
}

/// A clinic's wording of a text in a protocol in `lang`: its English, and
/// its words in `lang` where it wrote them. Where it did not, the pack's own
/// text stays beside the English: a visitor reading Punjabi reads the
/// question in Punjabi, not the clinic's English.
fn reworded(old: Option<&Text>, new: &TextModel, lang: Lang) -> Text {
    let other = match new.written_in(lang) {
        Some(written) if lang != Lang::EN => Some((lang, written.to_string())),
        _ => old.and_then(|old| old.other.clone()),
    };
    Text::new(new.en.clone(), other)
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{full_model, model, test_clinic};
    use super::super::keeping_what_is_valid;
    use super::*;
    use crate::protocol::{default_protocol, Level};

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
            model.text_overrides.insert(
                key.into(),
                TextModel::new("Nothing to worry about.").with("fr", "Rien de grave."),
            );
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
            errors
                .iter()
                .all(|e| e.problem.to_string().contains("is a locked safety text")),
            "{errors:?}"
        );
        assert_eq!(config.text_overrides.len(), 1, "the privacy override stays");
        let adjusted = config.apply(&protocol, Lang::EN);
        assert_eq!(
            adjusted.question("red-flags-general"),
            protocol.question("red-flags-general")
        );
        assert_eq!(adjusted.text("level-urgent"), protocol.text("level-urgent"));
        assert_eq!(adjusted.text("privacy").map(|t| t.en.as_str()), Some("Nothing leaves."));
        assert_eq!(config.phone.as_deref(), Some("+1 (604) 555-0100"));
    }

    /// The default protocol as a pack in `lang` would give it: each text
    /// beside its English, here the English marked with the language's tag.
    fn in_language(lang: Lang) -> Protocol {
        let mut protocol = default_protocol();
        let translate = |text: &mut Text| text.other = Some((lang, format!("{}: {}", lang.id(), text.en)));
        for q in &mut protocol.questions {
            translate(&mut q.prompt);
            q.help.iter_mut().for_each(translate);
            for a in &mut q.answers {
                translate(&mut a.label);
                a.note.iter_mut().for_each(translate);
                a.effect.iter_mut().for_each(|e| translate(&mut e.source.text));
            }
        }
        protocol.texts.iter_mut().for_each(|entry| translate(&mut entry.text));
        protocol
    }

    /// "A source shown with a clinic's stricter level is written in the
    /// visitor's language".
    #[test]
    fn a_stricter_level_carries_its_source_in_the_visitors_language() {
        let protocol = in_language(Lang::FR);
        let mut model = model();
        model
            .stricter_levels
            .insert("bleeding/yes".into(), "not-suitable".into());
        let adjusted = ClinicConfig::from_model(&model, &protocol)
            .expect("valid")
            .apply(&protocol, Lang::FR);
        let stricter = adjusted
            .answer("bleeding", "yes")
            .and_then(|a| a.effect.as_ref())
            .map(|e| e.source.clone())
            .expect("effect");
        assert!(
            stricter.text.get(Lang::FR).starts_with("fr: Dry needling guideline"),
            "{stricter:?}"
        );
        assert!(
            stricter
                .text
                .get(Lang::FR)
                .ends_with("fr: This clinic made the rule stricter."),
            "{stricter:?}"
        );
        assert!(
            stricter.text.en.ends_with("This clinic made the rule stricter."),
            "{stricter:?}"
        );
    }

    /// A configuration built by hand, past the validator, still cannot turn
    /// an absolute row off, give a level the rule refuses or reword a
    /// locked text: applying it leaves those as the protocol has them.
    #[test]
    fn what_the_validator_refuses_is_never_applied() {
        let protocol = default_protocol();
        let config = ClinicConfig {
            rows_turned_off: vec!["lymphoedema".into(), "skin-infection".into(), "metal-allergy".into()],
            stricter_levels: vec![
                ("osteoporosis".into(), "no".into(), Level::Emergency),
                ("bleeding".into(), "yes".into(), Level::Urgent),
                ("diabetes".into(), "yes".into(), Level::TalkFirst),
                ("red-flags-general".into(), "major-trauma".into(), Level::Emergency),
                ("epilepsy".into(), "yes".into(), Level::NotSuitable),
            ],
            text_overrides: vec![(
                TextTarget::Text {
                    key: "level-see-doctor".into(),
                },
                TextModel::new("Book with us."),
            )],
            ..test_clinic()
        };
        let adjusted = config.apply(&protocol, Lang::EN);
        assert!(adjusted.question("lymphoedema").is_some());
        assert!(adjusted.question("skin-infection").is_some());
        assert!(adjusted.question("metal-allergy").is_none());
        for (q, a) in [
            ("osteoporosis", "no"),
            ("bleeding", "yes"),
            ("diabetes", "yes"),
            ("red-flags-general", "major-trauma"),
        ] {
            assert_eq!(adjusted.answer(q, a), protocol.answer(q, a), "{q}/{a}");
        }
        let epilepsy = adjusted.answer("epilepsy", "yes").and_then(|a| a.effect.as_ref());
        assert_eq!(epilepsy.map(|e| e.level), Some(Level::NotSuitable));
        assert_eq!(adjusted.text("level-see-doctor"), protocol.text("level-see-doctor"));
    }

    #[test]
    fn turned_off_rows_and_overrides_apply() {
        let mut config = model();
        config.rows_turned_off = vec!["metal-allergy".into()];
        config.text_overrides.insert(
            "text:privacy".into(),
            TextModel::new("Stays here.").with("fr", "Reste ici."),
        );
        let protocol = default_protocol();
        let adjusted = ClinicConfig::from_model(&config, &protocol)
            .expect("valid")
            .apply(&protocol, Lang::EN);
        assert!(adjusted.question("metal-allergy").is_none());
        assert_eq!(adjusted.text("privacy").map(|t| t.en.as_str()), Some("Stays here."));
    }

    /// A clinic writes its wording in English and in any language it
    /// offers; in a language it did not write, the pack's own text stays,
    /// never the clinic's English.
    #[test]
    fn a_reworded_text_is_in_each_language_the_clinic_wrote_it_in() {
        let mut config = model();
        config.languages = Some(vec!["en".into(), "fr".into(), "pa".into()]);
        config.text_overrides.insert(
            "question:pregnant".into(),
            TextModel::new("Pregnant now?").with("fr", "Enceinte ?"),
        );
        config
            .text_overrides
            .insert("help:pregnant".into(), TextModel::new("Ask us.").with("pa", "ਸਾਨੂੰ ਪੁੱਛੋ।"));
        let clinic = ClinicConfig::from_model(&config, &default_protocol()).expect("valid");
        let pregnant = |lang: Lang| {
            let protocol = match lang {
                Lang::EN => default_protocol(),
                _ => in_language(lang),
            };
            let adjusted = clinic.apply(&protocol, lang);
            let q = adjusted.question("pregnant").cloned().expect("pregnant");
            (
                q.prompt.get(lang).to_string(),
                q.help.as_ref().map(|h| h.get(lang).to_string()),
            )
        };
        assert_eq!(
            pregnant(Lang::PA),
            ("pa: Are you pregnant?".to_string(), Some("ਸਾਨੂੰ ਪੁੱਛੋ।".to_string()))
        );
        assert_eq!(
            pregnant(Lang::FR),
            ("Enceinte ?".to_string(), Some("Ask us.".to_string())),
            "no help before, none in French: the clinic's English"
        );
        assert_eq!(
            pregnant(Lang::EN),
            ("Pregnant now?".to_string(), Some("Ask us.".to_string()))
        );
    }
}
