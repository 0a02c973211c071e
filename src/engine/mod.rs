//! The screening engine: a pure, total function of a protocol, the visitor's
//! answers and today's date to an outcome (or a list of input errors).
//!
//! No I/O, no clock, no panics: the same inputs always give the same result,
//! and bad input gives [`InputError`]s, never a crash. The widget and the
//! command-line tool both call [`evaluate`].
pub mod handoff;

use core::fmt;
use std::borrow::Cow;

use crate::base::date::{Date, FIRST_YEAR};
use crate::base::regions::{insertion_sort_by, sort_regions, Area, Region, SurgerySite};
use crate::base::sorted_map::SortedMap;
use crate::protocol::{
    Answer, AskedWhen, Category, Effect, FollowUp, Level, Protocol, Question, Scope, Source, Text, TextEntry,
};

/// One operation: where and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Surgery {
    pub site: SurgerySite,
    pub date: Date,
}

/// Everything the visitor chose. The UI and the command-line tool fill the
/// same type. Answers to questions that are not asked (a region follow-up for
/// a region no longer chosen, a follow-up list after "no") are ignored, so the
/// UI may keep them while the visitor changes their mind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Pain regions chosen on the body map.
    pub regions: Vec<Region>,
    /// The "pain in many places" option.
    pub widespread: bool,
    /// Answer ids per question id (one for a "one" question, any number for a checklist).
    pub choices: Choices,
    pub surgeries: Vec<Surgery>,
    /// Regions and whole limbs with lymphoedema.
    pub lymphoedema_regions: Vec<Area>,
    pub skin_infection_regions: Vec<Region>,
}

/// Answer ids per question id, in question id order.
pub type Choices = SortedMap<Vec<String>>;

impl Answers {
    /// The answer ids chosen for a question (empty when unanswered).
    pub fn chosen(&self, question: &str) -> &[String] {
        self.choices.get(question).map(Vec::as_slice).unwrap_or_default()
    }

    /// Sets the single answer of a question.
    pub fn choose(&mut self, question: &str, answer: &str) {
        self.choices.insert(question.to_string(), vec![answer.to_string()]);
    }

    /// Sets the answers of a checklist question.
    pub fn choose_many(&mut self, question: &str, answers: &[&str]) {
        self.choices
            .insert(question.to_string(), answers.iter().map(|a| a.to_string()).collect());
    }

    /// Whether a follow-up list has nothing in it yet.
    pub fn is_listed_empty(&self, follow_up: FollowUp) -> bool {
        match follow_up {
            FollowUp::Surgeries => self.surgeries.is_empty(),
            FollowUp::LymphoedemaRegions => self.lymphoedema_regions.is_empty(),
            FollowUp::SkinInfectionRegions => self.skin_infection_regions.is_empty(),
        }
    }

    /// Whether a follow-up list names `region`. "Lymphoedema covers the whole
    /// limb": a limb, or a region inside it, names every region of that limb.
    pub fn lists(&self, follow_up: FollowUp, region: Region) -> bool {
        match follow_up {
            FollowUp::Surgeries => false,
            FollowUp::LymphoedemaRegions => self.lymphoedema_regions.iter().any(|area| area.reaches(region)),
            FollowUp::SkinInfectionRegions => self.skin_infection_regions.contains(&region),
        }
    }

    fn has_chosen(&self, question: &str, answer: &str) -> bool {
        self.chosen(question).iter().any(|a| a == answer)
    }

    /// Chosen regions without repeats, head to foot.
    fn distinct_regions(&self) -> Vec<Region> {
        let mut regions = self.regions.clone();
        sort_regions(&mut regions);
        regions.dedup();
        regions
    }
}

/// What a reason applies to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReasonScope {
    Visit,
    /// The chosen regions the effect names, head to foot.
    Regions(Vec<Region>),
}

/// Why the outcome is what it is: one chosen answer with an effect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub question: String,
    pub answer: String,
    pub level: Level,
    pub scope: ReasonScope,
    pub source: Source,
}

