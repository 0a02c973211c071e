//! The pages of the check, in order: which page each question is shown on,
//! and which pages the visitor's answers call for. The four steps are what
//! the progress counts; a step may take several short pages (the places, then
//! what goes with them; who the check is for, then the health questions as a
//! few checklists and one-question pages).

use crate::engine::{self, Answers};
use crate::protocol::{Category, Protocol, Question};

/// The four steps, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// 1: the emergency screen.
    Warning,
    /// 2: where it hurts, for how long, signs that fit, region follow-ups.
    Where,
    /// 3: the health screening questions.
    Health,
    /// 4: the result and the handoff.
    Result,
}

impl Step {
    pub fn number(self) -> u8 {
        match self {
            Step::Warning => 1,
            Step::Where => 2,
            Step::Health => 3,
            Step::Result => 4,
        }
    }

    /// The `data-step` hook.
    pub fn id(self) -> &'static str {
        match self {
            Step::Warning => "warning",
            Step::Where => "where",
            Step::Health => "health",
            Step::Result => "result",
        }
    }

    /// The step a question is shown on.
    pub fn of(question: &Question) -> Step {
        Page::of(question).step()
    }
}

/// The health questions' pages, in the order asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Topic {
    /// Who the check is for: the journey's own question, first.
    ForWhom,
    /// Whether the person can understand and agree: asked only of someone
    /// answering for another person, alone on its page.
    Understanding,
    /// Checklist: long-term conditions.
    Illnesses,
    /// Checklist: pregnancy, feeling unwell, medicines, allergy, fainting.
    Now,
    /// How the visitor feels about needles: three answers, its own page.
    Needles,
    /// Checklist, last of the three: the items that ask for a list (where an
    /// operation or a swelling was).
    OperationsSkin,
    /// The lists a checklist's ticks ask for (where and when an operation
    /// was, where the swelling or the infection is), on a page of their own
    /// after it, so the checklist stays short.
    Details,
    /// A clinic's own questions, asked one by one as before.
    More,
}

impl Topic {
    pub const ALL: [Topic; 8] = [
        Topic::ForWhom,
        Topic::Understanding,
        Topic::Illnesses,
        Topic::Now,
        Topic::Needles,
        Topic::OperationsSkin,
        Topic::Details,
        Topic::More,
    ];

    /// The default protocol's health questions by topic. A question not
    /// listed (from a clinic's own protocol) goes on the last page.
    pub const QUESTIONS: [(Topic, &'static [&'static str]); 5] = [
        (Topic::Understanding, &["understanding"]),
        (
            Topic::Illnesses,
            &[
                "active-cancer",
                "autoimmune",
                "osteoporosis",
                "diabetes",
                "epilepsy",
                "immune",
            ],
        ),
        (
            Topic::Now,
            &["pregnant", "unwell-now", "bleeding", "metal-allergy", "fainting"],
        ),
        (Topic::Needles, &["needle-fear"]),
        // An implanted device is put in by an operation: asked beside them.
        (
            Topic::OperationsSkin,
            &["surgery", "skin-infection", "lymphoedema", "implant"],
        ),
    ];

    pub fn of(question_id: &str) -> Topic {
        Topic::QUESTIONS
            .iter()
            .find(|(_, ids)| ids.contains(&question_id))
            .map_or(Topic::More, |(topic, _)| *topic)
    }

    /// The question ids a topic lists.
    pub fn questions(self) -> &'static [&'static str] {
        Topic::QUESTIONS
            .iter()
            .find(|(topic, _)| *topic == self)
            .map_or(&[], |(_, ids)| *ids)
    }

    /// Whether its questions are asked as one "Do any of these apply?" checklist.
    pub fn is_checklist(self) -> bool {
        matches!(self, Topic::Illnesses | Topic::Now | Topic::OperationsSkin)
    }

    pub fn id(self) -> &'static str {
        match self {
            Topic::ForWhom => "for-whom",
            Topic::Understanding => "understanding",
            Topic::Illnesses => "illnesses",
            Topic::Now => "now",
            Topic::Needles => "needles",
            Topic::OperationsSkin => "operations-skin",
            Topic::Details => "details",
            Topic::More => "more",
        }
    }

    /// From 0, in the order asked.
    pub fn index(self) -> usize {
        Topic::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }
}

