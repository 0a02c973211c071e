//! `cargo xtask package`: the release as a clinic gets it, made from dist/
//! as built. Two forms of the same files:
//!
//! - `target/package/ims-checker-<version>.zip`, one folder
//!   `ims-checker-<version>/` for the clinic to upload as it is;
//! - `target/package/npm/`, ready for `npm publish`: the widget's files under
//!   `dist/<version>/`, and a package.json;
//! - `target/package/ims-checker-wordpress-<version>.zip`, the WordPress
//!   plugin: one folder `ims-checker/` with the plugin's files
//!   (`wordpress/ims-checker/`) and the widget's and the configurator's
//!   files under `checker/`, with their hashes (`checker/integrity.json`,
//!   which the plugin reads the loader's hash from).
//!
//! Each holds the widget's files (dist/ less the demo page and its styles,
//! with the `.br`/`.gz` siblings a static server can send), the
//! configurator (`configure.html` and `configure/`, with the loader's
//! integrity hash written in, so the code it writes carries it), a README for
//! clinics whose snippet carries the loader's integrity hash, the licences,
//! an example configuration, and every file's SHA-384 (`SHA384SUMS` for
//! `sha384sum -c`, `integrity.json` in Subresource Integrity form). The
//! loader gets the hashes of the files it loads written into its `INTEGRITY`
//! table, so the snippet's one hash covers every file the widget loads.
//! The version, licence and description come from the root Cargo.toml.
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use data_encoding::{BASE64, HEXLOWER};
use ims_checker_e2e::sizes::is_configurator_file;
use ims_checker_e2e::{package_dir, package_field, sizes};
use serde_json::json;
use sha2::{Digest, Sha384};
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

use crate::{dist, dist_dir, Failure};

/// The loader, the one file a clinic's page links to.
const LOADER: &str = "ims-checker.js";
/// The files of dist/ that the loader cannot do without.
const NEEDED: [&str; 3] = [LOADER, "pkg/ims-checker.js", "pkg/ims-checker_bg.wasm"];
/// Files of dist/ that belong to the demo clinic page, not to the widget
/// (with their `.br`/`.gz` siblings).
const DEMO_ONLY: [&str; 2] = ["index.html", "demo.css"];
/// The precompressed siblings dist/ writes beside each file.
const SIBLINGS: [&str; 2] = [".br", ".gz"];
/// Kinds of file the loader loads, whose hashes it carries.
const LOADED: [&str; 4] = [".js", ".wasm", ".css", ".json"];
/// The configurator's `<meta>` for the loader's integrity hash, empty in
/// dist/ (configurator/configure.html, which Trunk leaves as written).
const CONFIGURATOR_SLOT: &str = "<meta name=\"ims-checker-loader-integrity\" content=\"\">";
/// The loader's empty `INTEGRITY` table in dist/ (`JSON.parse('{}')` in
/// static/ims-checker.js, as terser writes it), replaced by an object.
const EMPTY_TABLE: [&str; 2] = ["JSON.parse(\"{}\")", "JSON.parse('{}')"];

const README: &str = include_str!("../package/README.md");
const EXAMPLE_CONFIG: (&str, &str) = (
    "clinic-config.example.json",
    include_str!("../package/clinic-config.example.json"),
);
/// The clinical changes of each revision of the protocol, which the
/// README's "Updating" section points to.
const PROTOCOL_CHANGES: (&str, &str) = ("CHANGELOG-protocol.md", include_str!("../../CHANGELOG-protocol.md"));
const LICENCES: [(&str, &str); 2] = [
    ("LICENSE-MIT", include_str!("../../LICENSE-MIT")),
    ("LICENSE-APACHE", include_str!("../../LICENSE-APACHE")),
];
/// The files listing every other file's hash.
const HASH_FILES: [&str; 2] = ["SHA384SUMS", "integrity.json"];

