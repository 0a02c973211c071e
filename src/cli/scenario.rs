//! Scenarios for `ims-checker evaluate`: a JSON file of regions, answers,
//! operations and listed regions, read into the engine's [`Answers`] with
//! every problem named by its path.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::base::date::Date;
use crate::base::regions::{Area, Limb, Region, SurgerySite, ELSEWHERE, WIDESPREAD};
use crate::engine::{Answers, Surgery};
use crate::journey::checklist::{engine_answers, FOR_WHOM, ME, SOMEONE_ELSE};

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
                        return Err(serde::de::Error::custom(format!(
                            "answers: question {key:?} is given twice"
                        )));
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
    let model: ScenarioModel = serde_json::from_str(text).map_err(|e| vec![format!("not a valid scenario: {e}")])?;
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
    answers.skin_infection_regions =
        region_list(&mut problems, "skin-infection-regions", &model.skin_infection_regions);
    for (i, surgery) in model.surgeries.iter().enumerate() {
        let path = format!("surgeries[{i}]");
        let site = SurgerySite::from_id(&surgery.region);
        if site.is_none() {
            problems.push(format!(
                "{path}.region: unknown region {:?} (ids look like \"low-back\" or \"knee-left\", or \"{ELSEWHERE}\" for away from the pain)",
                surgery.region
            ));
        }
        let date = Date::parse(&surgery.date)
            .map_err(|e| problems.push(format!("{path}.date: {e}")))
            .ok();
        if let (Some(site), Some(date)) = (site, date) {
            let surgery = Surgery { site, date };
            if answers.surgeries.contains(&surgery) {
                problems.push(format!(
                    "{path}: the same operation ({}, {date}) is listed twice",
                    site.id()
                ));
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
            None => problems.push(format!(
                "answers.{question}: give an answer id or a list of answer ids, not {value}"
            )),
        }
    }
    // Who the check is for is the journey's question, not the engine's:
    // with "me", `understanding` counts as yes; left out, it is asked as before.
    let for_whom = answers.chosen(FOR_WHOM);
    if !for_whom.is_empty() && for_whom != [ME] && for_whom != [SOMEONE_ELSE] {
        problems.push(format!("answers.{FOR_WHOM}: give \"{ME}\" or \"{SOMEONE_ELSE}\""));
    }
    let answers = engine_answers(&answers);
    match (today, problems.is_empty()) {
        (Some(today), true) => Ok((answers, today)),
        _ => Err(problems),
    }
}

fn region(problems: &mut Vec<String>, path: &str, id: &str) -> Option<Region> {
    let region = Region::from_id(id);
    if region.is_none() {
        problems.push(format!(
            "{path}: unknown region {id:?} (ids look like \"low-back\" or \"knee-left\")"
        ));
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
