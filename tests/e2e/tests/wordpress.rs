//! The WordPress plugin (`target/package/ims-checker-wordpress-<version>.zip`)
//! in a real WordPress, Debian's (`cargo xtask setup` installs it): MariaDB
//! in a folder of the test's own, the site served by PHP's built-in server,
//! installed with the default theme and an Administrator, an Editor
//! (without `unfiltered_html`) and a Contributor. The Administrator uploads
//! the zip through Plugins → Add New → Upload and activates it, saves the
//! settings through Settings → IMS checker; the Editor places the block
//! and the shortcode; a visitor, in a browser of its own, runs the checker.
//!
//! Also, without WordPress: every clinic configuration the command-line
//! tool's tests use (`tests/configs/`) gets the same verdict from the
//! plugin's PHP check as from `ims-checker validate`, and the same words
//! for the front desk as from the configurator.

use std::fs;
use std::io::{BufRead, BufReader};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ims_checker_e2e::widget::*;
use ims_checker_e2e::{package_dir, package_field, workspace_dir, Browser, Page, Server, TempDir};
use serde_json::{json, Value};

/// Debian's WordPress, and its default theme.
const WORDPRESS: &str = "/usr/share/wordpress";
const THEME: &str = "twentytwentythree";
/// The plugin's main file, as WordPress names an installed plugin.
const PLUGIN: &str = "ims-checker/ims-checker.php";
const OPTION: &str = "ims_checker_settings";

/// The clinic's settings as the configurator's settings file holds them.
fn clinic_settings(booking: &str) -> Value {
    json!({
        "clinic-name": "Harbourside <Physio> & Co",
        "booking-url": booking,
        "phone": "+1-604-555-0142",
        "email": "front@harbourside.example",
        "nurse-line": "811",
        "languages": ["en", "fr"],
        "coverage": { "en": "Plans that cover physiotherapy cover IMS </script><script>alert(1)</script>." },
        "stricter-levels": { "osteoporosis/severe": "not-suitable" },
        "look": { "mode": "inline", "launcher-label": "Is IMS for me?", "accent": "#7b2d8b", "radius": "6px" }
    })
}

const BOOKING: &str = "https://booking.example.com/harbourside?ims=1&from=site";

// ---------------------------------------------------------------------
// The site

/// A running WordPress: MariaDB and PHP's server, stopped when dropped.
struct WordPress {
    addr: SocketAddr,
    /// The folder the server serves: Debian's WordPress by links, with a
    /// wp-config.php and a wp-content/ of the test's own.
    site: PathBuf,
    php: Child,
    db: Child,
    /// Its log, for failures.
    log: PathBuf,
    dir: TempDir,
}

