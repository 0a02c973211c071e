//! The health questions as short "Do any of these apply?" checklists, and
//! who the check is for: journey ways of filling the same [`Answers`] the
//! engine reads (question id → answer id), never a rule of their own.
//!
//! A checklist page asks "Do any of these apply?" with one answer: "Yes"
//! (then which ones, ticked), "No, none of these" or "I'm not sure about
//! one of these" (then which ones). A checklist item is a protocol
//! question answered `no`, `not-sure` or one of its other ("yes") answers.
//! Ticked under "Yes" → its one "yes" answer, or, when it has several
//! ("now" or "in the past"), the one the visitor picks under it; not
//! ticked → `no`; "No" → every item `no`; picked under "I'm not sure" →
//! `not-sure`, the others `no`.
use crate::base::lang::Lang;
use crate::config::{ClinicConfig, TextTarget};
use crate::engine::{applicable_answers, Answers};
use crate::journey::pages::Topic;
use crate::protocol::{Answer, Category, Protocol, Question, Select};

/// The journey's own question: who the check is for. Not a protocol row.
pub const FOR_WHOM: &str = "for-whom";
pub const ME: &str = "me";
pub const SOMEONE_ELSE: &str = "someone-else";
/// Asked only of someone answering for another person.
pub const UNDERSTANDING: &str = "understanding";

/// The answers as the engine takes them: `for-whom` left out, and with
/// `me`, `understanding` answered `yes` (a visitor answering for themselves
/// understands what they agree to). Without `for-whom`, as given.
pub fn engine_answers(answers: &Answers) -> Answers {
    let mut out = answers.clone();
    if out.choices.remove(FOR_WHOM).as_deref() == Some(&[ME.to_string()][..]) {
        out.choose(UNDERSTANDING, "yes");
    }
    out
}

/// Whether the visitor answers for someone else (the questions then speak
/// of "the person", and `understanding` is asked).
pub fn for_someone_else(answers: &Answers) -> bool {
    answers.chosen(FOR_WHOM).iter().any(|a| a == SOMEONE_ELSE)
}

/// What the visitor answered and ticked on one checklist.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ticks {
    /// "Yes": the items ticked count.
    pub some: bool,
    /// The items (question ids) ticked under "Yes", in the order ticked;
    /// kept while another answer is chosen, so going back to "Yes" finds them.
    pub ticked: Vec<String>,
    /// "No, none of these".
    pub none: bool,
    /// "I'm not sure about one of these".
    pub not_sure: bool,
    /// The items picked under "Which one are you not sure about?".
    pub unsure: Vec<String>,
}

/// One answer chosen, or one box ticked or unticked, on a checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tick {
    /// "Yes": shows the items as boxes.
    Some,
    /// An item's box under "Yes" (ticking one chooses "Yes").
    Item(String),
    /// "No, none of these": clears every other tick.
    None,
    /// "I'm not sure about one of these": shows the items to pick from.
    NotSure,
    /// Under "Yes": "I'm not sure about another one" (one item yes, another
    /// not sure), shows the items to pick from there too.
    AlsoUnsure,
    /// An item under "Which one are you not sure about?".
    Unsure(String),
}

fn flip(list: &mut Vec<String>, item: &str) {
    match list.iter().position(|i| i == item) {
        Some(at) => {
            list.remove(at);
        }
        None => list.push(item.to_string()),
    }
}

impl Ticks {
    pub fn apply(&mut self, tick: Tick) {
        // The three answers are radios: choosing one unchooses the others.
        // Under "Yes", "not sure about another one" is a box of its own.
        let also_unsure = self.some && self.not_sure;
        let (some, none, not_sure) = match &tick {
            Tick::Some | Tick::Item(_) => (true, false, also_unsure),
            Tick::None => (false, true, false),
            Tick::NotSure => (false, false, true),
            Tick::AlsoUnsure => (true, false, !also_unsure),
            Tick::Unsure(_) => (self.some, false, true),
        };
        match tick {
            Tick::None => *self = Ticks::default(),
            Tick::Item(item) => flip(&mut self.ticked, &item),
            Tick::Unsure(item) => flip(&mut self.unsure, &item),
            Tick::Some | Tick::NotSure | Tick::AlsoUnsure => {}
        }
        (self.some, self.none, self.not_sure) = (some, none, not_sure);
    }

    /// No answer chosen, or "Yes" with nothing ticked (nor an item it is
    /// not sure of): the page asks for one.
    pub fn is_empty(&self) -> bool {
        if self.some {
            self.ticked.is_empty() && (!self.not_sure || self.unsure.is_empty())
        } else {
            !self.none && !self.not_sure
        }
    }

