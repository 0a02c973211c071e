//! What the widget does on a clinic's page, in WebKit and Firefox: the
//! launcher loads nothing of the checker before it is opened; the release
//! package's README snippet runs under the strict Content-Security-Policy
//! with its integrity hashes; axe-core finds nothing on any step; copy and
//! print of the summary.

use std::fs;
use std::path::Path;

use ims_checker_e2e::{package_zip, unzip_package, widget::pages_dir};
use ims_checker_engines::journey::{Input, OWN_FILES};
use ims_checker_engines::{in_each_engine, Engine, Session, DESKTOP, PHONE};
use serde_json::json;

// ---------------------------------------------------------------------------
// The launcher

/// Before its button is pressed, a launcher has fetched only the loader
/// (`/ims-checker.js`, by the Resource Timing API: WebDriver has no network
/// log; and by the server's log); pressed, the checker opens and a journey
/// ends with the launcher clinic's own booking link, the page still private.
fn launcher(engine: Engine) {
    let s = Session::start(engine, "launcher", DESKTOP);
    s.open("launcher.html");
    let w = s.widget_unopened("#launcher");
    s.wait(
        &format!(
            "{} != null && document.readyState === 'complete' && performance.getEntriesByType('resource').some(e => e.name.endsWith('/ims-checker.js'))",
            w.q(".ims-launch")
        ),
        "the launcher's button `.ims-launch` should show",
    );
    // Whatever the page's load set off has been fetched after two paints.
    s.js("new Promise((done) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(() => done(true))))))");
    let fetched = s.js(
        "performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => p !== '/embed-trap.js')",
    );
    if fetched != json!(["/ims-checker.js"]) {
        s.fail(format!(
            "before it is opened the launcher should fetch only /ims-checker.js; it fetched {fetched}"
        ));
    }
    let served: Vec<String> = s.server.served();
    let widget_files: Vec<&String> = served
        .iter()
        .filter(|l| !l.starts_with("GET /launcher.html ") && !l.starts_with("GET /embed-trap.js "))
        .collect();
    if widget_files.len() != 1 || !widget_files[0].starts_with("GET /ims-checker.js ") {
        s.fail(format!(
            "before it is opened the server should serve only /ims-checker.js of the widget; it served {served:?}"
        ));
    }
    if w.has(".ims") {
        s.fail("before it is opened the launcher should hold no checker");
    }
    s.shot("closed");
    w.act(".ims-launch");
    s.wait(
        &format!("{}?.dataset.step === 'warning'", w.q("[data-step]")),
        "pressing the launcher should open the checker on its first step",
    );
    let mut w = w;
    w.booking = "https://booking.example.com/launch-bay/ims".into();
    w.journey("suitable", false, "opened");
    w.expect_private(&[&OWN_FILES[..], &["/launcher.html"]].concat());
}

in_each_engine!(launcher: webkit_launcher_loads_nothing_until_opened, firefox_launcher_loads_nothing_until_opened);

// ---------------------------------------------------------------------------
// The release package

/// The README's snippet stands between these two lines, in a code block.
const SNIPPET: (&str, &str) = ("<!-- snippet -->", "<!-- /snippet -->");

/// The code block between the packaged README's snippet markers.
fn snippet(readme: &str) -> Option<String> {
    let (_, rest) = readme.split_once(SNIPPET.0)?;
    let (block, _) = rest.split_once(SNIPPET.1)?;
    let code = block.trim().strip_prefix("```html")?.strip_suffix("```")?;
    Some(code.trim().to_string())
}

/// The attribute `name` of the snippet's `<ims-checker>`.
fn attribute(snippet: &str, name: &str) -> Option<String> {
    let element = snippet.split_once("<ims-checker")?.1;
    let rest = element.split_once(&format!("{name}=\""))?.1;
    rest.split('"').next().map(str::to_string)
}

