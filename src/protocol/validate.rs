//! Turns a [`ProtocolModel`] into a [`Protocol`], collecting every problem
//! with the exact path to it rather than stopping at the first.

use super::model::{AnswerModel, ProtocolModel, QuestionModel, SourceModel, TextModel, WhenRegionsModel};
use super::{
    Answer, AskedWhen, Category, Effect, FollowUp, Level, Protocol, Question, RegionSet, Scope, Select, Source, Text,
    TextEntry, WhenRegions,
};
use crate::base::lang::Lang;
use crate::base::regions::{Region, WIDESPREAD};
use crate::base::validation::{fill, known, Problems, TextProblem, ValidationError, MAX_LABEL, MAX_PARAGRAPH};

use core::fmt;

/// What can be wrong in a protocol. [`fmt::Display`] gives the English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProtocolProblem {
    Text(TextProblem),
    UnknownLanguage {
        tag: String,
    },
    UnknownLevel {
        id: String,
    },
    NoRegion,
    UnknownRegion {
        name: String,
    },
    NoQuestions,
    QuestionIdTwice {
        id: String,
    },
    TextKeyTwice {
        key: String,
    },
    NoPrivacyText,
    NoClinicStricterText,
    UnknownCategory {
        id: String,
    },
    UnknownSelect {
        id: String,
    },
    NoAnswers,
    OneAnswer,
    AnswerIdTwice {
        id: String,
        question: String,
    },
    FitNeedsYes,
    UnknownFollowUp {
        id: String,
    },
    NoneOfTheseNotInChecklist,
    NoneOfTheseWithLevel,
    NeverChangesOutcome {
        category: Category,
    },
    WhenRegionsWithoutOwnLevel,
    WhenRegionsNotOnVisit {
        scope: Scope,
    },
    /// A `wait` where no surgery window gives its date.
    WaitWithoutDate,
    NotMoreSevere {
        level: Level,
        own: Level,
    },
    ScopeWithoutLevel,
    SurgeryWindowsWithoutAsks,
    SurgeryWindowsWithoutLengths,
    UnknownScope {
        id: String,
    },
    ListScopeWithoutAsks {
        list: FollowUp,
    },
    WindowsOutsideSurgeryScope,
    EmergencyScreens {
        found: usize,
    },
    EmergencyScreenNotFirst,
    EmergencyScreenNotChecklist,
    EmergencyScreenNotAlwaysAsked,
    EmergencyScreenNoneOfThese,
    EmergencyItemNotUrgent,
    EmergencyItemByPlace,
    EmergencyItemNarrowed,
    FollowUpAskedTwice {
        follow_up: FollowUp,
        first: String,
    },
}

impl From<TextProblem> for ProtocolProblem {
    fn from(problem: TextProblem) -> Self {
        ProtocolProblem::Text(problem)
    }
}

/// `unknown level "x" (known: …)`, which a clinic configuration says too.
pub(crate) fn unknown_level(f: &mut fmt::Formatter<'_>, id: &str) -> fmt::Result {
    let levels = known(Level::ALL.map(Level::id));
    fill(f, "unknown level \"{}\" (known: {})", &[id, &levels])
}

