//! A clinic's configuration: contact details, handoff numbers, optional
//! coverage and referral texts, languages, and the few ways a clinic may
//! adjust the protocol (turn off guideline rows, make levels stricter,
//! reword texts). Validated against the protocol it adjusts.
//!
//! A configuration file is recognised by its top-level `clinic-name` field:
//!
//! ```json
//! {
//!   "clinic-name": "Main Street Physio",
//!   "booking-url": "https://example.com/book",
//!   "phone": "604-555-0100",
//!   "email": "front@example.com",
//!   "emergency-number": "911",
//!   "nurse-line": "811",
//!   "coverage": {"en": "...", "fr": "..."},
//!   "referral": {"en": "...", "fr": "..."},
//!   "languages": ["en", "fr"],
//!   "rows-turned-off": ["metal-allergy"],
//!   "stricter-levels": {"bleeding/yes": "not-suitable"},
//!   "text-overrides": {"text:privacy": {"en": "...", "fr": "..."}}
//! }
//! ```
//!
//! Text override keys: `question:<question>` (the prompt), `help:<question>`,
//! `answer:<question>/<answer>` (the label), `note:<question>/<answer>`,
//! `text:<key>` (a result-page text such as `privacy` or `expect-needle`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::protocol::model::TextModel;
use crate::protocol::validate::{known, Problems, MAX_LABEL, MAX_PARAGRAPH};
use crate::protocol::{Category, Effect, Lang, Level, Protocol, Scope, Source, Text, ValidationError};

/// A configuration as written: the JSON shape `ims-checker validate` reads,
/// with its two maps in a `BTreeMap`.
pub type ClinicConfigModel = ConfigModel<BTreeMap<String, String>, BTreeMap<String, TextModel>>;

/// The shape of a configuration, whatever holds its two maps: the command-line
/// tool reads them into `BTreeMap`s ([`ClinicConfigModel`]), the widget into
/// [`SortedMap`]s, which cost it far less code. Both are read in key order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    rename_all = "kebab-case",
    deny_unknown_fields,
    bound(
        serialize = "Levels: Serialize + Entries, Overrides: Serialize + Entries",
        deserialize = "Levels: Deserialize<'de> + Default, Overrides: Deserialize<'de> + Default"
    )
)]
pub struct ConfigModel<Levels, Overrides> {
    pub clinic_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Default `911`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nurse_line: Option<String>,
    /// Off unless given: coverage is clinic- and province-specific.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coverage: Option<TextModel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral: Option<TextModel>,
    /// Default `["en", "fr"]`; the first is the starting language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// Ids of guideline questions to leave out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows_turned_off: Vec<String>,
    /// `"question/answer": "level"`; never less severe than the protocol.
    #[serde(default, skip_serializing_if = "Entries::is_empty")]
    pub stricter_levels: Levels,
    /// Text override key to text, e.g. `"text:privacy"`.
    #[serde(default, skip_serializing_if = "Entries::is_empty")]
    pub text_overrides: Overrides,
}

impl<Levels: Default + Entries, Overrides: Default + Entries> ConfigModel<Levels, Overrides> {
    /// Leaves out the setting a problem's path starts with (`booking-url`,
    /// `languages[1]`); of the two maps, only the entry named
    /// (`text-overrides.text:privacy`), so one locked or mistyped override
    /// costs the clinic none of its others. False for a path that names none.
    pub fn leave_out(&mut self, path: &str) -> bool {
        if let Some((map, key)) = path.split_once('.') {
            match map {
                "stricter-levels" if self.stricter_levels.remove(key) => return true,
                "text-overrides" if self.text_overrides.remove(key) => return true,
                _ => {}
            }
        }
        match path.split(['.', '[']).next().unwrap_or("") {
            "clinic-name" => self.clinic_name = String::new(),
            "booking-url" => self.booking_url = None,
            "phone" => self.phone = None,
            "email" => self.email = None,
            "emergency-number" => self.emergency_number = None,
            "nurse-line" => self.nurse_line = None,
            "coverage" => self.coverage = None,
            "referral" => self.referral = None,
            "languages" => self.languages = None,
            "rows-turned-off" => self.rows_turned_off = Vec::new(),
            "stricter-levels" => self.stricter_levels = Levels::default(),
            "text-overrides" => self.text_overrides = Overrides::default(),
            _ => return false,
        }
        true
    }
}