/// The checklist of known conditions: long enough for a page of its own.
const CONDITIONS: &str = "conditions";

/// One page of the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Page {
    /// The emergency screen (its first half, when long: see `warning`).
    Warning,
    /// The second half of a long emergency screen.
    WarningMore,
    /// The body map and the list of places, alone.
    Places,
    /// What goes with the places: the region follow-ups (required) first,
    /// then how long it has hurt and the signs that fit.
    AboutPain,
    /// The conditions the visitor may know they have (a long checklist).
    Conditions,
    Health(Topic),
    Result,
}

impl Page {
    /// Every page, in order. A page's place here is its index: all the
    /// browser's history keeps of the check (the answers never go there).
    pub const ALL: [Page; 14] = [
        Page::Warning,
        Page::WarningMore,
        Page::Places,
        Page::AboutPain,
        Page::Conditions,
        Page::Health(Topic::ForWhom),
        Page::Health(Topic::Understanding),
        Page::Health(Topic::Illnesses),
        Page::Health(Topic::Now),
        Page::Health(Topic::Needles),
        Page::Health(Topic::OperationsSkin),
        Page::Health(Topic::Details),
        Page::Health(Topic::More),
        Page::Result,
    ];

    pub fn index(self) -> usize {
        Page::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    pub fn from_index(index: usize) -> Option<Page> {
        Page::ALL.get(index).copied()
    }

    /// The page a question is shown on.
    pub fn of(question: &Question) -> Page {
        match question.category {
            Category::EmergencyScreen => Page::Warning,
            Category::Informational if question.id == CONDITIONS => Page::Conditions,
            Category::RegionFollowUp | Category::Fit | Category::Informational => Page::AboutPain,
            Category::Core | Category::Guideline => Page::Health(Topic::of(&question.id)),
        }
    }

    /// The page the list `question` asks for is shown on: its own page,
    /// or after a checklist, the page of the checklists' lists.
    pub fn of_follow_up(question: &Question) -> Page {
        match Page::of(question) {
            Page::Health(topic) if topic.is_checklist() => Page::Health(Topic::Details),
            page => page,
        }
    }

    pub fn step(self) -> Step {
        match self {
            Page::Warning | Page::WarningMore => Step::Warning,
            Page::Places | Page::AboutPain | Page::Conditions => Step::Where,
            Page::Health(_) => Step::Health,
            Page::Result => Step::Result,
        }
    }

    /// The `data-page` hook.
    pub fn id(self) -> &'static str {
        match self {
            Page::Warning => "warning",
            Page::WarningMore => "warning-more",
            Page::Places => "places",
            Page::AboutPain => "about",
            Page::Conditions => "conditions",
            Page::Health(topic) => topic.id(),
            Page::Result => "result",
        }
    }
}