impl fmt::Display for ProtocolProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProtocolProblem as P;
        let text = match self {
            P::Text(problem) => return problem.fmt(f),
            P::UnknownLanguage { tag } => {
                return write!(
                    f,
                    "unknown language \"{tag}\" (known: {})",
                    known(Lang::SHIPPED.map(Lang::id))
                )
            }
            P::UnknownLevel { id } => return unknown_level(f, id),
            P::NoRegion => "names no region; list at least one, or leave the field out",
            P::UnknownRegion { name } => {
                return write!(
                    f,
                    "unknown region \"{name}\" (use a region id like \"knee-left\", a pair like \"knee\", or \"widespread\")"
                )
            }
            P::NoQuestions => "is empty; a protocol needs at least the emergency screen",
            P::QuestionIdTwice { id } => return write!(f, "question id \"{id}\" is used twice"),
            P::TextKeyTwice { key } => return write!(f, "text key \"{key}\" is used twice"),
            P::NoPrivacyText => "has no \"privacy\" text; the result must state the privacy promise",
            P::NoClinicStricterText => "has no \"clinic-stricter\" text; a level a clinic made stricter must say so",
            P::UnknownCategory { id } => {
                return write!(
                    f,
                    "unknown category \"{id}\" (known: {})",
                    known(Category::ALL.map(Category::id))
                )
            }
            P::UnknownSelect { id } => return write!(f, "unknown select \"{id}\" (use \"one\" or \"many\")"),
            P::NoAnswers => "is empty; a question needs answers",
            P::OneAnswer => "has one answer; a one-answer question needs at least two",
            P::AnswerIdTwice { id, question } => {
                return write!(f, "answer id \"{id}\" is used twice in question \"{question}\"")
            }
            P::FitNeedsYes => "a fit question needs a \"yes\" answer (the sign that fits IMS)",
            P::UnknownFollowUp { id } => {
                return write!(
                    f,
                    "unknown follow-up \"{id}\" (known: {})",
                    known(FollowUp::ALL.map(FollowUp::id))
                )
            }
            P::NoneOfTheseNotInChecklist => "only a \"many\" question can have a \"none of these\" answer",
            P::NoneOfTheseWithLevel => "a \"none of these\" answer cannot change the level",
            P::NeverChangesOutcome { category } => {
                return write!(
                    f,
                    "{} questions never change the outcome; remove the level and follow-up",
                    category.id()
                )
            }
            P::WhenRegionsWithoutOwnLevel => {
                "needs the answer's own level (what it means when none of these regions is chosen)"
            }
            P::WhenRegionsNotOnVisit { scope } => {
                return write!(
                    f,
                    "belongs only to an answer whose effect is on the whole visit, not scope \"{}\"",
                    scope.id()
                )
            }
            P::WaitWithoutDate => "level \"wait\" needs a date; only scope \"surgery-windows\" gives one",
            P::NotMoreSevere { level, own } => {
                return write!(
                    f,
                    "\"{}\" is not more severe than the answer's own level \"{}\"",
                    level.id(),
                    own.id()
                )
            }
            P::ScopeWithoutLevel => "a scope needs a level; add \"level\" or remove the scope",
            P::SurgeryWindowsWithoutAsks => {
                "scope \"surgery-windows\" needs \"asks\": \"surgeries\" (where and when)"
            }
            P::SurgeryWindowsWithoutLengths => {
                "scope \"surgery-windows\" needs \"site-months\" (1 to 24) and \"adjacent-days\" (1 to 730)"
            }
            P::UnknownScope { id } => {
                return write!(
                    f,
                    "unknown scope \"{id}\" (known: visit, lymphoedema-regions, skin-infection-regions, surgery-windows)"
                )
            }
            P::ListScopeWithoutAsks { list } => {
                let id = list.id();
                return write!(
                    f,
                    "scope \"{id}\" needs \"asks\": \"{id}\" so the visitor can name the regions"
                );
            }
            P::WindowsOutsideSurgeryScope => {
                "\"site-months\" and \"adjacent-days\" belong only to scope \"surgery-windows\""
            }
            P::EmergencyScreens { found } => {
                return write!(f, "needs exactly one \"emergency-screen\" question, found {found}")
            }
            P::EmergencyScreenNotFirst => "the emergency screen must be the first question",
            P::EmergencyScreenNotChecklist => "the emergency screen must be a checklist (\"select\": \"many\")",
            P::EmergencyScreenNotAlwaysAsked => "the emergency screen is always asked",
            P::EmergencyScreenNoneOfThese => {
                "the emergency screen needs exactly one \"none of these\" answer (\"exclusive\": true)"
            }
            P::EmergencyItemNotUrgent => "every emergency-screen item must be \"urgent\" or \"emergency\"",
            P::EmergencyItemByPlace => {
                "the emergency screen is asked before any place is chosen; its items cannot depend on places"
            }
            P::EmergencyItemNarrowed => "emergency-screen items apply to the whole visit and ask nothing more",
            P::FollowUpAskedTwice { follow_up, first } => {
                return write!(
                    f,
                    "follow-up \"{}\" is already asked by {first}; only one answer may ask it",
                    follow_up.id()
                )
            }
        };
        f.write_str(text)
    }
}

