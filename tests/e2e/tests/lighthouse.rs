//! Lighthouse (npm `lighthouse`, pinned in `tools/`), an auditor independent
//! of these tests: the demo clinic page, served with the widget's strict CSP,
//! scores 100 in Accessibility and Best Practices (console errors, CSP and
//! other browser issues, deprecated APIs), and a planted fault is caught.

use std::path::PathBuf;
use std::process::Command;

use ims_checker_e2e::{dist_dir, workspace_dir, Server, TempDir};
use serde_json::Value;

const CATEGORIES: [&str; 2] = ["accessibility", "best-practices"];

fn lighthouse_bin() -> PathBuf {
    std::env::var_os("LIGHTHOUSE_PATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_dir().join("tools/node_modules/.bin/lighthouse"))
}

/// Runs Lighthouse on `url` and returns its report.
fn audit(url: &str, out: &TempDir) -> Value {
    let bin = lighthouse_bin();
    let report = out.path().join("report.json");
    let profile = out.path().join("profile");
    let flags = format!(
        "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
         --disable-sync --no-first-run --user-data-dir={}",
        profile.display()
    );
    let status = Command::new(&bin)
        .arg(url)
        .args(["--quiet", "--output=json", "--only-categories=accessibility,best-practices"])
        .arg(format!("--output-path={}", report.display()))
        .arg(format!("--chrome-flags={flags}"))
        .env("CHROME_PATH", std::env::var_os("CHROME_PATH").unwrap_or_else(|| "/usr/bin/chromium".into()))
        .status()
        .unwrap_or_else(|e| {
            panic!("cannot run Lighthouse at {} ({e}): set LIGHTHOUSE_PATH or run `npm ci --prefix tools`", bin.display())
        });
    assert!(status.success(), "Lighthouse failed on {url}: {status}");
    let text = std::fs::read_to_string(&report).unwrap_or_else(|e| panic!("no Lighthouse report for {url}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("Lighthouse report for {url} is not JSON: {e}"))
}

/// Each category's score, and the audits of those categories that did not pass.
fn scores_and_failures(report: &Value) -> (Vec<(String, f64)>, Vec<String>) {
    let mut scores = Vec::new();
    let mut failures = Vec::new();
    for category in CATEGORIES {
        let entry = &report["categories"][category];
        scores.push((category.to_string(), entry["score"].as_f64().unwrap_or(0.0)));
        for reference in entry["auditRefs"].as_array().into_iter().flatten() {
            let id = reference["id"].as_str().unwrap_or("");
            let audit = &report["audits"][id];
            let failed = audit["score"].as_f64().is_some_and(|s| s < 1.0)
                && matches!(audit["scoreDisplayMode"].as_str(), Some("binary" | "numeric" | "metricSavings"));
            if failed {
                failures.push(format!("{category}: {id}: {}", audit["title"].as_str().unwrap_or("")));
            }
        }
    }
    (scores, failures)
}

#[test]
fn the_demo_page_scores_100_in_accessibility_and_best_practices() {
    let server = Server::start(dist_dir().unwrap(), 0).unwrap();
    let out = TempDir::new("ims-lighthouse").unwrap();
    let report = audit(&server.url("/"), &out);
    let (scores, failures) = scores_and_failures(&report);
    assert!(
        scores.iter().all(|(_, score)| *score == 1.0) && failures.is_empty(),
        "Lighthouse on the demo page: {scores:?}\n{}",
        failures.join("\n")
    );
}

#[test]
fn lighthouse_catches_a_planted_fault() {
    // An image without alternative text and a script error: both categories must drop.
    let site = TempDir::new("ims-lighthouse-site").unwrap();
    std::fs::write(
        site.path().join("index.html"),
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>planted</title>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">\
         <script src=\"fault.js\"></script></head><body><h1>Planted</h1><img src=\"data:,\" width=\"10\" height=\"10\"></body></html>",
    )
    .unwrap();
    std::fs::write(site.path().join("fault.js"), "console.error('planted error');").unwrap();
    let server = Server::start(site.path(), 0).unwrap();
    let out = TempDir::new("ims-lighthouse").unwrap();
    let (scores, failures) = scores_and_failures(&audit(&server.url("/"), &out));
    assert!(
        scores.iter().all(|(_, score)| *score < 1.0),
        "Lighthouse missed the planted faults: {scores:?} {failures:?}"
    );
    assert!(failures.iter().any(|f| f.contains("image-alt")), "{failures:?}");
    assert!(failures.iter().any(|f| f.contains("errors-in-console")), "{failures:?}");
}
