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
//! [`sizes`] and [`lighthouse`] serve the size budget and the auditors.

pub mod browser;
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