/// The protocol's checks on the shared collector: texts, sources, levels.
impl Problems<ProtocolProblem> {
    /// Checks a patient-facing text: in English, and in any other language
    /// by a shipped language's tag; none empty or too long, no control
    /// characters. HTML is allowed as data (the widget shows text as text).
    /// The text is the English: the widget's other languages come as packs.
    pub(crate) fn text(&mut self, path: &str, text: &TextModel, max_chars: usize) -> Text {
        self.plain_string(&format!("{path}.en"), &text.en, max_chars);
        for (tag, value) in text.others() {
            let at = format!("{path}.{tag}");
            if Lang::from_id(tag).is_none() {
                self.add(&at, ProtocolProblem::UnknownLanguage { tag: tag.to_string() });
            }
            self.plain_string(&at, value, max_chars);
        }
        Text::new(text.en.clone(), None)
    }

    /// A source: its citation, and its plain words.
    pub(crate) fn source(&mut self, path: &str, source: &SourceModel) -> Source {
        self.plain_string(&format!("{path}.citation"), &source.citation, MAX_SOURCE);
        Source {
            citation: source.citation.clone(),
            text: self.text(&format!("{path}.text"), &source.text, MAX_SOURCE),
        }
    }

    pub(crate) fn level(&mut self, path: &str, id: &str) -> Option<Level> {
        let level = Level::from_id(id);
        if level.is_none() {
            self.add(path, ProtocolProblem::UnknownLevel { id: id.to_string() });
        }
        level
    }
}

/// Longest texts, in characters, besides the shared [`MAX_LABEL`] and
/// [`MAX_PARAGRAPH`].
const MAX_ID_TEXT: usize = 200;
const MAX_SOURCE: usize = 300;

/// The regions a name stands for: a region id, the stem of a pair (both
/// sides), or `widespread`. `None` for an unknown name.
pub fn regions_named(name: &str) -> Option<(Vec<Region>, bool)> {
    if name == WIDESPREAD {
        return Some((Vec::new(), true));
    }
    if let Some(region) = Region::from_id(name) {
        return Some((vec![region], false));
    }
    let both_sides: Vec<Region> = Region::ALL
        .into_iter()
        .filter(|r| {
            r.side().is_some()
                && (r.id().strip_suffix("-left") == Some(name) || r.id().strip_suffix("-right") == Some(name))
        })
        .collect();
    (!both_sides.is_empty()).then_some((both_sides, false))
}

fn region_set(problems: &mut Problems<ProtocolProblem>, path: &str, names: &[String]) -> RegionSet {
    let mut set = RegionSet::default();
    if names.is_empty() {
        problems.add(path, ProtocolProblem::NoRegion);
    }
    for (i, name) in names.iter().enumerate() {
        match regions_named(name) {
            Some((regions, widespread)) => {
                set.names.push(name.clone());
                for region in regions {
                    if !set.regions.contains(&region) {
                        set.regions.push(region);
                    }
                }
                set.widespread |= widespread;
            }
            None => problems.add(
                format!("{path}[{i}]"),
                ProtocolProblem::UnknownRegion { name: name.clone() },
            ),
        }
    }
    set
}

