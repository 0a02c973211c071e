//! Installs what the build and the tests need on a fresh machine, idempotently:
//! each step first checks whether its tool is already there at the pinned version.
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::{run, workspace_root, Failure};

/// Trunk 0.22 needs a newer rustc than the supported toolchain.
pub const TRUNK_VERSION: &str = "0.21.14";
/// The binaryen release Trunk.toml names (`version_132`).
pub const WASM_OPT_VERSION: &str = "version 132";
/// The terser and clean-css releases tools/package.json pins (they minify dist/).
pub const TERSER_VERSION: &str = "terser 5.51.2";
pub const CLEAN_CSS_VERSION: &str = "5.6.3";

/// What a command needs: the release build only, or also the browser test tools.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    Build,
    BuildAndBrowser,
}

/// Runs every setup step `needs` calls for, printing each with its expected cost.
pub fn ensure_tools(needs: Needs) -> Result<(), Failure> {
    prepend_tool_paths();
    step("wasm32 target", "seconds", ensure_wasm_target)?;
    step("rustfmt and clippy", "seconds", ensure_lint_components)?;
    step(
        "Node tools (binaryen wasm-opt, terser, clean-css, axe-core, lighthouse)",
        "under a minute",
        ensure_node_tools,
    )?;
    step(
        &format!("Trunk {TRUNK_VERSION}"),
        "about 16 minutes on 2 cores the first time; cached after",
        ensure_trunk,
    )?;
    let bindgen = wasm_bindgen_version()?;
    step(
        &format!("wasm-bindgen-cli {bindgen}"),
        "about 5 minutes the first time; cached after",
        || ensure_wasm_bindgen(&bindgen),
    )?;
    if needs == Needs::BuildAndBrowser {
        step(
            "Chromium and ChromeDriver",
            "a minute or two the first time",
            ensure_chromium,
        )?;
        step(
            &format!(
                "WordPress, its default theme, PHP and MariaDB ({})",
                WORDPRESS_PACKAGES.join(", ")
            ),
            "a minute or two the first time",
            ensure_wordpress,
        )?;
        step(
            &format!(
                "WebKit and Firefox for the cross-engine layer ({})",
                ENGINE_PACKAGES.join(", ")
            ),
            "a minute or two the first time",
            ensure_engines,
        )?;
        step(
            "geckodriver (cargo install geckodriver --locked)",
            "about 6 minutes on 2 cores the first time; cached after",
            ensure_geckodriver,
        )?;
    }
    Ok(())
}

fn step(name: &str, cost: &str, work: impl FnOnce() -> Result<(), Failure>) -> Result<(), Failure> {
    let started = Instant::now();
    println!("==> setup: {name} ({cost})");
    work().map_err(|failure| Failure(format!("setup step '{name}' failed: {}", failure.0)))?;
    println!("    ok: {name} ({:.1}s)", started.elapsed().as_secs_f32());
    Ok(())
}

/// Cargo-installed tools and the project's node tools come first on PATH for every child.
fn prepend_tool_paths() {
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|home| home.join("bin"));
    let node_bin = node_tools_dir().join("node_modules").join(".bin");
    let mut paths: Vec<PathBuf> = vec![node_bin];
    paths.extend(cargo_bin);
    if let Some(existing) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&existing));
    }
    if let Ok(joined) = std::env::join_paths(paths) {
        std::env::set_var("PATH", joined);
    }
}

pub fn node_tools_dir() -> PathBuf {
    workspace_root().join("tools")
}

