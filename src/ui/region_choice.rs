//! One region in the "pick from a list" checklist. Its own component so that
//! a toggle re-renders only the box that changed.
use yew::prelude::*;

use super::class_list;
use crate::regions::Region;

#[derive(Properties, PartialEq, Clone)]
pub struct RegionChoiceProps {
    pub region: Region,
    pub checked: bool,
    /// The region's name, already translated.
    pub name: AttrValue,
    /// Stable across renders: the picker's toggle.
    pub on_toggle: Callback<Region>,
}

#[function_component]
pub fn RegionChoice(props: &RegionChoiceProps) -> Html {
    let region = props.region;
    let onchange = props.on_toggle.reform(move |_: Event| region);
    html! {
        <label class={class_list("ims-choice ims-choice--compact", &[(props.checked, "ims-choice--on")])}>
            <input type="checkbox" data-region={region.id()} checked={props.checked} {onchange} />
            <span class="ims-choice-text">{ props.name.clone() }</span>
        </label>
    }
}
