//! The configurator's state as a pure reducer, like the widget's journey:
//! the clinic's configuration (the very model `ims-checker validate` reads),
//! how the checker shows on the clinic's page, where its files are, and what
//! the page shows of it. Components send [`Action`]s; [`Configurator::apply`]
//! is the whole reducer.

use std::collections::BTreeMap;

use ims_checker::base::lang::Lang;
use ims_checker::config::{ClinicConfigModel, LookModel};
use ims_checker::protocol::model::TextModel;
use ims_checker::protocol::Level;

use crate::choices::Choices;

/// Inline on the page, or a button that opens it in a window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Inline,
    Launcher,
}

/// How the checker shows on the clinic's page: the element's `mode` and
/// `launcher-label`, and the CSS custom properties of its theme. The snippet
/// carries it as attributes and a style rule; the settings file keeps it
/// under `look` ([`LookModel`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Look {
    pub mode: Mode,
    pub launcher_label: String,
    /// `--ims-accent`, a hex colour.
    pub accent: String,
    /// `--ims-font`, a font-family list.
    pub font: String,
    /// `--ims-radius`, a length.
    pub radius: String,
}

impl Look {
    /// As the settings file keeps it: the mode always, the rest when set.
    pub fn model(&self) -> LookModel {
        let set = |value: &str| (!value.trim().is_empty()).then(|| value.to_string());
        LookModel {
            mode: Some(self.mode.id().to_string()),
            launcher_label: set(&self.launcher_label),
            accent: set(&self.accent),
            font: set(&self.font),
            radius: set(&self.radius),
        }
    }

    /// From a settings file: an unknown mode is inline, and said.
    pub fn from_model(model: &LookModel, problems: &mut Vec<String>) -> Look {
        let mode = match model.mode.as_deref() {
            None => Mode::Inline,
            Some(id) => Mode::from_id(id).unwrap_or_else(|| {
                problems.push(format!(
                    "“look.mode” is “{id}”: the checker shows inline or launcher (a button), so it shows inline."
                ));
                Mode::Inline
            }),
        };
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        Look {
            mode,
            launcher_label: text(&model.launcher_label),
            accent: text(&model.accent),
            font: text(&model.font),
            radius: text(&model.radius),
        }
    }
}

impl Mode {
    /// The element's `mode` attribute, and the settings file's.
    pub fn id(self) -> &'static str {
        match self {
            Mode::Inline => "inline",
            Mode::Launcher => "launcher",
        }
    }

    pub fn from_id(id: &str) -> Option<Mode> {
        [Mode::Inline, Mode::Launcher].into_iter().find(|mode| mode.id() == id)
    }
}

/// Everything the configurator writes out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// The configuration file's settings.
    pub config: ClinicConfigModel,
    pub look: Look,
    /// The address of the folder holding the checker's files, as the
    /// clinic's pages reach it (`/ims-checker-0.1.0/`). Not in the settings
    /// file: it names a version, and the file is what carries a clinic's
    /// settings to the next one, whose configurator sits in its own folder.
    pub folder: String,
}

/// A language's English name, for the form's labels: "French". An unknown
/// tag (from a file) is named by itself.
pub fn english_name(lang: Lang) -> &'static str {
    match lang.id() {
        "en" => "English",
        "fr" => "French",
        "zh-Hans" => "Chinese, simplified",
        "zh-Hant" => "Chinese, traditional",
        "pa" => "Punjabi",
        "fa" => "Persian",
        other => other,
    }
}

/// The text of a clinic's text in `lang`, empty where it has none.
pub fn text_in(text: &TextModel, lang: Lang) -> &str {
    text.get(lang.id()).unwrap_or_default()
}

/// Writes a clinic's text in `lang`; an empty box in another language than
/// English means the text is not written in it.
fn set_in(text: &mut TextModel, lang: Lang, value: String) {
    if lang != Lang::EN && value.trim().is_empty() {
        text.remove(lang.id());
    } else {
        text.set(lang.id(), value);
    }
}

/// A field typed into: one setting of one line or paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    ClinicName,
    BookingUrl,
    Phone,
    Email,
    EmergencyNumber,
    NurseLine,
    /// Who reviewed the rules sheet, and the day (`YYYY-MM-DD`).
    ReviewBy,
    ReviewDate,
    /// The note in a language: English, or one the clinic offers.
    Coverage(Lang),
    Referral(Lang),
    LauncherLabel,
    Accent,
    Font,
    Radius,
    Folder,
}

