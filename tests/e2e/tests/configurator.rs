//! The configurator (`configure.html`) as a clinic's staff use it, from the
//! unzipped release package when one was built (`IMS_CHECKER_PACKAGE`, or
//! target/package), else from a copy of dist/: filled in by its labels
//! with the keyboard, a message beside each kind of bad input, the code
//! copied from the page and pasted into a fresh clinic page whose checker
//! then has every chosen setting, the rules sheet listing the changes and
//! printing alone, the configuration file downloaded and loaded back; axe
//! on the page, and the page sends nothing and stores nothing.

use std::fs;
use std::path::Path;
use std::time::Duration;

use ims_checker_e2e::configurator::Configurator;
use ims_checker_e2e::poll::poll;
use ims_checker_e2e::widget::*;
use ims_checker_e2e::{axe, package_zip, unzip_package, Page, TempDir, DEFAULT_CSP};
use serde_json::{json, Value};

const CLINIC: &str = "Harbourside Physiotherapy";
/// Who reviewed the rules sheet, as the configurator is told.
const REVIEWER: &str = "J. Kim, physiotherapist";
const BOOKING: &str = "https://booking.example.com/harbourside/ims-assessment";
const PHONE_NUMBER: &str = "+1-604-555-0142";
const EMAIL: &str = "front-desk@harbourside.example";
const ACCENT: &str = "#7b2d8b";
const FONT: &str = "\"Lato\", sans-serif";
const RADIUS: &str = "6px";
const COVERAGE_EN: &str = "Most extended health plans cover IMS.";
const COVERAGE_FR: &str = "La plupart des assurances couvrent l'IMS.";
const COVERAGE_PA: &str = "ਜ਼ਿਆਦਾਤਰ ਸਿਹਤ ਯੋਜਨਾਵਾਂ IMS ਨੂੰ ਕਵਰ ਕਰਦੀਆਂ ਹਨ।";
/// The bleeding question, reworded.
const BLEEDING: &str = "Do you bleed easily, or take a blood thinner?";
/// The languages offered once Chinese (simplified) and Punjabi are ticked.
const LANGUAGES: [&str; 4] = ["en", "fr", "zh-Hans", "pa"];

/// The release's files, served for a test: the unzipped package when one
/// was built, else a copy of dist/.
struct Release {
    dir: TempDir,
    /// The URL path of the release's folder, with its slashes (`/` for dist/).
    folder: String,
    /// integrity.json, when the release is the package.
    integrity: Option<Value>,
}

impl Release {
    fn new(name: &str) -> Release {
        let dir = TempDir::new("ims-configurator").unwrap_or_else(|e| panic!("[{name}] temp dir: {e}"));
        match package_zip() {
            Ok(zip) => {
                let folder = unzip_package(&zip, dir.path()).unwrap_or_else(|e| panic!("[{name}] {e}"));
                let hashes = dir.path().join(&folder).join("integrity.json");
                let text = fs::read_to_string(&hashes).unwrap_or_else(|e| panic!("[{name}] {}: {e}", hashes.display()));
                let integrity = serde_json::from_str(&text).unwrap_or_else(|e| panic!("[{name}] integrity.json: {e}"));
                Release {
                    dir,
                    folder: format!("/{folder}/"),
                    integrity: Some(integrity),
                }
            }
            Err(_) => {
                copy_dist(dir.path());
                Release {
                    dir,
                    folder: "/".to_string(),
                    integrity: None,
                }
            }
        }
    }

    /// The loader's hash in integrity.json, when the release is the package.
    fn loader_integrity(&self) -> Option<String> {
        self.integrity
            .as_ref()
            .map(|hashes| hashes["ims-checker.js"].as_str().unwrap_or_default().to_string())
    }

    /// The configurator's site, its page open.
    fn configurator(self, name: &str) -> (Site, String, Option<String>) {
        let folder = self.folder.clone();
        let integrity = self.loader_integrity();
        let site = Site::open_folder_with(name, self.dir, &format!("{folder}configure.html"), DEFAULT_CSP, false);
        (site, folder, integrity)
    }
}

/// A clinic's plain page with the code pasted into it; `embed-trap.js`
/// records what a page must never see.
const HOST_PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  \
<title>Harbourside Physiotherapy</title>\n  <link rel=\"icon\" href=\"data:,\">\n  <script src=\"/embed-trap.js\"></script>\n\
</head>\n<body>\n<h1>Is IMS right for me?</h1>\n{code}\n</body>\n</html>\n";

