//! The layers of ARCHITECTURE.md, kept: every file under `src/` imports only
//! from its own layer or a lower one, and the modules of one layer import
//! each other without a cycle.
//!
//! Every `crate::` path (in a `use` or inline, groups such as
//! `crate::{a, b}` included) and every `super::` path (resolved through the
//! file's place and its inline modules) is read from the source with comments
//! and string literals left out, so a doc link or a message naming a module is
//! no import. Each file's layer comes from [`LAYERS`], by its top-level module.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Layers, lowest first, each with its top-level modules.
type Layers = &'static [(&'static str, &'static [&'static str])];

/// The layers, lowest first, with the top-level modules of each (`lib` and
/// `main` are the crate roots). A module may import from its own layer (with
/// no cycle) or any layer below, never from a layer above.
const LAYERS: Layers = &[
    (
        "leaves",
        &["date", "lang", "locks", "regions", "sorted_map", "text", "validation"],
    ),
    ("protocol", &["protocol"]),
    ("config and engine", &["config", "engine"]),
    ("journey", &["handoff", "journey", "pages"]),
    (
        "words",
        &["i18n", "languages", "pack", "rules_words", "rules_sheet", "summary"],
    ),
    ("edges", &["cli", "ui", "web", "web_config", "web_pack", "lib", "main"]),
];

/// The configurator's (`configurator/src/`, its own crate over this one):
/// plain helpers, the model (native, tested), the browser edges.
const CONFIGURATOR_LAYERS: Layers = &[
    ("helpers", &["json", "markdown"]),
    (
        "model",
        &["choices", "settings", "messages", "snippet", "sheet", "load"],
    ),
    ("edges", &["ui", "web", "lib", "main"]),
];

/// The layer of a top-level module: its index in `layers` and its name.
fn layer_of(layers: Layers, module: &str) -> Option<(usize, &'static str)> {
    layers
        .iter()
        .enumerate()
        .find(|(_, (_, modules))| modules.contains(&module))
        .map(|(index, (name, _))| (index, *name))
}

/// One `crate::`/`super::` path in a file: where, as written (shortened),
/// and the top-level module it reaches.
#[derive(Debug, PartialEq, Eq)]
struct Import {
    line: usize,
    path: String,
    module: String,
}

// ------------------------------------------------------------------ reading

/// `source` with comments and the insides of string and char literals
/// replaced by spaces; new lines stay, so line numbers do too.
fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let previous_is_ident = i > 0 && is_ident(chars[i - 1]);
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            // Block comments nest in Rust.
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if let Some((start, hashes)) = raw_string_at(&chars, i).filter(|_| !previous_is_ident) {
            // Keep the prefix and opening quote, blank the contents.
            for &ch in &chars[i..start] {
                out.push(ch);
            }
            i = start;
            while i < chars.len() {
                let closes = chars[i] == '"' && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#'));
                if closes {
                    for &ch in &chars[i..=i + hashes] {
                        out.push(ch);
                    }
                    i += hashes + 1;
                    break;
                }
                out.push(blank(chars[i]));
                i += 1;
            }
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if let Some(&ch) = chars.get(i) {
                    out.push(blank(ch));
                }
                i += 1;
            }
            out.push('"');
            i += 1;
        } else if c == '\'' && next == Some('\\') {
            // An escaped char literal: '\n', '\'', '\u{1F600}'.
            out.push_str("'  ");
            i += 3;
            while i < chars.len() && chars[i] != '\'' {
                out.push(' ');
                i += 1;
            }
            out.push('\'');
            i += 1;
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            // A plain char literal such as '"'; otherwise a lifetime.
            out.push_str("' '");
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// For a raw string starting at `at` (`r"`, `r#"`, `br"`…): the index just
/// after its opening quote, and its number of `#`s.
fn raw_string_at(chars: &[char], at: usize) -> Option<(usize, usize)> {
    let prefix = match (chars.get(at), chars.get(at + 1)) {
        (Some('r'), _) => 1,
        (Some('b'), Some('r')) => 2,
        _ => return None,
    };
    let mut i = at + prefix;
    let mut hashes = 0;
    while chars.get(i) == Some(&'#') {
        hashes += 1;
        i += 1;
    }
    (chars.get(i) == Some(&'"')).then_some((i + 1, hashes))
}

/// Identifiers, `::` and single punctuation characters, with their lines.
fn tokens(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push((line, chars[start..i].iter().collect()));
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            out.push((line, "::".to_string()));
            i += 2;
        } else {
            out.push((line, c.to_string()));
            i += 1;
        }
    }
    out
}

