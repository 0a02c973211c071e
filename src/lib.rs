//! ims-checker: a private, in-browser check of whether IMS or dry needling may
//! suit a visitor. See ARCHITECTURE.md for the codemap, the layers and the
//! invariants.
//!
//! Modules by layer, lowest first; a module imports only from its own layer
//! (without a cycle) or below (kept by `tests/layers.rs`).
// A panic aborts the widget (panic = "abort"): no unwrap or expect outside tests.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![forbid(unsafe_code)]

// Leaves: plain data and helpers.
pub mod date;
pub mod lang;
pub mod locks;
pub mod regions;
pub mod sorted_map;
pub mod text;
pub mod validation;

// The rules as data.
pub mod protocol;

// A clinic's adjustments, and the engine that applies the rules.
pub mod config;
pub mod engine;

// The visitor's journey and the ways onward.
pub mod handoff;
pub mod journey;
pub mod pages;

// Words for people: the widget's, the rules sheet's, the summary.
pub mod i18n;
// Until the widget loads packs, only the tool reads and writes them.
pub mod languages;
pub mod pack;
#[cfg(feature = "rules-sheet")]
pub mod rules_sheet;
#[cfg(feature = "rules-sheet")]
pub mod rules_words;
pub mod summary;

// Edges: the widget's views, the command-line tool, the browser.
#[cfg(feature = "cli")]
pub mod cli;
pub mod ui;
// The widget's browser edge; the configurator's wasm leaves it out (see the
// `configurator` feature) and reads inline JSON as the widget does.
#[cfg(all(target_arch = "wasm32", not(feature = "configurator")))]
pub mod web;
#[cfg(target_arch = "wasm32")]
mod web_config;
#[cfg(all(target_arch = "wasm32", not(feature = "configurator")))]
mod web_pack;
#[cfg(all(target_arch = "wasm32", feature = "configurator"))]
pub use web_config::{model_from_json, WebConfigModel};
