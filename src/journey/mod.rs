//! The visitor's journey as a pure state machine: the four steps, what the
//! visitor has entered so far (the operation rows as typed: `date_draft`),
//! and what stops them moving on (`blockers`). The Yew root component wraps
//! [`Journey`] in a reducer; every decision about levels and about what must
//! be answered comes from the engine.
mod blockers;
pub mod checklist;
mod date_draft;
pub mod pages;
pub mod warning;

use crate::base::date::Date;
use crate::base::regions::{sort_regions, Area, Limb, Region, SurgerySite};
use crate::engine::{self, Answers, Outcome, Surgery};
use crate::journey::blockers::dedup;
pub use crate::journey::blockers::Blocker;
pub use crate::journey::checklist::{Tick, Ticks};
pub use crate::journey::date_draft::{DatePart, DateParts, DateProblem, SurgeryDraft};
use crate::journey::pages::pages;
pub use crate::journey::pages::{Page, Step, Topic};
use crate::protocol::{Category, FollowUp, Lang, Protocol, Question, Select};

/// Everything the visitor has done, held only in memory.
#[derive(Clone, Debug, PartialEq)]
pub struct Journey {
    /// Where the visitor is; its step is what the progress counts.
    pub page: Page,
    pub answers: Answers,
    pub surgeries: Vec<SurgeryDraft>,
    /// Blockers on the current step, from the last attempt to move on.
    pub blockers: Vec<Blocker>,
    /// Set on reaching the result.
    pub outcome: Option<Outcome>,
    pub lang: Lang,
    pub today: Date,
    /// Grows on every page change, so the view can move focus exactly then.
    pub moves: u32,
    /// Grows on every Next that found something to fix, so the view can
    /// move focus to the list of problems exactly then.
    pub blocked: u32,
    /// "Start over" was pressed and waits for a yes or a no: the answers
    /// are cleared only on yes.
    pub asking_restart: bool,
    /// What was ticked on each health checklist (their answers are in
    /// `answers` already: see [`checklist`]).
    pub ticks: Vec<(Topic, Ticks)>,
    /// The first warning page's own "None of these" (see [`warning`]).
    pub warning_clear: bool,
    /// The key the next operation row gets.
    next_surgery_key: u32,
}

/// A checklist page as shown: its items (protocol questions) and its ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct Checklist<'p> {
    pub topic: Topic,
    pub items: Vec<&'p Question>,
    pub ticks: Ticks,
}

/// What the visitor can do. Components send these; [`Journey::apply`] decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Pick the single answer of a one-answer question.
    Choose {
        question: String,
        answer: String,
    },
    /// Tick or untick an answer of a checklist question.
    Toggle {
        question: String,
        answer: String,
    },
    ToggleRegion {
        region: Region,
    },
    ToggleWidespread,
    /// A tick on a health checklist.
    Check {
        topic: Topic,
        tick: Tick,
    },
    /// Tick or untick a place in a follow-up list: a region or a whole limb
    /// for lymphoedema, a region for a skin infection.
    ToggleListed {
        follow_up: FollowUp,
        area: Area,
    },
    AddSurgery,
    SetSurgerySite {
        index: usize,
        site: Option<SurgerySite>,
    },
    /// One part of an operation's date, as typed.
    SetSurgeryDate {
        index: usize,
        part: DatePart,
        text: String,
    },
    RemoveSurgery {
        index: usize,
    },
    Next,
    Back,
    /// The browser's Back or Forward landed on `page`. An earlier page is
    /// reached as Back reaches it (the answers kept); a later one page by
    /// page as Next, each checked, so it stops where something must be
    /// answered first and never skips a required question.
    Revisit {
        page: Page,
    },
    /// "Start over": ask first, clear nothing yet.
    AskRestart,
    /// "Yes, start over": back to the first step with nothing entered (the
    /// language kept). Does nothing unless the question is open.
    ConfirmRestart,
    /// "No, keep my answers": close the question.
    CancelRestart,
    SetLang {
        lang: Lang,
    },
}

impl Journey {
    pub fn new(today: Date, lang: Lang) -> Journey {
        Journey {
            page: Page::Warning,
            answers: Answers::default(),
            surgeries: vec![SurgeryDraft::default()],
            blockers: Vec::new(),
            outcome: None,
            lang,
            today,
            moves: 0,
            blocked: 0,
            asking_restart: false,
            ticks: Vec::new(),
            warning_clear: false,
            next_surgery_key: 1,
        }
    }

