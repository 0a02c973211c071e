//! The screening protocol as data: questions, answers, levels, scopes, when a
//! question is asked, reasons with sources, and texts in English (a pack
//! gives them in another language: [`Text::other`]).
//!
//! Protocols from files enter only through [`model`] (serde shapes, the thin
//! edge) and [`Protocol::from_model`] (the validator). The default protocol is
//! static tables the widget builds directly, so it ships neither a JSON parser
//! nor the validator; a test checks that the validator makes exactly the same
//! protocol of the tables' model.

pub mod default;
pub mod model;
#[cfg(test)]
pub(crate) mod shipped_packs;
pub(crate) mod validate;

/// Re-exported: the protocol's texts are in these languages, and callers
/// name them with the protocol's types.
pub use crate::base::lang::Lang;
pub use crate::base::validation::ValidationError;
pub use default::{default_model, default_protocol};
pub use validate::ProtocolProblem;

use crate::base::regions::Region;

/// A patient-facing text: the English, which every protocol has, and the
/// same text in at most one other language (the language of the pack the
/// widget speaks now).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: String,
    pub other: Option<(Lang, String)>,
}

impl Text {
    pub fn new(en: impl Into<String>, other: Option<(Lang, String)>) -> Text {
        Text { en: en.into(), other }
    }

    /// The text in `lang`, or the English when it has none in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match &self.other {
            Some((other, text)) if *other == lang => text,
            _ => &self.en,
        }
    }

    /// This text followed by `more`, in English and in the other language
    /// both have.
    pub fn then(&self, more: &Text) -> Text {
        let other = match (&self.other, &more.other) {
            (Some((lang, a)), Some((more_lang, b))) if lang == more_lang => Some((*lang, format!("{a} {b}"))),
            _ => None,
        };
        Text::new(format!("{} {}", self.en, more.en), other)
    }
}

/// Where a rule comes from: the citation a physiotherapist checks, and the
/// same source in plain words for the visitor, in each language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub citation: String,
    pub text: Text,
}

/// The outcome levels of the screening facts.
///
/// Declared from least to most severe so the derived ordering reads as
/// severity: `a > b` means `a` is more severe, and `max` picks the more severe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// Likely suitable: book an assessment.
    Suitable,
    /// Call the clinic before booking.
    TalkFirst,
    /// Not yet: possible from a computed date.
    Wait,
    /// IMS / dry needling is not for you now (or not for an area).
    NotSuitable,
    /// See your doctor before any needling.
    SeeDoctor,
    /// See a doctor or urgent care today.
    Urgent,
    /// Call the emergency number now.
    Emergency,
}

impl Level {
    /// Most severe first, as the facts list them.
    pub const ALL: [Level; 7] = [
        Level::Emergency,
        Level::Urgent,
        Level::SeeDoctor,
        Level::NotSuitable,
        Level::Wait,
        Level::TalkFirst,
        Level::Suitable,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Level::Emergency => "emergency",
            Level::Urgent => "urgent",
            Level::SeeDoctor => "see-doctor",
            Level::NotSuitable => "not-suitable",
            Level::Wait => "wait",
            Level::TalkFirst => "talk-first",
            Level::Suitable => "suitable",
        }
    }

    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|level| level.id() == id)
    }

    /// "What to expect" (and the signs that fit) is for a visitor who may
    /// still be needled: `suitable`, `talk-first` and `wait` only.
    pub fn shows_what_to_expect(self) -> bool {
        matches!(self, Level::Suitable | Level::TalkFirst | Level::Wait)
    }

    /// Whether the clinic's booking link is shown: never for `emergency`,
    /// `urgent`, `see-doctor` or `not-suitable`.
    pub fn offers_booking(self) -> bool {
        matches!(self, Level::Suitable | Level::Wait)
    }
}

