//! The configurator's entry point: Trunk builds this to wasm, and the page's
//! `configure/configure.js` starts it. Natively it only says where to look.
// A panic aborts the page (panic = "abort"): no unwrap or expect outside tests.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

#[cfg(target_arch = "wasm32")]
fn main() {
    ims_checker_configurator::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("The configurator runs in a browser: `cargo xtask dist`, then open dist/configure.html.");
}
