//! A clinic's configuration: contact details, handoff numbers, optional
//! coverage and referral texts, languages, and the few ways a clinic may
//! adjust the protocol (turn off guideline rows, make levels stricter,
//! reword texts). Validated against the protocol it adjusts.
//!
//! - [`model`]: the serde shapes (what a configuration file looks like) and
//!   the one list of their fields;
//! - `validate`: a model into a [`ClinicConfig`], every problem with its
//!   path, and [`keeping_what_is_valid`];
//! - `apply`: a protocol with the clinic's adjustments, and the texts no
//!   clinic may change;
//! - here: the validated configuration and its links.

mod apply;
pub mod model;
mod validate;

pub use model::{field, ClinicConfigModel, ConfigModel, Entries, LookModel, RulesReviewModel, FIELDS};
pub use validate::{
    keeping_what_is_valid, stricter_level_refusal, stricter_levels_allowed, ConfigProblem, LevelRefusal,
};

#[cfg(test)]
pub(crate) use fixtures::test_clinic;

use crate::base::date::Date;
use crate::base::lang::Lang;
use crate::base::locks::is_locked_key;
use crate::protocol::model::TextModel;
use crate::protocol::Level;

/// Which protocol text an override replaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextTarget {
    Prompt { question: String },
    Help { question: String },
    Label { question: String, answer: String },
    Note { question: String, answer: String },
    Text { key: String },
}

impl TextTarget {
    /// The language pack's key of the text this override replaces
    /// (`text:level-urgent` → `text.level-urgent`, `note:chest-cause/yes` →
    /// `answer.chest-cause.yes.note`).
    pub fn pack_key(&self) -> String {
        match self {
            TextTarget::Prompt { question } => format!("question.{question}.prompt"),
            TextTarget::Help { question } => format!("question.{question}.help"),
            TextTarget::Label { question, answer } => format!("answer.{question}.{answer}.label"),
            TextTarget::Note { question, answer } => format!("answer.{question}.{answer}.note"),
            TextTarget::Text { key } => format!("text.{key}"),
        }
    }

    /// Whether this is a locked safety text ([`crate::base::locks`]): no override
    /// of it is valid, and none is ever applied.
    pub fn is_locked(&self) -> bool {
        is_locked_key(&self.pack_key())
    }
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
    /// The clinic's notes, in English and in the languages it offers.
    pub coverage: Option<TextModel>,
    pub referral: Option<TextModel>,
    /// Never empty; the first is the starting language.
    pub languages: Vec<Lang>,
    pub rows_turned_off: Vec<String>,
    /// (question, answer, level).
    pub stricter_levels: Vec<(String, String, Level)>,
    /// Each text reworded, in English and in the languages the clinic offers.
    pub text_overrides: Vec<(TextTarget, TextModel)>,
    /// Who reviewed the clinic's rules, and when: said on the result.
    pub review: Option<RulesReview>,
}

/// A clinic's review of its rules sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RulesReview {
    pub by: String,
    pub date: Date,
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
            languages: Lang::DEFAULT.to_vec(),
            rows_turned_off: Vec::new(),
            stricter_levels: Vec::new(),
            text_overrides: Vec::new(),
            review: None,
        }
    }
}

impl ClinicConfig {
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

/// Configurations the tests share: this module's, and the crate's
/// [`test_clinic`].
#[cfg(test)]
mod fixtures {
    use super::*;
    use crate::protocol::default_protocol;

    /// A plain example clinic: a name, a booking link, a phone, an email and
    /// a nurse line, the rest as by default. A test that needs more starts
    /// from it: `ClinicConfig { languages: …, ..test_clinic() }`.
    pub(crate) fn test_clinic() -> ClinicConfig {
        ClinicConfig {
            clinic_name: "Main Street Physio".into(),
            booking_url: Some("https://example.com/book".into()),
            phone: Some("604-555-0100".into()),
            email: Some("front@example.com".into()),
            nurse_line: Some("811".into()),
            ..ClinicConfig::default()
        }
    }

    pub(super) fn model() -> ClinicConfigModel {
        ClinicConfigModel {
            clinic_name: "Main Street Physio".into(),
            booking_url: Some("https://example.com/book".into()),
            phone: Some("+1 (604) 555-0100".into()),
            email: Some("front@example.com".into()),
            nurse_line: Some("811".into()),
            ..ClinicConfigModel::default()
        }
    }

    pub(super) fn problems(model: &ClinicConfigModel) -> Vec<String> {
        let protocol = default_protocol();
        match ClinicConfig::from_model(model, &protocol) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    /// A configuration that sets every setting, validly.
    pub(super) fn full_model() -> ClinicConfigModel {
        let mut full = model();
        full.emergency_number = Some("112".into());
        full.coverage = Some(TextModel::new("Most plans cover it.").with("fr", "La plupart des régimes le couvrent."));
        full.referral = Some(TextModel::new("No referral needed.").with("fr", "Pas besoin de recommandation."));
        full.languages = Some(vec!["fr".into(), "en".into()]);
        full.rows_turned_off = vec!["metal-allergy".into()];
        full.stricter_levels
            .insert("bleeding/yes".into(), "not-suitable".into());
        full.text_overrides.insert(
            "text:privacy".into(),
            TextModel::new("Nothing leaves.").with("fr", "Rien ne sort."),
        );
        full.review = Some(RulesReviewModel {
            by: "J. Kim, physiotherapist".into(),
            date: "2026-12-01".into(),
        });
        full.look = Some(super::LookModel {
            mode: Some("launcher".into()),
            launcher_label: Some("Is IMS for me?".into()),
            accent: Some("#7b2d8b".into()),
            font: Some("\"Lato\", sans-serif".into()),
            radius: Some("6px".into()),
        });
        full.schema = Some("https://example.com/ims-checker-config.schema.json".into());
        full
    }
}