/// The configurator's own files and the checker's it previews, by path in
/// the release's folder: the only requests the page may make.
fn is_own_file(path: &str) -> bool {
    path == "configure.html"
        || path.starts_with("configure/")
        || ["ims-checker.js", "ims-checker.css", "body-map.css"].contains(&path)
        || path.starts_with("pkg/ims-checker")
        || (path.starts_with("lang/") && path.ends_with(".json"))
}

/// Checks the page's requests: each one of the release's own files, none
/// with a query; a download's `blob:` link is the page's own memory.
#[track_caller]
fn expect_only_own_files(c: &Configurator, folder: &str) {
    let requests = c.requests();
    let foreign: Vec<&String> = requests
        .iter()
        .filter(|r| !r.starts_with("blob:"))
        .filter(|r| !r.strip_prefix(folder).is_some_and(is_own_file))
        .collect();
    if !foreign.is_empty() || requests.is_empty() {
        c.fail(format!(
            "the configurator may request only its own files and the checker's in {folder}; it requested {foreign:?} \
             (all: {requests:?})"
        ));
    }
}

/// The page kept the privacy promise (no request elsewhere or with data,
/// nothing stored, no CSP violation) and logged no error; after axe ran,
/// only axe's own blocked styles are forgiven.
#[track_caller]
fn expect_clean(c: &Configurator, after_axe: bool) {
    let mut health = c.site.health(c.page);
    if after_axe {
        health.privacy.csp_violations.retain(|v| !axe::caused_by_axe(v));
        health
            .console_errors
            .retain(|m| !m.text.starts_with("Applying inline style violates"));
    }
    c.site.expect_healthy(c.page, &health);
}

/// axe on the whole configurator page (the preview's checker included).
#[track_caller]
fn expect_axe_clean(c: &Configurator, label: &str) {
    if c.js(&format!("{}\n;typeof window.axe", axe::source())) != json!("object") {
        c.fail("axe-core did not load in the page");
    }
    let violations = axe::violations(label, &c.js(&axe::run_js("document")));
    if !violations.is_empty() {
        c.fail(format!(
            "axe found {} violation(s):\n{}",
            violations.len(),
            violations.join("\n")
        ));
    }
    expect_clean(c, true);
}

/// The text of the option of the list `id` whose value is `value`.
#[track_caller]
fn option_text(c: &Configurator, id: &str, value: &str) -> String {
    c.js(&format!(
        "[...document.getElementById({}).options].find(o => o.value === {})?.textContent.trim() ?? null",
        json!(id),
        json!(value)
    ))
    .as_str()
    .map(str::to_string)
    .unwrap_or_else(|| c.fail(format!("#{id} has no option {value:?}")))
}