/// One file of the package: its path inside the package's folder
/// (`/`-separated) and its bytes.
#[derive(Clone)]
struct File {
    path: String,
    bytes: Vec<u8>,
}

impl File {
    fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> File {
        File {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// `cargo xtask package`: the release build, then the package from it.
pub fn package() -> Result<(), Failure> {
    dist()?;
    write(&dist_dir()).map(|_| ())
}

/// Writes the zip and the npm folder from `dist` as it is (no rebuild);
/// returns the zip's path.
pub fn write(dist: &Path) -> Result<PathBuf, Failure> {
    let version = package_field("version").map_err(|e| Failure(e.0))?;
    let widget = with_integrity_in_configurator(with_hashes_in_loader(widget_files(dist)?)?)?;
    let mut docs = vec![
        readme(&version, &widget)?,
        File::new(EXAMPLE_CONFIG.0, EXAMPLE_CONFIG.1),
        File::new(PROTOCOL_CHANGES.0, PROTOCOL_CHANGES.1),
    ];
    docs.extend(LICENCES.map(|(path, text)| File::new(path, text)));

    let out = package_dir();
    let folder = format!("ims-checker-{version}");
    let zip = out.join(format!("{folder}.zip"));
    let mut files: Vec<File> = widget.iter().chain(&docs).cloned().collect();
    files.extend(hash_files(&files)?);
    write_zip(&zip, &folder, &files)?;

    let npm = out.join("npm");
    let mut files: Vec<File> = widget
        .iter()
        .map(|f| File::new(format!("dist/{version}/{}", f.path), f.bytes.clone()))
        .chain(docs)
        .collect();
    files.push(package_json(&version)?);
    files.extend(hash_files(&files)?);
    write_folder(&npm, &files)?;

    let plugin = out.join(format!("ims-checker-wordpress-{version}.zip"));
    write_zip(&plugin, PLUGIN_FOLDER, &plugin_files(&version, &widget)?)?;

    let loader = widget
        .iter()
        .find(|f| f.path == LOADER)
        .map_or_else(String::new, |f| sri(&f.bytes));
    let kb = |path: &Path| fs::metadata(path).map_or(0, |m| m.len() / 1000);
    println!(
        "    package: {} ({} KB)\n             {}/ (npm)\n             {} ({} KB, WordPress)\n    loader:  integrity=\"{loader}\"",
        zip.display(),
        kb(&zip),
        npm.display(),
        plugin.display(),
        kb(&plugin)
    );
    Ok(zip)
}

/// The WordPress plugin's folder in its zip, as WordPress names the plugin
/// (`ims-checker/ims-checker.php`): the same in every version, so an update
/// replaces the plugin and keeps its option.
const PLUGIN_FOLDER: &str = "ims-checker";
/// The plugin's source, in the repository.
const PLUGIN_SOURCE: &str = "wordpress/ims-checker";
/// Where the plugin keeps the widget's files.
const PLUGIN_CHECKER: &str = "checker";

/// The plugin's files, with the version written into its header and
/// readme, the protocol's changelog and the licences, then the widget's and the configurator's files (without the
/// `.br`/`.gz` siblings, which WordPress hosts do not send) and their hashes.
fn plugin_files(version: &str, widget: &[File]) -> Result<Vec<File>, Failure> {
    let source = crate::workspace_root().join(PLUGIN_SOURCE);
    let mut files = Vec::new();
    collect(&source, &source, &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    for file in &mut files {
        if file.path.ends_with(".php") || file.path.ends_with(".txt") {
            let text = String::from_utf8_lossy(&file.bytes).replace("{{version}}", version);
            file.bytes = text.into_bytes();
        }
    }
    let checker: Vec<File> = widget
        .iter()
        .filter(|f| !SIBLINGS.iter().any(|ext| f.path.ends_with(ext)))
        .cloned()
        .collect();
    files.push(File::new(PROTOCOL_CHANGES.0, PROTOCOL_CHANGES.1));
    files.extend(LICENCES.map(|(path, text)| File::new(path, text)));
    let hashes = hash_files(&checker)?;
    files.extend(
        checker
            .into_iter()
            .chain(hashes)
            .map(|f| File::new(format!("{PLUGIN_CHECKER}/{}", f.path), f.bytes)),
    );
    Ok(files)
}

/// The widget's and the configurator's files in dist/: everything but the
/// demo page and its styles.
fn widget_files(dist: &Path) -> Result<Vec<File>, Failure> {
    let mut files = Vec::new();
    collect(dist, dist, &mut files)?;
    files.retain(|f| !DEMO_ONLY.contains(&unsiblinged(&f.path)));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let missing: Vec<&str> = NEEDED
        .into_iter()
        .filter(|n| !files.iter().any(|f| f.path == *n))
        .collect();
    if !missing.is_empty() {
        return Err(Failure(format!(
            "{} has no {} (run `cargo xtask dist`)",
            dist.display(),
            missing.join(", ")
        )));
    }
    Ok(files)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<File>) -> Result<(), Failure> {
    let failed = |e: std::io::Error| Failure(format!("reading {}: {e}", dir.display()));
    for entry in fs::read_dir(dir).map_err(failed)? {
        let path = entry.map_err(failed)?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
            continue;
        }
        let bytes = fs::read(&path).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
        let relative = path.strip_prefix(root).unwrap_or(&path);
        out.push(File::new(relative.to_string_lossy().replace('\\', "/"), bytes));
    }
    Ok(())
}

/// The path of the file a `.br`/`.gz` sibling compresses (a path itself otherwise).
fn unsiblinged(path: &str) -> &str {
    SIBLINGS.iter().find_map(|ext| path.strip_suffix(ext)).unwrap_or(path)
}

/// The Subresource Integrity of `bytes`: `sha384-<base64>`.
fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", BASE64.encode(&Sha384::digest(bytes)))
}

/// The widget's files with the loader's `INTEGRITY` table filled in (the
/// hash of every other file it may load), and its siblings compressed anew.
fn with_hashes_in_loader(mut files: Vec<File>) -> Result<Vec<File>, Failure> {
    let table: BTreeMap<&str, String> = files
        .iter()
        .filter(|f| f.path != LOADER && LOADED.iter().any(|ext| f.path.ends_with(ext)))
        // The configurator is a page of its own, which the loader never loads.
        .filter(|f| !is_configurator_file(unsiblinged(&f.path)))
        .map(|f| (f.path.as_str(), sri(&f.bytes)))
        .collect();
    let table = serde_json::to_string(&table).map_err(|e| Failure(format!("the loader's hashes: {e}")))?;
    let loader = files
        .iter_mut()
        .find(|f| f.path == LOADER)
        .ok_or_else(|| Failure(format!("dist/ has no {LOADER}")))?;
    let text = String::from_utf8_lossy(&loader.bytes).into_owned();
    let slots: usize = EMPTY_TABLE.iter().map(|slot| text.matches(slot).count()).sum();
    let slot = EMPTY_TABLE.iter().find(|slot| text.contains(*slot));
    let (1, Some(slot)) = (slots, slot) else {
        return Err(Failure(format!(
            "dist/{LOADER}: expected one empty INTEGRITY table ({}) to write the hashes into, found {slots} \
             (did static/{LOADER} or its minifier change?)",
            EMPTY_TABLE[0]
        )));
    };
    let filled = text.replacen(slot, &table, 1).into_bytes();
    for file in &mut files {
        match file.path.strip_prefix(LOADER) {
            Some("") => file.bytes = filled.clone(),
            Some(".br") => file.bytes = sizes::brotli(&filled),
            Some(".gz") => file.bytes = sizes::gzip(&filled),
            _ => {}
        }
    }
    Ok(files)
}

/// The files with the loader's integrity hash in the configurator's page,
/// whose code to paste then carries it, and its siblings compressed anew.
fn with_integrity_in_configurator(mut files: Vec<File>) -> Result<Vec<File>, Failure> {
    let loader = files
        .iter()
        .find(|f| f.path == LOADER)
        .map(|f| sri(&f.bytes))
        .ok_or_else(|| Failure(format!("dist/ has no {LOADER}")))?;
    let Some(page) = files.iter().find(|f| f.path == sizes::CONFIGURATOR_PAGE) else {
        return Err(Failure(format!(
            "dist/ has no {} (run `cargo xtask dist`)",
            sizes::CONFIGURATOR_PAGE
        )));
    };
    let text = String::from_utf8_lossy(&page.bytes).into_owned();
    if text.matches(CONFIGURATOR_SLOT).count() != 1 {
        return Err(Failure(format!(
            "dist/{}: expected one empty {CONFIGURATOR_SLOT} to write the loader's hash into \
             (did configurator/configure.html or its build change?)",
            sizes::CONFIGURATOR_PAGE
        )));
    }
    let filled = text
        .replacen(
            CONFIGURATOR_SLOT,
            &format!("<meta name=\"ims-checker-loader-integrity\" content=\"{loader}\">"),
            1,
        )
        .into_bytes();
    for file in &mut files {
        match file.path.strip_prefix(sizes::CONFIGURATOR_PAGE) {
            Some("") => file.bytes = filled.clone(),
            Some(".br") => file.bytes = sizes::brotli(&filled),
            Some(".gz") => file.bytes = sizes::gzip(&filled),
            _ => {}
        }
    }
    Ok(files)
}

/// The README for clinics, with the version, the loader's hash and the
/// wasm's sizes written in.
fn readme(version: &str, widget: &[File]) -> Result<File, Failure> {
    let size_kb = |path: &str| {
        widget
            .iter()
            .find(|f| f.path == path)
            .map_or(0, |f| (f.bytes.len() + 500) / 1000)
            .to_string()
    };
    let loader = widget
        .iter()
        .find(|f| f.path == LOADER)
        .ok_or_else(|| Failure(format!("dist/ has no {LOADER}")))?;
    let text = README
        .replace("{{version}}", version)
        .replace("{{loader-integrity}}", &sri(&loader.bytes))
        .replace("{{wasm-kb}}", &size_kb("pkg/ims-checker_bg.wasm"))
        .replace("{{wasm-br-kb}}", &size_kb("pkg/ims-checker_bg.wasm.br"));
    if let Some(at) = text.find("{{") {
        let rest: String = text[at..].chars().take(30).collect();
        return Err(Failure(format!("xtask/package/README.md: nothing fills in {rest}…")));
    }
    Ok(File::new("README.md", text))
}

/// The npm package's manifest: the loader as the package's main export, and
/// each file of the widget by its name. Its fields in the customary order.
fn package_json(version: &str) -> Result<File, Failure> {
    let field = |name: &str| package_field(name).map_err(|e| Failure(e.0));
    let dir = format!("./dist/{version}");
    let fields = [
        ("name", json!("ims-checker")),
        ("version", json!(version)),
        ("description", json!(field("description")?)),
        ("license", json!(field("license")?)),
        ("type", json!("module")),
        (
            "exports",
            json!({
                ".": format!("{dir}/{LOADER}"),
                "./package.json": "./package.json",
                "./*": format!("{dir}/*"),
            }),
        ),
        (
            "files",
            json!([
                "dist/",
                "README.md",
                EXAMPLE_CONFIG.0,
                PROTOCOL_CHANGES.0,
                LICENCES[0].0,
                LICENCES[1].0,
                HASH_FILES[0],
                HASH_FILES[1]
            ]),
        ),
    ];
    let mut lines = Vec::new();
    for (name, value) in fields {
        let value = serde_json::to_string_pretty(&value).map_err(|e| Failure(format!("package.json: {e}")))?;
        lines.push(format!("  \"{name}\": {}", value.replace('\n', "\n  ")));
    }
    Ok(File::new("package.json", format!("{{\n{}\n}}\n", lines.join(",\n"))))
}

/// `SHA384SUMS` (as `sha384sum` writes it) and `integrity.json` (path →
/// `sha384-…`) of `files`.
fn hash_files(files: &[File]) -> Result<[File; 2], Failure> {
    let mut sums = String::new();
    let mut integrity = BTreeMap::new();
    for file in files {
        let digest = Sha384::digest(&file.bytes);
        sums.push_str(&format!("{}  {}\n", HEXLOWER.encode(&digest), file.path));
        integrity.insert(file.path.as_str(), format!("sha384-{}", BASE64.encode(&digest)));
    }
    let json = serde_json::to_string_pretty(&integrity).map_err(|e| Failure(format!("integrity.json: {e}")))?;
    Ok([File::new(HASH_FILES[0], sums), File::new(HASH_FILES[1], json + "\n")])
}

/// The zip, every file under `folder/`: deflated, but for the siblings,
/// which are compressed already. Dated 1980-01-01, so the same files make
/// the same zip.
fn write_zip(zip: &Path, folder: &str, files: &[File]) -> Result<(), Failure> {
    let failed = |e: &dyn std::fmt::Display| Failure(format!("writing {}: {e}", zip.display()));
    if let Some(parent) = zip.parent() {
        fs::create_dir_all(parent).map_err(|e| failed(&e))?;
    }
    let mut writer = zip::ZipWriter::new(fs::File::create(zip).map_err(|e| failed(&e))?);
    let options = SimpleFileOptions::default();
    let mut folders = vec![folder.to_string()];
    for file in files {
        let mut dirs: Vec<&str> = file.path.split('/').collect();
        dirs.pop();
        for depth in 1..=dirs.len() {
            folders.push(format!("{folder}/{}", dirs[..depth].join("/")));
        }
    }
    folders.sort();
    folders.dedup();
    for dir in &folders {
        writer
            .add_directory(format!("{dir}/"), options.unix_permissions(0o755))
            .map_err(|e| failed(&e))?;
    }
    for file in files {
        let method = if SIBLINGS.iter().any(|ext| file.path.ends_with(ext)) {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        writer
            .start_file(
                format!("{folder}/{}", file.path),
                options.compression_method(method).unix_permissions(0o644),
            )
            .map_err(|e| failed(&e))?;
        writer.write_all(&file.bytes).map_err(|e| failed(&e))?;
    }
    writer.finish().map_err(|e| failed(&e))?;
    Ok(())
}

/// `files` in a fresh folder `dir`.
fn write_folder(dir: &Path, files: &[File]) -> Result<(), Failure> {
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(|e| Failure(format!("clearing {}: {e}", dir.display())))?;
    }
    for file in files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Failure(format!("{}: {e}", parent.display())))?;
        }
        fs::write(&path, &file.bytes).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widget() -> Vec<File> {
        vec![
            File::new("body-map.css", "a{}"),
            File::new(LOADER, "const n=JSON.parse(\"{}\");fetch(\"pkg/ims-checker_bg.wasm\")"),
            File::new("ims-checker.js.br", "old"),
            File::new("ims-checker.js.gz", "old"),
            File::new("pkg/ims-checker.js", "export default 1"),
            File::new("pkg/ims-checker_bg.wasm", "\0asm"),
            File::new("pkg/ims-checker_bg.wasm.br", "x"),
        ]
    }