/// The module path of a file under `src/`: `ui/app.rs` → `[ui, app]`,
/// `ui/mod.rs` → `[ui]`, `lib.rs` and `main.rs` → `[]`.
fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        if !matches!(stem, "mod" | "lib" | "main") {
            parts.push(stem.to_string());
        }
    }
    parts
}

/// Every import of a file whose module path is `file_module`, and the
/// problems found reading them (a `super::` above the crate, a group that
/// does not close).
fn imports(source: &str, file_module: &[String]) -> (Vec<Import>, Vec<String>) {
    let tokens = tokens(&code_only(source));
    let text = |at: usize| tokens.get(at).map_or("", |(_, t)| t.as_str());
    let mut found = Vec::new();
    let mut problems = Vec::new();
    // Inline modules (`mod tests {`) open at a brace depth.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    for (at, (line, token)) in tokens.iter().enumerate() {
        match token.as_str() {
            "{" => {
                if at >= 2 && text(at - 2) == "mod" {
                    inline.push((text(at - 1).to_string(), depth));
                }
                depth += 1;
            }
            "}" => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|(_, opened)| *opened == depth) {
                    inline.pop();
                }
            }
            "crate" | "super"
                if text(at + 1) == "::" && at.checked_sub(1).is_none_or(|p| !matches!(text(p), "::" | "$")) =>
            {
                let mut here: Vec<String> = file_module.to_vec();
                here.extend(inline.iter().map(|(name, _)| name.clone()));
                let mut resolved = if token == "crate" { Vec::new() } else { here.clone() };
                if token == "super" && resolved.pop().is_none() {
                    problems.push(format!("{line}: `super::` above the crate root"));
                    continue;
                }
                let mut next = at + 2;
                while text(next) == "super" && text(next + 1) == "::" {
                    if resolved.pop().is_none() {
                        problems.push(format!("{line}: `super::` above the crate root"));
                    }
                    next += 2;
                }
                // As written, up to the first brace: `crate::text::join`, `crate::{`.
                let mut end = next;
                while end < tokens.len()
                    && (text(end) == "::" || text(end).starts_with(|c: char| c.is_alphanumeric() || c == '_'))
                {
                    end += 1;
                }
                let mut written: String = tokens[at..end].iter().map(|(_, t)| t.as_str()).collect();
                if text(end) == "{" {
                    written.push_str("{…}");
                }
                let mut reached: Vec<String> = Vec::new();
                if let Some(top) = resolved.first() {
                    reached.push(top.clone());
                } else if text(next) == "{" {
                    // `crate::{a, b::c}`: the first name of each item.
                    let mut nested = 0;
                    let mut item_start = true;
                    let mut i = next + 1;
                    loop {
                        match text(i) {
                            "" => {
                                problems.push(format!("{line}: `{written}` has no closing brace"));
                                break;
                            }
                            "{" => nested += 1,
                            "}" if nested == 0 => break,
                            "}" => nested -= 1,
                            "," if nested == 0 => item_start = true,
                            name if item_start => {
                                if name != "self" {
                                    reached.push(name.to_string());
                                }
                                item_start = false;
                            }
                            _ => {}
                        }
                        i += 1;
                    }
                } else {
                    reached.push(text(next).to_string());
                }
                for module in reached {
                    found.push(Import {
                        line: *line,
                        path: written.clone(),
                        module,
                    });
                }
            }
            _ => {}
        }
    }
    (found, problems)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to: `config` for `src/config/apply.rs`.
fn top_module(relative: &Path) -> String {
    match module_path(relative).first() {
        Some(top) => top.clone(),
        None => relative.to_string_lossy().trim_end_matches(".rs").to_string(),
    }
}

// ------------------------------------------------------------------ checking