/// Fill in a new clinic's settings as a person would, seeing a message
/// beside each kind of bad input before typing the right one.
fn fill_in(c: &Configurator) {
    // Nothing is said beside a field before it is changed, but the list of
    // problems above the code says the name is missing.
    c.expect_no_message("clinic-name");
    c.wait(
        "document.querySelector('[data-problem-for=\"clinic-name\"]') !== null",
        "the list of problems should say the clinic's name is missing",
    );

    c.type_into("Clinic name", CLINIC);
    c.expect_no_message("clinic-name");
    c.tab_to("Clinic name");
    c.empty_focused();
    c.expect_message("clinic-name", "Enter your clinic's name");
    c.type_into("Clinic name", CLINIC);
    c.expect_no_message("clinic-name");

    for (bad, said) in [
        ("javascript:alert(1)", "“javascript:” is not allowed"),
        ("booking.example.com/harbourside", "Start the link with https://"),
        ("https://booking.example.com/a b", "Remove the spaces"),
    ] {
        c.type_into("Booking link", bad);
        c.expect_message("booking-url", said);
    }
    c.type_into("Booking link", BOOKING);
    c.expect_no_message("booking-url");

    c.type_into("Phone", "call us");
    c.expect_message("phone", "“call us” is not a phone number");
    c.type_into("Phone", PHONE_NUMBER);
    c.expect_no_message("phone");

    c.type_into("Email", "front desk");
    c.expect_message("email", "“front desk” is not an email address");
    c.type_into("Email", EMAIL);
    c.expect_no_message("email");

    c.type_into("Nurse line", "811");

    // Who reviewed the rules, and a real day.
    c.type_into("Rules reviewed by", REVIEWER);
    c.type_into("Date of the review", "2026-02-30");
    c.expect_message("review-date", "Enter the day of the review as year-month-day");
    c.type_into("Date of the review", "2026-12-01");
    c.expect_no_message("review-date");

    c.type_into("Main colour", "#ffcc00");
    c.expect_message("accent", "hard to read");
    c.type_into("Main colour", "purple");
    c.expect_message("accent", "as a hex code");
    c.type_into("Main colour", ACCENT);
    c.expect_no_message("accent");
    c.type_into("Font", FONT);
    c.type_into("Corners", "six");
    c.expect_message("radius", "number of pixels");
    c.type_into("Corners", RADIUS);
    c.expect_no_message("radius");

    c.toggle("Chinese, simplified (简体中文)");
    c.toggle("Punjabi (ਪੰਜਾਬੀ)");

    // A note in each language offered: a box for Punjabi once it is ticked;
    // the English is the one every note needs.
    c.type_into("Insurance coverage, in French", COVERAGE_FR);
    c.expect_message("coverage-en", "Write this in English too");
    c.type_into("Insurance coverage, in English", COVERAGE_EN);
    c.expect_no_message("coverage-en");
    c.type_into("Insurance coverage, in Punjabi", COVERAGE_PA);
    c.expect_no_message("coverage-pa");

    c.toggle("Ask: Are you allergic to metal, such as nickel?");

    // A stricter result: open the question, then choose for its answer.
    let osteoporosis = c
        .js("document.querySelector('[data-question=\"osteoporosis\"] > summary').textContent.trim()")
        .as_str()
        .unwrap_or_default()
        .to_string();
    c.press_button(&osteoporosis);
    // Only the results the rule allows are offered: for severe
    // osteoporosis (talk to the clinic first), not suitable now alone.
    let offered = c.js("[...document.getElementById('level-osteoporosis--severe').options].map(o => o.value)");
    if offered != json!(["", "not-suitable"]) {
        c.fail(format!(
            "severe osteoporosis should offer the checker's result and “Not suitable now” only; it offers {offered}"
        ));
    }
    if c.js("document.getElementById('level-osteoporosis--no') === null") != json!(true) {
        c.fail("an answer that means no problem (osteoporosis “No”) should offer no stricter result");
    }
    c.choose(
        "When a visitor answers “Yes, and it is severe or not well controlled”",
        "Not suitable now",
    );

    // The clinic's own words for the bleeding question.
    let bleeding = option_text(c, "override-choice", "question:bleeding");
    c.choose("Text to reword", &bleeding);
    c.press_button("Reword this text");
    c.wait(
        "document.activeElement?.id === 'override-question--bleeding-en'",
        "“Reword this text” should take the focus to the new English words",
    );
    c.empty_focused();
    c.expect_message("override-question--bleeding-en", "Write your words in English");
    if let Err(e) = c.page.type_text(BLEEDING) {
        c.fail(format!("typing the new words failed: {e}"));
    }
    c.expect_no_message("override-question--bleeding-en");

    // Every problem is fixed: the code has every setting.
    c.wait(
        "document.querySelector('.cfg-all-good') !== null && document.querySelectorAll('.cfg-message').length === 0",
        "with every problem fixed, nothing should be said of a problem",
    );
}

/// The code as the page shows it, copied with its button (the copy is kept
/// in the page for the test, as `embed-trap.js` keeps a widget's).
fn copy_code(c: &Configurator) -> String {
    c.js(
        "(() => { window.__copied = []; Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, \
         value: (text) => { window.__copied.push(String(text)); return Promise.resolve(); } }); return true; })()",
    );
    c.press_button("Copy the code");
    c.wait(
        "document.querySelector('.cfg-status').textContent.startsWith('Copied.')",
        "the copy button should say the code was copied",
    );
    let code = c.code();
    let copied = c.js("window.__copied");
    if copied != json!([code]) {
        c.fail(format!(
            "the button should copy the code the page shows:\n{code}\ncopied: {copied}"
        ));
    }
    code
}

/// The preview is the real checker with the settings: the theme on its
/// element, the languages in its menu, the language picked for it.
fn expect_preview(c: &Configurator) {
    let accent = "getComputedStyle(document.querySelector('[data-preview] ims-checker')).getPropertyValue('--ims-accent').trim()";
    c.wait(
        &format!(
            "document.querySelector('[data-preview] ims-checker') !== null && {accent} === {}",
            json!(ACCENT)
        ),
        "the preview's checker should take the chosen colour",
    );
    let menu = "[...(document.querySelector('[data-preview] ims-checker')?.shadowRoot?.querySelectorAll('[data-action=lang] option') ?? [])].map(o => o.value)";
    c.wait(
        &format!("JSON.stringify({menu}) === {}", json!(json!(LANGUAGES).to_string())),
        format!("the preview's language menu should offer {LANGUAGES:?}"),
    );
    c.choose("Show the preview in", "ਪੰਜਾਬੀ");
    c.wait(
        "document.querySelector('[data-preview] ims-checker')?.shadowRoot?.querySelector('.ims')?.lang === 'pa'",
        "the preview should start again in Punjabi",
    );
}

