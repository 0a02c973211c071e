//! The tidy layer, run first by `cargo xtask test` and alone by `cargo xtask
//! tidy`: formatting, clippy (warnings are errors; no `unwrap`/`expect`
//! outside tests, set by the crates' own lint attributes), the layer order of
//! src/ (tests/layers.rs), ARCHITECTURE.md's codemap (tests/codemap.rs) and the
//! README's test hooks (tests/readme_hooks.rs), `php -l` over the WordPress
//! plugin's PHP files and the plugin's table of the protocol's rules
//! (`cargo xtask plugin-rules --check`).
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{cargo, run, workspace_root, Failure};

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
    let php = php_files(&workspace_root().join("wordpress"))?;
    if php.is_empty() {
        return Err(Failure("php -l: no PHP file under wordpress/".into()));
    }
    for file in &php {
        step(
            &format!(
                "php -l {}",
                file.strip_prefix(workspace_root()).unwrap_or(file).display()
            ),
            Command::new("php").arg("-l").arg(file),
        )?;
    }
    crate::plugin_rules::plugin_rules(&["--check".to_string()])?;
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

/// Every `.php` file under `dir`, sorted.
fn php_files(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let mut out = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
    for entry in entries {
        let path = entry.map_err(|e| Failure(format!("{}: {e}", dir.display())))?.path();
        if path.is_dir() {
            out.extend(php_files(&path)?);
        } else if path.extension().is_some_and(|ext| ext == "php") {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}