impl Drop for WordPress {
    fn drop(&mut self) {
        // The server's workers outlive their parent: stop the whole group.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.php.id())])
            .status();
        let _ = self.php.kill();
        let _ = self.php.wait();
        let _ = self.db.kill();
        let _ = self.db.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

fn wait_until(what: &str, timeout: Duration, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !ready() {
        if Instant::now() > deadline {
            panic!("timed out after {timeout:?} waiting for {what}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn run_ok(what: &str, command: &mut Command) -> String {
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot start {command:?}: {e} (run `cargo xtask setup`)"));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{text}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

/// Routes each request as a web server configured for WordPress would:
/// files as they are, PHP files run, everything else to index.php. The
/// site's own wp-config.php is found through ABSPATH (Debian's reads
/// /etc/wordpress/, which a test leaves alone).
const ROUTER: &str = r#"<?php
define( 'ABSPATH', __DIR__ . '/site/' );
$path = '/' . ltrim( (string) parse_url( urldecode( $_SERVER['REQUEST_URI'] ), PHP_URL_PATH ), '/' );
$file = __DIR__ . '/site' . $path;
if ( is_dir( $file ) ) {
	if ( substr( $path, -1 ) !== '/' ) {
		header( 'Location: ' . $path . '/' );
		return true;
	}
	$path .= 'index.php';
	$file .= 'index.php';
}
if ( is_file( $file ) ) {
	if ( substr( $file, -4 ) !== '.php' ) {
		$types = array( 'wasm' => 'application/wasm', 'js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'html' => 'text/html', 'svg' => 'image/svg+xml', 'woff2' => 'font/woff2', 'png' => 'image/png' );
		$ext   = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
		header( 'Content-Type: ' . ( isset( $types[ $ext ] ) ? $types[ $ext ] : 'application/octet-stream' ) );
		readfile( $file );
		return true;
	}
} else {
	$path = '/index.php';
	$file = __DIR__ . '/site/index.php';
}
$_SERVER['SCRIPT_NAME']     = $path;
$_SERVER['PHP_SELF']        = $path;
$_SERVER['SCRIPT_FILENAME'] = $file;
chdir( dirname( $file ) );
require $file;
"#;

impl WordPress {
    /// MariaDB and PHP's server started, WordPress installed (the default
    /// theme, the three users), nothing of the plugin yet.
    fn start() -> WordPress {
        assert!(
            Path::new(WORDPRESS).join("wp-settings.php").is_file()
                && Path::new(WORDPRESS).join("wp-content/themes").join(THEME).is_dir(),
            "Debian's WordPress and its {THEME} theme are not installed: run `cargo xtask setup` (as root)"
        );
        let dir = TempDir::new("ims-wordpress").unwrap_or_else(|e| panic!("temp dir: {e}"));
        let root = dir.path().to_path_buf();

        // MariaDB, in a folder of its own, on a socket only.
        let data = root.join("db");
        let socket = root.join("db.sock");
        run_ok(
            "mariadb-install-db",
            Command::new("mariadb-install-db")
                .arg("--no-defaults")
                .arg(format!("--datadir={}", data.display()))
                .args([
                    "--user=root",
                    "--auth-root-authentication-method=normal",
                    "--skip-test-db",
                ]),
        );
        let db = Command::new("mariadbd")
            .arg("--no-defaults")
            .arg(format!("--datadir={}", data.display()))
            .arg(format!("--socket={}", socket.display()))
            .arg(format!("--pid-file={}", root.join("db.pid").display()))
            .arg(format!("--log-error={}", root.join("db.err").display()))
            .args(["--skip-networking", "--user=root"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start mariadbd: {e} (run `cargo xtask setup`)"));
        let mysql = |sql: &str| {
            Command::new("mariadb")
                .arg("--no-defaults")
                .arg(format!("--socket={}", socket.display()))
                .args(["-uroot", "-e", sql])
                .output()
                .is_ok_and(|o| o.status.success())
        };
        wait_until("MariaDB", Duration::from_secs(60), || mysql("SELECT 1"));
        assert!(mysql("CREATE DATABASE wordpress"), "creating the database");

        // The site: Debian's WordPress by links, but wp-config.php and wp-content/.
        let site = root.join("site");
        fs::create_dir_all(site.join("wp-content/themes")).unwrap_or_else(|e| panic!("{e}"));
        fs::create_dir_all(site.join("wp-content/plugins")).unwrap_or_else(|e| panic!("{e}"));
        fs::create_dir_all(site.join("wp-content/uploads")).unwrap_or_else(|e| panic!("{e}"));
        for entry in fs::read_dir(WORDPRESS).unwrap_or_else(|e| panic!("{WORDPRESS}: {e}")) {
            let entry = entry.unwrap_or_else(|e| panic!("{e}"));
            let name = entry.file_name();
            if name == "wp-config.php" || name == "wp-content" {
                continue;
            }
            std::os::unix::fs::symlink(entry.path(), site.join(&name)).unwrap_or_else(|e| panic!("{e}"));
        }
        std::os::unix::fs::symlink(
            Path::new(WORDPRESS).join("wp-content/themes").join(THEME),
            site.join("wp-content/themes").join(THEME),
        )
        .unwrap_or_else(|e| panic!("{e}"));

        let port = free_port();
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap_or_else(|e| panic!("{e}"));
        let origin = format!("http://{addr}");
        let config = format!(
            "<?php\n\
             define( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'root' );\ndefine( 'DB_PASSWORD', '' );\n\
             define( 'DB_HOST', 'localhost:{socket}' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\ndefine( 'DB_COLLATE', '' );\n\
             define( 'WP_HOME', '{origin}' );\ndefine( 'WP_SITEURL', '{origin}' );\n\
             define( 'WP_CONTENT_DIR', '{content}' );\ndefine( 'WP_CONTENT_URL', '{origin}/wp-content' );\n\
             define( 'FS_METHOD', 'direct' );\ndefine( 'WP_HTTP_BLOCK_EXTERNAL', true );\ndefine( 'DISABLE_WP_CRON', true );\n\
             define( 'AUTOMATIC_UPDATER_DISABLED', true );\n\
             define( 'WP_DEBUG', true );\ndefine( 'WP_DEBUG_DISPLAY', false );\ndefine( 'WP_DEBUG_LOG', '{debug}' );\n\
             foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $key ) {{ define( $key, $key . '{port}-test' ); }}\n\
             $table_prefix = 'wp_';\n\
             if ( ! defined( 'ABSPATH' ) ) {{ define( 'ABSPATH', '{site}/' ); }}\n\
             require_once ABSPATH . 'wp-settings.php';\n",
            socket = socket.display(),
            content = site.join("wp-content").display(),
            debug = root.join("debug.log").display(),
            site = site.display(),
        );
        fs::write(site.join("wp-config.php"), config).unwrap_or_else(|e| panic!("{e}"));
        fs::write(root.join("router.php"), ROUTER).unwrap_or_else(|e| panic!("{e}"));

        let log = root.join("php.log");
        let php = Command::new("php")
            .args(["-d", "upload_max_filesize=16M", "-d", "post_max_size=16M", "-S"])
            .arg(addr.to_string())
            .arg("-t")
            .arg(&site)
            .arg(root.join("router.php"))
            .env("PHP_CLI_SERVER_WORKERS", "2")
            // Its own process group, so that its workers stop with it.
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(fs::File::create(&log).unwrap_or_else(|e| panic!("{e}")))
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start php -S: {e} (run `cargo xtask setup`)"));
        wait_until("php -S", Duration::from_secs(20), || TcpStream::connect(addr).is_ok());
        let wordpress = WordPress {
            addr,
            site,
            php,
            db,
            log,
            dir,
        };
        let said = wordpress.php(
            "define( 'WP_INSTALLING', true );\n\
             require_once ABSPATH . 'wp-admin/includes/upgrade.php';\n\
             wp_install( 'Harbourside Physiotherapy', 'admin', 'admin@example.com', false, '', 'admin-password-1' );\n\
             switch_theme( 'twentytwentythree' );\n\
             wp_insert_user( array( 'user_login' => 'editor', 'user_pass' => 'editor-password-1', 'user_email' => 'editor@example.com', 'role' => 'editor' ) );\n\
             wp_insert_user( array( 'user_login' => 'contributor', 'user_pass' => 'contributor-password-1', 'user_email' => 'contributor@example.com', 'role' => 'contributor' ) );\n\
             // Editors on a multisite, and wherever an administrator chose so, lack it.\n\
             get_role( 'editor' )->remove_cap( 'unfiltered_html' );\n\
             echo wp_json_encode( array( 'theme' => get_stylesheet(), 'editor_unfiltered' => user_can( get_user_by( 'login', 'editor' ), 'unfiltered_html' ) ) );",
        );
        let said: Value = serde_json::from_str(said.trim().lines().last().unwrap_or(""))
            .unwrap_or_else(|e| panic!("installing WordPress said {said:?}: {e}"));
        assert_eq!(
            said,
            json!({ "theme": THEME, "editor_unfiltered": false }),
            "WordPress installed with its default theme, the Editor without unfiltered_html"
        );
        wordpress
    }

    fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin())
    }

    /// Runs `code` in WordPress loaded by PHP's command line; its output.
    fn php(&self, code: &str) -> String {
        let script = self.dir.path().join("script.php");
        let host = self.addr.to_string();
        // Installing must be said before WordPress loads.
        let installing = "define( 'WP_INSTALLING', true );";
        let (prelude, rest) = match code.strip_prefix(installing) {
            Some(rest) => (installing, rest),
            None => ("", code),
        };
        let text = format!(
            "<?php\n$_SERVER['HTTP_HOST'] = '{host}';\n$_SERVER['REQUEST_URI'] = '/';\n$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';\n\
             define( 'ABSPATH', '{site}/' );\n{prelude}\nrequire_once ABSPATH . 'wp-load.php';\n{rest}\n",
            site = self.site.display(),
        );
        fs::write(&script, text).unwrap_or_else(|e| panic!("{e}"));
        let out = Command::new("php")
            .arg(&script)
            .current_dir(self.dir.path())
            .output()
            .unwrap_or_else(|e| panic!("cannot run php: {e} (run `cargo xtask setup`)"));
        let said = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success() && !said.contains("critical error"),
            "php {code:?} failed ({}): {}\n{}\n{}",
            out.status,
            said.chars()
                .rev()
                .take(400)
                .collect::<String>()
                .chars()
                .rev()
                .collect::<String>(),
            String::from_utf8_lossy(&out.stderr),
            self.logs()
        );
        said
    }

    /// The plugin's option as saved (null: none).
    fn option(&self) -> Value {
        let out = self.php(&format!(
            "echo wp_json_encode( array( 'option' => get_option( '{OPTION}', null ) ) );"
        ));
        let said: Value = serde_json::from_str(out.trim().lines().last().unwrap_or(""))
            .unwrap_or_else(|e| panic!("reading the option said {out:?}: {e}"));
        said["option"].clone()
    }

    /// What PHP's server and WordPress logged, for a failure's message.
    fn logs(&self) -> String {
        let read = |p: &Path| fs::read_to_string(p).unwrap_or_default();
        let tail = |text: String| {
            text.lines()
                .rev()
                .take(40)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join("\n")
        };
        format!(
            "--- php -S:\n{}\n--- debug.log:\n{}",
            tail(read(&self.log)),
            tail(read(&self.dir.path().join("debug.log")))
        )
    }

    /// The plugin's own lines in WordPress's debug log (PHP's notices and
    /// warnings from its files).
    fn plugin_notices(&self) -> Vec<String> {
        fs::read_to_string(self.dir.path().join("debug.log"))
            .unwrap_or_default()
            .lines()
            .filter(|l| l.contains("plugins/ims-checker"))
            .map(str::to_string)
            .collect()
    }
}

// ---------------------------------------------------------------------
// A user in a browser

/// A user of the site in a Chromium of their own (their own cookies).
struct User<'a> {
    wp: &'a WordPress,
    page: Page,
    _browser: Browser,
    name: &'static str,
}

impl<'a> User<'a> {
    fn log_in(wp: &'a WordPress, name: &'static str) -> User<'a> {
        let browser = Browser::launch(DESKTOP).unwrap_or_else(|e| panic!("cannot launch Chromium: {e}"));
        let page = browser.new_page().unwrap_or_else(|e| panic!("cannot open a tab: {e}"));
        let user = User {
            wp,
            page,
            _browser: browser,
            name,
        };
        user.goto("/wp-login.php");
        user.js(&format!(
            "document.querySelector('#user_login').value = {name:?}; \
             document.querySelector('#user_pass').value = {pass:?}; true",
            pass = format!("{name}-password-1")
        ));
        user.submit("#wp-submit");
        user.wait(
            "document.body.classList.contains('wp-admin')",
            "the dashboard after logging in",
        );
        user
    }

    fn fail(&self, message: impl AsRef<str>) -> ! {
        let shot = screenshots_dir().join(format!("wordpress-failed-{}.png", self.name));
        let _ = fs::create_dir_all(screenshots_dir());
        let _ = self.page.screenshot(&shot);
        let url = self.page.url().unwrap_or_default();
        panic!(
            "[wordpress, {}] {}\n  at {url} (screenshot {})\n{}",
            self.name,
            message.as_ref(),
            shot.display(),
            self.wp.logs()
        );
    }

    fn goto(&self, path: &str) {
        let url = self.wp.url(path);
        if let Err(e) = self.page.goto(&url) {
            self.fail(format!("cannot load {url}: {e}"));
        }
    }

    fn js(&self, code: &str) -> Value {
        self.page.eval(code).unwrap_or_else(|e| self.fail(format!("{e}")))
    }

    fn wait(&self, condition: &str, what: &str) {
        if let Err(e) = self.page.wait_for(condition, Duration::from_secs(30)) {
            self.fail(format!("waiting for {what}: {e}"));
        }
    }

    /// Clicks `selector`'s submit button and waits for the next page.
    fn submit(&self, selector: &str) {
        self.js("window.__before_submit = true");
        self.js(&format!(
            "setTimeout(() => document.querySelector({selector:?}).click(), 0); true"
        ));
        self.wait(
            "!window.__before_submit && document.readyState === 'complete'",
            &format!("the page after submitting {selector}"),
        );
    }

    /// The status and text of a POST of `fields` to `path` from this page
    /// (a form as a forger would send it).
    fn post(&self, path: &str, fields: &Value) -> (u64, String) {
        let said = self.js(&format!(
            "(async () => {{ const body = new FormData(); for (const [k, v] of Object.entries({fields})) body.append(k, v); \
             const r = await fetch({path:?}, {{ method: 'POST', body, credentials: 'same-origin', redirect: 'manual' }}); \
             return {{ status: r.status, text: await r.text() }}; }})()"
        ));
        (
            said["status"].as_u64().unwrap_or(0),
            said["text"].as_str().unwrap_or("").to_string(),
        )
    }

    /// A page published through the REST API, as the block editor saves
    /// one; its address.
    fn publish(&self, title: &str, content: &str) -> String {
        let said = self.js(&format!(
            "(async () => {{ const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text(); \
             const r = await fetch('/?rest_route=/wp/v2/pages', {{ method: 'POST', credentials: 'same-origin', \
               headers: {{ 'Content-Type': 'application/json', 'X-WP-Nonce': nonce }}, \
               body: JSON.stringify({{ title: {title:?}, content: {content:?}, status: 'publish' }}) }}); \
             return {{ status: r.status, page: await r.json() }}; }})()"
        ));
        if said["status"] != json!(201) {
            self.fail(format!("publishing {title:?} as {}: {said}", self.name));
        }
        let link = said["page"]["link"].as_str().unwrap_or("").to_string();
        link.strip_prefix(&self.wp.origin()).unwrap_or(&link).to_string()
    }

    /// Saves `settings` through Settings → IMS checker, as pasted text.
    fn save_settings(&self, settings: &str) {
        self.goto("/wp-admin/options-general.php?page=ims-checker");
        self.js(&format!(
            "document.querySelector('#ims-checker-settings').value = {settings}; true",
            settings = json!(settings)
        ));
        self.submit("form[action$='admin-post.php'] #submit");
    }
}

/// The plugin zip `cargo xtask package` wrote, beside the clinic's package
/// (`IMS_CHECKER_PACKAGE`'s folder, else `target/package/`).
fn plugin_zip() -> PathBuf {
    let version = package_field("version").unwrap_or_else(|e| panic!("{e}"));
    let dir = std::env::var_os("IMS_CHECKER_PACKAGE")
        .and_then(|zip| PathBuf::from(zip).parent().map(Path::to_path_buf))
        .unwrap_or_else(package_dir);
    let zip = dir.join(format!("ims-checker-wordpress-{version}.zip"));
    assert!(
        zip.is_file(),
        "{} not found: run `cargo xtask package` first",
        zip.display()
    );
    zip
}

/// The Administrator uploads `zip` through Plugins → Add New → Upload
/// Plugin; `replace`: the plugin is there already, and they choose
/// "Replace current with uploaded".
fn upload_plugin(admin: &User, zip: &Path, replace: bool) {
    admin.goto("/wp-admin/plugin-install.php?tab=upload");
    admin
        .page
        .choose_file("#pluginzip", zip)
        .unwrap_or_else(|e| admin.fail(format!("choosing the zip: {e}")));
    admin.submit("#install-plugin-submit");
    if replace {
        admin.wait(
            "document.querySelector('a.update-from-upload-overwrite') !== null",
            "the offer to replace the installed plugin",
        );
        admin.js("window.__before_submit = true; setTimeout(() => document.querySelector('a.update-from-upload-overwrite').click(), 0); true");
        admin.wait(
            "!window.__before_submit && document.readyState === 'complete'",
            "the replaced plugin",
        );
    }
    let text = admin.js("document.querySelector('#wpbody-content')?.innerText ?? ''");
    let text = text.as_str().unwrap_or("");
    if !text.contains("Plugin installed successfully") && !text.contains("Plugin updated successfully") {
        admin.fail(format!("the upload did not install the plugin:\n{text}"));
    }
}

// ---------------------------------------------------------------------
// A visitor

/// A visitor's browser on `path`, as the harness's other sites: the page's
/// requests checked against the WordPress site's origin.
fn visit(wp: &WordPress, name: &str, path: &str) -> Site {
    let server = Server::elsewhere(wp.addr, wp.site.clone());
    Site::at(name, server, DESKTOP, path)
}

/// What the visitor's page fetched, requested or stored that it should not
/// have: requests to another origin, requests with a body or not GET,
/// the checker's files with a query, cookies and storage.
fn privacy_problems(site: &Site) -> Vec<String> {
    let report = site
        .page
        .privacy_report(&site.server.origin())
        .unwrap_or_else(|e| site.fail(format!("privacy report: {e}")));
    let mut problems: Vec<String> = report.foreign_requests.clone();
    // WordPress asks for its own styles with `?ver=`, and a page may be
    // `/?page_id=…`: its own files. Nothing else carries data.
    problems.extend(
        report
            .requests_with_body
            .iter()
            .filter(|line| {
                !line.starts_with("GET ") || line.contains(" with body") || line.contains("/plugins/ims-checker/")
            })
            .cloned(),
    );
    problems.extend(report.storage_writes.iter().cloned());
    problems.extend(report.cookies.iter().map(|c| format!("cookie: {c}")));
    problems
}

fn checker_requests(site: &Site) -> Vec<String> {
    site.request_paths(&site.page)
        .into_iter()
        .filter(|p| p.contains("/plugins/ims-checker/"))
        .collect()
}

/// The styles inside the checker that a theme could reach if it leaked in.
const INSIDE: [&str; 4] = [".ims h2", ".ims button", ".ims p", ".ims label"];
const PROPS: [&str; 8] = [
    "font-family",
    "font-size",
    "color",
    "background-color",
    "line-height",
    "letter-spacing",
    "text-transform",
    "border-radius",
];

#[test]
fn the_plugin_in_a_real_wordpress() {
    let started = Instant::now();
    let wp = WordPress::start();
    println!(
        "wordpress: installed at {} in {:.1}s",
        wp.origin(),
        started.elapsed().as_secs_f32()
    );

    // The Administrator installs the zip through the upload form, and activates it.
    let admin = User::log_in(&wp, "admin");
    let zip = plugin_zip();
    upload_plugin(&admin, &zip, false);
    admin.goto("/wp-admin/plugins.php");
    let activate = format!("a[href*='action=activate'][href*='{}']", PLUGIN.replace('/', "%2F"));
    if admin.js(&format!("document.querySelector({activate:?}) !== null")) != json!(true) {
        admin.fail("the Plugins page offers no Activate link for IMS checker");
    }
    admin.js(&format!(
        "window.__before_submit = true; setTimeout(() => document.querySelector({activate:?}).click(), 0); true"
    ));
    admin.wait(
        "!window.__before_submit && document.readyState === 'complete'",
        "the plugin activated",
    );
    let active = wp.php(&format!("require_once ABSPATH . 'wp-admin/includes/plugin.php'; echo is_plugin_active( '{PLUGIN}' ) ? 'active' : 'inactive';"));
    assert!(
        active.ends_with("active") && !active.ends_with("inactive"),
        "{active}\n{}",
        wp.logs()
    );

    // Settings → IMS checker: a settings file, pasted and saved.
    const OLD_BOOKING: &str = "https://booking.example.com/old-page";
    let settings = serde_json::to_string_pretty(&clinic_settings(OLD_BOOKING)).unwrap_or_default();
    admin.save_settings(&settings);
    if admin.js("document.querySelector('#ims-checker-saved') !== null") != json!(true) {
        admin.fail("saving good settings did not say \"Settings saved.\"");
    }
    let first: Value = serde_json::from_str(wp.option().as_str().unwrap_or("")).unwrap_or(Value::Null);
    assert_eq!(
        first,
        clinic_settings(OLD_BOOKING),
        "the option holds every setting as saved"
    );

    // The configurator in the settings page starts from them; the booking
    // link changed there is saved from it, every other setting kept.
    admin.goto("/wp-admin/options-general.php?page=ims-checker");
    let field = |id: &str| {
        format!("document.querySelector('#ims-checker-configurator')?.contentDocument?.getElementById({id:?})")
    };
    admin.wait(
        &format!(
            "{}?.value === {}",
            field("clinic-name"),
            json!("Harbourside <Physio> & Co")
        ),
        "the configurator starting from the saved settings",
    );
    admin.js(&format!(
        "(() => {{ const input = {}; input.value = {}; input.dispatchEvent(new Event('input', {{ bubbles: true }})); return true; }})()",
        field("booking-url"),
        json!(BOOKING)
    ));
    admin.wait(
        &format!(
            "document.querySelector('#ims-checker-configurator').contentDocument.querySelector('[data-settings-file]')?.dataset.settingsFile.includes({})",
            json!(serde_json::to_string(BOOKING).unwrap_or_default().trim_matches('"'))
        ),
        "the configurator's settings file with the new booking link",
    );
    // Framed by the plugin, the configurator says the plugin saves its
    // settings, not a downloaded file.
    let privacy = admin.js(
        "document.querySelector('#ims-checker-configurator').contentDocument.querySelector('.cfg-privacy[data-privacy=wordpress]')?.textContent ?? ''",
    );
    let privacy = privacy.as_str().unwrap_or_default();
    if !privacy.contains("Use the configurator's settings") || !privacy.contains("Save settings") {
        admin.fail(format!(
            "the framed configurator should say to press \"Use the configurator's settings\" then \"Save settings\"; it says {privacy:?}"
        ));
    }
    let _ = fs::create_dir_all(screenshots_dir());
    let _ = admin.page.screenshot(screenshots_dir().join("wordpress-settings.png"));
    admin.js("document.querySelector('#ims-checker-take').click(); true");
    admin.submit("form[action$='admin-post.php'] #submit");
    if admin.js("document.querySelector('#ims-checker-saved') !== null") != json!(true) {
        let said = admin.js("document.querySelector('#ims-checker-refused')?.innerText ?? ''");
        admin.fail(format!(
            "saving the configurator's settings did not say \"Settings saved.\": {said}"
        ));
    }
    let saved = wp.option();
    let saved_settings: Value = serde_json::from_str(saved.as_str().unwrap_or("")).unwrap_or(Value::Null);
    let wanted = clinic_settings(BOOKING);
    for (key, value) in wanted.as_object().into_iter().flatten() {
        if saved_settings[key] != *value {
            admin.fail(format!(
                "the configurator's settings file should keep {key} = {value}; saved {saved_settings:#}"
            ));
        }
    }

    // Refused saves say why, in the configurator's words beside its label
    // for the field (the configurator asked of the same file), and change nothing.
    for (what, bad, words) in [
        (
            "a javascript: booking link",
            clinic_settings("javascript:alert(1)"),
            "Booking link: A link that starts with “javascript:” is not allowed",
        ),
        (
            "an escalated \"No\"",
            {
                let mut s = clinic_settings(BOOKING);
                s["stricter-levels"] = json!({ "osteoporosis/no": "not-suitable" });
                s
            },
            "This answer means no problem, so it cannot lead to a stricter result.",
        ),
        (
            "an accent white text cannot be read on",
            {
                let mut s = clinic_settings(BOOKING);
                s["look"]["accent"] = json!("#ffff00");
                s
            },
            "Main colour: White text on this colour is hard to read (contrast 1.0 to 1",
        ),
    ] {
        let dir = TempDir::new("ims-refused").unwrap_or_else(|e| panic!("{e}"));
        let file = dir
            .write("settings.json", bad.to_string())
            .unwrap_or_else(|e| panic!("{e}"));
        let configurator = configurator_verdicts(&[file]).concat();
        assert!(
            configurator.len() == 1 && configurator[0].contains(words),
            "the configurator refuses {what} saying {words:?}: {configurator:?}"
        );
        admin.save_settings(&bad.to_string());
        let said = admin.js("[...document.querySelectorAll('#ims-checker-refused li')].map(li => li.textContent)");
        if said != json!(configurator) {
            admin.fail(format!(
                "saving {what} should be refused saying {configurator:?}, as the configurator does; the page said {said}"
            ));
        }
        assert_eq!(wp.option(), saved, "a refused save ({what}) changed the option");
    }

    // A save without a valid nonce changes nothing.
    let forged = clinic_settings("https://elsewhere.example/");
    let (status, _) = admin.post(
        "/wp-admin/admin-post.php",
        &json!({ "action": "ims_checker_save", "_wpnonce": "0123456789", "ims_checker_settings": forged.to_string() }),
    );
    assert_eq!(status, 403, "a save with a wrong nonce is refused");
    let (status, _) = admin.post(
        "/wp-admin/admin-post.php",
        &json!({ "action": "ims_checker_save", "ims_checker_settings": forged.to_string() }),
    );
    assert_eq!(status, 403, "a save without a nonce is refused");
    assert_eq!(wp.option(), saved, "a save without a valid nonce changed the option");

    // A Contributor can neither see nor save the settings, even with a nonce of their own.
    let contributor = User::log_in(&wp, "contributor");
    contributor.goto("/wp-admin/options-general.php?page=ims-checker");
    let text = contributor.js("document.body.innerText");
    if text.as_str().unwrap_or("").contains("Save settings") {
        contributor.fail("a Contributor sees the settings form");
    }
    let own_nonce = wp.php(
        "wp_set_current_user( get_user_by( 'login', 'contributor' )->ID ); echo wp_create_nonce( 'ims_checker_save' );",
    );
    let (status, _) = contributor.post(
        "/wp-admin/admin-post.php",
        &json!({ "action": "ims_checker_save", "_wpnonce": own_nonce.trim(), "ims_checker_settings": forged.to_string() }),
    );
    assert_eq!(status, 403, "a Contributor's save is refused");
    assert_eq!(wp.option(), saved, "a Contributor changed the settings");
    drop(contributor);

    // The Editor, without unfiltered_html, finds the block in the editor
    // and places it, the shortcode, and the launcher.
    let editor = User::log_in(&wp, "editor");
    editor.goto("/wp-admin/post-new.php?post_type=page");
    editor.wait(
        "window.wp?.blocks?.getBlockType('ims-checker/checker')?.title === 'IMS checker'",
        "the block in the block editor",
    );
    let block_page = editor.publish("Is IMS for me?", "<!-- wp:ims-checker/checker /-->");
    let shortcode_page = editor.publish(
        "Check before you book",
        "<!-- wp:shortcode -->\n[ims_checker lang=\"en\"]\n<!-- /wp:shortcode -->",
    );
    let launcher_page = editor.publish(
        "Book an appointment",
        "<!-- wp:paragraph --><p>Call us or book online.</p><!-- /wp:paragraph -->\n<!-- wp:ims-checker/checker {\"mode\":\"launcher\"} /-->",
    );
    let french_page = editor.publish(
        "En français",
        "<!-- wp:shortcode -->\n[ims_checker lang=\"fr\"]\n<!-- /wp:shortcode -->",
    );
    let plain_page = editor.publish(
        "About us",
        "<!-- wp:paragraph --><p>We are a clinic.</p><!-- /wp:paragraph -->",
    );
    drop(editor);

    // A visitor runs the checker on the block's page and on the shortcode's.
    let mut inside_styles = Vec::new();
    for (name, path) in [
        ("wordpress-block", &block_page),
        ("wordpress-shortcode", &shortcode_page),
    ] {
        let site = visit(&wp, name, path);
        let html = site.js("document.documentElement.outerHTML");
        let html = html.as_str().unwrap_or("");
        // One loader, as a module under its hash; the settings escaped.
        let loaders = site.js(
            "[...document.querySelectorAll('script[src*=\"/plugins/ims-checker/\"]')].map(s => [s.type, !!s.integrity, s.crossOrigin])",
        );
        assert_eq!(
            loaders,
            json!([["module", true, "anonymous"]]),
            "[{name}] the loader, once"
        );
        assert!(
            !html.contains("<script>alert(1)"),
            "[{name}] a setting's text ended its script element"
        );
        let w = site.widget("ims-checker");
        w.expect_start();
        inside_styles.push(w.computed(&INSIDE, &PROPS));
        // (Site::inject_axe would first judge the page by a static site's
        // rules, where WordPress's `?ver=` and `/?page_id=` do not pass.)
        let axe = {
            let loaded = w.js(&format!("{}\n;typeof window.axe", axe_source()));
            assert_eq!(loaded, json!("object"), "[{name}] axe-core loaded");
            w.axe_check(name)
        };
        assert!(axe.is_empty(), "[{name}] axe: {axe:#?}");
        w.journey("knee-left", &[], "suitable");
        w.expect_book_link(BOOKING);
        w.expect_phone_link("+1-604-555-0142");
        let _ = fs::create_dir_all(screenshots_dir());
        let _ = site.page.screenshot(screenshots_dir().join(format!("{name}.png")));
        let problems = privacy_problems(&site);
        assert!(problems.is_empty(), "[{name}] {problems:#?}");
    }

    // The theme's styles change nothing inside the checker: the same
    // styles as on a page of nothing but the checker.
    let bare = wp.site.join("bare.html");
    let element = {
        let site = visit(&wp, "wordpress-markup", &block_page);
        let markup = site.js(
            "[...document.querySelectorAll('style, script[type=\"application/json\"], ims-checker, script[type=module][src*=\"ims-checker\"]')]\
             .filter(e => e.localName !== 'style' || e.textContent.includes('ims-checker-fallback')).map(e => e.outerHTML).join('\\n')",
        );
        markup.as_str().unwrap_or("").to_string()
    };
    fs::write(&bare, format!("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bare</title></head><body>{element}</body></html>"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        element.matches("<style").count(),
        1,
        "the plugin's style rules alone: {element}"
    );
    let site = visit(&wp, "wordpress-bare", "/bare.html");
    let w = site.widget("ims-checker");
    w.expect_start();
    let bare_styles = w.computed(&INSIDE, &PROPS);
    for (styles, page) in inside_styles.iter().zip(["block", "shortcode"]) {
        assert_eq!(
            styles, &bare_styles,
            "the theme changed the checker's styles on the {page} page"
        );
    }
    drop(site);

    // The launcher page loads the loader alone until the button is pressed.
    let site = visit(&wp, "wordpress-launcher", &launcher_page);
    let w = site.widget("ims-checker");
    w.wait(&format!("{} !== null", w.q(".ims-launch")), "the launcher's button");
    site.wait_until_idle(&site.page);
    let before = checker_requests(&site);
    assert_eq!(
        before
            .iter()
            .map(|p| p.rsplit("/plugins/ims-checker/").next().unwrap_or(""))
            .collect::<Vec<_>>(),
        ["checker/ims-checker.js"],
        "[launcher] before it is opened: {before:?}"
    );
    site.page
        .click("ims-checker >>> .ims-launch")
        .unwrap_or_else(|e| w.fail(format!("clicking the launcher: {e}")));
    w.expect_first_step();
    assert!(checker_requests(&site).len() > 1, "the checker loads when opened");
    drop(site);

    // A page without a checker has nothing of it.
    let site = visit(&wp, "wordpress-plain", &plain_page);
    let html = site.js("document.documentElement.outerHTML");
    let html = html.as_str().unwrap_or("");
    assert!(
        !html.contains("ims-checker") && checker_requests(&site).is_empty(),
        "a page without the block has something of the checker: {:?}",
        checker_requests(&site)
    );
    drop(site);

    // The shortcode's `lang` starts the checker in that language, on a page
    // WordPress writes as `lang="en-US"`.
    let site = visit(&wp, "wordpress-french", &french_page);
    let w = site.widget("ims-checker");
    w.expect_first_step();
    assert_eq!(
        (site.js("document.documentElement.lang"), w.lang()),
        (json!("en-US"), "fr".to_string()),
        "[lang=\"fr\"] the checker's language"
    );
    drop(site);

    // A browser set to zh-TW, on a page WordPress writes as `lang="en-US"`,
    // starts in Traditional Chinese when the clinic offers it.
    let mut offering = saved_settings.clone();
    offering["languages"] = json!(["en", "zh-Hant"]);
    admin.save_settings(&offering.to_string());
    if admin.js("document.querySelector('#ims-checker-saved') !== null") != json!(true) {
        let said = admin.js("document.querySelector('#ims-checker-refused')?.innerText ?? ''");
        admin.fail(format!("offering Traditional Chinese was not saved: {said}"));
    }
    let site = visit(&wp, "wordpress-browser-language", &plain_page);
    let page = site.new_page_asking(DESKTOP, "zh-TW,zh,en-US,en");
    site.goto(&page, &block_page);
    assert_eq!(
        site.js_on(&page, "[document.documentElement.lang, navigator.languages]"),
        json!(["en-US", ["zh-TW", "zh", "en-US", "en"]]),
        "the page's language and the browser's"
    );
    let w = site.widget_on(&page, "ims-checker");
    w.expect_first_step();
    let progress = w.text(".ims-progress");
    if w.lang() != "zh-Hant" || !progress.contains("第1題") {
        w.fail(format!(
            "a zh-TW browser should start in zh-Hant (.ims lang, progress with 第1題); got lang={:?}, progress {progress:?}",
            w.lang()
        ));
    }
    drop(page);
    drop(site);
    admin.save_settings(saved.as_str().unwrap_or(""));
    assert_eq!(wp.option(), saved, "the settings saved again as they were");

    // A broken install (the loader gone) still shows the clinic's contacts.
    let loader = wp.site.join("wp-content/plugins/ims-checker/checker/ims-checker.js");
    let hidden = loader.with_extension("js.away");
    fs::rename(&loader, &hidden).unwrap_or_else(|e| panic!("{e}"));
    let site = visit(&wp, "wordpress-no-loader", &block_page);
    // The contacts wait 3 seconds for the loader before they show.
    let _ = site.page.wait_for(
        "(() => { const p = document.querySelector('ims-checker [slot=ims-unloaded]'); \
         return p && getComputedStyle(p).visibility === 'visible' && p.getBoundingClientRect().height > 0; })()",
        Duration::from_secs(10),
    );
    let seen = site.contacts_shown(&site.page, "ims-checker");
    fs::rename(&hidden, &loader).unwrap_or_else(|e| panic!("{e}"));
    let links = seen["links"].as_array().cloned().unwrap_or_default();
    if !links.contains(&json!(BOOKING))
        || !links.contains(&json!("tel:+16045550142"))
        || seen["line"] != json!(["The checker could not load. Please contact the clinic:"])
    {
        site.fail(format!(
            "with the loader missing, the clinic's contacts should show; saw {seen}"
        ));
    }
    drop(site);

    // An update: a new version uploaded over this one keeps every setting.
    let next = next_version_zip(&wp, &zip);
    upload_plugin(&admin, &next, true);
    let version = wp.php(&format!(
        "require_once ABSPATH . 'wp-admin/includes/plugin.php'; echo get_plugin_data( WP_PLUGIN_DIR . '/{PLUGIN}' )['Version'];"
    ));
    assert!(
        version.trim().ends_with(&next_version()),
        "the new version is installed: {version}"
    );
    assert_eq!(wp.option(), saved, "the update kept the settings");
    let site = visit(&wp, "wordpress-updated", &block_page);
    let w = site.widget("ims-checker");
    w.expect_start();
    let accent =
        site.js("getComputedStyle(document.querySelector('ims-checker')).getPropertyValue('--ims-accent').trim()");
    assert_eq!(accent, json!("#7b2d8b"), "the colours kept through the update");
    drop(site);

    // Deactivated, the settings stay (for reactivating); deleted, nothing is left.
    admin.goto("/wp-admin/plugins.php");
    let deactivate = format!("a[href*='action=deactivate'][href*='{}']", PLUGIN.replace('/', "%2F"));
    admin.js(&format!(
        "window.__before_submit = true; setTimeout(() => document.querySelector({deactivate:?}).click(), 0); true"
    ));
    admin.wait(
        "!window.__before_submit && document.readyState === 'complete'",
        "the plugin deactivated",
    );
    assert_eq!(wp.option(), saved, "deactivating keeps the settings");
    admin.js(&format!(
        "document.querySelector('input[type=checkbox][value={:?}]').checked = true; \
         document.querySelector('#bulk-action-selector-top').value = 'delete-selected'; true",
        PLUGIN
    ));
    // WordPress deletes by a script, after a confirm() the browser accepts.
    admin.js("document.querySelector('#doaction').click(); true");
    let folder = wp.site.join("wp-content/plugins/ims-checker");
    wait_until("the plugin deleted", Duration::from_secs(60), || !folder.exists());
    admin.wait(
        "document.querySelector('#bulk-action-form .notice-success, .plugin-deleted-tr') !== null",
        "WordPress saying the plugin was deleted",
    );
    assert_eq!(wp.option(), Value::Null, "uninstalling leaves the option behind");
    let notices = wp.plugin_notices();
    assert!(notices.is_empty(), "the plugin's PHP notices: {notices:#?}");
    println!("wordpress: the whole test took {:.0}s", started.elapsed().as_secs_f32());
}

/// The version after this one, as WordPress compares them.
fn next_version() -> String {
    format!("{}.1", package_field("version").unwrap_or_else(|e| panic!("{e}")))
}

/// The plugin zip with its version raised ([`next_version`]), as the next
/// release would come.
fn next_version_zip(wp: &WordPress, zip: &Path) -> PathBuf {
    use std::io::{Read, Write};
    let failed = |e: &dyn std::fmt::Display| -> ! { panic!("{}: {e}", zip.display()) };
    let mut archive =
        zip::ZipArchive::new(fs::File::open(zip).unwrap_or_else(|e| failed(&e))).unwrap_or_else(|e| failed(&e));
    let next = wp.dir.path().join("ims-checker-wordpress-next.zip");
    let mut writer = zip::ZipWriter::new(fs::File::create(&next).unwrap_or_else(|e| failed(&e)));
    let version = package_field("version").unwrap_or_else(|e| panic!("{e}"));
    let mut raised = false;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap_or_else(|e| failed(&e));
        let name = entry.name().to_string();
        let options = zip::write::SimpleFileOptions::default();
        if entry.is_dir() {
            writer.add_directory(name, options).unwrap_or_else(|e| failed(&e));
            continue;
        }
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap_or_else(|e| failed(&e));
        if name == PLUGIN {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let header = format!("Version:           {version}\n");
            raised = text.contains(&header);
            bytes = text
                .replacen(&header, &format!("Version:           {}\n", next_version()), 1)
                .into_bytes();
        }
        writer.start_file(name, options).unwrap_or_else(|e| failed(&e));
        writer.write_all(&bytes).unwrap_or_else(|e| failed(&e));
    }
    writer.finish().unwrap_or_else(|e| failed(&e));
    assert!(raised, "the plugin's header names its version");
    next
}

// ---------------------------------------------------------------------
// The same verdicts as `ims-checker validate`

/// Runs the plugin's PHP check on `files`, without WordPress: each file's
/// problems (none: it would be saved), each in the validator's words and
/// the configurator's (`{"validator": …, "front-desk": …}`).
fn php_verdicts(files: &[PathBuf]) -> Vec<Vec<Value>> {
    let validate = workspace_dir().join("wordpress/ims-checker/includes/validate.php");
    let script = format!(
        "<?php\ndefine( 'ABSPATH', '/' );\nrequire {validate:?};\n\
         $out = array();\nforeach ( array_slice( $argv, 1 ) as $file ) {{ $out[] = ims_checker_problems( file_get_contents( $file ) ); }}\n\
         echo json_encode( $out );\n",
    );
    let dir = TempDir::new("ims-php-check").unwrap_or_else(|e| panic!("{e}"));
    let path = dir.write("check.php", script).unwrap_or_else(|e| panic!("{e}"));
    let out = run_ok("php", Command::new("php").arg(path).args(files));
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("the PHP check said {out:?}: {e}"))
}

/// What the configurator says of each of `files`, as the plugin shows it
/// ("label: message"), by `cargo xtask plugin-rules --front-desk`; nothing
/// for a file it cannot read as settings.
fn configurator_verdicts(files: &[PathBuf]) -> Vec<Vec<String>> {
    let out = run_ok(
        "cargo xtask plugin-rules --front-desk",
        Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["run", "--quiet", "-p", "xtask", "--", "plugin-rules", "--front-desk"])
            .args(files)
            .current_dir(workspace_dir()),
    );
    let line = out.lines().find(|l| l.starts_with('[')).unwrap_or_default();
    serde_json::from_str(line).unwrap_or_else(|e| panic!("the configurator said {out:?}: {e}"))
}

/// `ims-checker validate file`: its problems (none: valid).
fn rust_verdict(file: &Path) -> Vec<String> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["run", "--quiet", "--release", "--bin", "ims-checker", "--", "validate"])
        .arg(file)
        .current_dir(workspace_dir())
        .output()
        .unwrap_or_else(|e| panic!("cargo run: {e}"));
    if out.status.success() {
        return Vec::new();
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let prefix = format!("{}: ", file.display());
    let problems: Vec<String> = BufReader::new(stderr.as_bytes())
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| {
            let problem = l.strip_prefix("error: ")?;
            Some(problem.strip_prefix(&prefix).unwrap_or(problem).to_string())
        })
        .collect();
    assert!(!problems.is_empty(), "validate failed without a problem: {stderr}");
    problems
}

