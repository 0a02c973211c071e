//! What is wrong with the settings, field by field, in words for a clinic's
//! front desk. The configuration is checked by the very validator of
//! `ims-checker validate` and of the widget ([`ClinicConfig::from_model`]):
//! each problem's path names the field it goes beside, and its message is
//! said again in plain words (the validator's own words when no plainer
//! ones are known). How the checker shows (colour, font, corners, the
//! button's text, where the files are) is the configurator's own to check.

use ims_checker::base::lang::Lang;
use ims_checker::base::validation::{TextProblem, ValidationError};
use ims_checker::config::{ClinicConfig, ClinicConfigModel, ConfigProblem, LevelRefusal};
use ims_checker::protocol::{Level, Protocol};

use crate::choices::{level_name, Choices};
use crate::settings::{
    english_name, level_field, override_field, Field, Look, Mode, Settings, LANGUAGES, LEVELS, ROWS,
};

/// A problem, beside the field it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The field's element id.
    pub field: String,
    pub text: String,
}

/// Every problem of the settings, in the form's order of fields.
pub fn messages(settings: &Settings, protocol: &Protocol, choices: &Choices) -> Vec<Message> {
    let mut out: Vec<Message> = config_problems(&settings.config, protocol)
        .iter()
        .map(|error| Message {
            field: field_of(&error.path, choices),
            text: plain(error, &settings.config, protocol, choices),
        })
        .collect();
    out.extend(look_problems(&settings.look, &settings.folder));
    out
}

/// The validator's problems with a configuration.
pub fn config_problems(config: &ClinicConfigModel, protocol: &Protocol) -> Vec<ValidationError<ConfigProblem>> {
    ClinicConfig::from_model(config, protocol).err().unwrap_or_default()
}

/// The messages of one field.
pub fn of<'a>(messages: &'a [Message], field: &str) -> Vec<&'a str> {
    messages
        .iter()
        .filter(|m| m.field == field)
        .map(|m| m.text.as_str())
        .collect()
}

/// What a field is called, for the list of problems: its label, with its
/// question and answer or text where it has one.
pub fn field_label(field: &str, choices: &Choices) -> String {
    let plain = match field {
        "clinic-name" => "Clinic name",
        "booking-url" => "Booking link",
        "phone" => "Phone",
        "email" => "Email",
        "emergency-number" => "Emergency number",
        "nurse-line" => "Nurse line",
        "review-by" => "Rules reviewed by",
        "review-date" => "Date of the review",
        "launcher-label" => "The button's words",
        "accent" => "Main colour",
        "font" => "Font",
        "radius" => "Corners",
        "folder" => "Where the checker's files are",
        LANGUAGES => "Languages",
        ROWS => "Questions you may leave out",
        LEVELS => "Stricter results",
        _ => "",
    };
    if !plain.is_empty() {
        return plain.to_string();
    }
    for (prefix, what) in [("coverage-", "Insurance coverage"), ("referral-", "Doctor's referral")] {
        if let Some(tag) = field.strip_prefix(prefix) {
            return format!("{what}, in {}", english_name(Lang::own(tag)));
        }
    }
    for group in &choices.rules {
        for rule in &group.rules {
            if level_field(&rule.rule) == field {
                return format!("Stricter result for “{}” to “{}”", rule.answer, group.prompt);
            }
        }
    }
    for group in &choices.texts {
        for text in &group.texts {
            let row = override_field(&text.key, None);
            let language = match field.strip_prefix(&row) {
                Some("") => String::new(),
                Some(tag) => match tag.strip_prefix('-').and_then(Lang::from_id) {
                    Some(lang) => format!(", in {}", english_name(lang)),
                    None => continue,
                },
                None => continue,
            };
            return format!(
                "Your own words for {}: “{}”{language}",
                lower_first(&text.what),
                group.title
            );
        }
    }
    "Your own words".to_string()
}

