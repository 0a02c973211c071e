//! The handoff a level calls for: which ways onward the visitor is shown,
//! as the screening facts' table of levels gives them. The result page and
//! the copied summary both take it from here, so they never disagree.
use crate::config::ClinicConfig;
use crate::date::Date;
use crate::protocol::Level;

/// One way onward.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Call the emergency number: now for `emergency`; if it gets worse for `urgent`.
    CallEmergency,
    /// The nurse line, a second option for `urgent`.
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

/// The ways onward for a level, most important first, leaving out what the
/// clinic has not configured (there is always an emergency number):
///
/// | level | shown |
/// |---|---|
/// | emergency | the emergency number only |
/// | urgent | the emergency number as the fallback, the nurse line as a second option |
/// | see-doctor | the clinic's phone as a second option; no booking link |
/// | not-suitable | the clinic's phone (other physiotherapy) |
/// | wait | the booking link for on or after the date, the phone as a second way to book |
/// | talk-first | the clinic's phone and email |
/// | suitable | the booking link, the phone as a second way to book |
///
/// A `wait` that also has a talk-first reason adds nothing here: the phone
/// is already shown, and the result says to call before booking.
pub fn handoff(level: Level, until: Option<Date>, clinic: &ClinicConfig) -> Vec<Handoff> {
    steps_for(level)
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
                Step::Book { .. } if level == Level::Wait => Step::Book { from: until },
                other => other.clone(),
            },
            primary: *primary,
        })
        .collect()
}

/// Every way onward a level calls for, whatever the clinic configured, each
/// with whether it is the main one.
pub fn steps_for(level: Level) -> &'static [(Step, bool)] {
    match level {
        Level::Emergency => &[(Step::CallEmergency, true)],
        Level::Urgent => &[(Step::CallEmergency, true), (Step::CallNurseLine, false)],
        Level::SeeDoctor => &[(Step::CallClinic, false)],
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

    fn clinic() -> ClinicConfig {
        ClinicConfig {
            clinic_name: "Main Street Physio".into(),
            booking_url: Some("https://example.com/book".into()),
            phone: Some("604-555-0100".into()),
            email: Some("front@example.com".into()),
            nurse_line: Some("811".into()),
            ..ClinicConfig::default()
        }
    }

    fn steps(level: Level) -> Vec<Step> {
        handoff(level, None, &clinic()).into_iter().map(|h| h.step).collect()
    }

    #[test]
    fn each_level_shows_the_facts_handoff() {
        assert_eq!(steps(Level::Emergency), [Step::CallEmergency]);
        assert_eq!(steps(Level::Urgent), [Step::CallEmergency, Step::CallNurseLine]);
        assert_eq!(steps(Level::SeeDoctor), [Step::CallClinic]);
        assert_eq!(steps(Level::NotSuitable), [Step::CallClinic]);
        assert_eq!(steps(Level::TalkFirst), [Step::CallClinic, Step::EmailClinic]);
        assert_eq!(steps(Level::Suitable), [Step::Book { from: None }, Step::CallClinic]);
    }

    #[test]
    fn booking_is_offered_only_where_the_facts_allow_it() {
        for level in Level::ALL {
            let books = steps(level).iter().any(|s| matches!(s, Step::Book { .. }));
            assert_eq!(books, level.offers_booking(), "{level:?}");
        }
    }

    #[test]
    fn a_wait_books_from_its_date_and_missing_contacts_are_left_out() {
        let date = Date::parse("2027-01-06").expect("date");
        let wait = handoff(Level::Wait, Some(date), &clinic());
        assert_eq!(
            wait[0],
            Handoff {
                step: Step::Book { from: Some(date) },
                primary: true
            }
        );
        let bare = ClinicConfig::default();
        assert!(handoff(Level::Suitable, None, &bare).is_empty());
        assert_eq!(
            handoff(Level::Urgent, None, &bare).len(),
            1,
            "the emergency number is always there"
        );
    }
}
