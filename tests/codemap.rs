//! ARCHITECTURE.md's codemap kept true: every folder under `src/` has its
//! paragraph (a `### ` heading naming `src/<folder>/`), and every path the document names
//! in backticks (`src/…`, `configurator/…`, `xtask/…`, `tests/…`, `static/…`)
//! exists. A folder added without a word in the codemap, or a file renamed
//! under the document's feet, fails here (run by the tidy layer).
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn architecture() -> String {
    std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md")
}

/// The text of the `## Codemap` section.
fn codemap(document: &str) -> &str {
    let start = document.find("\n## Codemap").expect("a ## Codemap section");
    let rest = &document[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    &rest[..end]
}

/// Every folder under `dir`, as paths relative to the crate root.
fn folders(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.push(path.strip_prefix(root()).expect("under the root").to_path_buf());
            folders(&path, out);
        }
    }
}

/// The folders under `src/` that `codemap` does not name.
fn folders_missing_from(codemap: &str) -> Vec<String> {
    let mut all = Vec::new();
    folders(&root().join("src"), &mut all);
    let mut missing: Vec<String> = all
        .iter()
        .map(|folder| format!("{}/", folder.display()))
        .filter(|folder| {
            let named = format!("`{folder}`");
            !codemap
                .lines()
                .any(|line| line.starts_with("### ") && line.contains(&named))
        })
        .collect();
    missing.sort();
    missing
}

/// Paths in backticks under the repository's own folders, cut at the first
/// character that cannot be part of a path (`src/ui/app.rs: …`).
fn named_paths(document: &str) -> Vec<String> {
    const ROOTS: [&str; 5] = ["src/", "configurator/", "xtask/", "tests/", "static/"];
    let mut paths = Vec::new();
    for quoted in document.split('`').skip(1).step_by(2) {
        if ROOTS.iter().any(|root| quoted.starts_with(root)) {
            let path: String = quoted
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '_' | '-'))
                .collect();
            paths.push(path.trim_end_matches('.').to_string());
        }
    }
    paths.sort();
    paths.dedup();
    paths
}

#[test]
fn every_folder_of_src_has_its_paragraph_in_the_codemap() {
    let document = architecture();
    let missing = folders_missing_from(codemap(&document));
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md's codemap names no paragraph for: {missing:?}"
    );
}

#[test]
fn every_path_the_architecture_names_exists() {
    let gone: Vec<String> = named_paths(&architecture())
        .into_iter()
        .filter(|path| !path.contains('*') && !root().join(path).exists())
        .collect();
    assert!(
        gone.is_empty(),
        "ARCHITECTURE.md names paths that do not exist: {gone:?}"
    );
}

#[test]
fn a_codemap_without_a_folder_and_a_stale_path_are_caught() {
    let codemap = "## Codemap\n\n### `src/base/`\n\nLeaves; see `src/engine/`.\n";
    assert!(folders_missing_from(codemap).contains(&"src/engine/".to_string()));
    assert!(!folders_missing_from(codemap).contains(&"src/base/".to_string()));
    let paths = named_paths("see `src/web_pack.rs`: the pack reader, and `src/ui/app.rs`.");
    assert_eq!(paths, ["src/ui/app.rs", "src/web_pack.rs"]);
    assert!(!root().join(&paths[1]).exists());
}
