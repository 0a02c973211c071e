//! The warning signs over two pages, so that each fits on a phone: a long
//! emergency checklist shows the first half of its signs on the first page,
//! with a "None of these" of that page's own (kept by the journey, never
//! an answer the engine reads), and the rest on the second page with the
//! protocol's own "none". Any sign ticked on the first page ends the check
//! there, as it always did; the engine's input is unchanged.

use super::pages::Page;
use crate::protocol::{Category, Question, Select};

/// A checklist of more signs than this takes two pages.
const ONE_PAGE: usize = 5;

/// Whether `question` is shown over the two warning pages.
#[inline(never)]
pub fn is_split(question: &Question) -> bool {
    question.category == Category::EmergencyScreen
        && question.select == Select::Many
        && question.answers.len() > ONE_PAGE + 1
}

/// Whether sign `answer` of a split question is on the first page: the
/// first half of its answers (its "none" is the last).
#[inline(never)]
pub fn on_first_page(question: &Question, answer: &str) -> bool {
    let answers = &question.answers;
    answers
        .iter()
        .position(|a| a.id == answer)
        .is_some_and(|at| at < answers.len() / 2 && !answers[at].exclusive)
}

/// The page whose Next finds `question` unanswered: the second warning
/// page for a split one (the first page's own "None of these" is checked
/// by [`first_page_answered`]), else the page it is on.
pub fn answered_on(question: &Question) -> Page {
    if is_split(question) {
        Page::WarningMore
    } else {
        Page::of(question)
    }
}

/// Whether the first warning page of split `question` is answered: a sign
/// of that page among `chosen`, or its own "None of these" (`clear`).
pub fn first_page_answered(question: &Question, chosen: &[String], clear: bool) -> bool {
    clear || chosen.iter().any(|a| on_first_page(question, a))
}

/// Whether `question` is shown on `page` (on both warning pages when split).
pub fn shown_on(question: &Question, page: Page) -> bool {
    Page::of(question) == page || (page == Page::WarningMore && is_split(question))
}

/// Narrows `offered` and `chosen` (answer ids) to what `page` shows of
/// `question`: its half of the signs and a "None of these", ticked on the
/// first page when `first_page_clear`.
#[inline(never)]
pub fn shown_answers(
    question: &Question,
    page: Page,
    first_page_clear: bool,
    offered: &mut Vec<String>,
    chosen: &mut Vec<String>,
) {
    if !is_split(question) {
        return;
    }
    let first = page == Page::Warning;
    let exclusive = |id: &str| question.answer(id).is_some_and(|a| a.exclusive);
    offered.retain(|id| exclusive(id) || on_first_page(question, id) == first);
    if first {
        chosen.retain(|id| !exclusive(id));
        if first_page_clear {
            chosen.extend(offered.iter().filter(|id| exclusive(id)).cloned());
        }
    }
    chosen.retain(|id| offered.contains(id));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::default_protocol;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_default_signs_take_two_pages_of_four() {
        let protocol = default_protocol();
        let screen = protocol.question("red-flags-general").expect("screen");
        assert!(is_split(screen));
        let first: Vec<&str> = screen
            .answers
            .iter()
            .map(|a| a.id.as_str())
            .filter(|id| on_first_page(screen, id))
            .collect();
        assert_eq!(
            first,
            ["chest-pain", "stiff-neck-fever", "stroke-signs", "thunderclap-headache"]
        );
        let offered: Vec<String> = screen.answers.iter().map(|a| a.id.clone()).collect();
        let shown = |page: Page, clear: bool, chosen: &[&str]| {
            let (mut offered, mut chosen) = (offered.clone(), ids(chosen));
            shown_answers(screen, page, clear, &mut offered, &mut chosen);
            (offered, chosen)
        };
        assert_eq!(
            shown(Page::WarningMore, false, &[]).0,
            ids(&[
                "bladder-bowel",
                "major-trauma",
                "fever-spine",
                "progressive-weakness",
                "none"
            ])
        );
        // The first page's "None of these" is the journey's, never the engine's "none".
        assert_eq!(shown(Page::Warning, true, &[]).1, ids(&["none"]));
        assert!(shown(Page::Warning, false, &["none"]).1.is_empty());
        assert_eq!(shown(Page::WarningMore, false, &["none"]).1, ids(&["none"]));
        assert_eq!(
            shown(Page::Warning, false, &["chest-pain", "fever-spine"]).1,
            ids(&["chest-pain"])
        );
    }

    /// The first page is answered by one of its signs or its own "None of
    /// these"; the question as a whole is unanswered on the second page.
    #[test]
    fn each_page_is_answered_on_its_own() {
        let protocol = default_protocol();
        let screen = protocol.question("red-flags-general").expect("screen");
        assert!(!first_page_answered(screen, &[], false));
        assert!(first_page_answered(screen, &[], true));
        assert!(first_page_answered(screen, &ids(&["stroke-signs"]), false));
        assert!(!first_page_answered(screen, &ids(&["fever-spine"]), false));
        assert!(!first_page_answered(screen, &ids(&["none"]), false));
        assert_eq!(answered_on(screen), Page::WarningMore);
        let duration = protocol.question("duration").expect("duration");
        assert_eq!(answered_on(duration), Page::AboutPain);
    }

    #[test]
    fn other_questions_show_whole_on_their_page() {
        let protocol = default_protocol();
        let duration = protocol.question("duration").expect("duration");
        assert!(!is_split(duration));
        assert!(!shown_on(duration, Page::WarningMore));
        let (mut offered, mut chosen) = (ids(&["under-6-weeks", "over-3-months"]), ids(&["over-3-months"]));
        shown_answers(duration, Page::AboutPain, true, &mut offered, &mut chosen);
        assert_eq!(offered, ids(&["under-6-weeks", "over-3-months"]));
        assert_eq!(chosen, ids(&["over-3-months"]));
    }
}
