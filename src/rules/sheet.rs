//! The rules sheet (`ims-checker rules`, and the configurator's printable
//! sheet), for a physiotherapist to review and sign. Its first page names
//! the clinic, its contacts and languages, and every change the clinic's
//! configuration makes. Then every word a visitor can read on each result
//! (headline, text, notes and buttons, most severe first), how answers
//! combine, every question with its answers, levels, notes and sources (each
//! named in full), the surgery windows, the adjacent places and the result
//! page's texts; the sources; the signature after all of it; and last, for
//! the clinic's web admin, the ids the configuration uses. Markdown, in the
//! words of [`crate::words::rules`]; ids appear only in the appendix. Behind
//! the `rules-sheet` feature, which the tool and the configurator enable.

use core::fmt::Write as _;

use crate::base::date::Date;
use crate::base::lang::Lang;
use crate::base::locks::is_locked_key;
use crate::base::regions::{Limb, Region};
use crate::base::text::replace_all;
use crate::config::{ClinicConfig, TextTarget};
use crate::engine::handoff::{steps, Step};
use crate::journey::checklist::{fits_a_checklist, hint_index, item_index};
use crate::journey::Topic;
use crate::pack::Pack;
use crate::protocol::{AskedWhen, Category, FollowUp, Level, Protocol, Question, RegionSet, Scope, Select, Source};
use crate::words::rules::{RulesWords, SOURCES};
use crate::words::summary::{handoff_label, handoff_note};
use crate::words::{region_name, Texts, Words};

/// The widget's words every result may show beyond its level's own (the
/// section titles, the print and copy buttons and their messages, the
/// disclaimer), by key. A test reads the result page's and the summary's
/// code and fails on any word of theirs the sheet does not show.
const EVERY_RESULT: [&str; 21] = [
    "next_title",
    "reasons_title",
    "good_to_know",
    "source",
    "regions_title",
    "map_result_caption",
    "fit_title",
    "expect_title",
    "new_tab",
    "print",
    "copy",
    "copied",
    "copy_failed",
    "disclaimer",
    "widget_name",
    "chosen_title",
    "surgery_title",
    "tell_clinic",
    "unsure",
    "operation_on",
    "reviewed",
];

/// A day that stands for the date of a wait, written as the sheet's
/// `date_shown` wherever the widget would write it.
const SOME_DAY: (u16, u8, u8) = (2027, 3, 15);

/// A table cell: one line, no stray column separators.
fn cell(text: &str) -> String {
    text.replace('\n', " ").replace('|', "\\|")
}

/// What one sheet is written from.
struct Sheet<'a> {
    /// The sheet's own words.
    w: &'a RulesWords,
    /// The widget's words, in the same language: what the visitor reads.
    vw: &'a Words,
    lang: Lang,
    /// The protocol before the clinic's changes.
    base: &'a Protocol,
    /// The protocol the widget asks: with the clinic's changes.
    protocol: Protocol,
    config: Option<&'a ClinicConfig>,
    /// The configuration, or the default one, for the numbers and contacts.
    clinic: ClinicConfig,
    /// After a label: the language's colon and a space.
    colon: String,
}

/// The rules sheet in the language of `words` (the widget's) and
/// `rules_words` (the sheet's own), of `protocol` with `config`'s changes
/// applied (`protocol` is the one before them, so the sheet can say what
/// each change replaced); `pack` is that language's pack, whose review
/// record heads the sheet (none for the English, which packs are checked
/// against).
pub fn rules_markdown(
    protocol: &Protocol,
    config: Option<&ClinicConfig>,
    words: &Words,
    rules_words: &RulesWords,
    pack: Option<&Pack>,
) -> String {
    let sheet = Sheet {
        w: rules_words,
        vw: words,
        lang: words.lang,
        base: protocol,
        protocol: config.map_or_else(|| protocol.clone(), |c| c.apply(protocol, words.lang)),
        config,
        clinic: config.cloned().unwrap_or_default(),
        colon: colon(words),
    };
    let mut out = String::new();
    let _ = sheet.write(&mut out, pack);
    out
}

