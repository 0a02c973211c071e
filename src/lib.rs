//! ims-checker: a private, in-browser check of whether IMS or dry needling may
//! suit a visitor. See ARCHITECTURE.md for the codemap and invariants.
// A panic aborts the widget (panic = "abort"): no unwrap or expect outside tests.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![forbid(unsafe_code)]

pub mod config;
pub mod date;
pub mod engine;
pub mod handoff;
pub mod i18n;
pub mod journey;
pub mod protocol;
pub mod regions;
pub mod summary;
#[cfg(feature = "cli")]
pub mod cli;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(target_arch = "wasm32")]
mod web_config;
