//! The widget's own words (buttons, headings, messages): the [`Words`]
//! struct, its keys, and how a pack's language fills it. The English is in
//! `english`, the sentences made from the words (dates, region names,
//! messages) in `format`. The protocol carries the screening texts; this
//! carries the rest.
//! Plain words, reading grade 8 or lower.
mod english;
mod format;
#[cfg(feature = "rules-sheet")]
pub mod rules;
pub mod summary;
pub mod texts;

pub use english::{built_in, EN};
pub use format::{group_of, region_name};
pub use texts::Texts;

use crate::base::lang::Lang;
use crate::base::text::find;
use crate::journey::DatePart;
use texts::words_struct;

words_struct! {
    /// Every fixed string the widget shows, one field each, so a missing
    /// translation is a compile error and an empty one fails `every_string_is_written`.
    /// Other languages come as packs: [`Words::from_pack`].
    #[derive(Clone, Copy, Debug)]
    pub struct Words {
        pub lang: Lang,
        /// Written right to left (Persian).
        pub rtl: bool,
        /// The date's three fields in the order the language writes a date
        /// (from a pack: the order of `date_pattern`'s placeholders).
        pub date_order: [DatePart; 3],
    }
    texts {
        pub widget_name: &'static str,
        pub step_of: &'static str,
        pub step_titles: [&'static str; 4],
        /// Where a page stands among the pages of questions: "Question {n} of {total}".
        pub part_of: &'static str,
        /// The step and the part together: "{step} · {part}" (Persian puts a
        /// comma: its zero is a dot, which a middle dot beside a digit mimics).
        pub progress: &'static str,
        /// The titles of the pages after the places.
        pub about_title: &'static str,
        pub conditions_title: &'static str,
        /// Who the check is for: the question (its page's title), its two
        /// answers (`me`, `someone-else`), and the note on a one-question
        /// health page when answering for someone else.
        pub for_whom: &'static str,
        pub for_whom_answers: [&'static str; 2],
        pub for_person: &'static str,
        /// A health checklist's title: for the visitor, for the person cared for.
        pub check_titles: [&'static str; 2],
        /// A checklist's three answers; "Yes" shows the items as boxes
        /// under `check_which_ones`.
        pub check_yes: &'static str,
        pub check_which_ones: &'static str,
        pub check_none: &'static str,
        pub check_not_sure: &'static str,
        /// The items "I'm not sure about one of these" reveals, under this.
        pub check_which: &'static str,
        /// Under "Yes": one item yes, another not sure (shows `check_which`'s list).
        pub check_also_unsure: &'static str,
        /// Each item in `checklist::items` order, and the examples under the
        /// items in `checklist::HINTED`.
        pub check_items: [&'static str; 15],
        pub check_hints: [&'static str; 6],
        /// Under each step's title; the result step has none, and no key.
        pub step_intros: [&'static str; 4] keyed ..3,
        /// What IMS and dry needling are, in one plain sentence, on the first step.
        pub about_ims: &'static str,
        pub next: &'static str,
        pub see_result: &'static str,
        pub back: &'static str,
        pub restart: &'static str,
        /// The question "Start over" asks before it clears the answers, and its
        /// two answers.
        pub restart_question: &'static str,
        pub restart_yes: &'static str,
        pub restart_no: &'static str,
        /// The language menu's label.
        pub language: &'static str,
        /// What the loader says before the widget is here (written into it from
        /// the packs by `cargo xtask dist`): the launcher's dialog's close
        /// button, the box while the widget loads, and the start of the note
        /// with the clinic's contacts when it cannot load.
        pub close: &'static str,
        pub loading: &'static str,
        pub load_failed: &'static str,
        pub front: &'static str,
        pub back_view: &'static str,
        /// The name of the Front/Back switch of the map on touch screens.
        pub view_switch: &'static str,
        /// The accessible names of the switch's two buttons, distinct from the
        /// step's Back button (their visible text, `front` and `back_view`, is
        /// the start of each).
        pub front_name: &'static str,
        pub back_name: &'static str,
        /// The colon the widget puts between a label and its value ("Source: …").
        /// French sets a no-break space before it.
        pub colon: &'static str,
        pub your_left: &'static str,
        pub your_right: &'static str,
        pub map_hint: &'static str,
        /// The same for the back view, which a phone opens on.
        pub map_hint_back: &'static str,
        /// The map's keys, said where the pointer is not a finger.
        pub map_keys: &'static str,
        /// The switch from the body map to the list of places, and back.
        pub show_list: &'static str,
        pub show_map: &'static str,
        pub widespread: &'static str,
        pub chosen_title: &'static str,
        pub none_chosen: &'static str,
        pub remove: &'static str,
        pub groups: [&'static str; 4],
        pub required: &'static str,
        pub optional: &'static str,
        pub surgery_title: &'static str,
        pub surgery_where: &'static str,
        pub surgery_when: &'static str,
        pub surgery_pick: &'static str,
        /// The operation's "where" option away from the painful places.
        pub surgery_elsewhere: &'static str,
        pub surgery_add: &'static str,
        pub surgery_remove: &'static str,
        pub surgery_row: &'static str,
        /// A lone operation in a message ("the operation"), and one of several
        /// ("operation {n}", a no-break space keeping the number on its line),
        /// so each message names its row.
        pub surgery_the: &'static str,
        pub surgery_nth: &'static str,
        /// Between the two parts a message names ("the day and year").
        pub and: &'static str,
        /// The date fields' format in words, with an example; says the date is
        /// of the Gregorian calendar where another is common.
        pub date_hint: &'static str,
        /// The date typed, read back in words beside the fields (`{date}`).
        pub date_entered: &'static str,
        pub listed_title_lymphoedema: &'static str,
        pub listed_title_skin: &'static str,
        /// Left arm, right arm, left leg, right leg, for the lymphoedema list.
        pub limbs: [&'static str; 4],
        pub blockers_heading: &'static str,
        pub err_unanswered: &'static str,
        /// The same, naming the question: "{question}" is its prompt.
        pub err_unanswered_named: &'static str,
        pub err_no_regions: &'static str,
        /// Nothing ticked on a checklist; "not sure" with nothing picked.
        pub err_nothing_ticked: &'static str,
        pub err_unsure_of_nothing: &'static str,
        pub err_empty_list: &'static str,
        pub err_surgery_region: &'static str,
        pub err_surgery_date: &'static str,
        /// Some of the date's parts are missing (`{parts}`).
        pub err_date_parts_missing: &'static str,
        /// A day that does not exist (`{date}`: "February 31, 2026").
        pub err_no_such_day: &'static str,
        pub err_future_surgery: &'static str,
        /// A year before 1900 (`{year}`), such as a Solar Hijri year.
        pub err_year_too_early: &'static str,
        pub level_names: [&'static str; 7],
        pub from_date: &'static str,
        pub reasons_title: &'static str,
        /// Heads a reason that changes nothing, such as cancer in the past, so
        /// "Likely suitable" never shows on a result that is not.
        pub good_to_know: &'static str,
        pub source: &'static str,
        pub regions_title: &'static str,
        pub map_result_caption: &'static str,
        pub fit_title: &'static str,
        pub expect_title: &'static str,
        pub next_title: &'static str,
        pub book: &'static str,
        pub book_after: &'static str,
        pub call_clinic: &'static str,
        pub email_clinic: &'static str,
        pub call_emergency: &'static str,
        pub call_nurse: &'static str,
        /// Before the nurse line when urgent: the number to call when unsure where to go.
        pub nurse_line_unsure: &'static str,
        /// Before the nurse line when the visitor should see a doctor: for
        /// people with no family doctor.
        pub see_doctor_no_doctor: &'static str,
        /// The emergency number as the fallback of the urgent level.
        pub call_if_worse: &'static str,
        /// Beside a wait that also has a talk-first reason.
        pub talk_first_too: &'static str,
        /// What to say when calling before booking: `{list}` holds each
        /// reason's topic, `{topic}` marked by `unsure` when the visitor was
        /// not sure, and each operation as `operation_on` (`{place}`, `{date}`).
        pub tell_clinic: &'static str,
        pub unsure: &'static str,
        pub operation_on: &'static str,
        /// The clinic's review of its rules (`{by}`, `{date}`), on the result.
        pub reviewed: &'static str,
        pub urgent_care: &'static str,
        pub see_doctor_note: &'static str,
        pub other_physio: &'static str,
        pub new_tab: &'static str,
        pub print: &'static str,
        pub copy: &'static str,
        pub copied: &'static str,
        pub copy_failed: &'static str,
        pub privacy: &'static str,
        pub disclaimer: &'static str,
        pub config_errors_heading: &'static str,
        pub months: [&'static str; 12],
        /// A date in words: "{month} {day}, {year}" / "{day} {month} {year}".
        pub date_pattern: &'static str,
        /// How the first day of a month reads in a date: "1" / "1er".
        pub day_one: &'static str,
        /// The body's parts, in the order of `Part`, as a place on their own.
        pub parts: [&'static str; 20],
        /// The fields' labels, by part: day, month, year.
        pub date_labels: [&'static str; 3],
        /// The parts as a message names them, by part: day, month, year.
        pub date_parts_named: [&'static str; 3],
        /// A part that no date has, by part: day, month, year.
        pub err_date_part: [&'static str; 3],
        /// A part on one side: `{part}` is the part's name with ASCII capitals
        /// lowered ("Left {part}": "Left knee"), `{Part}` the name as written
        /// ("{Part}, côté gauche": "Genou, côté gauche").
        pub left_of: &'static str,
        pub right_of: &'static str,
        /// The ten digits as the language writes numbers: "0123456789",
        /// "۰۱۲۳۴۵۶۷۸۹".
        pub digits: &'static str,
    }
}

impl Words {
    /// The words of a pack's language: each text the pack has, the English
    /// for any it lacks (a checked pack lacks none). The date fields follow
    /// the order of the date in words.
    pub fn from_pack(lang: Lang, rtl: bool, text: &dyn Fn(&str) -> Option<String>) -> Words {
        let mut words = EN.replaced("words", text);
        words.lang = lang;
        words.rtl = rtl;
        let at = |placeholder: &str| find(words.date_pattern, placeholder).unwrap_or(usize::MAX);
        let mut order = [
            (at("{day}"), DatePart::Day),
            (at("{month}"), DatePart::Month),
            (at("{year}"), DatePart::Year),
        ];
        // Three items: placed by hand, not by the standard sort (large in the wasm).
        for i in 1..3 {
            let mut j = i;
            while j > 0 && order[j - 1].0 > order[j].0 {
                order.swap(j - 1, j);
                j -= 1;
            }
        }
        words.date_order = order.map(|(_, part)| part);
        words
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::base::date::Date;
    use crate::protocol::shipped_packs;

    /// A shipped pack's text by key, from `packs/<tag>.json`.
    fn shipped_text(tag: &str, key: &str) -> String {
        shipped_packs::text(Lang::own(tag), key)
    }

    /// The French words, from the shipped pack: French is a pack like any
    /// other language.
    pub(crate) fn french() -> Words {
        let texts = shipped_packs::texts(Lang::FR);
        Words::from_pack(Lang::FR, false, &|key| texts.get(key).cloned())
    }

    #[test]
    fn every_string_is_written_in_both_languages() {
        let en = EN.entries();
        let fr = french().entries();
        assert_eq!(en.len(), fr.len());
        for ((name, e), (_, f)) in en.iter().zip(&fr) {
            assert!(!e.trim().is_empty(), "English {name} is empty");
            assert!(!f.trim().is_empty(), "French {name} is empty");
        }
        // Words that are the same in both languages are fine ("Source"), and
        // so are the digits and the progress's pattern; a French table that
        // is mostly English is not.
        let same = en
            .iter()
            .zip(&fr)
            .filter(|((name, e), (_, f))| e == f && !matches!(name.as_str(), "digits" | "progress"))
            .count();
        assert!(same <= 2, "{same} strings are identical in English and French");
    }

    #[test]
    fn placeholders_match_between_languages() {
        for ((name, e), (_, f)) in EN.entries().iter().zip(&french().entries()) {
            for placeholder in ["{n}", "{name}", "{date}", "{number}", "{op}", "{parts}", "{year}"] {
                assert_eq!(
                    e.contains(placeholder),
                    f.contains(placeholder),
                    "{name}: {placeholder}"
                );
            }
        }
    }

    /// The widget lowercases these with ASCII rules only (no Unicode case
    /// tables in the wasm), which is exact while they are plain ASCII words.
    #[test]
    fn words_lowercased_in_the_widget_are_ascii() {
        let english_parts = EN.parts.iter().copied();
        let fr = french();
        for word in english_parts.chain([EN.optional, fr.optional, EN.required, fr.required]) {
            assert_eq!(word.to_ascii_lowercase(), word.to_lowercase(), "{word}");
        }
    }

    /// English writes a date month, day, year ("March 15, 2026"), French
    /// day, month, year; the fields follow, and the hint names them in that
    /// order and gives the same date in words as its example.
    #[test]
    fn date_fields_follow_the_language_order_and_the_hint_shows_it() {
        assert_eq!(EN.date_order, [DatePart::Month, DatePart::Day, DatePart::Year]);
        let fr = french();
        assert_eq!(fr.date_order, [DatePart::Day, DatePart::Month, DatePart::Year]);
        let example = Date::new(2026, 3, 15).expect("date");
        for w in [&EN, &fr] {
            assert!(w.date_hint.contains(&w.date(example)), "{}", w.date_hint);
            let labels: Vec<&str> = w.date_order.iter().map(|part| w.date_label(*part)).collect();
            let named: Vec<String> = labels.iter().map(|l| l.to_lowercase()).collect();
            let hint = w.date_hint.to_lowercase();
            let at: Vec<Option<usize>> = named.iter().map(|label| hint.find(label.as_str())).collect();
            assert!(
                at.windows(2).all(|pair| pair[0] < pair[1]) && at[0].is_some(),
                "the hint names {labels:?} in that order: {}",
                w.date_hint
            );
        }
    }

    /// The urgent level says where to go today (the note beside its buttons
    /// does not repeat it), never a walk-in visit; the nurse line is
    /// labelled by why one would call it.
    #[test]
    fn the_handoff_words_name_the_upcc_and_never_a_walk_in_visit() {
        let protocol = crate::protocol::default_protocol();
        let urgent_in = |lang: Lang| match lang {
            Lang::EN => protocol.text("level-urgent").map(|t| t.en.clone()).unwrap_or_default(),
            _ => shipped_text(lang.id(), "text.level-urgent"),
        };
        for w in [&EN, &french()] {
            let urgent = urgent_in(w.lang);
            assert!(urgent.contains("(UPCC)"), "{urgent}");
            assert!(
                !w.urgent_care.contains("UPCC"),
                "the note repeats the level's text: {}",
                w.urgent_care
            );
            for (key, text) in w.entries() {
                let text = text.to_lowercase();
                assert!(
                    !text.contains("walk-in") && !text.contains("sans rendez-vous"),
                    "{key}: {text}"
                );
            }
        }
        assert_eq!(EN.nurse_line_unsure, "Not sure where to go?");
        assert_eq!(EN.see_doctor_no_doctor, "No family doctor?");
    }

    /// "Dates typed by the visitor are of the Gregorian calendar, and every
    /// language's date hint says so where another calendar is in common use
    /// among its speakers" (Persian: the Solar Hijri calendar), and each
    /// hint gives its example as a date in words, the month by name.
    #[test]
    fn every_date_hint_gives_an_example_and_names_the_calendar_where_another_is_common() {
        let calendar = [
            ("zh-Hans", "公历"),
            ("zh-Hant", "西曆"),
            ("pa", "ਈਸਵੀ"),
            ("fa", "میلادی"),
        ];
        for (tag, gregorian) in calendar {
            let hint = shipped_text(tag, "words.date_hint");
            assert!(hint.contains(gregorian), "{tag}: {hint}");
            let march = shipped_text(tag, "words.months.2");
            assert!(hint.contains(&march), "{tag}: the example names the month: {hint}");
            let error = shipped_text(tag, "words.err_year_too_early");
            assert!(error.contains(gregorian), "{tag}: {error}");
        }
        // Persian says which calendar it is not, too.
        assert!(shipped_text("fa", "words.date_hint").contains("نه شمسی"));
    }

    /// The Persian fields run right to left: day, month, year. The hint's
    /// example reads the same way on screen: a day, the month's name, then
    /// the year, each number followed by a right-to-left mark, held on one
    /// line by no-break spaces, and no two numbers joined by a separator
    /// (which the bidirectional algorithm would lay out as one left-to-right
    /// run, year first).
    #[test]
    fn the_persian_date_example_reads_in_the_fields_order() {
        let hint = shipped_text("fa", "words.date_hint");
        let example = hint.rsplit(':').next().unwrap_or_default();
        let day = example.find("۱۵\u{200f}").expect("the day, marked");
        let month = example
            .find("\u{a0}مارس\u{a0}")
            .expect("the month by name, held on the line");
        let year = example.find("۲۰۲۶\u{200f}").expect("the year, marked");
        assert!(day < month && month < year, "{example}");
        let chars: Vec<char> = hint.chars().collect();
        let persian_digit = |c: char| ('۰'..='۹').contains(&c);
        for window in chars.windows(3) {
            assert!(
                !(persian_digit(window[0]) && !window[1].is_alphanumeric() && persian_digit(window[2])),
                "two numbers joined by {:?}: {hint}",
                window[1]
            );
        }
        let pattern = shipped_text("fa", "words.date_pattern");
        assert!(pattern.find("{day}") < pattern.find("{month}") && pattern.find("{month}") < pattern.find("{year}"));
    }

    /// No shipped pack sends an urgent visitor to a walk-in visit, and each
    /// urgent level names the urgent and primary care centre (UPCC) once,
    /// the note beside its buttons not repeating it.
    #[test]
    fn no_pack_mentions_a_walk_in_visit_in_the_handoff() {
        let walk_in = ["walk-in", "免预约", "免預約", "ਵਾਕ-ਇਨ", "بدون نوبت", "sans rendez-vous"];
        for tag in ["fr", "zh-Hans", "zh-Hant", "pa", "fa"] {
            for key in [
                "urgent_care",
                "call_nurse",
                "nurse_line_unsure",
                "see_doctor_no_doctor",
                "see_doctor_note",
                "call_if_worse",
            ] {
                let text = shipped_text(tag, &format!("words.{key}"));
                assert!(!walk_in.iter().any(|w| text.contains(w)), "{tag} {key}: {text}");
            }
            assert!(shipped_text(tag, "text.level-urgent").contains("UPCC"), "{tag}");
            assert!(
                !shipped_text(tag, "words.urgent_care").contains("UPCC"),
                "{tag}: the note repeats the level's text"
            );
        }
    }
}
