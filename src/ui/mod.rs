//! The visitor's journey as Yew components. Components render state and emit
//! actions; every decision comes from the engine.
#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod figure;
#[cfg(target_arch = "wasm32")]
pub mod body_map;