/// The pasted code in a fresh clinic page, served from a fresh copy of the
/// release under the strict CSP (with the hash the configurator gave for
/// its style rule): the checker has every chosen setting.
fn expect_the_code_works(name: &str, code: &str, csp_hash: &str) {
    let release = Release::new(name);
    let trap = pages_dir().join("embed-trap.js");
    fs::copy(&trap, release.dir.path().join("embed-trap.js"))
        .unwrap_or_else(|e| panic!("[{name}] copying {}: {e}", trap.display()));
    release
        .dir
        .write("clinic.html", HOST_PAGE.replace("{code}", code))
        .unwrap_or_else(|e| panic!("[{name}] writing the clinic's page: {e}"));
    let csp = DEFAULT_CSP.replace("style-src 'self';", &format!("style-src 'self' {csp_hash};"));
    assert_ne!(csp, DEFAULT_CSP, "[{name}] the CSP should take the style rule's hash");
    let site = Site::open_folder_with(name, release.dir, "clinic.html", &csp, true);
    let w = site.widget("ims-checker");
    w.expect_start();

    let theme = site.js(
        "(() => { const s = getComputedStyle(document.querySelector('ims-checker')); \
         return ['--ims-accent', '--ims-font', '--ims-radius'].map(p => s.getPropertyValue(p).trim()); })()",
    );
    if theme != json!([ACCENT, FONT, RADIUS]) {
        w.fail(format!(
            "the page's checker should have the chosen theme; it has {theme}"
        ));
    }
    let menu = w.attrs("[data-action=lang] option", "value");
    if menu != LANGUAGES {
        w.fail(format!(
            "the language menu should offer {LANGUAGES:?}; it offers {menu:?}"
        ));
    }

    // A visitor for whom IMS may suit: the booking link, the phone, the
    // clinic's coverage note; the question left out is not asked, and the
    // bleeding question has the clinic's words.
    journey(&w, "no");
    w.expect_outcome("suitable", None);
    w.expect_book_link(BOOKING);
    w.expect_phone_link(PHONE_NUMBER);
    if !w.text(".ims-step").contains(COVERAGE_EN) {
        w.fail(format!(
            "the result should show the clinic's coverage note {COVERAGE_EN:?}"
        ));
    }

    // Severe osteoporosis: the checker says "talk to the clinic first";
    // this clinic made it "not suitable now".
    w.restart();
    journey(&w, "severe");
    w.expect_outcome("not-suitable", None);
    let reason = w.attrs("[data-rule=\"osteoporosis/severe\"]", "data-level");
    if !reason.contains(&"not-suitable".to_string()) {
        w.fail(format!(
            "the result should give the clinic's stricter level as its reason; reasons: {reason:?}"
        ));
    }
    w.expect_phone_link(PHONE_NUMBER);
    site.expect_clean(&[]);
}

/// Knee pain; every health question answered "no" but osteoporosis,
/// `osteoporosis`; checks the question the clinic left out is asked on no
/// page and the bleeding item reads as the clinic wrote its question.
fn journey(w: &Widget, osteoporosis: &str) {
    w.pass_warning();
    w.region_in_list("knee-left");
    w.next_to("health");
    let bleeding = std::cell::RefCell::new(None);
    w.fill_health_looking(&[("osteoporosis", osteoporosis)], &|| {
        if w.has("[data-question=\"metal-allergy\"], [data-listed=\"metal-allergy\"]") {
            w.fail("the question the clinic left out (metal allergy) is asked");
        }
        if w.has("[data-listed=\"bleeding\"]") {
            *bleeding.borrow_mut() = Some(w.text("[data-listed=\"bleeding\"]"));
        }
    });
    let bleeding = bleeding.into_inner().unwrap_or_default();
    if !bleeding.contains(BLEEDING) {
        w.fail(format!(
            "the bleeding item should read as the clinic wrote the question, {BLEEDING:?}; it reads {bleeding:?}"
        ));
    }
    w.next();
}

