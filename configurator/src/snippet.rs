//! What the configurator writes out: the configuration file (what
//! `ims-checker validate` reads), and the code a clinic pastes into its page
//! (the loader's script tag, the style rules of the checker's place and
//! theme, the `<ims-checker>` element with its attributes and the inline
//! JSON of the other settings).
//! The live preview is made of the same [`Parts`] as the code.

use data_encoding::BASE64;
use ims_checker::config::{field, ClinicConfigModel, Entries, FIELDS};
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
            field::SCHEMA => config.schema.as_deref().map(Json::text),
            _ => None,
        };
        if let Some(value) = value {
            out.push((name.to_string(), value));
        }
    }
    out
}

/// The configuration file's text: every setting as entered.
pub fn config_file(config: &ClinicConfigModel) -> String {
    Json::Object(config_json(config)).pretty(Place::File) + "\n"
}

/// The element's parts for `settings` as they are.
pub fn parts(settings: &Settings) -> Parts {
    let (attributes, rest): (Vec<_>, Vec<_>) = config_json(&settings.config)
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
    Parts {
        attributes: element,
        json,
        style,
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

/// Hold an inline checker's place until the loader has run (its placeholder
/// then holds it): its first step's height on a desktop, and on a phone.
/// A page whose loader never runs (a wrong path, scripts off) gets its
/// space back after 6 seconds instead of keeping an empty box.
pub const INLINE_RULES: [&str; 3] = [
    "ims-checker:not([mode=\"launcher\"]):not(:defined) { display: block; min-height: 1144px; animation: ims-checker-unheld 0s 6s forwards; }",
    "@media (max-width: 30em) { ims-checker:not([mode=\"launcher\"]):not(:defined) { min-height: 1792px; } }",
    "@keyframes ims-checker-unheld { to { min-height: 0; } }",
];

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
    let place = if parts.is_launcher() {
        LAUNCHER_RULE.to_string()
    } else {
        INLINE_RULES.join(" ")
    };
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
    out.push_str("></ims-checker>\n");
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
        config.coverage = Some(TextModel::new("Plans cover it </script>.").with("fr", "Les régimes le couvrent."));
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
        let text = config_file(&settings.config);
        let read: ClinicConfigModel = serde_json::from_str(&text).expect("the tool's model reads it");
        assert_eq!(read, settings.config);
        assert_eq!(
            ims_checker::cli::validate_text(&text),
            Ok("valid clinic configuration for \"Harbour & \\\"Side\\\" Physio\"".to_string())
        );
        assert!(
            text.starts_with("{\n  \"clinic-name\": \"Harbour & \\\"Side\\\" Physio\",\n  \"booking-url\""),
            "{text}"
        );
        // A new clinic's file: only what is set.
        let new = Configurator::new("/").settings.config;
        assert_eq!(
            config_file(&new),
            "{\n  \"clinic-name\": \"\",\n  \"emergency-number\": \"911\"\n}\n"
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
                "coverage",
                "languages",
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
                             vertical-align: top; min-height: 44px; }</style>\n<ims-checker\n  config=\"ims-checker-config\"\n  \
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
                "<script type=\"module\" src=\"/x/ims-checker.js\"></script>\n<style>{}</style>\n<ims-checker\n  \
                 clinic-name=\"Clinic\"\n  emergency-number=\"911\"></ims-checker>\n",
                INLINE_RULES.join(" ")
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
        let inline = INLINE_RULES.join(" ");
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
        assert_eq!(style_rule(&launcher), LAUNCHER_RULE);
        // The rules the clinics' READMEs give for a hand-written page, as the
        // demo and the bench's clinic pages carry them.
        for text in [
            include_str!("../../README.md"),
            include_str!("../../xtask/package/README.md"),
            include_str!("../../static/demo.css"),
            include_str!("../../tests/e2e/pages/bench/clinic.css"),
        ] {
            for rule in INLINE_RULES.iter().chain([&LAUNCHER_RULE]) {
                assert!(text.contains(rule), "{rule}");
            }
        }
        assert_eq!(loader_src("/a/"), "/a/ims-checker.js");
        assert_eq!(
            loader_src("https://cdn.example/b"),
            "https://cdn.example/b/ims-checker.js"
        );
    }
}
