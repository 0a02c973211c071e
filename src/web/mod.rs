//! The browser edge: the `mount` the loader calls, and the readers of what a
//! page hands the widget (its inline configuration and a clinic's pack). The
//! configurator's wasm keeps only the configuration's reader (see the
//! `configurator` feature), so it does not carry the widget.
pub mod config;
#[cfg(not(feature = "configurator"))]
mod mount;
#[cfg(not(feature = "configurator"))]
pub mod pack;

#[cfg(not(feature = "configurator"))]
pub use mount::mount;
