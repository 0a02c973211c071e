//! "Where does it hurt": the body map, the same regions as a grouped
//! checklist, the "many places" option, and the chosen places, each removable.
use std::rc::Rc;

use yew::prelude::*;

use super::body_map::BodyMap;
use super::map_labels::map_labels;
use super::state::Env;
use super::{class_list, target_region};
use crate::i18n::{group_of, region_name};
use crate::journey::{Action, Blocker};
use crate::regions::{Region, WIDESPREAD};
use crate::text::replace_all;

#[derive(Properties, PartialEq, Clone)]
pub struct RegionPickerProps {
    pub env: Env,
}

#[function_component]
pub fn RegionPicker(props: &RegionPickerProps) -> Html {
    let env = &props.env;
    let journey = env.journey();
    let lang = env.lang();
    let w = env.words();
    let chosen = &journey.answers.regions;
    let selected: Rc<[Region]> = chosen.as_slice().into();
    // Stable across renders, so the map re-renders only when the selection or language changes.
    let on_toggle = use_callback(env.dispatch.clone(), |region, dispatch| {
        dispatch.emit(Action::ToggleRegion { region })
    });
    let labels = use_memo(lang, |lang| map_labels(w, *lang));
    let no_regions = journey.blockers.contains(&Blocker::NoRegions);
    // Chosen places, each with the action that removes it.
    let mut chips: Vec<(&'static str, String, Action)> = chosen
        .iter()
        .map(|region| {
            (
                region.id(),
                region_name(*region, lang),
                Action::ToggleRegion { region: *region },
            )
        })
        .collect();
    if journey.answers.widespread {
        chips.push((WIDESPREAD, w.widespread.to_string(), Action::ToggleWidespread));
    }

    // No listener per box: the list handles every box's change, so a
    // re-render builds no closures and the boxes' DOM stays as it is.
    let checkbox = |region: Region| {
        let checked = chosen.contains(&region);
        html! {
            <label key={region.id()} class={class_list("ims-choice ims-choice--compact", &[(checked, "ims-choice--on")])}>
                <input type="checkbox" data-region={region.id()} {checked} />
                <span class="ims-choice-text">{ region_name(region, lang) }</span>
            </label>
        }
    };
    let on_list_change = {
        let on_toggle = on_toggle.clone();
        Callback::from(move |e: Event| {
            if let Some(region) = target_region(&e) {
                on_toggle.emit(region);
            }
        })
    };

    html! {
        <div class={class_list("ims-where", &[(no_regions, "ims-question--invalid")])} data-question="regions">
            if no_regions {
                <p class="ims-error" data-error-for="regions">{ w.err_no_regions }</p>
            }
            <p class="ims-help">{ w.map_hint }</p>
            <BodyMap selected={selected} on_toggle={on_toggle.clone()} labels={(*labels).clone()} />
            <div class="ims-chosen" aria-live="polite">
                <h3 class="ims-subtitle">{ w.chosen_title }</h3>
                if chosen.is_empty() && !journey.answers.widespread {
                    <p class="ims-muted">{ w.none_chosen }</p>
                } else {
                    <ul class="ims-chips">
                        { for chips.into_iter().map(|(id, name, action)| html! {
                            <li class="ims-chip" key={id}>
                                <span>{ name.clone() }</span>
                                <button type="button" class="ims-chip-remove" data-remove-region={id}
                                    aria-label={replace_all(w.remove, "{name}", &name)}
                                    onclick={env.send(action)}>{ "×" }</button>
                            </li>
                        }) }
                    </ul>
                }
            </div>
            <details class="ims-list" open=true>
                <summary>{ w.list_title }</summary>
                <fieldset class="ims-question" onchange={on_list_change}>
                    <legend class="ims-sr">{ w.list_title }</legend>
                    { for (0..w.groups.len()).map(|group| html! {
                        <div class="ims-group">
                            <h3 class="ims-subtitle">{ w.groups[group] }</h3>
                            <div class="ims-answers ims-answers--grid">
                                { for Region::ALL.into_iter().filter(|r| group_of(*r) == group).map(checkbox) }
                            </div>
                        </div>
                    }) }
                </fieldset>
            </details>
            <label class={class_list("ims-choice ims-widespread", &[(journey.answers.widespread, "ims-choice--on")])}>
                <input type="checkbox" data-region="widespread" checked={journey.answers.widespread}
                    onchange={env.send(Action::ToggleWidespread)} />
                <span class="ims-choice-text">{ w.widespread }</span>
            </label>
        </div>
    }
}