/// The package unzipped beside a plain page holding its README's snippet,
/// served under the strict policy: the widget loads with its integrity
/// hashes, a journey ends with the snippet's booking link, and no policy
/// violation is reported (`securitypolicyviolation`, by embed-trap.js);
/// only the package's files are fetched.
fn package(engine: Engine, viewport: (u32, u32)) {
    let name = if viewport == PHONE { "package-phone" } else { "package" };
    let zip = package_zip().unwrap_or_else(|e| panic!("[{name}] {e}"));
    let mut folder = String::new();
    let mut code = String::new();
    let s = Session::start_with(engine, name, viewport, |dir: &Path| {
        folder = unzip_package(&zip, dir).map_err(|e| std::io::Error::other(e.0))?;
        let readme = fs::read_to_string(dir.join(&folder).join("README.md"))?;
        code = snippet(&readme).ok_or_else(|| std::io::Error::other("the packaged README has no snippet"))?;
        fs::copy(pages_dir().join("embed-trap.js"), dir.join("embed-trap.js"))?;
        fs::write(
            dir.join("package.html"),
            format!(
                "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>A clinic's page</title>\n\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
                 <link rel=\"icon\" href=\"data:,\">\n<script src=\"/embed-trap.js\"></script>\n</head>\n<body>\n\
                 <h1>Book an appointment</h1>\n{code}\n</body>\n</html>\n"
            ),
        )
    });
    if !code.contains("integrity=\"sha384-") {
        s.fail(format!("the snippet should carry the loader's integrity hash: {code}"));
    }
    s.open("package.html");
    let mut w = s.widget("ims-checker");
    w.booking =
        attribute(&code, "booking-url").unwrap_or_else(|| s.fail(format!("the snippet has no booking-url: {code}")));
    w.journey("suitable", false, "snippet");
    let own = format!("/{folder}/*");
    w.expect_private(&["/embed-trap.js", "/package.html", own.as_str()]);
}

fn package_on_both_sizes(engine: Engine) {
    package(engine, DESKTOP);
    package(engine, PHONE);
}

in_each_engine!(package_on_both_sizes: webkit_package_snippet_under_the_strict_policy, firefox_package_snippet_under_the_strict_policy);

// ---------------------------------------------------------------------------
// axe-core

/// axe-core finds no WCAG 2.0–2.2 AA violation on any step of the three
/// journeys, in English at desktop size and in Persian on a phone.
fn axe(engine: Engine, lang: &str, viewport: (u32, u32)) {
    let name = format!("axe-{lang}");
    let s = Session::start(engine, &name, viewport);
    let source = ims_checker_e2e::axe::source();
    for (level, list) in [("suitable", false), ("wait", true), ("emergency", false)] {
        s.open(&format!("clinic-{lang}.html"));
        let mut w = s.widget("#widget");
        w.axe = Some(source.clone());
        w.journey(level, list, level);
    }
}

fn axe_english_desktop_persian_phone(engine: Engine) {
    axe(engine, "en", DESKTOP);
    axe(engine, "fa", PHONE);
}

in_each_engine!(axe_english_desktop_persian_phone: webkit_axe_finds_nothing_on_any_step, firefox_axe_finds_nothing_on_any_step);

// ---------------------------------------------------------------------------
// Copy and print

