//! The plain-text summary the visitor may copy: the result, each place, the
//! reasons and how to reach the clinic. It leaves the device only if the
//! visitor pastes it somewhere.
use crate::base::regions::SurgerySite;
use crate::base::text::{join, replace_all};
use crate::config::ClinicConfig;
use crate::engine::handoff::{handoff, Step};
use crate::engine::{Answers, Outcome, Reason, ReasonScope, Surgery};
use crate::protocol::{Lang, Level, Protocol};
use crate::words::{region_name, Words};

/// A reason in the visitor's words: the question, their answer and any note.
pub struct ReasonText {
    pub question: String,
    pub answer: String,
    pub note: Option<String>,
    /// The places it applies to, empty for the whole visit.
    pub places: Vec<String>,
    /// The source in the visitor's words and language.
    pub source: String,
}

pub fn reason_text(protocol: &Protocol, reason: &Reason, w: &Words) -> ReasonText {
    let lang = w.lang;
    let question = protocol.question(&reason.question);
    let answer = question.and_then(|q| q.answer(&reason.answer));
    ReasonText {
        question: question.map_or_else(|| reason.question.clone(), |q| asked(q, lang)),
        answer: answer.map_or_else(|| reason.answer.clone(), |a| a.label.get(lang).to_string()),
        note: answer.and_then(|a| a.note.as_ref()).map(|n| n.get(lang).to_string()),
        source: reason.source.text.get(lang).to_string(),
        places: match &reason.scope {
            ReasonScope::Visit => Vec::new(),
            ReasonScope::Regions(regions) => regions.iter().map(|r| region_name(*r, w)).collect(),
        },
    }
}

/// A question as asked: its prompt, then the items it lists, if any
/// ("Is any of these true for you? You have had cancer…; You lost weight…").
fn asked(question: &crate::protocol::Question, lang: Lang) -> String {
    let prompt = question.prompt.get(lang);
    if question.points.is_empty() {
        return prompt.to_string();
    }
    let points: Vec<&str> = question.points.iter().map(|p| p.get(lang)).collect();
    format!("{prompt} {}", join(&points, "; "))
}

/// The level's headline and, for `wait`, its date.
pub fn headline(outcome: &Outcome, w: &Words) -> String {
    match (outcome.level, outcome.until) {
        (Level::Wait, Some(until)) => {
            format!("{} ({})", w.level_name(Level::Wait), w.starting(until))
        }
        (level, _) => w.level_name(level).to_string(),
    }
}

/// What the level asks the visitor to do beyond its buttons, if anything.
pub fn handoff_note(level: Level, w: &Words) -> Option<&'static str> {
    match level {
        Level::Urgent => Some(w.urgent_care),
        Level::SeeDoctor => Some(w.see_doctor_note),
        Level::NotSuitable => Some(w.other_physio),
        _ => None,
    }
}

/// The words of a way onward, as its button on the result says them: the
/// emergency number is "call now" at an emergency and "if it gets worse"
/// when urgent; the nurse line is for when the visitor is not sure where to
/// go (urgent) or has no family doctor (see-doctor); a wait books from its date.
pub fn handoff_label(step: &Step, level: Level, clinic: &ClinicConfig, w: &Words) -> String {
    match step {
        Step::CallEmergency if level == Level::Emergency => {
            replace_all(w.call_emergency, "{number}", &clinic.emergency_number)
        }
        Step::CallEmergency => replace_all(w.call_if_worse, "{number}", &clinic.emergency_number),
        Step::CallNurseLine => {
            let call = replace_all(
                w.call_nurse,
                "{number}",
                clinic.nurse_line.as_deref().unwrap_or_default(),
            );
            match level {
                Level::Urgent => format!("{} {call}", w.nurse_line_unsure),
                Level::SeeDoctor => format!("{} {call}", w.see_doctor_no_doctor),
                _ => call,
            }
        }
        Step::CallClinic => w.call_clinic.to_string(),
        Step::EmailClinic => w.email_clinic.to_string(),
        Step::Book { from } => from.map_or_else(
            || w.book.to_string(),
            |d| replace_all(w.book_after, "{date}", &w.date(d)),
        ),
    }
}

