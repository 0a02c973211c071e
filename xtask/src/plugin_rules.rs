//! `cargo xtask plugin-rules [--check | --front-desk FILE…]`: the WordPress plugin's table of what
//! the protocol allows a clinic (`wordpress/ims-checker/includes/rules.json`),
//! written by asking the widget's own validator about each setting alone:
//! which guideline rows can be turned off, which stricter level each answer
//! may take, which texts can be reworded and how long they may be, each
//! refusal with the validator's message. The plugin's PHP checks a saved
//! configuration against it, so its verdicts are the validator's. Beside
//! each, under "front-desk", what the configurator says of the same problem
//! (configurator/src/messages.rs, asked the same way): its message for each
//! refusal, its labels, and templates (`{}` for what the clinic wrote) for
//! the problems that echo a value, so the settings page speaks as the
//! configurator does. `--front-desk` prints the configurator's messages for
//! settings files, which tests/e2e/tests/wordpress.rs compares with the PHP's.
use std::collections::BTreeMap;

use ims_checker::base::lang::Lang;
use ims_checker::config::{ClinicConfig, ClinicConfigModel};
use ims_checker::protocol::model::TextModel;
use ims_checker::protocol::{default_protocol, Level, Protocol};
use ims_checker_configurator::choices::Choices;
use ims_checker_configurator::messages::{field_label, field_of, messages as front_desk_messages};
use ims_checker_configurator::settings::{english_name, Configurator, Settings};
use serde_json::{json, Value};

use crate::{workspace_root, Failure};

pub const TABLE: &str = "wordpress/ims-checker/includes/rules.json";

pub fn plugin_rules(args: &[String]) -> Result<(), Failure> {
    let path = workspace_root().join(TABLE);
    let table = table(&default_protocol());
    match args {
        [] => std::fs::write(&path, &table).map_err(|e| Failure(format!("{}: {e}", path.display()))),
        [flag, files @ ..] if flag == "--front-desk" => {
            let protocol = default_protocol();
            let said: Vec<Vec<String>> = files.iter().map(|file| front_desk_of_file(file, &protocol)).collect();
            println!("{}", serde_json::to_string(&said).unwrap_or_default());
            Ok(())
        }
        [flag] if flag == "--check" => {
            let written = std::fs::read_to_string(&path).unwrap_or_default();
            if written == table {
                Ok(())
            } else {
                Err(Failure(format!(
                    "{TABLE} is not what the validator allows now; run `cargo xtask plugin-rules`"
                )))
            }
        }
        _ => Err(Failure("plugin-rules takes [--check] or --front-desk FILE…".into())),
    }
}

/// The validator's messages for `model`, without their paths.
fn messages(model: &ClinicConfigModel, protocol: &Protocol) -> Vec<String> {
    match ClinicConfig::from_model(model, protocol) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.problem.to_string()).collect(),
    }
}

fn one_message(model: &ClinicConfigModel, protocol: &Protocol) -> Value {
    messages(model, protocol).first().map_or(Value::Null, |m| json!(m))
}

fn clinic() -> ClinicConfigModel {
    ClinicConfigModel {
        clinic_name: "clinic".into(),
        ..ClinicConfigModel::default()
    }
}

/// The table as the plugin reads it (JSON, one entry a line).
pub fn table(protocol: &Protocol) -> String {
    let mut rows = BTreeMap::new();
    let mut stricter = BTreeMap::new();
    let mut texts = BTreeMap::new();
    for question in &protocol.questions {
        let model = ClinicConfigModel {
            rows_turned_off: vec![question.id.clone()],
            ..clinic()
        };
        rows.insert(question.id.clone(), one_message(&model, protocol));
        texts.insert(
            format!("question:{}", question.id),
            text_rule(&question.id, protocol, "question"),
        );
        texts.insert(
            format!("help:{}", question.id),
            text_rule(&question.id, protocol, "help"),
        );
        for answer in &question.answers {
            let rule = format!("{}/{}", question.id, answer.id);
            let mut levels = BTreeMap::new();
            for level in Level::ALL {
                let model = ClinicConfigModel {
                    stricter_levels: [(rule.clone(), level.id().to_string())].into_iter().collect(),
                    ..clinic()
                };
                levels.insert(level.id(), one_message(&model, protocol));
            }
            stricter.insert(rule.clone(), levels);
            texts.insert(format!("answer:{rule}"), text_rule(&rule, protocol, "answer"));
            texts.insert(format!("note:{rule}"), text_rule(&rule, protocol, "note"));
        }
    }
    for entry in &protocol.texts {
        texts.insert(format!("text:{}", entry.key), text_rule(&entry.key, protocol, "text"));
    }
    let known_texts: Vec<&str> = protocol.texts.iter().map(|t| t.key.as_str()).collect();
    let front_desk = front_desk_table(protocol, &rows, &stricter, &texts);
    let table = json!({
        "levels": Level::ALL.map(Level::id),
        "rows-turned-off": rows,
        "stricter-levels": stricter,
        "text-overrides": texts,
        "known-texts": known_texts.join(", "),
        "front-desk": front_desk,
    });
    let mut out = serde_json::to_string_pretty(&table).unwrap_or_default();
    out.push('\n');
    out
}

