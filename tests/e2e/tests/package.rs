//! The clinic's release package (`cargo xtask package`), used as its README
//! says: unzipped into an empty folder, served under the strict CSP of the
//! harness, and the README's snippet, taken from the packaged README itself,
//! pasted into a plain page. Chromium checks the integrity hashes: the
//! snippet's, on the loader, and those the packaged loader carries for the
//! files it loads; a file changed after packaging is refused.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use data_encoding::{BASE64, HEXLOWER};
use ims_checker_e2e::poll::poll;
use ims_checker_e2e::widget::*;
use ims_checker_e2e::{package_zip, unzip_package, Page, TempDir};
use serde_json::{json, Value};

/// The README's snippet stands between these two lines, in a code block.
const SNIPPET: (&str, &str) = ("<!-- snippet -->", "<!-- /snippet -->");
/// The files of the widget a clinic serves (each with `.br` and `.gz`).
const WIDGET: [&str; 5] = [
    "ims-checker.js",
    "ims-checker.css",
    "body-map.css",
    "pkg/ims-checker.js",
    "pkg/ims-checker_bg.wasm",
];
/// The configurator's files (each with `.br` and `.gz`): its page, with the
/// loader's hash written in, and its own folder.
const CONFIGURATOR: [&str; 6] = [
    "configure.html",
    "configure/configure.css",
    "configure/configure.js",
    "configure/file-check.js",
    "configure/ims-checker-configurator.js",
    "configure/ims-checker-configurator_bg.wasm",
];
/// The package's other files.
const DOCS: [&str; 7] = [
    "README.md",
    "LICENSE-MIT",
    "LICENSE-APACHE",
    "clinic-config.example.json",
    "CHANGELOG-protocol.md",
    "SHA384SUMS",
    "integrity.json",
];
/// The plain page the snippet is pasted into (its `{snippet}` replaced).
/// `embed-trap.js` records CSP violations and failed loads for the checks.
const HOST_PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  \
<title>A clinic's page</title>\n  <link rel=\"icon\" href=\"data:,\">\n  <script src=\"/embed-trap.js\"></script>\n\
</head>\n<body>\n<h1>Book an appointment</h1>\n{snippet}\n</body>\n</html>\n";

/// The package unzipped into an empty folder, beside the host page
/// `clinic.html` (the folder holding both is returned apart by
/// [`Unpacked::new`], for the site to serve and own).
struct Unpacked {
    /// The unzipped `ims-checker-<version>` folder.
    root: PathBuf,
    /// `ims-checker-<version>`, the zip's one folder.
    folder: String,
    snippet: String,
    /// integrity.json: path → `sha384-…`.
    integrity: Value,
}

impl Unpacked {
    fn new(name: &str) -> (TempDir, Unpacked) {
        let zip = package_zip().unwrap_or_else(|e| panic!("[{name}] {e}"));
        let dir = TempDir::new("ims-package").unwrap_or_else(|e| panic!("[{name}] temp dir: {e}"));
        let folder = unzip_package(&zip, dir.path()).unwrap_or_else(|e| panic!("[{name}] {e}"));
        let root = dir.path().join(&folder);
        let readme = read(&root.join("README.md"));
        let snippet = snippet(&readme).unwrap_or_else(|| {
            panic!(
                "[{name}] the packaged README.md has no ```html code block between `{}` and `{}`",
                SNIPPET.0, SNIPPET.1
            )
        });
        let integrity: Value = serde_json::from_str(&read(&root.join("integrity.json")))
            .unwrap_or_else(|e| panic!("[{name}] integrity.json: {e}"));
        let trap = pages_dir().join("embed-trap.js");
        fs::copy(&trap, dir.path().join("embed-trap.js"))
            .unwrap_or_else(|e| panic!("[{name}] copying {}: {e}", trap.display()));
        dir.write("clinic.html", HOST_PAGE.replace("{snippet}", &snippet))
            .unwrap_or_else(|e| panic!("[{name}] writing the host page: {e}"));
        let unpacked = Unpacked {
            root,
            folder,
            snippet,
            integrity,
        };
        (dir, unpacked)
    }

    /// A file of the unzipped folder.
    fn path(&self, file: &str) -> PathBuf {
        self.root.join(file)
    }

    /// Every file of the unzipped folder, `/`-separated, sorted.
    fn files(&self) -> Vec<String> {
        let mut files = Vec::new();
        list(&self.root, "", &mut files);
        files.sort();
        files
    }

    /// The integrity.json entry of `file`.
    fn hash(&self, file: &str) -> String {
        self.integrity[file]
            .as_str()
            .unwrap_or_else(|| panic!("integrity.json has no entry for {file}: {}", self.integrity))
            .to_string()
    }

