//! The clinic's command-line tool: `validate`, `rules`, `evaluate` and
//! `protocol`, on the same engine and protocol as the widget. JSON in and
//! out; native only (feature `cli`).
//!
//! Every function here returns text or a list of problems; only
//! [`run`]'s caller (src/main.rs) touches the terminal. Here: the commands,
//! their arguments and options; `scenario`: reading a scenario; `json`: the
//! outcome as JSON. The rules sheet is `crate::rules::sheet`, which the
//! configurator prints too.

mod json;
mod scenario;

pub use json::{OutcomeJson, ReasonJson, RegionJson, RegionsJson, ScopeJson};
pub use scenario::parse_scenario;

use core::fmt::Write as _;

use crate::base::date::Date;
use crate::base::lang::Lang;
use crate::base::text::join;
use crate::base::validation::ValidationError;
use crate::config::{ClinicConfig, ClinicConfigModel};
use crate::engine::evaluate;
use crate::pack::model::{PackModel, TextMap};
use crate::pack::Pack;
use crate::protocol::model::ProtocolModel;
use crate::protocol::{default_model, default_protocol, Protocol};
use crate::rules::sheet::rules_markdown;
use crate::words::{built_in, rules};

/// What the tool prints and its exit status: 0 done, 1 the input has
/// problems, 2 the command line is wrong.
#[derive(Debug, PartialEq, Eq)]
pub struct CliOutput {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl CliOutput {
    fn ok(stdout: String) -> CliOutput {
        CliOutput {
            code: 0,
            stdout,
            stderr: String::new(),
        }
    }

    fn problems(problems: &[String]) -> CliOutput {
        let mut stderr = String::new();
        for problem in problems {
            let _ = writeln!(stderr, "error: {problem}");
        }
        CliOutput {
            code: 1,
            stdout: String::new(),
            stderr,
        }
    }

