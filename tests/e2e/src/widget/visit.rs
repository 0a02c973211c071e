//! Whole journeys. A [`Visit`] is what a test's visitor enters, written as
//! what differs from a visitor with nothing to report: the places and how
//! they are chosen, the answers about the pain, the health answers that are
//! not the harmless ones, the operations and the places each follow-up list
//! names. The widget enters it step by step, checking each step on the way
//! as the steps' own helpers do. [`Widget::journey_to`] is one journey to
//! each level, with what its result must show.

use super::dates::{add_days, add_months};
use super::facts::{level_id, Expected};
use super::Widget;

/// How a place is chosen on the "where" step.
#[derive(Clone, Debug)]
enum Place {
    /// On the body map, turned over if the place is on its other side.
    Map(String),
    /// In the list of places.
    List(String),
    /// "Pain in many places".
    Widespread,
}

/// What a visitor enters after "none" on the emergency screen, in the
/// order they enter it. Every health question the visit does not name gets
/// its harmless answer.
///
/// ```no_run
/// # use ims_checker_e2e::widget::*;
/// # fn example(wg: &Widget, operated: &str) {
/// let visit = Visit::new()
///     .map("low-back")
///     .list("knee-left")
///     .about("back-cancer-flags", "no")
///     .health("bleeding", "yes")
///     .operation("knee-left", operated);
/// wg.visit(&visit, "wait", Some(&add_months(operated, 3)));
/// # }
/// ```
#[derive(Clone, Debug, Default)]
pub struct Visit {
    places: Vec<Place>,
    about: Vec<(String, String)>,
    health: Vec<(String, String)>,
    operations: Vec<(String, String)>,
    follow_ups: Vec<(String, Vec<String>)>,
}

impl Visit {
    /// A visit with nothing chosen yet.
    pub fn new() -> Visit {
        Visit::default()
    }

    /// Chooses `region` on the body map.
    pub fn map(mut self, region: &str) -> Visit {
        self.places.push(Place::Map(region.to_string()));
        self
    }

    /// Chooses `region` in the list of places.
    pub fn list(mut self, region: &str) -> Visit {
        self.places.push(Place::List(region.to_string()));
        self
    }

    /// Ticks "Pain in many places".
    pub fn widespread(mut self) -> Visit {
        self.places.push(Place::Widespread);
        self
    }

    /// Answers `question` on the pages after the places (the back and
    /// chest questions, how long, what fits, known conditions).
    pub fn about(mut self, question: &str, answer: &str) -> Visit {
        self.about.push((question.to_string(), answer.to_string()));
        self
    }

    /// Gives the health question `question` the answer `answer`.
    pub fn health(mut self, question: &str, answer: &str) -> Visit {
        self.health.push((question.to_string(), answer.to_string()));
        self
    }

    /// An operation at `region` (or `elsewhere`) on `date` (YYYY-MM-DD),
    /// in the next row of the operations list; answers "yes" to operations.
    pub fn operation(mut self, region: &str, date: &str) -> Visit {
        self.operations.push((region.to_string(), date.to_string()));
        self
    }

    /// Answers "yes" to `question` and ticks `areas` (limb or region ids) in
    /// its list of places, `[data-follow-up="<question>-regions"]`.
    pub fn follow_up(mut self, question: &str, areas: &[&str]) -> Visit {
        self.follow_ups
            .push((question.to_string(), areas.iter().map(|a| a.to_string()).collect()));
        self
    }

    /// The health answers the visit gives: its own, and "yes" to each
    /// question whose operations or list of places it describes.
    fn health_answers(&self) -> Vec<(&str, &str)> {
        let mut answers: Vec<(&str, &str)> = self.health.iter().map(|(q, a)| (q.as_str(), a.as_str())).collect();
        let operated = (!self.operations.is_empty()).then_some("surgery");
        let listed = self.follow_ups.iter().map(|(q, _)| q.as_str());
        for question in operated.into_iter().chain(listed) {
            if !answers.iter().any(|(given, _)| *given == question) {
                answers.push((question, "yes"));
            }
        }
        answers
    }
}

