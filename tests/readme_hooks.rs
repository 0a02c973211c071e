//! The README's "Test hooks" table and the widget's markup agree: every hook
//! it names is in the markup with each value it lists, and every `data-*`
//! attribute the markup sets is in the table.

use std::path::Path;

/// The files that write the widget's markup: every Rust source under src/
/// (the components, and the edges that write a message before they exist)
/// and the loader.
fn markup_sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("source folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    files.push(root.join("static/ims-checker.js"));
    files
        .into_iter()
        .map(|path| {
            (
                path.display().to_string(),
                std::fs::read_to_string(&path).expect("readable source"),
            )
        })
        .collect()
}

/// Every Rust source under src/, for the values ids are written as.
fn all_rust_sources() -> String {
    fn walk(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).expect("folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).expect("readable"));
            }
        }
    }
    let mut out = String::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// (attribute, listed values) for every hook in the README's table; values
/// in angle brackets are placeholders and are not listed.
fn readme_hooks() -> Vec<(String, Vec<String>)> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README");
    let table = readme
        .split("## Test hooks")
        .nth(1)
        .expect("a Test hooks section")
        .split("\n## ")
        .next()
        .unwrap_or_default();
    let mut hooks = Vec::new();
    for line in table.lines().filter(|l| l.starts_with("| `data-")) {
        let first_cell = line.replace("\\|", "\u{1}");
        let first_cell = first_cell.split(" | ").next().unwrap_or_default();
        for code in first_cell.split('`').skip(1).step_by(2) {
            let (name, values) = code.split_once('=').unwrap_or((code, ""));
            let values: Vec<String> = values
                .trim_matches('"')
                .split('\u{1}')
                .filter(|v| !v.is_empty() && !v.starts_with('<') && *v != "YYYY-MM-DD")
                .map(str::to_string)
                .collect();
            hooks.push((name.to_string(), values));
        }
    }
    hooks
}

#[test]
fn every_hook_in_the_readme_is_in_the_markup_with_its_values() {
    let hooks = readme_hooks();
    assert!(hooks.len() >= 15, "the Test hooks table reads as {hooks:?}");
    let markup: String = markup_sources().into_iter().map(|(_, text)| text).collect();
    let rust = all_rust_sources();
    let mut missing = Vec::new();
    for (name, values) in &hooks {
        if !markup.contains(name.as_str()) {
            missing.push(format!(
                "{name}: not set anywhere under src/ or in static/ims-checker.js"
            ));
        }
        for value in values {
            if !rust.contains(&format!("\"{value}\"")) {
                missing.push(format!("{name}=\"{value}\": no string \"{value}\" in src/"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "README hooks missing from the widget:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_data_attribute_of_the_markup_is_in_the_readme() {
    let documented: Vec<String> = readme_hooks().into_iter().map(|(name, _)| name).collect();
    let mut undocumented = Vec::new();
    for (file, text) in markup_sources() {
        let mut rest = text.as_str();
        while let Some(at) = rest.find("data-") {
            let name: String = rest[at..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                .collect();
            rest = &rest[at + name.len().max(5)..];
            // `data-` alone, or a dataset read in JavaScript, names no hook.
            if name.len() > 5 && !name.ends_with('-') && !documented.contains(&name) {
                undocumented.push(format!("{file}: {name}"));
            }
        }
    }
    undocumented.dedup();
    assert!(
        undocumented.is_empty(),
        "data attributes not in the README's Test hooks:\n{}",
        undocumented.join("\n")
    );
}
