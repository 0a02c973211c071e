//! The rules sheet's words (`ims-checker rules`) in English (other languages
//! come as packs), one field per sentence as in [`crate::words::Words`], so a
//! missing translation is a compile error. The protocol carries the
//! screening texts and the widget's words the result's; this carries the
//! sheet's own headings, columns and explanations, and the full names of the
//! sources the protocol cites by number ([`SOURCES`]).

use crate::base::lang::Lang;
use crate::words::texts::{words_struct, Texts};

words_struct! {
    /// Every fixed string of the rules sheet. Other languages come from packs
    /// (`rules.<field>`): [`RulesWords::from_pack`]. In a list of explanations,
    /// an id in backticks (`` `talk-first` ``, `` `widespread` ``) is written on
    /// the sheet as the visitor reads it ("Talk to the clinic first").
    #[derive(Clone, Copy, Debug)]
    pub struct RulesWords {
        pub lang: Lang,
    }
    texts {
        // The sheet's head: the clinic, its contacts and languages (the first page).
        pub title: &'static str,
        pub protocol: &'static str,
        /// Before the protocol's version.
        pub version: &'static str,
        pub clinic: &'static str,
        pub phone: &'static str,
        pub email: &'static str,
        pub booking_page: &'static str,
        pub emergency_number: &'static str,
        pub nurse_line: &'static str,
        /// A contact the clinic has not given.
        pub not_set: &'static str,
        pub languages: &'static str,
        pub intro: &'static str,

        // Every change the clinic's configuration makes, together on the first page.
        pub changes_heading: &'static str,
        pub no_changes: &'static str,
        /// Before the questions a clinic turned off.
        pub turned_off: &'static str,
        /// Before the answers whose level a clinic made stricter.
        pub made_stricter: &'static str,
        /// Before the texts a clinic reworded.
        pub reworded: &'static str,
        /// A question's prompt, as one of the texts a clinic may reword.
        pub question: &'static str,
        /// A change: `{old}` is what it was, `{new}` what it is now.
        pub changed_to: &'static str,
        /// After a clinic's emergency number: `{default}` is the default one.
        pub default_is: &'static str,
        pub coverage_note: &'static str,
        pub referral_note: &'static str,

        // Each level's words on the result, and the words of every result.
        pub levels_heading: &'static str,
        pub headline: &'static str,
        /// The level's text under its headline (also a text a clinic may reword).
        pub result_text: &'static str,
        /// A handoff note under the text.
        pub also_says: &'static str,
        pub buttons: &'static str,
        /// After a button that is not the main one.
        pub second_option: &'static str,
        /// After a text no clinic may change.
        pub locked_text: &'static str,
        /// After a button for a contact the clinic may leave out.
        pub only_if_set: &'static str,
        /// After a button for a contact this clinic has not given.
        pub not_shown: &'static str,
        /// When a wait's note is shown.
        pub if_talk_first_too: &'static str,
        /// In place of the date of a wait.
        pub date_shown: &'static str,
        /// Before the words every result shows.
        pub every_result: &'static str,
        pub summary_same_ways: &'static str,

        // What the result page shows, and how answers combine: one bullet each.
        pub result_page_heading: &'static str,
        pub result_page: [&'static str; 6],
        pub combining_heading: &'static str,
        pub combining: [&'static str; 10],
        /// How the widget asks the health questions: who the check is for,
        /// then checklists whose ticks give the answers above.
        pub asked_as_heading: &'static str,
        pub asked_as: [&'static str; 2],

        // The question sections, each with the categories it lists.
        pub emergency_screen_section: &'static str,
        pub about_pain_section: &'static str,
        pub follow_ups_section: &'static str,
        pub core_section: &'static str,
        pub guideline_section: &'static str,
        /// A section with no question.
        pub none_in_protocol: &'static str,

        // One question.
        pub asked: &'static str,
        pub asked_always: &'static str,
        pub asked_only_when: &'static str,
        pub answer: &'static str,
        pub required: &'static str,
        pub optional: &'static str,
        pub one_answer: &'static str,
        pub many_answers: &'static str,
        pub source: &'static str,
        /// Before a source as the visitor reads it.
        pub visitor_reads: &'static str,
        pub help_shown: &'static str,
        pub points_shown: &'static str,
        /// A column: the answer as the visitor sees it.
        pub visitor_sees: &'static str,
        /// A column: the answer's level.
        pub level: &'static str,
        /// A column: the note on the result, and a source of the answer's own.
        pub source_and_note: &'static str,
        /// An answer offered only for some places.
        pub offered_for: &'static str,
        /// The "none of these" answer.
        pub exclusive_answer: &'static str,
        pub then_asks: &'static str,
        pub result_note: &'static str,
        /// An answer's level when one of some places is chosen: `{level}` is
        /// that level, `{places}` the places, `{own}` its level otherwise.
        pub level_when_chosen: &'static str,
        /// Before the source of that level (`{level}`).
        pub source_for_level: &'static str,

        // Where an answer's level applies, when not the whole visit.
        pub listed_regions: &'static str,
        pub window_regions: &'static str,
        pub months_at_site: &'static str,
        pub days_next_to_site: &'static str,

        // Surgery windows.
        pub windows_heading: &'static str,
        /// Before the months at the operated region.
        pub site_wait: &'static str,
        pub site_months: &'static str,
        /// Before the days next to it.
        pub adjacent_wait: &'static str,
        pub adjacent_days: &'static str,
        pub wait_ends: &'static str,
        pub example: &'static str,
        pub site: &'static str,
        pub next_to_it: &'static str,
        pub no_surgery_rule: &'static str,

        // Adjacent regions, the result page's texts and the sources.
        pub adjacent_heading: &'static str,
        pub region: &'static str,
        pub next_to: &'static str,
        pub texts_heading: &'static str,
        pub shown_only_when: &'static str,
        pub sources_heading: &'static str,

        // The signature, after everything signed for, and the appendix of ids after it.
        pub attest: &'static str,
        pub reviewed_by: &'static str,
        pub signature: &'static str,
        pub date: &'static str,
        pub appendix_heading: &'static str,

        // Above a sheet in a language from a pack: who checked its words.
        /// `{by}` reviewed the words of this language on `{date}`.
        pub words_reviewed: &'static str,
        pub words_not_reviewed: &'static str,

        // Quotation marks around a text the visitor reads (`{text}`).
        pub quote: &'static str,
        /// Between the items of a list (places, languages, notes).
        pub list_comma: &'static str,
    }
}

pub const EN: RulesWords = RulesWords {
    lang: Lang::EN,
    title: "IMS / dry needling screening rules",
    protocol: "Protocol",
    version: "version",
    clinic: "Clinic",
    phone: "Phone",
    email: "Email",
    booking_page: "Booking page",
    emergency_number: "Emergency number",
    nurse_line: "Nurse line",
    not_set: "not set",
    languages: "Languages offered",
    intro: "These are the rules the website check applies, with every word a visitor can read on a result. The check runs on the visitor's device and never replaces an assessment. Please review each part and sign at the end.",
    changes_heading: "What this clinic changed",
    no_changes: "No changes: the default rules.",
    turned_off: "Turned off by this clinic",
    made_stricter: "Made stricter",
    reworded: "Reworded",
    question: "Question",
    changed_to: "{old} → {new}",
    default_is: "the default is {default}",
    coverage_note: "Note on insurance coverage, shown with what to expect",
    referral_note: "Note on a doctor's referral, shown with what to expect",
    levels_heading: "What the visitor reads on each result, most severe first",
    headline: "Headline",
    result_text: "Text",
    also_says: "Also says",
    buttons: "Buttons",
    second_option: "second option",
    locked_text: "locked",
    only_if_set: "only if the clinic gives it",
    not_shown: "not shown: this clinic has not given it",
    if_talk_first_too: "when an answer also says to talk to the clinic first",
    date_shown: "[date]",
    every_result: "Also on every result",
    summary_same_ways: "The printed and copied summary gives exactly the same ways onward as the result: no booking link for `emergency`, `urgent`, `see-doctor` or `not-suitable`.",
    result_page_heading: "What the result page shows",
    result_page: [
        "The list of places and the result body map appear only when the chosen places differ in level (or in the date a wait ends). A place reads `suitable` (✓) only when that is its own level.",
        "\"What to expect\" and the signs that fit IMS appear only for `suitable`, `talk-first` and `wait`.",
        "When the overall level is `wait` and a `talk-first` answer also applies, the result also says \"talk to the clinic before you book\", with the clinic's phone and that answer.",
        "`emergency` has its own colour and icon, with the call button first and largest; `urgent`, `see-doctor` and `not-suitable` each look different, and `not-suitable` is not shown in alarm colours.",
        "The wait date and the booking button name the same day: the first day needling is possible.",
        "Texts marked “locked” cannot be changed by a clinic, in its settings or in its own language pack: the emergency screen; the texts, names and handoff notes of `emergency`, `urgent` and `see-doctor`; the safety net for chest pain; the note on back warning signs; and the safety text after a treatment. A change that tries is refused with an error naming the text, and the widget keeps the default words. The questions on lymphoedema and skin infection can never be turned off. A clinic may make a level stricter only on an answer that already changes the result, and only up to `not-suitable`.",
    ],
    combining_heading: "How answers combine",
    asked_as_heading: "How the health questions are asked",
    asked_as: [
        "First, who the check is for. With “Me”, the question about understanding is not asked and counts as “Yes”. With “Someone I care for”, it is asked on a page of its own.",
        "Then most questions come as lists. An item ticked under “Yes” gives its “Yes” answer, or the one picked under it. An item not ticked gives “No”. “No, none of these” gives “No” to all. An item picked under “I'm not sure about one of these”, or under “Yes” after “I'm not sure about another one”, gives “I'm not sure”.",
    ],
    combining: [
        "Each answer with an effect has a level and a scope: the whole visit, or some regions.",
        "A region's level is the more severe of the most severe effect that names it and the most severe whole-visit effect (`suitable` when there is neither), so a place never reads better than the whole result: a pregnant visitor's knee is `not-suitable`.",
        "The overall level is the least severe level among the chosen regions: the best the clinic can still offer. This equals the more severe of (a) the most severe whole-visit effect and (b) the least severe region-only level. With only `widespread` chosen there are no regions and the overall level is (a), or `suitable`.",
        "`wait` keeps the latest date among its effects for a region; the overall `wait` date is the earliest among the regions that wait.",
        "Any tick on the emergency screen ends the check with that level; nothing else is asked or evaluated.",
        "`not-sure` gives `talk-first` unless a row says more. Answers not listed with a level add nothing.",
        "Fit, duration and condition questions never change the level.",
        "With only `widespread` chosen: the operation list offers every region and `elsewhere`, and an operation anywhere (`elsewhere` included) less than the site window ago gives `talk-first` for the visit; a `yes` to lymphoedema or skin infection gives `talk-first` for the visit (no list of places is asked).",
        "An operation's \"where\" offers the chosen regions, their neighbours and `elsewhere` (somewhere away from the painful places), which adds nothing.",
        "Lymphoedema covers the whole limb: the list offers `arm-left`, `arm-right`, `leg-left`, `leg-right` and the chosen regions outside the limbs; a limb, or any region inside it, rules out every region of that limb (an arm: shoulder, upper arm, elbow, forearm, wrist-hand; a leg: hip, buttock, thigh, knee, shin, calf, ankle, foot; same side).",
    ],
    emergency_screen_section: "Step 1: emergency screen (always, first)",
    about_pain_section: "Step 2: about the pain (never changes the level)",
    follow_ups_section: "Region follow-ups",
    core_section: "Step 3: rules every clinic keeps (always on)",
    guideline_section: "Step 3: guideline rows (a clinic may turn these off)",
    none_in_protocol: "(none in this protocol)",
    asked: "Asked",
    asked_always: "always",
    asked_only_when: "only when one of these is chosen:",
    answer: "Answer",
    required: "required",
    optional: "optional",
    one_answer: "one answer",
    many_answers: "any number of answers",
    source: "Source",
    visitor_reads: "The visitor reads",
    help_shown: "Help shown",
    points_shown: "Listed under the question",
    visitor_sees: "Visitor sees",
    level: "Level",
    source_and_note: "Source and note",
    offered_for: "offered for",
    exclusive_answer: "none of these; chosen alone",
    then_asks: "Then asks",
    result_note: "Result note",
    level_when_chosen: "{level} when one of these places is chosen: {places}; otherwise {own}",
    source_for_level: "Source of {level}",
    listed_regions: "only at the places the visitor then lists",
    window_regions: "regions within a surgery window",
    months_at_site: "calendar months at the site",
    days_next_to_site: "days next to it",
    windows_heading: "Surgery windows",
    site_wait: "At the operated region: wait until the operation date plus",
    site_months: "calendar months. A day past the end of a month clamps to its last day: 30 November + 3 months = 28 February (29 in a leap year).",
    adjacent_wait: "At a region next to it (table below): wait until the operation date plus",
    adjacent_days: "days.",
    wait_ends: "The wait ends on that date: the day before it still waits, the day itself does not. With several operations the latest date wins. A surgery date after today is refused as an input error.",
    example: "Example",
    site: "site",
    next_to_it: "next to it",
    no_surgery_rule: "(no surgery rule in this protocol)",
    adjacent_heading: "Adjacent regions (same side for pairs)",
    region: "Region",
    next_to: "Next to",
    texts_heading: "Result-page texts",
    shown_only_when: "shown only when one of these is chosen:",
    sources_heading: "Sources",
    attest: "I have reviewed the rules, texts and sources above.",
    reviewed_by: "Reviewed by (physiotherapist)",
    signature: "Signature",
    date: "Date",
    appendix_heading: "Appendix for the clinic's web admin: ids (not part of what is signed)",
    words_reviewed: "{by} checked the words of this language against the English on {date}.",
    words_not_reviewed: "Nobody has checked the words of this language against the English yet.",
    quote: "“{text}”",
    list_comma: ", ",
};

/// The sources the default protocol cites by number (the seed pages
/// 000 to 004) or by short name, each named in full: `(code, name, address)`.
/// The codes are the protocol's citations and stay as they are; the sheet
/// writes the name wherever a citation gives the code.
pub const SOURCES: [(&str, &str, &str); 6] = [
    (
        "000",
        "Memorial East Physical Therapy, “Intramuscular Stimulation (IMS) / Dry Needling”",
        "memorialeastphysicaltherapy.com/intramuscular-stimulation-ims-dry-needling/",
    ),
    (
        "001",
        "Active Sports Therapy, “What is Intramuscular Stimulation (IMS)” and “IMS and Acupuncture: What's the Difference?”",
        "",
    ),
    (
        "002",
        "Penticton Physiotherapy, “IMS / Dry Needling”",
        "pentictonphysiotherapy.com/services/ims-dry-needling/",
    ),
    (
        "003",
        "Backworks, “Intramuscular Stimulation (IMS) Vs. Traditional Acupuncture”",
        "backworks.ca/blogs/intramuscular-stimulation-ims-vs-dry-needling-vs-traditional-acupuncture.htm",
    ),
    (
        "004",
        "Adapt Physiotherapy, “What is: Intramuscular Stimulation (IMS)”",
        "adaptphysio.ca/adapt-blog/blog-post-title-one-3eafr",
    ),
    (
        "ISCP 2012",
        "Irish Society of Chartered Physiotherapists (ISCP), “Guidelines for Dry Needling Practice” (2012)",
        "",
    ),
];

impl RulesWords {
    /// The sheet's words in a pack's language (`rules.<key>`), the English
    /// for any it lacks.
    pub fn from_pack(lang: Lang, text: &dyn Fn(&str) -> Option<String>) -> RulesWords {
        let mut words = EN.replaced("rules", text);
        words.lang = lang;
        words
    }
}

/// The sheet's built-in words: English. A pack's are
/// [`RulesWords::from_pack`]'s.
pub fn built_in() -> &'static RulesWords {
    &EN
}
