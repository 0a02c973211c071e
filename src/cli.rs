//! The clinic's command-line tool: `validate`, `rules`, `evaluate` and
//! `protocol`, on the same engine and protocol as the widget. JSON in and
//! out; native only (feature `cli`).
//!
//! Every function here returns text or a list of problems; only
//! [`run`]'s caller (src/main.rs) touches the terminal.

use core::fmt::Write as _;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::config::{ClinicConfig, ClinicConfigModel};
use crate::date::Date;
use crate::engine::{evaluate, Answers, Outcome, ReasonScope, Surgery};
use crate::handoff::{steps_for, Step};
use crate::protocol::model::ProtocolModel;
use crate::protocol::{default_model, default_protocol, AskedWhen, Category, Lang, Level, Protocol, Scope, Select};
use crate::regions::{Area, Limb, Region, SurgerySite, ELSEWHERE, WIDESPREAD};

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
        CliOutput { code: 0, stdout, stderr: String::new() }
    }

    fn problems(problems: &[String]) -> CliOutput {
        let mut stderr = String::new();
        for problem in problems {
            let _ = writeln!(stderr, "error: {problem}");
        }
        CliOutput { code: 1, stdout: String::new(), stderr }
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
        Check a protocol file (it has a top-level \"questions\" field) or a
        clinic configuration file (it has a top-level \"clinic-name\" field).
        Prints every problem with its path; exit 1 if there is any.

    ims-checker rules [--lang en|fr] [--config FILE]
        Print every question, answer, level, scope, when it is asked and its
        source, as Markdown for a physiotherapist to review and sign off.

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
    let mut found = Options { lang: None, today: None, config: None, file: None };
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

/// The default protocol, adjusted by a clinic configuration file if given.
fn configured_protocol(config_path: Option<&str>) -> Result<(Protocol, Option<ClinicConfig>), Vec<String>> {
    let protocol = default_protocol().map_err(|errors| errors.iter().map(|e| format!("default protocol: {e}")).collect::<Vec<_>>())?;
    let Some(path) = config_path else {
        return Ok((protocol, None));
    };
    let text = read(path).map_err(|p| vec![p])?;
    let model: ClinicConfigModel =
        serde_json::from_str(&text).map_err(|e| vec![format!("{path}: not a valid clinic configuration: {e}")])?;
    let config = ClinicConfig::from_model(&model, &protocol)
        .map_err(|errors| errors.iter().map(|e| format!("{path}: {e}")).collect::<Vec<_>>())?;
    Ok((config.apply(&protocol), Some(config)))
}

fn rules_command(args: &[String]) -> CliOutput {
    let options = match options(args, &["lang", "config"], false) {
        Ok(options) => options,
        Err(output) => return output,
    };
    let lang = match options.lang.as_deref() {
        None => Lang::En,
        Some(id) => match Lang::from_id(id) {
            Some(lang) => lang,
            None => return CliOutput::usage(&format!("--lang must be en or fr, not {id:?}")),
        },
    };
    match configured_protocol(options.config.as_deref()) {
        Ok((protocol, config)) => CliOutput::ok(rules_markdown(&protocol, config.as_ref(), lang)),
        Err(problems) => CliOutput::problems(&problems),
    }
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
    let (protocol, _) = match configured_protocol(options.config.as_deref()) {
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
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| vec![format!("not valid JSON: {e}")])?;
    let Some(object) = value.as_object() else {
        return Err(vec!["the file must hold a JSON object (a protocol or a clinic configuration)".to_string()]);
    };
    let is_protocol = object.contains_key("questions");
    let is_config = object.contains_key("clinic-name");
    let as_strings = |errors: Vec<crate::protocol::ValidationError>| errors.iter().map(ToString::to_string).collect::<Vec<_>>();
    match (is_protocol, is_config) {
        (true, true) => Err(vec!["has both \"questions\" and \"clinic-name\"; a file is either a protocol or a clinic configuration".to_string()]),
        (false, false) => Err(vec!["has neither \"questions\" (a protocol) nor \"clinic-name\" (a clinic configuration)".to_string()]),
        (true, false) => {
            let model: ProtocolModel = serde_json::from_str(text).map_err(|e| vec![format!("protocol: {e}")])?;
            let protocol = Protocol::from_model(&model).map_err(as_strings)?;
            Ok(format!("valid protocol {:?} version {:?} ({} questions)", protocol.name, protocol.version, protocol.questions.len()))
        }
        (false, true) => {
            let model: ClinicConfigModel =
                serde_json::from_str(text).map_err(|e| vec![format!("clinic configuration: {e}")])?;
            let protocol = default_protocol().map_err(as_strings)?;
            let config = ClinicConfig::from_model(&model, &protocol).map_err(as_strings)?;
            Ok(format!("valid clinic configuration for {:?}", config.clinic_name))
        }
    }
}

// ---------------------------------------------------------------- scenarios

/// A JSON object read as (key, value) pairs, refusing a key given twice
/// (serde_json would silently keep the last).
struct Entries(Vec<(String, serde_json::Value)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries;
            fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
                f.write_str("an object of question ids to answer ids")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut entries: Vec<(String, serde_json::Value)> = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, serde_json::Value>()? {
                    if entries.iter().any(|(k, _)| *k == key) {
                        return Err(serde::de::Error::custom(format!("answers: question {key:?} is given twice")));
                    }
                    entries.push((key, value));
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor)
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct ScenarioModel {
    #[serde(default)]
    today: Option<String>,
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    answers: Option<Entries>,
    #[serde(default)]
    surgeries: Vec<SurgeryModel>,
    #[serde(default)]
    lymphoedema_regions: Vec<String>,
    #[serde(default)]
    skin_infection_regions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SurgeryModel {
    region: String,
    date: String,
}

/// Reads a scenario into answers and today's date (`today_override` wins
/// over the file's `today`), listing every problem with its path.
pub fn parse_scenario(text: &str, today_override: Option<Date>) -> Result<(Answers, Date), Vec<String>> {
    let model: ScenarioModel =
        serde_json::from_str(text).map_err(|e| vec![format!("not a valid scenario: {e}")])?;
    let mut problems = Vec::new();
    let today = match (today_override, &model.today) {
        (Some(today), _) => Some(today),
        (None, Some(text)) => Date::parse(text).map_err(|e| problems.push(format!("today: {e}"))).ok(),
        (None, None) => {
            problems.push("today: missing; give \"today\" in the file or --today YYYY-MM-DD".to_string());
            None
        }
    };
    let mut answers = Answers::default();
    for (i, id) in model.regions.iter().enumerate() {
        let path = format!("regions[{i}]");
        if model.regions.iter().take(i).any(|earlier| earlier == id) {
            problems.push(format!("{path}: {id:?} is listed twice"));
        } else if id == WIDESPREAD {
            answers.widespread = true;
        } else if let Some(region) = region(&mut problems, &path, id) {
            answers.regions.push(region);
        }
    }
    answers.lymphoedema_regions = area_list(&mut problems, "lymphoedema-regions", &model.lymphoedema_regions);
    answers.skin_infection_regions = region_list(&mut problems, "skin-infection-regions", &model.skin_infection_regions);
    for (i, surgery) in model.surgeries.iter().enumerate() {
        let path = format!("surgeries[{i}]");
        let site = SurgerySite::from_id(&surgery.region);
        if site.is_none() {
            problems.push(format!(
                "{path}.region: unknown region {:?} (ids look like \"low-back\" or \"knee-left\", or \"{ELSEWHERE}\" for away from the pain)",
                surgery.region
            ));
        }
        let date = Date::parse(&surgery.date).map_err(|e| problems.push(format!("{path}.date: {e}"))).ok();
        if let (Some(site), Some(date)) = (site, date) {
            let surgery = Surgery { site, date };
            if answers.surgeries.contains(&surgery) {
                problems.push(format!("{path}: the same operation ({}, {date}) is listed twice", site.id()));
            }
            answers.surgeries.push(surgery);
        }
    }
    for (question, value) in model.answers.map(|e| e.0).unwrap_or_default() {
        let ids = match &value {
            serde_json::Value::String(id) => Some(vec![id.clone()]),
            serde_json::Value::Array(items) => items.iter().map(|item| item.as_str().map(str::to_string)).collect(),
            _ => None,
        };
        match ids {
            Some(ids) => {
                answers.choices.insert(question, ids);
            }
            None => problems.push(format!("answers.{question}: give an answer id or a list of answer ids, not {value}")),
        }
    }
    match (today, problems.is_empty()) {
        (Some(today), true) => Ok((answers, today)),
        _ => Err(problems),
    }
}

fn region(problems: &mut Vec<String>, path: &str, id: &str) -> Option<Region> {
    let region = Region::from_id(id);
    if region.is_none() {
        problems.push(format!("{path}: unknown region {id:?} (ids look like \"low-back\" or \"knee-left\")"));
    }
    region
}

fn region_list(problems: &mut Vec<String>, field: &str, ids: &[String]) -> Vec<Region> {
    let mut regions = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let path = format!("{field}[{i}]");
        if ids.iter().take(i).any(|earlier| earlier == id) {
            problems.push(format!("{path}: {id:?} is listed twice"));
        } else if let Some(region) = region(problems, &path, id) {
            regions.push(region);
        }
    }
    regions
}

/// Region ids and the limb ids `arm-left`, `arm-right`, `leg-left`, `leg-right`.
fn area_list(problems: &mut Vec<String>, field: &str, ids: &[String]) -> Vec<Area> {
    let mut areas = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let path = format!("{field}[{i}]");
        if ids.iter().take(i).any(|earlier| earlier == id) {
            problems.push(format!("{path}: {id:?} is listed twice"));
        } else if let Some(area) = Area::from_id(id) {
            areas.push(area);
        } else {
            let limbs: Vec<&str> = Limb::ALL.iter().map(|l| l.id()).collect();
            problems.push(format!(
                "{path}: unknown region or limb {id:?} (a region id like \"knee-left\", or a limb: {})",
                limbs.join(", ")
            ));
        }
    }
    areas
}

/// Parses and evaluates a scenario, giving the outcome in its JSON shape.
pub fn evaluate_text(protocol: &Protocol, text: &str, today_override: Option<Date>) -> Result<OutcomeJson, Vec<String>> {
    let (answers, today) = parse_scenario(text, today_override)?;
    let outcome = evaluate(protocol, &answers, today).map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    Ok(OutcomeJson::from(&outcome))
}

/// The outcome as the command-line tool prints it:
/// `{"level", "until"?, "regions": {id: {"level", "until"?}}, "reasons": [{"rule", "level", "scope", "source"}],
/// "handoff": [step ids], "talk-first-before-booking"?: [rules]}`.
/// `handoff` is every way onward the level calls for (the widget and the
/// summary leave out those the clinic has not configured).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct OutcomeJson {
    pub level: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    pub regions: RegionsJson,
    pub reasons: Vec<ReasonJson>,
    pub handoff: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub talk_first_before_booking: Vec<String>,
}

/// Regions in head-to-foot order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionsJson(pub Vec<(&'static str, RegionJson)>);

impl Serialize for RegionsJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, region) in &self.0 {
            map.serialize_entry(id, region)?;
        }
        map.end()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RegionJson {
    pub level: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReasonJson {
    pub rule: String,
    pub level: &'static str,
    pub scope: ScopeJson,
    pub source: String,
}

/// `"visit"` or a list of region ids.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum ScopeJson {
    Visit(&'static str),
    Regions(Vec<&'static str>),
}

impl From<&Outcome> for OutcomeJson {
    fn from(outcome: &Outcome) -> OutcomeJson {
        OutcomeJson {
            level: outcome.level.id(),
            until: outcome.until.map(|d| d.to_string()),
            regions: RegionsJson(
                outcome
                    .regions
                    .iter()
                    .map(|r| (r.region.id(), RegionJson { level: r.level.id(), until: r.until.map(|d| d.to_string()) }))
                    .collect(),
            ),
            reasons: outcome
                .reasons
                .iter()
                .map(|reason| ReasonJson {
                    rule: reason.rule(),
                    level: reason.level.id(),
                    scope: match &reason.scope {
                        ReasonScope::Visit => ScopeJson::Visit("visit"),
                        ReasonScope::Regions(regions) => ScopeJson::Regions(regions.iter().map(|r| r.id()).collect()),
                    },
                    source: reason.source.citation.clone(),
                })
                .collect(),
            handoff: steps_for(outcome.level).iter().map(|(step, _)| step.id()).collect(),
            talk_first_before_booking: outcome.talk_first_before_booking().iter().map(|r| r.rule()).collect(),
        }
    }
}

// ---------------------------------------------------------------- rules sheet

fn tr(lang: Lang, en: &'static str, fr: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// A table cell: one line, no stray column separators.
fn cell(text: &str) -> String {
    text.replace('\n', " ").replace('|', "\\|")
}

fn level_meaning(protocol: &Protocol, level: Level, lang: Lang) -> String {
    protocol
        .text(&format!("level-{}", level.id()))
        .map_or_else(|| level.id().to_string(), |t| t.get(lang).to_string())
}

fn step_words(step: &Step, lang: Lang) -> &'static str {
    match step {
        Step::CallEmergency => tr(lang, "call the emergency number", "appeler le numéro d'urgence"),
        Step::CallNurseLine => tr(lang, "call the nurse line", "appeler la ligne infirmière"),
        Step::CallClinic => tr(lang, "call the clinic", "appeler la clinique"),
        Step::EmailClinic => tr(lang, "email the clinic", "écrire à la clinique"),
        Step::Book { .. } => tr(lang, "the clinic's booking link", "le lien de réservation de la clinique"),
    }
}

fn scope_words(scope: Scope, lang: Lang) -> String {
    match scope {
        Scope::Visit => tr(lang, "whole visit", "toute la visite").to_string(),
        Scope::ListedRegions(list) => format!("{} `{}`", tr(lang, "regions listed in", "régions nommées dans"), list.id()),
        Scope::SurgeryWindows { site_months, adjacent_days } => format!(
            "{} ({site_months} {}, {adjacent_days} {})",
            tr(lang, "regions within a surgery window", "régions dans une période après une opération"),
            tr(lang, "calendar months at the site", "mois civils au site"),
            tr(lang, "days next to it", "jours pour les zones voisines"),
        ),
    }
}

/// The clinician's sheet: every question, answer, level, scope, when it is
/// asked and its source, plus the combining rule, surgery windows and the
/// adjacency table. Markdown, in English or French.
pub fn rules_markdown(protocol: &Protocol, config: Option<&ClinicConfig>, lang: Lang) -> String {
    let mut out = String::new();
    let _ = write_rules(&mut out, protocol, config, lang);
    out
}

fn write_rules(out: &mut String, protocol: &Protocol, config: Option<&ClinicConfig>, lang: Lang) -> core::fmt::Result {
    writeln!(out, "# {}", tr(lang, "IMS / dry needling screening rules", "Règles de dépistage IMS / puncture sèche"))?;
    writeln!(out)?;
    writeln!(out, "{}: `{}`, version `{}`", tr(lang, "Protocol", "Protocole"), protocol.name, protocol.version)?;
    if let Some(config) = config {
        writeln!(out, "{}: {}", tr(lang, "Clinic", "Clinique"), config.clinic_name)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", tr(lang,
        "These are the rules the website check applies. It runs on the visitor's device and never replaces an assessment. Please review each table and sign below.",
        "Voici les règles appliquées par le questionnaire du site. Il fonctionne sur l'appareil du visiteur et ne remplace jamais une évaluation. Veuillez revoir chaque tableau et signer ci-dessous."))?;
    writeln!(out)?;
    writeln!(out, "{}: ______________________   {}: ______________   {}: ____________", tr(lang, "Reviewed by (physiotherapist)", "Revu par (physiothérapeute)"), tr(lang, "Signature", "Signature"), tr(lang, "Date", "Date"))?;
    writeln!(out)?;

    writeln!(out, "## {}", tr(lang, "Outcome levels, most severe first", "Niveaux de résultat, du plus grave au moins grave"))?;
    writeln!(out)?;
    writeln!(
        out,
        "| {} | {} | {} |",
        tr(lang, "Level", "Niveau"),
        tr(lang, "What the visitor is told", "Ce qu'on dit au visiteur"),
        tr(lang, "Ways onward shown (only those the clinic configured)", "Suites proposées (seulement celles que la clinique a configurées)")
    )?;
    writeln!(out, "|---|---|---|")?;
    for level in Level::ALL {
        let steps: Vec<String> = steps_for(level)
            .iter()
            .map(|(step, primary)| {
                let words = step_words(step, lang);
                if *primary { words.to_string() } else { format!("{words} ({})", tr(lang, "second option", "deuxième choix")) }
            })
            .collect();
        let mut meaning = level_meaning(protocol, level, lang);
        if matches!(level, Level::Emergency | Level::Urgent) {
            let _ = write!(meaning, " ({})", tr(lang, "locked: no clinic may change this text", "verrouillé : aucune clinique ne peut changer ce texte"));
        }
        writeln!(out, "| `{}` | {} | {} |", level.id(), cell(&meaning), cell(&steps.join("; ")))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", tr(lang, "The printed and copied summary gives exactly the same ways onward as the result: no booking link for `emergency`, `urgent`, `see-doctor` or `not-suitable`.", "Le résumé imprimé ou copié donne exactement les mêmes suites que le résultat : aucun lien de réservation pour `emergency`, `urgent`, `see-doctor` ou `not-suitable`."))?;
    writeln!(out)?;

    writeln!(out, "## {}", tr(lang, "What the result page shows", "Ce que montre la page de résultat"))?;
    writeln!(out)?;
    for line in [
        tr(lang, "The list of places and the result body map appear only when the chosen places differ in level (or in the date a wait ends). A place is marked \"likely suitable\" (✓) only when its own level is `suitable`.", "La liste des endroits et le schéma du corps n'apparaissent que si les endroits choisis ont des niveaux différents (ou une fin d'attente différente). Un endroit n'est marqué « probablement indiqué » (✓) que si son propre niveau est `suitable`."),
        tr(lang, "\"What to expect\" and the signs that fit IMS appear only for `suitable`, `talk-first` and `wait`.", "« À quoi vous attendre » et les signes qui vont bien avec l'IMS n'apparaissent que pour `suitable`, `talk-first` et `wait`."),
        tr(lang, "When the overall level is `wait` and a `talk-first` answer also applies, the result also says \"talk to the clinic before you book\", with the clinic's phone and that answer.", "Quand le niveau global est `wait` et qu'une réponse `talk-first` s'applique aussi, le résultat dit aussi « parlez à la clinique avant de prendre rendez-vous », avec le téléphone de la clinique et cette réponse."),
        tr(lang, "`emergency` has its own colour and icon, with the call button first and largest; `urgent`, `see-doctor` and `not-suitable` each look different, and `not-suitable` is not shown in alarm colours.", "`emergency` a sa propre couleur et son icône, avec le bouton d'appel en premier et plus grand ; `urgent`, `see-doctor` et `not-suitable` ont chacun leur apparence, et `not-suitable` n'est pas montré en couleurs d'alarme."),
        tr(lang, "The wait date and the booking button name the same day: the first day needling is possible.", "La date d'attente et le bouton de réservation nomment le même jour : le premier jour où la puncture est possible."),
        tr(lang, "The emergency screen's question, help and items, and the texts of `emergency` and `urgent`, are locked: a configuration that tries to change them is refused with an error naming the text, and the widget keeps the default words.", "La question, l'aide et les choix du dépistage d'urgence, et les textes de `emergency` et `urgent`, sont verrouillés : une configuration qui essaie de les changer est refusée avec une erreur qui nomme le texte, et le widget garde les mots par défaut."),
    ] {
        writeln!(out, "- {line}")?;
    }
    writeln!(out)?;

    writeln!(out, "## {}", tr(lang, "How answers combine", "Comment les réponses se combinent"))?;
    writeln!(out)?;
    for line in [
        tr(lang, "Each answer with an effect has a level and a scope: the whole visit, or some regions.", "Chaque réponse qui a un effet a un niveau et une portée : toute la visite, ou certaines régions."),
        tr(lang, "A region's level is the more severe of the most severe effect that names it and the most severe whole-visit effect (`suitable` when there is neither), so a place never reads better than the whole result: a pregnant visitor's knee is `not-suitable`.", "Le niveau d'une région est le plus grave entre l'effet le plus grave qui la nomme et l'effet le plus grave sur toute la visite (`suitable` s'il n'y a ni l'un ni l'autre) : un endroit n'est jamais mieux que le résultat global. Le genou d'une visiteuse enceinte est `not-suitable`."),
        tr(lang, "The overall level is the least severe level among the chosen regions: the best the clinic can still offer. This equals the more severe of (a) the most severe whole-visit effect and (b) the least severe region-only level. With only `widespread` chosen there are no regions and the overall level is (a), or `suitable`.", "Le niveau global est le niveau le moins grave parmi les régions choisies : le mieux que la clinique peut encore offrir. Il égale le plus grave entre (a) l'effet le plus grave sur toute la visite et (b) le niveau le moins grave des seuls effets par région. Avec seulement `widespread`, il n'y a pas de région et le niveau global est (a), ou `suitable`."),
        tr(lang, "`wait` keeps the latest date among its effects for a region; the overall `wait` date is the earliest among the regions that wait.", "`wait` garde la date la plus tardive de ses effets pour une région ; la date globale est la plus proche parmi les régions qui attendent."),
        tr(lang, "Any tick on the emergency screen ends the check with that level; nothing else is asked or evaluated.", "Toute case cochée au dépistage d'urgence termine le questionnaire avec ce niveau ; rien d'autre n'est demandé ni évalué."),
        tr(lang, "`not-sure` gives `talk-first` unless a row says more. Answers not listed with a level add nothing.", "`not-sure` donne `talk-first` sauf indication contraire. Les réponses sans niveau n'ajoutent rien."),
        tr(lang, "Fit, duration and condition questions never change the level.", "Les questions sur les signes, la durée et les problèmes n'influencent jamais le niveau."),
        tr(lang, "With only `widespread` chosen: the operation list offers every region and `elsewhere`, and an operation anywhere (`elsewhere` included) less than the site window ago gives `talk-first` for the visit; a `yes` to lymphoedema or skin infection gives `talk-first` for the visit (no list of places is asked).", "Avec seulement `widespread` : la liste des opérations propose toutes les régions et `elsewhere`, et une opération n'importe où (`elsewhere` compris) datant de moins que le délai au site donne `talk-first` pour la visite ; un `yes` au lymphœdème ou à l'infection de la peau donne `talk-first` pour la visite (aucune liste d'endroits n'est demandée)."),
        tr(lang, "An operation's \"where\" offers the chosen regions, their neighbours and `elsewhere` (somewhere away from the painful places), which adds nothing.", "Le « où » d'une opération propose les régions choisies, leurs voisines et `elsewhere` (ailleurs, loin des endroits douloureux), qui n'ajoute rien."),
        tr(lang, "Lymphoedema covers the whole limb: the list offers `arm-left`, `arm-right`, `leg-left`, `leg-right` and the chosen regions outside the limbs; a limb, or any region inside it, rules out every region of that limb (an arm: shoulder, upper arm, elbow, forearm, wrist-hand; a leg: hip, buttock, thigh, knee, shin, calf, ankle, foot; same side).", "Le lymphœdème touche tout le membre : la liste propose `arm-left`, `arm-right`, `leg-left`, `leg-right` et les régions choisies hors des membres ; un membre, ou toute région de ce membre, exclut toutes les régions du membre (un bras : épaule, haut du bras, coude, avant-bras, poignet-main ; une jambe : hanche, fesse, cuisse, genou, tibia, mollet, cheville, pied ; même côté)."),
    ] {
        writeln!(out, "- {line}")?;
    }
    writeln!(out)?;

    let sections: [(&str, &str, &[Category]); 5] = [
        ("Step 1: emergency screen (always, first)", "Étape 1 : dépistage d'urgence (toujours, en premier)", &[Category::EmergencyScreen]),
        ("Step 2: about the pain (never changes the level)", "Étape 2 : à propos de la douleur (n'influence jamais le niveau)", &[Category::Informational, Category::Fit]),
        ("Region follow-ups", "Questions selon la région", &[Category::RegionFollowUp]),
        ("Step 3: rules from source 002 (always on)", "Étape 3 : règles de la source 002 (toujours actives)", &[Category::Core]),
        ("Step 3: guideline rows (a clinic may turn these off)", "Étape 3 : lignes des guides (une clinique peut les désactiver)", &[Category::Guideline]),
    ];
    for (en, fr, categories) in sections {
        writeln!(out, "## {}", tr(lang, en, fr))?;
        writeln!(out)?;
        let questions: Vec<_> = protocol.questions.iter().filter(|q| categories.contains(&q.category)).collect();
        if questions.is_empty() {
            writeln!(out, "{}", tr(lang, "(none in this protocol)", "(aucune dans ce protocole)"))?;
            writeln!(out)?;
        }
        for question in questions {
            write_question(out, question, lang)?;
        }
    }
    if let Some(config) = config {
        if !config.rows_turned_off.is_empty() {
            writeln!(out, "{}: {}", tr(lang, "Turned off by this clinic", "Désactivées par cette clinique"), config.rows_turned_off.iter().map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", "))?;
            writeln!(out)?;
        }
    }

    writeln!(out, "## {}", tr(lang, "Surgery windows", "Périodes après une opération"))?;
    writeln!(out)?;
    let windows = protocol
        .questions
        .iter()
        .flat_map(|q| q.answers.iter())
        .filter_map(|a| match a.effect.as_ref().map(|e| e.scope) {
            Some(Scope::SurgeryWindows { site_months, adjacent_days }) => Some((site_months, adjacent_days)),
            _ => None,
        })
        .next();
    match windows {
        Some((months, days)) => {
            writeln!(out, "- {} {months} {}", tr(lang, "At the operated region: wait until the operation date plus", "À la région opérée : attendre jusqu'à la date de l'opération plus"), tr(lang, "calendar months. A day past the end of a month clamps to its last day: 30 November + 3 months = 28 February (29 in a leap year).", "mois civils. Un jour qui dépasse la fin du mois devient le dernier jour : 30 novembre + 3 mois = 28 février (29 une année bissextile)."))?;
            writeln!(out, "- {} {days} {}", tr(lang, "At a region next to it (table below): wait until the operation date plus", "À une région voisine (tableau ci-dessous) : attendre jusqu'à la date de l'opération plus"), tr(lang, "days.", "jours."))?;
            writeln!(out, "- {}", tr(lang, "The wait ends on that date: the day before it still waits, the day itself does not. With several operations the latest date wins. A surgery date after today is refused as an input error.", "L'attente se termine à cette date : la veille, on attend encore ; le jour même, non. Avec plusieurs opérations, la date la plus tardive l'emporte. Une date d'opération future est refusée comme erreur de saisie."))?;
            let example = Date::new(2025, 11, 30).map(|d| (d, d.add_months(months), d.add_days(days)));
            if let Some((date, site, adjacent)) = example {
                writeln!(out, "- {}: {date} → {} {site}, {} {adjacent}.", tr(lang, "Example", "Exemple"), tr(lang, "site", "site"), tr(lang, "next to it", "voisine"))?;
            }
        }
        None => writeln!(out, "{}", tr(lang, "(no surgery rule in this protocol)", "(aucune règle d'opération dans ce protocole)"))?,
    }
    writeln!(out)?;

    writeln!(out, "## {}", tr(lang, "Adjacent regions (same side for pairs)", "Régions voisines (même côté pour les paires)"))?;
    writeln!(out)?;
    writeln!(out, "| {} | {} |", tr(lang, "Region", "Région"), tr(lang, "Next to", "Voisine de"))?;
    writeln!(out, "|---|---|")?;
    for region in Region::ALL {
        let neighbours: Vec<&str> = region.neighbours().map(Region::id).collect();
        writeln!(out, "| `{}` | {} |", region.id(), neighbours.iter().map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", "))?;
    }
    writeln!(out)?;

    writeln!(out, "## {}", tr(lang, "Result-page texts", "Textes de la page de résultat"))?;
    writeln!(out)?;
    for entry in protocol.texts.iter().filter(|entry| !entry.key.starts_with("level-")) {
        let shown_for = match &entry.shown_for {
            Some(set) => format!(
                " ({} {})",
                tr(lang, "shown only when one of these is chosen:", "affiché seulement si l'un de ces choix est fait :"),
                set.names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
            ),
            None => String::new(),
        };
        writeln!(out, "- `{}`{shown_for}: {}", entry.key, cell(entry.text.get(lang)))?;
    }
    if let Some(config) = config {
        for (key, text) in [("coverage", &config.coverage), ("referral", &config.referral)] {
            if let Some(text) = text {
                writeln!(out, "- `{key}`: {}", cell(text.get(lang)))?;
            }
        }
    }
    writeln!(out)?;
    Ok(())
}

fn write_question(out: &mut String, question: &crate::protocol::Question, lang: Lang) -> core::fmt::Result {
    writeln!(out, "### `{}`: {}", question.id, question.prompt.get(lang))?;
    writeln!(out)?;
    let asked = match &question.asked_when {
        AskedWhen::Always => tr(lang, "always", "toujours").to_string(),
        AskedWhen::AnyOf(set) => format!(
            "{} {}",
            tr(lang, "only when one of these is chosen:", "seulement si l'une de ces régions est choisie :"),
            set.names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
        ),
    };
    writeln!(out, "- {}: {asked}", tr(lang, "Asked", "Posée"))?;
    let required = if question.is_required() { tr(lang, "required", "obligatoire") } else { tr(lang, "optional", "facultative") };
    let select = match question.select {
        Select::One => tr(lang, "one answer", "une réponse"),
        Select::Many => tr(lang, "any number of answers", "plusieurs réponses possibles"),
    };
    writeln!(out, "- {}: {required}, {select}", tr(lang, "Answer", "Réponse"))?;
    writeln!(out, "- {}: {} ({})", tr(lang, "Source", "Source"), question.source.citation, question.source.text.get(lang))?;
    if let Some(help) = &question.help {
        writeln!(out, "- {}: {}", tr(lang, "Help shown", "Aide affichée"), cell(help.get(lang)))?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |",
        tr(lang, "Answer id", "Id de réponse"),
        tr(lang, "Visitor sees", "Le visiteur voit"),
        tr(lang, "Level", "Niveau"),
        tr(lang, "Scope", "Portée"),
        tr(lang, "Source and note", "Source et note")
    )?;
    writeln!(out, "|---|---|---|---|---|")?;
    for answer in &question.answers {
        let mut label = cell(answer.label.get(lang));
        if let Some(set) = &answer.shown_for {
            let _ = write!(label, " ({} {})", tr(lang, "offered for", "proposé pour"), set.names.join(", "));
        }
        if answer.exclusive {
            let _ = write!(label, " ({})", tr(lang, "none of these; chosen alone", "aucun de ces choix ; seul"));
        }
        let (level, scope, source) = match &answer.effect {
            Some(effect) => (
                format!("`{}`", effect.level.id()),
                scope_words(effect.scope, lang),
                format!("{} ({})", effect.source.citation, effect.source.text.get(lang)),
            ),
            None => ("—".to_string(), "—".to_string(), String::new()),
        };
        let mut detail = source;
        if let Some(follow_up) = answer.asks {
            let _ = write!(detail, "{}{} `{}`", if detail.is_empty() { "" } else { ". " }, tr(lang, "Then asks", "Demande ensuite"), follow_up.id());
        }
        if let Some(note) = &answer.note {
            let _ = write!(detail, "{}{}: {}", if detail.is_empty() { "" } else { ". " }, tr(lang, "Result note", "Note au résultat"), note.get(lang));
        }
        writeln!(out, "| `{}` | {label} | {level} | {scope} | {} |", answer.id, cell(&detail))?;
    }
    writeln!(out)?;
    Ok(())
}