impl Reason {
    /// `question/answer`, e.g. `pregnant/yes`.
    pub fn rule(&self) -> String {
        format!("{}/{}", self.question, self.answer)
    }
}

/// The result for one chosen region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionOutcome {
    pub region: Region,
    pub level: Level,
    /// Only when `level` is `Wait`: the first day needling may be possible there.
    pub until: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub level: Level,
    /// Only when `level` is `Wait`: the earliest date among the regions that wait.
    pub until: Option<Date>,
    /// One entry per chosen region, head to foot (empty when the emergency screen ended the check).
    pub regions: Vec<RegionOutcome>,
    /// Most severe first, then in the order the questions are asked.
    pub reasons: Vec<Reason>,
    /// True when a tick on the emergency screen ended the check.
    pub ended_at_emergency_screen: bool,
}

impl Outcome {
    /// "Whenever a talk-first effect applies and the overall level is wait,
    /// the result also says talk to the clinic before you book", with these
    /// reasons; empty for every other level.
    pub fn talk_first_before_booking(&self) -> Vec<&Reason> {
        if self.level != Level::Wait {
            return Vec::new();
        }
        self.reasons.iter().filter(|r| r.level == Level::TalkFirst).collect()
    }

    /// The reasons to tell the clinic when the result asks the visitor to call
    /// before booking: a talk-first result's, and a wait's talk-first ones.
    pub fn to_tell_the_clinic(&self) -> Vec<&Reason> {
        match self.level {
            Level::TalkFirst | Level::Wait => self.reasons.iter().filter(|r| r.level == Level::TalkFirst).collect(),
            _ => Vec::new(),
        }
    }

    /// "The per-place list and the result body map appear only when the
    /// selected places differ in level" (or, waiting, in date).
    pub fn places_differ(&self) -> bool {
        self.regions
            .windows(2)
            .any(|pair| matches!(pair, [a, b] if (a.level, a.until) != (b.level, b.until)))
    }
}

/// Why the answers cannot be evaluated. Each names what to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    UnknownQuestion {
        question: String,
    },
    UnknownAnswer {
        question: String,
        answer: String,
    },
    RepeatedAnswer {
        question: String,
        answer: String,
    },
    SeveralAnswers {
        question: String,
    },
    /// "None of these" chosen together with other answers.
    ExclusiveWithOthers {
        question: String,
        answer: String,
    },
    Unanswered {
        question: String,
    },
    NoRegions,
    /// An answer asked for a follow-up list that is empty.
    MissingFollowUp {
        question: String,
        follow_up: FollowUp,
    },
    FutureSurgery {
        site: SurgerySite,
        date: Date,
        today: Date,
    },
    /// Operation `index` (from 0) is dated before 1900: dates are of the
    /// Gregorian calendar, and such a year is one of another (1404 Solar Hijri).
    SurgeryYearTooEarly {
        index: usize,
        year: u16,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::UnknownQuestion { question } => {
                write!(f, "answers: unknown question \"{question}\"")
            }
            InputError::UnknownAnswer { question, answer } => {
                write!(f, "answers.{question}: unknown answer \"{answer}\"")
            }
            InputError::RepeatedAnswer { question, answer } => {
                write!(f, "answers.{question}: answer \"{answer}\" is given twice")
            }
            InputError::SeveralAnswers { question } => {
                write!(f, "answers.{question}: give one answer, not several")
            }
            InputError::ExclusiveWithOthers { question, answer } => write!(
                f,
                "answers.{question}: \"{answer}\" (none of these) cannot be combined with other answers"
            ),
            InputError::Unanswered { question } => {
                write!(f, "answers.{question}: not answered, but this question is asked")
            }
            InputError::NoRegions => {
                write!(f, "regions: choose at least one region or \"widespread\"")
            }
            InputError::MissingFollowUp { question, follow_up } => write!(
                f,
                "{}: \"{question}\" was answered yes, so list at least one {}",
                follow_up.id(),
                match follow_up {
                    FollowUp::Surgeries => "operation (region and date)",
                    _ => "region",
                }
            ),
            InputError::FutureSurgery { site, date, today } => write!(
                f,
                "surgeries: the operation on {} is dated {date}, after today ({today}); a surgery date cannot be in the future",
                site.id()
            ),
            InputError::SurgeryYearTooEarly { index, year } => write!(
                f,
                "surgeries[{index}].date: the year {year} is before 1900; check the year (dates are of the Gregorian calendar)"
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Whether a question is asked given the chosen regions.
fn is_asked(question: &Question, answers: &Answers) -> bool {
    match &question.asked_when {
        AskedWhen::Always => true,
        AskedWhen::AnyOf(set) => set.matches(&answers.regions, answers.widespread),
    }
}

/// The emergency-screen items ticked, in protocol order.
fn emergency_ticks<'p>(protocol: &'p Protocol, answers: &Answers) -> Vec<(&'p Question, &'p Answer, &'p Effect)> {
    let Some(screen) = protocol.emergency_screen() else {
        return Vec::new();
    };
    screen
        .answers
        .iter()
        .filter(|answer| answers.has_chosen(&screen.id, &answer.id))
        .filter_map(|answer| answer.effect.as_ref().map(|effect| (screen, answer, effect)))
        .collect()
}

/// The questions to show now, in order. Once an emergency-screen item is
/// ticked, only the screen itself: nothing else is asked.
pub fn applicable_questions<'p>(protocol: &'p Protocol, answers: &Answers) -> Vec<&'p Question> {
    if !emergency_ticks(protocol, answers).is_empty() {
        return protocol.emergency_screen().into_iter().collect();
    }
    protocol
        .questions
        .iter()
        .filter(|question| is_asked(question, answers))
        .collect()
}