    /// The state after `action`. Never fails: invalid moves leave blockers to show.
    pub fn apply(mut self, action: Action, protocol: &Protocol) -> Journey {
        // Anything else the visitor does answers the question "Start over" asked with no.
        let asked_restart = self.asking_restart;
        if !matches!(action, Action::SetLang { .. }) {
            self.asking_restart = false;
        }
        match action {
            Action::Choose { question, answer } => {
                self.answers.choose(&question, &answer);
                self.forget_blocker(&question);
            }
            Action::Toggle { question, answer } => {
                self.toggle(protocol, &question, &answer);
                self.forget_blocker(&question);
            }
            Action::ToggleRegion { region } => {
                if let Some(at) = self.answers.regions.iter().position(|r| *r == region) {
                    self.answers.regions.remove(at);
                    self.answers.lymphoedema_regions.retain(|a| *a != Area::Region(region));
                    self.answers.skin_infection_regions.retain(|r| *r != region);
                } else {
                    self.answers.regions.push(region);
                    sort_regions(&mut self.answers.regions);
                }
                self.blockers.retain(|b| *b != Blocker::NoRegions);
            }
            Action::ToggleWidespread => {
                self.answers.widespread = !self.answers.widespread;
                self.blockers.retain(|b| *b != Blocker::NoRegions);
            }
            Action::Check { topic, tick } => {
                let at = match self.ticks.iter().position(|(t, _)| *t == topic) {
                    Some(at) => at,
                    None => {
                        self.ticks.push((topic, Ticks::default()));
                        self.ticks.len() - 1
                    }
                };
                let ticks = &mut self.ticks[at].1;
                ticks.apply(tick);
                let ticks = ticks.clone();
                let asked = engine::applicable_questions(protocol, &self.answers);
                let items = checklist::items_of(protocol, &asked, topic.questions());
                ticks.fill(&items, &mut self.answers);
                self.blockers.retain(|b| b.checklist() != Some(topic));
                for item in &items {
                    if !ticks.is_ticked(&item.id) {
                        self.forget_blocker(&item.id);
                    }
                }
            }
            Action::ToggleListed { follow_up, area } => {
                match (follow_up, area) {
                    (FollowUp::LymphoedemaRegions, area) => {
                        let list = &mut self.answers.lymphoedema_regions;
                        if let Some(at) = list.iter().position(|a| *a == area) {
                            list.remove(at);
                        } else {
                            list.push(area);
                            crate::base::regions::insertion_sort_by(list, |a, b| a < b);
                        }
                    }
                    (FollowUp::SkinInfectionRegions, Area::Region(region)) => {
                        let list = &mut self.answers.skin_infection_regions;
                        if let Some(at) = list.iter().position(|r| *r == region) {
                            list.remove(at);
                        } else {
                            list.push(region);
                            sort_regions(list);
                        }
                    }
                    _ => return self,
                }
                self.forget_blocker(follow_up.id());
            }
            Action::AddSurgery => self.add_surgery_row(),
            Action::SetSurgerySite { index, site } => {
                if let Some(draft) = self.surgeries.get_mut(index) {
                    draft.site = site;
                }
            }
            Action::SetSurgeryDate { index, part, text } => {
                if let Some(slot) = self.surgeries.get_mut(index).and_then(|d| d.date.get_mut(part.index())) {
                    *slot = text;
                }
            }
            Action::RemoveSurgery { index } => {
                if index < self.surgeries.len() {
                    self.surgeries.remove(index);
                }
                if self.surgeries.is_empty() {
                    self.add_surgery_row();
                }
                self.blockers.clear();
            }
            Action::Next => return self.next(protocol),
            Action::Back => {
                let pages = pages(protocol, &self.answers);
                let here = pages.iter().position(|p| *p == self.page).unwrap_or(0);
                let previous = pages[..here].last().copied().unwrap_or(Page::Warning);
                self.back_to(previous, protocol);
            }
            Action::Revisit { page } => return self.revisit(page, protocol),
            Action::AskRestart => self.asking_restart = true,
            Action::ConfirmRestart if asked_restart => {
                let moves = self.moves + 1;
                self = Journey::new(self.today, self.lang);
                self.moves = moves;
            }
            Action::ConfirmRestart | Action::CancelRestart => {}
            Action::SetLang { lang } => {
                self.lang = lang;
                // The result's reasons carry their texts: read them again in
                // the language's protocol (the same rules, so the same level).
                if self.outcome.is_some() {
                    if let Ok(outcome) = engine::evaluate(protocol, &self.answers_for_engine(), self.today) {
                        self.outcome = Some(outcome);
                    }
                }
            }
        }
        self
    }

    /// To `page` or, when these answers no longer call for it, the page
    /// before it that they do; to the emergency screen from a result it
    /// ended (the pages between were never asked).
    fn back_to(&mut self, page: Page, protocol: &Protocol) {
        let to = if self.ended_at_emergency_screen() {
            Page::Warning
        } else {
            pages(protocol, &self.answers)
                .into_iter()
                .rfind(|p| *p <= page)
                .unwrap_or(Page::Warning)
        };
        self.outcome = None;
        self.go(to);
    }

    fn revisit(mut self, page: Page, protocol: &Protocol) -> Journey {
        if page < self.page {
            self.back_to(page, protocol);
            return self;
        }
        // At most one Next a page; each must move on, or it showed what to fix.
        for _ in 0..Page::ALL.len() {
            let from = self.page;
            if from >= page {
                break;
            }
            // Through `apply`, so `next` stays one copy in the wasm.
            self = self.apply(Action::Next, protocol);
            if self.page <= from {
                break;
            }
        }
        self
    }

    fn add_surgery_row(&mut self) {
        self.surgeries.push(SurgeryDraft {
            key: self.next_surgery_key,
            ..SurgeryDraft::default()
        });
        self.next_surgery_key += 1;
    }

    fn ended_at_emergency_screen(&self) -> bool {
        self.outcome
            .as_ref()
            .is_some_and(|outcome| outcome.ended_at_emergency_screen)
    }

    /// The step the visitor is on.
    pub fn step(&self) -> Step {
        self.page.step()
    }

    /// Where the current page stands among the pages the answers call for,
    /// the result left out: (from 1, of how many).
    pub fn part(&self, protocol: &Protocol) -> (usize, usize) {
        let pages = pages(protocol, &self.answers);
        let at = pages.iter().position(|p| *p == self.page).unwrap_or(0);
        (at + 1, pages.len().saturating_sub(1).max(1))
    }

    /// Whether Next from here gives the result: the last page of questions.
    pub fn is_last_question_page(&self, protocol: &Protocol) -> bool {
        let pages = pages(protocol, &self.answers);
        let at = pages.iter().position(|p| *p == self.page);
        at.is_some_and(|at| pages.get(at + 1) == Some(&Page::Result))
    }

    /// Whether the current page is the first of its step (where the step's
    /// introduction goes).
    pub fn is_first_of_step(&self, protocol: &Protocol) -> bool {
        let step = self.step();
        pages(protocol, &self.answers).into_iter().find(|p| p.step() == step) == Some(self.page)
    }