impl Widget<'_> {
    /// From a fresh first step (after opening or Restart) to the health
    /// step: "none" on the emergency screen, then the visit's places and
    /// its answers about the pain.
    #[track_caller]
    pub fn to_health(&self, visit: &Visit) {
        self.pass_warning();
        for place in &visit.places {
            match place {
                Place::Map(region) => self.region_on_map(region),
                Place::List(region) => self.region_in_list(region),
                Place::Widespread => self.widespread(),
            }
        }
        for (question, answer) in &visit.about {
            self.answer(question, answer);
        }
        self.next_to("health");
    }

    /// [`Widget::to_health`], then the health step: every question given
    /// the visit's answer or the harmless one, its operations and its lists
    /// of places. Ends on the last health page, Next not pressed.
    #[track_caller]
    pub fn enter(&self, visit: &Visit) {
        self.to_health(visit);
        self.fill_health(&visit.health_answers());
        if !visit.operations.is_empty() {
            let operations: Vec<(&str, &str)> = visit
                .operations
                .iter()
                .map(|(region, date)| (region.as_str(), date.as_str()))
                .collect();
            self.surgeries(&operations);
        }
        for (question, areas) in &visit.follow_ups {
            let areas: Vec<&str> = areas.iter().map(String::as_str).collect();
            self.region_follow_up(question, &areas);
        }
    }

    /// The visit entered and Next pressed: the result must be `level`,
    /// until `until` for `wait`.
    #[track_caller]
    pub fn visit(&self, visit: &Visit, level: &str, until: Option<&str>) {
        self.enter(visit);
        self.next();
        self.expect_outcome(level, until);
    }

    /// A whole journey from the first step: pain at `region` (ticked in the
    /// list of places), the health answers with `overrides`; ends on the
    /// result, which must be `level` (not `wait`).
    #[track_caller]
    pub fn journey(&self, region: &str, overrides: &[(&str, &str)], level: &str) {
        let visit = overrides
            .iter()
            .fold(Visit::new().list(region), |visit, (q, a)| visit.health(q, a));
        self.visit(&visit, level, None);
    }

    /// The health step's first checklist, for "me", with `region` the one
    /// place picked from the list.
    #[track_caller]
    pub fn to_first_checklist(&self, region: &str) {
        self.to_health(&Visit::new().list(region));
        self.answer("for-whom", "me");
        self.next_page();
    }

    /// From the first step to the health step with `region` chosen, every
    /// health question answered harmlessly but "yes" to operations, and the
    /// operations list shown.
    #[track_caller]
    pub fn to_operations(&self, region: &str) {
        self.enter(&Visit::new().list(region).health("surgery", "yes"));
        self.surgeries(&[]);
    }

    /// From a fresh first step (after opening or Restart), a journey that
    /// ends on `level`, and what its result must show:
    ///
    /// | level | journey | places |
    /// |---|---|---|
    /// | emergency | `stiff-neck-fever` ticked | none asked |
    /// | urgent | `progressive-weakness` ticked | none asked |
    /// | see-doctor | low back and left knee, back-cancer-flags = yes | one level: no list |
    /// | not-suitable | left knee (operated 30 days ago) and low back, pregnant | one level: no list |
    /// | wait | left knee (operated 30 days ago) and left thigh | knee D + 3 months, thigh D + 42 days |
    /// | talk-first | left forearm and neck, bleeding, lymphoedema of the left arm | forearm not-suitable, neck talk-first |
    /// | suitable | low back and left knee, tight muscles | one level: no list |
    #[track_caller]
    pub fn journey_to(&self, level: &str) -> Expected {
        self.expect_first_step();
        let flag = match level {
            "emergency" => Some("stiff-neck-fever"),
            "urgent" => Some("progressive-weakness"),
            _ => None,
        };
        if let Some(flag) = flag {
            self.answer("red-flags-general", flag);
            self.next();
            self.expect_outcome(level, None);
            return Expected {
                level: level_id(level),
                until: None,
                places: vec![],
            };
        }
        let operated = add_days(&self.today(), -30);
        let (visit, expected) = match level {
            "see-doctor" => (
                Visit::new()
                    .map("low-back")
                    .list("knee-left")
                    .about("back-cancer-flags", "yes"),
                Expected {
                    level: "see-doctor",
                    until: None,
                    places: vec![],
                },
            ),
            "not-suitable" => (
                Visit::new()
                    .list("knee-left")
                    .list("low-back")
                    .about("back-cancer-flags", "no")
                    .health("pregnant", "yes")
                    .operation("knee-left", &operated),
                Expected {
                    level: "not-suitable",
                    until: None,
                    places: vec![],
                },
            ),
            "wait" => (
                Visit::new()
                    .list("knee-left")
                    .list("thigh-left")
                    .operation("knee-left", &operated),
                Expected {
                    level: "wait",
                    until: Some(add_days(&operated, 42)),
                    places: vec![
                        ("knee-left", "wait", Some(add_months(&operated, 3))),
                        ("thigh-left", "wait", Some(add_days(&operated, 42))),
                    ],
                },
            ),
            "talk-first" => (
                Visit::new()
                    .list("forearm-left")
                    .map("neck")
                    .health("bleeding", "yes")
                    .follow_up("lymphoedema", &["arm-left"]),
                Expected {
                    level: "talk-first",
                    until: None,
                    places: vec![("forearm-left", "not-suitable", None), ("neck", "talk-first", None)],
                },
            ),
            "suitable" => (
                Visit::new()
                    .map("low-back")
                    .list("knee-left")
                    .about("fit-tight-muscles", "yes")
                    .about("back-cancer-flags", "no"),
                Expected {
                    level: "suitable",
                    until: None,
                    places: vec![],
                },
            ),
            other => self.fail(format!("no journey to the level {other:?}")),
        };
        self.visit(&visit, expected.level, expected.until.as_deref());
        expected
    }
}