/// The result's copy button writes the summary (the clinic's name, the
/// level) to the clipboard and says so, through the engine's own clipboard
/// after a real click; its print button calls the browser's print. What
/// an engine cannot do is said:
/// - neither engine lets a page or its driver read the clipboard back
///   without a person's permission, so the copied text is read where
///   embed-trap.js keeps it (its `writeText`), and the engine's own
///   `writeText` is then only checked to succeed;
/// - the print dialog would block the driver, so `print()` is recorded
///   instead of run; Firefox's driver prints the page to PDF (WebDriver's
///   Print Page), WebKitGTK's driver has no such command.
fn copy_and_print(engine: Engine) {
    let s = Session::start(engine, "copy-print", DESKTOP);
    s.open("clinic-en.html");
    let mut w = s.widget("#widget");
    w.input = Input::Click;
    w.journey("suitable", false, "result");
    // The engine's own clipboard first (embed-trap's writeText removed):
    // a real click lets the page write to it, and the result says so.
    s.js("(delete navigator.clipboard.writeText, typeof navigator.clipboard.writeText)");
    w.act("[data-step=result] [data-action=copy]");
    let status = w.q("[data-step=result] .ims-tools [role=status]");
    s.wait(
        &format!("({status})?.innerText?.trim().length > 0"),
        "after copying, the result should say whether it was copied",
    );
    let said = s.js(&format!("({status}).innerText.trim()"));
    if said != json!("Summary copied.") {
        s.fail(format!(
            "the engine's clipboard should take the summary from a click; the result says {said}"
        ));
    }
    // Then what was copied, where a recording writeText keeps it.
    s.js(
        "(Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, \
          value: (text) => { window.__embedTrap.clipboard.push(String(text)); return Promise.resolve(); } }), true)",
    );
    w.act("[data-step=result] [data-action=copy]");
    s.wait(
        "window.__embedTrap.clipboard.length === 1",
        "the copy button should copy the summary",
    );
    let copied = s.js("window.__embedTrap.clipboard[0]");
    let copied = copied.as_str().unwrap_or_default();
    if !copied.contains("Harbourside Physiotherapy") || !copied.contains("Likely suitable") {
        s.fail(format!(
            "the copied summary should name the clinic and the result; it is {copied:?}"
        ));
    }
    s.shot("copied");
    s.js("(window.__printed = 0, window.print = () => { window.__printed += 1; }, true)");
    w.act("[data-step=result] [data-action=print]");
    s.wait(
        "window.__printed === 1",
        "the print button should call the browser's print() once",
    );
    let pdf =
        s.rt.block_on(s.client.print(fantoccini::wd::PrintConfiguration::default()));
    match (engine, pdf) {
        (_, Ok(pdf)) => {
            if !pdf.starts_with(b"%PDF") || pdf.len() < 2000 {
                s.fail(format!(
                    "printing the result should make a PDF; got {} bytes",
                    pdf.len()
                ));
            }
            let path = s.shots_dir().join("result.pdf");
            let _ = fs::write(&path, pdf);
            println!("[{}] the printed result: {}", engine.name(), path.display());
        }
        (Engine::WebKit, Err(e)) if e.to_string().contains("Unknown command") => println!(
            "[webkit] cannot print to PDF: WebKitGTK's WebDriver has no Print Page command ({e}); \
             the printed layout is checked in Chromium (tests/e2e/tests/print.rs)"
        ),
        (_, Err(e)) => s.fail(format!("printing the page to PDF failed: {e}")),
    }
}

in_each_engine!(copy_and_print: webkit_copy_and_print, firefox_copy_and_print);

// ---------------------------------------------------------------------------
// A checker that cannot start

/// As in a browser below the floor (no WebAssembly), the widget cannot
/// start (here its wasm is missing): the loader shows the clinic's phone
/// and booking link after its line saying the check could not load.
fn cannot_start(engine: Engine) {
    let s = Session::start_with(engine, "cannot-start", DESKTOP, |dir: &Path| {
        fs::remove_file(dir.join("pkg/ims-checker_bg.wasm"))
    });
    s.open("fallback.html");
    // What a visitor sees: the element's own links, and the loader's line
    // in its alert (the page's own line not shown twice), drawn.
    let seen = "((host) => { const shown = (e) => { const r = e.getBoundingClientRect(); \
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility === 'visible'; }; \
        return { line: [...(host.shadowRoot?.querySelectorAll('.ims-fallback[role=alert] p') ?? [])].filter(shown).map((p) => p.textContent), \
          links: [...host.querySelectorAll('a')].filter(shown).map((a) => a.getAttribute('href')) }; })\
        (document.querySelector('#widget'))";
    // Keys in serde_json's (sorted) order, as JSON.stringify keeps the object's.
    let want = json!({
        "links": ["tel:+16045550177", "https://booking.example.com/fallback-bay/ims"],
        "line": ["The checker could not load. Please contact the clinic:"],
    });
    if !s.holds_within(
        &format!("JSON.stringify({seen}) === {}", json!(want.to_string())),
        ims_checker_engines::WAIT,
    ) {
        s.fail(format!(
            "a checker that cannot start should show the line and the clinic's phone and booking link; it shows {}",
            s.js(seen)
        ));
    }
    s.shot("contacts");
}

in_each_engine!(cannot_start: webkit_shows_the_clinics_contacts_when_the_checker_cannot_start, firefox_shows_the_clinics_contacts_when_the_checker_cannot_start);
