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
pub mod region_picker;
#[cfg(target_arch = "wasm32")]
pub mod result;
