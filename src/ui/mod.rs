//! The visitor's journey as Yew components, one per file. Components render
//! state and emit [`crate::journey::Action`]s; every decision comes from the
//! journey model and the engine.
pub mod figure;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod body_map;
#[cfg(target_arch = "wasm32")]
pub mod follow_up;
#[cfg(target_arch = "wasm32")]
pub mod question;
#[cfg(target_arch = "wasm32")]
pub mod region_path;
#[cfg(target_arch = "wasm32")]
pub mod region_picker;
#[cfg(target_arch = "wasm32")]
pub mod result;

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