/// `text` with its first letter in lower case ("The question" → "the question").
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The field a validator's path names: `coverage.fr` → `coverage-fr`,
/// `stricter-levels.bleeding/yes` → its select (or the group, when the form
/// has no such answer), `text-overrides.text:privacy.en` → its box.
pub fn field_of(path: &str, choices: &Choices) -> String {
    let (head, rest) = match path.find(['.', '[']) {
        Some(at) => (&path[..at], path[at..].trim_start_matches('.')),
        None => (path, ""),
    };
    // A text's language: every part after a text's name is a language tag.
    let lang = |tag: &str| if tag.is_empty() { Lang::EN } else { Lang::own(tag) };
    match head {
        "coverage" => Field::Coverage(lang(rest)).id(),
        "referral" => Field::Referral(lang(rest)).id(),
        "languages" => LANGUAGES.to_string(),
        "rows-turned-off" => ROWS.to_string(),
        "stricter-levels" if choices.rule(rest).is_some() => level_field(rest),
        "stricter-levels" => LEVELS.to_string(),
        "review" => format!("review-{rest}"),
        "text-overrides" => match rest.split_once('.') {
            Some((key, tag)) => override_field(key, Some(lang(tag))),
            None => override_field(rest, None),
        },
        field => field.to_string(),
    }
}

/// The validator's problem in plain words, from its kind, what it names and
/// the value the clinic gave. Every kind has its arm: a new kind of problem
/// does not compile until it is worded here (or given the validator's own
/// words, where no plainer ones are known).
fn plain(
    error: &ValidationError<ConfigProblem>,
    config: &ClinicConfigModel,
    protocol: &Protocol,
    choices: &Choices,
) -> String {
    use ConfigProblem as C;
    let path = error.path.as_str();
    let field = path.split(['.', '[']).next().unwrap_or(path);
    // What the path names after its field: a rule (`bleeding/yes`) or a
    // reworded text's key (`text:privacy`, with its language when it has one).
    let named = path.split_once('.').map_or("", |(_, named)| named);
    let asked = |id: &str| protocol.question(id).map_or(id.to_string(), |q| q.prompt.en.clone());
    let rewords = || format!("Your file rewords “{named}”, which is not a text of the checker. Remove it.");
    let changes = || format!("Your file changes the result of “{named}”, which the checker does not have. Remove it.");
    match &error.problem {
        C::Text(problem) => plain_text_problem(problem, field, path).unwrap_or_else(|| error.problem.to_string()),
        C::NoLanguages => "Choose at least one language.".into(),
        C::LanguageNotOffered { tag } => {
            let lang = Lang::own(tag);
            let name = english_name(lang);
            match Lang::from_id(lang.id()) {
                Some(_) => format!(
                    "This is written in {name}, which your checker does not offer. Offer {name} under Languages, or \
                     clear this box."
                ),
                None => {
                    format!(
                        "Your file writes this in “{name}”, which is not a language of the checker. Clear this box."
                    )
                }
            }
        }

        // Links, phone numbers and email addresses.
        C::LinkScheme { .. } => {
            let value = config.booking_url.as_deref().unwrap_or_default();
            let scheme = value
                .split_once(':')
                .map(|(scheme, _)| scheme)
                .filter(|s| !s.contains(['/', '.']));
            match scheme {
                Some(scheme) => format!(
                    "A link that starts with “{scheme}:” is not allowed: it could run code on your visitors' devices. \
                     Use your booking page's web address, which starts with https://."
                ),
                None => "Start the link with https://, as in your browser's address bar, for example \
                         https://booking.example.com/your-clinic."
                    .into(),
            }
        }
        C::LinkSpaces => "Remove the spaces from the link (a web address has none).".into(),
        C::LinkWithNothingAfter { .. } => {
            "The link stops after its start. Paste the whole address of your booking page.".into()
        }
        C::LinkTooLong => "This link is too long. Please use a shorter address of your booking page.".into(),
        C::NotPhoneNumber { number } => format!(
            "“{number}” is not a phone number. Use digits, with spaces, dashes, dots, brackets or a + if you like, \
             for example 604-555-0142."
        ),
        C::NotEmailAddress { email } => {
            format!("“{email}” is not an email address. Write it like frontdesk@yourclinic.com.")
        }

        // Languages.
        C::UnknownLanguage { id } => format!("The checker has no language “{id}”. Remove it and choose from the list."),
        C::LanguageTwice { .. } => error.problem.to_string(),

        // Guideline rows turned off.
        C::UnknownQuestion { id } => match field {
            "rows-turned-off" => {
                format!("Your file leaves out “{id}”, which is not a question of the checker. Remove it.")
            }
            "stricter-levels" => changes(),
            "text-overrides" => rewords(),
            _ => error.problem.to_string(),
        },
        C::RowAbsolute { id } => format!(
            "“{}” asks about a reason never to use needles in a place (an absolute contraindication), so the \
             checker always asks it.",
            asked(id)
        ),
        C::RowNotGuideline { id, .. } => format!(
            "“{}” is a safety question the checker always asks. Only the questions listed here can be left out.",
            asked(id)
        ),
        C::RowTwice { id } => format!("Your file leaves out “{id}” twice. Once is enough."),

        // Stricter levels.
        C::LevelRefused { refusal, .. } => plain_refusal(*refusal, named, config, protocol, choices),
        C::UnknownLevel { id } => format!("“{id}” is not one of the checker's results. Choose one from the list."),
        C::RowTurnedOff { .. } => "You left this question out, so this level would never apply. Ask the question \
                                   again, or keep the checker's level."
            .into(),
        C::RuleNotNamed | C::RuleWithoutAnswer { .. } => changes(),

        // Texts reworded.
        C::LockedText { .. } => "This text cannot be changed: it is a safety message (the emergency questions, \
                                 what the emergency, urgent-care and see-your-doctor results say, the chest pain and \
                                 back pain warnings, or the safety note after treatment)."
            .into(),
        C::OverrideNotNamed { .. }
        | C::OverrideWithoutAnswer { .. }
        | C::UnknownText { .. }
        | C::UnknownOverride { .. } => rewords(),

        // The review of the rules.
        C::ReviewerHtml => "Write the reviewer's name as plain text, without < or >.".into(),
        C::ReviewDate { .. } => {
            "Enter the day of the review as year-month-day, a real date, such as 2026-12-01.".into()
        }
    }
}