    /// The checklist of the current page, when it is one with items.
    pub fn checklist<'p>(&self, protocol: &'p Protocol) -> Option<Checklist<'p>> {
        self.checklist_on(self.page, protocol)
    }

    /// The checklist of `page`, when it is one with items.
    fn checklist_on<'p>(&self, page: Page, protocol: &'p Protocol) -> Option<Checklist<'p>> {
        let Page::Health(topic) = page else { return None };
        if !topic.is_checklist() {
            return None;
        }
        let asked = engine::applicable_questions(protocol, &self.answers);
        let items = checklist::items_of(protocol, &asked, topic.questions());
        (!items.is_empty()).then(|| Checklist {
            topic,
            items,
            ticks: self.ticks_of(topic),
        })
    }

    fn ticks_of(&self, topic: Topic) -> Ticks {
        self.ticks
            .iter()
            .find(|(t, _)| *t == topic)
            .map(|(_, ticks)| ticks.clone())
            .unwrap_or_default()
    }

    fn go(&mut self, page: Page) {
        self.page = page;
        self.blockers.clear();
        self.moves += 1;
    }

    fn forget_blocker(&mut self, target: &str) {
        self.blockers.retain(|b| b.target() != target);
    }

    /// Checklist ticks; a "none of these" answer stands alone.
    fn toggle(&mut self, protocol: &Protocol, question: &str, answer: &str) {
        let exclusive = |id: &str| protocol.answer(question, id).is_some_and(|a| a.exclusive);
        // The first warning page's "None of these" clears that page's signs
        // only; a sign ticked there clears it.
        if let Some(q) = protocol
            .question(question)
            .filter(|q| self.page == Page::Warning && warning::is_split(q))
        {
            if exclusive(answer) {
                self.warning_clear = !self.warning_clear;
                if self.warning_clear {
                    if let Some(chosen) = self.answers.choices.get_mut(question) {
                        chosen.retain(|a| !warning::on_first_page(q, a));
                        if chosen.is_empty() {
                            self.answers.choices.remove(question);
                        }
                    }
                }
                return;
            }
            self.warning_clear = false;
        }
        let chosen = self.answers.choices.entry_or_default(question);
        if let Some(at) = chosen.iter().position(|a| a == answer) {
            chosen.remove(at);
        } else if exclusive(answer) {
            *chosen = vec![answer.to_string()];
        } else {
            chosen.retain(|a| !exclusive(a));
            chosen.push(answer.to_string());
        }
        if chosen.is_empty() {
            self.answers.choices.remove(question);
        }
    }

    /// The answers with the surgery drafts that are complete and real.
    pub fn answers_for_engine(&self) -> Answers {
        let mut answers = checklist::engine_answers(&self.answers);
        answers.surgeries = self
            .surgeries
            .iter()
            .filter_map(|draft| {
                let date = draft.typed_date().ok()?;
                Some(Surgery {
                    site: draft.site?,
                    date,
                })
            })
            .collect();
        answers
    }

    /// The page of the question that asks for the operations, when asked.
    fn surgeries_page(&self, protocol: &Protocol) -> Option<Page> {
        engine::follow_ups(protocol, &self.answers)
            .iter()
            .find(|(follow_up, _)| *follow_up == FollowUp::Surgeries)
            .map(|(_, asked_by)| Page::of_follow_up(asked_by))
    }

    /// Next: on to the next page when nothing here needs fixing, to the
    /// result after the last question (or after a warning sign); otherwise
    /// the blockers to show. A problem on an earlier page (an answer there
    /// changed what is asked) takes the visitor back to it.
    fn next(mut self, protocol: &Protocol) -> Journey {
        if self.page == Page::Result {
            return self;
        }
        let pages = pages(protocol, &self.answers);
        let here = pages.iter().position(|p| *p == self.page).unwrap_or(0);
        let following = pages.get(here + 1).copied().unwrap_or(Page::Result);
        let mut blockers = Vec::new();
        if self.surgeries_page(protocol) == Some(self.page) {
            blockers.extend(self.surgery_draft_blockers());
        }
        let result = engine::evaluate(protocol, &self.answers_for_engine(), self.today);
        let errors = match result {
            Ok(outcome) if outcome.ended_at_emergency_screen || following == Page::Result => {
                if blockers.is_empty() {
                    self.outcome = Some(outcome);
                    self.go(Page::Result);
                    return self;
                }
                Vec::new()
            }
            Ok(_) => Vec::new(),
            Err(errors) => errors,
        };
        blockers.extend(self.page_blockers(self.page, protocol, &errors));
        dedup(&mut blockers);
        if !blockers.is_empty() {
            self.blocked += 1;
            self.blockers = blockers;
            return self;
        }
        if following == Page::Result {
            // Nothing to fix here, yet no result: the problem is on an earlier page.
            let earlier = pages[..here]
                .iter()
                .map(|page| (*page, self.page_blockers(*page, protocol, &errors)))
                .find(|(_, blockers)| !blockers.is_empty());
            if let Some((page, mut blockers)) = earlier {
                dedup(&mut blockers);
                self.go(page);
                self.blocked += 1;
                self.blockers = blockers;
            }
            return self;
        }
        self.go(following);
        self
    }

    /// The questions to show on the current page, in protocol order; on the
    /// page after the places, the required follow-ups of the places first.
    pub fn questions_here<'p>(&self, protocol: &'p Protocol) -> Vec<&'p Question> {
        let listed = self.checklist(protocol).map(|c| c.items).unwrap_or_default();
        let here: Vec<&Question> = engine::applicable_questions(protocol, &self.answers)
            .into_iter()
            .filter(|q| warning::shown_on(q, self.page) && !listed.iter().any(|i| i.id == q.id))
            .collect();
        // Two passes rather than a sort: the standard sort is large in the wasm.
        let follow_up = |q: &&Question| q.category == Category::RegionFollowUp;
        let (first, rest): (Vec<&Question>, Vec<&Question>) = here.into_iter().partition(follow_up);
        first.into_iter().chain(rest).collect()
    }

    /// Where an operation may be listed: where it hurts and next to it (the
    /// only places the surgery windows reach), or every region when only
    /// "many places" is chosen; then "somewhere else".
    pub fn surgery_site_choices(&self) -> Vec<SurgerySite> {
        let mut near = if self.answers.regions.is_empty() {
            Region::ALL.to_vec()
        } else {
            let mut near = self.answers.regions.clone();
            for region in &self.answers.regions {
                near.extend(region.neighbours());
            }
            near
        };
        sort_regions(&mut near);
        near.dedup();
        near.into_iter()
            .map(SurgerySite::Region)
            .chain([SurgerySite::Elsewhere])
            .collect()
    }

    /// Where lymphoedema may be listed: the four limbs, then the chosen
    /// regions outside them (a region inside a limb is named by its limb).
    pub fn lymphoedema_choices(&self) -> Vec<Area> {
        Limb::ALL
            .into_iter()
            .map(Area::Limb)
            .chain(
                self.answers
                    .regions
                    .iter()
                    .filter(|r| r.limb().is_none())
                    .map(|r| Area::Region(*r)),
            )
            .collect()
    }

    pub fn is_chosen(&self, question: &str, answer: &str) -> bool {
        self.answers.chosen(question).iter().any(|a| a == answer)
    }

    /// True for checklists, where a tick does not clear the others.
    pub fn is_checklist(question: &Question) -> bool {
        question.select == Select::Many
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{default_protocol, Level};

    fn protocol() -> Protocol {
        default_protocol()
    }

    fn today() -> Date {
        Date::parse("2026-11-22").expect("date")
    }

    fn region(id: &str) -> Region {
        Region::from_id(id).expect("region id")
    }

    fn act(journey: Journey, protocol: &Protocol, actions: Vec<Action>) -> Journey {
        actions.into_iter().fold(journey, |j, a| j.apply(a, protocol))
    }

    fn choose(question: &str, answer: &str) -> Action {
        Action::Choose {
            question: question.into(),
            answer: answer.into(),
        }
    }

    /// Operation `index`'s date typed as `[day, month, year]`.
    fn typed(index: usize, [day, month, year]: [&str; 3]) -> Vec<Action> {
        [(DatePart::Day, day), (DatePart::Month, month), (DatePart::Year, year)]
            .into_iter()
            .map(|(part, text)| Action::SetSurgeryDate {
                index,
                part,
                text: text.into(),
            })
            .collect()
    }

    fn toggle(question: &str, answer: &str) -> Action {
        Action::Toggle {
            question: question.into(),
            answer: answer.into(),
        }
    }

    /// The harmless answer: "no", except `understanding`, where "yes"
    /// (understands the treatment) is harmless.
    fn harmless(question: &str) -> &'static str {
        if question == "understanding" {
            "yes"
        } else {
            "no"
        }
    }

    /// Every health page in turn: each required question given its answer
    /// in `overrides` or its harmless one, then Next. Stops on the result or
    /// where Next is blocked.
    fn answer_health(mut journey: Journey, protocol: &Protocol, overrides: &[(&str, &str)]) -> Journey {
        while journey.step() == Step::Health {
            let page = journey.page;
            journey = answer_page(journey, protocol, overrides);
            if journey.page == page {
                break;
            }
        }
        journey
    }

    /// The current page's questions given their answer in `overrides` or
    /// their harmless one, then Next: who the check is for (`me` unless
    /// overridden), a checklist's items ticked for their override (and the
    /// answer picked under them), "None of these" when none is overridden.
    fn answer_page(journey: Journey, protocol: &Protocol, overrides: &[(&str, &str)]) -> Journey {
        let given = |id: &str| overrides.iter().find(|(q, _)| *q == id).map(|(_, a)| *a);
        let mut actions = Vec::new();
        if journey.page == Page::Health(Topic::ForWhom) {
            actions.push(choose(checklist::FOR_WHOM, given(checklist::FOR_WHOM).unwrap_or("me")));
        }
        if let Some(list) = journey.checklist(protocol) {
            let topic = list.topic;
            let mut ticked = false;
            for item in &list.items {
                match given(&item.id) {
                    None | Some("no") => {}
                    Some("not-sure") => {
                        ticked = true;
                        actions.push(Action::Check {
                            topic,
                            tick: Tick::NotSure,
                        });
                        actions.push(Action::Check {
                            topic,
                            tick: Tick::Unsure(item.id.clone()),
                        });
                    }
                    Some(answer) => {
                        ticked = true;
                        actions.push(Action::Check {
                            topic,
                            tick: Tick::Item(item.id.clone()),
                        });
                        actions.push(choose(&item.id, answer));
                    }
                }
            }
            if !ticked {
                actions.push(Action::Check {
                    topic,
                    tick: Tick::None,
                });
            }
        }
        actions.extend(
            journey
                .questions_here(protocol)
                .iter()
                .filter(|q| q.is_required())
                .map(|q| choose(&q.id, given(&q.id).unwrap_or(harmless(&q.id)))),
        );
        actions.push(Action::Next);
        act(journey, protocol, actions)
    }

    fn to_health_step(protocol: &Protocol, regions: &[&str]) -> Journey {
        let mut actions = vec![
            toggle("red-flags-general", "none"),
            Action::Next,
            toggle("red-flags-general", "none"),
            Action::Next,
        ];
        actions.extend(regions.iter().map(|r| Action::ToggleRegion { region: region(r) }));
        actions.push(Action::Next);
        let journey = act(Journey::new(today(), Lang::EN), protocol, actions);
        assert_eq!(journey.page, Page::AboutPain, "blockers: {:?}", journey.blockers);
        let mut follow_ups: Vec<Action> = journey
            .questions_here(protocol)
            .iter()
            .filter(|q| q.is_required())
            .map(|q| choose(&q.id, "no"))
            .collect();
        // On past the optional checklist of known conditions.
        follow_ups.extend([Action::Next, Action::Next]);
        let journey = act(journey, protocol, follow_ups);
        assert_eq!(journey.step(), Step::Health, "blockers: {:?}", journey.blockers);
        journey
    }

    #[test]
    fn the_emergency_screen_must_be_answered_before_moving_on() {
        let p = protocol();
        let journey = Journey::new(today(), Lang::EN).apply(Action::Next, &p);
        assert_eq!(journey.step(), Step::Warning);
        assert_eq!(
            journey.blockers,
            vec![Blocker::Unanswered {
                question: "red-flags-general".into()
            }]
        );
    }

    #[test]
    fn a_warning_sign_goes_straight_to_the_result() {
        let p = protocol();
        let journey = act(
            Journey::new(today(), Lang::EN),
            &p,
            vec![toggle("red-flags-general", "stroke-signs"), Action::Next],
        );
        assert_eq!(journey.step(), Step::Result);
        let outcome = journey.outcome.as_ref().expect("outcome");
        assert_eq!(outcome.level, Level::Emergency);
        // Back returns to the screen, not to questions never asked.
        let back = journey.apply(Action::Back, &p);
        assert_eq!(back.step(), Step::Warning);
        assert!(
            back.is_chosen("red-flags-general", "stroke-signs"),
            "Back keeps answers"
        );
    }

    /// Each warning page has its own "None of these": the first page's is
    /// the journey's (it clears that page's signs), the second's the
    /// engine's `none`, alone on the list.
    #[test]
    fn none_of_these_stands_alone_on_each_warning_page() {
        let p = protocol();
        let journey = act(
            Journey::new(today(), Lang::EN),
            &p,
            vec![
                toggle("red-flags-general", "chest-pain"),
                toggle("red-flags-general", "none"),
            ],
        );
        assert!(journey.warning_clear);
        assert!(journey.answers.chosen("red-flags-general").is_empty());
        let ticked = journey.clone().apply(toggle("red-flags-general", "stroke-signs"), &p);
        assert!(!ticked.warning_clear, "a sign unticks the page's None of these");
        let journey = act(journey, &p, vec![Action::Next]);
        assert_eq!(journey.page, Page::WarningMore);
        let journey = act(
            journey,
            &p,
            vec![
                toggle("red-flags-general", "fever-spine"),
                toggle("red-flags-general", "none"),
            ],
        );
        assert_eq!(journey.answers.chosen("red-flags-general"), ["none".to_string()]);
        let journey = journey.apply(toggle("red-flags-general", "fever-spine"), &p);
        assert_eq!(journey.answers.chosen("red-flags-general"), ["fever-spine".to_string()]);
    }

    /// The warning signs take two pages; each must be answered, a sign on
    /// the first ends the check at once, and one on the second as well.
    #[test]
    fn the_warning_signs_take_two_pages_each_answered() {
        let p = protocol();
        let journey = Journey::new(today(), Lang::EN).apply(Action::Next, &p);
        assert_eq!(journey.page, Page::Warning, "the first page needs a tick");
        let journey = act(journey, &p, vec![toggle("red-flags-general", "none"), Action::Next]);
        assert_eq!(journey.page, Page::WarningMore);
        let stuck = journey.clone().apply(Action::Next, &p);
        assert_eq!(stuck.page, Page::WarningMore);
        assert_eq!(
            stuck.blockers,
            vec![Blocker::Unanswered {
                question: "red-flags-general".into()
            }]
        );
        let urgent = act(
            journey.clone(),
            &p,
            vec![toggle("red-flags-general", "major-trauma"), Action::Next],
        );
        assert_eq!(urgent.step(), Step::Result);
        assert_eq!(urgent.outcome.as_ref().map(|o| o.level), Some(Level::Urgent));
        let on = act(journey, &p, vec![toggle("red-flags-general", "none"), Action::Next]);
        assert_eq!(on.page, Page::Places);
        // Back through both pages keeps each page's "None of these".
        let back = act(on, &p, vec![Action::Back]);
        assert_eq!(back.page, Page::WarningMore);
        assert!(back.is_chosen("red-flags-general", "none"));
        let back = back.apply(Action::Back, &p);
        assert_eq!(back.page, Page::Warning);
        assert!(back.warning_clear);
    }

    #[test]
    fn the_where_step_needs_a_region_and_its_follow_ups() {
        let p = protocol();
        let journey = act(
            Journey::new(today(), Lang::EN),
            &p,
            vec![
                toggle("red-flags-general", "none"),
                Action::Next,
                toggle("red-flags-general", "none"),
                Action::Next,
                Action::Next,
            ],
        );
        assert_eq!(journey.page, Page::Places);
        assert_eq!(journey.blockers, vec![Blocker::NoRegions]);
        assert_eq!(journey.blocked, 1, "the view moves focus to the problems");
        let journey = act(
            journey,
            &p,
            vec![
                Action::ToggleRegion {
                    region: region("low-back"),
                },
                Action::Next,
            ],
        );
        assert_eq!(journey.page, Page::AboutPain, "the places' follow-ups come next");
        assert!(journey.blockers.is_empty());
        let here: Vec<&str> = journey.questions_here(&p).iter().map(|q| q.id.as_str()).collect();
        assert_eq!(
            here.first(),
            Some(&"back-cancer-flags"),
            "required follow-ups first: {here:?}"
        );
        let journey = journey.apply(Action::Next, &p);
        assert_eq!(
            journey.blockers,
            vec![Blocker::Unanswered {
                question: "back-cancer-flags".into()
            }],
            "health questions wait for step 3"
        );
        let journey = act(journey, &p, vec![choose("back-cancer-flags", "no"), Action::Next]);
        assert_eq!(journey.page, Page::Conditions);
        let journey = journey.apply(Action::Next, &p);
        assert_eq!(journey.step(), Step::Health);
    }

    #[test]
    fn healthy_answers_give_likely_suitable() {
        let p = protocol();
        let journey = answer_health(to_health_step(&p, &["neck"]), &p, &[]);
        assert_eq!(journey.step(), Step::Result, "blockers: {:?}", journey.blockers);
        assert_eq!(journey.outcome.as_ref().map(|o| o.level), Some(Level::Suitable));
    }

    #[test]
    fn an_operation_needs_a_region_and_a_real_past_date() {
        let p = protocol();
        let journey = answer_health(to_health_step(&p, &["knee-left"]), &p, &[("surgery", "yes")]);
        assert_eq!(journey.page, Page::Health(Topic::Details));
        assert_eq!(
            journey.blockers,
            vec![
                Blocker::SurgeryWithoutRegion { index: 0 },
                Blocker::SurgeryWithoutDate {
                    index: 0,
                    missing: DateParts::ALL
                }
            ]
        );
        let journey = act(
            journey,
            &p,
            [
                vec![Action::SetSurgerySite {
                    index: 0,
                    site: Some(SurgerySite::Region(region("knee-left"))),
                }],
                typed(0, ["01", "12", "2026"]),
                vec![Action::Next],
            ]
            .concat(),
        );
        assert_eq!(journey.blockers, vec![Blocker::FutureSurgery { index: 0 }]);
        let journey = act(
            journey,
            &p,
            [typed(0, ["01", "10", "2026"]), vec![Action::Next]].concat(),
        );
        let outcome = journey.outcome.as_ref().expect("outcome");
        assert_eq!(outcome.level, Level::Wait);
        assert_eq!(outcome.until, Date::parse("2027-01-01").ok());
    }

    /// A Persian visitor who types the Solar Hijri date of an operation
    /// three weeks ago (1 Dey 1404 as 1 / 10 / 1404) is stopped on the
    /// operations' page with the year marked, and never reaches a result;
    /// the same operation typed in the Gregorian calendar gives `wait`.
    #[test]
    fn a_solar_hijri_year_stops_the_visitor_at_the_year() {
        let p = protocol();
        let journey = answer_health(to_health_step(&p, &["knee-left"]), &p, &[("surgery", "yes")]);
        let journey = act(
            journey,
            &p,
            [
                vec![Action::SetSurgerySite {
                    index: 0,
                    site: Some(SurgerySite::Region(region("knee-left"))),
                }],
                typed(0, ["۱", "۱۰", "۱۴۰۴"]),
                vec![Action::Next],
            ]
            .concat(),
        );
        assert_eq!(journey.page, Page::Health(Topic::Details));
        assert!(journey.outcome.is_none());
        assert_eq!(
            journey.blockers,
            vec![Blocker::SurgeryYearTooEarly { index: 0, year: 1404 }]
        );
        assert_eq!(journey.blockers[0].date_parts(), DateParts::of(&[DatePart::Year]));
        assert_eq!(journey.blockers[0].target(), "surgeries");
        // Typed again in the Gregorian calendar, three weeks before today.
        let journey = act(
            journey,
            &p,
            [typed(0, ["1", "11", "2026"]), vec![Action::Next]].concat(),
        );
        let outcome = journey.outcome.as_ref().expect("outcome");
        assert_eq!(outcome.level, Level::Wait);
        assert_eq!(outcome.until, Date::parse("2027-02-01").ok());
    }

    /// After a failed Next each operation row's date says what is wrong with
    /// it, row by row and part by part, and only real past dates reach the engine.
    #[test]
    fn each_operation_row_names_what_is_wrong_with_its_date() {
        let p = protocol();
        let journey = answer_health(to_health_step(&p, &["knee-left"]), &p, &[("surgery", "yes")]);
        assert_eq!(journey.page, Page::Health(Topic::Details));
        let mut actions = vec![Action::AddSurgery, Action::AddSurgery, Action::AddSurgery];
        for index in 0..4 {
            actions.push(Action::SetSurgerySite {
                index,
                site: Some(SurgerySite::Region(region("knee-left"))),
            });
        }
        actions.extend(typed(0, ["", "3", ""]));
        actions.extend(typed(1, ["31", "2", "2026"]));
        actions.extend(typed(2, ["15", "13", "26"]));
        actions.extend(typed(3, ["1", "12", "2026"]));
        actions.push(Action::Next);
        let journey = act(journey, &p, actions);
        assert_eq!(journey.step(), Step::Health);
        assert_eq!(
            journey.blockers,
            vec![
                Blocker::SurgeryWithoutDate {
                    index: 0,
                    missing: DateParts::of(&[DatePart::Day, DatePart::Year])
                },
                Blocker::SurgeryNoSuchDay {
                    index: 1,
                    day: 31,
                    month: 2,
                    year: 2026
                },
                Blocker::SurgeryDatePartWrong {
                    index: 2,
                    part: DatePart::Month
                },
                Blocker::SurgeryDatePartWrong {
                    index: 2,
                    part: DatePart::Year
                },
                Blocker::FutureSurgery { index: 3 },
            ]
        );
        assert_eq!(
            journey.blockers[0].date_parts(),
            DateParts::of(&[DatePart::Day, DatePart::Year])
        );
        assert_eq!(journey.blockers[1].date_parts(), DateParts::of(&[DatePart::Day]));
        assert_eq!(journey.blockers[4].date_parts(), DateParts::ALL);
        assert_eq!(
            journey.answers_for_engine().surgeries,
            vec![Surgery {
                site: SurgerySite::Region(region("knee-left")),
                date: Date::new(2026, 12, 1).expect("date"),
            }],
            "only the real date reaches the engine"
        );
    }

    /// Removing the middle of three operation rows keeps the first and the
    /// last, each with its own key and what was entered in it; a row added
    /// after gets a key no row has had.
    #[test]
    fn removing_the_middle_operation_row_keeps_the_rows_either_side() {
        let p = protocol();
        let journey = answer_health(to_health_step(&p, &["knee-left"]), &p, &[("surgery", "yes")]);
        let mut actions = vec![Action::AddSurgery, Action::AddSurgery];
        for (index, (site, day)) in [("knee-left", "1"), ("thigh-left", "2"), ("shin-left", "3")]
            .into_iter()
            .enumerate()
        {
            actions.push(Action::SetSurgerySite {
                index,
                site: Some(SurgerySite::Region(region(site))),
            });
            actions.extend(typed(index, [day, "10", "2026"]));
        }
        let journey = act(journey, &p, actions);
        let before = journey.surgeries.clone();
        assert_eq!(before.iter().map(|d| d.key).collect::<Vec<_>>(), [0, 1, 2]);

        let journey = journey.apply(Action::RemoveSurgery { index: 1 }, &p);
        assert_eq!(journey.surgeries, [before[0].clone(), before[2].clone()]);
        assert_eq!(
            journey.surgeries[1].site,
            Some(SurgerySite::Region(region("shin-left")))
        );
        assert_eq!(journey.surgeries[1].date_part(DatePart::Day), "3");

        let journey = journey.apply(Action::AddSurgery, &p);
        let keys: Vec<u32> = journey.surgeries.iter().map(|d| d.key).collect();
        assert_eq!(keys, [0, 2, 3], "a key is never given to a second row");
    }

    #[test]
    fn switching_language_reads_the_results_reasons_in_its_protocol() {
        let p = protocol();
        let journey = answer_health(to_health_step(&p, &["knee-left"]), &p, &[("bleeding", "yes")]);
        let reason_source = |j: &Journey| {
            j.outcome
                .as_ref()
                .and_then(|o| o.reasons.first())
                .map(|r| r.source.text.get(Lang::FR).to_string())
        };
        assert_eq!(journey.page, Page::Result);
        let mut french = p.clone();
        french.each_text(&mut |_, text| text.other = Some((Lang::FR, format!("fr: {}", text.en))));
        let switched = journey.clone().apply(Action::SetLang { lang: Lang::FR }, &french);
        assert_eq!(
            switched.outcome.as_ref().map(|o| o.level),
            journey.outcome.as_ref().map(|o| o.level)
        );
        let read = reason_source(&switched).unwrap_or_default();
        assert!(
            read.starts_with("fr: "),
            "the reason's source in the new protocol: {read:?}"
        );
        assert_ne!(reason_source(&journey), Some(read));
    }

    #[test]
    fn switching_language_keeps_a_date_as_typed() {
        let p = protocol();
        let journey = act(to_health_step(&p, &["knee-left"]), &p, typed(0, ["07", "", "26"]));
        let typed_before = journey.surgeries.clone();
        let french = journey.apply(Action::SetLang { lang: Lang::FR }, &p);
        assert_eq!(french.surgeries, typed_before);
        assert_eq!(french.surgeries[0].date_part(DatePart::Day), "07");
        assert_eq!(french.surgeries[0].date_part(DatePart::Year), "26");
    }

    #[test]
    fn surgery_choices_are_the_pain_regions_their_neighbours_and_elsewhere() {
        let p = protocol();
        let journey = to_health_step(&p, &["knee-left"]);
        let ids: Vec<_> = journey
            .surgery_site_choices()
            .into_iter()
            .map(SurgerySite::id)
            .collect();
        assert_eq!(ids, ["thigh-left", "knee-left", "shin-left", "calf-left", "elsewhere"]);
    }

    #[test]
    fn with_only_many_places_an_operation_can_be_anywhere() {
        let p = protocol();
        let journey = act(
            Journey::new(today(), Lang::EN),
            &p,
            vec![
                toggle("red-flags-general", "none"),
                Action::Next,
                toggle("red-flags-general", "none"),
                Action::Next,
                Action::ToggleWidespread,
            ],
        );
        let choices = journey.surgery_site_choices();
        assert_eq!(choices.len(), Region::ALL.len() + 1);
        assert_eq!(choices.last(), Some(&SurgerySite::Elsewhere));
    }

    #[test]
    fn lymphoedema_offers_the_four_limbs_and_the_chosen_places_outside_them() {
        let p = protocol();
        let journey = to_health_step(&p, &["neck", "forearm-left", "low-back"]);
        let ids: Vec<_> = journey.lymphoedema_choices().into_iter().map(Area::id).collect();
        assert_eq!(
            ids,
            ["arm-left", "arm-right", "leg-left", "leg-right", "neck", "low-back"]
        );
    }

    #[test]
    fn unticking_a_region_drops_it_from_follow_up_lists() {
        let p = protocol();
        let journey = to_health_step(&p, &["knee-left", "neck"]);
        let journey = act(
            journey,
            &p,
            vec![
                choose("lymphoedema", "yes"),
                Action::ToggleListed {
                    follow_up: FollowUp::LymphoedemaRegions,
                    area: Area::Region(region("knee-left")),
                },
                Action::ToggleRegion {
                    region: region("knee-left"),
                },
            ],
        );
        assert!(journey.answers.lymphoedema_regions.is_empty());
    }

    #[test]
    fn many_places_alone_never_strands_the_visitor_on_a_which_places_list() {
        let p = protocol();
        let journey = act(
            Journey::new(today(), Lang::EN),
            &p,
            vec![
                toggle("red-flags-general", "none"),
                Action::Next,
                toggle("red-flags-general", "none"),
                Action::Next,
                Action::ToggleWidespread,
                Action::Next,
                Action::Next,
                Action::Next,
            ],
        );
        assert_eq!(journey.step(), Step::Health, "blockers: {:?}", journey.blockers);
        let journey = answer_health(journey, &p, &[("lymphoedema", "yes"), ("surgery", "yes")]);
        // The operation is still asked for (where and when), never a list of places.
        assert_eq!(
            journey.blockers,
            vec![
                Blocker::SurgeryWithoutRegion { index: 0 },
                Blocker::SurgeryWithoutDate {
                    index: 0,
                    missing: DateParts::ALL
                }
            ]
        );
        let journey = act(
            journey,
            &p,
            [
                vec![Action::SetSurgerySite {
                    index: 0,
                    site: Some(SurgerySite::Elsewhere),
                }],
                typed(0, ["01", "11", "2026"]),
                vec![Action::Next],
            ]
            .concat(),
        );
        assert_eq!(journey.step(), Step::Result, "blockers: {:?}", journey.blockers);
        assert_eq!(journey.outcome.as_ref().map(|o| o.level), Some(Level::TalkFirst));
    }

    #[test]
    fn restart_forgets_everything_but_the_language() {
        let p = protocol();
        let journey = to_health_step(&p, &["neck"]).apply(Action::SetLang { lang: Lang::FR }, &p);
        let fresh = act(journey.clone(), &p, vec![Action::AskRestart, Action::ConfirmRestart]);
        assert_eq!(fresh.step(), Step::Warning);
        assert!(!fresh.asking_restart);
        assert_eq!(fresh.answers, Answers::default());
        assert_eq!(fresh.lang, Lang::FR);
        assert!(fresh.moves > journey.moves, "focus moves to the first step again");
    }

    #[test]
    fn start_over_asks_first_and_clears_nothing_until_yes() {
        let p = protocol();
        let journey = to_health_step(&p, &["neck"]);
        let asking = journey.clone().apply(Action::AskRestart, &p);
        assert!(asking.asking_restart);
        assert_eq!(asking.step(), journey.step());
        assert_eq!(asking.answers, journey.answers);
        assert_eq!(
            asking.moves, journey.moves,
            "the step does not change, so focus stays with the question"
        );
        // The question stays open across a change of language.
        let asking = asking.apply(Action::SetLang { lang: Lang::FR }, &p);
        assert!(asking.asking_restart);
        let kept = asking.clone().apply(Action::CancelRestart, &p);
        assert!(!kept.asking_restart);
        assert_eq!(
            (kept.step(), &kept.answers, kept.moves),
            (journey.step(), &journey.answers, journey.moves)
        );
        // Yes only counts while the question is open.
        let ignored = journey.clone().apply(Action::ConfirmRestart, &p);
        assert_eq!((ignored.step(), &ignored.answers), (journey.step(), &journey.answers));
        let ignored = kept.apply(Action::ConfirmRestart, &p);
        assert_eq!((ignored.step(), &ignored.answers), (journey.step(), &journey.answers));
    }

    #[test]
    fn any_other_action_closes_the_restart_question() {
        let p = protocol();
        let journey = to_health_step(&p, &["neck"]);
        for action in [Action::Back, Action::Next, choose("bleeding", "yes")] {
            let after = journey.clone().apply(Action::AskRestart, &p).apply(action.clone(), &p);
            assert!(!after.asking_restart, "{action:?}");
            let step = after.step();
            assert_eq!(after.apply(Action::ConfirmRestart, &p).step(), step, "{action:?}");
        }
    }

    #[test]
    fn the_browsers_back_and_forward_revisit_pages_keeping_every_answer() {
        let p = protocol();
        let start = to_health_step(&p, &["neck"]);
        let result = answer_health(start.clone(), &p, &[]);
        assert_eq!(result.page, Page::Result, "blockers: {:?}", result.blockers);
        // Back to the places, as the checker's own Back would get there.
        let places = result.clone().apply(Action::Revisit { page: Page::Places }, &p);
        assert_eq!(places.page, Page::Places);
        assert_eq!(places.outcome, None);
        assert_eq!(places.answers, result.answers, "Back keeps answers");
        assert!(places.moves > result.moves, "the focus follows to the page");
        // Forward to the result again: page by page, each checked as Next checks it.
        let again = places.apply(Action::Revisit { page: Page::Result }, &p);
        assert_eq!(again.page, Page::Result, "blockers: {:?}", again.blockers);
        assert_eq!(again.outcome, result.outcome);
        assert_eq!(again.answers, result.answers);
        // The same page does nothing.
        let same = again.clone().apply(Action::Revisit { page: Page::Result }, &p);
        assert_eq!(same, again);
    }

    #[test]
    fn forward_by_the_browser_stops_at_a_question_not_answered() {
        let p = protocol();
        let result = answer_health(to_health_step(&p, &["neck"]), &p, &[]);
        // Back to the places; a back region now asks a required question on
        // the page after them, not answered yet.
        let places = result.apply(Action::Revisit { page: Page::Places }, &p);
        let more = places.apply(
            Action::ToggleRegion {
                region: region("low-back"),
            },
            &p,
        );
        let forward = more.clone().apply(Action::Revisit { page: Page::Result }, &p);
        assert_eq!(forward.page, Page::AboutPain, "stops where the new question is");
        assert_eq!(forward.outcome, None, "no result past a question not answered");
        assert!(forward.blocked > more.blocked, "says what to answer, as Next does");
        assert!(
            forward.blockers.iter().any(|b| b.target() == "back-cancer-flags"),
            "{:?}",
            forward.blockers
        );
    }

    #[test]
    fn back_by_the_browser_from_a_result_the_emergency_screen_ended_goes_to_that_screen() {
        let p = protocol();
        let ended = act(
            Journey::new(today(), Lang::EN),
            &p,
            vec![toggle("red-flags-general", "chest-pain"), Action::Next],
        );
        assert_eq!(ended.page, Page::Result);
        // The pages between were never asked: not even an entry for them brings them up.
        let back = ended.apply(Action::Revisit { page: Page::Places }, &p);
        assert_eq!(back.page, Page::Warning);
        assert!(back.is_chosen("red-flags-general", "chest-pain"));
    }

    #[test]
    fn the_health_questions_come_one_topic_a_page_and_back_retraces_them() {
        let p = protocol();
        let journey = to_health_step(&p, &["neck"]);
        let mut seen = Vec::new();
        let mut journey = journey;
        while journey.step() == Step::Health {
            seen.push((journey.page, journey.part(&p)));
            let next = answer_page(journey.clone(), &p, &[]);
            assert_ne!(next.page, journey.page, "blockers: {:?}", next.blockers);
            journey = next;
        }
        let topics = [
            Topic::ForWhom,
            Topic::Illnesses,
            Topic::Now,
            Topic::Needles,
            Topic::OperationsSkin,
        ];
        assert_eq!(
            seen,
            topics
                .iter()
                .enumerate()
                .map(|(at, topic)| (Page::Health(*topic), (at + 6, 10)))
                .collect::<Vec<_>>(),
            "counted among every page of questions"
        );
        assert_eq!(journey.step(), Step::Result);
        let mut back = Vec::new();
        while journey.page != Page::Warning {
            journey = journey.apply(Action::Back, &p);
            back.push(journey.page);
        }
        let mut forward: Vec<Page> = seen.iter().map(|(page, _)| *page).collect();
        forward.splice(
            0..0,
            [
                Page::Warning,
                Page::WarningMore,
                Page::Places,
                Page::AboutPain,
                Page::Conditions,
            ],
        );
        forward.reverse();
        assert_eq!(back, forward, "Back goes through every page the visitor saw");
        assert_eq!(
            journey.answers.chosen("bleeding"),
            ["no".to_string()],
            "Back keeps answers"
        );
    }

    #[test]
    fn who_the_check_is_for_then_a_checklist_each_ask_for_an_answer() {
        let p = protocol();
        let journey = to_health_step(&p, &["neck"]).apply(Action::Next, &p);
        assert_eq!(journey.page, Page::Health(Topic::ForWhom));
        assert_eq!(
            journey.blockers,
            vec![Blocker::Unanswered {
                question: checklist::FOR_WHOM.into()
            }]
        );
        let journey = act(journey, &p, vec![choose(checklist::FOR_WHOM, "me"), Action::Next]);
        assert_eq!(journey.page, Page::Health(Topic::Illnesses));
        let journey = journey.apply(Action::Next, &p);
        assert_eq!(
            journey.blockers,
            vec![Blocker::NothingTicked {
                topic: Topic::Illnesses
            }],
            "one problem for the list, not one an item"
        );
        // "Yes" asks which; a ticked item with two "yes" answers asks which
        // of them; "not sure" asks about what.
        let illnesses = Topic::Illnesses;
        let check = |tick| Action::Check { topic: illnesses, tick };
        let journey = act(journey, &p, vec![check(Tick::Some), Action::Next]);
        assert_eq!(
            journey.blockers,
            vec![Blocker::NothingTicked { topic: illnesses }],
            "Yes, but which?"
        );
        let journey = act(
            journey,
            &p,
            vec![check(Tick::Item("active-cancer".into())), Action::Next],
        );
        assert_eq!(
            journey.blockers,
            vec![Blocker::Unanswered {
                question: "active-cancer".into()
            }]
        );
        let journey = act(journey, &p, vec![check(Tick::NotSure), Action::Next]);
        assert_eq!(journey.blockers, vec![Blocker::UnsureOfNothing { topic: illnesses }]);
        let journey = act(
            journey,
            &p,
            vec![check(Tick::Unsure("osteoporosis".into())), Action::Next],
        );
        assert_eq!(
            journey.page,
            Page::Health(Topic::Now),
            "blockers: {:?}",
            journey.blockers
        );
        assert_eq!(
            journey.answers.chosen("active-cancer"),
            ["no".to_string()],
            "hidden under Yes"
        );
        assert_eq!(journey.answers.chosen("osteoporosis"), ["not-sure".to_string()]);
        assert_eq!(journey.answers.chosen("diabetes"), ["no".to_string()]);
    }

    #[test]
    fn for_me_understanding_is_never_asked_and_for_someone_else_it_has_its_page() {
        let p = protocol();
        let mine = answer_health(to_health_step(&p, &["neck"]), &p, &[]);
        assert_eq!(mine.outcome.as_ref().map(|o| o.level), Some(Level::Suitable));
        assert!(mine.answers.chosen("understanding").is_empty(), "never asked");

        let mut journey = to_health_step(&p, &["neck"]);
        let mut seen = Vec::new();
        while journey.step() == Step::Health {
            seen.push(journey.page);
            let overrides = [(checklist::FOR_WHOM, "someone-else"), ("understanding", "no")];
            journey = answer_page(journey, &p, &overrides);
        }
        assert!(seen.contains(&Page::Health(Topic::Understanding)), "{seen:?}");
        assert_eq!(journey.outcome.as_ref().map(|o| o.level), Some(Level::NotSuitable));
    }

    #[test]
    fn see_my_result_belongs_to_the_last_page_of_questions_only() {
        let p = protocol();
        let mut journey = to_health_step(&p, &["neck"]);
        let mut last = Vec::new();
        while journey.step() == Step::Health {
            last.push(journey.is_last_question_page(&p));
            journey = answer_page(journey, &p, &[]);
        }
        assert_eq!(last, [false, false, false, false, true]);
    }

    #[test]
    fn a_problem_left_on_an_earlier_page_takes_the_visitor_back_to_it() {
        let p = protocol();
        let mut journey = to_health_step(&p, &["neck"]);
        while journey.page != Page::Health(Topic::OperationsSkin) {
            journey = answer_page(journey, &p, &[]);
        }
        let operations = Topic::OperationsSkin;
        // The places changed behind the visitor's back: the low back asks
        // its own question, on the page after the places.
        let journey = act(
            journey,
            &p,
            vec![
                Action::ToggleRegion {
                    region: region("low-back"),
                },
                Action::Check {
                    topic: operations,
                    tick: Tick::None,
                },
                Action::Next,
            ],
        );
        assert_eq!(journey.page, Page::AboutPain);
        assert_eq!(
            journey.blockers,
            vec![Blocker::Unanswered {
                question: "back-cancer-flags".into()
            }]
        );
        assert!(journey.outcome.is_none());
    }
}
