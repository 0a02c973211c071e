//! One region of the body map in one view: a checkbox on the selection step,
//! an image named by its mark on the result page. Its own component so that a
//! toggle re-renders only the regions whose state changed. Clicks and keys
//! are handled by the map, one listener per view.
use yew::prelude::*;

/// How a region's copy in one view takes part in the keyboard order and the
/// accessibility tree.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The map's one Tab stop.
    TabStop,
    /// Reached by the map's arrow keys (and focused by a click).
    Focusable,
    /// The copy of a region the other view speaks for: clickable, but
    /// neither focusable nor in the accessibility tree.
    Hidden,
}

use super::figure::RegionMark;
use super::shape::Shape;

#[derive(Properties, Clone)]
pub struct RegionPathProps {
    pub shape: &'static Shape,
    /// `Selected` when chosen on the selection step; the result's mark there.
    pub mark: Option<RegionMark>,
    /// On the result page: read-only, named "<region>: <mark>".
    pub result: bool,
    /// Whether Tab stops here, or arrows, or neither (see `body_map`).
    pub reach: Reach,
    /// The accessible name, already translated.
    pub label: AttrValue,
}

impl PartialEq for RegionPathProps {
    fn eq(&self, other: &Self) -> bool {
        // Shapes are static: the same shape is the same address.
        std::ptr::eq(self.shape, other.shape)
            && self.mark == other.mark
            && self.result == other.result
            && self.reach == other.reach
            && self.label == other.label
    }
}

#[function_component]
pub fn RegionPath(props: &RegionPathProps) -> Html {
    let (shape, region) = (props.shape, props.shape.region);
    let class = match props.mark {
        Some(mark) => format!("ims-map-region ims-map-region--{}", mark.id()),
        None => "ims-map-region".to_string(),
    };
    let tabindex = match (props.result, props.mark, props.reach) {
        (true, Some(mark), _) => {
            return html! {
                <path {class} role="img" aria-label={props.label.clone()} data-region={region.id()}
                    data-mark={mark.id()} d={shape.d} />
            }
        }
        (true, None, _) | (false, _, Reach::Hidden) => {
            return html! { <path {class} aria-hidden="true" data-region={region.id()} d={shape.d} /> }
        }
        (false, _, Reach::TabStop) => "0",
        (false, _, Reach::Focusable) => "-1",
    };
    html! {
        <path {class} role="checkbox" {tabindex}
            aria-checked={if props.mark.is_some() { "true" } else { "false" }}
            aria-label={props.label.clone()} data-region={region.id()} d={shape.d} />
    }
}