impl Field {
    /// The field's element id, which its messages name too.
    pub fn id(self) -> String {
        match self {
            Field::ClinicName => "clinic-name".into(),
            Field::BookingUrl => "booking-url".into(),
            Field::Phone => "phone".into(),
            Field::Email => "email".into(),
            Field::EmergencyNumber => "emergency-number".into(),
            Field::NurseLine => "nurse-line".into(),
            Field::ReviewBy => "review-by".into(),
            Field::ReviewDate => "review-date".into(),
            Field::Coverage(lang) => format!("coverage-{}", lang.id()),
            Field::Referral(lang) => format!("referral-{}", lang.id()),
            Field::LauncherLabel => "launcher-label".into(),
            Field::Accent => "accent".into(),
            Field::Font => "font".into(),
            Field::Radius => "radius".into(),
            Field::Folder => "folder".into(),
        }
    }
}

/// The id of the select of a stricter level (`bleeding/yes` → `level-bleeding--yes`).
pub fn level_field(rule: &str) -> String {
    format!("level-{}", rule.replace('/', "--"))
}

/// The id of an override's field in `lang`, or of its row.
pub fn override_field(key: &str, lang: Option<Lang>) -> String {
    let key = key.replace([':', '/'], "--");
    match lang {
        Some(lang) => format!("override-{key}-{}", lang.id()),
        None => format!("override-{key}"),
    }
}

/// Ids of the groups of checkboxes and selects.
pub const LANGUAGES: &str = "languages";
pub const ROWS: &str = "rows-turned-off";
pub const LEVELS: &str = "stricter-levels";
pub const OVERRIDES: &str = "text-overrides";

/// What loading a configuration file or a page's code gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// "the file clinic.json", "the code you pasted".
    pub from: String,
    /// The configuration read, if any.
    pub config: Option<ClinicConfigModel>,
    /// How the checker shows, when the code said.
    pub look: Option<Look>,
    /// Where the files are, when the code's script tag said.
    pub folder: Option<String>,
    /// What could not be read, in plain words.
    pub problems: Vec<String>,
}

/// Everything the user can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetText {
        field: Field,
        value: String,
    },
    SetMode {
        mode: Mode,
    },
    /// Offer a language or not, by its tag (a file may name unknown ones).
    SetLanguage {
        id: String,
        offered: bool,
    },
    /// Leave a guideline question out, or ask it again.
    TurnOff {
        question: String,
        off: bool,
    },
    /// A stricter level for an answer, or the protocol's (`None`).
    SetLevel {
        rule: String,
        level: Option<Level>,
    },
    /// Start rewording a text, from its words today.
    AddOverride {
        key: String,
    },
    SetOverride {
        key: String,
        lang: Lang,
        value: String,
    },
    RemoveOverride {
        key: String,
    },
    Load {
        loaded: Box<Loaded>,
    },
    SetPreviewLang {
        lang: Lang,
    },
}

/// The configurator's state: the settings and what the page shows of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Configurator {
    pub settings: Settings,
    /// Ids of the fields changed so far: their messages show (every field's
    /// after a load). The list of problems near the code shows them all.
    pub touched: Vec<String>,
    pub all_touched: bool,
    /// The language the preview starts in.
    pub preview_lang: Lang,
    /// What the last load said.
    pub loaded: Option<Loaded>,
    /// How many actions made this state.
    pub revision: u64,
}

impl Configurator {
    /// A new clinic's settings: nothing set but the emergency number, with
    /// the checker's files in `folder`.
    pub fn new(folder: &str) -> Configurator {
        let mut settings = Settings::default();
        settings.config.emergency_number = Some("911".to_string());
        settings.folder = folder.to_string();
        Configurator {
            settings,
            touched: Vec::new(),
            all_touched: false,
            preview_lang: Lang::EN,
            loaded: None,
            revision: 0,
        }
    }

    /// Whether `field`'s messages show yet.
    pub fn shows(&self, field: &str) -> bool {
        self.all_touched || self.touched.iter().any(|f| f == field)
    }