/// Every upward import and every cycle within a layer, one line each.
fn layer_violations(src: &Path, layers: Layers) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut violations = Vec::new();
    // Imports between different modules, with where each was first seen.
    let mut edges: BTreeMap<(String, String), String> = BTreeMap::new();
    for file in &files {
        let relative = file.strip_prefix(src).unwrap_or(file);
        let root = src.parent().and_then(Path::file_name).filter(|_| layers != LAYERS);
        let shown = root.map_or_else(|| Path::new("src").to_path_buf(), |root| Path::new(root).join("src"));
        let shown = shown.join(relative).display().to_string();
        let from = top_module(relative);
        let Some((from_layer, from_name)) = layer_of(layers, &from) else {
            violations.push(format!(
                "{shown}: module `{from}` is in no layer; add it to LAYERS in tests/layers.rs"
            ));
            continue;
        };
        let source = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("cannot read {shown}: {e}"));
        let (found, problems) = imports(&source, &module_path(relative));
        violations.extend(problems.into_iter().map(|p| format!("{shown}:{p}")));
        for import in found {
            let Some((to_layer, to_name)) = layer_of(layers, &import.module) else {
                violations.push(format!(
                    "{shown}:{}: `{}` reaches `{}`, which is in no layer; add it to LAYERS in tests/layers.rs",
                    import.line, import.path, import.module
                ));
                continue;
            };
            if to_layer > from_layer {
                violations.push(format!(
                    "{shown}:{}: `{}` imports upward: `{from}` is in layer {} ({from_name}), `{}` in layer {} ({to_name})",
                    import.line,
                    import.path,
                    from_layer + 1,
                    import.module,
                    to_layer + 1,
                ));
            } else if import.module != from {
                edges
                    .entry((from.clone(), import.module.clone()))
                    .or_insert_with(|| format!("{shown}:{}", import.line));
            }
        }
    }
    violations.extend(cycles(&edges));
    violations
}

/// Each cycle among modules (a module reaching itself through others), with
/// where each of its imports is.
fn cycles(edges: &BTreeMap<(String, String), String>) -> Vec<String> {
    let modules: Vec<&String> = edges.keys().flat_map(|(a, b)| [a, b]).collect();
    let mut reported: Vec<Vec<String>> = Vec::new();
    let mut out = Vec::new();
    for start in modules {
        // Depth-first from `start`, looking for a way back to it.
        let mut stack: Vec<Vec<String>> = vec![vec![start.clone()]];
        let mut seen: Vec<String> = Vec::new();
        while let Some(route) = stack.pop() {
            let last = route.last().cloned().unwrap_or_default();
            for ((a, b), _) in edges.range((last.clone(), String::new())..) {
                if *a != last {
                    break;
                }
                if b == start {
                    let mut members = route.clone();
                    members.sort();
                    if !reported.contains(&members) {
                        reported.push(members);
                        let mut text = String::from("modules import each other in a cycle:");
                        let mut closed = route.clone();
                        closed.push(start.clone());
                        for pair in closed.windows(2) {
                            let at = edges
                                .get(&(pair[0].clone(), pair[1].clone()))
                                .cloned()
                                .unwrap_or_default();
                            let _ = write!(text, " `{}` → `{}` ({at});", pair[0], pair[1]);
                        }
                        out.push(text);
                    }
                } else if !seen.contains(b) {
                    seen.push(b.clone());
                    let mut longer = route.clone();
                    longer.push(b.clone());
                    stack.push(longer);
                }
            }
        }
    }
    out
}

#[test]
fn no_module_imports_from_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    expect_layered(&src, LAYERS);
}

#[test]
fn no_module_of_the_configurator_imports_from_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("configurator").join("src");
    expect_layered(&src, CONFIGURATOR_LAYERS);
}

#[track_caller]
fn expect_layered(src: &Path, layers: Layers) {
    let violations = layer_violations(src, layers);
    assert!(
        violations.is_empty(),
        "{} import(s) break the layers of ARCHITECTURE.md (lowest first: {}):\n{}",
        violations.len(),
        layers
            .iter()
            .map(|(name, modules)| format!("{name} [{}]", modules.join(", ")))
            .collect::<Vec<_>>()
            .join(" < "),
        violations.join("\n")
    );
}

