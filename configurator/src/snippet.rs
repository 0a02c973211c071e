//! What the configurator writes out: the configuration file (what
//! `ims-checker validate` reads), and the code a clinic pastes into its page
//! (the loader's script tag, the style rules of the checker's place and
//! theme, the `<ims-checker>` element with its attributes and the inline
//! JSON of the other settings).
//! The live preview is made of the same [`Parts`] as the code.

use data_encoding::BASE64;
use ims_checker::config::{field, tel_link, ClinicConfigModel, Entries, FIELDS};
use ims_checker::protocol::model::TextModel;
use ims_checker::protocol::Protocol;
use sha2::{Digest, Sha256};

use crate::json::{Json, Place};
use crate::messages::{config_problems, look_problems};
use crate::settings::{Field, Look, Mode, Settings};

/// The id of the inline configuration the element names.
pub const CONFIG_ID: &str = "ims-checker-config";

/// The settings the element carries as attributes (the first six of
/// [`FIELDS`], the clinic's name and contacts), which the loader also reads
/// to offer the clinic's contacts if the checker cannot load. The other
/// settings go in the inline JSON.
const ATTRIBUTES: &[&str] = FIELDS.split_at(6).0;

/// The configuration file's name when downloaded.
pub const FILE_NAME: &str = "ims-checker-config.json";

/// The checker's element as the page carries it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parts {
    /// The element's attributes, in order (`config` first when there is JSON).
    pub attributes: Vec<(String, String)>,
    /// The inline configuration's text, safe inside a `<script>` element.
    pub json: Option<String>,
    /// The theme's custom properties (`--ims-accent`, …) and their values.
    pub style: Vec<(String, String)>,
    /// The language the page's fallback speaks: the first the clinic offers.
    pub fallback_lang: String,
}

/// A configuration as JSON: its fields in the order of [`FIELDS`], those
/// not set left out.
pub fn config_json(config: &ClinicConfigModel) -> Vec<(String, Json)> {
    let text = |t: &TextModel| {
        let others = t.others().map(|(tag, words)| (tag.to_string(), Json::text(words)));
        Json::Object(
            core::iter::once(("en".into(), Json::text(&t.en)))
                .chain(others)
                .collect(),
        )
    };
    let mut out = Vec::new();
    for name in FIELDS {
        let value = match name {
            field::CLINIC_NAME => Some(Json::text(&config.clinic_name)),
            field::BOOKING_URL => config.booking_url.as_deref().map(Json::text),
            field::PHONE => config.phone.as_deref().map(Json::text),
            field::EMAIL => config.email.as_deref().map(Json::text),
            field::EMERGENCY_NUMBER => config.emergency_number.as_deref().map(Json::text),
            field::NURSE_LINE => config.nurse_line.as_deref().map(Json::text),
            field::COVERAGE => config.coverage.as_ref().map(text),
            field::REFERRAL => config.referral.as_ref().map(text),
            field::LANGUAGES => config
                .languages
                .as_ref()
                .map(|ids| Json::List(ids.iter().map(|id| Json::text(id)).collect())),
            field::ROWS_TURNED_OFF => (!config.rows_turned_off.is_empty())
                .then(|| Json::List(config.rows_turned_off.iter().map(|id| Json::text(id)).collect())),
            field::STRICTER_LEVELS => (!config.stricter_levels.is_empty()).then(|| {
                Json::Object(
                    config
                        .stricter_levels
                        .entries()
                        .map(|(rule, level)| (rule.to_string(), Json::text(level)))
                        .collect(),
                )
            }),
            field::TEXT_OVERRIDES => (!config.text_overrides.is_empty()).then(|| {
                Json::Object(
                    config
                        .text_overrides
                        .entries()
                        .map(|(key, words)| (key.to_string(), text(words)))
                        .collect(),
                )
            }),
            field::REVIEW => config.review.as_ref().map(|review| {
                Json::Object(vec![
                    ("by".into(), Json::text(&review.by)),
                    ("date".into(), Json::text(&review.date)),
                ])
            }),
            field::LOOK => config.look.as_ref().map(|look| {
                let entries = [
                    ("mode", &look.mode),
                    ("launcher-label", &look.launcher_label),
                    ("accent", &look.accent),
                    ("font", &look.font),
                    ("radius", &look.radius),
                ];
                Json::Object(
                    entries
                        .into_iter()
                        .filter_map(|(key, value)| value.as_deref().map(|value| (key.to_string(), Json::text(value))))
                        .collect(),
                )
            }),
            field::SCHEMA => config.schema.as_deref().map(Json::text),
            _ => None,
        };
        if let Some(value) = value {
            out.push((name.to_string(), value));
        }
    }
    out
}