/// The rules sheet lists the clinic's changes on its first page, in the
/// physiotherapist's words (no ids but in the closing appendix), signs off
/// after the last rule, and prints alone without splitting words.
fn expect_rules_sheet(c: &Configurator) {
    let sheet = c.sheet_with(BLEEDING);
    let first_page = sheet
        .split("What the visitor reads on each result")
        .next()
        .unwrap_or_default();
    for said in [
        format!("Clinic: {CLINIC}"),
        format!("Phone: {PHONE_NUMBER}"),
        "Languages offered: English, Français, 简体中文, ਪੰਜਾਬੀ".to_string(),
        "Turned off by this clinic: “Are you allergic to metal, such as nickel?”".to_string(),
        "“Yes, and it is severe or not well controlled”: Talk to the clinic first → Not suitable now".to_string(),
        "Reworded: Question: “".to_string(),
        format!("” → “{BLEEDING}”"),
        format!("Note on insurance coverage, shown with what to expect: “{COVERAGE_EN}”"),
    ] {
        if !first_page.contains(&said) {
            c.fail(format!(
                "the rules sheet's first page should say {said:?}:\n{first_page}"
            ));
        }
    }
    for said in ["Reviewed by (physiotherapist):", "Signature:", "Date:"] {
        if !sheet.contains(said) {
            c.fail(format!("the rules sheet should say {said:?}"));
        }
    }
    let row = c.js(
        "(() => { const h = [...document.querySelectorAll('.cfg-sheet h5')].find(h => h.textContent.startsWith('Do you have thin or weak bones?')); \
         let t = h?.nextElementSibling; while (t && t.tagName !== 'TABLE') t = t.nextElementSibling; \
         const r = [...(t?.querySelectorAll('tbody tr') ?? [])].find(r => r.cells[0].textContent === 'Yes, and it is severe or not well controlled'); \
         return r ? [...r.cells].map(c => c.textContent) : null; })()",
    );
    let cells: Vec<&str> = row
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if cells.get(1) != Some(&"Not suitable now")
        || !cells.get(2).is_some_and(|s| s.contains("made stricter by the clinic"))
    {
        c.fail(format!(
            "the rules sheet's osteoporosis table should give \"severe or not well controlled\" the clinic's \
             \"Not suitable now\", made stricter by the clinic; the row reads {row}"
        ));
    }
    let tables = c.js("document.querySelectorAll('.cfg-sheet table thead th[scope=col]').length");
    if tables.as_u64().unwrap_or(0) < 20 {
        c.fail(format!(
            "the rules sheet should draw its tables with column headers; {tables} found"
        ));
    }
    // Ids (code) only after the last heading, the web admin's appendix; the
    // signature after the last table.
    let order = c.js(
        "(() => { const s = document.querySelector('.cfg-sheet'); const all = [...s.querySelectorAll('*')]; \
         const at = (e) => all.indexOf(e); const hs = [...s.querySelectorAll('h4')]; const last = hs[hs.length - 1]; \
         const codes = [...s.querySelectorAll('code')]; const tables = [...s.querySelectorAll('table')]; \
         const sign = [...s.querySelectorAll('p')].find(p => p.textContent.includes('Reviewed by (physiotherapist)')); \
         return { appendix: last.textContent, idsBefore: codes.filter(c => at(c) < at(last)).length, ids: codes.length, \
                  signedAfterRules: !!sign && at(sign) > at(tables[tables.length - 1]) && at(sign) < at(last) }; })()",
    );
    if !order["appendix"]
        .as_str()
        .is_some_and(|h| h.starts_with("Appendix for the clinic's web admin"))
        || order["idsBefore"] != json!(0)
        || order["ids"].as_u64().unwrap_or(0) < 30
        || order["signedAfterRules"] != json!(true)
    {
        c.fail(format!(
            "the rules sheet should end with the signature after the last rule, then the ids' appendix, \
             with no id before it: {order}"
        ));
    }

    // Printed, the page is the rules sheet alone.
    let shown = "(() => { const v = (s) => !!document.querySelector(s)?.checkVisibility(); \
                 return [v('.cfg-sheet'), v('.cfg-settings'), v('.cfg-code'), v('.cfg-preview'), v('.cfg-header')]; })()";
    if c.js(shown) != json!([true, true, true, true, true]) {
        c.fail(format!("on screen every part should show: {}", c.js(shown)));
    }
    c.page
        .cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .unwrap_or_else(|e| c.fail(format!("cannot emulate print: {e}")));
    let printed = c.js(shown);
    c.page
        .cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .unwrap_or_else(|e| c.fail(format!("cannot stop emulating print: {e}")));
    if printed != json!([true, false, false, false, false]) {
        c.fail(format!(
            "printed, the page should show the rules sheet alone (sheet, settings, code, preview, header): {printed}"
        ));
    }
    // A table's words break only between words: no column narrower than a word.
    let wrap = c.js(
        "(() => { const td = document.querySelector('.cfg-sheet td'); const s = getComputedStyle(td); \
         return [s.overflowWrap, s.wordBreak, s.hyphens]; })()",
    );
    if wrap != json!(["break-word", "normal", "manual"]) {
        c.fail(format!(
            "the rules sheet's cells should break only between words (overflow-wrap, word-break, hyphens): {wrap}"
        ));
    }
}