/// Settings files that reach each of the configurator's templates the
/// fixtures leave out: the good example with one change each.
fn more_broken_settings() -> Vec<(&'static str, Value)> {
    let example: Value = serde_json::from_str(
        &fs::read_to_string(workspace_dir().join("xtask/package/clinic-config.example.json")).unwrap_or_default(),
    )
    .unwrap_or_else(|e| panic!("the example: {e}"));
    let with = |change: &dyn Fn(&mut Value)| {
        let mut settings = example.clone();
        change(&mut settings);
        settings
    };
    vec![
        (
            "link-spaces",
            with(&|s| s["booking-url"] = json!("https://x.example/a b")),
        ),
        (
            "link-no-scheme",
            with(&|s| s["booking-url"] = json!("booking.example.com/x")),
        ),
        ("link-nothing-after", with(&|s| s["booking-url"] = json!("https://"))),
        (
            "link-too-long",
            with(&|s| s["booking-url"] = json!(format!("https://x.example/{}", "x".repeat(2000)))),
        ),
        ("link-scheme", with(&|s| s["booking-url"] = json!("vbscript:msgbox"))),
        ("no-languages", with(&|s| s["languages"] = json!([]))),
        ("languages", with(&|s| s["languages"] = json!(["en", "de", "en"]))),
        (
            "texts",
            with(&|s| {
                s["languages"] = json!(["en", "fr"]);
                s["clinic-name"] = json!("x".repeat(201));
                s["coverage"] = json!({ "en": " ", "fr": "\u{7}", "pa": "ਕਵਰ।", "xx": "?" });
                s["referral"] = json!({ "en": "Yes.", "fr": "" });
            }),
        ),
        (
            "overrides",
            with(&|s| {
                s["languages"] = json!(["en", "fr"]);
                s["text-overrides"] = json!({
                    "text:privacy": { "en": "", "fr": " ", "fa": "ما" },
                    "answer:diabetes/no": { "en": "No.", "zz": "?" },
                    "question:nope": { "en": "?" },
                    "answer:diabetes": { "en": "?" },
                    "note:diabetes/maybe": { "en": "?" },
                    "text:nope": { "en": "?" },
                    "nope": { "en": "?" },
                    "text:level-urgent": { "en": "?" }
                });
            }),
        ),
        (
            "rows-and-levels",
            with(&|s| {
                s["rows-turned-off"] = json!(["bleeding", "bleeding", "nope", "pregnant"]);
                s["stricter-levels"] = json!({
                    "bleeding/yes": "not-suitable",
                    "diabetes/yes": "worse",
                    "nope/yes": "not-suitable",
                    "diabetes/maybe": "not-suitable",
                    "diabetes": "not-suitable",
                    "pregnant/yes": "suitable"
                });
            }),
        ),
        (
            "review",
            with(&|s| s["review"] = json!({ "by": "<b>Dr</b>", "date": "2026-02-30" })),
        ),
        (
            "review-empty",
            with(&|s| s["review"] = json!({ "by": " ", "date": "2026-02-03" })),
        ),
        (
            "look",
            with(
                &|s| s["look"] = json!({ "mode": "launcher", "launcher-label": "x".repeat(61), "accent": "purple", "font": "a;b", "radius": "six" }),
            ),
        ),
    ]
}

