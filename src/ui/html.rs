//! What the views share to build their markup and read their events: class
//! lists, lists of nodes, the widget's buttons, the control an event
//! started on.
use wasm_bindgen::JsCast;
use yew::{html, Callback, Event, Html, MouseEvent};

use crate::base::regions::Region;
use crate::journey::Action;

/// A `class` value: `base`, then each modifier that is on, space-separated.
/// The same text `classes!` gives for distinct names, without its set.
pub fn class_list(base: &str, modifiers: &[(bool, &str)]) -> String {
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
#[inline(never)]
pub fn nodes(count: usize, each: &dyn Fn(usize) -> Html) -> Html {
    let mut list = Vec::with_capacity(count);
    for n in 0..count {
        list.push(each(n));
    }
    list.into_iter().collect()
}

/// The nodes `each` gives for `0..count` where it gives one: [`nodes`] for
/// a filtered list.
#[inline(never)]
pub fn nodes_where(count: usize, each: &dyn Fn(usize) -> Option<Html>) -> Html {
    let mut list = Vec::new();
    for n in 0..count {
        if let Some(node) = each(n) {
            list.push(node);
        }
    }
    list.into_iter().collect()
}

/// A callback that sends `action` whatever the event.
pub fn send<E>(dispatch: &Callback<Action>, action: Action) -> Callback<E> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| dispatch.emit(action.clone()))
}

/// A button of the widget's own: `class` (its look), `action` (its
/// `data-action` hook) and its label. One function for every such button,
/// so the wasm builds the element once rather than at each.
pub fn button(class: &'static str, action: &'static str, onclick: Callback<MouseEvent>, label: &'static str) -> Html {
    html! {
        <button type="button" {class} data-action={action} {onclick}>{ label }</button>
    }
}

/// The `name` attribute of the element an event started on: how a listener
/// on a group (the map's view, a question, the region list) tells which of
/// its controls the visitor used.
pub fn target_attribute(event: &Event, name: &str) -> Option<String> {
    event.target()?.dyn_into::<web_sys::Element>().ok()?.get_attribute(name)
}

/// The region whose control an event started on.
pub fn target_region(event: &Event) -> Option<Region> {
    Region::from_id(&target_attribute(event, "data-region")?)
}