/// The settings file's text: the configuration, every setting as entered,
/// and how the checker shows (`look`). What `ims-checker validate` reads.
pub fn config_file(settings: &Settings) -> String {
    let mut config = settings.config.clone();
    config.look = Some(settings.look.model());
    Json::Object(config_json(&config)).pretty(Place::File) + "\n"
}

/// The element's parts for `settings` as they are.
pub fn parts(settings: &Settings) -> Parts {
    // The look goes in the element's attributes and the style rule.
    let config = ClinicConfigModel {
        look: None,
        ..settings.config.clone()
    };
    let (attributes, rest): (Vec<_>, Vec<_>) = config_json(&config)
        .into_iter()
        .partition(|(name, _)| ATTRIBUTES.contains(&name.as_str()));
    let mut element = Vec::new();
    let json = (!rest.is_empty()).then(|| Json::Object(rest).pretty(Place::Html));
    if json.is_some() {
        element.push(("config".to_string(), CONFIG_ID.to_string()));
    }
    if settings.look.mode == Mode::Launcher {
        element.push(("mode".to_string(), "launcher".to_string()));
        if !settings.look.launcher_label.trim().is_empty() {
            element.push((
                "launcher-label".to_string(),
                settings.look.launcher_label.trim().to_string(),
            ));
        }
    }
    for (name, value) in attributes {
        match value {
            Json::Text(value) if !value.trim().is_empty() => element.push((name, value)),
            _ => {}
        }
    }
    let look = &settings.look;
    let style = [
        ("--ims-accent", &look.accent),
        ("--ims-font", &look.font),
        ("--ims-radius", &look.radius),
    ]
    .into_iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .map(|(name, value)| (name.to_string(), value.trim().to_string()))
    .collect();
    let fallback_lang = match &settings.config.languages {
        Some(tags) => tags.first().cloned().unwrap_or_else(|| "en".to_string()),
        None => "en".to_string(),
    };
    Parts {
        attributes: element,
        json,
        style,
        fallback_lang,
    }
}

/// The element's parts with every setting that has a problem left out, as
/// the widget would leave it out: what the code and the preview carry.
pub fn valid_parts(settings: &Settings, protocol: &Protocol) -> Parts {
    let mut valid = settings.clone();
    for problem in config_problems(&settings.config, protocol) {
        // The name is required but no visitor needs it: it stays out.
        valid.config.leave_out(&problem.path);
    }
    for problem in look_problems(&settings.look, &settings.folder) {
        let look: &mut Look = &mut valid.look;
        match problem.field.as_str() {
            id if id == Field::Accent.id() => look.accent.clear(),
            id if id == Field::Font.id() => look.font.clear(),
            id if id == Field::Radius.id() => look.radius.clear(),
            id if id == Field::LauncherLabel.id() => look.launcher_label.clear(),
            _ => {}
        }
    }
    parts(&valid)
}

/// Holds the launcher button's place (44px high, as the loader draws it)
/// before the loader has run, so the page does not move when it appears.
pub const LAUNCHER_RULE: &str =
    "ims-checker[mode=\"launcher\"] { display: inline-block; vertical-align: top; min-height: 44px; }";

/// An inline checker is a block. No height is held for it before the loader
/// has run: a page whose loader never runs (a wrong path, a file a plugin
/// changed, scripts off) keeps no empty place, only the clinic's contacts.
/// Once the loader runs, its placeholder holds the first step's height.
pub const INLINE_RULE: &str = "ims-checker:not([mode=\"launcher\"]) { display: block; }";

