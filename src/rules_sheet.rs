//! The rules sheet (`ims-checker rules`, and the configurator's printable
//! sheet): every question, answer, level, scope, when it is asked and its
//! source, for a physiotherapist to review and sign. Markdown; its words are
//! in [`crate::rules_words`]. Behind the `rules-sheet` feature, which both
//! enable.

use core::fmt::Write as _;

use crate::config::ClinicConfig;
use crate::date::Date;
use crate::handoff::{steps_for, Step};
use crate::lang::Lang;
use crate::pack::Pack;
use crate::protocol::{AskedWhen, Category, Level, Protocol, Question, Scope, Select};
use crate::regions::Region;
use crate::rules_words::{rules_words, RulesWords};
use crate::text::replace_all;

/// A table cell: one line, no stray column separators.
fn cell(text: &str) -> String {
    text.replace('\n', " ").replace('|', "\\|")
}

fn level_meaning(protocol: &Protocol, level: Level, lang: Lang) -> String {
    protocol
        .text(&format!("level-{}", level.id()))
        .map_or_else(|| level.id().to_string(), |t| t.get(lang).to_string())
}

fn step_words(step: &Step, w: &RulesWords) -> &'static str {
    match step {
        Step::CallEmergency => w.call_emergency,
        Step::CallNurseLine => w.call_nurse_line,
        Step::CallClinic => w.call_clinic,
        Step::EmailClinic => w.email_clinic,
        Step::Book { .. } => w.booking_link,
    }
}

fn scope_words(scope: Scope, w: &RulesWords) -> String {
    match scope {
        Scope::Visit => w.whole_visit.to_string(),
        Scope::ListedRegions(list) => format!("{} `{}`", w.listed_regions, list.id()),
        Scope::SurgeryWindows {
            site_months,
            adjacent_days,
        } => format!(
            "{} ({site_months} {}, {adjacent_days} {})",
            w.window_regions, w.months_at_site, w.days_next_to_site,
        ),
    }
}

/// The clinician's sheet: every question, answer, level, scope, when it is
/// asked and its source, plus the combining rule, surgery windows and the
/// adjacency table. Markdown, in English or French.
/// The rules sheet in `lang`; `pack` is that language's pack, whose review
/// record heads the sheet (none for the English, which packs are checked against).
pub fn rules_markdown(protocol: &Protocol, config: Option<&ClinicConfig>, lang: Lang, pack: Option<&Pack>) -> String {
    let mut out = String::new();
    let _ = write_rules(&mut out, protocol, config, lang, pack);
    out
}

