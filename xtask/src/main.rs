//! `cargo xtask <command>`: the project's build, serve and test entry points.
//! Every command first installs what is missing (see `setup`), so a fresh
//! machine needs nothing but Rust, Node and root for apt.
// A panic aborts the widget (panic = "abort"): no unwrap or expect outside tests.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
mod bench;
mod figure;
mod package;
mod plugin_rules;
mod setup;
mod short_names;
mod tidy;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use ims_checker_e2e::sizes;
use setup::Needs;

const USAGE: &str = "\
usage: cargo xtask <command>

  serve [--port N]     build the release widget and serve the demo clinic page
                       (default http://127.0.0.1:8080) with the widget's CSP
  test                 every test layer: tidy, native, components in Chromium, end-to-end
  tidy                 rustfmt, clippy, the layer order and the README's test hooks
  dist                 release build into dist/ with .br/.gz siblings and a size table
  package              release build, then the clinic's package from it:
                       target/package/ims-checker-<version>.zip and target/package/npm/
  fuzz [--seconds N]   fuzz configuration parsing, language packs and evaluation (needs cargo-fuzz, nightly)
  bench [--runs N] [--check]
                       release build, then sizes, load and interaction timings in headless
                       Chromium at 4x CPU throttling (target/bench/bench.json); --check fails on a missed target
  setup                install the build and browser test tools only
  plugin-rules [--check | --front-desk FILE…]
                       write the WordPress plugin's table of what the protocol allows a
                       clinic (wordpress/ims-checker/includes/rules.json), with the configurator's
                       words for each problem (--check only compares; --front-desk prints
                       the configurator's messages for settings files)
  figure [--check]     draw src/ui/map/figure_data.rs from xtask/src/figure/body.txt
                       (--check only compares)
";

/// A failed step, with a message that names it.
#[derive(Debug)]
pub struct Failure(pub String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let started = Instant::now();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test(),
        Some("tidy") => tidy::tidy(),
        Some("dist") => dist().map(|_| ()),
        Some("package") => package::package(),
        Some("fuzz") => fuzz(&args[1..]),
        Some("bench") => bench::bench(&args[1..]),
        Some("setup") => setup::ensure_tools(Needs::BuildAndBrowser),
        Some("figure") => figure::figure(&args[1..]),
        Some("plugin-rules") => plugin_rules::plugin_rules(&args[1..]),
        Some("-h" | "--help" | "help") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(Failure(format!("unknown command '{other}'\n\n{USAGE}"))),
    };
    match result {
        Ok(()) => {
            println!("xtask: done in {:.0}s", started.elapsed().as_secs_f32());
            ExitCode::SUCCESS
        }
        Err(Failure(message)) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn dist_dir() -> PathBuf {
    workspace_root().join("dist")
}

/// Runs a command to completion, failing with the command line when it fails.
pub fn run(command: &mut Command) -> Result<(), Failure> {
    let shown = format!("{command:?}");
    let status = command
        .status()
        .map_err(|e| Failure(format!("could not start {shown}: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure(format!("{shown} exited with {status}")))
    }
}

pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(workspace_root());
    command
}

/// `trunk build --release --offline`, with the crates' source folders left
/// out of the file paths a panic message would name: a visitor's wasm has
/// no use for where this machine keeps them (about 100 B of brotli).
pub fn trunk_release() -> Command {
    let mut flags = std::env::var("RUSTFLAGS").unwrap_or_default();
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")));
    let sources = home.map(|home| home.join("registry").join("src"));
    for index in sources
        .and_then(|dir| std::fs::read_dir(dir).ok())
        .into_iter()
        .flatten()
        .flatten()
    {
        flags.push_str(&format!(" --remap-path-prefix={}/=", index.path().display()));
    }
    let mut command = Command::new("trunk");
    command
        .args(["build", "--release", "--offline"])
        .env("RUSTFLAGS", flags.trim());
    command
}

/// The release widget in dist/ with the configurator beside it, precompressed,
/// with its size table printed.
fn dist() -> Result<Vec<sizes::FileSize>, Failure> {
    setup::ensure_tools(Needs::Build)?;
    let started = Instant::now();
    println!("==> build: trunk build --release --offline (a few minutes from cold)");
    let dist = dist_dir();
    if dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| Failure(format!("clearing dist/: {e}")))?;
    }
    run(trunk_release().current_dir(workspace_root()))?;
    println!("    ok: build ({:.0}s)", started.elapsed().as_secs_f32());
    minify_shipped_files(&dist)?;
    shorten_names(&dist, "pkg/ims-checker_bg.wasm", "pkg/ims-checker.js")?;
    write_english_pack(&dist.join("lang"))?;
    let loader_words = minify_packs(&dist.join("lang"))?;
    write_loader_words(&dist, loader_words)?;
    configurator(&dist)?;
    let measured = sizes::measure(&dist).map_err(|e| Failure(format!("measuring dist/: {e}")))?;
    precompress(&dist, &measured)?;
    println!("\n{}", sizes::table(&measured));
    Ok(measured)
}

/// The configurator (`configurator/configure.html`), a second Yew app with
/// its own wasm, built by Trunk into a folder of its own (Trunk clears the
/// folder it builds into), then copied beside the widget: `configure.html`
/// and `configure/`. Its scripts and stylesheet are minified as the widget's.
fn configurator(dist: &Path) -> Result<(), Failure> {
    let started = Instant::now();
    println!("==> build: the configurator, configure.html (trunk build --release --offline)");
    let built = workspace_root().join("target").join("configurator-dist");
    run(trunk_release()
        .arg("--dist")
        .arg(&built)
        .current_dir(workspace_root().join("configurator")))?;
    let failed = |path: &Path, e: std::io::Error| Failure(format!("{}: {e}", path.display()));
    let page = built.join(sizes::CONFIGURATOR_PAGE);
    std::fs::copy(&page, dist.join(sizes::CONFIGURATOR_PAGE)).map_err(|e| failed(&page, e))?;
    let folder = built.join(sizes::CONFIGURATOR_DIR);
    let target = dist.join(sizes::CONFIGURATOR_DIR);
    std::fs::create_dir_all(&target).map_err(|e| failed(&target, e))?;
    for entry in std::fs::read_dir(&folder).map_err(|e| failed(&folder, e))? {
        let path = entry.map_err(|e| failed(&folder, e))?.path();
        let Some(name) = path.file_name() else { continue };
        std::fs::copy(&path, target.join(name)).map_err(|e| failed(&path, e))?;
        let minified = match path.extension().and_then(|e| e.to_str()) {
            Some("js") => Some(("terser", &TERSER[..])),
            Some("css") => Some(("cleancss", &["-O1", "--output"][..])),
            _ => None,
        };
        if let Some((tool, args)) = minified {
            minify(&target.join(name), tool, args)?;
        }
    }
    let configurator = |ext: &str| format!("{}/ims-checker-configurator{ext}", sizes::CONFIGURATOR_DIR);
    shorten_names(dist, &configurator("_bg.wasm"), &configurator(".js"))?;
    println!("    ok: configurator ({:.0}s)", started.elapsed().as_secs_f32());
    Ok(())
}

/// Trunk's JS minifier cannot parse wasm-bindgen's glue, and Trunk leaves
/// copied files alone, so the pinned node tools minify what the widget ships:
/// terser the glue and the loader (`--module` keeps the export names;
/// `module_or_path` keeps its name so the glue's one network call still reads
/// `fetch(module_or_path)`, see tests/e2e/tests/glue.rs), clean-css the
/// stylesheets at its safe level 1 (no rules merged or reordered).
fn minify_shipped_files(dist: &Path) -> Result<(), Failure> {
    let clean_css = ["-O1", "--output"];
    let files: [(&str, &str, &[&str]); 4] = [
        ("pkg/ims-checker.js", "terser", &TERSER),
        ("ims-checker.js", "terser", &TERSER),
        ("ims-checker.css", "cleancss", &clean_css),
        ("body-map.css", "cleancss", &clean_css),
    ];
    for (name, tool, args) in files {
        minify(&dist.join(name), tool, args)?;
    }
    Ok(())
}

/// A wasm and its glue in `dist` with short import and export names (see
/// [`short_names`]), after wasm-opt and the glue's minification, before
/// anything measures, compresses or hashes them.
fn shorten_names(dist: &Path, wasm_name: &str, glue_name: &str) -> Result<(), Failure> {
    let wasm_path = dist.join(wasm_name);
    let glue_path = dist.join(glue_name);
    let failed = |path: &Path, e: &dyn std::fmt::Display| Failure(format!("{}: {e}", path.display()));
    let wasm = std::fs::read(&wasm_path).map_err(|e| failed(&wasm_path, &e))?;
    let glue = std::fs::read_to_string(&glue_path).map_err(|e| failed(&glue_path, &e))?;
    let shortened = short_names::shorten(&wasm, &glue).map_err(|e| failed(&wasm_path, &e))?;
    std::fs::write(&wasm_path, &shortened.wasm).map_err(|e| failed(&wasm_path, &e))?;
    std::fs::write(&glue_path, &shortened.glue).map_err(|e| failed(&glue_path, &e))?;
    println!(
        "    ok: {wasm_name}: {} imports and {} exports renamed short (wasm {} -> {} B, glue {} -> {} B)",
        shortened.imports,
        shortened.exports,
        wasm.len(),
        shortened.wasm.len(),
        glue.len(),
        shortened.glue.len()
    );
    Ok(())
}

/// English as a pack (`lang/en.json`), from the texts built into the
/// crate: the widget's wasm leaves them out (`en!`) and fetches English like
/// any other language. Written keyed, as `packs/` are; [`minify_packs`]
/// serves it like them.
fn write_english_pack(dir: &Path) -> Result<(), Failure> {
    let path = dir.join("en.json");
    let texts: serde_json::Map<String, serde_json::Value> =
        ims_checker::pack::texts(&ims_checker::protocol::default_protocol())
            .into_iter()
            .map(|(key, text)| (key, text.into()))
            .collect();
    let pack = serde_json::json!({ "lang": "en", "name": "English", "dir": "ltr", "texts": texts });
    std::fs::write(&path, pack.to_string()).map_err(|e| Failure(format!("{}: {e}", path.display())))
}

/// The language packs as a browser fetches them, in their served form
/// (`ims_checker::pack::served`): the same JSON without the indentation a
/// reviewer reads in `packs/`, without the rules sheet's words (`rules.*`),
/// which only the command-line tool prints, and with the texts listed in the
/// English's order instead of by key, with that order's fingerprint; nothing
/// but the packs. A pack whose keys are not the English's fails here (the
/// tool names each problem). Returns what each pack gives the loader to say
/// (see [`write_loader_words`]), by language, in the packs' order.
fn minify_packs(dir: &Path) -> Result<serde_json::Map<String, serde_json::Value>, Failure> {
    let failed = |path: &Path, e: &dyn std::fmt::Display| Failure(format!("{}: {e}", path.display()));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| failed(dir, &e))?
        .map(|entry| entry.map(|entry| entry.path()).map_err(|e| failed(dir, &e)))
        .collect::<Result<_, _>>()?;
    paths.sort();
    let keys = ims_checker::pack::served::keys(&ims_checker::protocol::default_protocol());
    let order = ims_checker::pack::served::order(&keys);
    let mut loader_words = serde_json::Map::new();
    for path in paths {
        // packs/README.md is for the packs' reviewers, not for the widget.
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            std::fs::remove_file(&path).map_err(|e| failed(&path, &e))?;
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| failed(&path, &e))?;
        let mut pack: serde_json::Value = serde_json::from_str(&text).map_err(|e| failed(&path, &e))?;
        let texts = pack["texts"].as_object().cloned().unwrap_or_default();
        let word = |key: &str| texts.get(&format!("words.{key}")).cloned().unwrap_or_default();
        let said = serde_json::json!({
            "launch": word("widget_name"),
            "close": word("close"),
            "loading": word("loading"),
            "load_failed": word("load_failed"),
        });
        let lang = pack["lang"].as_str().ok_or_else(|| failed(&path, &"no \"lang\""))?;
        // The loader has its English words by heart.
        if lang != "en" {
            loader_words.insert(lang.to_string(), said);
        }
        let listed = keys
            .iter()
            .map(|key| {
                texts
                    .get(key)
                    .cloned()
                    .ok_or_else(|| failed(&path, &format!("no text \"{key}\"")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if let Some(extra) = texts
            .keys()
            .find(|key| !key.starts_with("rules.") && !keys.contains(key))
        {
            return Err(failed(&path, &format!("\"{extra}\" is not a text of the widget")));
        }
        pack["texts"] = serde_json::Value::Array(listed);
        pack["order"] = order.into();
        std::fs::write(&path, pack.to_string()).map_err(|e| failed(&path, &e))?;
    }
    Ok(loader_words)
}

/// The loader's table of what it says before the widget is here (its
/// `WORDS`, empty in static/), filled with `table`, each pack's words: the
/// launcher's label, the close button, the loading box and the note when the
/// widget cannot load, so a visitor reads them in the starting language.
fn write_loader_words(dist: &Path, table: serde_json::Map<String, serde_json::Value>) -> Result<(), Failure> {
    let failed = |path: &Path, e: &dyn std::fmt::Display| Failure(format!("{}: {e}", path.display()));
    let loader = dist.join("ims-checker.js");
    let source = std::fs::read_to_string(&loader).map_err(|e| failed(&loader, &e))?;
    let slots = [r#"JSON.parse('{"en":{}}')"#, r#"JSON.parse("{\"en\":{}}")"#];
    let Some(slot) = slots.iter().find(|slot| source.matches(**slot).count() == 1) else {
        return Err(failed(
            &loader,
            &"expected one empty WORDS table (JSON.parse('{\"en\":{}}')) to fill",
        ));
    };
    let filled = source.replacen(slot, &serde_json::Value::Object(table).to_string(), 1);
    std::fs::write(&loader, filled).map_err(|e| failed(&loader, &e))
}

/// terser's options for a shipped module (see [`minify_shipped_files`]).
const TERSER: [&str; 5] = [
    "--module",
    "--compress",
    "--mangle",
    "reserved=['module_or_path']",
    "--output",
];

/// Replaces `path` with its minified form by the pinned node `tool`.
fn minify(path: &Path, tool: &str, args: &[&str]) -> Result<(), Failure> {
    let bin = setup::node_tools_dir().join("node_modules/.bin");
    let minified = PathBuf::from(format!("{}.min", path.display()));
    run(Command::new(bin.join(tool)).arg(path).args(args).arg(&minified))?;
    std::fs::rename(&minified, path).map_err(|e| Failure(format!("{}: {e}", path.display())))
}

/// A wasm-bindgen glue file minified as the widget's is.
pub fn minify_glue(path: &Path) -> Result<(), Failure> {
    minify(path, "terser", &TERSER)
}

/// Writes `.br` and `.gz` siblings so a static host can serve them directly.
fn precompress(dist: &Path, files: &[sizes::FileSize]) -> Result<(), Failure> {
    for file in files {
        let path = dist.join(&file.name);
        let bytes = std::fs::read(&path).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
        for (ext, packed) in [("br", sizes::brotli(&bytes)), ("gz", sizes::gzip(&bytes))] {
            let target = PathBuf::from(format!("{}.{ext}", path.display()));
            std::fs::write(&target, packed).map_err(|e| Failure(format!("{}: {e}", target.display())))?;
        }
    }
    Ok(())
}

fn serve(args: &[String]) -> Result<(), Failure> {
    let port = match args {
        [] => 8080,
        [flag, port] if flag == "--port" => port
            .parse()
            .map_err(|_| Failure(format!("--port takes a number, not '{port}'")))?,
        _ => return Err(Failure(format!("serve takes [--port N]\n\n{USAGE}"))),
    };
    dist()?;
    let server = ims_checker_e2e::server::Server::start(dist_dir(), port)
        .map_err(|e| Failure(format!("serving dist/ on port {port}: {e}")))?;
    println!(
        "Serving the demo clinic page at http://{}/ (Ctrl-C stops)",
        server.addr()
    );
    loop {
        std::thread::park();
    }
}

/// Every test layer in order; the first failing layer stops the run.
fn test() -> Result<(), Failure> {
    setup::ensure_tools(Needs::BuildAndBrowser)?;
    layer("0/5 tidy: rustfmt, clippy, layer order, README test hooks", tidy::tidy)?;
    layer("1/5 native tests (engine, protocol, command-line tool, xtask)", || {
        run(cargo().args([
            "test",
            "--workspace",
            "--exclude",
            "ims-checker-e2e",
            "--exclude",
            "ims-checker-engines",
        ]))
    })?;
    layer("2/5 component tests in headless Chromium (wasm-bindgen-test)", || {
        run(cargo()
            .args([
                "test",
                "-p",
                "ims-checker",
                "--target",
                "wasm32-unknown-unknown",
                "--no-default-features",
                // The components are tested in English built in; the widget's
                // own build reads it as a pack (end to end below).
                "--features",
                "english",
                "--test",
                "components",
            ])
            .env("CHROMEDRIVER", setup::CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
    })?;
    let mut zip = PathBuf::new();
    layer("3/5 release build, and the clinic's package from it", || {
        dist()?;
        zip = package::write(&dist_dir())?;
        Ok(())
    })?;
    layer(
        "4/5 end-to-end tests of dist/, the package and the WordPress plugin",
        || {
            run(browser_tests("ims-checker-e2e", &zip)
                .env("CHROME_PATH", setup::chrome_path())
                .env("LIGHTHOUSE_PATH", setup::lighthouse_bin()))
        },
    )?;
    layer(
        "5/5 the same widget and package in WebKit and Firefox (WebDriver, under Xvfb)",
        || run(&mut browser_tests("ims-checker-engines", &zip)),
    )?;
    if std::env::var_os("CI").is_some() {
        layer("fuzz smoke run (CI)", || fuzz(&["--seconds".into(), "20".into()]))?;
    }
    Ok(())
}

/// The tests of `package` against dist/ and the release package `zip`, in
/// a browser: every file runs even after one fails, so a run shows all
/// that broke; one test at a time, each with its browser.
fn browser_tests(package: &str, zip: &Path) -> Command {
    let mut command = cargo();
    command
        .args(["test", "--no-fail-fast", "-p", package, "--", "--test-threads=1"])
        .env("IMS_CHECKER_DIST", dist_dir())
        .env("IMS_CHECKER_PACKAGE", zip)
        .env(
            "AXE_PATH",
            setup::node_tools_dir().join("node_modules/axe-core/axe.min.js"),
        );
    command
}

fn layer(name: &str, work: impl FnOnce() -> Result<(), Failure>) -> Result<(), Failure> {
    let started = Instant::now();
    println!("\n==> test layer {name}");
    work().map_err(|failure| Failure(format!("test layer '{name}' failed: {}", failure.0)))?;
    println!("    ok: {name} ({:.0}s)", started.elapsed().as_secs_f32());
    Ok(())
}

fn fuzz(args: &[String]) -> Result<(), Failure> {
    let seconds: u32 = match args {
        [] => 60,
        [flag, n] if flag == "--seconds" => n
            .parse()
            .map_err(|_| Failure(format!("--seconds takes a number, not '{n}'")))?,
        _ => return Err(Failure(format!("fuzz takes [--seconds N]\n\n{USAGE}"))),
    };
    let fuzz_dir = workspace_root().join("fuzz");
    if Command::new("cargo")
        .args(["+nightly", "fuzz", "--version"])
        .output()
        .map_or(true, |o| !o.status.success())
    {
        println!("==> setup: cargo-fuzz (a few minutes the first time)");
        run(Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]))?;
    }
    let targets = String::from_utf8_lossy(
        &Command::new("cargo")
            .args(["+nightly", "fuzz", "list"])
            .current_dir(&fuzz_dir)
            .output()
            .map_err(|e| Failure(format!("cargo fuzz list: {e}")))?
            .stdout,
    )
    .into_owned();
    let per_target = (seconds / targets.lines().count().max(1) as u32).max(1);
    for target in targets.lines().map(str::trim).filter(|t| !t.is_empty()) {
        println!("==> fuzz: {target} for {per_target}s");
        run(Command::new("cargo")
            .args([
                "+nightly",
                "fuzz",
                "run",
                target,
                "--",
                &format!("-max_total_time={per_target}"),
            ])
            .current_dir(&fuzz_dir))?;
    }
    Ok(())
}