/// Where a way onward leads, written out, when its words do not already
/// say it (they name the emergency number and the nurse line): the clinic's
/// phone, email or booking link. A printed result shows it as the summary does.
pub fn handoff_target<'c>(step: &Step, clinic: &'c ClinicConfig) -> Option<&'c str> {
    match step {
        Step::CallClinic => clinic.phone.as_deref(),
        Step::EmailClinic => clinic.email.as_deref(),
        Step::Book { .. } => clinic.booking_url.as_deref(),
        Step::CallEmergency | Step::CallNurseLine => None,
    }
}

/// A way onward as a line of text: its words and, where the words do not
/// already say it, where it leads.
fn handoff_line(step: &Step, level: Level, clinic: &ClinicConfig, w: &Words) -> String {
    let label = handoff_label(step, level, clinic, w);
    match handoff_target(step, clinic) {
        Some(target) => format!("{label}{} {target}", w.colon),
        None => label,
    }
}

/// The operations the visitor entered, when they said they had one.
pub fn operations(answers: &Answers) -> &[Surgery] {
    match answers.chosen("surgery").iter().any(|a| a == "yes") {
        true => &answers.surgeries,
        false => &[],
    }
}

/// An operation's place in words ("Left knee", or away from the pain).
fn operation_place(surgery: &Surgery, w: &Words) -> String {
    match surgery.site {
        SurgerySite::Region(region) => region_name(region, w),
        SurgerySite::Elsewhere => w.surgery_elsewhere.to_string(),
    }
}

/// What to say when calling the clinic before booking, in plain words: each
/// talk-first reason's topic (its protocol text `tell-<question>`, marked
/// when the visitor was not sure; the question and answer when the protocol
/// has none) and each operation with its place and date. `None` when the
/// result does not ask to call first.
pub fn tell_the_clinic(protocol: &Protocol, outcome: &Outcome, answers: &Answers, w: &Words) -> Option<String> {
    let reasons = outcome.to_tell_the_clinic();
    if reasons.is_empty() {
        return None;
    }
    let mut items: Vec<String> = Vec::new();
    for reason in reasons {
        let unsure = reason.answer == "not-sure";
        // The operations below say it, with their places and dates.
        if reason.question == "surgery" && !unsure {
            continue;
        }
        // A protocol without the topic: the question as asked.
        let topic = match protocol.text(&format!("tell-{}", reason.question)) {
            Some(topic) => topic.get(w.lang).to_string(),
            None => reason_text(protocol, reason, w).question,
        };
        items.push(match unsure {
            true => replace_all(w.unsure, "{topic}", &topic),
            false => topic,
        });
    }
    for surgery in operations(answers) {
        let told = replace_all(w.operation_on, "{place}", &operation_place(surgery, w));
        items.push(replace_all(&told, "{date}", &w.date(surgery.date)));
    }
    Some(replace_all(w.tell_clinic, "{list}", &join(&items, "; ")))
}