    /// The languages offered, by tag, in the menu's order.
    pub fn languages(&self) -> Vec<String> {
        match &self.settings.config.languages {
            Some(ids) => ids.clone(),
            None => Lang::DEFAULT.iter().map(|lang| lang.id().to_string()).collect(),
        }
    }

    /// The languages a clinic writes its texts in: English, then each other
    /// language it offers, in the menu's order, then any other language
    /// `text` is written in (from a file), so that it can be cleared.
    pub fn text_languages(&self, text: Option<&TextModel>) -> Vec<Lang> {
        let mut languages = vec![Lang::EN];
        let offered = self.languages().into_iter().filter_map(|id| Lang::from_id(&id));
        let written = text
            .into_iter()
            .flat_map(|text| text.others().map(|(tag, _)| Lang::own(tag)));
        for lang in offered.chain(written) {
            if !languages.contains(&lang) {
                languages.push(lang);
            }
        }
        languages
    }

    /// The preview's language: the one picked while it is offered, else the
    /// first offered language the checker has.
    pub fn preview_lang(&self) -> Lang {
        let offered: Vec<Lang> = self.languages().iter().filter_map(|id| Lang::from_id(id)).collect();
        if offered.contains(&self.preview_lang) {
            self.preview_lang
        } else {
            offered.first().copied().unwrap_or(Lang::EN)
        }
    }

    pub fn apply(mut self, action: Action, choices: &Choices) -> Configurator {
        self.revision = self.revision.wrapping_add(1);
        let touched = match action {
            Action::SetText { field, value } => {
                set_text(&mut self.settings, field, value);
                // A text's languages go together: a problem with the English
                // shows once another language is typed.
                let config = &self.settings.config;
                match field {
                    Field::Coverage(_) => self
                        .text_languages(config.coverage.as_ref())
                        .into_iter()
                        .map(|lang| Field::Coverage(lang).id())
                        .collect(),
                    Field::Referral(_) => self
                        .text_languages(config.referral.as_ref())
                        .into_iter()
                        .map(|lang| Field::Referral(lang).id())
                        .collect(),
                    field => vec![field.id()],
                }
            }
            Action::SetMode { mode } => {
                self.settings.look.mode = mode;
                return self;
            }
            Action::SetLanguage { id, offered } => {
                let mut ids = self.languages();
                ids.retain(|known| *known != id);
                if offered {
                    // In the order the checker lists its languages.
                    let rank = |tag: &str| Lang::SHIPPED.iter().position(|lang| lang.id() == tag);
                    let at = ids
                        .iter()
                        .position(|known| rank(known).is_some_and(|r| Some(r) > rank(&id)))
                        .unwrap_or(ids.len());
                    ids.insert(at, id);
                }
                self.settings.config.languages = Some(ids);
                vec![LANGUAGES.to_string()]
            }
            Action::TurnOff { question, off } => {
                self.settings.config.rows_turned_off.retain(|id| *id != question);
                if off {
                    self.settings.config.rows_turned_off.push(question);
                    // In the protocol's order.
                    let rank = |id: &String| choices.rows.iter().position(|row| row.id == *id);
                    self.settings
                        .config
                        .rows_turned_off
                        .sort_by_key(|id| rank(id).unwrap_or(usize::MAX));
                }
                vec![ROWS.to_string()]
            }
            Action::SetLevel { rule, level } => {
                let field = level_field(&rule);
                match level {
                    Some(level) => {
                        self.settings
                            .config
                            .stricter_levels
                            .insert(rule, level.id().to_string());
                    }
                    None => {
                        self.settings.config.stricter_levels.remove(&rule);
                    }
                }
                vec![field]
            }
            Action::AddOverride { key } => {
                // From the checker's English; in another language the
                // checker's own words stay until the clinic writes its own.
                if let Some((_, text)) = choices.text(&key) {
                    let words = TextModel::new(&text.en);
                    self.settings.config.text_overrides.entry(key.clone()).or_insert(words);
                }
                vec![override_field(&key, None)]
            }
            Action::SetOverride { key, lang, value } => {
                if let Some(text) = self.settings.config.text_overrides.get_mut(&key) {
                    set_in(text, lang, value);
                }
                let text = self.settings.config.text_overrides.get(&key);
                self.text_languages(text)
                    .into_iter()
                    .map(|lang| override_field(&key, Some(lang)))
                    .collect()
            }
            Action::RemoveOverride { key } => {
                self.settings.config.text_overrides.remove(&key);
                return self;
            }
            Action::Load { loaded } => {
                if let Some(config) = &loaded.config {
                    self.settings.config = config.clone();
                }
                if let Some(look) = &loaded.look {
                    self.settings.look = look.clone();
                }
                if let Some(folder) = &loaded.folder {
                    self.settings.folder = folder.clone();
                }
                self.all_touched = true;
                self.loaded = Some(*loaded);
                return self;
            }
            Action::SetPreviewLang { lang } => {
                self.preview_lang = lang;
                return self;
            }
        };
        for field in touched {
            if !self.touched.contains(&field) {
                self.touched.push(field);
            }
        }
        self
    }
}

