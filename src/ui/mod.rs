//! The visitor's journey as Yew components, one per file. Components render
//! state and emit [`crate::journey::Action`]s; every decision comes from the
//! journey model and the engine.
//!
//! Yew is the browser build's alone (see Cargo.toml), so the components are
//! declared through `in_the_browser!`; the body map's geometry (`map`) is
//! plain data, built and tested natively too.

/// `items`, declared for the browser build only (`target_arch = "wasm32"`):
/// one gate for a folder's components.
macro_rules! in_the_browser {
    ($($item:item)*) => {
        $(#[cfg(target_arch = "wasm32")] $item)*
    };
}

pub mod map;

in_the_browser! {
    pub mod app;
    pub mod checklist;
    pub mod error_summary;
    pub mod fit_list;
    pub mod follow_up;
    pub mod for_whom;
    mod history;
    mod html;
    pub mod question;
    pub mod region_picker;
    pub mod result;
    pub mod state;
}
