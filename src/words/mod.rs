//! The widget's own words (buttons, headings, messages) in English; every
//! other language comes as a pack. The protocol carries the screening texts;
//! this carries the rest.
//! Plain words, reading grade 8 or lower.
#[cfg(feature = "rules-sheet")]
pub mod rules;
pub mod summary;

use crate::base::date::Date;
use crate::base::lang::Lang;
use crate::base::regions::{Limb, Part, Region, Side};
use crate::base::text::{find, replace_all};
use crate::journey::{Blocker, DatePart, DateParts, Page, Step};
use crate::protocol::{FollowUp, Level, Protocol};

/// Every fixed string the widget shows, one field each, so a missing
/// translation is a compile error and an empty one fails `every_string_is_written`.
/// Other languages come as packs: [`Words::from_pack`].
#[derive(Clone, Copy, Debug)]
pub struct Words {
    pub lang: Lang,
    /// Written right to left (Persian).
    pub rtl: bool,
    pub widget_name: &'static str,
    pub step_of: &'static str,
    pub step_titles: [&'static str; 4],
    /// Where a page stands in its step: "Part {n} of {total}".
    pub part_of: &'static str,
    /// The step and the part together: "{step} · {part}" (Persian puts a
    /// comma: its zero is a dot, which a middle dot beside a digit mimics).
    pub progress: &'static str,
    /// The titles of the pages after the places.
    pub about_title: &'static str,
    pub conditions_title: &'static str,
    /// The health pages' titles, in `Topic::ALL` order.
    pub topic_titles: [&'static str; 4],
    pub step_intros: [&'static str; 4],
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
    /// The date's three fields in the order the language writes a date.
    pub date_order: [DatePart; 3],
    /// The fields' labels, by part: day, month, year.
    pub date_labels: [&'static str; 3],
    /// The parts as a message names them, by part: day, month, year.
    pub date_parts_named: [&'static str; 3],
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
    pub err_empty_list: &'static str,
    pub err_surgery_region: &'static str,
    pub err_surgery_date: &'static str,
    /// Some of the date's parts are missing (`{parts}`).
    pub err_date_parts_missing: &'static str,
    /// A part that no date has, by part: day, month, year.
    pub err_date_part: [&'static str; 3],
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
    /// A part on one side: `{part}` is the part's name with ASCII capitals
    /// lowered ("Left {part}": "Left knee"), `{Part}` the name as written
    /// ("{Part}, côté gauche": "Genou, côté gauche").
    pub left_of: &'static str,
    pub right_of: &'static str,
    /// The ten digits as the language writes numbers: "0123456789",
    /// "۰۱۲۳۴۵۶۷۸۹".
    pub digits: &'static str,
}

pub const EN: Words = Words {
    lang: Lang::EN,
    rtl: false,
    widget_name: "Is IMS right for me?",
    step_of: "Step {n} of 4",
    step_titles: ["Warning signs", "Where does it hurt?", "Your health", "Your result"],
    part_of: "Part {n} of {total}",
    progress: "{step} · {part}",
    about_title: "About your pain",
    conditions_title: "Has a health professional told you that you have any of these?",
    topic_titles: [
        "Cancer, pregnancy and illness",
        "Bones, blood and immunity",
        "Needles and fainting",
        "Operations, skin and swelling",
    ],
    step_intros: [
        "First, let's make sure you don't need emergency care right away.",
        "Tap each place that hurts, on the body or in the list.",
        "A few questions about your health. They help us keep needling safe for you.",
        "",
    ],
    about_ims: "IMS and dry needling use a very thin needle to help tight muscles relax.",
    next: "Next",
    see_result: "See my result",
    back: "Back",
    restart: "Start over",
    restart_question: "Start over? Your answers will be cleared.",
    restart_yes: "Yes, start over",
    restart_no: "No, keep my answers",
    language: "Language",
    close: "Close",
    loading: "Loading the check…",
    load_failed: "The checker could not load. Please contact the clinic:",
    front: "Front",
    back_view: "Back",
    view_switch: "Side of the body shown",
    front_name: "Front of the body",
    back_name: "Back of the body",
    colon: ":",
    your_left: "your left",
    your_right: "your right",
    map_hint: "The front view faces you, so your left side is on the right of the picture.",
    map_keys: "With a keyboard, move with the arrow keys and pick with Space.",
    show_list: "Pick from a list instead",
    show_map: "Pick on the body map instead",
    widespread: "Pain in many places",
    chosen_title: "Places you picked",
    none_chosen: "None yet.",
    remove: "Remove {name}",
    groups: ["Head and neck", "Back and chest", "Arms and hands", "Hips and legs"],
    required: "Required",
    optional: "Optional",
    surgery_title: "Your operations",
    surgery_where: "Where was it?",
    surgery_when: "When was it?",
    surgery_pick: "Choose a place",
    surgery_elsewhere: "Somewhere else, away from the pain",
    surgery_add: "Add another operation",
    surgery_remove: "Remove this operation",
    surgery_row: "Operation {n}",
    surgery_the: "the operation",
    surgery_nth: "operation\u{a0}{n}",
    date_order: [DatePart::Month, DatePart::Day, DatePart::Year],
    date_labels: ["Day", "Month", "Year"],
    date_parts_named: ["day", "month", "year"],
    and: " and ",
    date_hint: "Pick the month, then type the day and the year in numbers. For example: March 15, 2026.",
    date_entered: "Date entered: {date}",
    listed_title_lymphoedema: "Where is the swelling (lymphoedema)? Pick a whole arm or leg, or a place.",
    listed_title_skin: "Which places have a skin infection?",
    limbs: [
        "Your left arm (shoulder to hand)",
        "Your right arm (shoulder to hand)",
        "Your left leg (hip to foot)",
        "Your right leg (hip to foot)",
    ],
    blockers_heading: "Please check these answers",
    err_unanswered: "Please choose an answer.",
    err_unanswered_named: "Please answer: {question}",
    err_no_regions: "Please pick at least one place, or \"Pain in many places\".",
    err_empty_list: "Please pick at least one place.",
    err_surgery_region: "Please choose where {op} was.",
    err_surgery_date: "Please enter the date of {op}.",
    err_date_parts_missing: "Please enter the {parts} of {op}.",
    err_date_part: [
        "The day of {op} must be a number from 1 to 31.",
        "Please pick the month of {op} from the list.",
        "The year of {op} must have 4 digits, for example 2026.",
    ],
    err_no_such_day: "{date} is not a real date. Please check the day of {op}.",
    err_future_surgery: "The date of {op} is in the future. Please enter the date of an operation you have had.",
    err_year_too_early:
        "The year {year} is before 1900. Please check the year of {op}. Use the Gregorian calendar, as in 2026.",
    level_names: [
        "Emergency",
        "Get medical care today",
        "See your doctor first",
        "Not suitable now",
        "Wait",
        "Talk to the clinic first",
        "Likely suitable",
    ],
    from_date: "from {date}",
    reasons_title: "Why",
    good_to_know: "Good to know",
    source: "Source",
    regions_title: "Each place you picked",
    map_result_caption: "Your result for each place",
    fit_title: "Signs that fit IMS",
    expect_title: "What to expect",
    next_title: "What to do next",
    book: "Book an assessment",
    book_after: "Book from {date}",
    call_clinic: "Call the clinic",
    email_clinic: "Email the clinic",
    call_emergency: "Call {number}",
    call_nurse: "Call the nurse line ({number})",
    nurse_line_unsure: "Not sure where to go?",
    see_doctor_no_doctor: "No family doctor?",
    call_if_worse: "If it gets worse, call {number}",
    talk_first_too: "Talk to the clinic before you book.",
    urgent_care: "You can show this result to the staff there.",
    see_doctor_note:
        "You can print this result for your doctor or nurse practitioner. You can still call us with questions.",
    other_physio: "Call us to talk about other physiotherapy that may help.",
    new_tab: "(opens in a new tab)",
    print: "Print",
    copy: "Copy summary",
    copied: "Summary copied.",
    copy_failed: "Could not copy. Please use Print instead.",
    privacy: "Private: nothing you entered has left this device. Closing the page forgets it.",
    disclaimer: "This check is only a first step. It does not replace a visit with a physiotherapist or a doctor.",
    config_errors_heading: "This checker has a setup problem. Please contact the clinic.",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    date_pattern: "{month} {day}, {year}",
    day_one: "1",
    parts: [
        "Head",
        "Jaw",
        "Neck",
        "Shoulder",
        "Upper back",
        "Chest",
        "Upper arm",
        "Elbow",
        "Forearm",
        "Wrist and hand",
        "Middle back",
        "Low back",
        "Hip",
        "Buttock",
        "Thigh",
        "Knee",
        "Shin",
        "Calf",
        "Ankle",
        "Foot",
    ],
    left_of: "Left {part}",
    right_of: "Right {part}",
    digits: "0123456789",
};

/// The built-in words: English. A pack's words are the checker's own
/// ([`crate::pack::languages::Languages`]), never these.
pub fn built_in() -> &'static Words {
    static ENGLISH: Words = EN;
    &ENGLISH
}

/// Fixed strings named by key, which a language pack translates: the
/// widget's words and the rules sheet's.
pub trait Texts: Copy {
    /// Calls `each` with every string's key (its field's name, `name.<n>` in
    /// a list) and the string. The implementations destructure every field,
    /// so a new one fails to compile until it is listed (and so checked and
    /// translated).
    fn each_text(&mut self, each: &mut dyn FnMut(&str, &mut &'static str));

    /// Every string by key, in [`Texts::each_text`]'s order.
    fn entries(&self) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        let mut copy = *self;
        copy.each_text(&mut |key, text| out.push((key.to_string(), *text)));
        out
    }

    /// These strings with each one `text` gives for `<prefix>.<key>` in its
    /// place, kept for the page's life (as the checker that loads them is:
    /// it loads each language once).
    fn replaced(mut self, prefix: &str, text: &dyn Fn(&str) -> Option<String>) -> Self {
        self.each_text(&mut |key, slot| {
            if let Some(text) = text(&format!("{prefix}.{key}")) {
                *slot = Box::leak(text.into_boxed_str());
            }
        });
        self
    }
}

/// Calls `each` with every named string: the keys from one static table,
/// the slots from the fields of the same names, in the same order.
macro_rules! each_named {
    ($each:ident; $($field:ident),* $(,)?) => {{
        const KEYS: &[&str] = &[$(stringify!($field)),*];
        let slots: [&mut &'static str; KEYS.len()] = [$($field),*];
        for (key, slot) in KEYS.iter().zip(slots) {
            $each(key, slot);
        }
    }};
}

/// Calls `each` with every string of named lists, keyed `name.<n>`.
pub fn each_in_lists<const N: usize>(
    lists: [(&str, &mut [&'static str]); N],
    each: &mut dyn FnMut(&str, &mut &'static str),
) {
    for (name, list) in lists {
        for (n, text) in list.iter_mut().enumerate() {
            each(&format!("{name}.{n}"), text);
        }
    }
}

impl Texts for Words {
    fn each_text(&mut self, each: &mut dyn FnMut(&str, &mut &'static str)) {
        let Words {
            lang: _,
            rtl: _,
            date_order: _,
            widget_name,
            step_of,
            part_of,
            progress,
            about_title,
            conditions_title,
            topic_titles,
            about_ims,
            next,
            see_result,
            back,
            restart,
            restart_question,
            restart_yes,
            restart_no,
            language,
            close,
            loading,
            load_failed,
            front,
            back_view,
            view_switch,
            front_name,
            back_name,
            colon,
            your_left,
            your_right,
            map_hint,
            map_keys,
            show_list,
            show_map,
            widespread,
            chosen_title,
            none_chosen,
            remove,
            required,
            optional,
            surgery_title,
            surgery_where,
            surgery_when,
            surgery_pick,
            surgery_elsewhere,
            surgery_add,
            surgery_remove,
            surgery_row,
            surgery_the,
            surgery_nth,
            date_labels,
            date_parts_named,
            and,
            date_hint,
            date_entered,
            listed_title_lymphoedema,
            listed_title_skin,
            blockers_heading,
            err_unanswered,
            err_unanswered_named,
            err_no_regions,
            err_empty_list,
            err_surgery_region,
            err_surgery_date,
            err_date_parts_missing,
            err_date_part,
            err_no_such_day,
            err_future_surgery,
            err_year_too_early,
            from_date,
            reasons_title,
            good_to_know,
            source,
            regions_title,
            map_result_caption,
            fit_title,
            expect_title,
            next_title,
            book,
            book_after,
            call_clinic,
            email_clinic,
            call_emergency,
            call_nurse,
            nurse_line_unsure,
            see_doctor_no_doctor,
            call_if_worse,
            talk_first_too,
            urgent_care,
            see_doctor_note,
            other_physio,
            new_tab,
            print,
            copy,
            copied,
            copy_failed,
            privacy,
            disclaimer,
            config_errors_heading,
            step_titles,
            step_intros,
            groups,
            limbs,
            level_names,
            months,
            date_pattern,
            day_one,
            parts,
            left_of,
            right_of,
            digits,
        } = self;
        // One table of the keys and one of the slots: a list of (key, slot)
        // pairs built at each call was about 1.5 KB more code.
        each_named!(each;
            widget_name,
            step_of,
            part_of,
            progress,
            about_title,
            conditions_title,
            about_ims,
            next,
            see_result,
            back,
            restart,
            restart_question,
            restart_yes,
            restart_no,
            language,
            close,
            loading,
            load_failed,
            front,
            back_view,
            view_switch,
            front_name,
            back_name,
            colon,
            your_left,
            your_right,
            map_hint,
            map_keys,
            show_list,
            show_map,
            widespread,
            chosen_title,
            none_chosen,
            remove,
            required,
            optional,
            surgery_title,
            surgery_where,
            surgery_when,
            surgery_pick,
            surgery_elsewhere,
            surgery_add,
            surgery_remove,
            surgery_row,
            surgery_the,
            surgery_nth,
            and,
            date_hint,
            date_entered,
            listed_title_lymphoedema,
            listed_title_skin,
            blockers_heading,
            err_unanswered,
            err_unanswered_named,
            err_no_regions,
            err_empty_list,
            err_surgery_region,
            err_surgery_date,
            err_date_parts_missing,
            err_no_such_day,
            err_future_surgery,
            err_year_too_early,
            from_date,
            reasons_title,
            good_to_know,
            source,
            regions_title,
            map_result_caption,
            fit_title,
            expect_title,
            next_title,
            book,
            book_after,
            call_clinic,
            email_clinic,
            call_emergency,
            call_nurse,
            nurse_line_unsure,
            see_doctor_no_doctor,
            call_if_worse,
            talk_first_too,
            urgent_care,
            see_doctor_note,
            other_physio,
            new_tab,
            print,
            copy,
            copied,
            copy_failed,
            privacy,
            disclaimer,
            config_errors_heading,
            date_pattern,
            day_one,
            left_of,
            right_of,
            digits
        );
        // The result step has no intro.
        let lists: [(&str, &mut [&'static str]); 11] = [
            ("step_titles", step_titles),
            ("topic_titles", topic_titles),
            ("step_intros", &mut step_intros[..3]),
            ("groups", groups),
            ("limbs", limbs),
            ("level_names", level_names),
            ("months", months),
            ("parts", parts),
            ("date_labels", date_labels),
            ("date_parts_named", date_parts_named),
            ("err_date_part", err_date_part),
        ];
        each_in_lists(lists, each);
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

    /// `number` in the language's digits.
    pub fn number(&self, number: impl ToString) -> String {
        number
            .to_string()
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .and_then(|d| self.digits.chars().nth(d as usize))
                    .unwrap_or(c)
            })
            .collect()
    }

    pub fn step_label(&self, step: Step) -> String {
        replace_all(self.step_of, "{n}", &self.number(step.number()))
    }

    pub fn step_title(&self, step: Step) -> &'static str {
        self.step_titles[usize::from(step.number() - 1)]
    }

    /// A page's heading: its step's title, or its own for the page after
    /// the places and for each health topic.
    pub fn page_title(&self, page: Page) -> &'static str {
        match page {
            Page::AboutPain => self.about_title,
            Page::Conditions => self.conditions_title,
            Page::Health(topic) => self.topic_titles[topic.index()],
            other => self.step_title(other.step()),
        }
    }

    /// "Step 3 of 4", and "Part 2 of 4" when the step takes several pages.
    pub fn progress(&self, step: Step, (part, parts): (usize, usize)) -> String {
        let step = self.step_label(step);
        if parts < 2 {
            return step;
        }
        let part = replace_all(self.part_of, "{n}", &self.number(part));
        let part = replace_all(&part, "{total}", &self.number(parts));
        replace_all(&replace_all(self.progress, "{step}", &step), "{part}", &part)
    }

    /// A blocker's message naming the question it is about (the other
    /// blockers' messages name theirs already).
    pub fn blocker_named(&self, blocker: &Blocker, protocol: &Protocol, operations: usize) -> String {
        match blocker {
            Blocker::Unanswered { question } => match protocol.question(question) {
                Some(q) => replace_all(self.err_unanswered_named, "{question}", q.prompt.get(self.lang)),
                None => self.err_unanswered.into(),
            },
            other => self.blocker(other, operations),
        }
    }

    pub fn limb_name(&self, limb: Limb) -> &'static str {
        let at = Limb::ALL.iter().position(|l| *l == limb).unwrap_or(0);
        self.limbs[at]
    }

    pub fn level_name(&self, level: Level) -> &'static str {
        let at = Level::ALL.iter().position(|l| *l == level).unwrap_or(0);
        self.level_names[at]
    }

    /// What to fix, in words. `operations` is how many operation rows the
    /// step shows, so an operation's message names its row ("operation 2"),
    /// or "the operation" when it is the only one.
    pub fn blocker(&self, blocker: &Blocker, operations: usize) -> String {
        let message = match blocker {
            Blocker::Unanswered { .. } => return self.err_unanswered.into(),
            Blocker::NoRegions => return self.err_no_regions.into(),
            Blocker::EmptyList { follow_up } => {
                let title = match follow_up {
                    FollowUp::LymphoedemaRegions => self.listed_title_lymphoedema,
                    FollowUp::SkinInfectionRegions => self.listed_title_skin,
                    FollowUp::Surgeries => self.surgery_title,
                };
                return format!("{title} {}", self.err_empty_list);
            }
            Blocker::Other { message } => return message.clone(),
            Blocker::SurgeryWithoutRegion { .. } => self.err_surgery_region.into(),
            Blocker::SurgeryWithoutDate { missing, .. } if *missing != DateParts::ALL => {
                let mut named = String::new();
                for part in missing.parts() {
                    if !named.is_empty() {
                        named.push_str(self.and);
                    }
                    named.push_str(self.date_parts_named[part_at(part)]);
                }
                replace_all(self.err_date_parts_missing, "{parts}", &named)
            }
            Blocker::SurgeryWithoutDate { .. } => self.err_surgery_date.into(),
            Blocker::SurgeryDatePartWrong { part, .. } => self.err_date_part[part_at(*part)].into(),
            Blocker::SurgeryNoSuchDay { day, month, year, .. } => replace_all(
                self.err_no_such_day,
                "{date}",
                &self.day_month_year(*day, *month, *year),
            ),
            Blocker::FutureSurgery { .. } => self.err_future_surgery.into(),
            Blocker::SurgeryYearTooEarly { year, .. } => {
                replace_all(self.err_year_too_early, "{year}", &self.number(year))
            }
        };
        let index = blocker.surgery_row().unwrap_or(0);
        let operation = if operations > 1 {
            replace_all(self.surgery_nth, "{n}", &self.number(index + 1))
        } else {
            self.surgery_the.to_string()
        };
        replace_all(&message, "{op}", &operation)
    }

    /// The label of a date field.
    pub fn date_label(&self, part: DatePart) -> &'static str {
        self.date_labels[part_at(part)]
    }

    /// "from March 1, 2027" / "à partir du 1er mars 2027".
    pub fn starting(&self, date: Date) -> String {
        replace_all(self.from_date, "{date}", &self.date(date))
    }

    /// A date as a person reads it: "March 1, 2027" / "1 mars 2027".
    pub fn date(&self, date: Date) -> String {
        self.day_month_year(date.day(), date.month(), date.year())
    }

    /// A day, month and year in words, real or not ("February 31, 2026"),
    /// for the message that says a typed date does not exist.
    fn day_month_year(&self, day: u8, month: u8, year: u16) -> String {
        let month = self.months[usize::from(month.clamp(1, 12) - 1)];
        let day = if day == 1 {
            self.day_one.to_string()
        } else {
            self.number(day)
        };
        let date = replace_all(self.date_pattern, "{month}", month);
        replace_all(&replace_all(&date, "{day}", &day), "{year}", &self.number(year))
    }
}

/// Where a date part's words sit in the tables by part (day, month, year).
fn part_at(part: DatePart) -> usize {
    match part {
        DatePart::Day => 0,
        DatePart::Month => 1,
        DatePart::Year => 2,
    }
}

/// A region's name in `w`: "Left knee" / "Genou, côté gauche".
pub fn region_name(region: Region, w: &Words) -> String {
    let (part, side) = region.part_and_side();
    let name = w.parts[part as usize];
    let pattern = match side {
        None => return name.to_string(),
        Some(Side::Left) => w.left_of,
        Some(Side::Right) => w.right_of,
    };
    // Both replaced: a pattern holds one of the two. (Not `str::contains`,
    // whose substring search is large in the wasm.)
    let as_written = replace_all(pattern, "{Part}", name);
    replace_all(&as_written, "{part}", &name.to_ascii_lowercase())
}

/// The checklist group a region is listed under (index into `Words::groups`).
pub fn group_of(region: Region) -> usize {
    match region.part() {
        Part::Head | Part::Jaw | Part::Neck => 0,
        Part::UpperBack | Part::Chest | Part::MidBack | Part::LowBack => 1,
        Part::Shoulder | Part::UpperArm | Part::Elbow | Part::Forearm | Part::WristHand => 2,
        Part::Hip | Part::Buttock | Part::Thigh | Part::Knee | Part::Shin | Part::Calf | Part::Ankle | Part::Foot => 3,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
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

    #[test]
    fn region_names_are_distinct_in_each_language() {
        let fr = french();
        for w in [&EN, &fr] {
            let mut names: Vec<_> = Region::ALL.iter().map(|r| region_name(*r, w)).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), 34, "{:?}", w.lang);
        }
        let knee = Region::from_id("knee-left").expect("region");
        assert_eq!(region_name(knee, &EN), "Left knee");
        assert_eq!(region_name(knee, &fr), "Genou, côté gauche");
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

    #[test]
    fn dates_read_naturally() {
        let date = Date::parse("2027-03-01").expect("date");
        assert_eq!(EN.date(date), "March 1, 2027");
        let fr = french();
        assert_eq!(fr.date(date), "1er mars 2027");
        assert_eq!(fr.date(Date::parse("2027-02-28").expect("date")), "28 février 2027");
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

    /// A year before 1900 asks the visitor to check it, naming the year as
    /// typed and the row, in both languages.
    #[test]
    fn a_year_before_1900_asks_to_check_the_year() {
        let blocker = Blocker::SurgeryYearTooEarly { index: 0, year: 1404 };
        assert_eq!(
            EN.blocker(&blocker, 1),
            "The year 1404 is before 1900. Please check the year of the operation. Use the Gregorian calendar, as in 2026."
        );
        assert_eq!(
            french().blocker(&blocker, 1),
            "L'année 1404 est avant 1900. Veuillez vérifier l'année de l'opération. Utilisez le calendrier grégorien, comme 2026."
        );
        assert_eq!(blocker.date_parts(), DateParts::of(&[DatePart::Year]));
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

    /// Each operation's message names its row ("the operation" when it is
    /// the only one) and the part at fault, in both languages.
    #[test]
    fn an_operation_message_names_its_row_and_its_part() {
        let cases = [
            (
                Blocker::SurgeryDatePartWrong {
                    index: 1,
                    part: DatePart::Month,
                },
                2,
                "Please pick the month of operation\u{a0}2 from the list.",
                "Veuillez choisir le mois de l'opération\u{a0}2 dans la liste.",
            ),
            (
                Blocker::SurgeryNoSuchDay {
                    index: 0,
                    day: 31,
                    month: 2,
                    year: 2026,
                },
                1,
                "February 31, 2026 is not a real date. Please check the day of the operation.",
                "Le 31 février 2026 n'existe pas. Veuillez vérifier le jour de l'opération.",
            ),
            (
                Blocker::SurgeryWithoutDate {
                    index: 2,
                    missing: DateParts::of(&[DatePart::Day, DatePart::Year]),
                },
                3,
                "Please enter the day and year of operation\u{a0}3.",
                "Veuillez entrer le jour et l'année de l'opération\u{a0}3.",
            ),
            (
                Blocker::SurgeryWithoutDate {
                    index: 0,
                    missing: DateParts::ALL,
                },
                1,
                "Please enter the date of the operation.",
                "Veuillez entrer la date de l'opération.",
            ),
            (
                Blocker::FutureSurgery { index: 1 },
                2,
                "The date of operation\u{a0}2 is in the future. Please enter the date of an operation you have had.",
                "La date de l'opération\u{a0}2 est dans le futur. Veuillez entrer la date d'une opération déjà faite.",
            ),
        ];
        let french = french();
        for (blocker, operations, en, fr) in cases {
            assert_eq!(EN.blocker(&blocker, operations), en);
            assert_eq!(french.blocker(&blocker, operations), fr);
        }
    }

    #[test]
    fn every_region_has_a_checklist_group() {
        for group in 0..4 {
            assert!(Region::ALL.iter().any(|r| group_of(*r) == group));
        }
    }
}
