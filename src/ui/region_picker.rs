//! "Where does it hurt": the body map, or instead the same places as a list
//! in two columns (your left, your right), the "many places" option, and the
//! chosen places, each removable.
//!
//! The map and the list never show together, so a screen reader meets each
//! place once: the list is a disclosure before the map, and the map hides
//! while it is open (the stylesheet's doing, so no state here). A keyboard
//! user can skip the map with it.
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::map::body_map::BodyMap;
use super::map::labels::map_labels;
use super::state::Env;
use super::html::{class_list, nodes, nodes_where, target_region};
use crate::base::regions::{Region, Side, WIDESPREAD};
use crate::base::text::replace_all;
use crate::journey::{Action, Blocker};
use crate::words::{group_of, region_name};

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
    let labels = use_memo(lang, |_| map_labels(w));
    let no_regions = journey.blockers.contains(&Blocker::NoRegions);
    // Chosen places, each with the action that removes it.
    let mut chips: Vec<(&'static str, String, Action)> = chosen
        .iter()
        .map(|region| {
            (
                region.id(),
                region_name(*region, w),
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
        // Each side keeps its column, so the sides never stagger.
        let column = match region.side() {
            Some(Side::Left) => "ims-choice ims-choice--compact ims-side--left",
            Some(Side::Right) => "ims-choice ims-choice--compact ims-side--right",
            None => "ims-choice ims-choice--compact ims-side--both",
        };
        html! {
            <label key={region.id()} class={class_list(column, &[(checked, "ims-choice--on")])}>
                <input type="checkbox" data-region={region.id()} {checked}
                    aria-describedby={no_regions.then_some("ims-error-regions")} />
                <span class="ims-choice-text">{ region_name(region, w) }</span>
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
                <p class="ims-error" id="ims-error-regions" data-error-for="regions">{ w.err_no_regions }</p>
            }
            <details class="ims-list">
                // Its name says what opening or closing it does.
                <summary data-action="place-list">
                    <span class="ims-when-closed">{ w.show_list }</span>
                    <span class="ims-when-open">{ w.show_map }</span>
                </summary>
                <div onchange={on_list_change}>
                    // Every label names its side; the headers are for the eye.
                    <div class="ims-sides ims-sides-head" aria-hidden="true">
                        <span class="ims-side--left">{ w.your_left }</span>
                        <span class="ims-side--right">{ w.your_right }</span>
                    </div>
                    { nodes(w.groups.len(), &|group| html! {
                        <div class="ims-group">
                            <h3 class="ims-subtitle">{ w.groups[group] }</h3>
                            <div class="ims-sides">
                                { nodes_where(Region::ALL.len(), &|n| (group_of(Region::ALL[n]) == group).then(|| checkbox(Region::ALL[n]))) }
                            </div>
                        </div>
                    }) }
                </div>
            </details>
            <div class="ims-map-part">
                // Each view's hint; a phone, showing one view, shows its hint alone.
                <p class="ims-help">
                    // On a touch screen the step's intro moves here, beside
                    // the view's hint, one paragraph instead of two.
                    <span class="ims-map-tap">{ w.step_intros[1] }{ " " }</span>
                    <span class="ims-map-hint--front">{ w.map_hint }{ " " }</span>
                    <span class="ims-map-hint--back">{ w.map_hint_back }{ " " }</span>
                    <span class="ims-map-keys">{ w.map_keys }</span>
                </p>
                <BodyMap selected={selected} on_toggle={on_toggle.clone()} labels={(*labels).clone()}
                    described_by={no_regions.then_some(AttrValue::Static("ims-error-regions"))} />
            </div>
            <div class="ims-chosen" aria-live="polite">
                <h3 class="ims-subtitle ims-chosen-title" tabindex="-1">{ w.chosen_title }</h3>
                if chosen.is_empty() && !journey.answers.widespread {
                    <p class="ims-muted">{ w.none_chosen }</p>
                } else {
                    <ul class="ims-chips">
                        { nodes(chips.len(), &|i| {
                            let (id, name, action) = &chips[i];
                            // Where the focus goes when this chip goes: the next
                            // chip, else the previous one, else the heading.
                            let then = chips.get(i + 1).or(i.checked_sub(1).and_then(|i| chips.get(i)));
                            let then = then.map_or("h3".to_string(), |(id, ..)| format!("[data-remove-region={id}]"));
                            let remove = env.send::<()>(action.clone());
                            let onclick = Callback::from(move |e: MouseEvent| {
                                focus_in_chosen(&e, &then);
                                remove.emit(());
                            });
                            html! {
                                <li class="ims-chip" key={*id}>
                                    <span>{ name.clone() }</span>
                                    <button type="button" class="ims-chip-remove" data-remove-region={*id}
                                        aria-label={replace_all(w.remove, "{name}", name)} {onclick}>{ "×" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </div>
            <label class={class_list("ims-choice ims-widespread", &[(journey.answers.widespread, "ims-choice--on")])}>
                <input type="checkbox" data-region="widespread" checked={journey.answers.widespread}
                    onchange={env.send(Action::ToggleWidespread)} />
                <span class="ims-choice-text">{ w.widespread }</span>
            </label>
        </div>
    }
}

/// Moves the focus to `selector` among the chosen places before a chip goes,
/// so that it never falls to the page.
fn focus_in_chosen(event: &MouseEvent, selector: &str) {
    let target = event
        .target_dyn_into::<Element>()
        .and_then(|button| button.closest(".ims-chosen").ok().flatten())
        .and_then(|chosen| chosen.query_selector(selector).ok().flatten());
    if let Some(target) = target {
        let _ = target.unchecked_into::<HtmlElement>().focus();
    }
}