#[test]
fn the_plugins_check_gives_the_validators_verdicts() {
    let mut files: Vec<PathBuf> = fs::read_dir(workspace_dir().join("tests/configs"))
        .unwrap_or_else(|e| panic!("tests/configs: {e}"))
        .map(|e| e.map(|e| e.path()).unwrap_or_else(|e| panic!("{e}")))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files.push(workspace_dir().join("xtask/package/clinic-config.example.json"));
    assert!(files.len() > 10, "the fixtures: {files:?}");
    let more = TempDir::new("ims-more-settings").unwrap_or_else(|e| panic!("{e}"));
    for (name, settings) in more_broken_settings() {
        let file = more
            .write(
                &format!("{name}.json"),
                serde_json::to_string_pretty(&settings).unwrap_or_default(),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        files.push(file);
    }
    let php = php_verdicts(&files);
    let configurator = configurator_verdicts(&files);
    assert_eq!((php.len(), configurator.len()), (files.len(), files.len()));
    let mut refused = 0;
    let mut worded = 0;
    for ((file, php), configurator) in files.iter().zip(&php).zip(&configurator) {
        let rust = rust_verdict(file);
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let said = |part: &str| -> Vec<String> {
            php.iter()
                .map(|p| p[part].as_str().unwrap_or_default().to_string())
                .collect()
        };
        let (mut php, front_desk) = (said("validator"), said("front-desk"));
        // The look is the configurator's to check, not the validator's.
        php.retain(|p| !p.starts_with("look."));
        assert_eq!(
            php.is_empty(),
            rust.is_empty(),
            "{name}: the plugin says {php:#?}, the validator {rust:#?}"
        );
        refused += usize::from(!rust.is_empty());
        // The JSON reader's own words (serde's) are not the PHP's; every
        // rule's message is the same.
        if rust.iter().any(|m| m.starts_with("clinic configuration: ")) {
            for (p, r) in php.iter().zip(&rust) {
                let unknown = |m: &str| {
                    m.split("unknown field `")
                        .nth(1)
                        .and_then(|f| f.split('`').next())
                        .map(str::to_string)
                };
                assert_eq!(unknown(p), unknown(r), "{name}: {p} / {r}");
                assert!(p.starts_with("clinic configuration: "), "{name}: {p} / {r}");
            }
            // The configurator does not read such a file as settings.
            assert!(configurator.is_empty(), "{name}: {configurator:#?}");
        } else {
            assert_eq!(php, rust, "{name}: the same problems, in the same words");
            // The settings page's words: the configurator's, for each problem.
            assert_eq!(&front_desk, configurator, "{name}: the configurator's words");
            worded += configurator.len();
        }
    }
    assert!(refused >= 20, "most files are broken ones: {refused} refused");
    println!("the plugin's words are the configurator's for {worded} problems");
    assert!(
        worded >= 60,
        "the configurator's words compared for {worded} problems only"
    );
}
