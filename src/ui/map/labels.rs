//! The body map's labels in the visitor's language, for the selection step's
//! map and the result's.
use yew::prelude::*;

use super::body_map::{BodyMapLabels, RegionMark};
use crate::base::regions::Region;
use crate::protocol::Level;
use crate::words::{region_name, Words};

/// The map's translated labels: the views' captions, the sides, the region
/// names and the name of each result mark (its level's).
pub fn map_labels(w: &'static Words) -> BodyMapLabels {
    BodyMapLabels {
        front: w.front.into(),
        back: w.back_view.into(),
        your_left: w.your_left.into(),
        your_right: w.your_right.into(),
        view_switch: w.view_switch.into(),
        front_name: w.front_name.into(),
        back_name: w.back_name.into(),
        colon: w.colon.into(),
        region_name: Callback::from(move |region: Region| AttrValue::from(region_name(region, w))),
        mark_name: Callback::from(move |mark: RegionMark| {
            let level = match mark {
                RegionMark::Selected | RegionMark::Go => Level::Suitable,
                RegionMark::Caution => Level::TalkFirst,
                RegionMark::Wait => Level::Wait,
                RegionMark::Stop => Level::NotSuitable,
            };
            AttrValue::from(w.level_name(level))
        }),
    }
}
