//! The plain-text summary the visitor may copy: the result, each place, the
//! reasons and how to reach the clinic. It leaves the device only if the
//! visitor pastes it somewhere.
use crate::config::ClinicConfig;
use crate::engine::{Outcome, Reason, ReasonScope};
use crate::i18n::{join, region_name, replace_all, words};
use crate::protocol::source_notes::source_note;
use crate::protocol::{Lang, Level, Protocol};

/// A reason in the visitor's words: the question, their answer and any note.
pub struct ReasonText {
    pub question: String,
    pub answer: String,
    pub note: Option<String>,
    /// The places it applies to, empty for the whole visit.
    pub places: Vec<String>,
    /// The source in the visitor's words and language, else as cited.
    pub source: String,
}

pub fn reason_text(protocol: &Protocol, reason: &Reason, lang: Lang) -> ReasonText {
    let question = protocol.question(&reason.question);
    let answer = question.and_then(|q| q.answer(&reason.answer));
    ReasonText {
        question: question.map_or_else(|| reason.question.clone(), |q| q.prompt.get(lang).to_string()),
        answer: answer.map_or_else(|| reason.answer.clone(), |a| a.label.get(lang).to_string()),
        note: answer.and_then(|a| a.note.as_ref()).map(|n| n.get(lang).to_string()),
        source: source_note(&reason.source, lang).map_or_else(|| reason.source.clone(), str::to_string),
        places: match &reason.scope {
            ReasonScope::Visit => Vec::new(),
            ReasonScope::Regions(regions) => regions.iter().map(|r| region_name(*r, lang)).collect(),
        },
    }
}

/// The level's headline and, for `wait`, its date.
pub fn headline(outcome: &Outcome, lang: Lang) -> String {
    let w = words(lang);
    match (outcome.level, outcome.until) {
        (Level::Wait, Some(until)) => {
            format!("{} ({})", w.level_name(Level::Wait), w.starting(until))
        }
        (level, _) => w.level_name(level).to_string(),
    }
}

pub fn summary(protocol: &Protocol, outcome: &Outcome, clinic: &ClinicConfig, lang: Lang) -> String {
    let w = words(lang);
    let mut out = format!("{}\n\n{}\n", w.widget_name, headline(outcome, lang));
    if let Some(text) = protocol.text(&format!("level-{}", outcome.level.id())) {
        out += &format!("{}\n", text.get(lang));
    }
    if !outcome.regions.is_empty() {
        out += &format!("\n{}:\n", w.regions_title);
        for region in &outcome.regions {
            let when = match region.until {
                Some(until) => w.starting(until),
                None => String::new(),
            };
            out += &format!("- {}: {} {}\n", region_name(region.region, lang), w.level_name(region.level), when);
        }
    }
    if !outcome.reasons.is_empty() {
        out += &format!("\n{}:\n", w.reasons_title);
        for reason in &outcome.reasons {
            let text = reason_text(protocol, reason, lang);
            out += &format!("- {} {}", text.question, text.answer);
            if !text.places.is_empty() {
                out += &format!(" ({})", join(&text.places, ", "));
            }
            out += "\n";
        }
    }
    out += "\n";
    if !clinic.clinic_name.is_empty() {
        out += &format!("{}\n", clinic.clinic_name);
    }
    if outcome.level == Level::Emergency {
        out += &format!("{}\n", replace_all(w.call_emergency, "{number}", &clinic.emergency_number));
    } else {
        for line in [&clinic.phone, &clinic.email, &clinic.booking_url].into_iter().flatten() {
            out += &format!("{line}\n");
        }
    }
    out += &format!("\n{}\n", w.disclaimer);
    replace_all(&out, " \n", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::engine::{evaluate, Answers, Surgery};
    use crate::protocol::default_protocol;
    use crate::regions::Region;

    fn knee_wait() -> (Protocol, Outcome) {
        let protocol = default_protocol().expect("valid");
        let mut answers = Answers {
            regions: vec![Region::from_id("knee-left").expect("region")],
            ..Answers::default()
        };
        answers.choose_many("red-flags-general", &["none"]);
        for q in protocol.questions.iter().filter(|q| q.is_required() && q.id != "red-flags-general") {
            answers.choose(&q.id, if q.id == "understanding" { "yes" } else { "no" });
        }
        answers.choose("surgery", "yes");
        answers.surgeries = vec![Surgery {
            region: Region::from_id("knee-left").expect("region"),
            date: Date::parse("2026-11-30").expect("date"),
        }];
        let today = Date::parse("2026-12-01").expect("date");
        let outcome = evaluate(&protocol, &answers, today).expect("evaluates");
        (protocol, outcome)
    }

    #[test]
    fn the_summary_names_the_result_its_date_places_and_the_clinic() {
        let (protocol, outcome) = knee_wait();
        let clinic = ClinicConfig {
            clinic_name: "Harbourside Physiotherapy".into(),
            phone: Some("604-555-0142".into()),
            ..ClinicConfig::default()
        };
        let text = summary(&protocol, &outcome, &clinic, Lang::En);
        assert!(text.contains("Wait (from February 28, 2027)"), "{text}");
        assert!(text.contains("- Left knee: Wait from February 28, 2027"), "{text}");
        assert!(text.contains("Harbourside Physiotherapy\n604-555-0142"), "{text}");
        let fr = summary(&protocol, &outcome, &clinic, Lang::Fr);
        assert!(fr.contains("à partir du 28 février 2027"), "{fr}");
    }

    #[test]
    fn every_reason_source_reads_in_both_languages() {
        let protocol = default_protocol().expect("valid");
        for question in &protocol.questions {
            for answer in &question.answers {
                let Some(effect) = &answer.effect else { continue };
                let en = source_note(&effect.source, Lang::En);
                let fr = source_note(&effect.source, Lang::Fr);
                let (Some(en), Some(fr)) = (en, fr) else {
                    panic!("{}/{}: no visitor wording for the source {:?}", question.id, answer.id, effect.source);
                };
                assert!(!en.is_empty() && !fr.is_empty() && en != fr, "{:?}", effect.source);
            }
        }
    }
}
