//! The visitor's journey as Yew components, one per file. Components render
//! state and emit [`crate::journey::Action`]s; every decision comes from the
//! journey model and the engine.
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod body_map;
#[cfg(target_arch = "wasm32")]
pub mod error_summary;
pub mod figure;
mod figure_data;
#[cfg(target_arch = "wasm32")]
pub mod follow_up;
pub mod map_keys;
#[cfg(target_arch = "wasm32")]
pub mod map_labels;
#[cfg(target_arch = "wasm32")]
pub mod question;
#[cfg(target_arch = "wasm32")]
pub mod region_path;
#[cfg(target_arch = "wasm32")]
pub mod region_picker;
#[cfg(target_arch = "wasm32")]
pub mod result;
#[cfg(target_arch = "wasm32")]
pub mod state;

/// A `class` value: `base`, then each modifier that is on, space-separated.
/// The same text `classes!` gives for distinct names, without its set.
#[cfg(target_arch = "wasm32")]
fn class_list(base: &str, modifiers: &[(bool, &str)]) -> String {
    let mut class = base.to_string();
    for (on, modifier) in modifiers {
        if *on {
            class.push(' ');
            class.push_str(modifier);
        }
    }
    class
}

/// The nodes `each` gives for `0..count`, collected as `{ for … }` collects
/// them: one loop for every list the views build rather than one instance
/// of the iterator's machinery per list.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn nodes(count: usize, each: &dyn Fn(usize) -> yew::Html) -> yew::Html {
    let mut list = Vec::with_capacity(count);
    for n in 0..count {
        list.push(each(n));
    }
    list.into_iter().collect()
}

/// The nodes `each` gives for `0..count` where it gives one: [`nodes`] for
/// a filtered list.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn nodes_where(count: usize, each: &dyn Fn(usize) -> Option<yew::Html>) -> yew::Html {
    let mut list = Vec::new();
    for n in 0..count {
        if let Some(node) = each(n) {
            list.push(node);
        }
    }
    list.into_iter().collect()
}

/// A callback that sends `action` whatever the event.
#[cfg(target_arch = "wasm32")]
fn send<E>(dispatch: &yew::Callback<crate::journey::Action>, action: crate::journey::Action) -> yew::Callback<E> {
    let dispatch = dispatch.clone();
    yew::Callback::from(move |_| dispatch.emit(action.clone()))
}

/// A button of the widget's own: `class` (its look), `action` (its
/// `data-action` hook) and its label. One function for every such button,
/// so the wasm builds the element once rather than at each.
#[cfg(target_arch = "wasm32")]
fn button(
    class: &'static str,
    action: &'static str,
    onclick: yew::Callback<yew::MouseEvent>,
    label: &'static str,
) -> yew::Html {
    yew::html! {
        <button type="button" {class} data-action={action} {onclick}>{ label }</button>
    }
}

/// The `name` attribute of the element an event started on: how a listener
/// on a group (the map's view, a question, the region list) tells which of
/// its controls the visitor used.
#[cfg(target_arch = "wasm32")]
fn target_attribute(event: &yew::Event, name: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    event.target()?.dyn_into::<web_sys::Element>().ok()?.get_attribute(name)
}

/// The region whose control an event started on.
#[cfg(target_arch = "wasm32")]
fn target_region(event: &yew::Event) -> Option<crate::base::regions::Region> {
    crate::base::regions::Region::from_id(&target_attribute(event, "data-region")?)
}