/// The clinic's contacts inside the element (the fallback) wait, taking no
/// room, while the loader may still come, so a working page never flashes
/// "could not load" nor moves; after 3 seconds without it (or at once with
/// scripts off) they show.
pub const FALLBACK_RULES: [&str; 2] = [
    "@media (scripting: enabled) { ims-checker:not(:defined) > * { visibility: hidden; max-height: 0; margin-block: 0; overflow: hidden; animation: ims-checker-fallback 0s 3s forwards; } }",
    "@keyframes ims-checker-fallback { to { visibility: visible; max-height: 40em; margin-block: 0.5em; } }",
];

/// The line the page's fallback starts with, in each shipped language: the
/// packs' `words.load_failed` (a test compares them).
const LOAD_FAILED: [(&str, &str); 6] = [
    ("en", "The checker could not load. Please contact the clinic:"),
    (
        "fr",
        "Le questionnaire n’a pas pu se charger. Contactez la clinique\u{a0}:",
    ),
    ("zh-Hans", "检查无法加载。请联系诊所："),
    ("zh-Hant", "檢查無法載入。請聯絡診所："),
    ("pa", "ਔਨਲਾਈਨ ਜਾਂਚ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਕਲੀਨਿਕ ਨਾਲ ਸੰਪਰਕ ਕਰੋ:"),
    ("fa", "بررسی بارگذاری نشد. لطفاً با کلینیک تماس بگیرید:"),
];

/// The clinic's contacts as plain HTML inside the element: what a visitor
/// reads when the checker cannot start, and, through the loader's slot,
/// while it loads. The line saying it could not load is marked for a slot
/// the loader never shows (it says so in the visitor's language itself).
/// Only the settings the checker keeps are here (`parts` has the valid
/// ones): a booking link exactly the clinic's, and only http(s).
pub fn fallback_html(parts: &Parts) -> String {
    let setting = |name: &str| {
        parts
            .attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value.trim())
            .filter(|value| !value.is_empty())
    };
    let (lang, line) = LOAD_FAILED
        .iter()
        .find(|(tag, _)| *tag == parts.fallback_lang)
        .unwrap_or(&LOAD_FAILED[0]);
    let mut contacts = Vec::new();
    if let Some(name) = setting("clinic-name") {
        contacts.push(attribute(name));
    }
    if let Some(phone) = setting("phone") {
        // The very link the checker's own call button has.
        contacts.push(format!("<a href=\"{}\">{}</a>", tel_link(phone), attribute(phone)));
    }
    if let Some(url) = setting("booking-url").filter(|url| is_web_link(url)) {
        contacts.push(format!("<a href=\"{0}\">{0}</a>", attribute(url)));
    }
    if let Some(email) = setting("email") {
        contacts.push(format!("<a href=\"mailto:{0}\">{0}</a>", attribute(email)));
    }
    format!(
        "  <p slot=\"ims-unloaded\" lang=\"{lang}\">{}</p>\n  <p>{}</p>\n",
        attribute(line),
        contacts.join("<br>\n    ")
    )
}

/// An http or https address (what the checker itself accepts as a booking link).
fn is_web_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

impl Parts {
    fn is_launcher(&self) -> bool {
        self.attributes
            .iter()
            .any(|(name, value)| name == "mode" && value == "launcher")
    }
}

/// What the page's `<style>` element holds: the theme's rule, if any, and
/// the rules that hold the checker's place.
pub fn style_rule(parts: &Parts) -> String {
    let mode = if parts.is_launcher() {
        LAUNCHER_RULE
    } else {
        INLINE_RULE
    };
    let place = format!("{mode} {}", FALLBACK_RULES.join(" "));
    if parts.style.is_empty() {
        return place;
    }
    let declarations: Vec<String> = parts
        .style
        .iter()
        .map(|(name, value)| format!("{name}: {value};"))
        .collect();
    format!("ims-checker {{ {} }} {place}", declarations.join(" "))
}

/// The Content-Security-Policy source that allows exactly this `<style>`
/// element's text: `'sha256-…'`.
pub fn csp_hash(rule: &str) -> String {
    format!("'sha256-{}'", BASE64.encode(&Sha256::digest(rule.as_bytes())))
}

/// `value` inside a double-quoted HTML attribute.
fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The loader's address in a folder: the folder with a `/` after it, then
/// `ims-checker.js`.
pub fn loader_src(folder: &str) -> String {
    let folder = folder.trim();
    if folder.ends_with('/') {
        format!("{folder}ims-checker.js")
    } else {
        format!("{folder}/ims-checker.js")
    }
}