/// The answers to offer for a question (conditions are offered only for their regions).
pub fn applicable_answers<'p>(question: &'p Question, answers: &Answers) -> Vec<&'p Answer> {
    question
        .answers
        .iter()
        .filter(|answer| {
            answer
                .shown_for
                .as_ref()
                .is_none_or(|set| set.matches(&answers.regions, answers.widespread))
        })
        .collect()
}

/// The follow-up lists to ask for now, each with the question that asks it.
/// With only "many places" chosen, the operation list is still asked (an
/// operation anywhere in the last 3 months matters), but no list of places
/// with lymphoedema or infection: there are no chosen places to name.
pub fn follow_ups<'p>(protocol: &'p Protocol, answers: &Answers) -> Vec<(FollowUp, &'p Question)> {
    if answers.regions.is_empty() && !answers.widespread {
        return Vec::new();
    }
    let places_chosen = !answers.regions.is_empty();
    applicable_questions(protocol, answers)
        .into_iter()
        .flat_map(|question| {
            question
                .answers
                .iter()
                .filter(|answer| answers.has_chosen(&question.id, &answer.id))
                .filter_map(move |answer| answer.asks.map(|follow_up| (follow_up, question)))
        })
        .filter(|(follow_up, _)| places_chosen || *follow_up == FollowUp::Surgeries)
        .collect()
}

/// The "signs that fit IMS" the visitor ticked, as statements: the note of
/// each fit question's "yes" (its prompt when a protocol gives no note).
pub fn fit_signs<'p>(protocol: &'p Protocol, answers: &Answers) -> Vec<&'p Text> {
    applicable_questions(protocol, answers)
        .into_iter()
        .filter(|q| q.category == Category::Fit && answers.has_chosen(&q.id, "yes"))
        .map(|q| q.answer("yes").and_then(|a| a.note.as_ref()).unwrap_or(&q.prompt))
        .collect()
}

/// The "what to expect" texts for the chosen places: every `expect-*` text
/// whose regions (if it names any) include a chosen one.
pub fn expect_texts<'p>(protocol: &'p Protocol, answers: &Answers) -> Vec<&'p TextEntry> {
    protocol
        .texts
        .iter()
        .filter(|entry| entry.key.starts_with("expect-"))
        .filter(|entry| {
            entry
                .shown_for
                .as_ref()
                .is_none_or(|set| set.matches(&answers.regions, answers.widespread))
        })
        .collect()
}