/// Which part of the check a question belongs to; decides whether it is
/// required, whether it may change the level and whether a clinic may turn it off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// Step 1, asked before anything else; a tick ends the check.
    EmergencyScreen,
    /// Asked only when certain regions are chosen (e.g. `back-cancer-flags`).
    RegionFollowUp,
    /// Rules from source 002: on in every protocol, never turned off.
    Core,
    /// Guideline rows (ISCP 2012, safety guidance): on by default, a clinic may turn them off.
    Guideline,
    /// "Signs that fit IMS": shown on the result, never change the level.
    Fit,
    /// Context only (duration, conditions): never change the level.
    Informational,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::EmergencyScreen,
        Category::RegionFollowUp,
        Category::Core,
        Category::Guideline,
        Category::Fit,
        Category::Informational,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Category::EmergencyScreen => "emergency-screen",
            Category::RegionFollowUp => "region-follow-up",
            Category::Core => "core",
            Category::Guideline => "guideline",
            Category::Fit => "fit",
            Category::Informational => "informational",
        }
    }

    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }

    /// Whether the visitor must answer before a result is given.
    pub fn is_required(self) -> bool {
        !matches!(self, Category::Fit | Category::Informational)
    }

    /// Whether answers in this category may carry an effect on the level.
    pub fn may_change_level(self) -> bool {
        self.is_required()
    }
}

/// One answer or several (a checklist).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Select {
    One,
    Many,
}

/// A set of regions named by a protocol: whole ids (`knee-left`), stems of
/// pairs meaning both sides (`knee`), or the `widespread` option.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RegionSet {
    /// The names as written, for the rules sheet.
    pub names: Vec<String>,
    pub regions: Vec<Region>,
    pub widespread: bool,
}

impl RegionSet {
    /// Whether any chosen region (or the widespread option) is in the set.
    pub fn matches(&self, chosen: &[Region], widespread: bool) -> bool {
        (self.widespread && widespread) || chosen.iter().any(|r| self.regions.contains(r))
    }
}

/// When a question is asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AskedWhen {
    Always,
    /// Only when one of these regions is chosen.
    AnyOf(RegionSet),
}

/// A list the visitor fills in after a particular answer ("where and when?").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FollowUp {
    /// Operations as (region, date) pairs.
    Surgeries,
    /// Regions with lymphoedema.
    LymphoedemaRegions,
    /// Regions with a skin infection.
    SkinInfectionRegions,
}

impl FollowUp {
    pub const ALL: [FollowUp; 3] = [
        FollowUp::Surgeries,
        FollowUp::LymphoedemaRegions,
        FollowUp::SkinInfectionRegions,
    ];

    pub fn id(self) -> &'static str {
        match self {
            FollowUp::Surgeries => "surgeries",
            FollowUp::LymphoedemaRegions => "lymphoedema-regions",
            FollowUp::SkinInfectionRegions => "skin-infection-regions",
        }
    }

    pub fn from_id(id: &str) -> Option<FollowUp> {
        FollowUp::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// What an effect applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// The whole visit.
    Visit,
    /// The chosen regions the visitor listed in a follow-up (lymphoedema, skin infection).
    ListedRegions(FollowUp),
    /// Each chosen region within a window after an operation: `site_months`
    /// calendar months at the operated region, `adjacent_days` days next to it.
    SurgeryWindows { site_months: u32, adjacent_days: u32 },
}

impl Scope {
    pub fn id(self) -> &'static str {
        match self {
            Scope::Visit => "visit",
            Scope::ListedRegions(follow_up) => follow_up.id(),
            Scope::SurgeryWindows { .. } => "surgery-windows",
        }
    }
}

/// What choosing an answer does to the outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Effect {
    pub level: Level,
    pub scope: Scope,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub id: String,
    pub label: Text,
    /// Shown on the result when this answer was chosen.
    pub note: Option<Text>,
    pub effect: Option<Effect>,
    /// The list to fill in after this answer.
    pub asks: Option<FollowUp>,
    /// "None of these": chosen alone in a checklist.
    pub exclusive: bool,
    /// Offered only when one of these regions is chosen (conditions).
    pub shown_for: Option<RegionSet>,
    /// A stricter effect that takes the place of `effect` when one of its
    /// regions is chosen (a fever with back or neck pain is `urgent`).
    pub when_regions: Option<WhenRegions>,
}

