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
pub mod base;

// The rules as data.
pub mod protocol;

// A clinic's adjustments, and the engine that applies the rules (with the
// ways onward from its outcome).
pub mod config;
pub mod engine;

// The visitor's journey: its steps and pages.
pub mod journey;

// Words for people: the widget's, the summary's and the rules sheet's, and
// the language packs that carry them.
pub mod pack;
pub mod words;

// The rules sheet itself.
#[cfg(feature = "rules-sheet")]
pub mod rules;

// Edges: the widget's views, the command-line tool, the browser.
#[cfg(feature = "cli")]
pub mod cli;
pub mod ui;
// The browser edge; the configurator's wasm keeps only its configuration
// reader (see the `configurator` feature).
#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(all(target_arch = "wasm32", feature = "configurator"))]
pub use web::config::{model_from_json, WebConfigModel};