/// The pages these answers call for, in order: a page shows only when one
/// of its questions applies (the emergency screen, the places and the result
/// always); who the check is for comes before the health questions, and
/// `understanding` only for someone answering for another person.
pub fn pages(protocol: &Protocol, answers: &Answers) -> Vec<Page> {
    let applicable = engine::applicable_questions(protocol, answers);
    let split = applicable.iter().any(|q| super::warning::is_split(q));
    let mut asked: Vec<Page> = applicable.into_iter().map(Page::of).collect();
    asked.extend(
        engine::follow_ups(protocol, answers)
            .into_iter()
            .map(|(_, by)| Page::of_follow_up(by)),
    );
    let health = asked.iter().any(|page| page.step() == Step::Health);
    let mut pages = vec![Page::Warning];
    if split {
        pages.push(Page::WarningMore);
    }
    pages.push(Page::Places);
    pages.extend(
        [Page::AboutPain, Page::Conditions]
            .into_iter()
            .chain(Topic::ALL.map(Page::Health))
            .filter(|page| match page {
                Page::Health(Topic::ForWhom) => health,
                Page::Health(Topic::Understanding) => {
                    asked.contains(page) && super::checklist::for_someone_else(answers)
                }
                page => asked.contains(page),
            }),
    );
    pages.push(Page::Result);
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::default_protocol;

    #[test]
    fn every_health_question_of_the_default_protocol_has_its_topic_listed_once() {
        let protocol = default_protocol();
        let health: Vec<&str> = protocol
            .questions
            .iter()
            .filter(|q| Step::of(q) == Step::Health)
            .map(|q| q.id.as_str())
            .collect();
        let listed: Vec<&str> = Topic::QUESTIONS
            .iter()
            .flat_map(|(_, ids)| ids.iter().copied())
            .collect();
        for id in &health {
            assert_eq!(listed.iter().filter(|l| *l == id).count(), 1, "{id} listed once");
        }
        assert_eq!(
            listed.len(),
            health.len(),
            "no topic lists a question the protocol lacks"
        );
    }

    #[test]
    fn each_health_page_stays_short() {
        // Under a phone screen and a half a page: a checklist of at most six
        // items, else one question a page.
        for (topic, ids) in Topic::QUESTIONS {
            let most = if topic.is_checklist() { 6 } else { 1 };
            assert!(ids.len() <= most, "{topic:?} has {} questions", ids.len());
        }
    }

    #[test]
    fn the_pages_of_a_first_visit_are_in_order() {
        let protocol = default_protocol();
        let pages = pages(&protocol, &Answers::default());
        assert_eq!(
            pages,
            vec![
                Page::Warning,
                Page::WarningMore,
                Page::Places,
                Page::AboutPain,
                Page::Conditions,
                Page::Health(Topic::ForWhom),
                Page::Health(Topic::Illnesses),
                Page::Health(Topic::Now),
                Page::Health(Topic::Needles),
                Page::Health(Topic::OperationsSkin),
                Page::Result,
            ]
        );
        let mut sorted = pages.clone();
        sorted.sort();
        assert_eq!(sorted, pages, "the enum's order is the pages' order");
    }

    #[test]
    fn every_page_has_its_own_index_in_the_pages_order() {
        for (n, page) in Page::ALL.into_iter().enumerate() {
            assert_eq!(page.index(), n, "{page:?}");
            assert_eq!(Page::from_index(n), Some(page));
        }
        assert_eq!(Page::from_index(Page::ALL.len()), None);
        let mut sorted = Page::ALL;
        sorted.sort();
        assert_eq!(sorted, Page::ALL, "an index grows with the page's place in the check");
        let first_visit = pages(&default_protocol(), &Answers::default());
        assert!(first_visit.iter().all(|p| Page::ALL.contains(p)));
    }

    #[test]
    fn a_question_from_another_protocol_goes_on_a_page_of_its_own_kind_last() {
        assert_eq!(Topic::of("clinic-own-question"), Topic::More);
    }

    #[test]
    fn the_lists_a_checklist_asks_for_come_on_the_page_after_it() {
        let protocol = default_protocol();
        let mut answers = Answers {
            regions: vec![crate::base::regions::Region::from_id("knee-left").expect("knee")],
            ..Answers::default()
        };
        answers.choose("surgery", "yes");
        let pages = pages(&protocol, &answers);
        let at = |page| pages.iter().position(|p| *p == page);
        let details = at(Page::Health(Topic::Details));
        assert!(details.is_some(), "{pages:?}");
        assert_eq!(details, at(Page::Health(Topic::OperationsSkin)).map(|n| n + 1));
        let surgery = protocol.question("surgery").expect("surgery");
        assert_eq!(Page::of_follow_up(surgery), Page::Health(Topic::Details));
    }

    #[test]
    fn understanding_has_a_page_only_for_someone_else() {
        let protocol = default_protocol();
        let mut answers = Answers::default();
        let understanding = Page::Health(Topic::Understanding);
        assert!(!pages(&protocol, &answers).contains(&understanding));
        answers.choose(super::super::checklist::FOR_WHOM, "me");
        assert!(!pages(&protocol, &answers).contains(&understanding));
        answers.choose(super::super::checklist::FOR_WHOM, "someone-else");
        let pages = pages(&protocol, &answers);
        let at = |page| pages.iter().position(|p| *p == page);
        assert!(
            at(Page::Health(Topic::ForWhom)) < at(understanding),
            "asked after who it is for"
        );
        assert!(at(understanding) < at(Page::Health(Topic::Illnesses)));
    }
}
