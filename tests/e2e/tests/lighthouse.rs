//! Lighthouse (npm `lighthouse`, pinned in `tools/`), an auditor independent
//! of these tests: the demo clinic page, served with the widget's strict CSP,
//! scores 100 in Accessibility and Best Practices (console errors, CSP and
//! other browser issues, deprecated APIs), and a planted fault is caught.

use std::path::PathBuf;

use ims_checker_e2e::{dist_dir, lighthouse, workspace_dir, Server, TempDir};
use serde_json::Value;

const CATEGORIES: [&str; 2] = ["accessibility", "best-practices"];

fn lighthouse_bin() -> PathBuf {
    std::env::var_os("LIGHTHOUSE_PATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_dir().join("tools/node_modules/.bin/lighthouse"))
}

/// Runs Lighthouse's two categories on `url` and returns its report.
fn audit(url: &str) -> Value {
    let chrome = std::env::var("CHROME_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into());
    lighthouse::audit(&lighthouse_bin(), &chrome, url, &CATEGORIES)
        .unwrap_or_else(|e| panic!("{e} (set LIGHTHOUSE_PATH?)"))
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
                && matches!(
                    audit["scoreDisplayMode"].as_str(),
                    Some("binary" | "numeric" | "metricSavings")
                );
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
    let report = audit(&server.url("/"));
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
    let (scores, failures) = scores_and_failures(&audit(&server.url("/")));
    assert!(
        scores.iter().all(|(_, score)| *score < 1.0),
        "Lighthouse missed the planted faults: {scores:?} {failures:?}"
    );
    assert!(failures.iter().any(|f| f.contains("image-alt")), "{failures:?}");
    assert!(failures.iter().any(|f| f.contains("errors-in-console")), "{failures:?}");
}
