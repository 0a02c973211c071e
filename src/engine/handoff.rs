//! The handoff a level calls for: which ways onward the visitor is shown,
//! as the screening facts' table of levels gives them. The result page and
//! the copied summary both take it from here, so they never disagree.
use crate::base::date::Date;
use crate::config::ClinicConfig;
use crate::engine::Outcome;
use crate::protocol::Level;

/// One way onward.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Call the emergency number: now for `emergency`; if it gets worse for `urgent`.
    CallEmergency,
    /// The nurse line: for `urgent`, the number to call when unsure where to
    /// go; for `see-doctor`, the one to call with no family doctor.
    CallNurseLine,
    CallClinic,
    EmailClinic,
    /// The clinic's booking link, exactly as configured; for `wait`, for an
    /// appointment on or after `from`.
    Book {
        from: Option<Date>,
    },
}

/// A way onward and whether it is the main one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handoff {
    pub step: Step,
    pub primary: bool,
}

/// The ways onward for an outcome, most important first, leaving out what
/// the clinic has not configured (there is always an emergency number):
///
/// | level | shown |
/// |---|---|
/// | emergency | the emergency number only |
/// | urgent | the emergency number as the fallback, the nurse line as a second option (when unsure where to go) |
/// | see-doctor | the nurse line (with no family doctor), the clinic's phone as a second option; no booking link |
/// | not-suitable | the clinic's phone (other physiotherapy) |
/// | wait | the booking link for on or after the date, the phone as a second way to book |
/// | wait with a talk-first reason | the clinic's phone first ("talk to the clinic first"), then booking from the date, then the email |
/// | talk-first | the clinic's phone and email |
/// | suitable | the booking link, the phone as a second way to book |
///
/// The result page and the summary both list exactly these.
pub fn handoff(outcome: &Outcome, clinic: &ClinicConfig) -> Vec<Handoff> {
    let talk_first = !outcome.talk_first_before_booking().is_empty();
    steps(outcome.level, talk_first)
        .iter()
        .filter(|(step, _)| match step {
            Step::CallEmergency => true,
            Step::CallNurseLine => clinic.nurse_line.is_some(),
            Step::CallClinic => clinic.phone.is_some(),
            Step::EmailClinic => clinic.email.is_some(),
            Step::Book { .. } => clinic.booking_url.is_some(),
        })
        .map(|(step, primary)| Handoff {
            step: match step {
                Step::Book { .. } if outcome.level == Level::Wait => Step::Book { from: outcome.until },
                other => other.clone(),
            },
            primary: *primary,
        })
        .collect()
}

/// Every way onward a level calls for, whatever the clinic configured, each
/// with whether it is the main one; `talk_first` for a `wait` that also has
/// a talk-first reason (the phone comes first).
pub fn steps(level: Level, talk_first: bool) -> &'static [(Step, bool)] {
    match level {
        Level::Wait if talk_first => &[
            (Step::CallClinic, true),
            (Step::Book { from: None }, false),
            (Step::EmailClinic, false),
        ],
        other => steps_for(other),
    }
}

/// Every way onward a level calls for, whatever the clinic configured, each
/// with whether it is the main one (a `wait` without a talk-first reason).
pub fn steps_for(level: Level) -> &'static [(Step, bool)] {
    match level {
        Level::Emergency => &[(Step::CallEmergency, true)],
        Level::Urgent => &[(Step::CallEmergency, true), (Step::CallNurseLine, false)],
        // The main way is the visitor's own doctor, which the note says.
        Level::SeeDoctor => &[(Step::CallNurseLine, false), (Step::CallClinic, false)],
        Level::NotSuitable => &[(Step::CallClinic, true)],
        Level::Wait | Level::Suitable => &[(Step::Book { from: None }, true), (Step::CallClinic, false)],
        Level::TalkFirst => &[(Step::CallClinic, true), (Step::EmailClinic, false)],
    }
}