/// An answer's effect when one of `regions` is chosen: always on the whole
/// visit, more severe than the answer's own effect, with its own source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhenRegions {
    pub regions: RegionSet,
    pub effect: Effect,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    pub category: Category,
    pub select: Select,
    pub asked_when: AskedWhen,
    pub prompt: Text,
    pub help: Option<Text>,
    /// Short items the question asks about ("any of these"), shown as a
    /// list under it.
    pub points: Vec<Text>,
    pub source: Source,
    pub answers: Vec<Answer>,
}

impl Question {
    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.id == id)
    }

    pub fn is_required(&self) -> bool {
        self.category.is_required()
    }
}

/// A validated protocol. Build one with [`Protocol::from_model`] or
/// [`default_protocol`]; a clinic's configuration (`config`) adjusts it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Protocol {
    pub name: String,
    pub version: String,
    /// In the order they are asked; the emergency screen comes first.
    pub questions: Vec<Question>,
    /// Result-page texts: `privacy`, `expect-*`, `level-*`.
    pub texts: Vec<TextEntry>,
}

/// A result-page text, shown only for some regions when `shown_for` says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextEntry {
    pub key: String,
    pub text: Text,
    /// `None`: always shown.
    pub shown_for: Option<RegionSet>,
}

impl Protocol {
    pub fn from_model(model: &model::ProtocolModel) -> Result<Protocol, Vec<ValidationError<ProtocolProblem>>> {
        validate::protocol(model)
    }

    /// Calls `each` with every text a language pack translates, by its key
    /// in a pack (`question.<id>.prompt`, `text.<key>`: see `crate::pack`).
    /// An answer's reason with the question's own source is called with the
    /// question's key: the same words, translated once.
    pub fn each_text(&mut self, each: &mut dyn FnMut(String, &mut Text)) {
        for q in &mut self.questions {
            let at = format!("question.{}", q.id);
            let source_key = format!("{at}.source");
            let question_source = q.source.clone();
            each(format!("{at}.prompt"), &mut q.prompt);
            if let Some(help) = &mut q.help {
                each(format!("{at}.help"), help);
            }
            for (n, point) in q.points.iter_mut().enumerate() {
                each(format!("{at}.points.{n}"), point);
            }
            each(source_key.clone(), &mut q.source.text);
            for a in &mut q.answers {
                let at = format!("answer.{}.{}", q.id, a.id);
                each(format!("{at}.label"), &mut a.label);
                if let Some(note) = &mut a.note {
                    each(format!("{at}.note"), note);
                }
                if let Some(effect) = &mut a.effect {
                    let key = if effect.source == question_source {
                        source_key.clone()
                    } else {
                        format!("{at}.source")
                    };
                    each(key, &mut effect.source.text);
                }
                if let Some(when) = &mut a.when_regions {
                    let key = if when.effect.source == question_source {
                        source_key.clone()
                    } else {
                        format!("{at}.when-regions.source")
                    };
                    each(key, &mut when.effect.source.text);
                }
            }
        }
        for entry in &mut self.texts {
            each(format!("text.{}", entry.key), &mut entry.text);
        }
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The answer `answer` of question `question`, if both exist.
    pub fn answer(&self, question: &str, answer: &str) -> Option<&Answer> {
        self.question(question).and_then(|q| q.answer(answer))
    }

    pub fn text(&self, key: &str) -> Option<&Text> {
        self.texts
            .iter()
            .find(|entry| entry.key == key)
            .map(|entry| &entry.text)
    }

    /// Whether a question is the step-1 checklist, whose texts no clinic may change.
    pub fn is_emergency_screen(&self, question: &str) -> bool {
        self.question(question)
            .is_some_and(|q| q.category == Category::EmergencyScreen)
    }

    /// The step-1 checklist (`red-flags-general` in the default protocol).
    pub fn emergency_screen(&self) -> Option<&Question> {
        self.questions.iter().find(|q| q.category == Category::EmergencyScreen)
    }
}
