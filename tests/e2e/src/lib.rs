//! End-to-end harness: a static server with the widget CSP and a Chromium driver over CDP.
//!
//! ```no_run
//! use ims_checker_e2e::{dist_dir, Browser, Server};
//! let server = Server::start(dist_dir().unwrap(), 0).unwrap();
//! let browser = Browser::launch((1280, 800)).unwrap();
//! let page = browser.new_page().unwrap();
//! page.goto(&server.url("/")).unwrap();
//! page.click("ims-checker >>> [data-action=next]").unwrap();
//! page.privacy_report(&server.origin()).unwrap().assert_clean();
//! ```
//!
//! Layers, lowest first: [`server`] (static files with the CSP) and
//! [`browser`] (Chromium over the DevTools protocol, the privacy report);
//! [`widget`], the tests' page object (a site, its `<ims-checker>`s, the
//! steps, the result, the checks); the tests in `tests/` use the page object.
//! [`configurator`] is the configurator's page object (`configure.html`, by
//! its labels and the keyboard).
//! [`sizes`] and [`lighthouse`] serve the size budget and the auditors;
//! [`package_zip`] finds the clinic's release package (`cargo xtask package`).

pub mod axe;
pub mod browser;
pub mod configurator;
pub mod lighthouse;
pub mod poll;
pub mod server;
pub mod sizes;
pub mod widget;

use std::path::PathBuf;

pub use browser::{
    is_local, js_query, origin_of, Browser, ConsoleMessage, Error, Page, PrivacyReport, RecordedRequest, Result,
    TempDir,
};
pub use server::{mime_type, Server, ServerBuilder, DEFAULT_CSP};

/// The workspace root (two levels above this crate).
pub fn workspace_dir() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent()
        .and_then(|p| p.parent())
        .map(PathBuf::from)
        .unwrap_or(here)
}

/// The built widget: `IMS_CHECKER_DIST` if set, else `<workspace>/dist`.
pub fn dist_dir() -> Result<PathBuf> {
    let dir = match std::env::var_os("IMS_CHECKER_DIST") {
        Some(d) => PathBuf::from(d),
        None => workspace_dir().join("dist"),
    };
    if dir.is_dir() {
        Ok(dir)
    } else {
        Err(Error(format!(
            "dist/ not found: run `cargo xtask dist` (or `cargo xtask test`) first (looked in {})",
            dir.display()
        )))
    }
}

/// Where `cargo xtask package` writes the clinic's release package.
pub fn package_dir() -> PathBuf {
    workspace_dir().join("target").join("package")
}

/// The clinic's release package: `IMS_CHECKER_PACKAGE` if set, else
/// `target/package/ims-checker-<version>.zip` of the workspace.
pub fn package_zip() -> Result<PathBuf> {
    let zip = match std::env::var_os("IMS_CHECKER_PACKAGE") {
        Some(z) => PathBuf::from(z),
        None => package_dir().join(format!("ims-checker-{}.zip", package_field("version")?)),
    };
    if zip.is_file() {
        Ok(zip)
    } else {
        Err(Error(format!(
            "the release package was not found: run `cargo xtask package` (or `cargo xtask test`) first (looked for {})",
            zip.display()
        )))
    }
}

/// Unzips the release package `zip` into `into`, as a clinic would; the
/// name of its one folder (`ims-checker-<version>`), which holds everything.
pub fn unzip_package(zip: &std::path::Path, into: &std::path::Path) -> Result<String> {
    let folder = format!("ims-checker-{}", package_field("version")?);
    let failed = |e: &dyn std::fmt::Display| Error(format!("{}: {e}", zip.display()));
    let file = std::fs::File::open(zip).map_err(|e| failed(&e))?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| failed(&e))?;
    let outside: Vec<String> = archive
        .file_names()
        .filter(|n| !n.starts_with(&format!("{folder}/")))
        .map(str::to_string)
        .collect();
    if !outside.is_empty() {
        return Err(Error(format!(
            "everything in {} should be in the folder {folder}/; outside it: {outside:?}",
            zip.display()
        )));
    }
    archive.extract(into).map_err(|e| failed(&e))?;
    Ok(folder)
}

/// A text field of the widget's `[package]` in the workspace's Cargo.toml
/// (`version`, `license`, `description`): the release package takes its
/// version from there.
pub fn package_field(name: &str) -> Result<String> {
    let path = workspace_dir().join("Cargo.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| Error(format!("{}: {e}", path.display())))?;
    cargo_toml_field(&text, name).ok_or_else(|| Error(format!("{}: no `{name} = \"…\"` in [package]", path.display())))
}

/// `name = "value"` of the `[package]` table of a Cargo.toml.
fn cargo_toml_field(text: &str, name: &str) -> Option<String> {
    let mut in_package = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if let (true, Some((key, value))) = (in_package, line.split_once('=')) {
            if key.trim() == name {
                let value = value.trim().strip_prefix('"')?.strip_suffix('"')?;
                return Some(value.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::cargo_toml_field;

    #[test]
    fn a_field_is_read_from_the_package_table_only() {
        let text = "[workspace]\nversion = \"9\"\n\n[package]\nname = \"ims-checker\"\nversion = \"0.1.0\"\n\
                    license = \"MIT OR Apache-2.0\"\n\n[dependencies]\nlicense = \"x\"\n";
        assert_eq!(cargo_toml_field(text, "version").as_deref(), Some("0.1.0"));
        assert_eq!(cargo_toml_field(text, "license").as_deref(), Some("MIT OR Apache-2.0"));
        assert_eq!(cargo_toml_field(text, "description"), None);
    }
}