/// A map from text keys, read in key order.
pub trait Entries {
    type Value;
    /// The entries in key order.
    fn entries(&self) -> impl Iterator<Item = (&str, &Self::Value)>;
    fn is_empty(&self) -> bool;
    /// Removes the entry for `key`; false if there was none.
    fn remove(&mut self, key: &str) -> bool;
}

impl<T> Entries for BTreeMap<String, T> {
    type Value = T;

    fn entries(&self) -> impl Iterator<Item = (&str, &T)> {
        self.iter().map(|(key, value)| (key.as_str(), value))
    }

    fn is_empty(&self) -> bool {
        BTreeMap::is_empty(self)
    }

    fn remove(&mut self, key: &str) -> bool {
        BTreeMap::remove(self, key).is_some()
    }
}

/// A map kept as a list sorted by key, with only what the widget needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedMap<T>(Vec<(String, T)>);

impl<T> Default for SortedMap<T> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<T> SortedMap<T> {
    /// Adds or replaces the value for `key`.
    pub fn insert(&mut self, key: String, value: T) {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
            Ok(at) => {
                if let Some(entry) = self.0.get_mut(at) {
                    entry.1 = value;
                }
            }
            Err(at) => self.0.insert(at, (key, value)),
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl<T> Entries for SortedMap<T> {
    type Value = T;

    fn entries(&self) -> impl Iterator<Item = (&str, &T)> {
        self.0.iter().map(|(key, value)| (key.as_str(), value))
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn remove(&mut self, key: &str) -> bool {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(key)) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }
}



/// Which protocol text an override replaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextTarget {
    Prompt { question: String },
    Help { question: String },
    Label { question: String, answer: String },
    Note { question: String, answer: String },
    Text { key: String },
}

/// A validated clinic configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicConfig {
    pub clinic_name: String,
    pub booking_url: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub emergency_number: String,
    pub nurse_line: Option<String>,
    pub coverage: Option<Text>,
    pub referral: Option<Text>,
    /// Never empty; the first is the starting language.
    pub languages: Vec<Lang>,
    pub rows_turned_off: Vec<String>,
    /// (question, answer, level).
    pub stricter_levels: Vec<(String, String, Level)>,
    pub text_overrides: Vec<(TextTarget, Text)>,
}

impl Default for ClinicConfig {
    /// No clinic details, emergency number 911, both languages, protocol unchanged.
    fn default() -> Self {
        ClinicConfig {
            clinic_name: String::new(),
            booking_url: None,
            phone: None,
            email: None,
            emergency_number: "911".to_string(),
            nurse_line: None,
            coverage: None,
            referral: None,
            languages: Lang::ALL.to_vec(),
            rows_turned_off: Vec::new(),
            stricter_levels: Vec::new(),
            text_overrides: Vec::new(),
        }
    }
}

/// The configuration with every setting that has a problem left out, and
/// those problems: the visitor still gets the clinic's phone when only the
/// booking link is wrong. Never fails; at worst it is the defaults.
pub fn keeping_what_is_valid<Levels, Overrides>(
    mut model: ConfigModel<Levels, Overrides>,
    protocol: &Protocol,
) -> (ClinicConfig, Vec<ValidationError>)
where
    Levels: Entries<Value = String> + Default,
    Overrides: Entries<Value = TextModel> + Default,
{
    let errors = match ClinicConfig::from_model(&model, protocol) {
        Ok(config) => return (config, Vec::new()),
        Err(errors) => errors,
    };
    for error in &errors {
        model.leave_out(&error.path);
    }
    // A name is required of a configuration, but a visitor needs the clinic's
    // contacts more than its name: check the rest under a stand-in name and
    // show none (the summary then leaves its line out).
    let unnamed = model.clinic_name.is_empty();
    if unnamed {
        model.clinic_name = "clinic".into();
    }
    let mut config = ClinicConfig::from_model(&model, protocol).unwrap_or_default();
    if unnamed {
        config.clinic_name = String::new();
    }
    (config, errors)
}

const MAX_LINK: usize = 2000;
const LINK_SCHEMES: [&str; 4] = ["https://", "http://", "tel:", "mailto:"];