/// A text's problem in plain words, by the field and the text's language
/// (the last part of its path: `coverage.pa`, `text-overrides.text:privacy.pa`);
/// `None` where no plainer words are known.
fn plain_text_problem(problem: &TextProblem, field: &str, path: &str) -> Option<String> {
    let text_lang = match field {
        "coverage" | "referral" | "text-overrides" => path.rsplit('.').next().map(Lang::own),
        _ => None,
    };
    Some(match problem {
        TextProblem::Empty => match (field, text_lang) {
            ("clinic-name", _) => {
                "Enter your clinic's name. Visitors see it in the summary of their answers they can copy.".into()
            }
            ("text-overrides", Some(Lang::EN)) => {
                "Write your words in English, or remove this change to keep the checker's own words.".into()
            }
            ("text-overrides", Some(lang)) => format!(
                "Write your words in {}, or clear this box to keep the checker's own words in it.",
                english_name(lang)
            ),
            (_, Some(Lang::EN)) => "Write this in English too, or clear every box to leave it out. Visitors read \
                                    the English in a language you did not write it in."
                .into(),
            (_, Some(lang)) => format!("Write this in {}, or clear this box.", english_name(lang)),
            _ => "Fill this in.".into(),
        },
        TextProblem::TooLong { length, max } => {
            format!("This is {length} characters long. Please keep it to {max} or fewer.")
        }
        TextProblem::ControlCharacter => "This has a hidden control character, perhaps from copying. Please type it \
                                          again (line breaks are fine)."
            .into(),
        // A configuration has no ids of its own to check.
        TextProblem::MalformedId { .. } => return None,
    })
}