/// Evaluates the answers. Errors list every problem found, not just the first.
pub fn evaluate(protocol: &Protocol, answers: &Answers, today: Date) -> Result<Outcome, Vec<InputError>> {
    let mut errors = Vec::new();

    // Step 1 first: a tick ends the check whatever else was answered (even a
    // repeated or unknown id beside it), because a mistake must never hide an emergency.
    let ticks = emergency_ticks(protocol, answers);
    if !ticks.is_empty() {
        return Ok(emergency_outcome(&ticks));
    }
    if let Some(screen) = protocol.emergency_screen() {
        check_known_answers(screen, answers.chosen(&screen.id), &mut errors);
    }

    for (question_id, chosen) in &answers.choices {
        match protocol.question(question_id) {
            None => errors.push(InputError::UnknownQuestion {
                question: question_id.clone(),
            }),
            Some(question) if question.category == Category::EmergencyScreen => {}
            Some(question) => {
                check_known_answers(question, chosen, &mut errors);
                check_answer_count(question, chosen, &mut errors);
            }
        }
    }
    if answers.regions.is_empty() && !answers.widespread {
        errors.push(InputError::NoRegions);
    }
    let asked = applicable_questions(protocol, answers);
    for question in &asked {
        if question.is_required() && answers.chosen(&question.id).is_empty() {
            errors.push(InputError::Unanswered {
                question: question.id.clone(),
            });
        }
    }
    check_follow_ups(protocol, answers, today, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(combine(&asked, answers, today))
}

fn check_known_answers(question: &Question, chosen: &[String], errors: &mut Vec<InputError>) {
    for (i, answer) in chosen.iter().enumerate() {
        if question.answer(answer).is_none() {
            errors.push(InputError::UnknownAnswer {
                question: question.id.clone(),
                answer: answer.clone(),
            });
        } else if chosen.iter().take(i).any(|earlier| earlier == answer) {
            errors.push(InputError::RepeatedAnswer {
                question: question.id.clone(),
                answer: answer.clone(),
            });
        }
    }
}

fn check_answer_count(question: &Question, chosen: &[String], errors: &mut Vec<InputError>) {
    use crate::protocol::Select;
    if question.select == Select::One && chosen.len() > 1 {
        errors.push(InputError::SeveralAnswers {
            question: question.id.clone(),
        });
    }
    if chosen.len() > 1 {
        for answer in question.answers.iter().filter(|a| a.exclusive) {
            if chosen.contains(&answer.id) {
                errors.push(InputError::ExclusiveWithOthers {
                    question: question.id.clone(),
                    answer: answer.id.clone(),
                });
            }
        }
    }
}

fn check_follow_ups(protocol: &Protocol, answers: &Answers, today: Date, errors: &mut Vec<InputError>) {
    for (follow_up, question) in follow_ups(protocol, answers) {
        let missing = answers.is_listed_empty(follow_up);
        if missing {
            errors.push(InputError::MissingFollowUp {
                question: question.id.clone(),
                follow_up,
            });
        }
        if follow_up == FollowUp::Surgeries {
            for surgery in answers.surgeries.iter().filter(|s| s.date > today) {
                errors.push(InputError::FutureSurgery {
                    site: surgery.site,
                    date: surgery.date,
                    today,
                });
            }
            // "A year before 1900 is an input error that asks the visitor
            // to check the year" (a Solar Hijri 1404 must never pass as long ago).
            for (index, surgery) in answers.surgeries.iter().enumerate() {
                if surgery.date.year() < FIRST_YEAR {
                    errors.push(InputError::SurgeryYearTooEarly {
                        index,
                        year: surgery.date.year(),
                    });
                }
            }
        }
    }
}

/// Most severe first; equal levels keep their order (the order the questions
/// are asked in).
fn most_severe_first(reasons: &mut [Reason]) {
    insertion_sort_by(reasons, |a, b| a.level > b.level);
}

fn emergency_outcome(ticks: &[(&Question, &Answer, &Effect)]) -> Outcome {
    let mut reasons: Vec<Reason> = ticks
        .iter()
        .map(|(question, answer, effect)| reason(question, answer, effect, ReasonScope::Visit))
        .collect();
    most_severe_first(&mut reasons);
    Outcome {
        level: reasons.iter().map(|r| r.level).max().unwrap_or(Level::Emergency),
        until: None,
        regions: Vec::new(),
        reasons,
        ended_at_emergency_screen: true,
    }
}

fn reason(question: &Question, answer: &Answer, effect: &Effect, scope: ReasonScope) -> Reason {
    Reason {
        question: question.id.clone(),
        answer: answer.id.clone(),
        level: effect.level,
        scope,
        source: effect.source.clone(),
    }
}

/// When a region may be needled again after one operation, if that is after
/// today: "3 months around the surgical area, 6 weeks for adjacent areas" (002).
/// An operation `elsewhere` reaches no region.
fn window_end(surgery: &Surgery, region: Region, site_months: u32, adjacent_days: u32, today: Date) -> Option<Date> {
    let site = surgery.site.region()?;
    let end = if site == region {
        Some(surgery.date.add_months(site_months))
    } else if site.is_adjacent(region) {
        Some(surgery.date.add_days(adjacent_days))
    } else {
        None
    };
    end.filter(|end| today < *end)
}

/// The effect of a chosen answer, given the chosen places: its
/// region-dependent effect when one of those regions is chosen (and it is
/// the more severe: a clinic's stricter level may have raised the answer's
/// own), else the answer's own.
fn effect_of<'p>(answer: &'p Answer, answers: &Answers) -> Option<&'p Effect> {
    match (&answer.effect, &answer.when_regions) {
        // "`fever` → `urgent` when neck, upper-back, mid-back or low-back is
        // selected (fever with back or neck pain: spinal infection flag),
        // otherwise talk-first"
        (Some(own), Some(when))
            if when.regions.matches(&answers.regions, answers.widespread) && when.effect.level >= own.level =>
        {
            Some(&when.effect)
        }
        (own, _) => own.as_ref(),
    }
}