impl ClinicConfig {
    /// Validates a configuration against the protocol it will adjust,
    /// listing every problem with its field.
    pub fn from_model<Levels, Overrides>(
        model: &ConfigModel<Levels, Overrides>,
        protocol: &Protocol,
    ) -> Result<ClinicConfig, Vec<ValidationError>>
    where
        Levels: Entries<Value = String>,
        Overrides: Entries<Value = TextModel>,
    {
        let mut problems = Problems::default();
        problems.plain_string("clinic-name", &model.clinic_name, 200);
        if let Some(url) = &model.booking_url {
            check_link(&mut problems, "booking-url", url);
        }
        for (field, number) in [
            ("phone", &model.phone),
            ("emergency-number", &model.emergency_number),
            ("nurse-line", &model.nurse_line),
        ] {
            if let Some(number) = number {
                check_phone(&mut problems, field, number);
            }
        }
        if let Some(email) = &model.email {
            check_email(&mut problems, "email", email);
        }
        let coverage = model.coverage.as_ref().map(|t| problems.text("coverage", t, MAX_PARAGRAPH));
        let referral = model.referral.as_ref().map(|t| problems.text("referral", t, MAX_PARAGRAPH));
        let languages = languages(&mut problems, model.languages.as_deref());

        for (i, id) in model.rows_turned_off.iter().enumerate() {
            let path = format!("rows-turned-off[{i}]");
            match protocol.question(id) {
                None => problems.add(path, format!("unknown question \"{id}\"")),
                Some(q) if q.category != Category::Guideline => problems.add(
                    path,
                    format!(
                        "\"{id}\" is {} question; only guideline rows can be turned off (rules from source 002 and the safety screens always apply)",
                        with_article(q.category.id())
                    ),
                ),
                Some(_) if model.rows_turned_off.iter().take(i).any(|earlier| earlier == id) => {
                    problems.add(path, format!("\"{id}\" is listed twice"));
                }
                Some(_) => {}
            }
        }

        let mut stricter_levels = Vec::new();
        for (rule, level_id) in model.stricter_levels.entries() {
            let path = format!("stricter-levels.{rule}");
            if let Some(entry) = stricter_level(&mut problems, &path, rule, level_id, protocol, &model.rows_turned_off) {
                stricter_levels.push(entry);
            }
        }

        let mut text_overrides = Vec::new();
        for (key, text) in model.text_overrides.entries() {
            let path = format!("text-overrides.{key}");
            let Some((target, max_chars)) = text_target(&mut problems, &path, key, protocol) else {
                continue;
            };
            if is_locked(&target, protocol) {
                problems.add(
                    &path,
                    format!("\"{key}\" is a locked safety text: no clinic may change the emergency screen's question, help or items, or the texts of the emergency and urgent levels"),
                );
                continue;
            }
            let text = problems.text(&path, text, max_chars);
            text_overrides.push((target, text));
        }

        if !problems.0.is_empty() {
            return Err(problems.0);
        }
        Ok(ClinicConfig {
            clinic_name: model.clinic_name.clone(),
            booking_url: model.booking_url.clone(),
            phone: model.phone.clone(),
            email: model.email.clone(),
            emergency_number: model.emergency_number.clone().unwrap_or_else(|| "911".to_string()),
            nurse_line: model.nurse_line.clone(),
            coverage,
            referral,
            languages,
            rows_turned_off: model.rows_turned_off.clone(),
            stricter_levels,
            text_overrides,
        })
    }

    /// The protocol with this clinic's adjustments. Only levels that are at
    /// least as severe are ever applied, whatever the configuration says.
    pub fn apply(&self, protocol: &Protocol) -> Protocol {
        self.apply_to(protocol.clone())
    }

    /// [`apply`](Self::apply) to a protocol the caller no longer needs, so
    /// the widget never copies the protocol.
    pub fn apply_to(&self, protocol: Protocol) -> Protocol {
        let mut adjusted = protocol;
        adjusted
            .questions
            .retain(|q| !(q.category == Category::Guideline && self.rows_turned_off.contains(&q.id)));
        for (question_id, answer_id, level) in &self.stricter_levels {
            let Some(answer) = adjusted
                .questions
                .iter_mut()
                .find(|q| &q.id == question_id)
                .and_then(|q| q.answers.iter_mut().find(|a| &a.id == answer_id))
            else {
                continue;
            };
            match &mut answer.effect {
                Some(effect) if *level > effect.level => {
                    effect.level = *level;
                    effect.source = made_stricter(&effect.source);
                }
                Some(_) => {}
                None if *level > Level::Suitable && *level != Level::Wait => {
                    answer.effect = Some(Effect {
                        level: *level,
                        scope: Scope::Visit,
                        source: clinic_rule(),
                    });
                }
                None => {}
            }
        }
        for (target, text) in &self.text_overrides {
            override_text(&mut adjusted, target, text.clone());
        }
        adjusted
    }

