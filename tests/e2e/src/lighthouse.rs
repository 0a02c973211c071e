//! Lighthouse (npm `lighthouse`, pinned in `tools/`) run on one page: the
//! end-to-end tests audit accessibility and best practices with it, the
//! bench its performance.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::browser::{Error, Result, TempDir, QUIET_HEADLESS};

/// Runs the Lighthouse command line `bin` on `url` for `categories` (e.g.
/// `["performance"]`) in the Chromium at `chrome`, and returns its JSON report.
pub fn audit(bin: &Path, chrome: &str, url: &str, categories: &[&str]) -> Result<Value> {
    let out = TempDir::new("ims-lighthouse")?;
    let report = out.path().join("report.json");
    let flags = format!(
        "{} --user-data-dir={}",
        QUIET_HEADLESS.join(" "),
        out.path().join("profile").display()
    );
    let status = Command::new(bin)
        .arg(url)
        .args(["--quiet", "--output=json"])
        .arg(format!("--only-categories={}", categories.join(",")))
        .arg(format!("--output-path={}", report.display()))
        .arg(format!("--chrome-flags={flags}"))
        .env("CHROME_PATH", chrome)
        .status()
        .map_err(|e| {
            Error(format!(
                "cannot run Lighthouse at {}: {e} (run `npm ci --prefix tools`)",
                bin.display()
            ))
        })?;
    if !status.success() {
        return Err(Error(format!("Lighthouse failed on {url}: {status}")));
    }
    let text = std::fs::read_to_string(&report).map_err(|e| Error(format!("no Lighthouse report for {url}: {e}")))?;
    serde_json::from_str(&text).map_err(|e| Error(format!("Lighthouse report for {url} is not JSON: {e}")))
}