pub(crate) fn protocol(model: &ProtocolModel) -> Result<Protocol, Vec<ValidationError<ProtocolProblem>>> {
    let mut problems = Problems::<ProtocolProblem>::default();
    problems.plain_string("name", &model.name, MAX_ID_TEXT);
    problems.plain_string("version", &model.version, MAX_ID_TEXT);

    if model.questions.is_empty() {
        problems.add("questions", ProtocolProblem::NoQuestions);
    }
    let questions: Vec<Question> = model
        .questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| question(&mut problems, &format!("questions[{i}]"), q))
        .collect();

    for (i, q) in model.questions.iter().enumerate() {
        if model.questions.iter().take(i).any(|earlier| earlier.id == q.id) {
            problems.add(
                format!("questions[{i}].id"),
                ProtocolProblem::QuestionIdTwice { id: q.id.clone() },
            );
        }
    }
    check_emergency_screen(&mut problems, model);
    check_follow_ups(&mut problems, model);

    let mut texts = Vec::new();
    for (i, entry) in model.texts.iter().enumerate() {
        let path = format!("texts[{i}]");
        problems.id(&format!("{path}.key"), &entry.key);
        if model.texts.iter().take(i).any(|earlier| earlier.key == entry.key) {
            problems.add(
                format!("{path}.key"),
                ProtocolProblem::TextKeyTwice { key: entry.key.clone() },
            );
        }
        let text = problems.text(&format!("{path}.text"), &entry.text, MAX_PARAGRAPH);
        let shown_for = entry
            .shown_for
            .as_ref()
            .map(|names| region_set(&mut problems, &format!("{path}.shown-for"), names));
        texts.push(TextEntry {
            key: entry.key.clone(),
            text,
            shown_for,
        });
    }
    for (key, missing) in [
        ("privacy", ProtocolProblem::NoPrivacyText),
        ("clinic-stricter", ProtocolProblem::NoClinicStricterText),
    ] {
        if !model.texts.iter().any(|entry| entry.key == key) {
            problems.add("texts", missing);
        }
    }

    if problems.0.is_empty() && questions.len() == model.questions.len() {
        Ok(Protocol {
            name: model.name.clone(),
            version: model.version.clone(),
            questions,
            texts,
        })
    } else {
        Err(problems.0)
    }
}

fn question(problems: &mut Problems<ProtocolProblem>, path: &str, model: &QuestionModel) -> Option<Question> {
    problems.id(&format!("{path}.id"), &model.id);
    let category = Category::from_id(&model.category);
    if category.is_none() {
        problems.add(
            format!("{path}.category"),
            ProtocolProblem::UnknownCategory {
                id: model.category.clone(),
            },
        );
    }
    let select = match model.select.as_deref() {
        None | Some("one") => Some(Select::One),
        Some("many") => Some(Select::Many),
        Some(other) => {
            problems.add(
                format!("{path}.select"),
                ProtocolProblem::UnknownSelect { id: other.to_string() },
            );
            None
        }
    };
    let asked_when = match &model.asked_when_regions {
        None => AskedWhen::Always,
        Some(names) => AskedWhen::AnyOf(region_set(problems, &format!("{path}.asked-when-regions"), names)),
    };
    let prompt = problems.text(&format!("{path}.prompt"), &model.prompt, MAX_LABEL);
    let help = model
        .help
        .as_ref()
        .map(|help| problems.text(&format!("{path}.help"), help, MAX_PARAGRAPH));
    let points = model
        .points
        .iter()
        .enumerate()
        .map(|(i, point)| problems.text(&format!("{path}.points[{i}]"), point, MAX_LABEL))
        .collect();
    let source = problems.source(&format!("{path}.source"), &model.source);

    if model.answers.is_empty() {
        problems.add(format!("{path}.answers"), ProtocolProblem::NoAnswers);
    } else if select == Some(Select::One) && model.answers.len() < 2 {
        problems.add(format!("{path}.answers"), ProtocolProblem::OneAnswer);
    }
    let answers: Vec<Answer> = model
        .answers
        .iter()
        .enumerate()
        .filter_map(|(i, a)| answer(problems, &format!("{path}.answers[{i}]"), a, &source, category, select))
        .collect();
    for (i, a) in model.answers.iter().enumerate() {
        if model.answers.iter().take(i).any(|earlier| earlier.id == a.id) {
            problems.add(
                format!("{path}.answers[{i}].id"),
                ProtocolProblem::AnswerIdTwice {
                    id: a.id.clone(),
                    question: model.id.clone(),
                },
            );
        }
    }
    if category == Some(Category::Fit) && !model.answers.iter().any(|a| a.id == "yes") {
        problems.add(format!("{path}.answers"), ProtocolProblem::FitNeedsYes);
    }

    Some(Question {
        id: model.id.clone(),
        category: category?,
        select: select?,
        asked_when,
        prompt,
        help,
        points,
        source,
        answers: (answers.len() == model.answers.len()).then_some(answers)?,
    })
}