impl Step {
    /// The step's id in the command-line tool's JSON and the widget's `data-action`.
    pub fn id(&self) -> &'static str {
        match self {
            Step::CallEmergency => "call-emergency",
            Step::CallNurseLine => "call-nurse",
            Step::CallClinic => "call",
            Step::EmailClinic => "email",
            Step::Book { .. } => "book",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::test_clinic;
    use crate::engine::{Reason, ReasonScope};
    use crate::protocol::{Source, Text};

    /// An outcome at `level`, with a talk-first reason when `talk_first`.
    fn outcome(level: Level, until: Option<Date>, talk_first: bool) -> Outcome {
        let reasons = if talk_first {
            vec![Reason {
                question: "bleeding".into(),
                answer: "yes".into(),
                level: Level::TalkFirst,
                scope: ReasonScope::Visit,
                source: Source {
                    citation: String::new(),
                    text: Text::new("", None),
                },
            }]
        } else {
            Vec::new()
        };
        Outcome {
            level,
            until,
            regions: Vec::new(),
            reasons,
            ended_at_emergency_screen: false,
        }
    }

    fn steps_at(level: Level, talk_first: bool) -> Vec<Step> {
        handoff(&outcome(level, None, talk_first), &test_clinic())
            .into_iter()
            .map(|h| h.step)
            .collect()
    }

    #[test]
    fn each_level_shows_the_facts_handoff() {
        let at = |level| steps_at(level, false);
        assert_eq!(at(Level::Emergency), [Step::CallEmergency]);
        assert_eq!(at(Level::Urgent), [Step::CallEmergency, Step::CallNurseLine]);
        assert_eq!(at(Level::SeeDoctor), [Step::CallNurseLine, Step::CallClinic]);
        assert_eq!(at(Level::NotSuitable), [Step::CallClinic]);
        assert_eq!(at(Level::TalkFirst), [Step::CallClinic, Step::EmailClinic]);
        assert_eq!(at(Level::Suitable), [Step::Book { from: None }, Step::CallClinic]);
    }

    #[test]
    fn booking_is_offered_only_where_the_facts_allow_it() {
        for level in Level::ALL {
            for talk_first in [false, true] {
                let books = steps_at(level, talk_first)
                    .iter()
                    .any(|s| matches!(s, Step::Book { .. }));
                assert_eq!(books, level.offers_booking(), "{level:?}");
            }
        }
    }

    /// "When the overall level is `wait` and a talk-first reason applies,
    /// the main action is the clinic's phone; booking from the date is the
    /// second action."
    #[test]
    fn a_wait_with_a_talk_first_reason_puts_the_phone_first_and_booking_second() {
        let date = Date::parse("2027-01-06").expect("date");
        let wait = handoff(&outcome(Level::Wait, Some(date), true), &test_clinic());
        assert_eq!(
            wait,
            [
                Handoff {
                    step: Step::CallClinic,
                    primary: true
                },
                Handoff {
                    step: Step::Book { from: Some(date) },
                    primary: false
                },
                Handoff {
                    step: Step::EmailClinic,
                    primary: false
                },
            ]
        );
        // Only a wait changes: elsewhere the level's handoff stands.
        for level in Level::ALL.into_iter().filter(|l| *l != Level::Wait) {
            assert_eq!(steps(level, true), steps_for(level), "{level:?}");
        }
    }

    #[test]
    fn a_wait_books_from_its_date_and_missing_contacts_are_left_out() {
        let date = Date::parse("2027-01-06").expect("date");
        let wait = handoff(&outcome(Level::Wait, Some(date), false), &test_clinic());
        assert_eq!(
            wait[0],
            Handoff {
                step: Step::Book { from: Some(date) },
                primary: true
            }
        );
        let bare = ClinicConfig::default();
        assert!(handoff(&outcome(Level::Suitable, None, false), &bare).is_empty());
        assert!(
            handoff(&outcome(Level::SeeDoctor, None, false), &bare).is_empty(),
            "no nurse line, no phone"
        );
        assert_eq!(
            handoff(&outcome(Level::Urgent, None, false), &bare).len(),
            1,
            "the emergency number is always there"
        );
    }
}