/// The code to paste into a page. `integrity` is the loader's hash, known
/// when the configurator came in a release package.
pub fn code(parts: &Parts, folder: &str, integrity: Option<&str>) -> String {
    let mut out = format!("<script type=\"module\" src=\"{}\"", attribute(&loader_src(folder)));
    if let Some(hash) = integrity {
        out.push_str(&format!(
            "\n  integrity=\"{}\" crossorigin=\"anonymous\"",
            attribute(hash)
        ));
    }
    out.push_str("></script>\n");
    out.push_str(&format!("<style>{}</style>\n", style_rule(parts)));
    out.push_str("<ims-checker");
    for (name, value) in &parts.attributes {
        out.push_str(&format!("\n  {name}=\"{}\"", attribute(value)));
    }
    out.push_str(">\n");
    out.push_str(&fallback_html(parts));
    out.push_str("</ims-checker>\n");
    if let Some(json) = &parts.json {
        out.push_str(&format!(
            "<script type=\"application/json\" id=\"{CONFIG_ID}\">\n{json}\n</script>\n"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use ims_checker::config::ClinicConfig;
    use ims_checker::protocol::default_protocol;

    use super::*;
    use crate::settings::{tree, Configurator};

    fn full() -> Settings {
        let mut settings = Configurator::new("/ims-checker-0.1.0/").settings;
        let config = &mut settings.config;
        config.clinic_name = "Harbour & \"Side\" Physio".into();
        config.booking_url = Some("https://booking.example.com/harbourside?a=1&b=2".into());
        config.phone = Some("+1-604-555-0142".into());
        config.email = Some("front@harbourside.example".into());
        config.nurse_line = Some("811".into());
        config.emergency_number = Some("112".into());
        config.schema = Some("https://example.com/ims-checker-config.schema.json".into());
        config.coverage = Some(TextModel::new("Plans cover it </script>.").with("fr", "Les régimes le couvrent."));
        config.referral = Some(TextModel::new("No referral needed."));
        config.languages = Some(vec!["en".into(), "fr".into(), "pa".into()]);
        config.rows_turned_off = vec!["metal-allergy".into()];
        config.stricter_levels = tree([("osteoporosis/severe", "not-suitable".to_string())].into_iter());
        config.text_overrides = tree(
            [(
                "text:privacy",
                TextModel::new("Nothing leaves.").with("fr", "Rien ne sort."),
            )]
            .into_iter(),
        );
        config.review = Some(ims_checker::config::RulesReviewModel {
            by: "J. Kim, physiotherapist".into(),
            date: "2026-12-01".into(),
        });
        settings.look = Look {
            mode: Mode::Launcher,
            launcher_label: "Is IMS for me?".into(),
            accent: "#7b2d8b".into(),
            font: "\"Lato\", sans-serif".into(),
            radius: "6px".into(),
        };
        settings
    }

    /// The file is a configuration the tool reads, with every setting as
    /// entered, and valid.
    #[test]
    fn the_file_is_what_ims_checker_validate_reads() {
        let settings = full();
        let text = config_file(&settings);
        let read: ClinicConfigModel = serde_json::from_str(&text).expect("the tool's model reads it");
        let mut config = read.clone();
        assert_eq!(config.look.take(), Some(settings.look.model()));
        assert_eq!(config, settings.config);
        assert_eq!(
            ims_checker::cli::validate_text(&text),
            Ok("valid clinic configuration for \"Harbour & \\\"Side\\\" Physio\"".to_string())
        );
        assert!(
            text.starts_with("{\n  \"clinic-name\": \"Harbour & \\\"Side\\\" Physio\",\n  \"booking-url\""),
            "{text}"
        );
        assert!(
            text.contains(
                "  \"look\": {\n    \"mode\": \"launcher\",\n    \"launcher-label\": \"Is IMS for me?\",\n    \
                 \"accent\": \"#7b2d8b\",\n    \"font\": \"\\\"Lato\\\", sans-serif\",\n    \"radius\": \"6px\"\n  },\n"
            ),
            "{text}"
        );
        // A new clinic's file: only what is set, and how the checker shows.
        let new = Configurator::new("/").settings;
        assert_eq!(
            config_file(&new),
            "{\n  \"clinic-name\": \"\",\n  \"emergency-number\": \"911\",\n  \"look\": {\n    \"mode\": \"inline\"\n  }\n}\n"
        );
        // The page's code carries the look as attributes and a style rule,
        // never in its JSON.
        let mut looked = settings.clone();
        looked.config.look = Some(settings.look.model());
        assert!(!parts(&looked).json.unwrap_or_default().contains("look"));
    }

    /// Every setting saved in the settings file comes back when it is
    /// loaded into a new configurator (the next version's, in its own
    /// folder): the whole settings compared, so a setting the file leaves out
    /// fails here. `full()` names every field of the settings without `..`,
    /// and each is set to something other than a new clinic's.
    #[test]
    fn the_settings_file_keeps_every_setting() {
        let settings = full();
        let new = Configurator::new("/ims-checker-0.2.0/");
        let Settings { config, look, folder } = &settings;
        let fresh = &new.settings;
        let ClinicConfigModel {
            clinic_name,
            booking_url,
            phone,
            email,
            emergency_number,
            nurse_line,
            coverage,
            referral,
            languages,
            rows_turned_off,
            stricter_levels,
            text_overrides,
            review,
            look: config_look,
            schema,
        } = config;
        let f = &fresh.config;
        assert!(
            clinic_name != &f.clinic_name
                && booking_url != &f.booking_url
                && phone != &f.phone
                && email != &f.email
                && emergency_number != &f.emergency_number
                && nurse_line != &f.nurse_line
                && coverage != &f.coverage
                && referral != &f.referral
                && languages != &f.languages
                && rows_turned_off != &f.rows_turned_off
                && stricter_levels != &f.stricter_levels
                && text_overrides != &f.text_overrides
                && review != &f.review
                && schema != &f.schema,
            "every setting of the configuration set in full()"
        );
        assert_eq!(config_look, &None, "the look lives in Settings::look while editing");
        let Look {
            mode,
            launcher_label,
            accent,
            font,
            radius,
        } = look;
        let l = &fresh.look;
        assert!(
            mode != &l.mode
                && launcher_label != &l.launcher_label
                && accent != &l.accent
                && font != &l.font
                && radius != &l.radius,
            "every setting of the look set in full()"
        );
        assert_ne!(folder, &fresh.folder);

        let text = config_file(&settings);
        let model: ClinicConfigModel = serde_json::from_str(&text).expect("the file reads back");
        let loaded = crate::load::from_file("the file", Some(model), &[]);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let choices = crate::choices::Choices::from(&default_protocol());
        let state = new.apply(
            crate::settings::Action::Load {
                loaded: Box::new(loaded),
            },
            &choices,
        );
        let expected = Settings {
            folder: "/ims-checker-0.2.0/".into(),
            ..settings
        };
        assert_eq!(
            state.settings, expected,
            "the settings loaded back from the file, in the new configurator's folder"
        );
    }

    /// The element's attributes and its JSON together are the whole
    /// configuration, as the widget reads them (attributes first).
    #[test]
    fn the_code_carries_every_setting_once() {
        let settings = full();
        let parts = parts(&settings);
        let names: Vec<&str> = parts.attributes.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "config",
                "mode",
                "launcher-label",
                "clinic-name",
                "booking-url",
                "phone",
                "email",
                "emergency-number",
                "nurse-line"
            ]
        );
        let json: serde_json::Value = serde_json::from_str(parts.json.as_deref().expect("json")).expect("valid");
        let keys: Vec<&String> = json.as_object().expect("object").keys().collect();
        assert_eq!(
            keys,
            [
                "$schema",
                "coverage",
                "languages",
                "referral",
                "review",
                "rows-turned-off",
                "stricter-levels",
                "text-overrides"
            ]
        );
        let mut merged: serde_json::Map<String, serde_json::Value> = json.as_object().cloned().unwrap_or_default();
        for (name, value) in &parts.attributes {
            if !["config", "mode", "launcher-label"].contains(&name.as_str()) {
                merged.insert(name.clone(), serde_json::Value::String(value.clone()));
            }
        }
        let model: ClinicConfigModel = serde_json::from_value(merged.into()).expect("a configuration");
        assert_eq!(model, settings.config);
    }

    #[test]
    fn the_code_to_paste() {
        let settings = full();
        let code = code(&parts(&settings), &settings.folder, Some("sha384-abc"));
        let expected_head = "<script type=\"module\" src=\"/ims-checker-0.1.0/ims-checker.js\"\n  \
                             integrity=\"sha384-abc\" crossorigin=\"anonymous\"></script>\n\
                             <style>ims-checker { --ims-accent: #7b2d8b; --ims-font: \"Lato\", sans-serif; \
                             --ims-radius: 6px; } ims-checker[mode=\"launcher\"] { display: inline-block; \
                             vertical-align: top; min-height: 44px; } @media (scripting: enabled) \
                             { ims-checker:not(:defined) > * { visibility: hidden; max-height: 0; margin-block: 0; \
                             overflow: hidden; animation: ims-checker-fallback 0s 3s forwards; } } \
                             @keyframes ims-checker-fallback { to { visibility: visible; max-height: 40em; \
                             margin-block: 0.5em; } }</style>\n<ims-checker\n  config=\"ims-checker-config\"\n  \
                             mode=\"launcher\"\n  launcher-label=\"Is IMS for me?\"\n  \
                             clinic-name=\"Harbour &amp; &quot;Side&quot; Physio\"\n  \
                             booking-url=\"https://booking.example.com/harbourside?a=1&amp;b=2\"\n";
        assert!(code.starts_with(expected_head), "{code}");
        assert!(code.ends_with("\n}\n</script>\n"), "{code}");
        assert!(code.contains("Plans cover it \\u003c/script\\u003e."), "{code}");
        assert_eq!(code.matches("</script>").count(), 2, "{code}");

        let plain = code_for_new_clinic();
        assert_eq!(
            plain,
            format!(
                "<script type=\"module\" src=\"/x/ims-checker.js\"></script>\n<style>{INLINE_RULE} {}</style>\n\
                 <ims-checker\n  clinic-name=\"Clinic\"\n  emergency-number=\"911\">\n  \
                 <p slot=\"ims-unloaded\" lang=\"en\">The checker could not load. Please contact the clinic:</p>\n  \
                 <p>Clinic</p>\n</ims-checker>\n",
                FALLBACK_RULES.join(" ")
            )
        );
    }

    fn code_for_new_clinic() -> String {
        let mut settings = Configurator::new("/x").settings;
        settings.config.clinic_name = "Clinic".into();
        code(&parts(&settings), &settings.folder, None)
    }

    /// What has a problem stays out of the code and the preview; the rest
    /// is what the validator keeps.
    #[test]
    fn settings_with_a_problem_are_left_out() {
        let protocol = default_protocol();
        let mut settings = full();
        settings.config.phone = Some("call us".into());
        settings.config.stricter_levels = tree(
            [
                ("bleeding/yes", "suitable".to_string()),
                ("osteoporosis/severe", "not-suitable".to_string()),
            ]
            .into_iter(),
        );
        settings.look.accent = "#ffff00".into();
        let parts = valid_parts(&settings, &protocol);
        assert!(!parts.attributes.iter().any(|(name, _)| name == "phone"), "{parts:?}");
        assert!(parts.attributes.iter().any(|(name, _)| name == "email"), "{parts:?}");
        let json = parts.json.as_deref().unwrap_or_default();
        assert!(
            !json.contains("bleeding/yes") && json.contains("osteoporosis/severe"),
            "{json}"
        );
        assert!(!parts.style.iter().any(|(name, _)| name == "--ims-accent"));
        assert!(parts.style.iter().any(|(name, _)| name == "--ims-radius"));
        // Without the phone and the level, what is left validates.
        let mut kept = settings.config.clone();
        kept.phone = None;
        kept.stricter_levels.remove("bleeding/yes");
        assert!(ClinicConfig::from_model(&kept, &protocol).is_ok());
    }

    #[test]
    fn the_style_rules_hash_is_sha256_in_base64() {
        // `printf 'abc' | openssl dgst -sha256 -binary | base64`
        let themed = Parts {
            style: vec![("--ims-accent".into(), "#7b2d8b".into())],
            ..Parts::default()
        };
        let fallback = FALLBACK_RULES.join(" ");
        let inline = format!("{INLINE_RULE} {fallback}");
        assert_eq!(
            style_rule(&themed),
            format!("ims-checker {{ --ims-accent: #7b2d8b; }} {inline}")
        );
        assert_eq!(csp_hash("abc"), "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
        // The checker's place is held even without a theme.
        assert_eq!(style_rule(&Parts::default()), inline);
        let launcher = Parts {
            attributes: vec![("mode".into(), "launcher".into())],
            ..Parts::default()
        };
        assert_eq!(style_rule(&launcher), format!("{LAUNCHER_RULE} {fallback}"));
        // The rules the clinics' READMEs give for a hand-written page, as the
        // demo and the bench's clinic pages carry them.
        for text in [
            include_str!("../../README.md"),
            include_str!("../../xtask/package/README.md"),
            include_str!("../../static/demo.css"),
            include_str!("../../tests/e2e/pages/bench/clinic.css"),
        ] {
            for rule in FALLBACK_RULES.iter().chain([&LAUNCHER_RULE, &INLINE_RULE]) {
                assert!(text.contains(rule), "{rule}");
            }
        }
        assert_eq!(loader_src("/a/"), "/a/ims-checker.js");
        assert_eq!(
            loader_src("https://cdn.example/b"),
            "https://cdn.example/b/ims-checker.js"
        );
    }

    /// Inside the element, the clinic's name and contacts as plain HTML,
    /// escaped, with the booking link exactly the clinic's and only a web
    /// link, after the line saying the check could not load, in the first
    /// language the clinic offers.
    #[test]
    fn the_code_carries_the_clinics_contacts_for_when_the_checker_cannot_start() {
        let mut settings = full();
        let html = fallback_html(&parts(&settings));
        assert_eq!(
            html,
            "  <p slot=\"ims-unloaded\" lang=\"en\">The checker could not load. Please contact the clinic:</p>\n  \
             <p>Harbour &amp; &quot;Side&quot; Physio<br>\n    <a href=\"tel:+16045550142\">+1-604-555-0142</a><br>\n    \
             <a href=\"https://booking.example.com/harbourside?a=1&amp;b=2\">https://booking.example.com/harbourside?a=1&amp;b=2</a><br>\n    \
             <a href=\"mailto:front@harbourside.example\">front@harbourside.example</a></p>\n"
        );
        assert!(code(&parts(&settings), "/x/", None).contains(&format!(">\n{html}</ims-checker>\n")));
        // A link the checker refuses is not in the fallback either.
        settings.config.booking_url = Some("javascript:alert(1)".into());
        settings.config.languages = Some(vec!["pa".into(), "en".into()]);
        let html = fallback_html(&valid_parts(&settings, &default_protocol()));
        assert!(!html.contains("javascript") && !html.contains("booking"), "{html}");
        assert!(html.contains("lang=\"pa\">ਔਨਲਾਈਨ ਜਾਂਚ ਲੋਡ ਨਹੀਂ"), "{html}");
        // Even past the validator, only a web link.
        let mut unchecked = parts(&settings);
        unchecked.fallback_lang = "xx".into();
        let html = fallback_html(&unchecked);
        assert!(!html.contains("javascript") && html.contains("lang=\"en\""), "{html}");
    }

    /// The fallback's line is each pack's own `words.load_failed`, and the
    /// built-in English.
    #[test]
    fn the_fallbacks_line_is_the_packs_words() {
        assert_eq!(LOAD_FAILED[0], ("en", ims_checker::words::EN.load_failed));
        for (tag, line) in &LOAD_FAILED[1..] {
            let path = format!("{}/../packs/{tag}.json", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).expect("a shipped pack");
            let pack: serde_json::Value = serde_json::from_str(&text).expect("json");
            assert_eq!(pack["texts"]["words.load_failed"].as_str(), Some(*line), "{tag}");
        }
        let shipped: Vec<&str> = ims_checker::base::lang::Lang::SHIPPED.iter().map(|l| l.id()).collect();
        let ours: Vec<&str> = LOAD_FAILED.iter().map(|(tag, _)| *tag).collect();
        assert_eq!(ours, shipped);
    }
}
