//! The pages of the check, in order: which page each question is shown on,
//! and which pages the visitor's answers call for. The four steps are what
//! the progress counts; a step may take several short pages (the places, then
//! what goes with them; the health questions one topic a page).

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

/// The health questions' topics, one page each, in the order asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Topic {
    CancerPregnancy,
    BonesBloodImmunity,
    NeedlesFainting,
    /// Last: every question that asks for a list (where an operation or a
    /// swelling was) is here, so the longest page comes at the end.
    OperationsSkin,
}

impl Topic {
    pub const ALL: [Topic; 4] = [
        Topic::CancerPregnancy,
        Topic::BonesBloodImmunity,
        Topic::NeedlesFainting,
        Topic::OperationsSkin,
    ];

    /// The default protocol's health questions by topic. A question not
    /// listed (from a clinic's own protocol) goes on the last page.
    const QUESTIONS: [(Topic, &'static [&'static str]); 4] = [
        (
            Topic::CancerPregnancy,
            &["active-cancer", "pregnant", "unwell-now", "immune"],
        ),
        (
            Topic::BonesBloodImmunity,
            &["osteoporosis", "bleeding", "autoimmune", "diabetes"],
        ),
        (
            Topic::NeedlesFainting,
            &["needle-fear", "fainting", "epilepsy", "metal-allergy", "understanding"],
        ),
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
            .map_or(Topic::OperationsSkin, |(topic, _)| *topic)
    }

    pub fn id(self) -> &'static str {
        match self {
            Topic::CancerPregnancy => "cancer-pregnancy",
            Topic::BonesBloodImmunity => "bones-blood-immunity",
            Topic::NeedlesFainting => "needles-fainting",
            Topic::OperationsSkin => "operations-skin",
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
    /// The emergency screen.
    Warning,
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
    pub const ALL: [Page; 9] = [
        Page::Warning,
        Page::Places,
        Page::AboutPain,
        Page::Conditions,
        Page::Health(Topic::CancerPregnancy),
        Page::Health(Topic::BonesBloodImmunity),
        Page::Health(Topic::NeedlesFainting),
        Page::Health(Topic::OperationsSkin),
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

    pub fn step(self) -> Step {
        match self {
            Page::Warning => Step::Warning,
            Page::Places | Page::AboutPain | Page::Conditions => Step::Where,
            Page::Health(_) => Step::Health,
            Page::Result => Step::Result,
        }
    }

    /// The `data-page` hook.
    pub fn id(self) -> &'static str {
        match self {
            Page::Warning => "warning",
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
/// always).
pub fn pages(protocol: &Protocol, answers: &Answers) -> Vec<Page> {
    let asked: Vec<Page> = engine::applicable_questions(protocol, answers)
        .into_iter()
        .map(Page::of)
        .collect();
    let mut pages = vec![Page::Warning, Page::Places];
    pages.extend(
        [Page::AboutPain, Page::Conditions]
            .into_iter()
            .chain(Topic::ALL.map(Page::Health))
            .filter(|page| asked.contains(page)),
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
        // About two phone screens a page: at most five questions.
        for (topic, ids) in Topic::QUESTIONS {
            assert!(ids.len() <= 5, "{topic:?} has {} questions", ids.len());
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
                Page::Places,
                Page::AboutPain,
                Page::Conditions,
                Page::Health(Topic::CancerPregnancy),
                Page::Health(Topic::BonesBloodImmunity),
                Page::Health(Topic::NeedlesFainting),
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
    fn a_question_from_another_protocol_goes_on_the_last_health_page() {
        assert_eq!(Topic::of("clinic-own-question"), Topic::OperationsSkin);
    }
}