    /// "I'm not sure" chosen with no item picked under it.
    pub fn unsure_of_nothing(&self) -> bool {
        self.not_sure && self.unsure.is_empty()
    }

    pub fn is_ticked(&self, item: &str) -> bool {
        self.some && self.ticked.iter().any(|i| i == item)
    }

    pub fn is_unsure(&self, item: &str) -> bool {
        self.not_sure && self.unsure.iter().any(|i| i == item)
    }

    /// Writes these ticks into `answers` for `items` (see the module's docs).
    /// A ticked item with several "yes" answers keeps the one picked, or
    /// stays unanswered until one is.
    pub fn fill(&self, items: &[&Question], answers: &mut Answers) {
        let any = (self.some && !self.ticked.is_empty()) || (self.not_sure && !self.unsure.is_empty());
        for question in items {
            let id = question.id.as_str();
            let yes = yes_answers(question, answers);
            let answer = if self.none {
                Some("no")
            } else if self.is_ticked(id) {
                let kept = answers.chosen(id).first().filter(|a| yes.contains(&a.as_str()));
                match (kept, yes.as_slice()) {
                    (Some(_), _) => continue,
                    (None, [only]) => Some(*only),
                    (None, _) => None,
                }
            } else if self.is_unsure(id) {
                Some("not-sure")
            } else if any {
                Some("no")
            } else {
                None
            };
            match answer {
                Some(answer) => answers.choose(id, answer),
                None => {
                    answers.choices.remove(id);
                }
            }
        }
    }
}

/// The answers of `question` that a tick means: all but `no` and `not-sure`.
pub fn yes_answers<'p>(question: &'p Question, answers: &Answers) -> Vec<&'p str> {
    applicable_answers(question, answers)
        .into_iter()
        .map(|a| a.id.as_str())
        .filter(|id| !matches!(*id, "no" | "not-sure"))
        .collect()
}

/// A sign that fits IMS as a box of the page about the pain: a `fit`
/// question's one answer with a note (its words on the result too).
/// Ticked is that answer; unticked leaves the question unanswered, as it
/// may be: a sign that fits never changes the level.
pub fn fit_sign(question: &Question) -> Option<&Answer> {
    let mut noted = question.answers.iter().filter(|a| a.note.is_some());
    match (question.category, question.select, noted.next(), noted.next()) {
        (Category::Fit, Select::One, Some(sign), None) => Some(sign),
        _ => None,
    }
}

/// Whether a question can be a checklist item: one answer, with `no`,
/// `not-sure` and at least one other.
pub fn fits_a_checklist(question: &Question) -> bool {
    let has = |id: &str| question.answers.iter().any(|a| a.id == id);
    question.select == Select::One && has("no") && has("not-sure") && question.answers.len() > 2
}

/// Every checklist's items in the order shown, checklist by checklist:
/// the items' words (a list in this order) follow it, and so does the rules sheet.
pub fn items() -> impl Iterator<Item = &'static str> {
    Topic::ALL
        .into_iter()
        .filter(|t| t.is_checklist())
        .flat_map(|t| t.questions().iter().copied())
}

/// The items shown with examples under them, in the order of their words.
pub const HINTED: [&str; 6] = [
    "autoimmune",
    "osteoporosis",
    "immune",
    "bleeding",
    "lymphoedema",
    "implant",
];

/// Where `question` is in [`HINTED`], if it has examples.
pub fn hint_index(question: &str) -> Option<usize> {
    HINTED.iter().position(|i| *i == question)
}

/// The words a checklist item shows where its clinic reworded its question:
/// the clinic's own (the question's prompt in `lang`), in place of the
/// checklist's short label; `None` where it did not.
pub fn reworded_label<'q>(clinic: &ClinicConfig, item: &'q Question, lang: Lang) -> Option<&'q str> {
    clinic
        .text_overrides
        .iter()
        .any(|(target, _)| matches!(target, TextTarget::Prompt { question } if *question == item.id))
        .then(|| item.prompt.get(lang))
}

/// Where `question` is among [`items`], if it is an item.
pub fn item_index(question: &str) -> Option<usize> {
    items().position(|i| i == question)
}