/// The configuration file downloaded: what `ims-checker validate` reads,
/// with every setting.
fn download_file(c: &Configurator, into: &Path) -> std::path::PathBuf {
    c.page
        .allow_downloads(into)
        .unwrap_or_else(|e| c.fail(format!("cannot allow downloads: {e}")));
    c.press_button("Download the configuration file (ims-checker-config.json)");
    let file = into.join("ims-checker-config.json");
    let text = poll(
        WAIT,
        Duration::from_millis(100),
        || fs::read_to_string(&file).map_err(|e| e.to_string()),
        |_| {},
    )
    .unwrap_or_else(|e| {
        c.fail(format!(
            "the configuration file never arrived in {}: {e}",
            into.display()
        ))
    });
    let config: Value = serde_json::from_str(&text).unwrap_or_else(|e| c.fail(format!("not JSON ({e}):\n{text}")));
    let want = json!({
        "clinic-name": CLINIC,
        "booking-url": BOOKING,
        "phone": PHONE_NUMBER,
        "email": EMAIL,
        "emergency-number": "911",
        "nurse-line": "811",
        "coverage": { "en": COVERAGE_EN, "fr": COVERAGE_FR, "pa": COVERAGE_PA },
        "languages": LANGUAGES,
        "rows-turned-off": ["metal-allergy"],
        "stricter-levels": { "osteoporosis/severe": "not-suitable" },
        "review": { "by": REVIEWER, "date": "2026-12-01" },
        "look": { "mode": "inline", "accent": ACCENT, "font": FONT, "radius": RADIUS },
    });
    for (key, value) in want.as_object().into_iter().flatten() {
        if config[key] != *value {
            c.fail(format!("the file's {key} should be {value}; the file:\n{text}"));
        }
    }
    if config["text-overrides"]["question:bleeding"]["en"] != json!(BLEEDING) {
        c.fail(format!(
            "the file should hold the clinic's words for the bleeding question:\n{text}"
        ));
    }
    file
}

#[test]
fn a_new_clinic_sets_up_its_checker_with_the_keyboard_and_the_code_works_on_its_page() {
    let name = "configurator-new-clinic";
    let (site, folder, integrity) = Release::new(name).configurator(name);
    let c = Configurator::new(&site, &site.page);
    fill_in(&c);
    expect_preview(&c);

    let code = copy_code(&c);
    let src = format!("<script type=\"module\" src=\"{folder}ims-checker.js\"");
    if !code.starts_with(&src) {
        c.fail(format!(
            "the code should load the loader beside the configurator ({src}):\n{code}"
        ));
    }
    match &integrity {
        Some(hash) => {
            let tag = format!("integrity=\"{hash}\" crossorigin=\"anonymous\"></script>");
            if !code.contains(&tag) {
                c.fail(format!(
                    "from the package, the code should carry the loader's hash ({tag}):\n{code}"
                ));
            }
        }
        None => {
            if code.contains("integrity=")
                || c.js("document.querySelector('[data-integrity=none]') !== null") != json!(true)
            {
                c.fail(format!(
                    "from dist/, the code has no hash and the page should say so:\n{code}"
                ));
            }
        }
    }
    for part in [
        format!(
            "<style>ims-checker {{ --ims-accent: {ACCENT}; --ims-font: {FONT}; --ims-radius: {RADIUS}; }} ims-checker"
        ),
        format!("clinic-name=\"{CLINIC}\""),
        "<script type=\"application/json\" id=\"ims-checker-config\">".to_string(),
    ] {
        if !code.contains(&part) {
            c.fail(format!("the code should hold {part}:\n{code}"));
        }
    }
    let csp_hash = c
        .js("document.querySelector('[data-csp-hash]')?.dataset.cspHash ?? null")
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| c.fail("the page should give the style rule's CSP hash"));

    expect_rules_sheet(&c);

    // Download the file, then load it in a fresh configurator: the same
    // settings, the look too (colours, font, corners), so the very same code.
    let downloads = TempDir::new("ims-downloads").unwrap_or_else(|e| panic!("[{name}] temp dir: {e}"));
    let file = download_file(&c, downloads.path());
    expect_only_own_files(&c, &folder);
    expect_clean(&c, false);
    expect_axe_clean(&c, "configurator, filled in");

    let second = site.open_page(&format!("{folder}configure.html"));
    let loaded = Configurator::new(&site, &second);
    loaded.press_button("Already have a configuration? Load it to change it");
    second
        .choose_file("#load-file", &file)
        .unwrap_or_else(|e| loaded.fail(format!("cannot choose the file: {e}")));
    loaded.wait(
        &format!("document.getElementById('clinic-name').value === {}", json!(CLINIC)),
        "loading the downloaded file should fill in the clinic's name",
    );
    let loaded_code = loaded.code();
    if loaded_code != code {
        loaded.fail(format!(
            "the file loaded back should give the very same code, style rule and all:\n{loaded_code}\nwant:\n{code}"
        ));
    }

    // The code pasted back gives the very same code.
    let third = site.open_page(&format!("{folder}configure.html"));
    let pasted = Configurator::new(&site, &third);
    pasted.press_button("Already have a configuration? Load it to change it");
    pasted.tab_to("Or paste your configuration, or the code from your page");
    third
        .cdp("Input.insertText", json!({ "text": code }))
        .unwrap_or_else(|e| pasted.fail(format!("cannot paste: {e}")));
    pasted.press_button("Load what I pasted");
    pasted.wait(
        &format!("document.getElementById('code').value === {}", json!(code)),
        "the code pasted back should give the very same code",
    );
    for page in [&second, &third] {
        site.expect_clean_on(page, &[]);
    }

    expect_the_code_works(&format!("{name}-pasted"), &code, &csp_hash);
}

