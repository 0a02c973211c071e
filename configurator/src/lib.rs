//! The configurator (`configure.html`): a page where a clinic's staff set up
//! the checker, see it live, copy the code for their page, download the
//! configuration file and print the rules sheet for their physiotherapist.
//! It shares the configuration model, its validator and the rules sheet with
//! the command-line tool (the `ims-checker` crate), works offline, and sends
//! and stores nothing. See ARCHITECTURE.md.
//!
//! Modules by layer, lowest first (kept by the root's `tests/layers.rs`):
//! plain helpers (`json`, `markdown`); the model (`choices`, `settings`,
//! `messages`, `snippet`, `sheet`, `load`), native and tested; the browser
//! edges (`ui`, `web`), wasm only.
// A panic aborts the page (panic = "abort"): no unwrap or expect outside tests.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![forbid(unsafe_code)]

// Plain helpers.
pub mod json;
pub mod markdown;

// The model: what the form offers, the state, its problems, what is written out.
pub mod choices;
pub mod load;
pub mod messages;
pub mod settings;
pub mod sheet;
pub mod snippet;

// The browser edges.
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;

/// Draws the configurator into the page's `#configurator`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("configurator"));
    if let Some(root) = root {
        root.set_inner_html("");
        yew::Renderer::<ui::app::App>::with_root(root).render();
    }
}