/// A text override's rule: refused (a locked safety text) with the
/// validator's message, or its longest length.
fn text_rule(target: &str, protocol: &Protocol, kind: &str) -> Value {
    let key = format!("{kind}:{target}");
    let with = |words: &str| ClinicConfigModel {
        text_overrides: [(key.clone(), TextModel::new(words))].into_iter().collect(),
        ..clinic()
    };
    let refused = one_message(&with("x"), protocol);
    if !refused.is_null() {
        return json!({ "refused": refused });
    }
    // The longest text the validator takes: a label or a paragraph.
    let max = [300, 1000]
        .into_iter()
        .find(|max| !messages(&with(&"x".repeat(max + 1)), protocol).is_empty())
        .unwrap_or(1000);
    json!({ "max": max })
}

// ---------------------------------------------------------------------
// The configurator's words

/// What the configurator says of `config` (its look from the file, as it
/// loads one): each problem as "label: message", in its order.
fn front_desk(config: ClinicConfigModel, protocol: &Protocol) -> Vec<(String, String)> {
    let choices = Choices::from(protocol);
    let loaded = ims_checker_configurator::load::from_file("the file", Some(config), &[]);
    let settings = Settings {
        config: loaded.config.unwrap_or_default(),
        look: loaded.look.unwrap_or_default(),
        ..Configurator::new("/ims-checker/").settings
    };
    front_desk_messages(&settings, protocol, &choices)
        .into_iter()
        .map(|m| (field_label(&m.field, &choices), m.text))
        .collect()
}