/// A configuration with problems: each is said in plain words beside its
/// setting and fixed with the keyboard.
#[test]
fn a_configuration_with_problems_loads_with_each_problem_said() {
    let name = "configurator-problems";
    let (site, folder, _) = Release::new(name).configurator(name);
    let c = Configurator::new(&site, &site.page);
    let file = "{\n  \"clinic-name\": \"Harbourside Physiotherapy\",\n  \"colour\": \"red\",\n  \
                \"languages\": [\"en\", \"de\"],\n  \"rows-turned-off\": [\"pregnant\"],\n  \
                \"stricter-levels\": { \"bleeding/yes\": \"suitable\", \"osteoporosis/no\": \"emergency\" }\n}";
    c.press_button("Already have a configuration? Load it to change it");
    c.tab_to("Or paste your configuration, or the code from your page");
    c.page
        .cdp("Input.insertText", json!({ "text": file }))
        .unwrap_or_else(|e| c.fail(format!("cannot paste: {e}")));
    c.press_button("Load what I pasted");
    c.wait(
        "document.querySelector('.cfg-load-report')?.textContent.includes('Loaded what you pasted.')",
        "the page should say what it loaded",
    );
    let report = c.js("document.querySelector('.cfg-load-report').textContent");
    if !report
        .as_str()
        .unwrap_or_default()
        .contains("“colour” is not a setting the checker knows")
    {
        c.fail(format!(
            "the page should say an unknown setting was not loaded: {report}"
        ));
    }
    c.expect_message(
        "level-bleeding--yes",
        "This would make the rule less strict: the checker says “Talk to the clinic first” for this answer",
    );
    c.expect_message(
        "rows-turned-off",
        "“Are you pregnant?” is a safety question the checker always asks",
    );
    c.expect_message("languages", "The checker has no language “de”");
    // An unsafe stricter result from a file: refused, saying why.
    c.expect_message(
        "stricter-levels",
        "This answer means no problem, so it cannot lead to a stricter result.",
    );
    let listed = c.js("[...document.querySelectorAll('[data-problem-for]')].map(a => a.dataset.problemFor)");
    if listed != json!(["languages", "rows-turned-off", "level-bleeding--yes", "stricter-levels"]) {
        c.fail(format!(
            "the list of problems should link each problem to its setting: {listed}"
        ));
    }

    // Following a link opens the folded question and focuses its answer.
    let link = c.js("document.querySelector('[data-problem-for=\"level-bleeding--yes\"]').textContent.trim()");
    c.press_button(link.as_str().unwrap_or_default());
    c.wait(
        "document.activeElement?.id === 'level-bleeding--yes' && document.activeElement.closest('details').open",
        "the link should open the question and focus its answer",
    );
    c.choose(
        "When a visitor answers “Yes”",
        "As the checker says: Talk to the clinic first",
    );
    c.expect_no_message("level-bleeding--yes");
    c.press_button("Remove “osteoporosis/no”");
    c.expect_no_message("stricter-levels");
    c.press_button("Remove “pregnant”");
    c.expect_no_message("rows-turned-off");
    c.press_button("Remove “de”");
    c.expect_no_message("languages");
    c.wait(
        "document.querySelector('.cfg-all-good') !== null",
        "with every problem fixed, the list of problems should go",
    );
    expect_only_own_files(&c, &folder);
    expect_clean(&c, false);
    expect_axe_clean(&c, "configurator, a loaded configuration fixed");
}

