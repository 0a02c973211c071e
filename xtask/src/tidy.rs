//! The tidy layer, run first by `cargo xtask test` and alone by `cargo xtask
//! tidy`: formatting, clippy (warnings are errors; no `unwrap`/`expect`
//! outside tests, set by the crates' own lint attributes), the layer order of
//! src/ (tests/layers.rs), ARCHITECTURE.md's codemap (tests/codemap.rs) and the
//! README's test hooks (tests/readme_hooks.rs).
use std::process::Command;

use crate::{cargo, run, Failure};

pub fn tidy() -> Result<(), Failure> {
    step("rustfmt", cargo().args(["fmt", "--all", "--check"]))?;
    step(
        "clippy (native, every target)",
        cargo().args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]),
    )?;
    step(
        "clippy (the widget's wasm)",
        cargo().args([
            "clippy",
            "-p",
            "ims-checker",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
            "--no-default-features",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    step(
        "clippy (the configurator's wasm)",
        cargo().args([
            "clippy",
            "-p",
            "ims-checker-configurator",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    step(
        "layer order, the codemap and README test hooks",
        cargo().args([
            "test",
            "-p",
            "ims-checker",
            "--test",
            "layers",
            "--test",
            "codemap",
            "--test",
            "readme_hooks",
        ]),
    )
}

fn step(name: &str, command: &mut Command) -> Result<(), Failure> {
    println!("--> tidy: {name}");
    run(command).map_err(|failure| Failure(format!("{name}: {}", failure.0)))
}