/// One effect as it lands: on the visit, or on regions (with a date for a wait).
struct Landed<'p> {
    question: &'p Question,
    answer: &'p Answer,
    effect: Cow<'p, Effect>,
    /// Empty for a visit effect.
    regions: Vec<(Region, Option<Date>)>,
}

/// The combining rule of the screening facts.
fn combine(asked: &[&Question], answers: &Answers, today: Date) -> Outcome {
    let chosen_regions = answers.distinct_regions();
    let mut landed: Vec<Landed> = Vec::new();
    for question in asked {
        for answer in question
            .answers
            .iter()
            .filter(|a| answers.has_chosen(&question.id, &a.id))
        {
            let Some(effect) = effect_of(answer, answers) else {
                continue;
            };
            let regions = match effect.scope {
                Scope::Visit => Vec::new(),
                // "ask which regions; not-suitable for those regions"
                Scope::ListedRegions(list) => chosen_regions
                    .iter()
                    .filter(|r| answers.lists(list, **r))
                    .map(|r| (*r, None))
                    .collect(),
                // "with several, the latest date wins"
                Scope::SurgeryWindows {
                    site_months,
                    adjacent_days,
                } => chosen_regions
                    .iter()
                    .filter_map(|region| {
                        answers
                            .surgeries
                            .iter()
                            .filter_map(|s| window_end(s, *region, site_months, adjacent_days, today))
                            .max()
                            .map(|end| (*region, Some(end)))
                    })
                    .collect(),
            };
            // "With only widespread chosen → talk-first (visit)" for
            // lymphoedema and skin infection, which name no place then, and
            // for "an operation anywhere (elsewhere included) less than 3
            // months ago".
            if chosen_regions.is_empty() {
                let unplaced = match effect.scope {
                    Scope::Visit => false,
                    Scope::ListedRegions(_) => true,
                    Scope::SurgeryWindows { site_months, .. } => {
                        answers.surgeries.iter().any(|s| today < s.date.add_months(site_months))
                    }
                };
                if unplaced {
                    let talk_first = Effect {
                        level: effect.level.min(Level::TalkFirst),
                        scope: Scope::Visit,
                        source: effect.source.clone(),
                    };
                    landed.push(Landed {
                        question,
                        answer,
                        effect: Cow::Owned(talk_first),
                        regions: Vec::new(),
                    });
                }
                if effect.scope != Scope::Visit {
                    continue;
                }
            }
            // A region effect that names no chosen region does not apply.
            if effect.scope != Scope::Visit && regions.is_empty() {
                continue;
            }
            landed.push(Landed {
                question,
                answer,
                effect: Cow::Borrowed(effect),
                regions,
            });
        }
    }

    let visit_level = landed
        .iter()
        .filter(|l| l.effect.scope == Scope::Visit)
        .map(|l| l.effect.level)
        .max()
        .unwrap_or(Level::Suitable);

    // "A region's level is the more severe of the most severe effect that
    // names it and the most severe whole-visit effect (suitable when there is
    // neither)"; "wait keeps the latest date among its effects for that region".
    let regions: Vec<RegionOutcome> = chosen_regions
        .iter()
        .map(|region| {
            let naming = landed.iter().filter_map(|l| {
                l.regions
                    .iter()
                    .find(|(r, _)| r == region)
                    .map(|(_, date)| (l.effect.level, *date))
            });
            let (level, wait_until) = naming.fold((visit_level, None), |(level, until), (l, date)| {
                let until = if l == Level::Wait { until.max(date) } else { until };
                (level.max(l), until)
            });
            RegionOutcome {
                region: *region,
                level,
                until: if level == Level::Wait { wait_until } else { None },
            }
        })
        .collect();

    // "The overall level is the least severe level among the selected regions
    // ...; with only widespread chosen there are no regions and the overall
    // level is (a)", the most severe whole-visit effect.
    let level = regions.iter().map(|r| r.level).min().unwrap_or(visit_level);
    // "The overall wait date is the earliest among the regions that wait."
    let until = (level == Level::Wait)
        .then(|| {
            regions
                .iter()
                .filter(|r| r.level == Level::Wait)
                .filter_map(|r| r.until)
                .min()
        })
        .flatten();

    let mut reasons: Vec<Reason> = landed
        .iter()
        .map(|l| {
            let scope = if l.effect.scope == Scope::Visit {
                ReasonScope::Visit
            } else {
                ReasonScope::Regions(l.regions.iter().map(|(r, _)| *r).collect())
            };
            reason(l.question, l.answer, &l.effect, scope)
        })
        .collect();
    // Stable: equal levels keep the order the questions are asked in.
    most_severe_first(&mut reasons);

    Outcome {
        level,
        until,
        regions,
        reasons,
        ended_at_emergency_screen: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::default_protocol;

    fn date(text: &str) -> Date {
        Date::parse(text).expect("test date")
    }

    fn region(id: &str) -> Region {
        Region::from_id(id).expect("test region")
    }

    /// Answers that reach a suitable result: every required question answered "no" / "none".
    fn all_clear(protocol: &Protocol, regions: &[&str]) -> Answers {
        let mut answers = Answers {
            regions: regions.iter().map(|r| region(r)).collect(),
            ..Answers::default()
        };
        for question in &protocol.questions {
            if question.category == Category::EmergencyScreen {
                answers.choose(&question.id, "none");
            } else if question.id == "understanding" {
                answers.choose(&question.id, "yes");
            } else if question.is_required() {
                answers.choose(&question.id, "no");
            }
        }
        answers
    }

    #[test]
    fn no_answers_ask_for_the_emergency_screen() {
        let protocol = default_protocol();
        let errors = evaluate(&protocol, &Answers::default(), date("2026-01-01")).expect_err("incomplete");
        assert!(
            errors.contains(&InputError::Unanswered {
                question: "red-flags-general".into()
            }),
            "{errors:?}"
        );
        assert!(errors.contains(&InputError::NoRegions));
    }

    /// "A year before 1900 is an input error that asks the visitor to check
    /// the year (a Solar Hijri year such as 1404 must never pass as a date
    /// long ago)": named by its path, never an outcome.
    #[test]
    fn an_operation_dated_before_1900_is_an_input_error_naming_its_path() {
        let protocol = default_protocol();
        let mut answers = all_clear(&protocol, &["knee-left"]);
        answers.choose("surgery", "yes");
        answers.surgeries = vec![
            Surgery {
                site: SurgerySite::Region(region("knee-left")),
                date: date("2026-11-01"),
            },
            Surgery {
                site: SurgerySite::Region(region("knee-left")),
                date: date("1404-10-01"),
            },
        ];
        let errors = evaluate(&protocol, &answers, date("2026-11-22")).expect_err("a Solar Hijri year");
        assert_eq!(errors, [InputError::SurgeryYearTooEarly { index: 1, year: 1404 }]);
        assert_eq!(
            errors[0].to_string(),
            "surgeries[1].date: the year 1404 is before 1900; check the year (dates are of the Gregorian calendar)"
        );
        answers.surgeries[1].date = date("1900-01-01");
        let outcome = evaluate(&protocol, &answers, date("2026-11-22")).expect("1900 is a year");
        assert_eq!(outcome.level, Level::Wait);
    }

    #[test]
    fn a_clear_visit_is_suitable_with_no_reasons() {
        let protocol = default_protocol();
        let answers = all_clear(&protocol, &["low-back", "knee-left"]);
        let outcome = evaluate(&protocol, &answers, date("2026-01-01")).expect("complete");
        assert_eq!(outcome.level, Level::Suitable);
        assert!(outcome.reasons.is_empty());
        assert_eq!(outcome.regions.len(), 2);
    }

    #[test]
    fn a_tick_on_the_screen_asks_nothing_else() {
        let protocol = default_protocol();
        let mut answers = all_clear(&protocol, &["chest"]);
        answers.choose_many("red-flags-general", &["fever-spine"]);
        let asked = applicable_questions(&protocol, &answers);
        assert_eq!(
            asked.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
            ["red-flags-general"]
        );
        let outcome = evaluate(&protocol, &answers, date("2026-01-01")).expect("outcome");
        assert_eq!(outcome.level, Level::Urgent);
        assert!(outcome.ended_at_emergency_screen);
    }

    #[test]
    fn region_follow_ups_apply_only_to_their_regions() {
        let protocol = default_protocol();
        let answers = all_clear(&protocol, &["knee-left"]);
        let asked: Vec<_> = applicable_questions(&protocol, &answers)
            .iter()
            .map(|q| q.id.clone())
            .collect();
        assert!(!asked.contains(&"back-cancer-flags".to_string()));
        assert!(!asked.contains(&"chest-cause".to_string()));
        let answers = all_clear(&protocol, &["mid-back"]);
        let asked: Vec<_> = applicable_questions(&protocol, &answers)
            .iter()
            .map(|q| q.id.clone())
            .collect();
        assert!(asked.contains(&"back-cancer-flags".to_string()));
    }

    #[test]
    fn conditions_are_offered_for_their_regions() {
        let protocol = default_protocol();
        let conditions = protocol.question("conditions").expect("conditions");
        let answers = all_clear(&protocol, &["foot-right"]);
        let offered: Vec<_> = applicable_answers(conditions, &answers)
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert!(offered.contains(&"plantar-fasciitis"));
        assert!(offered.contains(&"osteoarthritis"));
        assert!(!offered.contains(&"tennis-elbow"));
        assert!(!offered.contains(&"fibromyalgia"));
    }

    /// "`fever` → `urgent` when neck, upper-back, mid-back or low-back is
    /// selected, otherwise talk-first": one reason, whose source is the
    /// spinal infection warning signs.
    #[test]
    fn a_fever_is_urgent_with_neck_or_back_pain_and_talk_first_elsewhere() {
        let protocol = default_protocol();
        for (places, level) in [
            (&["neck"][..], Level::Urgent),
            (&["upper-back"], Level::Urgent),
            (&["mid-back"], Level::Urgent),
            (&["low-back"], Level::Urgent),
            (&["knee-left", "low-back"], Level::Urgent),
            (&["knee-left"], Level::TalkFirst),
            (&["shoulder-right", "chest"], Level::TalkFirst),
        ] {
            let mut answers = all_clear(&protocol, places);
            answers.choose("unwell-now", "fever");
            let outcome = evaluate(&protocol, &answers, date("2026-12-07")).expect("complete");
            assert_eq!(outcome.level, level, "{places:?}");
            assert!(
                outcome.regions.iter().all(|r| r.level == level),
                "{places:?}: every place"
            );
            let [reason] = outcome.reasons.as_slice() else {
                panic!("{places:?}: one reason, got {:?}", outcome.reasons)
            };
            assert_eq!((reason.rule(), reason.level), ("unwell-now/fever".to_string(), level));
            let spine = reason.source.text.en.contains("infection in the spine");
            assert_eq!(spine, level == Level::Urgent, "{places:?}: {}", reason.source.text.en);
        }
        let mut widespread = all_clear(&protocol, &[]);
        widespread.widespread = true;
        widespread.choose("unwell-now", "fever");
        let outcome = evaluate(&protocol, &widespread, date("2026-12-07")).expect("complete");
        assert_eq!(
            outcome.level,
            Level::TalkFirst,
            "pain in many places names no spine region"
        );
        let mut unwell = all_clear(&protocol, &["low-back"]);
        unwell.choose("unwell-now", "unwell");
        let outcome = evaluate(&protocol, &unwell, date("2026-12-07")).expect("complete");
        assert_eq!(outcome.level, Level::TalkFirst, "feeling unwell without a fever");
    }

    /// A clinic's stricter level for the answer itself (up to not-suitable)
    /// never lowers the urgent level the places call for, and a level for
    /// the places below the answer's own is not taken.
    #[test]
    fn the_more_severe_of_the_answers_level_and_its_places_level_applies() {
        let mut protocol = default_protocol();
        fn fever(protocol: &mut Protocol) -> &mut Answer {
            protocol
                .questions
                .iter_mut()
                .find(|q| q.id == "unwell-now")
                .and_then(|q| q.answers.iter_mut().find(|a| a.id == "fever"))
                .expect("fever")
        }
        if let Some(effect) = &mut fever(&mut protocol).effect {
            effect.level = Level::NotSuitable;
        }
        let mut answers = all_clear(&protocol, &["neck"]);
        answers.choose("unwell-now", "fever");
        let at = date("2026-12-07");
        assert_eq!(evaluate(&protocol, &answers, at).map(|o| o.level), Ok(Level::Urgent));
        if let Some(when) = &mut fever(&mut protocol).when_regions {
            when.effect.level = Level::TalkFirst;
        }
        assert_eq!(
            evaluate(&protocol, &answers, at).map(|o| o.level),
            Ok(Level::NotSuitable)
        );
    }

    #[test]
    fn fit_signs_are_statements_of_the_fit_questions_answered_yes() {
        let protocol = default_protocol();
        let mut answers = all_clear(&protocol, &["neck"]);
        answers.choose("fit-tight-muscles", "yes");
        answers.choose("fit-scans-unclear", "no");
        let signs: Vec<_> = fit_signs(&protocol, &answers).iter().map(|t| t.en.as_str()).collect();
        assert_eq!(signs, ["The muscles where it hurts feel tight or knotted."]);
        let outcome = evaluate(&protocol, &answers, date("2026-01-01")).expect("complete");
        assert_eq!(outcome.level, Level::Suitable, "fit answers never change the level");
    }
}