/// An optional setting: empty (or only spaces) means not set.
fn optional(value: String) -> Option<String> {
    (!value.trim().is_empty()).then_some(value)
}

/// A note: not set while every language is empty.
fn set_note(text: &mut Option<TextModel>, lang: Lang, value: String) {
    let mut words = text.take().unwrap_or_default();
    set_in(&mut words, lang, value);
    *text = (!words.en.trim().is_empty() || words.others().next().is_some()).then_some(words);
}

fn set_text(settings: &mut Settings, field: Field, value: String) {
    let config = &mut settings.config;
    let look = &mut settings.look;
    match field {
        Field::ClinicName => config.clinic_name = value,
        Field::BookingUrl => config.booking_url = optional(value),
        Field::Phone => config.phone = optional(value),
        Field::Email => config.email = optional(value),
        Field::EmergencyNumber => config.emergency_number = optional(value),
        Field::NurseLine => config.nurse_line = optional(value),
        Field::ReviewBy | Field::ReviewDate => {
            let mut review = config.review.take().unwrap_or_default();
            match field {
                Field::ReviewBy => review.by = value,
                _ => review.date = value,
            }
            // Both boxes cleared: no review.
            config.review = (!review.by.trim().is_empty() || !review.date.trim().is_empty()).then_some(review);
        }
        Field::Coverage(lang) => set_note(&mut config.coverage, lang, value),
        Field::Referral(lang) => set_note(&mut config.referral, lang, value),
        Field::LauncherLabel => look.launcher_label = value,
        Field::Accent => look.accent = value,
        Field::Font => look.font = value,
        Field::Radius => look.radius = value,
        Field::Folder => settings.folder = value,
    }
}

/// The value of a field as the form shows it.
pub fn text_of(settings: &Settings, field: Field) -> String {
    let config = &settings.config;
    let look = &settings.look;
    let text = |text: &Option<TextModel>, lang: Lang| text.as_ref().map(|t| text_in(t, lang).to_string());
    match field {
        Field::ClinicName => Some(config.clinic_name.clone()),
        Field::BookingUrl => config.booking_url.clone(),
        Field::Phone => config.phone.clone(),
        Field::Email => config.email.clone(),
        Field::EmergencyNumber => config.emergency_number.clone(),
        Field::NurseLine => config.nurse_line.clone(),
        Field::ReviewBy => config.review.as_ref().map(|r| r.by.clone()),
        Field::ReviewDate => config.review.as_ref().map(|r| r.date.clone()),
        Field::Coverage(lang) => text(&config.coverage, lang),
        Field::Referral(lang) => text(&config.referral, lang),
        Field::LauncherLabel => Some(look.launcher_label.clone()),
        Field::Accent => Some(look.accent.clone()),
        Field::Font => Some(look.font.clone()),
        Field::Radius => Some(look.radius.clone()),
        Field::Folder => Some(settings.folder.clone()),
    }
    .unwrap_or_default()
}

/// A configuration's maps in key order, whatever holds them: the widget's
/// inline-JSON reader gives its own sorted lists.
pub fn tree<T: Clone>(entries: impl Iterator<Item = (impl Into<String>, T)>) -> BTreeMap<String, T> {
    entries.map(|(key, value)| (key.into(), value)).collect()
}

#[cfg(test)]
mod tests {
    use ims_checker::protocol::default_protocol;

    use super::*;

    fn start() -> (Configurator, Choices) {
        (
            Configurator::new("/ims-checker-0.1.0/"),
            Choices::from(&default_protocol()),
        )
    }