/// Screenshots of the configurator on a phone and a desktop, to look at
/// (screenshots/configurator-*.png); axe on the phone.
#[test]
fn screenshots_of_the_configurator_on_a_phone_and_a_desktop() {
    let name = "configurator-screenshots";
    let (site, folder, _) = Release::new(name).configurator(name);
    for (label, (width, height)) in [("desktop", DESKTOP), ("phone", PHONE)] {
        let page: Page = site.open_page(&format!("{folder}configure.html"));
        page.set_viewport(width, height, label == "phone")
            .unwrap_or_else(|e| panic!("[{name}] viewport: {e}"));
        let c = Configurator::new(&site, &page);
        c.type_into("Clinic name", CLINIC);
        c.type_into("Booking link", "javascript:alert(1)");
        c.expect_message("booking-url", "is not allowed");
        c.wait(
            "document.querySelector('[data-preview] ims-checker')?.shadowRoot?.querySelector('[data-step]') != null",
            "the preview should show the checker",
        );
        let dir = screenshots_dir();
        page.screenshot(dir.join(format!("configurator-{label}.png")))
            .unwrap_or_else(|e| panic!("[{name}] screenshot: {e}"));
        page.screenshot_element("main", dir.join(format!("configurator-{label}-page.png")))
            .unwrap_or_else(|e| panic!("[{name}] screenshot: {e}"));
        let overflow = c.js("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if overflow.as_i64().unwrap_or(1) > 0 {
            c.fail(format!(
                "the page should fit {width} px without scrolling sideways ({overflow} px more)"
            ));
        }
        if label == "desktop" {
            page.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
                .unwrap_or_else(|e| panic!("[{name}] print: {e}"));
            page.screenshot(dir.join("configurator-print.png"))
                .unwrap_or_else(|e| panic!("[{name}] screenshot: {e}"));
            page.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
                .unwrap_or_else(|e| panic!("[{name}] print: {e}"));
        }
        if label == "phone" {
            expect_axe_clean(&c, "configurator on a phone");
        } else {
            // Behind a button: the preview shows the clinic's button, which
            // opens the checker in a window.
            c.pick("Behind a button");
            c.type_into("The button's words", "Is IMS for me?");
            let button = "document.querySelector('[data-preview] ims-checker[mode=launcher]')?.shadowRoot?.querySelector('.ims-launch')";
            c.wait(
                &format!("{button}?.textContent === 'Is IMS for me?'"),
                "the preview should show the launcher's button with the clinic's words",
            );
            c.js(&format!("{button}.click()"));
            c.wait(
                "document.querySelector('[data-preview] ims-checker')?.shadowRoot?.querySelector('dialog[open] [data-step]') != null",
                "the launcher's button should open the checker in a window",
            );
            page.screenshot(dir.join("configurator-launcher.png"))
                .unwrap_or_else(|e| panic!("[{name}] screenshot: {e}"));
        }
    }
}

/// Opened as a file from the computer, where browsers do not run its module
/// scripts, the configurator says how to open it instead of loading forever.
#[test]
fn opened_as_a_file_the_configurator_says_how_to_open_it() {
    let dist = ims_checker_e2e::dist_dir().unwrap_or_else(|e| panic!("{e}"));
    let browser = ims_checker_e2e::Browser::launch(DESKTOP).unwrap_or_else(|e| panic!("cannot launch Chromium: {e}"));
    let page = browser.new_page().unwrap_or_else(|e| panic!("cannot open a tab: {e}"));
    let url = format!("file://{}/configure.html", dist.display());
    page.goto(&url).unwrap_or_else(|e| panic!("cannot open {url}: {e}"));
    let said = page.wait_for(
        "document.querySelector('.cfg-loading[role=alert]')?.textContent.includes('only works from a website')",
        Duration::from_secs(10),
    );
    if let Err(e) = said {
        let text = page
            .eval("document.querySelector('main')?.textContent ?? ''")
            .unwrap_or_default();
        panic!("opened as a file, the configurator should say it works only from a website ({e}); it shows {text}");
    }
}
