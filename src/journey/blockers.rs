//! What stops the visitor moving on ([`Blocker`]): a page's problems, each
//! attached to its control, from the operation rows as typed and from the
//! engine's complaints that belong on the page.

use super::checklist::FOR_WHOM;
use super::warning;
use super::{DatePart, DateParts, DateProblem, Journey, Page, SurgeryDraft, Topic};
use crate::engine::InputError;
use crate::protocol::{FollowUp, Protocol};

/// What must be fixed before moving on, attached to the control it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocker {
    /// A required question has no answer.
    Unanswered { question: String },
    /// Neither a region nor "many places" was chosen.
    NoRegions,
    /// Nothing ticked on a checklist, not even "None of these".
    NothingTicked { topic: Topic },
    /// "I'm not sure about one of these" with none picked under it.
    UnsureOfNothing { topic: Topic },
    /// "Yes" was answered but the list it asks for is empty.
    EmptyList { follow_up: FollowUp },
    /// Operation `index` (from 0) has no region.
    SurgeryWithoutRegion { index: usize },
    /// Operation `index`'s date lacks these parts (all three: no date at all).
    SurgeryWithoutDate { index: usize, missing: DateParts },
    /// A part of operation `index`'s date that no date has: a day outside
    /// 1–31, a month outside 1–12, a year without 4 digits, or not a number.
    SurgeryDatePartWrong { index: usize, part: DatePart },
    /// Operation `index`'s date is not a real day, such as February 31.
    SurgeryNoSuchDay {
        index: usize,
        day: u8,
        month: u8,
        year: u16,
    },
    /// Operation `index` is dated after today.
    FutureSurgery { index: usize },
    /// Operation `index`'s year is before 1900 (a year of another calendar).
    SurgeryYearTooEarly { index: usize, year: u16 },
    /// Anything else the engine refused (a broken protocol); shown as is.
    Other { message: String },
}

impl Blocker {
    /// The `data-error-for` hook: the question, follow-up or field it belongs to.
    pub fn target(&self) -> String {
        match self {
            Blocker::Unanswered { question } => question.clone(),
            Blocker::NoRegions => "regions".into(),
            Blocker::NothingTicked { topic } => format!("check-{}", topic.id()),
            Blocker::UnsureOfNothing { topic } => format!("check-{}-unsure", topic.id()),
            Blocker::EmptyList { follow_up } => follow_up.id().into(),
            Blocker::SurgeryWithoutRegion { .. }
            | Blocker::SurgeryWithoutDate { .. }
            | Blocker::SurgeryDatePartWrong { .. }
            | Blocker::SurgeryNoSuchDay { .. }
            | Blocker::SurgeryYearTooEarly { .. }
            | Blocker::FutureSurgery { .. } => FollowUp::Surgeries.id().into(),
            Blocker::Other { .. } => "journey".into(),
        }
    }

    /// The checklist a blocker is about, if any.
    pub fn checklist(&self) -> Option<Topic> {
        match self {
            Blocker::NothingTicked { topic } | Blocker::UnsureOfNothing { topic } => Some(*topic),
            _ => None,
        }
    }

    /// The operation row (from 0) a blocker is about, if any.
    pub fn surgery_row(&self) -> Option<usize> {
        match self {
            Blocker::SurgeryWithoutRegion { index }
            | Blocker::SurgeryWithoutDate { index, .. }
            | Blocker::SurgeryDatePartWrong { index, .. }
            | Blocker::SurgeryNoSuchDay { index, .. }
            | Blocker::SurgeryYearTooEarly { index, .. }
            | Blocker::FutureSurgery { index } => Some(*index),
            _ => None,
        }
    }

    /// The parts of an operation's date a blocker is about, to mark those
    /// fields: the missing or wrong ones, the day of a day that does not
    /// exist, the year of a year before 1900, all three for a date after
    /// today; none for other blockers.
    pub fn date_parts(&self) -> DateParts {
        match self {
            Blocker::SurgeryWithoutDate { missing, .. } => *missing,
            Blocker::SurgeryDatePartWrong { part, .. } => DateParts::default().with(*part),
            Blocker::SurgeryNoSuchDay { .. } => DateParts::default().with(DatePart::Day),
            Blocker::SurgeryYearTooEarly { .. } => DateParts::default().with(DatePart::Year),
            Blocker::FutureSurgery { .. } => DateParts::ALL,
            _ => DateParts::default(),
        }
    }
}