    /// The URL path of `file` on the served site.
    fn url(&self, file: &str) -> String {
        format!("/{}/{file}", self.folder)
    }
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn list(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let entry = entry.unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.path().is_dir() {
            list(&entry.path(), &format!("{name}/"), out);
        } else {
            out.push(name);
        }
    }
}

/// The code block between the README's snippet markers, without its fences.
fn snippet(readme: &str) -> Option<String> {
    let (_, rest) = readme.split_once(SNIPPET.0)?;
    let (block, _) = rest.split_once(SNIPPET.1)?;
    let code = block.trim().strip_prefix("```html")?.strip_suffix("```")?;
    Some(code.trim().to_string())
}

/// The attribute `name` of the snippet's `<ims-checker>`.
fn attribute(snippet: &str, name: &str) -> String {
    let element = snippet.split_once("<ims-checker").map_or("", |(_, e)| e);
    let (_, rest) = element
        .split_once(&format!("{name}=\""))
        .unwrap_or_else(|| panic!("the snippet's <ims-checker> has no {name}: {snippet}"));
    rest.split('"').next().unwrap_or("").to_string()
}

/// How many times the site served `path`.
fn served(site: &Site, path: &str) -> usize {
    let line = format!("GET {path} ");
    site.server.served().iter().filter(|l| l.starts_with(&line)).count()
}