/// Why a stricter level is refused, in plain words: `rule` is the
/// `question/answer` it was given for.
fn plain_refusal(
    refusal: LevelRefusal,
    rule: &str,
    config: &ClinicConfigModel,
    protocol: &Protocol,
    choices: &Choices,
) -> String {
    use LevelRefusal as R;
    let current = choices.rule(rule).map(|(_, r)| r.current).or_else(|| {
        let (q, a) = rule.split_once('/')?;
        protocol
            .answer(q, a)
            .map(|answer| answer.effect.as_ref().map_or(Level::Suitable, |e| e.level))
    });
    let chosen = config.stricter_levels.get(rule).and_then(|id| Level::from_id(id));
    match refusal {
        R::LessSevere { .. } => match (chosen, current) {
            (Some(chosen), Some(current)) => format!(
                "This would make the rule less strict: the checker says “{}” for this answer, and “{}” is less \
                 strict. A clinic can only make a level stricter.",
                level_name(current),
                level_name(chosen)
            ),
            _ => "This would make the rule less strict. A clinic can only make a level stricter.".into(),
        },
        R::NoProblem => {
            "This answer means no problem, so it cannot lead to a stricter result. Keep the checker's result.".into()
        }
        R::WarningLevel { level } => format!(
            "“{}” is only for the emergency questions and the warning signs. The strictest result a clinic can \
             choose is “{}”.",
            level_name(chosen.unwrap_or(level)),
            level_name(Level::NotSuitable)
        ),
        R::EmergencyScreen => "The emergency questions' results cannot be changed.".into(),
        R::Already { .. } => match current {
            Some(current) => format!(
                "The checker already says “{}” for this answer. Choose a stricter result, or keep the checker's.",
                level_name(current)
            ),
            None => "The checker already gives this result. Choose a stricter one, or keep the checker's.".into(),
        },
        R::WaitWithoutDate => "“Wait” needs a date, which only an operation gives. Choose another result.".into(),
        R::NoneOfThese => "“None of these” cannot change the result.".into(),
        R::NeverChangesOutcome { .. } => "This question never changes the result, so it cannot have a level.".into(),
    }
}

/// Problems with how the checker shows, and where its files are.
pub fn look_problems(look: &Look, folder: &str) -> Vec<Message> {
    let mut out = Vec::new();
    let mut add = |field: Field, text: String| {
        out.push(Message {
            field: field.id(),
            text,
        });
    };
    if look.mode == Mode::Launcher && look.launcher_label.chars().count() > 60 {
        add(
            Field::LauncherLabel,
            "Keep the button's words short: 60 characters or fewer.".into(),
        );
    }
    if look.launcher_label.chars().any(char::is_control) {
        add(
            Field::LauncherLabel,
            "This has a hidden control character, perhaps from copying. Please type it again.".into(),
        );
    }
    if !look.accent.trim().is_empty() {
        match hex_colour(look.accent.trim()) {
            None => add(
                Field::Accent,
                "Write the colour as a hex code: # and 6 digits or letters from a to f, for example #7b2d8b.".into(),
            ),
            Some(rgb) => {
                let contrast = contrast_with_white(rgb);
                if contrast < 4.5 {
                    add(
                        Field::Accent,
                        format!(
                            "White text on this colour is hard to read (contrast {:.1} to 1; it needs 4.5 to 1). \
                             Choose a darker colour.",
                            (contrast * 10.0).floor() / 10.0
                        ),
                    );
                }
            }
        }
    }
    let font = look.font.trim();
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '_' | '.' | '"' | '\'');
    if !font.chars().all(allowed) || font.chars().filter(|c| *c == '"').count() % 2 == 1 {
        add(
            Field::Font,
            "Write font names separated by commas, with quotes around a name that has spaces, for example \
             \"Open Sans\", sans-serif."
                .into(),
        );
    } else if font.chars().count() > 200 {
        add(Field::Font, "Please keep this to 200 characters or fewer.".into());
    }
    if !look.radius.trim().is_empty() && !is_length(look.radius.trim()) {
        add(
            Field::Radius,
            "Write the size of the corners as a number of pixels, for example 6px (0 for square corners).".into(),
        );
    }
    let folder = folder.trim();
    let starts = folder.starts_with('/') || folder.starts_with("https://") || folder.starts_with("http://");
    if folder.is_empty() || !starts || folder.chars().any(|c| c.is_whitespace() || "\"'<>`".contains(c)) {
        add(
            Field::Folder,
            "Write the address of the checker's folder on your website, starting with / or https://, for example \
             /ims-checker-0.1.0/."
                .into(),
        );
    }
    out
}