    #[test]
    fn the_loader_carries_the_hash_of_every_file_it_loads() {
        let files = with_hashes_in_loader(widget()).unwrap();
        let loader = String::from_utf8(files[1].bytes.clone()).unwrap();
        let want = format!(
            "const n={{\"body-map.css\":\"{}\",\"pkg/ims-checker.js\":\"{}\",\"pkg/ims-checker_bg.wasm\":\"{}\"}};",
            sri(b"a{}"),
            sri(b"export default 1"),
            sri(b"\0asm")
        );
        assert!(loader.starts_with(&want), "{loader}");
        assert_eq!(files[2].bytes, sizes::brotli(loader.as_bytes()));
        assert_eq!(files[3].bytes, sizes::gzip(loader.as_bytes()));
    }

    #[test]
    fn a_loader_without_one_empty_table_is_refused() {
        for text in ["const n={};", "JSON.parse(\"{}\");JSON.parse('{}')"] {
            let mut files = widget();
            files[1].bytes = text.into();
            let Err(Failure(message)) = with_hashes_in_loader(files) else {
                panic!("{text}: accepted")
            };
            assert!(message.contains("expected one empty INTEGRITY table"), "{message}");
        }
    }

    #[test]
    fn the_configurator_gets_the_loaders_hash_and_the_loader_none_of_its_files() {
        let mut files = widget();
        files.push(File::new("configure.html", format!("<head>{CONFIGURATOR_SLOT}</head>")));
        files.push(File::new("configure.html.br", "old"));
        files.push(File::new("configure/ims-checker-configurator_bg.wasm", "\0asm2"));
        files.push(File::new("configure/configure.js", "x"));
        let files = with_integrity_in_configurator(with_hashes_in_loader(files).unwrap()).unwrap();
        let loader = files.iter().find(|f| f.path == LOADER).unwrap();
        let text = String::from_utf8_lossy(&loader.bytes);
        assert!(!text.contains("configure"), "{text}");
        let page = files.iter().find(|f| f.path == "configure.html").unwrap();
        let want = format!(
            "<head><meta name=\"ims-checker-loader-integrity\" content=\"{}\"></head>",
            sri(&loader.bytes)
        );
        assert_eq!(String::from_utf8_lossy(&page.bytes), want);
        let sibling = files.iter().find(|f| f.path == "configure.html.br").unwrap();
        assert_eq!(sibling.bytes, sizes::brotli(want.as_bytes()));

        let mut without = widget();
        without.push(File::new("configure.html", "<head></head>"));
        let Err(Failure(message)) = with_integrity_in_configurator(without) else {
            panic!("a page without the slot was accepted")
        };
        assert!(message.contains("expected one empty"), "{message}");
    }