    fn run(actions: Vec<Action>) -> Configurator {
        let (mut state, choices) = start();
        for action in actions {
            state = state.apply(action, &choices);
        }
        state
    }

    #[test]
    fn a_new_clinic_has_nothing_set_but_the_emergency_number() {
        let (state, _) = start();
        assert_eq!(state.settings.config.emergency_number.as_deref(), Some("911"));
        assert_eq!(state.settings.config.clinic_name, "");
        assert_eq!(state.languages(), ["en", "fr"]);
        assert_eq!(state.settings.folder, "/ims-checker-0.1.0/");
        assert!(!state.shows("clinic-name"));
    }

    #[test]
    fn typing_sets_the_setting_and_empty_means_not_set() {
        let state = run(vec![
            Action::SetText {
                field: Field::BookingUrl,
                value: "https://example.com/book".into(),
            },
            Action::SetText {
                field: Field::Phone,
                value: "  ".into(),
            },
            Action::SetText {
                field: Field::Coverage(Lang::FR),
                value: "Couvert".into(),
            },
            Action::SetText {
                field: Field::Referral(Lang::EN),
                value: "x".into(),
            },
            Action::SetText {
                field: Field::Referral(Lang::EN),
                value: String::new(),
            },
        ]);
        let config = &state.settings.config;
        assert_eq!(config.booking_url.as_deref(), Some("https://example.com/book"));
        assert_eq!(config.phone, None);
        assert_eq!(config.coverage, Some(TextModel::new("").with("fr", "Couvert")));
        assert_eq!(config.referral, None);
        assert_eq!(text_of(&state.settings, Field::Coverage(Lang::FR)), "Couvert");
        assert!(state.shows("booking-url") && state.shows("coverage-fr") && !state.shows("email"));
        assert!(
            state.shows("coverage-en"),
            "the English shows its problems once another language is typed"
        );
        assert_eq!(state.revision, 5);
    }

    /// A clinic writes its notes and its own words in English and in each
    /// language it offers, a field each; clearing a box in another language
    /// than English leaves the text unwritten in it.
    #[test]
    fn a_text_has_a_field_for_each_language_offered() {
        let (state, choices) = start();
        assert_eq!(state.text_languages(None), [Lang::EN, Lang::FR]);
        let state = state
            .apply(
                Action::SetLanguage {
                    id: "pa".into(),
                    offered: true,
                },
                &choices,
            )
            .apply(
                Action::SetLanguage {
                    id: "fr".into(),
                    offered: false,
                },
                &choices,
            );
        assert_eq!(state.text_languages(None), [Lang::EN, Lang::PA]);
        let mut state = state;
        for (field, value) in [
            (Field::Coverage(Lang::EN), "Most plans cover IMS."),
            (Field::Coverage(Lang::PA), "ਜ਼ਿਆਦਾਤਰ ਯੋਜਨਾਵਾਂ।"),
            (Field::Referral(Lang::PA), "ਕੋਈ ਰੈਫਰਲ ਨਹੀਂ।"),
            (Field::Referral(Lang::PA), " "),
        ] {
            state = state.apply(
                Action::SetText {
                    field,
                    value: value.into(),
                },
                &choices,
            );
        }
        let config = &state.settings.config;
        assert_eq!(
            config.coverage,
            Some(TextModel::new("Most plans cover IMS.").with("pa", "ਜ਼ਿਆਦਾਤਰ ਯੋਜਨਾਵਾਂ।"))
        );
        assert_eq!(config.referral, None, "cleared in its only language");
        assert_eq!(text_of(&state.settings, Field::Coverage(Lang::PA)), "ਜ਼ਿਆਦਾਤਰ ਯੋਜਨਾਵਾਂ।");
        let state = state.apply(
            Action::SetLanguage {
                id: "pa".into(),
                offered: false,
            },
            &choices,
        );
        assert_eq!(
            state.text_languages(state.settings.config.coverage.as_ref()),
            [Lang::EN, Lang::PA],
            "a language no longer offered keeps its field while the text has it"
        );
        assert_eq!(state.text_languages(None), [Lang::EN]);
    }