/// The stdout of `program args`, or None when it cannot run or fails.
fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn ensure_wasm_target() -> Result<(), Failure> {
    let installed = output_of("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|line| line.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The tidy layer's rustfmt and clippy (in rustup's default profile, but a
/// minimal toolchain lacks them).
fn ensure_lint_components() -> Result<(), Failure> {
    let installed = output_of("rustup", &["component", "list", "--installed"]).unwrap_or_default();
    let has = |name: &str| installed.lines().any(|line| line.trim().starts_with(name));
    if has("rustfmt") && has("clippy") {
        return Ok(());
    }
    run(Command::new("rustup").args(["component", "add", "rustfmt", "clippy"]))
}

/// Lighthouse's command line, from tools/ (the end-to-end tests and the bench run it).
pub fn lighthouse_bin() -> PathBuf {
    node_tools_dir().join("node_modules/.bin/lighthouse")
}

fn ensure_node_tools() -> Result<(), Failure> {
    let dir = node_tools_dir();
    let wasm_opt = dir.join("node_modules/.bin/wasm-opt");
    let axe = dir.join("node_modules/axe-core/axe.min.js");
    let wasm_opt_ok =
        output_of(&wasm_opt.to_string_lossy(), &["--version"]).is_some_and(|v| v.contains(WASM_OPT_VERSION));
    let terser = dir.join("node_modules/.bin/terser");
    let terser_ok = output_of(&terser.to_string_lossy(), &["--version"]).is_some_and(|v| v.trim() == TERSER_VERSION);
    let clean_css = dir.join("node_modules/.bin/cleancss");
    let clean_css_ok =
        output_of(&clean_css.to_string_lossy(), &["--version"]).is_some_and(|v| v.trim() == CLEAN_CSS_VERSION);
    if wasm_opt_ok && terser_ok && clean_css_ok && axe.is_file() && lighthouse_bin().is_file() {
        return Ok(());
    }
    // `npm ci` installs exactly the checked-in lockfile.
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(&dir))
}

fn ensure_trunk() -> Result<(), Failure> {
    if output_of("trunk", &["--version"]).is_some_and(|v| v.trim() == format!("trunk {TRUNK_VERSION}")) {
        return Ok(());
    }
    let version = format!("={TRUNK_VERSION}");
    run(Command::new("cargo").args(["install", "trunk", "--locked", "--version", &version]))
}

/// The wasm-bindgen version in Cargo.lock: the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String, Failure> {
    let lock = std::fs::read_to_string(workspace_root().join("Cargo.lock"))
        .map_err(|e| Failure(format!("reading Cargo.lock: {e}")))?;
    locked_version(&lock, "wasm-bindgen").ok_or_else(|| Failure("Cargo.lock has no wasm-bindgen package".into()))
}

/// Finds `version = "…"` right after `name = "<package>"` in a Cargo.lock.
pub fn locked_version(lock: &str, package: &str) -> Option<String> {
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == name_line {
            let version = lines.next()?.trim().strip_prefix("version = \"")?;
            return version.strip_suffix('"').map(str::to_owned);
        }
    }
    None
}

fn ensure_wasm_bindgen(version: &str) -> Result<(), Failure> {
    let wanted = format!("wasm-bindgen {version}");
    let have = output_of("wasm-bindgen", &["--version"]).is_some_and(|v| v.trim() == wanted);
    let runner = output_of("wasm-bindgen-test-runner", &["--version"]).is_some();
    if have && runner {
        return Ok(());
    }
    // `--locked` fails for wasm-bindgen-cli with this toolchain, so the exact version pin is the guard.
    let pin = format!("={version}");
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--force", "--version", &pin]))
}

/// Debian's packages the browser tests need: Chromium, its driver, and the
/// fonts that draw Chinese, Gurmukhi and Persian (without them, screenshots
/// of those languages show boxes).
const BROWSER_PACKAGES: [&str; 4] = ["chromium", "chromium-driver", "fonts-noto-cjk", "fonts-noto-core"];

/// Debian's packages the WordPress plugin's tests run (tests/e2e/tests/wordpress.rs):
/// WordPress with the newest default theme Debian ships, PHP's command line
/// (its built-in server serves the site) with MySQL support, and MariaDB.
pub const WORDPRESS_PACKAGES: [&str; 5] = [
    "wordpress",
    "wordpress-theme-twentytwentythree",
    "php-cli",
    "php-mysql",
    "mariadb-server",
];

fn ensure_chromium() -> Result<(), Failure> {
    let browser_here = Path::new(&chrome_path()).is_file() && Path::new(CHROMEDRIVER).is_file();
    ensure_debian_packages("the browser tests", &BROWSER_PACKAGES, browser_here)
}

fn ensure_wordpress() -> Result<(), Failure> {
    let here = Path::new("/usr/share/wordpress/wp-settings.php").is_file() && Path::new("/usr/sbin/mariadbd").is_file();
    ensure_debian_packages("the WordPress plugin's tests", &WORDPRESS_PACKAGES, here)
}