    #[test]
    fn sri_is_sha384_in_base64() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            sri(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }

    #[test]
    fn the_readme_is_filled_in_and_its_placeholders_all_known() {
        let files = widget();
        let readme = String::from_utf8(readme("9.8.7", &files).unwrap().bytes).unwrap();
        assert!(readme.contains("/ims-checker-9.8.7/ims-checker.js"), "{readme}");
        assert!(
            readme.contains(&format!("integrity=\"{}\"", sri(&files[1].bytes))),
            "{readme}"
        );
        assert!(!readme.contains("{{"), "{readme}");
    }

    #[test]
    fn package_json_names_the_loader_and_the_versioned_folder() {
        let file = package_json("9.8.7").unwrap();
        let text = String::from_utf8(file.bytes).unwrap();
        assert!(
            text.starts_with("{\n  \"name\": \"ims-checker\",\n  \"version\": \"9.8.7\","),
            "{text}"
        );
        let manifest: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(manifest["exports"]["."], "./dist/9.8.7/ims-checker.js");
        assert_eq!(manifest["exports"]["./*"], "./dist/9.8.7/*");
        assert_eq!(manifest["license"], "MIT OR Apache-2.0");
        assert_eq!(manifest["files"][0], "dist/");
    }

    #[test]
    fn the_demo_page_and_its_styles_stay_out() {
        let kept: Vec<&str> = [
            "index.html",
            "index.html.br",
            "demo.css.gz",
            "ims-checker.css.gz",
            "lang/fr.json",
        ]
        .into_iter()
        .filter(|p| !DEMO_ONLY.contains(&unsiblinged(p)))
        .collect();
        assert_eq!(kept, ["ims-checker.css.gz", "lang/fr.json"]);
    }
}