    /// `tel:` link for the clinic phone.
    pub fn phone_link(&self) -> Option<String> {
        self.phone.as_deref().map(tel_link)
    }

    pub fn emergency_link(&self) -> String {
        tel_link(&self.emergency_number)
    }

    pub fn nurse_line_link(&self) -> Option<String> {
        self.nurse_line.as_deref().map(tel_link)
    }

    pub fn email_link(&self) -> Option<String> {
        self.email.as_ref().map(|email| format!("mailto:{email}"))
    }
}

/// The source of a level the clinic made stricter: the protocol's source,
/// with the clinic's change said in the visitor's language too.
fn made_stricter(source: &Source) -> Source {
    Source {
        citation: format!("{} (level made stricter by the clinic)", source.citation),
        text: Text {
            en: format!("{} This clinic made the rule stricter.", source.text.en),
            fr: format!("{} Cette clinique a rendu la règle plus stricte.", source.text.fr),
        },
    }
}

/// The source of a level a clinic gave an answer that had none.
fn clinic_rule() -> Source {
    Source {
        citation: "Clinic's own rule".to_string(),
        text: Text {
            en: "A rule of this clinic.".to_string(),
            fr: "Une règle de cette clinique.".to_string(),
        },
    }
}

/// Texts no configuration may change: the emergency screen's question, help
/// and items, and what the `emergency` and `urgent` levels tell the visitor.
const LOCKED_LEVEL_TEXTS: [&str; 2] = ["level-emergency", "level-urgent"];

fn is_locked(target: &TextTarget, protocol: &Protocol) -> bool {
    match target {
        TextTarget::Prompt { question }
        | TextTarget::Help { question }
        | TextTarget::Label { question, .. }
        | TextTarget::Note { question, .. } => protocol.is_emergency_screen(question),
        TextTarget::Text { key } => LOCKED_LEVEL_TEXTS.contains(&key.as_str()),
    }
}

/// "a core", "an emergency-screen".
fn with_article(word: &str) -> String {
    let article = if word.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("{article} {word}")
}

/// `tel:` and the digits (and a leading +) of a phone number.
pub fn tel_link(number: &str) -> String {
    let digits: String = number
        .trim()
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    format!("tel:{digits}")
}

fn check_link(problems: &mut Problems, field: &str, url: &str) {
    let lower = url.to_ascii_lowercase();
    let Some(scheme) = LINK_SCHEMES.iter().find(|scheme| lower.starts_with(*scheme)) else {
        let shown: String = url.chars().take_while(|c| *c != ':').take(20).collect();
        problems.add(
            field,
            format!("link must start with https://, http://, tel: or mailto: (got \"{shown}\"); other kinds of links are refused"),
        );
        return;
    };
    if url.chars().count() > MAX_LINK {
        problems.add(field, format!("link is longer than {MAX_LINK} characters"));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        problems.add(field, "link contains spaces or control characters");
    }
    let rest = url.get(scheme.len()..).unwrap_or("");
    let host_or_target = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host_or_target.is_empty() {
        problems.add(field, format!("link \"{url}\" has nothing after \"{scheme}\""));
    }
}

fn check_phone(problems: &mut Problems, field: &str, number: &str) {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let allowed = number
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'));
    if !allowed || digits < 2 || number.chars().count() > 30 {
        problems.add(
            field,
            format!("\"{number}\" is not a phone number (use 2 or more digits, with spaces, +, -, dots or parentheses; at most 30 characters)"),
        );
    }
}

fn check_email(problems: &mut Problems, field: &str, email: &str) {
    let parts: Vec<&str> = email.split('@').collect();
    let well_formed = match parts.as_slice() {
        [local, domain] => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && email.len() <= 254
                && !email
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '(' | ')' | ',' | ';' | ':' | '[' | ']' | '\\'))
        }
        _ => false,
    };
    if !well_formed {
        problems.add(field, format!("\"{email}\" is not an email address like name@example.com"));
    }
}

fn languages(problems: &mut Problems, ids: Option<&[String]>) -> Vec<Lang> {
    let Some(ids) = ids else {
        return Lang::ALL.to_vec();
    };
    if ids.is_empty() {
        problems.add("languages", "is empty; offer at least one of en, fr");
    }
    let mut languages = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        match Lang::from_id(id) {
            None => problems.add(format!("languages[{i}]"), format!("unknown language \"{id}\" (known: en, fr)")),
            Some(lang) if languages.contains(&lang) => {
                problems.add(format!("languages[{i}]"), format!("\"{id}\" is listed twice"));
            }
            Some(lang) => languages.push(lang),
        }
    }
    languages
}