fn answer(
    problems: &mut Problems<ProtocolProblem>,
    path: &str,
    model: &AnswerModel,
    question_source: &Source,
    category: Option<Category>,
    select: Option<Select>,
) -> Option<Answer> {
    problems.id(&format!("{path}.id"), &model.id);
    let label = problems.text(&format!("{path}.label"), &model.label, MAX_LABEL);
    let note = model
        .note
        .as_ref()
        .map(|note| problems.text(&format!("{path}.note"), note, MAX_PARAGRAPH));
    let source = model
        .source
        .as_ref()
        .map(|source| problems.source(&format!("{path}.source"), source));
    let asks = match &model.asks {
        None => Some(None),
        Some(id) => {
            let follow_up = FollowUp::from_id(id);
            if follow_up.is_none() {
                problems.add(
                    format!("{path}.asks"),
                    ProtocolProblem::UnknownFollowUp { id: id.clone() },
                );
            }
            follow_up.map(Some)
        }
    };
    let effect = effect(
        problems,
        path,
        model,
        source.as_ref().unwrap_or(question_source),
        asks.flatten(),
    );

    if model.exclusive && select != Some(Select::Many) {
        problems.add(format!("{path}.exclusive"), ProtocolProblem::NoneOfTheseNotInChecklist);
    }
    if model.exclusive && model.level.is_some() {
        problems.add(format!("{path}.level"), ProtocolProblem::NoneOfTheseWithLevel);
    }
    if let Some(category) = category {
        if !category.may_change_level() && (model.level.is_some() || model.asks.is_some()) {
            problems.add(
                format!("{path}.level"),
                ProtocolProblem::NeverChangesOutcome { category },
            );
        }
    }
    let shown_for = model
        .shown_for
        .as_ref()
        .map(|names| region_set(problems, &format!("{path}.shown-for"), names));
    let when_regions = match &model.when_regions {
        None => Some(None),
        Some(when) => when_regions(
            problems,
            &format!("{path}.when-regions"),
            when,
            effect.as_ref().and_then(Option::as_ref),
        )
        .map(Some),
    };

    Some(Answer {
        id: model.id.clone(),
        label,
        note,
        effect: effect?,
        asks: asks?,
        exclusive: model.exclusive,
        shown_for,
        when_regions: when_regions?,
    })
}

/// An answer's stricter effect when one of some regions is chosen: it needs
/// the answer's own effect on the whole visit, and a level more severe than
/// that one (and never `wait`, which only surgery windows date).
fn when_regions(
    problems: &mut Problems<ProtocolProblem>,
    path: &str,
    model: &WhenRegionsModel,
    own: Option<&Effect>,
) -> Option<WhenRegions> {
    let regions = region_set(problems, &format!("{path}.regions"), &model.regions);
    let level = problems.level(&format!("{path}.level"), &model.level);
    let source = model
        .source
        .as_ref()
        .map(|source| problems.source(&format!("{path}.source"), source));
    let Some(own) = own else {
        problems.add(path, ProtocolProblem::WhenRegionsWithoutOwnLevel);
        return None;
    };
    if own.scope != Scope::Visit {
        problems.add(path, ProtocolProblem::WhenRegionsNotOnVisit { scope: own.scope });
    }
    let level = level?;
    if level == Level::Wait {
        problems.add(format!("{path}.level"), ProtocolProblem::WaitWithoutDate);
    } else if level <= own.level {
        problems.add(
            format!("{path}.level"),
            ProtocolProblem::NotMoreSevere { level, own: own.level },
        );
    }
    Some(WhenRegions {
        regions,
        effect: Effect {
            level,
            scope: Scope::Visit,
            source: source.unwrap_or_else(|| own.source.clone()),
        },
    })
}