impl Journey {
    /// What stops the visitor leaving `page`: who the check is for, what a
    /// checklist lacks (an item left unticked is answered, so only a ticked
    /// item's missing detail is the engine's to name), and the engine's
    /// complaints that belong there.
    pub(super) fn page_blockers(&self, page: Page, protocol: &Protocol, errors: &[InputError]) -> Vec<Blocker> {
        let mut blockers = Vec::new();
        if page == Page::Health(Topic::ForWhom) && self.answers.chosen(FOR_WHOM).is_empty() {
            blockers.push(Blocker::Unanswered {
                question: FOR_WHOM.into(),
            });
        }
        if page == Page::Warning {
            for question in protocol.questions.iter().filter(|q| warning::is_split(q)) {
                if !warning::first_page_answered(question, self.answers.chosen(&question.id), self.warning_clear) {
                    blockers.push(Blocker::Unanswered {
                        question: question.id.clone(),
                    });
                }
            }
        }
        let mut engine = self.blockers_on(page, protocol, errors);
        let here = Journey { page, ..self.clone() };
        if let Some(list) = here.checklist(protocol) {
            let topic = list.topic;
            if list.ticks.is_empty() {
                blockers.push(Blocker::NothingTicked { topic });
            } else if list.ticks.unsure_of_nothing() {
                blockers.push(Blocker::UnsureOfNothing { topic });
            }
            engine.retain(|b| match b {
                Blocker::Unanswered { question } => {
                    list.ticks.is_ticked(question) || !list.items.iter().any(|i| i.id == *question)
                }
                _ => true,
            });
        }
        blockers.extend(engine);
        blockers
    }

    /// The engine's complaints that belong on `page`.
    pub(super) fn blockers_on(&self, page: Page, protocol: &Protocol, errors: &[InputError]) -> Vec<Blocker> {
        errors
            .iter()
            .filter_map(|error| self.blocker_on(page, protocol, error.clone()))
            .collect()
    }

    /// Incomplete operation rows: every row the visitor started must be whole.
    pub(super) fn surgery_draft_blockers(&self) -> Vec<Blocker> {
        let mut blockers = Vec::new();
        let started = |d: &SurgeryDraft| d.site.is_some() || d.typed_anything();
        let only_row = self.surgeries.len() == 1;
        for (index, draft) in self.surgeries.iter().enumerate() {
            if !started(draft) && !only_row {
                continue;
            }
            if draft.site.is_none() {
                blockers.push(Blocker::SurgeryWithoutRegion { index });
            }
            match draft.typed_date() {
                Ok(_) => {}
                Err(DateProblem::Missing(missing)) => blockers.push(Blocker::SurgeryWithoutDate { index, missing }),
                // One message per wrong part, each naming its part.
                Err(DateProblem::Wrong(parts)) => {
                    for part in parts.parts() {
                        blockers.push(Blocker::SurgeryDatePartWrong { index, part });
                    }
                }
                Err(DateProblem::NoSuchDay { day, month, year }) => blockers.push(Blocker::SurgeryNoSuchDay {
                    index,
                    day,
                    month,
                    year,
                }),
                Err(DateProblem::YearTooEarly { year }) => blockers.push(Blocker::SurgeryYearTooEarly { index, year }),
            }
        }
        blockers
    }

    /// The engine's complaint as a blocker to show on `page`, or None when
    /// it concerns another page (it is asked there).
    fn blocker_on(&self, page: Page, protocol: &Protocol, error: InputError) -> Option<Blocker> {
        let on_this_page = |question: &str| {
            protocol
                .question(question)
                .is_some_and(|q| warning::answered_on(q) == page)
        };
        match error {
            InputError::Unanswered { question } => on_this_page(&question).then_some(Blocker::Unanswered { question }),
            InputError::NoRegions => (page == Page::Places).then_some(Blocker::NoRegions),
            InputError::MissingFollowUp { question, follow_up } => {
                let asked_here = protocol
                    .question(&question)
                    .is_some_and(|q| Page::of_follow_up(q) == page);
                if !asked_here {
                    return None;
                }
                // Surgery rows are checked one by one above.
                (follow_up != FollowUp::Surgeries).then_some(Blocker::EmptyList { follow_up })
            }
            InputError::FutureSurgery { site, date, .. } => {
                let index = self
                    .surgeries
                    .iter()
                    .position(|d| d.site == Some(site) && d.typed_date() == Ok(date))?;
                (self.surgeries_page(protocol) == Some(page)).then_some(Blocker::FutureSurgery { index })
            }
            // A draft dated before 1900 never reaches the engine: its row
            // says so (`typed_date`).
            InputError::SurgeryYearTooEarly { .. } => None,
            other => {
                let question = match &other {
                    InputError::UnknownAnswer { question, .. }
                    | InputError::RepeatedAnswer { question, .. }
                    | InputError::SeveralAnswers { question }
                    | InputError::ExclusiveWithOthers { question, .. } => Some(question.clone()),
                    _ => None,
                };
                let here = question.as_deref().is_none_or(on_this_page);
                here.then(|| Blocker::Other {
                    message: other.to_string(),
                })
            }
        }
    }
}

/// `blockers` with each one only once, in the order first met.
pub(super) fn dedup(blockers: &mut Vec<Blocker>) {
    let mut seen = Vec::with_capacity(blockers.len());
    blockers.retain(|b| {
        let new = !seen.contains(b);
        if new {
            seen.push(b.clone());
        }
        new
    });
}