fn stricter_level(
    problems: &mut Problems,
    path: &str,
    rule: &str,
    level_id: &str,
    protocol: &Protocol,
    turned_off: &[String],
) -> Option<(String, String, Level)> {
    let level = problems.level(path, level_id);
    let Some((question_id, answer_id)) = rule.split_once('/') else {
        problems.add(path, "name a rule as \"question/answer\", e.g. \"bleeding/yes\"");
        return None;
    };
    let Some(question) = protocol.question(question_id) else {
        problems.add(path, format!("unknown question \"{question_id}\""));
        return None;
    };
    let Some(answer) = question.answer(answer_id) else {
        problems.add(path, format!("question \"{question_id}\" has no answer \"{answer_id}\""));
        return None;
    };
    let level = level?;
    if !question.category.may_change_level() {
        problems.add(path, format!("\"{question_id}\" is {} question and never changes the outcome", with_article(question.category.id())));
        return None;
    }
    if answer.exclusive {
        problems.add(path, format!("\"{answer_id}\" means \"none of these\" and cannot have a level"));
        return None;
    }
    if turned_off.iter().any(|id| id == question_id) {
        problems.add(path, format!("\"{question_id}\" is turned off in rows-turned-off; keep the row or drop this level"));
    }
    let current = answer.effect.as_ref().map_or(Level::Suitable, |e| e.level);
    let is_window = answer
        .effect
        .as_ref()
        .is_some_and(|e| matches!(e.scope, Scope::SurgeryWindows { .. }));
    if level < current {
        problems.add(
            path,
            format!(
                "\"{}\" is less severe than the protocol's \"{}\"; a clinic can only make a level stricter",
                level.id(),
                current.id()
            ),
        );
        return None;
    }
    if level == Level::Wait && !is_window {
        problems.add(path, "\"wait\" needs a date, which only the surgery windows give");
        return None;
    }
    Some((question_id.to_string(), answer_id.to_string(), level))
}

fn text_target(problems: &mut Problems, path: &str, key: &str, protocol: &Protocol) -> Option<(TextTarget, usize)> {
    let (kind, rest) = key.split_once(':').unwrap_or((key, ""));
    let question_answer = |problems: &mut Problems| -> Option<(String, String)> {
        let Some((q, a)) = rest.split_once('/') else {
            problems.add(path, format!("name the answer as \"{kind}:question/answer\""));
            return None;
        };
        if protocol.answer(q, a).is_none() {
            problems.add(path, format!("there is no answer \"{a}\" in question \"{q}\""));
            return None;
        }
        Some((q.to_string(), a.to_string()))
    };
    let question = |problems: &mut Problems| -> Option<String> {
        if protocol.question(rest).is_none() {
            problems.add(path, format!("unknown question \"{rest}\""));
            return None;
        }
        Some(rest.to_string())
    };
    match kind {
        "question" => question(problems).map(|question| (TextTarget::Prompt { question }, MAX_LABEL)),
        "help" => question(problems).map(|question| (TextTarget::Help { question }, MAX_PARAGRAPH)),
        "answer" => question_answer(problems).map(|(question, answer)| (TextTarget::Label { question, answer }, MAX_LABEL)),
        "note" => question_answer(problems).map(|(question, answer)| (TextTarget::Note { question, answer }, MAX_PARAGRAPH)),
        "text" if protocol.text(rest).is_some() => Some((TextTarget::Text { key: rest.to_string() }, MAX_PARAGRAPH)),
        "text" => {
            let keys: Vec<&str> = protocol.texts.iter().map(|entry| entry.key.as_str()).collect();
            problems.add(path, format!("unknown text \"{rest}\" (known: {})", crate::i18n::join(&keys, ", ")));
            None
        }
        _ => {
            problems.add(
                path,
                format!(
                    "unknown override \"{key}\"; use {}",
                    known(["question:<question>", "help:<question>", "answer:<question>/<answer>", "note:<question>/<answer>", "text:<key>"])
                ),
            );
            None
        }
    }
}