/// The answer's effect; `Some(None)` when it has none, `None` when it is broken.
fn effect(
    problems: &mut Problems<ProtocolProblem>,
    path: &str,
    model: &AnswerModel,
    source: &Source,
    asks: Option<FollowUp>,
) -> Option<Option<Effect>> {
    let windows_given = model.site_months.is_some() || model.adjacent_days.is_some();
    let Some(level_id) = &model.level else {
        if model.scope.is_some() || windows_given {
            problems.add(format!("{path}.scope"), ProtocolProblem::ScopeWithoutLevel);
            return None;
        }
        return Some(None);
    };
    let level = problems.level(&format!("{path}.level"), level_id);
    let scope_id = model.scope.as_deref().unwrap_or("visit");
    let scope = match scope_id {
        "visit" => Some(Scope::Visit),
        "surgery-windows" => {
            if asks != Some(FollowUp::Surgeries) {
                problems.add(format!("{path}.asks"), ProtocolProblem::SurgeryWindowsWithoutAsks);
            }
            match (model.site_months, model.adjacent_days) {
                (Some(site_months @ 1..=24), Some(adjacent_days @ 1..=730)) => Some(Scope::SurgeryWindows {
                    site_months,
                    adjacent_days,
                }),
                _ => {
                    problems.add(
                        format!("{path}.site-months"),
                        ProtocolProblem::SurgeryWindowsWithoutLengths,
                    );
                    None
                }
            }
        }
        other => match FollowUp::from_id(other) {
            Some(FollowUp::Surgeries) | None => {
                problems.add(
                    format!("{path}.scope"),
                    ProtocolProblem::UnknownScope { id: other.to_string() },
                );
                None
            }
            Some(list) => {
                if asks != Some(list) {
                    problems.add(format!("{path}.asks"), ProtocolProblem::ListScopeWithoutAsks { list });
                }
                Some(Scope::ListedRegions(list))
            }
        },
    };
    if windows_given && !matches!(scope, Some(Scope::SurgeryWindows { .. })) && scope.is_some() {
        problems.add(
            format!("{path}.site-months"),
            ProtocolProblem::WindowsOutsideSurgeryScope,
        );
    }
    // A wait needs a date, and only surgery windows compute one.
    if level == Some(Level::Wait) && !matches!(scope, Some(Scope::SurgeryWindows { .. })) {
        problems.add(format!("{path}.level"), ProtocolProblem::WaitWithoutDate);
    }
    Some(Some(Effect {
        level: level?,
        scope: scope?,
        source: source.clone(),
    }))
}

/// Step 1 must come first, be a checklist with one "none of these", and
/// every item must send the visitor for help (at least `urgent`).
fn check_emergency_screen(problems: &mut Problems<ProtocolProblem>, model: &ProtocolModel) {
    let screens: Vec<(usize, &QuestionModel)> = model
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.category == Category::EmergencyScreen.id())
        .collect();
    let [(index, screen)] = screens.as_slice() else {
        problems.add("questions", ProtocolProblem::EmergencyScreens { found: screens.len() });
        return;
    };
    let path = format!("questions[{index}]");
    if *index != 0 {
        problems.add(format!("{path}.category"), ProtocolProblem::EmergencyScreenNotFirst);
    }
    if screen.select.as_deref() != Some("many") {
        problems.add(format!("{path}.select"), ProtocolProblem::EmergencyScreenNotChecklist);
    }
    if screen.asked_when_regions.is_some() {
        problems.add(
            format!("{path}.asked-when-regions"),
            ProtocolProblem::EmergencyScreenNotAlwaysAsked,
        );
    }
    if screen.answers.iter().filter(|a| a.exclusive).count() != 1 {
        problems.add(format!("{path}.answers"), ProtocolProblem::EmergencyScreenNoneOfThese);
    }
    for (i, answer) in screen.answers.iter().enumerate() {
        if answer.exclusive {
            continue;
        }
        let level = answer.level.as_deref().and_then(Level::from_id);
        if level.is_some_and(|level| level < Level::Urgent) || answer.level.is_none() {
            problems.add(
                format!("{path}.answers[{i}].level"),
                ProtocolProblem::EmergencyItemNotUrgent,
            );
        }
        if answer.when_regions.is_some() {
            problems.add(
                format!("{path}.answers[{i}].when-regions"),
                ProtocolProblem::EmergencyItemByPlace,
            );
        }
        if answer.scope.as_deref().is_some_and(|scope| scope != "visit") || answer.asks.is_some() {
            problems.add(
                format!("{path}.answers[{i}].scope"),
                ProtocolProblem::EmergencyItemNarrowed,
            );
        }
    }
}