/// Debian's packages of the cross-engine layer: WebKitGTK's WebDriver (with
/// its MiniBrowser, the WebKit that Safari is built on), the X server it
/// draws into, and Firefox ESR (its driver is built by `ensure_geckodriver`).
pub const ENGINE_PACKAGES: [&str; 3] = ["webkit2gtk-driver", "xvfb", "firefox-esr"];

fn ensure_engines() -> Result<(), Failure> {
    let here = ["/usr/bin/WebKitWebDriver", "/usr/bin/Xvfb", "/usr/bin/firefox-esr"]
        .iter()
        .all(|p| Path::new(p).is_file());
    ensure_debian_packages("the cross-engine layer", &ENGINE_PACKAGES, here)
}

/// geckodriver from crates.io, built once into cargo's bin folder.
fn ensure_geckodriver() -> Result<(), Failure> {
    if output_of("geckodriver", &["--version"]).is_some() {
        return Ok(());
    }
    println!("    installing with cargo: geckodriver");
    run(Command::new("cargo").args(["install", "geckodriver", "--locked"]))
}

/// Installs those of `packages` dpkg does not list as installed, as root,
/// printing them first; `here`: what the tests need is there even without
/// dpkg (a machine that is not Debian).
fn ensure_debian_packages(what: &str, packages: &[&str], here: bool) -> Result<(), Failure> {
    let installed = |package: &str| {
        output_of("dpkg-query", &["-W", "-f=${Status}", package]).is_some_and(|s| s.ends_with("install ok installed"))
    };
    let missing: Vec<&str> = packages.iter().copied().filter(|p| !installed(p)).collect();
    if missing.is_empty() || (here && !Path::new("/usr/bin/dpkg-query").is_file()) {
        return Ok(());
    }
    let is_root = output_of("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
    if !is_root {
        return Err(Failure(format!(
            "Debian packages missing for {what}; run as root, or `sudo apt-get install {}`",
            missing.join(" ")
        )));
    }
    println!("    installing with apt-get: {}", missing.join(" "));
    run(Command::new("apt-get").arg("update"))?;
    // The tests start their own database and web server: no service is
    // started here (Debian's policy-rc.d convention, kept if already set).
    let policy = Path::new("/usr/sbin/policy-rc.d");
    let own_policy = !policy.exists();
    if own_policy {
        std::fs::write(policy, "#!/bin/sh\nexit 101\n")
            .and_then(|()| {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(policy, std::fs::Permissions::from_mode(0o755))
            })
            .map_err(|e| Failure(format!("{}: {e}", policy.display())))?;
    }
    let installed = run(Command::new("apt-get")
        .args(["install", "-y", "--no-install-recommends"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"));
    if own_policy {
        let _ = std::fs::remove_file(policy);
    }
    installed
}

pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub fn chrome_path() -> String {
    std::env::var("CHROME_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_locked_version_of_a_package() {
        let lock = "[[package]]\nname = \"wasm-bindgen-shared\"\nversion = \"9.9.9\"\n\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(locked_version(lock, "wasm-bindgen").as_deref(), Some("0.2.130"));
        assert_eq!(locked_version(lock, "yew"), None);
    }

    #[test]
    fn trunk_toml_pins_the_locked_wasm_bindgen_and_wasm_opt() {
        let trunk = std::fs::read_to_string(workspace_root().join("Trunk.toml")).expect("Trunk.toml");
        let bindgen = wasm_bindgen_version().expect("locked wasm-bindgen");
        assert!(
            trunk.contains(&format!("wasm_bindgen = \"{bindgen}\"")),
            "Trunk.toml must pin wasm-bindgen {bindgen}, the version in Cargo.lock"
        );
        assert!(trunk.contains(&format!("wasm_opt = \"{}\"", WASM_OPT_VERSION.replace(' ', "_"))));
    }

    #[test]
    fn tools_package_pins_the_minifiers_the_setup_checks() {
        let package = std::fs::read_to_string(node_tools_dir().join("package.json")).expect("tools/package.json");
        for (name, version) in [
            ("terser", TERSER_VERSION.trim_start_matches("terser ")),
            ("clean-css-cli", CLEAN_CSS_VERSION),
        ] {
            assert!(
                package.contains(&format!("\"{name}\": \"{version}\"")),
                "tools/package.json must pin {name} {version}"
            );
        }
    }
}