fn find_answer<'p>(protocol: &'p mut Protocol, q: &str, a: &str) -> Option<&'p mut crate::protocol::Answer> {
    protocol
        .questions
        .iter_mut()
        .find(|question| question.id == q)
        .and_then(|question| question.answers.iter_mut().find(|answer| answer.id == a))
}

fn override_text(protocol: &mut Protocol, target: &TextTarget, text: Text) {
    match target {
        TextTarget::Prompt { question } => {
            if let Some(q) = protocol.questions.iter_mut().find(|q| &q.id == question) {
                q.prompt = text;
            }
        }
        TextTarget::Help { question } => {
            if let Some(q) = protocol.questions.iter_mut().find(|q| &q.id == question) {
                q.help = Some(text);
            }
        }
        TextTarget::Label { question, answer } => {
            if let Some(a) = find_answer(protocol, question, answer) {
                a.label = text;
            }
        }
        TextTarget::Note { question, answer } => {
            if let Some(a) = find_answer(protocol, question, answer) {
                a.note = Some(text);
            }
        }
        TextTarget::Text { key } => {
            if let Some(entry) = protocol.texts.iter_mut().find(|entry| &entry.key == key) {
                entry.text = text;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::default_protocol;

    fn model() -> ClinicConfigModel {
        ClinicConfigModel {
            clinic_name: "Main Street Physio".into(),
            booking_url: Some("https://example.com/book".into()),
            phone: Some("+1 (604) 555-0100".into()),
            email: Some("front@example.com".into()),
            nurse_line: Some("811".into()),
            ..ClinicConfigModel::default()
        }
    }

    fn problems(model: &ClinicConfigModel) -> Vec<String> {
        let protocol = default_protocol().expect("valid");
        match ClinicConfig::from_model(model, &protocol) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    /// A configuration that sets every setting, validly.
    fn full_model() -> ClinicConfigModel {
        let mut full = model();
        full.emergency_number = Some("112".into());
        full.coverage = Some(TextModel::new("Most plans cover it.", "La plupart des régimes le couvrent."));
        full.referral = Some(TextModel::new("No referral needed.", "Pas besoin de recommandation."));
        full.languages = Some(vec!["fr".into(), "en".into()]);
        full.rows_turned_off = vec!["metal-allergy".into()];
        full.stricter_levels.insert("bleeding/yes".into(), "not-suitable".into());
        full.text_overrides
            .insert("text:privacy".into(), TextModel::new("Nothing leaves.", "Rien ne sort."));
        full
    }

    #[test]
    fn leave_out_knows_every_setting() {
        // Every key the configuration format has (as written out), so a new
        // setting cannot be forgotten here and sink a whole configuration.
        let full = full_model();
        assert!(problems(&full).is_empty(), "{:?}", problems(&full));
        let keys: Vec<String> = match serde_json::to_value(&full).expect("json") {
            serde_json::Value::Object(map) => map.keys().cloned().collect(),
            other => panic!("not an object: {other}"),
        };
        assert_eq!(keys.len(), 12, "{keys:?}");
        for key in keys {
            let mut model = full.clone();
            assert!(model.leave_out(&format!("{key}[0]")), "leave_out does not know {key}");
            let left = serde_json::to_value(&model).expect("json");
            assert!(
                left.get(&key).is_none_or(|v| v == ""),
                "{key} is still set after leave_out: {left}"
            );
        }
        assert!(!full.clone().leave_out("no-such-setting"));
    }

    #[test]
    fn a_setting_with_a_problem_is_left_out_and_every_other_kept() {
        let protocol = default_protocol().expect("valid");
        let long = "x".repeat(MAX_PARAGRAPH + 1);
        let cases: [(&str, fn(&mut ClinicConfigModel, &str)); 12] = [
            ("clinic-name", |m, _| m.clinic_name = String::new()),
            ("booking-url", |m, _| m.booking_url = Some("javascript:alert(1)".into())),
            ("phone", |m, _| m.phone = Some("call us".into())),
            ("email", |m, _| m.email = Some("front desk".into())),
            ("emergency-number", |m, _| m.emergency_number = Some("help".into())),
            ("nurse-line", |m, _| m.nurse_line = Some("nurse".into())),
            ("coverage", |m, long| m.coverage = Some(TextModel::new(long, "fr"))),
            ("referral", |m, long| m.referral = Some(TextModel::new("en", long))),
            ("languages", |m, _| m.languages = Some(vec!["de".into()])),
            ("rows-turned-off", |m, _| m.rows_turned_off = vec!["no-such-row".into()]),
            ("stricter-levels", |m, _| {
                m.stricter_levels.insert("bleeding/yes".into(), "suitable".into());
            }),
            ("text-overrides", |m, _| {
                m.text_overrides.insert("text:no-such-text".into(), TextModel::new("a", "b"));
            }),
        ];
        for (field, spoil) in cases {
            let mut model = full_model();
            spoil(&mut model, &long);
            let (config, errors) = keeping_what_is_valid(model, &protocol);
            assert!(!errors.is_empty(), "{field}: no problem reported");
            for error in &errors {
                assert!(error.path.starts_with(field), "{field}: problem at {}: {}", error.path, error.problem);
            }
            // What was valid stays: the phone (or, when the phone is the
            // problem, the booking link) and the turned-off row.
            if field == "phone" {
                assert_eq!(config.phone, None);
                assert_eq!(config.booking_url.as_deref(), Some("https://example.com/book"));
            } else {
                assert_eq!(config.phone.as_deref(), Some("+1 (604) 555-0100"), "{field}");
            }
            let name = if field == "clinic-name" { "" } else { "Main Street Physio" };
            assert_eq!(config.clinic_name, name, "{field}");
            if field != "rows-turned-off" {
                assert!(config.rows_turned_off.iter().any(|id| id == "metal-allergy"), "{field}");
            }
        }
    }

    /// A locked override is refused with its path; the rest of the clinic's
    /// overrides and settings stay, and the protocol keeps its safety words.
    #[test]
    fn a_locked_text_is_refused_and_only_it_is_left_out() {
        let protocol = default_protocol().expect("valid");
        let mut model = full_model();
        for key in ["answer:red-flags-general/chest-pain", "text:level-urgent", "help:red-flags-general"] {
            model.text_overrides.insert(key.into(), TextModel::new("Nothing to worry about.", "Rien de grave."));
        }
        let (config, errors) = keeping_what_is_valid(model, &protocol);
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            ["text-overrides.answer:red-flags-general/chest-pain", "text-overrides.help:red-flags-general", "text-overrides.text:level-urgent"]
        );
        assert!(errors.iter().all(|e| e.problem.contains("is a locked safety text")), "{errors:?}");
        assert_eq!(config.text_overrides.len(), 1, "the privacy override stays");
        let adjusted = config.apply(&protocol);
        assert_eq!(adjusted.question("red-flags-general"), protocol.question("red-flags-general"));
        assert_eq!(adjusted.text("level-urgent"), protocol.text("level-urgent"));
        assert_eq!(adjusted.text("privacy").map(|t| t.en.as_str()), Some("Nothing leaves."));
        assert_eq!(config.phone.as_deref(), Some("+1 (604) 555-0100"));
    }

    /// "A source shown with a clinic's stricter level is written in the
    /// visitor's language", as is a clinic's own rule.
    #[test]
    fn stricter_levels_and_own_rules_carry_their_source_in_both_languages() {
        let protocol = default_protocol().expect("valid");
        let mut model = model();
        model.stricter_levels.insert("bleeding/yes".into(), "not-suitable".into());
        model.stricter_levels.insert("diabetes/yes".into(), "talk-first".into());
        let adjusted = ClinicConfig::from_model(&model, &protocol).expect("valid").apply(&protocol);
        let source = |q: &str, a: &str| adjusted.answer(q, a).and_then(|a| a.effect.as_ref()).map(|e| e.source.clone()).expect("effect");
        let stricter = source("bleeding", "yes");
        assert!(stricter.text.fr.starts_with("Guide sur la puncture sèche"), "{stricter:?}");
        assert!(stricter.text.fr.ends_with("Cette clinique a rendu la règle plus stricte."), "{stricter:?}");
        assert!(stricter.text.en.ends_with("This clinic made the rule stricter."), "{stricter:?}");
        let own = source("diabetes", "yes");
        assert_eq!((own.text.en.as_str(), own.text.fr.as_str()), ("A rule of this clinic.", "Une règle de cette clinique."));
    }

    #[test]
    fn a_plain_configuration_is_valid_with_defaults() {
        let protocol = default_protocol().expect("valid");
        let config = ClinicConfig::from_model(&model(), &protocol).expect("valid config");
        assert_eq!(config.emergency_number, "911");
        assert_eq!(config.languages, [Lang::En, Lang::Fr]);
        assert_eq!(config.phone_link().as_deref(), Some("tel:+16045550100"));
        assert!(config.coverage.is_none(), "coverage is off by default");
        assert_eq!(config.apply(&protocol), protocol);
    }

    #[test]
    fn links_other_than_web_phone_and_mail_are_refused() {
        let mut bad = model();
        bad.booking_url = Some("javascript:alert(1)".into());
        let found = problems(&bad);
        assert!(found.iter().any(|p| p.starts_with("booking-url: link must start with https://")), "{found:?}");
        bad.booking_url = Some("mailto:front@example.com".into());
        assert!(problems(&bad).is_empty());
    }

    #[test]
    fn only_guideline_rows_can_be_turned_off() {
        let mut config = model();
        config.rows_turned_off = vec!["pregnant".into(), "metal-allergy".into(), "nope".into()];
        let found = problems(&config);
        assert!(found.iter().any(|p| p.starts_with("rows-turned-off[0]: \"pregnant\" is a core question")), "{found:?}");
        assert!(found.iter().any(|p| p == "rows-turned-off[2]: unknown question \"nope\""), "{found:?}");
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn levels_can_only_get_stricter() {
        let mut config = model();
        config.stricter_levels.insert("red-flags-general/major-trauma".into(), "talk-first".into());
        config.stricter_levels.insert("bleeding/yes".into(), "not-suitable".into());
        let found = problems(&config);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("less severe than the protocol's \"urgent\""), "{found:?}");

        config.stricter_levels.remove("red-flags-general/major-trauma");
        let protocol = default_protocol().expect("valid");
        let adjusted = ClinicConfig::from_model(&config, &protocol).expect("valid").apply(&protocol);
        let level = adjusted.answer("bleeding", "yes").and_then(|a| a.effect.as_ref()).map(|e| e.level);
        assert_eq!(level, Some(Level::NotSuitable));
    }

    #[test]
    fn turned_off_rows_and_overrides_apply() {
        let mut config = model();
        config.rows_turned_off = vec!["metal-allergy".into()];
        config
            .text_overrides
            .insert("text:privacy".into(), TextModel::new("Stays here.", "Reste ici."));
        let protocol = default_protocol().expect("valid");
        let adjusted = ClinicConfig::from_model(&config, &protocol).expect("valid").apply(&protocol);
        assert!(adjusted.question("metal-allergy").is_none());
        assert_eq!(adjusted.text("privacy").map(|t| t.en.as_str()), Some("Stays here."));
    }

    #[test]
    fn sorted_maps_validate_like_btree_maps_in_key_order() {
        let protocol = default_protocol().expect("valid");
        let entries = [
            ("text:nope", "not-suitable"),
            ("bleeding/yes", "suitable"),
            ("red-flags-general/major-trauma", "talk-first"),
            ("bleeding/yes", "urgent-ish"),
        ];
        let mut tree = model();
        let mut sorted: ConfigModel<SortedMap<String>, SortedMap<TextModel>> = ConfigModel {
            clinic_name: tree.clinic_name.clone(),
            ..ConfigModel::default()
        };
        for (key, value) in entries {
            tree.stricter_levels.insert(key.into(), value.into());
            sorted.stricter_levels.insert(key.into(), value.into());
            tree.text_overrides.insert(key.into(), TextModel::new(value, value));
            sorted.text_overrides.insert(key.into(), TextModel::new(value, value));
        }
        let by_tree = ClinicConfig::from_model(&tree, &protocol).expect_err("invalid");
        let by_list = ClinicConfig::from_model(&sorted, &protocol).expect_err("invalid");
        assert_eq!(by_tree, by_list);
        assert_eq!(by_tree.len(), 6, "{by_tree:?}");
        sorted.stricter_levels.clear();
        assert!(sorted.stricter_levels.is_empty());
    }

    #[test]
    fn every_problem_is_listed_with_its_field() {
        let config = ClinicConfigModel {
            clinic_name: String::new(),
            phone: Some("call us".into()),
            email: Some("nobody".into()),
            languages: Some(vec!["de".into()]),
            text_overrides: BTreeMap::from([("answer:pregnant/maybe".into(), TextModel::new("a", "b"))]),
            ..ClinicConfigModel::default()
        };
        let found = problems(&config);
        for field in ["clinic-name:", "phone:", "email:", "languages[0]:", "text-overrides.answer:pregnant/maybe:"] {
            assert!(found.iter().any(|p| p.starts_with(field)), "{field} in {found:?}");
        }
    }
}
