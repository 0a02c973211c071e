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

/// The widget's heap: a small free-list allocator (lol_alloc) instead of the
/// standard dlmalloc, 2.1 KB of brotli less. The widget allocates little and
/// on one thread; `LockedAllocator` keeps it sound without `unsafe`.
#[cfg(not(feature = "configurator"))]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());