impl Sheet<'_> {
    fn write(&self, out: &mut String, pack: Option<&Pack>) -> core::fmt::Result {
        self.head(out, pack)?;
        self.changes(out)?;
        writeln!(out, "{}", self.w.intro)?;
        writeln!(out)?;
        self.levels(out)?;
        self.explained(out)?;
        self.questions(out)?;
        self.asked_as(out)?;
        self.windows(out)?;
        self.adjacent(out)?;
        self.texts(out)?;
        self.sources(out)?;
        self.signature(out)?;
        self.appendix(out)
    }

    /// A text the visitor reads, in the language's quotation marks.
    fn quote(&self, text: &str) -> String {
        replace_all(self.w.quote, "{text}", text)
    }

    /// `text`, marked when the text with this pack key is locked.
    fn marked(&self, text: String, key: &str) -> String {
        if is_locked_key(key) {
            format!("{text} ({})", self.w.locked_text)
        } else {
            text
        }
    }

    /// A widget word, marked when its key is locked.
    fn marked_word(&self, text: String, key: &str) -> String {
        self.marked(text, &format!("words.{key}"))
    }

    fn level_name(&self, level: Level) -> &'static str {
        self.vw.level_name(level)
    }

    /// The sheet's own explanation with each id in backticks written as
    /// the visitor reads it: a level's headline, a place's name, an answer.
    fn named(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some((before, after)) = rest.split_once('`') {
            let Some((id, next)) = after.split_once('`') else {
                break;
            };
            out.push_str(before);
            out.push_str(&self.quote(&self.name_of(id)));
            rest = next;
        }
        out.push_str(rest);
        out
    }

    /// What the visitor reads for an id the sheet's words mention.
    fn name_of(&self, id: &str) -> String {
        if let Some(level) = Level::from_id(id) {
            return self.level_name(level).to_string();
        }
        match id {
            "widespread" => return self.vw.widespread.to_string(),
            "elsewhere" => return self.vw.surgery_elsewhere.to_string(),
            _ => {}
        }
        if let Some(at) = Limb::ALL.iter().position(|limb| limb.id() == id) {
            return self.vw.limbs[at].to_string();
        }
        if let Some(name) = self.place_name(id) {
            return name;
        }
        let answer = self
            .protocol
            .questions
            .iter()
            .flat_map(|q| &q.answers)
            .find(|a| a.id == id);
        answer.map_or_else(|| id.to_string(), |a| a.label.get(self.lang).to_string())
    }

    /// A place as a protocol names it: a region (`knee-left`), a part on
    /// either side (`knee`) or `widespread`.
    fn place_name(&self, name: &str) -> Option<String> {
        if name == "widespread" {
            return Some(self.vw.widespread.to_string());
        }
        if let Some(region) = Region::from_id(name) {
            return Some(region_name(region, self.vw));
        }
        Region::ALL
            .into_iter()
            .find(|r| r.side().is_some() && r.id().strip_suffix("-left") == Some(name))
            .map(|r| self.vw.parts[r.part() as usize].to_string())
    }

    fn places(&self, set: &RegionSet) -> String {
        let names: Vec<String> = set
            .names
            .iter()
            .map(|name| self.place_name(name).unwrap_or_else(|| name.clone()))
            .collect();
        names.join(self.w.list_comma)
    }

    /// A citation with each source the protocol cites by number or short
    /// name written out in full.
    fn cite(&self, citation: &str) -> String {
        let mut out = String::new();
        let mut rest = citation;
        'scan: while !rest.is_empty() {
            for (code, name, _) in SOURCES {
                let long = format!("{code} dry needling guideline");
                for written in [long.as_str(), code] {
                    if let Some(after) = rest.strip_prefix(written) {
                        let whole = !after.starts_with(|c: char| c.is_ascii_digit())
                            && !out.ends_with(|c: char| c.is_ascii_alphanumeric());
                        if whole {
                            out.push_str(name);
                            rest = after;
                            // "000, 002": the names, each with commas of its own, apart.
                            if let Some(next) = rest.strip_prefix(", ") {
                                if SOURCES.iter().any(|(code, _, _)| next.starts_with(code)) {
                                    out.push_str("; ");
                                    rest = next;
                                }
                            }
                            continue 'scan;
                        }
                    }
                }
            }
            let mut chars = rest.chars();
            if let Some(c) = chars.next() {
                out.push(c);
            }
            rest = chars.as_str();
        }
        out
    }

    /// A source: what it rests on, then the words the visitor reads for it
    /// (the text with pack key `key`, marked when locked).
    fn source(&self, source: &Source, key: &str) -> String {
        let c = &self.colon;
        let cited = self.cite(&source.citation);
        let reads = self.marked(self.quote(source.text.get(self.lang)), key);
        if cited.is_empty() {
            return format!("{}{c}{reads}", self.w.visitor_reads);
        }
        format!("{cited}. {}{c}{reads}", self.w.visitor_reads)
    }

    /// The sheet's head: the clinic, its contacts and languages.
    fn head(&self, out: &mut String, pack: Option<&Pack>) -> core::fmt::Result {
        let c = &self.colon;
        let w = self.w;
        let clinic = &self.clinic;
        let or_not_set = |value: &Option<String>| value.clone().unwrap_or_else(|| w.not_set.to_string());
        writeln!(out, "# {}", w.title)?;
        writeln!(out)?;
        let name = if clinic.clinic_name.is_empty() {
            w.not_set.to_string()
        } else {
            clinic.clinic_name.clone()
        };
        writeln!(out, "{}{c}{name}", w.clinic)?;
        writeln!(
            out,
            "{}{c}{} · {}{c}{} · {}{c}{}",
            w.phone,
            or_not_set(&clinic.phone),
            w.email,
            or_not_set(&clinic.email),
            w.booking_page,
            or_not_set(&clinic.booking_url)
        )?;
        writeln!(
            out,
            "{}{c}{} · {}{c}{}",
            w.emergency_number,
            clinic.emergency_number,
            w.nurse_line,
            or_not_set(&clinic.nurse_line)
        )?;
        let languages: Vec<&str> = clinic
            .languages
            .iter()
            .map(|lang| lang.name().unwrap_or_else(|| lang.id()))
            .collect();
        writeln!(out, "{}{c}{}", w.languages, languages.join(w.list_comma))?;
        writeln!(
            out,
            "{}{c}{}, {} {}",
            w.protocol, self.protocol.name, w.version, self.protocol.version
        )?;
        writeln!(out)?;
        if let Some(pack) = pack {
            let reviewed = match &pack.review {
                Some(review) => {
                    let by = replace_all(w.words_reviewed, "{by}", &review.by);
                    replace_all(&by, "{date}", &review.date.to_string())
                }
                None => w.words_not_reviewed.to_string(),
            };
            writeln!(out, "> {reviewed} ({})", pack.name)?;
            writeln!(out)?;
        }
        Ok(())
    }

    /// Every change the configuration makes, together.
    fn changes(&self, out: &mut String) -> core::fmt::Result {
        let c = &self.colon;
        let (w, lang) = (self.w, self.lang);
        writeln!(out, "## {}", w.changes_heading)?;
        writeln!(out)?;
        let mut lines = Vec::new();
        if let Some(config) = self.config {
            if !config.rows_turned_off.is_empty() {
                let prompts: Vec<String> = config
                    .rows_turned_off
                    .iter()
                    .map(|id| {
                        self.base
                            .question(id)
                            .map_or_else(|| id.clone(), |q| self.quote(q.prompt.get(lang)))
                    })
                    .collect();
                lines.push(format!("{}{c}{}", w.turned_off, prompts.join("; ")));
            }
            for (question, answer, level) in &config.stricter_levels {
                let Some(q) = self.base.question(question) else {
                    continue;
                };
                let Some(a) = q.answer(answer) else { continue };
                let was = a.effect.as_ref().map_or("—", |e| self.level_name(e.level));
                let change = self.changed(was, self.level_name(*level));
                lines.push(format!(
                    "{}{c}{} · {}{c}{change}",
                    w.made_stricter,
                    self.quote(q.prompt.get(lang)),
                    self.quote(a.label.get(lang))
                ));
            }
            for (target, text) in &config.text_overrides {
                let (what, was) = self.target(target);
                let now = text.written_in(lang).unwrap_or(&text.en);
                let change = self.changed(&self.quote(&was), &self.quote(now));
                lines.push(format!("{}{c}{what}{c}{change}", w.reworded));
            }
            let default_number = ClinicConfig::default().emergency_number;
            if config.emergency_number != default_number {
                lines.push(format!(
                    "{}{c}{} ({})",
                    w.emergency_number,
                    config.emergency_number,
                    replace_all(w.default_is, "{default}", &default_number)
                ));
            }
            for (label, text) in [(w.coverage_note, &config.coverage), (w.referral_note, &config.referral)] {
                if let Some(text) = text {
                    lines.push(format!(
                        "{label}{c}{}",
                        self.quote(text.written_in(lang).unwrap_or(&text.en))
                    ));
                }
            }
        }
        if lines.is_empty() {
            writeln!(out, "{}", w.no_changes)?;
        }
        for line in lines {
            writeln!(out, "- {line}")?;
        }
        writeln!(out)
    }

    fn changed(&self, old: &str, new: &str) -> String {
        replace_all(&replace_all(self.w.changed_to, "{old}", old), "{new}", new)
    }

    /// Which text an override replaces, in words, and its words before.
    fn target(&self, target: &TextTarget) -> (String, String) {
        let (w, lang, base) = (self.w, self.lang, self.base);
        let prompt = |question: &str| base.question(question).map(|q| q.prompt.get(lang).to_string());
        let answer = |question: &str, answer: &str| base.answer(question, answer);
        match target {
            TextTarget::Prompt { question } => (w.question.to_string(), prompt(question).unwrap_or_default()),
            TextTarget::Help { question } => (
                format!(
                    "{} ({})",
                    w.help_shown,
                    self.quote(&prompt(question).unwrap_or_default())
                ),
                base.question(question)
                    .and_then(|q| q.help.as_ref())
                    .map(|t| t.get(lang).to_string())
                    .unwrap_or_default(),
            ),
            TextTarget::Label { question, answer: id } => (
                format!("{} ({})", w.answer, self.quote(&prompt(question).unwrap_or_default())),
                answer(question, id)
                    .map(|a| a.label.get(lang).to_string())
                    .unwrap_or_default(),
            ),
            TextTarget::Note { question, answer: id } => {
                let label = answer(question, id)
                    .map(|a| a.label.get(lang).to_string())
                    .unwrap_or_default();
                (
                    format!(
                        "{} ({} {})",
                        w.result_note,
                        self.quote(&prompt(question).unwrap_or_default()),
                        self.quote(&label)
                    ),
                    answer(question, id)
                        .and_then(|a| a.note.as_ref())
                        .map(|t| t.get(lang).to_string())
                        .unwrap_or_default(),
                )
            }
            TextTarget::Text { key } => {
                let level = key.strip_prefix("level-").and_then(Level::from_id);
                let what = match level {
                    Some(level) => format!("{} ({})", w.result_text, self.quote(self.level_name(level))),
                    None => w.texts_heading.to_string(),
                };
                (
                    what,
                    base.text(key).map(|t| t.get(lang).to_string()).unwrap_or_default(),
                )
            }
        }
    }

    /// Each level's headline, text, notes and buttons, then the words of
    /// every result.
    fn levels(&self, out: &mut String) -> core::fmt::Result {
        let c = &self.colon;
        let (w, vw, lang) = (self.w, self.vw, self.lang);
        writeln!(out, "## {}", w.levels_heading)?;
        writeln!(out)?;
        for (at, level) in Level::ALL.into_iter().enumerate() {
            writeln!(out, "### {}", self.level_name(level))?;
            writeln!(out)?;
            let mut headline = self.level_name(level).to_string();
            if level == Level::Wait {
                if let Some(day) = Date::new(SOME_DAY.0, SOME_DAY.1, SOME_DAY.2) {
                    headline = self.dated(format!("{headline} ({})", vw.starting(day)));
                }
            }
            let key = format!("level_names.{at}");
            writeln!(
                out,
                "- {}{c}{}",
                w.headline,
                self.marked_word(self.quote(&headline), &key)
            )?;
            let key = format!("level-{}", level.id());
            if let Some(text) = self.protocol.text(&key) {
                let text = self.quote(text.get(lang));
                writeln!(
                    out,
                    "- {}{c}{}",
                    w.result_text,
                    self.marked(text, &format!("text.{key}"))
                )?;
            }
            if let Some(note) = handoff_note(level, vw) {
                let marked = self.word_marked(note);
                writeln!(out, "- {}{c}{marked}", w.also_says)?;
            }
            if level == Level::Wait {
                let note = self.word_marked(vw.talk_first_too);
                writeln!(out, "- {} ({}){c}{note}", w.also_says, w.if_talk_first_too)?;
            }
            writeln!(out, "- {}{c}{}", w.buttons, self.buttons(level, false))?;
            // A wait with a talk-first reason: the clinic's phone first.
            if steps(level, true) != steps(level, false) {
                writeln!(
                    out,
                    "- {} ({}){c}{}",
                    w.buttons,
                    w.if_talk_first_too,
                    self.buttons(level, true)
                )?;
            }
            writeln!(out)?;
        }
        let every: Vec<String> = vw
            .entries()
            .into_iter()
            .filter(|(key, _)| EVERY_RESULT.contains(&key.as_str()))
            .map(|(key, text)| self.marked_word(self.quote(text), &key))
            .collect();
        writeln!(out, "{}{c}{}", w.every_result, every.join("; "))?;
        writeln!(out)?;
        writeln!(out, "{}", self.named(w.summary_same_ways))?;
        writeln!(out)
    }

    /// A level's buttons, most important first, as the visitor reads them
    /// (a wait's date as the sheet's `date_shown`), each with whether it is
    /// a second option and whether the clinic gives what it needs;
    /// `talk_first` for a wait that also has a talk-first reason.
    fn buttons(&self, level: Level, talk_first: bool) -> String {
        let (w, vw) = (self.w, self.vw);
        let some_day = Date::new(SOME_DAY.0, SOME_DAY.1, SOME_DAY.2);
        let buttons: Vec<String> = steps(level, talk_first)
            .iter()
            .map(|(step, primary)| {
                let step = match step {
                    Step::Book { .. } if level == Level::Wait => Step::Book { from: some_day },
                    other => other.clone(),
                };
                let label = self.quote(&self.dated(handoff_label(&step, level, &self.shown_clinic(), vw)));
                let mut notes = Vec::new();
                if button_words(&step, level)
                    .iter()
                    .any(|key| is_locked_key(&format!("words.{key}")))
                {
                    notes.push(w.locked_text);
                }
                if !primary {
                    notes.push(w.second_option);
                }
                if let Some(given) = self.is_given(&step) {
                    notes.push(if given { "" } else { w.not_shown });
                } else if !matches!(step, Step::CallEmergency) {
                    notes.push(w.only_if_set);
                }
                notes.retain(|n| !n.is_empty());
                if notes.is_empty() {
                    label
                } else {
                    format!("{label} ({})", notes.join(w.list_comma))
                }
            })
            .collect();
        buttons.join("; ")
    }

    /// `text` with the date [`SOME_DAY`] written as the sheet's `date_shown`.
    fn dated(&self, text: String) -> String {
        match Date::new(SOME_DAY.0, SOME_DAY.1, SOME_DAY.2) {
            Some(day) => text.replace(&self.vw.date(day), self.w.date_shown),
            None => text,
        }
    }

    /// The configuration's contacts, with a stand-in for a nurse line it
    /// does not give, so each button's words can be shown.
    fn shown_clinic(&self) -> ClinicConfig {
        let mut clinic = self.clinic.clone();
        if clinic.nurse_line.is_none() {
            clinic.nurse_line = Some(format!("[{}]", self.w.nurse_line));
        }
        clinic
    }

    /// Whether the clinic gave what a button needs: `None` with no
    /// configuration (or for the emergency number, always there).
    fn is_given(&self, step: &Step) -> Option<bool> {
        let config = self.config?;
        Some(match step {
            Step::CallEmergency => true,
            Step::CallNurseLine => config.nurse_line.is_some(),
            Step::CallClinic => config.phone.is_some(),
            Step::EmailClinic => config.email.is_some(),
            Step::Book { .. } => config.booking_url.is_some(),
        })
    }

    /// A widget word as the visitor reads it, quoted and marked when the
    /// word is locked.
    fn word_marked(&self, text: &str) -> String {
        let key = self
            .vw
            .entries()
            .into_iter()
            .find(|(_, word)| *word == text)
            .map(|(key, _)| key);
        match key {
            Some(key) => self.marked_word(self.quote(text), &key),
            None => self.quote(text),
        }
    }

    /// What the result page shows and how answers combine.
    fn explained(&self, out: &mut String) -> core::fmt::Result {
        let w = self.w;
        for (heading, lines) in [
            (w.result_page_heading, &w.result_page[..]),
            (w.combining_heading, &w.combining[..]),
        ] {
            writeln!(out, "## {heading}")?;
            writeln!(out)?;
            for line in lines {
                writeln!(out, "- {}", self.named(line))?;
            }
            writeln!(out)?;
        }
        Ok(())
    }

    fn questions(&self, out: &mut String) -> core::fmt::Result {
        let w = self.w;
        let sections: [(&str, &[Category]); 5] = [
            (w.emergency_screen_section, &[Category::EmergencyScreen]),
            (w.about_pain_section, &[Category::Informational, Category::Fit]),
            (w.follow_ups_section, &[Category::RegionFollowUp]),
            (w.core_section, &[Category::Core]),
            (w.guideline_section, &[Category::Guideline]),
        ];
        for (heading, categories) in sections {
            writeln!(out, "## {heading}")?;
            writeln!(out)?;
            let questions: Vec<_> = self
                .protocol
                .questions
                .iter()
                .filter(|q| categories.contains(&q.category))
                .collect();
            if questions.is_empty() {
                writeln!(out, "{}", w.none_in_protocol)?;
                writeln!(out)?;
            }
            for question in questions {
                self.question(out, question)?;
            }
        }
        Ok(())
    }

    /// Who the check is for and the checklists, each item with the
    /// question its tick answers: the words the visitor reads for them.
    fn asked_as(&self, out: &mut String) -> core::fmt::Result {
        let (w, vw, lang) = (self.w, self.vw, self.lang);
        writeln!(out, "## {}", w.asked_as_heading)?;
        writeln!(out)?;
        writeln!(out, "{}", w.asked_as[0])?;
        writeln!(out)?;
        writeln!(out, "### {}", vw.for_whom)?;
        writeln!(out)?;
        for answer in vw.for_whom_answers {
            writeln!(out, "- {}", self.quote(answer))?;
        }
        writeln!(out)?;
        writeln!(out, "{}", w.asked_as[1])?;
        writeln!(out)?;
        for topic in Topic::ALL.into_iter().filter(|t| t.is_checklist()) {
            let items: Vec<_> = topic
                .questions()
                .iter()
                .filter_map(|id| self.protocol.question(id))
                .filter(|q| fits_a_checklist(q))
                .collect();
            if items.is_empty() {
                continue;
            }
            writeln!(out, "### {} / {}", vw.check_titles[0], vw.check_titles[1])?;
            writeln!(out)?;
            for item in items {
                let label = item_index(&item.id).map_or("", |n| vw.check_items[n]);
                let hint = hint_index(&item.id).map(|n| format!(" ({})", vw.check_hints[n]));
                let prompt = self.quote(item.prompt.get(lang));
                writeln!(out, "- {}{} → {prompt}", self.quote(label), hint.unwrap_or_default())?;
            }
            for last in [
                vw.check_yes,
                vw.check_which_ones,
                vw.check_none,
                vw.check_not_sure,
                vw.check_which,
            ] {
                writeln!(out, "- {}", self.quote(last))?;
            }
            writeln!(out)?;
        }
        Ok(())
    }

    fn question(&self, out: &mut String, question: &Question) -> core::fmt::Result {
        let c = &self.colon;
        let (w, lang) = (self.w, self.lang);
        let at = format!("question.{}", question.id);
        let prompt = self.marked(question.prompt.get(lang).to_string(), &format!("{at}.prompt"));
        writeln!(out, "### {prompt}")?;
        writeln!(out)?;
        let asked = match &question.asked_when {
            AskedWhen::Always => w.asked_always.to_string(),
            AskedWhen::AnyOf(set) => format!("{} {}", w.asked_only_when, self.places(set)),
        };
        let required = if question.is_required() { w.required } else { w.optional };
        let select = match question.select {
            Select::One => w.one_answer,
            Select::Many => w.many_answers,
        };
        writeln!(out, "- {}{c}{asked}. {}{c}{required}, {select}.", w.asked, w.answer)?;
        if let Some(help) = &question.help {
            let help = self.marked(self.quote(help.get(lang)), &format!("{at}.help"));
            writeln!(out, "- {}{c}{}", w.help_shown, cell(&help))?;
        }
        if !question.points.is_empty() {
            let points: Vec<String> = question
                .points
                .iter()
                .enumerate()
                .map(|(n, p)| self.marked(self.quote(p.get(lang)), &format!("{at}.points.{n}")))
                .collect();
            writeln!(out, "- {}{c}{}", w.points_shown, cell(&points.join("; ")))?;
        }
        writeln!(
            out,
            "- {}{c}{}",
            w.source,
            cell(&self.source(&question.source, &format!("{at}.source")))
        )?;
        let mut rows = Vec::new();
        for answer in &question.answers {
            let at = format!("answer.{}.{}", question.id, answer.id);
            let mut label = self.marked(answer.label.get(lang).to_string(), &format!("{at}.label"));
            if answer.exclusive {
                let _ = write!(label, " ({})", w.exclusive_answer);
            }
            let mut level = "—".to_string();
            let mut detail = Vec::new();
            if let Some(set) = &answer.shown_for {
                detail.push(format!("{} {}", w.offered_for, self.places(set)));
            }
            if let Some(note) = &answer.note {
                let note = self.marked(self.quote(note.get(lang)), &format!("{at}.note"));
                detail.push(format!("{}{c}{note}", w.result_note));
            }
            if let Some(effect) = &answer.effect {
                let mut scope = String::new();
                match effect.scope {
                    Scope::Visit => {}
                    Scope::ListedRegions(_) => {
                        let _ = write!(scope, ", {}", w.listed_regions);
                    }
                    Scope::SurgeryWindows {
                        site_months,
                        adjacent_days,
                    } => {
                        let _ = write!(
                            scope,
                            ", {} ({site_months} {}, {adjacent_days} {})",
                            w.window_regions, w.months_at_site, w.days_next_to_site
                        );
                    }
                }
                level = format!("{}{scope}", self.level_name(effect.level));
                if effect.source != question.source {
                    let source = self.source(&effect.source, &format!("{at}.source"));
                    detail.push(format!("{}{c}{source}", w.source));
                }
                // A stricter level when one of some places is chosen (as the
                // engine's `effect_of` takes it), with its own source.
                if let Some(when) = answer
                    .when_regions
                    .as_ref()
                    .filter(|when| when.effect.level >= effect.level)
                {
                    let stricter = self.quote(self.level_name(when.effect.level));
                    let own = format!("{}{scope}", self.quote(self.level_name(effect.level)));
                    let said = replace_all(w.level_when_chosen, "{level}", &stricter);
                    let said = replace_all(&said, "{places}", &self.places(&when.regions));
                    level = replace_all(&said, "{own}", &own);
                    let source = self.source(&when.effect.source, &format!("{at}.when-regions.source"));
                    let label = replace_all(w.source_for_level, "{level}", &stricter);
                    detail.push(format!("{label}{c}{source}"));
                }
            }
            if let Some(follow_up) = answer.asks {
                let asks = match follow_up {
                    FollowUp::Surgeries => self.vw.surgery_title,
                    FollowUp::LymphoedemaRegions => self.vw.listed_title_lymphoedema,
                    FollowUp::SkinInfectionRegions => self.vw.listed_title_skin,
                };
                detail.push(format!("{}{c}{}", w.then_asks, self.quote(asks)));
            }
            rows.push((label, level, detail.join(" · ")));
        }
        // No answer changes the level: a few answers in a line, with their
        // notes under it; many in a table without the level.
        if question.answers.iter().all(|a| a.effect.is_none()) {
            if rows.len() <= 4 {
                let labels: Vec<&str> = rows.iter().map(|(label, _, _)| label.as_str()).collect();
                writeln!(out, "- {}{c}{}", w.visitor_sees, labels.join(" · "))?;
                for (label, _, detail) in rows.iter().filter(|(_, _, detail)| !detail.is_empty()) {
                    writeln!(out, "- {}{c}{detail}", self.quote(label))?;
                }
                return writeln!(out);
            }
            writeln!(out)?;
            writeln!(out, "| {} | {} |", w.visitor_sees, w.source_and_note)?;
            writeln!(out, "|---|---|")?;
            for (label, _, detail) in rows {
                writeln!(out, "| {} | {} |", cell(&label), cell(&detail))?;
            }
            return writeln!(out);
        }
        writeln!(out)?;
        writeln!(out, "| {} | {} | {} |", w.visitor_sees, w.level, w.source_and_note)?;
        writeln!(out, "|---|---|---|")?;
        for (label, level, detail) in rows {
            writeln!(out, "| {} | {} | {} |", cell(&label), cell(&level), cell(&detail))?;
        }
        writeln!(out)
    }

    fn windows(&self, out: &mut String) -> core::fmt::Result {
        let c = &self.colon;
        let (w, vw) = (self.w, self.vw);
        writeln!(out, "## {}", w.windows_heading)?;
        writeln!(out)?;
        let windows = self
            .protocol
            .questions
            .iter()
            .flat_map(|q| q.answers.iter())
            .find_map(|a| match a.effect.as_ref().map(|e| e.scope) {
                Some(Scope::SurgeryWindows {
                    site_months,
                    adjacent_days,
                }) => Some((site_months, adjacent_days)),
                _ => None,
            });
        match windows {
            Some((months, days)) => {
                writeln!(out, "- {} {months} {}", w.site_wait, w.site_months)?;
                writeln!(out, "- {} {days} {}", w.adjacent_wait, w.adjacent_days)?;
                writeln!(out, "- {}", w.wait_ends)?;
                let example = Date::new(2025, 11, 30).map(|d| (d, d.add_months(months), d.add_days(days)));
                if let Some((date, site, adjacent)) = example {
                    writeln!(
                        out,
                        "- {}{c}{} → {} {}, {} {}.",
                        w.example,
                        vw.date(date),
                        w.site,
                        vw.date(site),
                        w.next_to_it,
                        vw.date(adjacent)
                    )?;
                }
            }
            None => writeln!(out, "{}", w.no_surgery_rule)?,
        }
        writeln!(out)
    }

    fn adjacent(&self, out: &mut String) -> core::fmt::Result {
        let w = self.w;
        writeln!(out, "## {}", w.adjacent_heading)?;
        writeln!(out)?;
        writeln!(out, "| {} | {} |", w.region, w.next_to)?;
        writeln!(out, "|---|---|")?;
        // A pair (left and right) once, by its part: the same side is meant.
        let name = |region: Region| match region.side() {
            Some(_) => self.vw.parts[region.part() as usize].to_string(),
            None => region_name(region, self.vw),
        };
        for region in Region::ALL
            .into_iter()
            .filter(|r| r.id().strip_suffix("-right").is_none())
        {
            let mut neighbours: Vec<String> = Vec::new();
            for neighbour in region.neighbours().map(name) {
                if !neighbours.contains(&neighbour) {
                    neighbours.push(neighbour);
                }
            }
            writeln!(out, "| {} | {} |", name(region), neighbours.join(w.list_comma))?;
        }
        writeln!(out)
    }

    /// The result page's other texts (the levels' are with their levels),
    /// and the clinic's notes.
    fn texts(&self, out: &mut String) -> core::fmt::Result {
        let c = &self.colon;
        let (w, lang) = (self.w, self.lang);
        writeln!(out, "## {}", w.texts_heading)?;
        writeln!(out)?;
        for entry in self
            .protocol
            .texts
            .iter()
            .filter(|entry| !entry.key.starts_with("level-"))
        {
            let mut text = self.marked(self.quote(entry.text.get(lang)), &format!("text.{}", entry.key));
            // What to tell the clinic when calling first: beside its question.
            let told = entry
                .key
                .strip_prefix("tell-")
                .and_then(|id| self.protocol.question(id));
            if let Some(question) = told {
                text = format!("{text} ({})", self.quote(question.prompt.get(lang)));
            }
            match &entry.shown_for {
                Some(set) => writeln!(out, "- {text} ({} {})", w.shown_only_when, self.places(set))?,
                None => writeln!(out, "- {text}")?,
            }
        }
        if let Some(config) = self.config {
            for (label, text) in [(w.coverage_note, &config.coverage), (w.referral_note, &config.referral)] {
                if let Some(text) = text {
                    writeln!(
                        out,
                        "- {label}{c}{}",
                        self.quote(text.written_in(lang).unwrap_or(&text.en))
                    )?;
                }
            }
        }
        writeln!(out)
    }

    /// The sources the protocol cites by number or short name, in full.
    fn sources(&self, out: &mut String) -> core::fmt::Result {
        let c = &self.colon;
        writeln!(out, "## {}", self.w.sources_heading)?;
        writeln!(out)?;
        let cited = |code: &str| {
            self.protocol
                .questions
                .iter()
                .flat_map(|q| {
                    core::iter::once(&q.source)
                        .chain(q.answers.iter().filter_map(|a| a.effect.as_ref().map(|e| &e.source)))
                })
                .any(|source| self.cite(&source.citation) != source.citation && source.citation.contains(code))
        };
        for (code, name, address) in SOURCES {
            if !cited(code) {
                continue;
            }
            if address.is_empty() {
                writeln!(out, "- {name}")?;
            } else {
                writeln!(out, "- {name}{c}{address}")?;
            }
        }
        writeln!(out)
    }

    /// The signature and date lines, after everything signed for.
    fn signature(&self, out: &mut String) -> core::fmt::Result {
        let c = &self.colon;
        let w = self.w;
        writeln!(out, "## {}", w.signature)?;
        writeln!(out)?;
        // One paragraph, so a page never parts the lines from what they sign.
        writeln!(out, "{}", w.attest)?;
        writeln!(out, "{}{c}________________________________", w.reviewed_by)?;
        writeln!(out, "{}{c}________________________________", w.signature)?;
        writeln!(out, "{}{c}________________", w.date)?;
        writeln!(out)
    }

    /// The ids a configuration file names, for the clinic's web admin.
    fn appendix(&self, out: &mut String) -> core::fmt::Result {
        let c = &self.colon;
        let (w, lang) = (self.w, self.lang);
        writeln!(out, "## {}", w.appendix_heading)?;
        writeln!(out)?;
        let levels: Vec<String> = Level::ALL
            .iter()
            .map(|level| format!("`{}` {}", level.id(), self.level_name(*level)))
            .collect();
        writeln!(out, "- {}{c}{}", w.level, levels.join(" · "))?;
        for question in &self.base.questions {
            let answers: Vec<String> = question.answers.iter().map(|a| format!("`{}`", a.id)).collect();
            writeln!(
                out,
                "- `{}` ({}): {}",
                question.id,
                question.prompt.get(lang),
                answers.join(", ")
            )?;
        }
        let regions: Vec<String> = Region::ALL.iter().map(|r| format!("`{}`", r.id())).collect();
        writeln!(out, "- {}{c}{}", w.region, regions.join(", "))?;
        writeln!(out)
    }
}