fn write_rules(
    out: &mut String,
    protocol: &Protocol,
    config: Option<&ClinicConfig>,
    lang: Lang,
    pack: Option<&Pack>,
) -> core::fmt::Result {
    let w = rules_words(lang);
    writeln!(out, "# {}", w.title)?;
    writeln!(out)?;
    writeln!(
        out,
        "{}: `{}`, {} `{}`",
        w.protocol, protocol.name, w.version, protocol.version
    )?;
    if let Some(config) = config {
        writeln!(out, "{}: {}", w.clinic, config.clinic_name)?;
    }
    writeln!(out)?;
    if let Some(pack) = pack {
        let reviewed = match &pack.review {
            Some(review) => {
                let by = replace_all(w.words_reviewed, "{by}", &review.by);
                replace_all(&by, "{date}", &review.date.to_string())
            }
            None => w.words_not_reviewed.to_string(),
        };
        writeln!(out, "> {} ({}, `{}`)", reviewed, pack.name, pack.lang)?;
        writeln!(out)?;
    }
    writeln!(out, "{}", w.intro)?;
    writeln!(out)?;
    writeln!(
        out,
        "{}: ______________________   {}: ______________   {}: ____________",
        w.reviewed_by, w.signature, w.date
    )?;
    writeln!(out)?;

    writeln!(out, "## {}", w.levels_heading)?;
    writeln!(out)?;
    writeln!(out, "| {} | {} | {} |", w.level, w.visitor_is_told, w.ways_onward)?;
    writeln!(out, "|---|---|---|")?;
    for level in Level::ALL {
        let steps: Vec<String> = steps_for(level)
            .iter()
            .map(|(step, primary)| {
                let words = step_words(step, w);
                if *primary {
                    words.to_string()
                } else {
                    format!("{words} ({})", w.second_option)
                }
            })
            .collect();
        let mut meaning = level_meaning(protocol, level, lang);
        if matches!(level, Level::Emergency | Level::Urgent) {
            let _ = write!(meaning, " ({})", w.locked_text);
        }
        writeln!(
            out,
            "| `{}` | {} | {} |",
            level.id(),
            cell(&meaning),
            cell(&steps.join("; "))
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", w.summary_same_ways)?;
    writeln!(out)?;

    writeln!(out, "## {}", w.result_page_heading)?;
    writeln!(out)?;
    for line in w.result_page {
        writeln!(out, "- {line}")?;
    }
    writeln!(out)?;

    writeln!(out, "## {}", w.combining_heading)?;
    writeln!(out)?;
    for line in w.combining {
        writeln!(out, "- {line}")?;
    }
    writeln!(out)?;

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
        let questions: Vec<_> = protocol
            .questions
            .iter()
            .filter(|q| categories.contains(&q.category))
            .collect();
        if questions.is_empty() {
            writeln!(out, "{}", w.none_in_protocol)?;
            writeln!(out)?;
        }
        for question in questions {
            write_question(out, question, w)?;
        }
    }
    if let Some(config) = config {
        if !config.rows_turned_off.is_empty() {
            writeln!(out, "{}: {}", w.turned_off, code_list(&config.rows_turned_off))?;
            writeln!(out)?;
        }
    }

    writeln!(out, "## {}", w.windows_heading)?;
    writeln!(out)?;
    let windows = protocol
        .questions
        .iter()
        .flat_map(|q| q.answers.iter())
        .filter_map(|a| match a.effect.as_ref().map(|e| e.scope) {
            Some(Scope::SurgeryWindows {
                site_months,
                adjacent_days,
            }) => Some((site_months, adjacent_days)),
            _ => None,
        })
        .next();
    match windows {
        Some((months, days)) => {
            writeln!(out, "- {} {months} {}", w.site_wait, w.site_months)?;
            writeln!(out, "- {} {days} {}", w.adjacent_wait, w.adjacent_days)?;
            writeln!(out, "- {}", w.wait_ends)?;
            let example = Date::new(2025, 11, 30).map(|d| (d, d.add_months(months), d.add_days(days)));
            if let Some((date, site, adjacent)) = example {
                writeln!(
                    out,
                    "- {}: {date} → {} {site}, {} {adjacent}.",
                    w.example, w.site, w.next_to_it
                )?;
            }
        }
        None => writeln!(out, "{}", w.no_surgery_rule)?,
    }
    writeln!(out)?;

    writeln!(out, "## {}", w.adjacent_heading)?;
    writeln!(out)?;
    writeln!(out, "| {} | {} |", w.region, w.next_to)?;
    writeln!(out, "|---|---|")?;
    for region in Region::ALL {
        let neighbours: Vec<&str> = region.neighbours().map(Region::id).collect();
        writeln!(out, "| `{}` | {} |", region.id(), code_list(&neighbours))?;
    }
    writeln!(out)?;

    writeln!(out, "## {}", w.texts_heading)?;
    writeln!(out)?;
    for entry in protocol.texts.iter().filter(|entry| !entry.key.starts_with("level-")) {
        let shown_for = match &entry.shown_for {
            Some(set) => format!(" ({} {})", w.shown_only_when, code_list(&set.names)),
            None => String::new(),
        };
        writeln!(out, "- `{}`{shown_for}: {}", entry.key, cell(entry.text.get(lang)))?;
    }
    if let Some(config) = config {
        for (key, text) in [("coverage", &config.coverage), ("referral", &config.referral)] {
            if let Some(text) = text {
                writeln!(out, "- `{key}`: {}", cell(text.get(lang)))?;
            }
        }
    }
    writeln!(out)?;
    Ok(())
}

fn write_question(out: &mut String, question: &Question, w: &RulesWords) -> core::fmt::Result {
    let lang = w.lang;
    writeln!(out, "### `{}`: {}", question.id, question.prompt.get(lang))?;
    writeln!(out)?;
    let asked = match &question.asked_when {
        AskedWhen::Always => w.asked_always.to_string(),
        AskedWhen::AnyOf(set) => format!("{} {}", w.asked_only_when, code_list(&set.names)),
    };
    writeln!(out, "- {}: {asked}", w.asked)?;
    let required = if question.is_required() { w.required } else { w.optional };
    let select = match question.select {
        Select::One => w.one_answer,
        Select::Many => w.many_answers,
    };
    writeln!(out, "- {}: {required}, {select}", w.answer)?;
    writeln!(
        out,
        "- {}: {} ({})",
        w.source,
        question.source.citation,
        question.source.text.get(lang)
    )?;
    if let Some(help) = &question.help {
        writeln!(out, "- {}: {}", w.help_shown, cell(help.get(lang)))?;
    }
    if !question.points.is_empty() {
        let points: Vec<&str> = question.points.iter().map(|p| p.get(lang)).collect();
        writeln!(out, "- {}: {}", w.points_shown, cell(&points.join("; ")))?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |",
        w.answer_id, w.visitor_sees, w.level, w.scope, w.source_and_note
    )?;
    writeln!(out, "|---|---|---|---|---|")?;
    for answer in &question.answers {
        let mut label = cell(answer.label.get(lang));
        if let Some(set) = &answer.shown_for {
            let _ = write!(label, " ({} {})", w.offered_for, set.names.join(", "));
        }
        if answer.exclusive {
            let _ = write!(label, " ({})", w.exclusive_answer);
        }
        let (level, scope, source) = match &answer.effect {
            Some(effect) => (
                format!("`{}`", effect.level.id()),
                scope_words(effect.scope, w),
                format!("{} ({})", effect.source.citation, effect.source.text.get(lang)),
            ),
            None => ("—".to_string(), "—".to_string(), String::new()),
        };
        let mut detail = source;
        if let Some(follow_up) = answer.asks {
            let _ = write!(
                detail,
                "{}{} `{}`",
                if detail.is_empty() { "" } else { ". " },
                w.then_asks,
                follow_up.id()
            );
        }
        if let Some(note) = &answer.note {
            let _ = write!(
                detail,
                "{}{}: {}",
                if detail.is_empty() { "" } else { ". " },
                w.result_note,
                note.get(lang)
            );
        }
        writeln!(
            out,
            "| `{}` | {label} | {level} | {scope} | {} |",
            answer.id,
            cell(&detail)
        )?;
    }
    writeln!(out)?;
    Ok(())
}

/// Ids as a comma-separated list of code spans: "`knee`, `hip`".
fn code_list<S: AsRef<str>>(ids: &[S]) -> String {
    ids.iter()
        .map(|id| format!("`{}`", id.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}