pub fn summary(protocol: &Protocol, outcome: &Outcome, answers: &Answers, clinic: &ClinicConfig, w: &Words) -> String {
    let lang = w.lang;
    let mut out = format!("{}\n\n{}\n", w.widget_name, headline(outcome, w));
    if let Some(text) = protocol.text(&format!("level-{}", outcome.level.id())) {
        out += &format!("{}\n", text.get(lang));
    }
    // Every place picked; with its result when the places differ.
    let differ = outcome.places_differ();
    if !outcome.regions.is_empty() || answers.widespread {
        let title = if differ { w.regions_title } else { w.chosen_title };
        out += &format!("\n{title}{}\n", w.colon);
        for region in &outcome.regions {
            out += &format!("- {}", region_name(region.region, w));
            if differ {
                let when = region.until.map(|until| w.starting(until)).unwrap_or_default();
                out += &format!("{} {} {when}", w.colon, w.level_name(region.level));
            }
            out += "\n";
        }
        if answers.widespread {
            out += &format!("- {}\n", w.widespread);
        }
    }
    let operations = operations(answers);
    if !operations.is_empty() && !outcome.ended_at_emergency_screen {
        out += &format!("\n{}{}\n", w.surgery_title, w.colon);
        for surgery in operations {
            out += &format!(
                "- {}{} {}\n",
                operation_place(surgery, w),
                w.colon,
                w.date(surgery.date)
            );
        }
    }
    if !outcome.reasons.is_empty() {
        out += &format!("\n{}{}\n", w.reasons_title, w.colon);
        for reason in &outcome.reasons {
            let text = reason_text(protocol, reason, w);
            out += &format!("- {} {}", text.question, text.answer);
            if !text.places.is_empty() {
                out += &format!(" ({})", join(&text.places, ", "));
            }
            out += "\n";
            // A see-doctor reason's note says when not to wait for the
            // doctor (the chest pain's safety net): the summary keeps it.
            if let Some(note) = text.note.filter(|_| reason.level == Level::SeeDoctor) {
                out += &format!("  {note}\n");
            }
        }
    }
    out += &format!("\n{}{}\n", w.next_title, w.colon);
    if !outcome.talk_first_before_booking().is_empty() {
        out += &format!("{}\n", w.talk_first_too);
    }
    if let Some(tell) = tell_the_clinic(protocol, outcome, answers, w) {
        out += &format!("{tell}\n");
    }
    if let Some(note) = handoff_note(outcome.level, w) {
        out += &format!("{note}\n");
    }
    if !clinic.clinic_name.is_empty() && outcome.level != Level::Emergency {
        out += &format!("{}\n", clinic.clinic_name);
    }
    for item in handoff(outcome, clinic) {
        out += &format!("- {}\n", handoff_line(&item.step, outcome.level, clinic, w));
    }
    out += &format!("\n{}\n", w.disclaimer);
    replace_all(&out, " \n", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::date::Date;
    use crate::base::regions::{Region, SurgerySite};
    use crate::config::test_clinic;
    use crate::engine::handoff::{handoff, Step};
    use crate::engine::{evaluate, Answers, Surgery};
    use crate::protocol::shipped_packs::default_protocol_in;
    use crate::words::tests::french;
    use crate::words::EN;

    /// The default protocol with the French pack's texts beside the
    /// English: English and French summaries (the French words from
    /// [`french`]).
    fn protocol() -> Protocol {
        default_protocol_in(Lang::FR)
    }

    fn today() -> Date {
        Date::parse("2026-12-01").expect("date")
    }

    /// "None of these" on the emergency screen and the answer that changes
    /// nothing to every other required question.
    fn answer_no_to_everything(protocol: &Protocol, answers: &mut Answers) {
        answers.choose_many("red-flags-general", &["none"]);
        for q in protocol
            .questions
            .iter()
            .filter(|q| q.is_required() && q.id != "red-flags-general")
        {
            answers.choose(&q.id, if q.id == "understanding" { "yes" } else { "no" });
        }
    }

    /// Answers that reach `level` (and, for `wait`, also a talk-first answer
    /// when `talk_first_too`), at the left knee and, when `two_places`, the
    /// left thigh next to it.
    fn outcome_at(level: Level, talk_first_too: bool, two_places: bool) -> (Protocol, Outcome, Answers) {
        let protocol = protocol();
        let knee = Region::from_id("knee-left").expect("region");
        let mut regions = vec![knee];
        if two_places {
            regions.push(Region::from_id("thigh-left").expect("region"));
        }
        if level == Level::SeeDoctor {
            regions.push(Region::LowBack);
        }
        let mut answers = Answers {
            regions,
            ..Answers::default()
        };
        answer_no_to_everything(&protocol, &mut answers);
        match level {
            Level::Emergency => answers.choose_many("red-flags-general", &["stiff-neck-fever"]),
            Level::Urgent => answers.choose_many("red-flags-general", &["major-trauma"]),
            Level::SeeDoctor => answers.choose("back-cancer-flags", "yes"),
            Level::NotSuitable => answers.choose("pregnant", "yes"),
            Level::Wait => {
                answers.choose("surgery", "yes");
                answers.surgeries = vec![Surgery {
                    site: SurgerySite::Region(knee),
                    date: Date::parse("2026-11-30").expect("date"),
                }];
            }
            Level::TalkFirst => answers.choose("bleeding", "yes"),
            Level::Suitable => {}
        }
        if talk_first_too {
            answers.choose("bleeding", "yes");
        }
        let outcome = evaluate(&protocol, &answers, today()).expect("evaluates");
        assert_eq!(outcome.level, level, "{:?}", outcome.reasons);
        (protocol, outcome, answers)
    }

    /// The summary's lines after "What to do next:", up to the disclaimer.
    fn next_lines(text: &str) -> Vec<&str> {
        text.split("What to do next:\n")
            .nth(1)
            .unwrap_or_default()
            .lines()
            .take_while(|line| !line.is_empty())
            .collect()
    }

    #[test]
    fn the_summary_names_the_result_its_date_places_and_the_clinic() {
        let (protocol, outcome, answers) = outcome_at(Level::Wait, false, true);
        let text = summary(&protocol, &outcome, &answers, &test_clinic(), &EN);
        // 3 months at the knee; 42 days at the thigh next to it, the earliest.
        assert!(text.contains("Wait (from January 11, 2027)"), "{text}");
        assert!(text.contains("- Left thigh: Wait from January 11, 2027"), "{text}");
        assert!(text.contains("- Left knee: Wait from February 28, 2027"), "{text}");
        assert!(text.contains("Main Street Physio\n- Book from January 11, 2027: https://example.com/book\n- Call the clinic: 604-555-0100"), "{text}");
        let fr = summary(&protocol, &outcome, &answers, &test_clinic(), &french());
        assert!(fr.contains("à partir du 28 février 2027"), "{fr}");
    }

    /// The summary lists every place picked, the operations with their
    /// dates and the reasons, and says what to tell the clinic in plain
    /// words, in English and French.
    #[test]
    fn the_summary_lists_places_operations_reasons_and_what_to_tell() {
        let (protocol, outcome, answers) = outcome_at(Level::Wait, true, false);
        let text = summary(&protocol, &outcome, &answers, &test_clinic(), &EN);
        for line in [
            "Places you picked:\n- Left knee\n",
            "Your operations:\n- Left knee: November 30, 2026\n",
            "Why:\n",
            "When you call, tell them about: a bleeding problem or blood thinner; an operation (Left knee, November 30, 2026).\n",
        ] {
            assert!(text.contains(line), "{line:?} in {text}");
        }
        let fr = summary(&protocol, &outcome, &answers, &test_clinic(), &french());
        assert!(
            fr.contains("une opération (Genou, côté gauche, 30 novembre 2026)"),
            "{fr}"
        );
        // No call first, nothing to tell.
        let (protocol, outcome, answers) = outcome_at(Level::Suitable, false, false);
        assert_eq!(tell_the_clinic(&protocol, &outcome, &answers, &EN), None);
        let text = summary(&protocol, &outcome, &answers, &test_clinic(), &EN);
        assert!(
            text.contains("Places you picked:\n- Left knee\n") && !text.contains("tell them"),
            "{text}"
        );
    }

    /// A talk-first answer the visitor was not sure of is said as such.
    #[test]
    fn a_not_sure_answer_is_told_as_not_sure() {
        let (protocol, mut outcome, answers) = outcome_at(Level::TalkFirst, false, false);
        for reason in &mut outcome.reasons {
            reason.question = "pregnant".into();
            reason.answer = "not-sure".into();
        }
        let told = tell_the_clinic(&protocol, &outcome, &answers, &EN);
        assert_eq!(
            told.as_deref(),
            Some("When you call, tell them about: pregnancy (not sure).")
        );
    }

    /// French sets a no-break space before a colon, in the lines the summary
    /// builds as in the widget's words.
    #[test]
    fn the_french_summary_spaces_its_colons() {
        let (protocol, outcome, answers) = outcome_at(Level::Wait, true, true);
        let fr = summary(&protocol, &outcome, &answers, &test_clinic(), &french());
        for line in [
            "Pourquoi\u{a0}:\n",
            "Que faire maintenant\u{a0}:\n",
            "Appeler la clinique\u{a0}: 604-555-0100",
        ] {
            assert!(fr.contains(line), "{line:?} in {fr}");
        }
        let colons = fr.match_indices(':').filter(|(at, _)| !fr[at + 1..].starts_with("//"));
        for (at, _) in colons {
            assert!(fr[..at].ends_with('\u{a0}'), "a colon without its space at {at}: {fr}");
        }
    }

    #[test]
    fn one_place_or_places_at_one_level_list_no_places() {
        let (protocol, outcome, answers) = outcome_at(Level::NotSuitable, false, true);
        let text = summary(&protocol, &outcome, &answers, &test_clinic(), &EN);
        assert!(!text.contains("Each place you picked"), "{text}");
        assert!(
            !text.contains("Likely suitable"),
            "a pregnant visitor's places are not suitable: {text}"
        );
    }

    /// "The printed and copied summary gives exactly the handoff the result
    /// shows for its level": the same ways onward, and no booking link for
    /// emergency, urgent, see-doctor or not-suitable.
    #[test]
    fn the_summary_hands_off_exactly_as_the_result_at_each_level() {
        let clinic = test_clinic();
        for level in Level::ALL {
            let (protocol, outcome, answers) = outcome_at(level, false, false);
            let text = summary(&protocol, &outcome, &answers, &clinic, &EN);
            let steps: Vec<Step> = handoff(&outcome, &clinic).into_iter().map(|h| h.step).collect();
            let listed: Vec<&str> = next_lines(&text).into_iter().filter(|l| l.starts_with("- ")).collect();
            assert_eq!(listed.len(), steps.len(), "{level:?}: {text}");
            assert_eq!(
                text.contains("https://example.com/book"),
                level.offers_booking(),
                "{level:?}: {text}"
            );
            assert_eq!(
                text.contains("604-555-0100"),
                steps.contains(&Step::CallClinic),
                "{level:?}: {text}"
            );
            assert_eq!(
                text.contains("Call 911"),
                level == Level::Emergency,
                "{level:?}: {text}"
            );
            assert_eq!(
                text.contains("If it gets worse, call 911"),
                level == Level::Urgent,
                "{level:?}: {text}"
            );
            assert_eq!(
                text.contains("- Not sure where to go? Call the nurse line (811)\n"),
                level == Level::Urgent,
                "{level:?}: {text}"
            );
            assert_eq!(
                text.contains("- No family doctor? Call the nurse line (811)\n"),
                level == Level::SeeDoctor,
                "{level:?}: {text}"
            );
            assert!(!text.to_lowercase().contains("walk-in"), "{level:?}: {text}");
        }
    }

    /// "When the overall level is wait and a talk-first reason applies, the
    /// main action is the clinic's phone; booking from the date is the
    /// second action", in the summary as on the result.
    #[test]
    fn a_wait_with_a_talk_first_reason_lists_the_phone_before_booking() {
        let (protocol, outcome, answers) = outcome_at(Level::Wait, true, false);
        let text = summary(&protocol, &outcome, &answers, &test_clinic(), &EN);
        let listed: Vec<&str> = next_lines(&text).into_iter().filter(|l| l.starts_with("- ")).collect();
        assert_eq!(
            listed,
            [
                "- Call the clinic: 604-555-0100",
                "- Book from February 28, 2027: https://example.com/book",
                "- Email the clinic: front@example.com",
            ],
            "{text}"
        );
    }

    /// The urgent summary names where to go today (in the level's text) and
    /// the nurse line for when the visitor is unsure, in English and French.
    #[test]
    fn the_urgent_note_names_the_emergency_department_and_the_upcc() {
        let (protocol, outcome, answers) = outcome_at(Level::Urgent, false, false);
        let en = summary(&protocol, &outcome, &answers, &test_clinic(), &EN);
        assert!(
            en.contains("Go today to an emergency department or an urgent and primary care centre (UPCC)."),
            "{en}"
        );
        let fr = summary(&protocol, &outcome, &answers, &test_clinic(), &french());
        assert!(
            fr.contains("centre de soins d'urgence et de soins primaires (UPCC)"),
            "{fr}"
        );
        assert!(
            fr.contains("Vous ne savez pas où aller\u{202f}? Appeler la ligne infirmière (811)"),
            "{fr}"
        );
    }

    #[test]
    fn a_wait_with_a_talk_first_answer_says_to_call_before_booking() {
        let (protocol, outcome, answers) = outcome_at(Level::Wait, true, false);
        let text = summary(&protocol, &outcome, &answers, &test_clinic(), &EN);
        let next = next_lines(&text);
        assert_eq!(next.first(), Some(&"Talk to the clinic before you book."), "{text}");
        assert!(next.iter().any(|l| l.contains("bleeding problem")), "{text}");
        let (protocol, outcome, answers) = outcome_at(Level::Wait, false, false);
        assert!(!summary(&protocol, &outcome, &answers, &test_clinic(), &EN)
            .contains("Talk to the clinic before you book."));
    }

    /// "The see-doctor result and the summary carry the locked safety net"
    /// of `chest-cause` / `yes`, in each language.
    #[test]
    fn a_chest_cause_summary_carries_the_safety_net() {
        let protocol = protocol();
        let mut answers = Answers {
            regions: vec![Region::Chest],
            ..Answers::default()
        };
        answer_no_to_everything(&protocol, &mut answers);
        answers.choose("chest-cause", "yes");
        let outcome = evaluate(&protocol, &answers, today()).expect("evaluates");
        assert_eq!(outcome.level, Level::SeeDoctor);
        for (w, net) in [
            (EN, "If chest pain comes on at rest, gets worse, or lasts more than a few minutes, call the emergency number now."),
            (french(), "Si la douleur vient au repos, s'aggrave ou dure plus de quelques minutes, appelez tout de suite le numéro d'urgence."),
        ] {
            let text = summary(&protocol, &outcome, &answers, &test_clinic(), &w);
            assert!(text.contains(net), "{text}");
        }
        // Other reasons' notes stay on the result only.
        let (protocol, outcome, answers) = outcome_at(Level::NotSuitable, false, false);
        let text = summary(&protocol, &outcome, &answers, &test_clinic(), &EN);
        assert!(!text.contains("IMS is not done during pregnancy"), "{text}");
    }

    #[test]
    fn every_reason_source_reads_in_both_languages() {
        let protocol = protocol();
        for question in &protocol.questions {
            for answer in &question.answers {
                let effects = answer
                    .effect
                    .iter()
                    .chain(answer.when_regions.iter().map(|w| &w.effect));
                for effect in effects {
                    let text = &effect.source.text;
                    assert!(
                        !text.en.is_empty() && !text.get(Lang::FR).is_empty() && text.en != text.get(Lang::FR),
                        "{}/{}",
                        question.id,
                        answer.id
                    );
                    assert_ne!(
                        text.en, effect.source.citation,
                        "{}/{}: plain words, not the citation",
                        question.id, answer.id
                    );
                }
            }
        }
    }
}