/// The questions of `protocol` among `ids` that fit a checklist, in `ids`' order.
pub fn items_of<'p>(protocol: &'p Protocol, asked: &[&'p Question], ids: &[&str]) -> Vec<&'p Question> {
    ids.iter()
        .filter_map(|id| protocol.question(id))
        .filter(|q| fits_a_checklist(q) && asked.iter().any(|a| a.id == q.id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::default_protocol;

    /// The four signs that fit are boxes whose tick is `yes`; no other
    /// question of the default protocol is one.
    #[test]
    fn the_signs_that_fit_are_boxes_of_their_yes() {
        let protocol = default_protocol();
        let signs: Vec<(&str, &str)> = protocol
            .questions
            .iter()
            .filter_map(|q| fit_sign(q).map(|a| (q.id.as_str(), a.id.as_str())))
            .collect();
        assert_eq!(
            signs,
            [
                ("fit-keeps-coming-back", "yes"),
                ("fit-tight-muscles", "yes"),
                ("fit-scans-unclear", "yes"),
                ("fit-painkillers-short", "yes"),
            ]
        );
    }

    fn questions<'p>(protocol: &'p Protocol, ids: &[&str]) -> Vec<&'p Question> {
        ids.iter().filter_map(|id| protocol.question(id)).collect()
    }

    fn filled(ticks: &Ticks, ids: &[&str]) -> Answers {
        let p = default_protocol();
        let mut answers = Answers::default();
        ticks.fill(&questions(&p, ids), &mut answers);
        answers
    }

    fn answer(answers: &Answers, id: &str) -> Option<String> {
        answers.chosen(id).first().cloned()
    }

    #[test]
    fn every_item_of_the_default_protocol_fits_a_checklist() {
        let p = default_protocol();
        assert_eq!(items().count(), 15, "the words list 15 items");
        for id in items() {
            let q = p.question(id).unwrap_or_else(|| panic!("{id} in the protocol"));
            assert!(fits_a_checklist(q), "{id}");
        }
        let fear = p.question("needle-fear").expect("needle-fear");
        assert!(
            !fits_a_checklist(fear),
            "needle fear has no not-sure: a page of its own"
        );
    }

    #[test]
    fn none_of_these_answers_every_item_no() {
        let mut ticks = Ticks::default();
        ticks.apply(Tick::Item("bleeding".into()));
        ticks.apply(Tick::None);
        assert!(ticks.ticked.is_empty(), "None stands alone");
        let answers = filled(&ticks, &["pregnant", "bleeding", "active-cancer"]);
        for id in ["pregnant", "bleeding", "active-cancer"] {
            assert_eq!(answer(&answers, id).as_deref(), Some("no"), "{id}");
        }
    }

    #[test]
    fn a_ticked_item_is_its_one_yes_and_the_rest_are_no() {
        let mut ticks = Ticks::default();
        ticks.apply(Tick::Item("bleeding".into()));
        let answers = filled(&ticks, &["pregnant", "bleeding", "surgery"]);
        assert_eq!(answer(&answers, "bleeding").as_deref(), Some("yes"));
        assert_eq!(answer(&answers, "pregnant").as_deref(), Some("no"));
        assert_eq!(answer(&answers, "surgery").as_deref(), Some("no"));
    }

    #[test]
    fn an_item_with_several_yes_answers_waits_for_the_one_picked() {
        let p = default_protocol();
        let list = questions(&p, &["active-cancer", "diabetes"]);
        let mut ticks = Ticks::default();
        ticks.apply(Tick::Item("active-cancer".into()));
        let mut answers = Answers::default();
        ticks.fill(&list, &mut answers);
        assert_eq!(answer(&answers, "active-cancer"), None, "now or in the past?");
        assert_eq!(answer(&answers, "diabetes").as_deref(), Some("no"));
        answers.choose("active-cancer", "survivor");
        ticks.apply(Tick::Item("diabetes".into()));
        ticks.fill(&list, &mut answers);
        assert_eq!(answer(&answers, "active-cancer").as_deref(), Some("survivor"), "kept");
        assert_eq!(answer(&answers, "diabetes"), None, "slow healing or not?");
        // Unticked, the item is no again, whatever was picked under it.
        ticks.apply(Tick::Item("active-cancer".into()));
        ticks.fill(&list, &mut answers);
        assert_eq!(answer(&answers, "active-cancer").as_deref(), Some("no"));
    }

    #[test]
    fn under_yes_one_item_ticked_and_another_not_sure() {
        let mut ticks = Ticks::default();
        ticks.apply(Tick::Item("bleeding".into()));
        ticks.apply(Tick::AlsoUnsure);
        assert!(ticks.some && ticks.not_sure, "Yes stays chosen");
        assert!(ticks.unsure_of_nothing());
        ticks.apply(Tick::Unsure("osteoporosis".into()));
        assert!(ticks.some, "picking the unsure item keeps Yes");
        let answers = filled(&ticks, &["osteoporosis", "bleeding", "epilepsy"]);
        assert_eq!(answer(&answers, "bleeding").as_deref(), Some("yes"));
        assert_eq!(answer(&answers, "osteoporosis").as_deref(), Some("not-sure"));
        assert_eq!(answer(&answers, "epilepsy").as_deref(), Some("no"));
        // Ticking another item keeps the unsure one.
        ticks.apply(Tick::Item("epilepsy".into()));
        assert!(ticks.is_unsure("osteoporosis"));
        // The box again: only the ticked items count.
        ticks.apply(Tick::AlsoUnsure);
        let answers = filled(&ticks, &["osteoporosis", "bleeding", "epilepsy"]);
        assert_eq!(answer(&answers, "osteoporosis").as_deref(), Some("no"));
        // The "not sure" radio after it: the ticks stop counting.
        ticks.apply(Tick::NotSure);
        assert!(!ticks.some && ticks.not_sure);
        assert!(!ticks.is_ticked("bleeding"));
    }

    #[test]
    fn not_sure_items_are_not_sure_and_the_others_no() {
        let mut ticks = Ticks::default();
        ticks.apply(Tick::None);
        ticks.apply(Tick::NotSure);
        assert!(!ticks.none, "not sure is another answer than No");
        assert!(ticks.unsure_of_nothing());
        ticks.apply(Tick::Unsure("osteoporosis".into()));
        let answers = filled(&ticks, &["osteoporosis", "bleeding", "epilepsy"]);
        assert_eq!(answer(&answers, "osteoporosis").as_deref(), Some("not-sure"));
        assert_eq!(answer(&answers, "bleeding").as_deref(), Some("no"));
        assert_eq!(answer(&answers, "epilepsy").as_deref(), Some("no"));
        // Choosing "No" forgets what was picked under "not sure".
        ticks.apply(Tick::None);
        let answers = filled(&ticks, &["osteoporosis", "bleeding"]);
        assert_eq!(answer(&answers, "osteoporosis").as_deref(), Some("no"));
    }

    #[test]
    fn yes_asks_for_a_tick_and_finds_its_ticks_again_after_another_answer() {
        let mut ticks = Ticks::default();
        ticks.apply(Tick::Some);
        assert!(ticks.is_empty(), "Yes with nothing ticked still asks");
        ticks.apply(Tick::Item("bleeding".into()));
        assert!(!ticks.is_empty());
        let answers = filled(&ticks, &["osteoporosis", "bleeding"]);
        assert_eq!(answer(&answers, "bleeding").as_deref(), Some("yes"));
        ticks.apply(Tick::NotSure);
        ticks.apply(Tick::Unsure("osteoporosis".into()));
        assert!(!ticks.is_ticked("bleeding"), "hidden under Yes, it does not count");
        let answers = filled(&ticks, &["osteoporosis", "bleeding"]);
        assert_eq!(answer(&answers, "bleeding").as_deref(), Some("no"));
        assert_eq!(answer(&answers, "osteoporosis").as_deref(), Some("not-sure"));
        ticks.apply(Tick::Some);
        let answers = filled(&ticks, &["osteoporosis", "bleeding"]);
        assert_eq!(answer(&answers, "bleeding").as_deref(), Some("yes"));
        assert_eq!(answer(&answers, "osteoporosis").as_deref(), Some("no"));
    }

    #[test]
    fn nothing_ticked_leaves_every_item_unanswered() {
        let ticks = Ticks::default();
        assert!(ticks.is_empty());
        let answers = filled(&ticks, &["pregnant", "bleeding"]);
        assert!(answers.choices.is_empty());
    }

    #[test]
    fn for_me_understanding_counts_as_yes_and_for_whom_never_reaches_the_engine() {
        let mut answers = Answers::default();
        answers.choose(FOR_WHOM, ME);
        let engine = engine_answers(&answers);
        assert_eq!(answer(&engine, UNDERSTANDING).as_deref(), Some("yes"));
        assert_eq!(answer(&engine, FOR_WHOM), None);
        assert!(!for_someone_else(&answers));

        answers.choose(FOR_WHOM, SOMEONE_ELSE);
        let engine = engine_answers(&answers);
        assert_eq!(answer(&engine, UNDERSTANDING), None, "asked of the carer");
        assert_eq!(answer(&engine, FOR_WHOM), None);
        assert!(for_someone_else(&answers));

        let unsaid = engine_answers(&Answers::default());
        assert_eq!(unsaid, Answers::default(), "left out: understanding asked as before");
    }
}