/// `#rgb` or `#rrggbb` as red, green and blue.
pub fn hex_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize, width: usize| {
        let part = hex.get(i * width..(i + 1) * width)?;
        let value = u8::from_str_radix(part, 16).ok()?;
        Some(if width == 1 { value * 17 } else { value })
    };
    let width = match hex.len() {
        3 => 1,
        6 => 2,
        _ => return None,
    };
    Some([digit(0, width)?, digit(1, width)?, digit(2, width)?])
}

/// WCAG's contrast ratio of white on `rgb`.
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    1.05 / (luminance + 0.05)
}

/// A CSS length a clinic would give corners: `0`, or a number with px, em,
/// rem or %.
pub fn is_length(text: &str) -> bool {
    if text == "0" {
        return true;
    }
    let number = ["px", "rem", "em", "%"]
        .iter()
        .find_map(|unit| text.strip_suffix(unit))
        .unwrap_or("");
    let mut parts = number.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.len() <= 3
        && whole.chars().all(|c| c.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.len() <= 2 && f.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use ims_checker::protocol::default_protocol;
    use ims_checker::protocol::model::TextModel;

    use super::*;
    use crate::settings::{tree, Configurator};

    fn settings_with(change: impl FnOnce(&mut Settings)) -> Settings {
        let mut settings = Configurator::new("/ims-checker-0.1.0/").settings;
        settings.config.clinic_name = "Harbourside Physiotherapy".into();
        change(&mut settings);
        settings
    }

    fn found(settings: &Settings) -> Vec<Message> {
        let protocol = default_protocol();
        messages(settings, &protocol, &Choices::from(&protocol))
    }

    /// One message, on `field`, containing `words`.
    #[track_caller]
    fn expect(settings: &Settings, field: &str, words: &str) {
        let all = found(settings);
        assert_eq!(all.len(), 1, "{all:#?}");
        assert_eq!(all[0].field, field, "{all:#?}");
        assert!(all[0].text.contains(words), "{:?} lacks {words:?}", all[0].text);
    }

    #[test]
    fn a_valid_configuration_has_no_message() {
        assert_eq!(found(&settings_with(|_| {})), []);
    }

    #[test]
    fn the_kinds_of_bad_input_in_plain_words() {
        expect(
            &settings_with(|s| s.config.clinic_name = " ".into()),
            "clinic-name",
            "Enter your clinic's name",
        );
        expect(
            &settings_with(|s| s.config.booking_url = Some("javascript:alert(1)".into())),
            "booking-url",
            "starts with “javascript:” is not allowed",
        );
        expect(
            &settings_with(|s| s.config.booking_url = Some("booking.example.com/x".into())),
            "booking-url",
            "Start the link with https://",
        );
        expect(
            &settings_with(|s| s.config.booking_url = Some("https://x.com/a b".into())),
            "booking-url",
            "Remove the spaces",
        );
        expect(
            &settings_with(|s| s.config.phone = Some("call us".into())),
            "phone",
            "“call us” is not a phone number",
        );
        expect(
            &settings_with(|s| s.config.nurse_line = Some("8-1-1 x".into())),
            "nurse-line",
            "is not a phone number",
        );
        expect(
            &settings_with(|s| s.config.email = Some("front desk".into())),
            "email",
            "“front desk” is not an email address",
        );
        expect(
            &settings_with(|s| s.config.coverage = Some(TextModel::new("").with("fr", "Couvert."))),
            "coverage-en",
            "Write this in English too",
        );
        expect(
            &settings_with(|s| s.config.coverage = Some(TextModel::new("Covered.").with("pa", "ਕਵਰ।"))),
            "coverage-pa",
            "This is written in Punjabi, which your checker does not offer. Offer Punjabi under Languages",
        );
        expect(
            &settings_with(|s| s.config.coverage = Some(TextModel::new("Covered.").with("xx", "?"))),
            "coverage-xx",
            "Your file writes this in “xx”, which is not a language of the checker",
        );
        expect(
            &settings_with(|s| s.config.referral = Some(TextModel::new(&"x".repeat(1001)).with("fr", "y"))),
            "referral-en",
            "1001 characters long. Please keep it to 1000",
        );
        expect(
            &settings_with(|s| s.config.languages = Some(Vec::new())),
            "languages",
            "Choose at least one language",
        );
        expect(
            &settings_with(|s| s.config.languages = Some(vec!["en".into(), "de".into()])),
            "languages",
            "no language “de”",
        );
        expect(
            &settings_with(|s| s.config.rows_turned_off = vec!["pregnant".into()]),
            "rows-turned-off",
            "“Are you pregnant?” is a safety question the checker always asks",
        );
        expect(
            &settings_with(|s| s.config.rows_turned_off = vec!["lymphoedema".into()]),
            "rows-turned-off",
            "a reason never to use needles in a place (an absolute contraindication), so the checker always asks it",
        );
        expect(
            &settings_with(|s| s.config.rows_turned_off = vec!["nope".into()]),
            "rows-turned-off",
            "“nope”, which is not a question",
        );
        expect(
            &settings_with(|s| {
                s.config.stricter_levels = tree([("bleeding/yes", "suitable".to_string())].into_iter());
            }),
            "level-bleeding--yes",
            "This would make the rule less strict: the checker says “Talk to the clinic first” for this answer, \
             and “Likely suitable” is less strict",
        );
        expect(
            &settings_with(|s| {
                s.config.stricter_levels =
                    tree([("red-flags-general/chest-pain", "talk-first".to_string())].into_iter());
            }),
            "stricter-levels",
            "the checker says “Emergency”",
        );
        expect(
            &settings_with(|s| {
                s.config.stricter_levels = tree([("osteoporosis/no", "emergency".to_string())].into_iter());
            }),
            "stricter-levels",
            "This answer means no problem, so it cannot lead to a stricter result",
        );
        expect(
            &settings_with(|s| {
                s.config.stricter_levels = tree([("bleeding/yes", "emergency".to_string())].into_iter());
            }),
            "level-bleeding--yes",
            "“Emergency” is only for the emergency questions and the warning signs. The strictest result a clinic \
             can choose is “Not suitable now”.",
        );
        expect(
            &settings_with(|s| {
                s.config.stricter_levels = tree([("bleeding/yes", "see-doctor".to_string())].into_iter());
            }),
            "level-bleeding--yes",
            "“See your doctor first” is only for the emergency questions",
        );
        expect(
            &settings_with(|s| {
                s.config.stricter_levels =
                    tree([("red-flags-general/major-trauma", "emergency".to_string())].into_iter());
            }),
            "stricter-levels",
            "The emergency questions' results cannot be changed.",
        );
        expect(
            &settings_with(|s| {
                s.config.stricter_levels = tree([("bleeding/yes", "talk-first".to_string())].into_iter());
            }),
            "level-bleeding--yes",
            "The checker already says “Talk to the clinic first” for this answer",
        );
        expect(
            &settings_with(|s| {
                s.config.text_overrides = tree(
                    [(
                        "note:chest-cause/yes",
                        TextModel::new("Ask us.").with("fr", "Demandez-nous."),
                    )]
                    .into_iter(),
                );
            }),
            "override-note--chest-cause--yes",
            "This text cannot be changed: it is a safety message",
        );
        expect(
            &settings_with(|s| {
                s.config.rows_turned_off = vec!["bleeding".into()];
                s.config.stricter_levels = tree([("bleeding/yes", "not-suitable".to_string())].into_iter());
            }),
            "level-bleeding--yes",
            "You left this question out",
        );
        expect(
            &settings_with(|s| {
                s.config.stricter_levels = tree([("bleeding/maybe", "not-suitable".to_string())].into_iter());
            }),
            "stricter-levels",
            "“bleeding/maybe”, which the checker does not have",
        );
        expect(
            &settings_with(|s| {
                s.config.text_overrides =
                    tree([("text:level-urgent", TextModel::new("a").with("fr", "b"))].into_iter());
            }),
            "override-text--level-urgent",
            "cannot be changed",
        );
        expect(
            &settings_with(|s| {
                s.config.text_overrides = tree([("text:privacy", TextModel::new("Ours.").with("fr", ""))].into_iter());
            }),
            "override-text--privacy-fr",
            "Write your words in French, or clear this box",
        );
        expect(
            &settings_with(|s| {
                s.config.text_overrides =
                    tree([("text:privacy", TextModel::new("Ours.").with("fa", "ما"))].into_iter());
            }),
            "override-text--privacy-fa",
            "This is written in Persian, which your checker does not offer",
        );
        expect(
            &settings_with(|s| s.look.accent = "#ffcc00".into()),
            "accent",
            "hard to read (contrast 1.5 to 1",
        );
        expect(
            &settings_with(|s| s.look.accent = "purple".into()),
            "accent",
            "as a hex code",
        );
        expect(
            &settings_with(|s| s.look.font = "Lato; color: red".into()),
            "font",
            "font names separated by commas",
        );
        expect(
            &settings_with(|s| s.look.radius = "six".into()),
            "radius",
            "number of pixels",
        );
        expect(
            &settings_with(|s| s.folder = "ims checker".into()),
            "folder",
            "starting with /",
        );
        expect(
            &settings_with(|s| {
                s.look.mode = Mode::Launcher;
                s.look.launcher_label = "x".repeat(61);
            }),
            "launcher-label",
            "60 characters or fewer",
        );
    }

    /// No problem the validator can find is left in its own words unless no
    /// plainer ones are known: each kind above has its own.
    #[test]
    fn fields_are_found_from_the_validators_paths() {
        let choices = Choices::from(&default_protocol());
        for (path, field) in [
            ("clinic-name", "clinic-name"),
            ("coverage.fr", "coverage-fr"),
            ("coverage.pa", "coverage-pa"),
            ("referral", "referral-en"),
            ("languages[1]", "languages"),
            ("rows-turned-off[0]", "rows-turned-off"),
            ("stricter-levels.bleeding/yes", "level-bleeding--yes"),
            ("stricter-levels.bleeding/nope", "stricter-levels"),
            (
                "text-overrides.answer:pregnant/yes.en",
                "override-answer--pregnant--yes-en",
            ),
            ("text-overrides.text:privacy.pa", "override-text--privacy-pa"),
            ("text-overrides.text:nope", "override-text--nope"),
        ] {
            assert_eq!(field_of(path, &choices), field, "{path}");
        }
    }

    #[test]
    fn each_field_has_a_name() {
        let choices = Choices::from(&default_protocol());
        assert_eq!(field_label("booking-url", &choices), "Booking link");
        assert_eq!(
            field_label("level-bleeding--yes", &choices),
            "Stricter result for “Yes” to “Do you have a bleeding problem, or take a medicine that thins the blood, like one of these?”"
        );
        assert_eq!(
            field_label("override-answer--diabetes--no-fr", &choices),
            "Your own words for answer “No”: “Do you have diabetes?”, in French"
        );
        assert_eq!(field_label("override-text--nope", &choices), "Your own words");
        assert_eq!(field_label("coverage-pa", &choices), "Insurance coverage, in Punjabi");
        assert_eq!(field_label("referral-en", &choices), "Doctor's referral, in English");
    }

    #[test]
    fn colours_and_lengths() {
        assert_eq!(hex_colour("#7b2d8b"), Some([0x7b, 0x2d, 0x8b]));
        assert_eq!(hex_colour("#fff"), Some([255, 255, 255]));
        assert_eq!(hex_colour("7b2d8b"), None);
        assert_eq!(hex_colour("#7b2d8"), None);
        assert_eq!(hex_colour("#ggg"), None);
        // The widget's own accent passes; white on white is 1 to 1.
        assert!(contrast_with_white([0x0b, 0x6e, 0x8a]) > 4.5);
        assert!((contrast_with_white([255, 255, 255]) - 1.0).abs() < 1e-9);
        for good in ["0", "6px", "0.5em", "1rem", "50%", "12.25px"] {
            assert!(is_length(good), "{good}");
        }
        for bad in ["", "px", "6", "-1px", "1.px", "6 px", "1e3px", "9999px"] {
            assert!(!is_length(bad), "{bad}");
        }
    }
}
