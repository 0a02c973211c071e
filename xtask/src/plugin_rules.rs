//! `cargo xtask plugin-rules [--check]`: the WordPress plugin's table of what
//! the protocol allows a clinic (`wordpress/ims-checker/includes/rules.json`),
//! written by asking the widget's own validator about each setting alone:
//! which guideline rows can be turned off, which stricter level each answer
//! may take, which texts can be reworded and how long they may be, each
//! refusal with the validator's message. The plugin's PHP checks a saved
//! configuration against it, so its verdicts are the validator's.
use std::collections::BTreeMap;

use ims_checker::config::{ClinicConfig, ClinicConfigModel};
use ims_checker::protocol::model::TextModel;
use ims_checker::protocol::{default_protocol, Level, Protocol};
use serde_json::{json, Value};

use crate::{workspace_root, Failure};

pub const TABLE: &str = "wordpress/ims-checker/includes/rules.json";

pub fn plugin_rules(args: &[String]) -> Result<(), Failure> {
    let path = workspace_root().join(TABLE);
    let table = table(&default_protocol());
    match args {
        [] => std::fs::write(&path, &table).map_err(|e| Failure(format!("{}: {e}", path.display()))),
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
        _ => Err(Failure("plugin-rules takes [--check]".into())),
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
    let table = json!({
        "levels": Level::ALL.map(Level::id),
        "rows-turned-off": rows,
        "stricter-levels": stricter,
        "text-overrides": texts,
        "known-texts": known_texts.join(", "),
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