#[test]
fn the_readme_snippet_works_from_the_unzipped_package() {
    let name = "package-readme-snippet";
    let (dir, pkg) = Unpacked::new(name);

    // What the zip holds: the widget's and the configurator's files and
    // their compressed copies, the documents, and nothing of the demo page.
    let mut want: Vec<String> = WIDGET
        .iter()
        .chain(&CONFIGURATOR)
        .flat_map(|f| [f.to_string(), format!("{f}.br"), format!("{f}.gz")])
        .chain(DOCS.iter().map(|f| f.to_string()))
        .collect();
    want.sort();
    let files = pkg.files();
    let lang: Vec<&String> = files.iter().filter(|f| f.starts_with("lang/")).collect();
    let mut not_lang: Vec<String> = files.iter().filter(|f| !f.starts_with("lang/")).cloned().collect();
    not_lang.sort();
    assert_eq!(
        not_lang, want,
        "[{name}] the files of {} (lang/ aside: {lang:?})",
        pkg.folder
    );

    // Every other file's hash: `sha384sum -c` agrees with SHA384SUMS, and
    // integrity.json holds the same hashes in SRI form.
    let check = Command::new("sha384sum")
        .args(["--check", "--strict", "SHA384SUMS"])
        .current_dir(pkg.path(""))
        .output()
        .unwrap_or_else(|e| panic!("[{name}] cannot run sha384sum: {e}"));
    assert!(
        check.status.success(),
        "[{name}] sha384sum -c SHA384SUMS failed:\n{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    let sums = read(&pkg.path("SHA384SUMS"));
    let mut listed = Vec::new();
    for line in sums.lines() {
        let (hex, file) = line
            .split_once("  ")
            .unwrap_or_else(|| panic!("[{name}] SHA384SUMS: {line}"));
        let digest = HEXLOWER
            .decode(hex.as_bytes())
            .unwrap_or_else(|e| panic!("[{name}] SHA384SUMS: {line}: {e}"));
        assert_eq!(
            pkg.hash(file),
            format!("sha384-{}", BASE64.encode(&digest)),
            "[{name}] {file}"
        );
        listed.push(file.to_string());
    }
    listed.sort();
    let hashed: Vec<&String> = files.iter().filter(|f| !DOCS[5..].contains(&f.as_str())).collect();
    assert_eq!(
        listed.iter().collect::<Vec<_>>(),
        hashed,
        "[{name}] the files SHA384SUMS lists"
    );
    assert_eq!(
        pkg.integrity.as_object().map_or(0, |o| o.len()),
        listed.len(),
        "[{name}] integrity.json lists the same files as SHA384SUMS: {}",
        pkg.integrity
    );

    // The configurator knows the loader's hash, for the code it writes.
    let page = read(&pkg.path("configure.html"));
    let meta = format!(
        "<meta name=\"ims-checker-loader-integrity\" content=\"{}\">",
        pkg.hash("ims-checker.js")
    );
    assert!(page.contains(&meta), "[{name}] configure.html should carry {meta}");

    let booking = attribute(&pkg.snippet, "booking-url");
    let phone = attribute(&pkg.snippet, "phone");
    let loader = pkg.hash("ims-checker.js");

    // The snippet loads the loader where the README says to put it, under
    // its hash: a wrong hash would have blocked it.
    let site = Site::open_folder(name, dir, "clinic.html");
    let script = site.js("(() => { const s = document.querySelector('script[type=module]'); \
         return { src: s && new URL(s.src).pathname, integrity: s && s.getAttribute('integrity'), \
         crossorigin: s && s.getAttribute('crossorigin'), ran: !!customElements.get('ims-checker') }; })()");
    let want =
        json!({ "src": pkg.url("ims-checker.js"), "integrity": loader, "crossorigin": "anonymous", "ran": true });
    if script != want {
        site.fail(format!(
            "the README's snippet should load the loader from the package under its hash in integrity.json:\n  \
             expected {want}\n  got      {script}\n  console errors: {:#?}\n  the snippet:\n{}",
            site.console_errors(&site.page),
            pkg.snippet
        ));
    }
    let w = site.widget("ims-checker");
    w.expect_start();
    // The loader checked the glue by a modulepreload link and the styles by
    // their links, each with the hash integrity.json lists.
    w.wait(
        &format!("{}.every(l => l.sheet)", w.qa("link[rel=stylesheet]")),
        "the widget's stylesheets should apply",
    );
    let checked = site.js(&format!(
        "({{ glue: document.querySelector('link[rel=modulepreload]')?.integrity ?? null, \
         styles: [...{}.shadowRoot.querySelectorAll('link[rel=stylesheet]')].map(l => [new URL(l.href).pathname, l.integrity, !!l.sheet]) }})",
        "document.querySelector('ims-checker')"
    ));
    let [_, css, map_css, glue, _] = WIDGET.map(|f| pkg.url(f));
    assert_eq!(
        checked,
        json!({
            "glue": pkg.hash("pkg/ims-checker.js"),
            "styles": [[css, pkg.hash("ims-checker.css"), true], [map_css, pkg.hash("body-map.css"), true]],
        }),
        "[{name}] the loader's links to the glue and the stylesheets"
    );

    w.journey("knee-left", &[], "suitable");
    w.expect_book_link(&booking);
    w.expect_phone_link(&phone);
    // The import took the module its preload had checked: one request.
    assert_eq!(
        served(&site, &glue),
        1,
        "[{name}] requests of {glue}: {:?}",
        site.server.served()
    );
    site.expect_clean(&[]);
}

/// The packaged README tells a clinic's web admin how to upload the folder
/// (a host's file manager and "Extract", or SFTP), which site builders
/// cannot host it, and how to update: what changes (the code's hashes, the
/// rules sheet to sign again when the rules changed, as the packaged
/// changelog of the protocol's clinical changes lists) and what stays (the
/// settings file).
#[test]
fn the_readme_says_how_to_upload_and_how_to_update() {
    let name = "package-readme-sections";
    let (_dir, pkg) = Unpacked::new(name);
    let readme = read(&pkg.path("README.md"));
    let section = |heading: &str| {
        let (_, rest) = readme
            .split_once(&format!("{heading}\n"))
            .unwrap_or_else(|| panic!("[{name}] the packaged README has no section {heading:?}"));
        rest.split("\n## ")
            .next()
            .unwrap_or("")
            .split("\n### ")
            .next()
            .unwrap_or("")
            .to_string()
    };
    let upload = section("### Uploading the folder");
    for said in ["file manager", "Extract", "SFTP", "Squarespace", "Wix", "media library"] {
        assert!(
            upload.contains(said),
            "[{name}] \"Uploading the folder\" should mention {said:?}:\n{upload}"
        );
    }
    let updating = section("## Updating to a new version");
    for said in [
        "settings file",
        "`integrity` hash",
        "CHANGELOG-protocol.md",
        "rules sheet",
        "sign",
        "launcher",
        "colours",
    ] {
        assert!(
            updating.contains(said),
            "[{name}] \"Updating\" should mention {said:?}:\n{updating}"
        );
    }
    let changes = read(&pkg.path("CHANGELOG-protocol.md"));
    let revisions: Vec<&str> = changes.lines().filter(|l| l.starts_with("## ")).collect();
    assert!(
        revisions.len() >= 2 && revisions[0].starts_with("## 2026-12-06") && revisions[1].starts_with("## 2026-11-30"),
        "[{name}] CHANGELOG-protocol.md should list the clinical revisions, newest first: {revisions:?}"
    );
}

/// A harmless change to each file the package's hashes cover: a comment,
/// or a custom section at the end of the wasm, so that only the integrity
/// check can refuse it.
fn changed(file: &str, bytes: &[u8]) -> Vec<u8> {
    let mut bytes = bytes.to_vec();
    if file.ends_with(".wasm") {
        bytes.extend([0, 2, 1, b'x']);
    } else {
        bytes.extend(b"\n/* changed */\n");
    }
    bytes
}

#[test]
fn a_file_changed_after_packaging_is_refused() {
    let name = "package-changed-file";
    let (dir, pkg) = Unpacked::new(name);
    let originals: Vec<(PathBuf, Vec<u8>)> = WIDGET
        .iter()
        .map(|f| {
            let path = pkg.path(f);
            let bytes = fs::read(&path).unwrap_or_else(|e| panic!("[{name}] {}: {e}", path.display()));
            (path, bytes)
        })
        .collect();
    let phone = attribute(&pkg.snippet, "phone");
    let booking = attribute(&pkg.snippet, "booking-url");
    let site = Site::open_folder(name, dir, "clinic.html");
    site.widget("ims-checker").expect_first_step();

    for (file, (path, original)) in WIDGET.iter().zip(&originals) {
        fs::write(path, changed(file, original)).unwrap_or_else(|e| panic!("[{name}] {}: {e}", path.display()));
        let page = site.open_page("clinic.html");
        let w = site.widget_on(&page, "ims-checker");
        expect_refused(&site, &page, file);
        match *file {
            "ims-checker.js" => {
                site.wait_until_idle(&page);
                if site.js_on(&page, "!!customElements.get('ims-checker')") != json!(false) {
                    w.fail("a changed loader should be refused by the snippet's integrity; it ran");
                }
                // The snippet's own contacts stand in: the phone, the booking
                // link and the line saying the check could not load, in an
                // element no higher than they are.
                let seen = site.contacts_shown(&page, "ims-checker");
                let tel = format!(
                    "tel:{}",
                    phone
                        .chars()
                        .filter(|c| c.is_ascii_digit() || *c == '+')
                        .collect::<String>()
                );
                let links: Vec<&str> = seen["links"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                if !links.contains(&tel.as_str())
                    || !links.contains(&booking.as_str())
                    || seen["line"] != json!(["The checker could not load. Please contact the clinic:"])
                    || seen["height"].as_f64().is_none_or(|h| h > 300.0)
                {
                    w.fail(format!(
                        "with the loader refused, the snippet's contacts ({tel}, {booking}) and its \"could not load\" \
                         line should show, in an element at most 300 px high; saw {seen}"
                    ));
                }
            }
            "ims-checker.css" | "body-map.css" => {
                w.expect_first_step();
                let applied = w.js(&format!(
                    "Object.fromEntries({}.map(l => [new URL(l.href).pathname.split('/').pop(), !!l.sheet]))",
                    w.qa("link[rel=stylesheet]")
                ));
                let other = if *file == "body-map.css" {
                    "ims-checker.css"
                } else {
                    "body-map.css"
                };
                if applied != json!({ *file: false, other: true }) {
                    w.fail(format!(
                        "a changed {file} should be refused and the other stylesheet applied (stylesheet → applied): {applied}"
                    ));
                }
            }
            _ => {
                w.wait(
                    &format!("{} !== null", w.q(".ims-fallback[role=alert]")),
                    format!("a changed {file} should be refused, and the clinic's contacts shown instead"),
                );
                // The snippet's own contacts, through the fallback's slot.
                let offered = site.js_on(
                    &page,
                    "[...document.querySelector('ims-checker').shadowRoot.querySelector('.ims-fallback slot')?.assignedElements() ?? []] \
                     .flatMap((e) => [...e.querySelectorAll('a')]).map((a) => a.getAttribute('href'))",
                );
                let offered: Vec<&str> = offered
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                if !offered.iter().any(|h| h.starts_with("tel:")) || !offered.contains(&booking.as_str()) {
                    w.fail(format!(
                        "the fallback should offer the clinic's phone {phone} and booking link {booking}: {offered:?}"
                    ));
                }
            }
        }
        fs::write(path, original).unwrap_or_else(|e| panic!("[{name}] {}: {e}", path.display()));
    }
}

/// Wait until the browser has reported on `page` that `file` failed its
/// integrity check.
fn expect_refused(site: &Site, page: &Page, file: &str) {
    let reported = poll(
        WAIT,
        Duration::from_millis(100),
        || {
            let errors = site.console_errors(page);
            if errors
                .iter()
                .any(|e| e.contains("integrity") && e.contains(&format!("/{file}")))
            {
                Ok(())
            } else {
                Err(format!("{errors:#?}"))
            }
        },
        |_| {},
    );
    if let Err(errors) = reported {
        site.fail_on(
            page,
            format!("the browser should have refused {file}, changed after packaging, for its integrity; console errors: {errors}"),
        );
    }
}