/// The visitor fills each follow-up list once, so one answer at most may ask for it.
fn check_follow_ups(problems: &mut Problems<ProtocolProblem>, model: &ProtocolModel) {
    for follow_up in FollowUp::ALL {
        let askers: Vec<String> = model
            .questions
            .iter()
            .enumerate()
            .flat_map(|(qi, q)| {
                q.answers
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| a.asks.as_deref() == Some(follow_up.id()))
                    .map(move |(ai, _)| format!("questions[{qi}].answers[{ai}]"))
            })
            .collect();
        if let [_, later @ ..] = askers.as_slice() {
            for path in later {
                problems.add(
                    format!("{path}.asks"),
                    ProtocolProblem::FollowUpAskedTwice {
                        follow_up,
                        first: askers.first().cloned().unwrap_or_default(),
                    },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::default::default_model;
    use super::*;

    fn problems_of(model: &ProtocolModel) -> Vec<String> {
        match Protocol::from_model(model) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn the_default_model_is_valid() {
        assert_eq!(problems_of(&default_model()), Vec::<String>::new());
    }

    #[test]
    fn an_unknown_level_names_its_path_and_every_problem_is_listed() {
        let mut model = default_model();
        model.questions[4].answers[1].level = Some("sutable".into());
        model.questions[5].answers[0].label.set("fr", String::new());
        model.questions[5].answers[1].label.set("fr", "Non".into());
        model.questions[5].prompt.set("xx", "Prompt".into());
        let problems = problems_of(&model);
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("questions[4].answers[1].level: unknown level \"sutable\"")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p == "questions[5].answers[0].label.fr: is empty; write the text"),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("questions[5].prompt.xx: unknown language \"xx\" (known: en, fr,")),
            "{problems:?}"
        );
        assert!(
            !problems.iter().any(|p| p.contains("answers[1].label")),
            "a text in a shipped language is fine: {problems:?}"
        );
    }

    #[test]
    fn duplicate_and_malformed_ids_are_reported() {
        let mut model = default_model();
        let copy = model.questions[2].clone();
        model.questions.push(copy);
        model.questions[3].answers[0].id = "Yes please".into();
        let problems = problems_of(&model);
        assert!(problems.iter().any(|p| p.contains("is used twice")), "{problems:?}");
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("questions[3].answers[0].id: id \"Yes please\"")),
            "{problems:?}"
        );
    }

    #[test]
    fn an_emergency_item_cannot_be_made_mild() {
        let mut model = default_model();
        model.questions[0].answers[0].level = Some("talk-first".into());
        let problems = problems_of(&model);
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("questions[0].answers[0].level: every emergency-screen item")),
            "{problems:?}"
        );
    }

    #[test]
    fn wait_without_a_window_and_unknown_regions_are_refused() {
        let mut model = default_model();
        let bleeding = model
            .questions
            .iter()
            .position(|q| q.id == "bleeding")
            .expect("bleeding");
        model.questions[bleeding].answers[0].level = Some("wait".into());
        model.questions[bleeding].asked_when_regions = Some(vec!["knees".into()]);
        let problems = problems_of(&model);
        assert!(
            problems.iter().any(|p| p.contains("level \"wait\" needs a date")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("asked-when-regions[0]: unknown region \"knees\"")),
            "{problems:?}"
        );
    }

    #[test]
    fn informational_questions_cannot_change_the_level() {
        let mut model = default_model();
        let duration = model
            .questions
            .iter()
            .position(|q| q.id == "duration")
            .expect("duration");
        model.questions[duration].answers[0].level = Some("not-suitable".into());
        let problems = problems_of(&model);
        assert!(
            problems
                .iter()
                .any(|p| p.contains("informational questions never change the outcome")),
            "{problems:?}"
        );
    }

    /// A level for some places must raise the answer's own level on the
    /// whole visit, name known places, and never be a wait.
    #[test]
    fn a_level_for_some_places_must_raise_the_answers_own() {
        let mut model = default_model();
        let unwell = model
            .questions
            .iter()
            .position(|q| q.id == "unwell-now")
            .expect("unwell-now");
        let at = format!("questions[{unwell}].answers[0].when-regions");
        fn fever(model: &mut ProtocolModel, unwell: usize) -> &mut AnswerModel {
            &mut model.questions[unwell].answers[0]
        }
        assert!(
            fever(&mut model, unwell).when_regions.is_some(),
            "fever has a level for the spine"
        );

        let mut lower = model.clone();
        if let Some(when) = &mut fever(&mut lower, unwell).when_regions {
            when.level = "talk-first".into();
            when.regions.push("backs".into());
        }
        let problems = problems_of(&lower);
        assert!(
            problems.iter().any(|p| p.starts_with(&format!(
                "{at}.level: \"talk-first\" is not more severe than the answer's own level \"talk-first\""
            ))),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(&format!("{at}.regions[4]: unknown region \"backs\""))),
            "{problems:?}"
        );

        let mut wait = model.clone();
        if let Some(when) = &mut fever(&mut wait, unwell).when_regions {
            when.level = "wait".into();
        }
        assert!(
            problems_of(&wait)
                .iter()
                .any(|p| p.starts_with(&format!("{at}.level: level \"wait\" needs a date"))),
            "{:?}",
            problems_of(&wait)
        );

        let mut alone = model.clone();
        fever(&mut alone, unwell).level = None;
        assert!(
            problems_of(&alone)
                .iter()
                .any(|p| p.starts_with(&format!("{at}: needs the answer's own level"))),
            "{:?}",
            problems_of(&alone)
        );

        let mut screen = model.clone();
        screen.questions[0].answers[0].when_regions = fever(&mut model, unwell).when_regions.clone();
        assert!(
            problems_of(&screen)
                .iter()
                .any(|p| p.starts_with("questions[0].answers[0].when-regions: the emergency screen")),
            "{:?}",
            problems_of(&screen)
        );
    }

    /// In a protocol file: `when-regions` on an answer, read as the widget's
    /// default tables build it.
    #[test]
    fn a_level_for_some_places_reads_from_json() {
        let model = default_model();
        let json = serde_json::to_string(&model).expect("serialises");
        assert!(
            json.contains(r#""when-regions":{"regions":["neck","upper-back","mid-back","low-back"],"level":"urgent""#),
            "{json}"
        );
        let read: ProtocolModel = serde_json::from_str(&json).expect("reads back");
        assert_eq!(read, model);
    }

    #[test]
    fn region_names_cover_ids_pairs_and_widespread() {
        assert_eq!(regions_named("knee").map(|(r, _)| r.len()), Some(2));
        assert_eq!(regions_named("low-back").map(|(r, _)| r.len()), Some(1));
        assert_eq!(regions_named("widespread"), Some((Vec::new(), true)));
        assert_eq!(regions_named("back"), None);
        assert_eq!(regions_named("low"), None);
    }
}