    fn usage(message: &str) -> CliOutput {
        CliOutput {
            code: 2,
            stdout: String::new(),
            stderr: format!("error: {message}\n\n{HELP}"),
        }
    }
}

pub const HELP: &str = "\
ims-checker: check whether IMS or dry needling may suit a visitor, with the
same rules as the website widget.

USAGE:
    ims-checker validate FILE
        Check a protocol file (it has a top-level \"questions\" field), a
        clinic configuration file (it has a top-level \"clinic-name\" field)
        or a language pack (it has top-level \"lang\" and \"texts\" fields:
        every text of the English, none other, the same placeholders, none
        empty; for a shipped language every locked safety text as the
        shipped pack has it, for another language a review record).
        Prints every problem with its path; exit 1 if there is any.

    ims-checker pack LANG
        Print a shipped language's pack (JSON), the form a translator
        starts from and a clinic reviews. LANG is fr, zh-Hans, zh-Hant, pa
        or fa.

    ims-checker rules [--lang LANG] [--config FILE]
        Print every question, answer, level, scope, when it is asked and its
        source, as Markdown for a physiotherapist to review and sign off.
        LANG is en (default), fr, zh-Hans, zh-Hant, pa or fa; a sheet in
        another language than English starts with its pack's review record.

    ims-checker evaluate [--today YYYY-MM-DD] [--config FILE] FILE
        Read a scenario and print the outcome as JSON. Scenario:
          {\"today\": \"2026-11-22\", \"regions\": [\"low-back\", \"knee-left\"],
           \"answers\": {\"red-flags-general\": [\"none\"], \"pregnant\": \"no\"},
           \"surgeries\": [{\"region\": \"knee-left\", \"date\": \"2026-10-01\"}],
           \"lymphoedema-regions\": [\"arm-left\"], \"skin-infection-regions\": []}
        An answer is an answer id or a list of them. --today overrides \"today\".
        An operation's region may be \"elsewhere\"; lymphoedema-regions also
        takes the limbs arm-left, arm-right, leg-left and leg-right.
        Questions about fit, duration and conditions may be left out.

    ims-checker protocol
        Print the default protocol as JSON, a starting point for review.

    ims-checker --help

EXIT STATUS: 0 done, 1 the input has problems, 2 the command line is wrong.
";

/// Runs one command. `args` excludes the program name.
pub fn run(args: &[String]) -> CliOutput {
    let Some((command, rest)) = args.split_first() else {
        return CliOutput::usage("no command given");
    };
    match command.as_str() {
        "--help" | "-h" | "help" => CliOutput::ok(HELP.to_string()),
        "validate" => match rest {
            [path] if path != "--help" => match read(path) {
                Ok(text) => match validate_text(&text) {
                    Ok(summary) => CliOutput::ok(format!("{path}: {summary}\n")),
                    Err(problems) => CliOutput::problems(&prefixed(path, &problems)),
                },
                Err(problem) => CliOutput::problems(&[problem]),
            },
            [flag] if flag == "--help" => CliOutput::ok(HELP.to_string()),
            _ => CliOutput::usage("validate takes exactly one FILE"),
        },
        "rules" => rules_command(rest),
        "evaluate" => evaluate_command(rest),
        "protocol" if rest.is_empty() => match serde_json::to_string_pretty(&default_model()) {
            Ok(json) => CliOutput::ok(json + "\n"),
            Err(e) => CliOutput::problems(&[e.to_string()]),
        },
        "protocol" => CliOutput::usage("protocol takes no arguments"),
        "pack" => match rest {
            [id] => match SHIPPED_PACKS.iter().find(|(tag, _)| tag == id) {
                Some((_, pack)) => CliOutput::ok(pack.to_string()),
                None => {
                    let tags: Vec<&str> = SHIPPED_PACKS.iter().map(|(tag, _)| *tag).collect();
                    CliOutput::usage(&format!(
                        "pack takes a shipped language other than English ({}), not {id:?}",
                        join(&tags, ", ")
                    ))
                }
            },
            _ => CliOutput::usage("pack takes exactly one language"),
        },
        other => CliOutput::usage(&format!("unknown command {other:?}")),
    }
}

fn prefixed(path: &str, problems: &[String]) -> Vec<String> {
    problems.iter().map(|p| format!("{path}: {p}")).collect()
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read the file: {e}"))
}

/// Options shared by `rules` and `evaluate`: `--flag value` pairs and one
/// optional positional FILE.
struct Options {
    lang: Option<String>,
    today: Option<String>,
    config: Option<String>,
    file: Option<String>,
}

fn options(args: &[String], allowed: &[&str], wants_file: bool) -> Result<Options, CliOutput> {
    let mut found = Options {
        lang: None,
        today: None,
        config: None,
        file: None,
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--help" || arg == "-h" {
            return Err(CliOutput::ok(HELP.to_string()));
        }
        if let Some(flag) = arg.strip_prefix("--") {
            if !allowed.contains(&flag) {
                return Err(CliOutput::usage(&format!("unknown option {arg:?}")));
            }
            let Some(value) = rest.next() else {
                return Err(CliOutput::usage(&format!("{arg} needs a value")));
            };
            let slot = match flag {
                "lang" => &mut found.lang,
                "today" => &mut found.today,
                _ => &mut found.config,
            };
            if slot.replace(value.clone()).is_some() {
                return Err(CliOutput::usage(&format!("{arg} is given twice")));
            }
        } else if wants_file && found.file.is_none() {
            found.file = Some(arg.clone());
        } else {
            return Err(CliOutput::usage(&format!("unexpected argument {arg:?}")));
        }
    }
    Ok(found)
}

/// The default protocol, in a pack's language if given, adjusted by a
/// clinic configuration file if given.
fn configured_protocol(
    config_path: Option<&str>,
    pack: Option<&Pack>,
) -> Result<(Protocol, Option<ClinicConfig>), Vec<String>> {
    let protocol = match pack {
        Some(pack) => pack.localize(default_protocol()),
        None => default_protocol(),
    };
    let Some(path) = config_path else {
        return Ok((protocol, None));
    };
    let text = read(path).map_err(|p| vec![p])?;
    let model: ClinicConfigModel =
        serde_json::from_str(&text).map_err(|e| vec![format!("{path}: not a valid clinic configuration: {e}")])?;
    let config = ClinicConfig::from_model(&model, &protocol)
        .map_err(|errors| errors.iter().map(|e| format!("{path}: {e}")).collect::<Vec<_>>())?;
    let lang = pack.map_or(Lang::EN, Pack::language);
    Ok((config.apply(&protocol, lang), Some(config)))
}

fn rules_command(args: &[String]) -> CliOutput {
    let options = match options(args, &["lang", "config"], false) {
        Ok(options) => options,
        Err(output) => return output,
    };
    let lang = match options.lang.as_deref() {
        None => Lang::EN,
        Some(id) => match Lang::from_id(id) {
            Some(lang) => lang,
            None => {
                let known = join(&Lang::SHIPPED.map(Lang::id), ", ");
                return CliOutput::usage(&format!("--lang must be one of {known}, not {id:?}"));
            }
        },
    };
    let pack = match (lang != Lang::EN).then(|| shipped_pack(lang)) {
        None => None,
        Some(Ok(pack)) => Some(pack),
        Some(Err(problems)) => return CliOutput::problems(&problems),
    };
    match configured_protocol(options.config.as_deref(), pack.as_ref()) {
        // The sheet applies the configuration itself, to say what each change replaced.
        Ok((_, config)) => {
            let protocol = match &pack {
                Some(pack) => pack.localize(default_protocol()),
                None => default_protocol(),
            };
            let (words, rules_words) = match &pack {
                Some(pack) => (pack.words(), pack.rules_words()),
                None => (*built_in(), *rules::built_in()),
            };
            CliOutput::ok(rules_markdown(
                &protocol,
                config.as_ref(),
                &words,
                &rules_words,
                pack.as_ref(),
            ))
        }
        Err(problems) => CliOutput::problems(&problems),
    }
}

/// The packs the widget ships (`packs/`, served as `lang/<tag>.json`),
/// built into the tool so a rules sheet prints in any of their languages and
/// `pack` prints each as it is.
const SHIPPED_PACKS: [(&str, &str); 5] = [
    ("fr", include_str!("../../packs/fr.json")),
    ("zh-Hans", include_str!("../../packs/zh-Hans.json")),
    ("zh-Hant", include_str!("../../packs/zh-Hant.json")),
    ("pa", include_str!("../../packs/pa.json")),
    ("fa", include_str!("../../packs/fa.json")),
];

/// A shipped language's pack's texts as the widget serves them, to check a
/// clinic's own pack for that language against.
fn shipped_texts(lang: Lang) -> Option<TextMap> {
    let text = SHIPPED_PACKS.iter().find(|(tag, _)| *tag == lang.id())?.1;
    serde_json::from_str::<PackModel>(text).ok().map(|model| model.texts)
}

/// A shipped language's pack, checked: the rules sheet speaks its words.
fn shipped_pack(lang: Lang) -> Result<Pack, Vec<String>> {
    let path = format!("packs/{}.json", lang.id());
    let text = SHIPPED_PACKS
        .iter()
        .find(|(tag, _)| *tag == lang.id())
        .map(|(_, text)| *text)
        .ok_or_else(|| vec![format!("{path}: not shipped")])?;
    let model: PackModel = serde_json::from_str(text).map_err(|e| vec![format!("{path}: {e}")])?;
    let pack = Pack::from_model(&model, &default_protocol())
        .map_err(|errors| errors.iter().map(|e| format!("{path}: {e}")).collect::<Vec<_>>())?;
    Ok(pack)
}

fn evaluate_command(args: &[String]) -> CliOutput {
    let options = match options(args, &["today", "config"], true) {
        Ok(options) => options,
        Err(output) => return output,
    };
    let Some(path) = options.file else {
        return CliOutput::usage("evaluate needs a scenario FILE");
    };
    let today = match options.today.as_deref().map(Date::parse).transpose() {
        Ok(today) => today,
        Err(e) => return CliOutput::usage(&format!("--today: {e}")),
    };
    let (protocol, _) = match configured_protocol(options.config.as_deref(), None) {
        Ok(found) => found,
        Err(problems) => return CliOutput::problems(&problems),
    };
    let text = match read(&path) {
        Ok(text) => text,
        Err(problem) => return CliOutput::problems(&[problem]),
    };
    match evaluate_text(&protocol, &text, today) {
        Ok(outcome) => match serde_json::to_string_pretty(&outcome) {
            Ok(json) => CliOutput::ok(json + "\n"),
            Err(e) => CliOutput::problems(&[e.to_string()]),
        },
        Err(problems) => CliOutput::problems(&prefixed(&path, &problems)),
    }
}

/// Validates a protocol or clinic configuration file's text, deciding which
/// by its top-level field (`questions` or `clinic-name`). Returns a one-line
/// summary, or every problem.
pub fn validate_text(text: &str) -> Result<String, Vec<String>> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| vec![format!("not valid JSON: {e}")])?;
    let Some(object) = value.as_object() else {
        return Err(vec![
            "the file must hold a JSON object (a protocol or a clinic configuration)".to_string(),
        ]);
    };
    // A protocol has result "texts" too; a pack has a language and no questions.
    if object.contains_key("lang") && object.contains_key("texts") && !object.contains_key("questions") {
        let model: PackModel = serde_json::from_str(text).map_err(|e| vec![format!("language pack: {e}")])?;
        // Checked as a clinic's own pack: a shipped language's locked texts
        // as the pack built in here has them, a review record for another.
        let shipped = Lang::from_id(&model.lang).and_then(shipped_texts);
        let pack = Pack::clinic_from_model(&model, &default_protocol(), shipped.as_ref()).map_err(as_strings)?;
        let review = match &pack.review {
            Some(review) => format!("reviewed by {} on {}", review.by, review.date),
            None => "not reviewed yet".to_string(),
        };
        return Ok(format!(
            "valid language pack {:?} ({}, {} texts, {review})",
            pack.lang,
            pack.name,
            pack.texts.len()
        ));
    }
    let is_protocol = object.contains_key("questions");
    let is_config = object.contains_key("clinic-name");
    match (is_protocol, is_config) {
        (true, true) => Err(vec![
            "has both \"questions\" and \"clinic-name\"; a file is either a protocol or a clinic configuration"
                .to_string(),
        ]),
        (false, false) => Err(vec![
            "has none of \"questions\" (a protocol), \"clinic-name\" (a clinic configuration) or \"lang\" with \"texts\" (a language pack)"
                .to_string(),
        ]),
        (true, false) => {
            let model: ProtocolModel = serde_json::from_str(text).map_err(|e| vec![format!("protocol: {e}")])?;
            let protocol = Protocol::from_model(&model).map_err(as_strings)?;
            Ok(format!(
                "valid protocol {:?} version {:?} ({} questions)",
                protocol.name,
                protocol.version,
                protocol.questions.len()
            ))
        }
        (false, true) => {
            let model: ClinicConfigModel =
                serde_json::from_str(text).map_err(|e| vec![format!("clinic configuration: {e}")])?;
            let protocol = default_protocol();
            let config = ClinicConfig::from_model(&model, &protocol).map_err(as_strings)?;
            Ok(format!("valid clinic configuration for {:?}", config.clinic_name))
        }
    }
}

/// Every problem, as `ims-checker validate` prints it.
fn as_strings<P: core::fmt::Display>(errors: Vec<ValidationError<P>>) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

/// Parses and evaluates a scenario, giving the outcome in its JSON shape.
pub fn evaluate_text(
    protocol: &Protocol,
    text: &str,
    today_override: Option<Date>,
) -> Result<OutcomeJson, Vec<String>> {
    let (answers, today) = parse_scenario(text, today_override)?;
    let outcome = evaluate(protocol, &answers, today)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    Ok(OutcomeJson::from(&outcome))
}