/// The configurator's messages for a settings file, as the plugin shows
/// them ("label: message"); none for a file it cannot read as settings.
fn front_desk_of_file(file: &str, protocol: &Protocol) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    match serde_json::from_str::<ClinicConfigModel>(&text) {
        Ok(model) => front_desk(model, protocol)
            .into_iter()
            .map(|(label, text)| format!("{label}: {text}"))
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// The configurator's message on `config`'s first problem.
fn front_desk_one(config: ClinicConfigModel, protocol: &Protocol) -> Value {
    front_desk(config, protocol)
        .into_iter()
        .next()
        .map_or(Value::Null, |(_, text)| json!(text))
}

/// The configurator's message on the first problem of `config` whose field's
/// label is `label`, with each of `values` (in turn, every time it occurs)
/// made a `{}` to fill.
fn template(config: ClinicConfigModel, protocol: &Protocol, label: &str, values: &[&str]) -> String {
    let said = front_desk(config, protocol);
    let text = said
        .iter()
        .find(|(l, _)| l == label)
        .map(|(_, t)| t.clone())
        .unwrap_or_else(|| panic!("the configurator says nothing on {label}: {said:?}"));
    values.iter().fold(text, |text, value| text.replace(value, "{}"))
}

/// The "front-desk" part of the table: the configurator's words for what
/// `rows`, `stricter` and `texts` refuse, its labels and its templates.
fn front_desk_table(
    protocol: &Protocol,
    rows: &BTreeMap<String, Value>,
    stricter: &BTreeMap<String, BTreeMap<&str, Value>>,
    texts: &BTreeMap<String, Value>,
) -> Value {
    let choices = Choices::from(protocol);
    let label = |field: &str| field_label(field, &choices);
    // What the configurator calls the field a validator's path names.
    let path_label = |path: String| label(&field_of(&path, &choices));
    let refused_rows: BTreeMap<&str, Value> = rows
        .iter()
        .filter(|(_, message)| !message.is_null())
        .map(|(id, _)| {
            let config = ClinicConfigModel {
                rows_turned_off: vec![id.clone()],
                ..clinic()
            };
            (id.as_str(), front_desk_one(config, protocol))
        })
        .collect();
    let mut refused_levels = BTreeMap::new();
    let mut level_labels = BTreeMap::new();
    for (rule, levels) in stricter {
        level_labels.insert(rule.as_str(), path_label(format!("stricter-levels.{rule}")));
        let refused: BTreeMap<&str, Value> = levels
            .iter()
            .filter(|(_, message)| !message.is_null())
            .map(|(level, _)| {
                let config = ClinicConfigModel {
                    stricter_levels: [(rule.clone(), level.to_string())].into_iter().collect(),
                    ..clinic()
                };
                (*level, front_desk_one(config, protocol))
            })
            .collect();
        refused_levels.insert(rule.as_str(), refused);
    }
    let mut refused_texts = BTreeMap::new();
    let mut text_labels = BTreeMap::new();
    for (key, rule) in texts {
        text_labels.insert(key.as_str(), path_label(format!("text-overrides.{key}")));
        if rule.get("refused").is_some() {
            let config = ClinicConfigModel {
                text_overrides: [(key.clone(), TextModel::new("x"))].into_iter().collect(),
                ..clinic()
            };
            refused_texts.insert(key.as_str(), front_desk_one(config, protocol));
        }
    }
    let mut labels = BTreeMap::new();
    for field in [
        "clinic-name",
        "booking-url",
        "phone",
        "email",
        "emergency-number",
        "nurse-line",
        "review-by",
        "review-date",
        "languages",
        "rows-turned-off",
        "stricter-levels",
        "launcher-label",
        "accent",
        "font",
        "radius",
        "coverage-{}",
        "referral-{}",
        "override-nowhere",
    ] {
        labels.insert(field, label(field));
    }
    // A reworded text's label in a language: its row's label and the language.
    let (key, _) = text_labels
        .iter()
        .find(|(_, l)| **l != labels["override-nowhere"])
        .map(|(k, l)| (k.to_string(), l.clone()))
        .unwrap_or_default();
    let row = label(&field_of(&format!("text-overrides.{key}"), &choices));
    let in_french = label(&field_of(&format!("text-overrides.{key}.fr"), &choices));
    let french = english_name(Lang::FR);
    let in_language = in_french.strip_prefix(&row).unwrap_or_default().replace(french, "{}");
    let names: BTreeMap<&str, &str> = Lang::SHIPPED.into_iter().map(|l| (l.id(), english_name(l))).collect();
    json!({
        "rows-turned-off": refused_rows,
        "stricter-levels": refused_levels,
        "text-overrides": refused_texts,
        "level-labels": level_labels,
        "text-labels": text_labels,
        "labels": labels,
        "in-language": in_language,
        "language-names": names,
        "templates": templates(protocol, rows, texts),
    })
}

/// The configurator's words for each problem that names what the clinic
/// wrote, or does not depend on which setting it is on, found by giving the
/// configurator such a setting.
fn templates(protocol: &Protocol, rows: &BTreeMap<String, Value>, texts: &BTreeMap<String, Value>) -> Value {
    let choices = Choices::from(protocol);
    let label = |field: &str| field_label(field, &choices);
    let with = |change: &dyn Fn(&mut ClinicConfigModel)| {
        let mut config = clinic();
        change(&mut config);
        config
    };
    let booking = |url: &str| {
        let url = url.to_string();
        with(&move |c| c.booking_url = Some(url.clone()))
    };
    let review = |by: &str, date: &str| {
        let review = ims_checker::config::RulesReviewModel {
            by: by.into(),
            date: date.into(),
        };
        with(&move |c| c.review = Some(review.clone()))
    };
    let booking_label = label("booking-url");
    let coverage_fr = label("coverage-fr");
    let french = english_name(Lang::FR);
    // A row that may be turned off, and a text that may be reworded.
    let row = rows
        .iter()
        .find(|(_, m)| m.is_null())
        .map(|(id, _)| id.clone())
        .unwrap_or_default();
    let text = texts
        .iter()
        .find(|(k, r)| r.get("refused").is_none() && choices.text(k).is_some())
        .map(|(k, _)| k.clone())
        .unwrap_or_default();
    let text_en = label(&field_of(&format!("text-overrides.{text}.en"), &choices));
    let text_fr = label(&field_of(&format!("text-overrides.{text}.fr"), &choices));
    let offered = |c: &mut ClinicConfigModel| c.languages = Some(vec!["en".into(), "fr".into()]);
    // A text in English and French, both offered: reworded, or the coverage.
    let reworded = |en: &str, fr: &str| {
        let words = TextModel::new(en).with("fr", fr);
        with(&|c| {
            offered(c);
            c.text_overrides = [(text.clone(), words.clone())].into_iter().collect();
        })
    };
    let coverage = |en: &str, fr: &str| {
        let words = TextModel::new(en).with("fr", fr);
        with(&|c| {
            offered(c);
            c.coverage = Some(words.clone());
        })
    };
    let t = |name: &str, config: ClinicConfigModel, field: &str, values: &[&str]| {
        (name.to_string(), template(config, protocol, field, values))
    };
    let long = "x".repeat(201);
    let all: BTreeMap<String, String> = [
        t("link-scheme", booking("{}:x"), &booking_label, &[]),
        t("link-no-scheme", booking("booking.example.com/x"), &booking_label, &[]),
        t("link-spaces", booking("https://x.example/a b"), &booking_label, &[]),
        t("link-nothing-after", booking("https://"), &booking_label, &[]),
        t(
            "link-too-long",
            booking(&format!("https://x.example/{}", "x".repeat(2000))),
            &booking_label,
            &[],
        ),
        t(
            "not-phone",
            with(&|c| c.phone = Some("{}".into())),
            &label("phone"),
            &[],
        ),
        t(
            "not-email",
            with(&|c| c.email = Some("{}".into())),
            &label("email"),
            &[],
        ),
        t(
            "no-languages",
            with(&|c| c.languages = Some(Vec::new())),
            &label("languages"),
            &[],
        ),
        t(
            "unknown-language",
            with(&|c| c.languages = Some(vec!["{}".into()])),
            &label("languages"),
            &[],
        ),
        t(
            "language-not-offered",
            with(&|c| {
                c.languages = Some(vec!["en".into()]);
                c.coverage = Some(TextModel::new("Covered.").with("fr", "Couvert."));
            }),
            &coverage_fr,
            &[french],
        ),
        t(
            "language-unknown",
            with(&|c| c.coverage = Some(TextModel::new("Covered.").with("{}", "?"))),
            &label("coverage-{}"),
            &[],
        ),
        t(
            "clinic-name-empty",
            with(&|c| c.clinic_name = " ".into()),
            &label("clinic-name"),
            &[],
        ),
        t("override-empty-en", reworded(" ", "x"), &text_en, &[]),
        t("override-empty", reworded("x", " "), &text_fr, &[french]),
        t("text-empty-en", coverage(" ", "x"), &label("coverage-en"), &[]),
        t("text-empty", coverage("x", " "), &coverage_fr, &[french]),
        t("empty", review(" ", "2026-01-01"), &label("review-by"), &[]),
        t(
            "too-long",
            with(&|c| c.clinic_name = long.clone()),
            &label("clinic-name"),
            &["201", "200"],
        ),
        t(
            "control-character",
            with(&|c| c.clinic_name = "a\u{7}".into()),
            &label("clinic-name"),
            &[],
        ),
        t(
            "row-unknown",
            with(&|c| c.rows_turned_off = vec!["{}".into()]),
            &label("rows-turned-off"),
            &[],
        ),
        t(
            "row-twice",
            with(&|c| c.rows_turned_off = vec![row.clone(), row.clone()]),
            &label("rows-turned-off"),
            &[&row],
        ),
        t(
            "level-unknown",
            with(&|c| c.stricter_levels = [("bleeding/yes".into(), "{}".into())].into_iter().collect()),
            &label(&field_of("stricter-levels.bleeding/yes", &choices)),
            &[],
        ),
        t(
            "rule-unknown",
            with(&|c| c.stricter_levels = [("{}".into(), "not-suitable".into())].into_iter().collect()),
            &label("stricter-levels"),
            &[],
        ),
        t(
            "row-turned-off",
            with(&|c| {
                c.rows_turned_off = vec!["bleeding".into()];
                c.stricter_levels = [("bleeding/yes".into(), "not-suitable".into())].into_iter().collect();
            }),
            &label(&field_of("stricter-levels.bleeding/yes", &choices)),
            &[],
        ),
        t(
            "override-unknown",
            with(&|c| c.text_overrides = [("{}".into(), TextModel::new("x"))].into_iter().collect()),
            &label("override-nowhere"),
            &[],
        ),
        t(
            "reviewer-html",
            review("<b>Dr</b>", "2026-01-01"),
            &label("review-by"),
            &[],
        ),
        t("review-date", review("Dr", "2026-13-01"), &label("review-date"), &[]),
    ]
    .into_iter()
    .collect();
    json!(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plugin checks saves against the table the validator gives now.
    #[test]
    fn the_plugins_table_is_the_validators() {
        let written = std::fs::read_to_string(workspace_root().join(TABLE)).expect("the plugin's table");
        assert!(
            written == table(&default_protocol()),
            "{TABLE} is stale: run `cargo xtask plugin-rules`"
        );
    }
}