/// The widget's words (by key) a button's label is made of, as
/// [`handoff_label`] writes them.
fn button_words(step: &Step, level: Level) -> &'static [&'static str] {
    match step {
        Step::CallEmergency if level == Level::Emergency => &["call_emergency"],
        Step::CallEmergency => &["call_if_worse"],
        Step::CallNurseLine => match level {
            Level::Urgent => &["nurse_line_unsure", "call_nurse"],
            Level::SeeDoctor => &["see_doctor_no_doctor", "call_nurse"],
            _ => &["call_nurse"],
        },
        Step::CallClinic => &["call_clinic"],
        Step::EmailClinic => &["email_clinic"],
        Step::Book { from: Some(_) } => &["book_after"],
        Step::Book { from: None } => &["book"],
    }
}

/// The language's colon after a label, and a space unless it is a
/// full-width one ("：").
fn colon(vw: &Words) -> String {
    if vw.colon.ends_with('：') {
        vw.colon.to_string()
    } else {
        format!("{} ", vw.colon)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::test_clinic;
    use crate::pack::tests::shipped_pack;
    use crate::protocol::default_protocol;
    use crate::words::{built_in, rules};

    /// The default protocol in `lang` with the widget's and the sheet's
    /// words in it, and its pack (none for English, which is built in).
    struct InLanguage {
        protocol: Protocol,
        words: Words,
        rules_words: RulesWords,
        pack: Option<Pack>,
    }

    fn in_language(lang: Lang) -> InLanguage {
        if lang == Lang::EN {
            return InLanguage {
                protocol: default_protocol(),
                words: *built_in(),
                rules_words: *rules::built_in(),
                pack: None,
            };
        }
        let pack = shipped_pack(lang);
        InLanguage {
            protocol: pack.localize(default_protocol()),
            words: pack.words(),
            rules_words: pack.rules_words(),
            pack: Some(pack),
        }
    }

    fn sheet(lang: Lang) -> String {
        let language = in_language(lang);
        rules_markdown(
            &language.protocol,
            None,
            &language.words,
            &language.rules_words,
            language.pack.as_ref(),
        )
    }

    /// The widget's words the result page and the summary read (`w.<field>`
    /// in their code), each as its key.
    fn words_of_the_result() -> Vec<String> {
        let keys: Vec<String> = built_in().entries().into_iter().map(|(key, _)| key).collect();
        let mut found = Vec::new();
        for code in [include_str!("../ui/result.rs"), include_str!("../words/summary.rs")] {
            for (at, _) in code.match_indices("w.") {
                let before = code[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let field: String = code[at + 2..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                let is_word = keys
                    .iter()
                    .any(|key| *key == field || key.starts_with(&format!("{field}.")));
                if is_word && !found.contains(&field) {
                    found.push(field);
                }
            }
        }
        found
    }

    /// A new word on the result (a handoff note, a button) cannot be left
    /// off the sheet: every word the result's code reads is on it, in
    /// English and in French.
    #[test]
    fn every_word_the_result_reads_is_on_the_sheet() {
        let found = words_of_the_result();
        for expected in ["talk_first_too", "print", "copy", "next_title"] {
            assert!(found.iter().any(|f| f == expected), "{expected} not found in {found:?}");
        }
        for lang in [Lang::EN, Lang::FR] {
            let sheet = sheet(lang);
            for (key, text) in in_language(lang).words.entries() {
                let field = key.split('.').next().unwrap_or_default();
                if !found.iter().any(|f| f == field) || field == "colon" {
                    continue;
                }
                // A word with a number or date in it: its words before that.
                let fixed = text.split('{').next().unwrap_or_default().trim();
                assert!(sheet.contains(fixed), "{lang:?}: {key} ({fixed:?}) is not on the sheet");
            }
        }
    }

    #[test]
    fn each_level_shows_its_headline_text_notes_and_buttons() {
        let sheet = sheet(Lang::EN);
        for level in Level::ALL {
            let w = built_in();
            assert!(sheet.contains(&format!("### {}\n", w.level_name(level))), "{level:?}");
            if let Some(note) = handoff_note(level, w) {
                assert!(sheet.contains(note), "{level:?}: {note}");
            }
        }
        for said in [
            "- Buttons: “Call 911” (locked)\n",
            "“If it gets worse, call 911” (locked); “Not sure where to go? Call the nurse line ([Nurse line])” (locked, second option, only if the clinic gives it)",
            "- Headline: “Wait (from [date])”",
            "- Buttons: “Book from [date]” (only if the clinic gives it); “Call the clinic” (second option, only if the clinic gives it)\n",
        ] {
            assert!(sheet.contains(said), "{said:?} not in:\n{sheet}");
        }
        let emergency = default_protocol()
            .text("level-emergency")
            .map(|t| t.get(Lang::EN).to_string())
            .unwrap_or_default();
        let said = format!("- Text: “{emergency}” (locked)");
        assert!(sheet.contains(&said), "{said:?} not in:\n{sheet}");
    }

    #[test]
    fn sources_are_named_in_full_and_ids_in_words() {
        let protocol = default_protocol();
        let sheet = Sheet {
            w: rules::built_in(),
            vw: built_in(),
            lang: Lang::EN,
            base: &protocol,
            protocol: protocol.clone(),
            config: None,
            clinic: ClinicConfig::default(),
            colon: colon(built_in()),
        };
        assert_eq!(
            sheet.cite("000, 001"),
            format!("{}; {}", SOURCES[0].1, SOURCES[1].1),
            "two sources, apart"
        );
        assert_eq!(
            sheet.cite("ISCP 2012 dry needling guideline, relative contraindication"),
            format!("{}, relative contraindication", SOURCES[5].1)
        );
        assert_eq!(sheet.cite("Medical red flags"), "Medical red flags");
        assert_eq!(sheet.cite("2002: a year"), "2002: a year", "only a whole code");
        assert_eq!(
            sheet.named("`not-sure` gives `talk-first`; `widespread`, `arm-left`, `knee`, `elsewhere`"),
            "“I'm not sure” gives “Talk to the clinic first”; “Pain in many places”, \
             “Your left arm (shoulder to hand)”, “Knee”, “Somewhere else”"
        );
    }

    /// A wait with a talk-first reason hands off differently (the clinic's
    /// phone first, booking from the date second): the sheet shows both.
    #[test]
    fn a_wait_shows_its_buttons_with_and_without_a_talk_first_reason() {
        for lang in [Lang::EN, Lang::FR] {
            let sheet = sheet(lang);
            let language = in_language(lang);
            let (w, vw) = (&language.rules_words, &language.words);
            let c = colon(vw);
            let wait = sheet
                .split(&format!("### {}\n", vw.level_name(Level::Wait)))
                .nth(1)
                .and_then(|rest| rest.split("\n### ").next())
                .unwrap_or_else(|| panic!("{lang:?}: no wait section"));
            let q = |text: &str| replace_all(w.quote, "{text}", text);
            let book = q(&replace_all(vw.book_after, "{date}", w.date_shown));
            let (call, email) = (q(vw.call_clinic), q(vw.email_clinic));
            let (second, only) = (w.second_option, w.only_if_set);
            let plain = format!("- {}{c}{book} ({only}); {call} ({second}, {only})\n", w.buttons);
            let talk_first = format!(
                "- {} ({}){c}{call} ({only}); {book} ({second}, {only}); {email} ({second}, {only})\n",
                w.buttons, w.if_talk_first_too
            );
            for said in [plain, talk_first] {
                assert!(wait.contains(&said), "{lang:?}: {said:?} not in:\n{wait}");
            }
        }
        // Each follows the handoff: the phone first only with a talk-first reason.
        assert_eq!(steps(Level::Wait, true)[0], (Step::CallClinic, true));
        assert!(matches!(steps(Level::Wait, false)[0], (Step::Book { .. }, true)));
    }

    /// "`fever` → `urgent` when neck, upper-back, mid-back or low-back is
    /// selected, otherwise talk-first": the answer's row says both levels,
    /// the places and the stricter level's own source, in every language.
    #[test]
    fn an_answers_level_for_some_places_is_in_its_row_with_its_source() {
        let mut found = 0;
        for lang in [Lang::EN, Lang::FR] {
            let InLanguage { protocol, words, .. } = in_language(lang);
            let vw = &words;
            let sheet = sheet(lang);
            for question in &protocol.questions {
                for answer in &question.answers {
                    let (Some(effect), Some(when)) = (&answer.effect, &answer.when_regions) else {
                        continue;
                    };
                    found += 1;
                    let label = answer.label.get(lang);
                    let row = sheet
                        .lines()
                        .find(|line| line.starts_with(&format!("| {label} |")))
                        .unwrap_or_else(|| panic!("{lang:?}: no row for {label:?}"));
                    let cells: Vec<&str> = row.split(" | ").collect();
                    let level = cells[1];
                    let stricter = vw.level_name(when.effect.level);
                    let own = vw.level_name(effect.level);
                    assert!(
                        level.find(stricter) < level.find(own) && level.contains(own),
                        "{lang:?}: {row}"
                    );
                    for region in &when.regions.regions {
                        assert!(
                            level.contains(&region_name(*region, vw)),
                            "{lang:?}: {region:?} in {row}"
                        );
                    }
                    let source = when.effect.source.text.get(lang);
                    assert!(cells[2].contains(source), "{lang:?}: {source:?} in {row}");
                }
            }
        }
        assert!(found >= 2, "the fever answer, in English and French");
        let english = sheet(Lang::EN);
        let said = "| Yes, I have a fever or chills | “Get medical care today” when one of these places is chosen: \
                    Neck, Upper back, Middle back, Low back; otherwise “Talk to the clinic first” | \
                    Source of “Get medical care today”: Spinal infection flags. The visitor reads: \
                    “Medical warning signs of an infection in the spine.” |";
        assert!(english.contains(said), "{said:?} not in:\n{english}");
    }

    /// Where `text` (a widget or protocol text, with `{number}` and
    /// `{date}` filled in as the sheet fills them) is on the sheet with the
    /// locked mark after it, in the same item (before the next "; ", table
    /// cell or line).
    fn is_marked(sheet: &str, text: &str, w: &RulesWords) -> bool {
        let mark = format!(" ({}", w.locked_text);
        let nurse_line = format!("[{}]", w.nurse_line);
        let filled: Vec<String> = ["911", nurse_line.as_str()]
            .iter()
            .map(|number| replace_all(&replace_all(text, "{number}", number), "{date}", w.date_shown))
            .collect();
        filled.iter().any(|text| {
            sheet.match_indices(text.as_str()).any(|(at, _)| {
                let after = &sheet[at + text.len()..];
                let end = ["; ", " | ", "\n"]
                    .iter()
                    .filter_map(|stop| after.find(stop))
                    .min()
                    .unwrap_or(after.len());
                after[..end].contains(&mark)
            })
        })
    }

    /// The sheet marks every locked text it shows, wherever it shows it,
    /// from the one list of locks (`crate::base::locks`): the emergency screen
    /// (prompt, help, items and sources), the emergency, urgent and
    /// see-doctor results' names, texts, handoff notes and buttons, the
    /// chest-pain safety net, the back warning-sign note and the text after
    /// a treatment. A locked text left unmarked fails, and so does a text
    /// marked that is not locked.
    #[test]
    fn the_locked_marks_follow_the_configurations_locks() {
        for lang in [Lang::EN, Lang::FR] {
            let language = in_language(lang);
            let w = &language.rules_words;
            let sheet = sheet(lang);
            // The texts in `lang`: the English, or its pack's.
            let texts: Vec<(String, String)> = match &language.pack {
                Some(pack) => pack.texts.iter().map(|(k, t)| (k.clone(), t.clone())).collect(),
                None => crate::pack::texts(&language.protocol),
            };
            let mut marked = Vec::new();
            for (key, text) in &texts {
                if !is_locked_key(key) {
                    continue;
                }
                assert!(
                    is_marked(&sheet, text, w),
                    "{lang:?}: {key} ({text:?}) is not marked locked"
                );
                marked.push(key.as_str());
            }
            for key in [
                "text.level-emergency",
                "text.level-urgent",
                "text.level-see-doctor",
                "words.level_names.2",
                "words.see_doctor_note",
                "words.see_doctor_no_doctor",
                "words.nurse_line_unsure",
                "words.call_if_worse",
                "answer.chest-cause.yes.note",
                "answer.back-cancer-flags.yes.note",
                "text.expect-after-treatment",
                "answer.red-flags-general.chest-pain.source",
            ] {
                assert!(marked.contains(&key), "{lang:?}: {key} not among the locked texts");
            }
            // Nothing else is marked: no text that is not locked (and not
            // the same words as a locked one) has the mark after it.
            for (key, text) in &texts {
                let same_as_locked = texts.iter().any(|(k, t)| t == text && is_locked_key(k));
                if is_locked_key(key) || same_as_locked || key.starts_with("rules.") {
                    continue;
                }
                let quoted = replace_all(w.quote, "{text}", text);
                for said in [quoted, format!("| {text}"), format!("### {text}")] {
                    let marked = format!("{said} ({}", w.locked_text);
                    assert!(!sheet.contains(&marked), "{lang:?}: {key} is marked locked: {marked:?}");
                }
            }
        }
        // Each button's words are the words `button_words` names.
        let clinic = test_clinic();
        let vw = built_in();
        let entries = vw.entries();
        for level in Level::ALL {
            for talk_first in [false, true] {
                for (step, _) in steps(level, talk_first) {
                    let label = handoff_label(step, level, &clinic, vw);
                    let mut rest = label.as_str();
                    for key in button_words(step, level) {
                        let (_, word) = entries.iter().find(|(k, _)| k == key).expect("a word");
                        let fixed = word.split('{').next().unwrap_or_default();
                        let at = rest.find(fixed).unwrap_or_else(|| panic!("{key} in {label:?}"));
                        rest = &rest[at + fixed.len()..];
                    }
                }
            }
        }
    }
}