    #[test]
    fn languages_keep_the_checkers_order() {
        let state = run(vec![
            Action::SetLanguage {
                id: "fa".into(),
                offered: true,
            },
            Action::SetLanguage {
                id: "zh-Hans".into(),
                offered: true,
            },
            Action::SetLanguage {
                id: "en".into(),
                offered: false,
            },
            Action::SetLanguage {
                id: "en".into(),
                offered: true,
            },
        ]);
        assert_eq!(state.languages(), ["en", "fr", "zh-Hans", "fa"]);
        let state = state.apply(
            Action::SetPreviewLang { lang: Lang::FA },
            &Choices::from(&default_protocol()),
        );
        assert_eq!(state.preview_lang(), Lang::FA);
        let state = state.apply(
            Action::SetLanguage {
                id: "fa".into(),
                offered: false,
            },
            &Choices::from(&default_protocol()),
        );
        assert_eq!(
            state.preview_lang(),
            Lang::EN,
            "a language no longer offered is not previewed"
        );
    }

    #[test]
    fn rows_levels_and_texts() {
        let state = run(vec![
            Action::TurnOff {
                question: "metal-allergy".into(),
                off: true,
            },
            Action::TurnOff {
                question: "bleeding".into(),
                off: true,
            },
            Action::TurnOff {
                question: "metal-allergy".into(),
                off: true,
            },
            Action::SetLevel {
                rule: "bleeding/yes".into(),
                level: Some(Level::NotSuitable),
            },
            Action::SetLevel {
                rule: "diabetes/yes".into(),
                level: Some(Level::TalkFirst),
            },
            Action::SetLevel {
                rule: "diabetes/yes".into(),
                level: None,
            },
            Action::AddOverride {
                key: "text:privacy".into(),
            },
            Action::SetOverride {
                key: "text:privacy".into(),
                lang: Lang::EN,
                value: "Nothing leaves.".into(),
            },
            Action::AddOverride {
                key: "text:no-such-text".into(),
            },
        ]);
        let config = &state.settings.config;
        assert_eq!(
            config.rows_turned_off,
            ["bleeding", "metal-allergy"],
            "the protocol's order, once each"
        );
        assert_eq!(
            config.stricter_levels,
            tree([("bleeding/yes", "not-suitable".to_string())].into_iter())
        );
        let privacy = &config.text_overrides["text:privacy"];
        assert_eq!(
            privacy,
            &TextModel::new("Nothing leaves."),
            "other languages keep the checker's words until written"
        );
        assert_eq!(config.text_overrides.len(), 1, "an unknown text is not offered");
        assert!(state.shows(&level_field("bleeding/yes")) && state.shows(ROWS));
        assert!(state.shows(&override_field("text:privacy", Some(Lang::EN))));
        let state = state.apply(
            Action::RemoveOverride {
                key: "text:privacy".into(),
            },
            &Choices::from(&default_protocol()),
        );
        assert!(state.settings.config.text_overrides.is_empty());
    }

    #[test]
    fn loading_replaces_what_it_read_and_shows_every_message() {
        let loaded = Loaded {
            from: "the file clinic.json".into(),
            config: Some(ClinicConfigModel {
                clinic_name: "Loaded".into(),
                ..ClinicConfigModel::default()
            }),
            look: None,
            folder: Some("/elsewhere/".into()),
            problems: Vec::new(),
        };
        let state = run(vec![
            Action::SetMode { mode: Mode::Launcher },
            Action::Load {
                loaded: Box::new(loaded.clone()),
            },
        ]);
        assert_eq!(state.settings.config.clinic_name, "Loaded");
        assert_eq!(
            state.settings.look.mode,
            Mode::Launcher,
            "a file says nothing of the look"
        );
        assert_eq!(state.settings.folder, "/elsewhere/");
        assert!(state.shows("email"));
        assert_eq!(state.loaded, Some(loaded));
    }

    #[test]
    fn field_ids_are_plain_words() {
        assert_eq!(level_field("bleeding/yes"), "level-bleeding--yes");
        assert_eq!(
            override_field("answer:pregnant/yes", Some(Lang::FR)),
            "override-answer--pregnant--yes-fr"
        );
        assert_eq!(override_field("text:privacy", None), "override-text--privacy");
        assert_eq!(Field::Coverage(Lang::EN).id(), "coverage-en");
        assert_eq!(Field::Referral(Lang::PA).id(), "referral-pa");
    }
}
