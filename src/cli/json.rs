//! The outcome of `ims-checker evaluate` as JSON.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::engine::handoff::steps;
use crate::engine::{Outcome, ReasonScope};

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
                    .map(|r| {
                        (
                            r.region.id(),
                            RegionJson {
                                level: r.level.id(),
                                until: r.until.map(|d| d.to_string()),
                            },
                        )
                    })
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
            handoff: steps(outcome.level, !outcome.talk_first_before_booking().is_empty())
                .iter()
                .map(|(step, _)| step.id())
                .collect(),
            talk_first_before_booking: outcome.talk_first_before_booking().iter().map(|r| r.rule()).collect(),
        }
    }
}