#[test]
fn every_module_of_the_tables_is_a_file_under_its_src() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (src, layers) in [
        (root.join("src"), LAYERS),
        (root.join("configurator").join("src"), CONFIGURATOR_LAYERS),
    ] {
        for (_, modules) in layers {
            for module in *modules {
                let exists = src.join(format!("{module}.rs")).is_file() || src.join(module).join("mod.rs").is_file();
                assert!(
                    exists,
                    "the layers name `{module}`, which is not a module under {}",
                    src.display()
                );
            }
        }
    }
}

// ------------------------------------------------------------------ the reader itself

fn modules_reached(source: &str, file_module: &[&str]) -> Vec<(usize, String)> {
    let file_module: Vec<String> = file_module.iter().map(|s| s.to_string()).collect();
    let (found, problems) = imports(source, &file_module);
    assert!(problems.is_empty(), "{problems:?}");
    found.into_iter().map(|i| (i.line, i.module)).collect()
}

#[test]
fn paths_in_uses_groups_and_code_are_found() {
    let source = "use crate::protocol::{Lang, Level};\n\
                  use crate::{date::Date, regions::{Region, Side}, self};\n\
                  fn f() { let _ = crate::text::join(&[\"a\"], \", \"); }\n\
                  pub(crate) fn g() {}\n";
    assert_eq!(
        modules_reached(source, &["engine"]),
        [
            (1, "protocol".into()),
            (2, "date".into()),
            (2, "regions".into()),
            (3, "text".into())
        ]
    );
}

#[test]
fn super_resolves_through_the_file_and_its_inline_modules() {
    let source = "use super::model::TextModel;\n\
                  mod tests {\n    use super::*;\n    use super::super::fixtures::model;\n}\n\
                  use super::super::i18n::Words;\n";
    assert_eq!(
        modules_reached(source, &["config", "validate"]),
        [
            (1, "config".into()),
            (3, "config".into()),
            (4, "config".into()),
            (6, "i18n".into())
        ]
    );
    // In a top-level file, `super::` inside `mod tests` is the file's own module.
    assert_eq!(
        modules_reached("mod tests { use super::*; }", &["engine"]),
        [(1, "engine".into())]
    );
}

#[test]
fn comments_and_literals_are_not_imports() {
    let source = r##"/// See [`crate::config::ClinicConfig`].
// use crate::ui::app;
/* crate::web /* nested crate::cli */ crate::summary */
const A: &str = "crate::i18n::join \" crate::ui";
const B: &str = r#"crate::cli "quoted" "#;
const C: [char; 4] = ['"', '\'', '\\', '\u{22}']; fn f<'a>(x: &'a str) -> &'a str { x }
use crate::date::Date;
"##;
    assert_eq!(modules_reached(source, &["protocol"]), [(7, "date".into())]);
}

#[test]
fn an_upward_import_and_a_cycle_are_reported() {
    let dir = std::env::temp_dir().join(format!("ims-checker-layers-{}", std::process::id()));
    let src = dir.join("src");
    std::fs::create_dir_all(src.join("protocol")).expect("temp dir");
    let files = [
        ("lib.rs", "pub mod protocol; pub mod i18n; pub mod summary;"),
        (
            "protocol/mod.rs",
            "use crate::regions::Region;\nuse crate::i18n::words;\n",
        ),
        ("i18n.rs", "use crate::summary::summary;"),
        ("summary.rs", "use crate::i18n::{words, Words};"),
    ];
    for (name, text) in files {
        std::fs::write(src.join(name), text).expect("write");
    }
    let violations = layer_violations(&src, LAYERS);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(violations.len(), 2, "{violations:#?}");
    assert_eq!(
        violations[0],
        "src/protocol/mod.rs:2: `crate::i18n::words` imports upward: `protocol` is in layer 2 (protocol), `i18n` in layer 5 (words)"
    );
    assert!(violations[1].starts_with("modules import each other in a cycle: `i18n` → `summary` (src/i18n.rs:1); `summary` → `i18n` (src/summary.rs:1);"), "{}", violations[1]);
}
