//! Embedding the widget in other people's pages, as the README's "Add it to
//! your site" guide describes: a copy of dist/ served with the fixture pages
//! of `tests/e2e/pages/embed/` under the strict CSP of the harness. Each test
//! opens its own page and ends by checking that the page saw no CSP
//! violation, no uncaught exception, no dialog and kept the privacy promise.

use ims_checker_e2e::widget::*;
use ims_checker_e2e::{Page, DEFAULT_CSP};
use serde_json::{json, Value};

/// The widget's own configuration problems, as logged to the console.
const CONFIG_LOG: &str = "ims-checker configuration: ";

// ---------------------------------------------------------------------------
// 1. The host page's styles

/// The computed styles compared between a plain and a hostile host page.
const STYLED: [&str; 3] = [".ims", ".ims-step-title", "[data-action=next]"];
const PROPS: [&str; 7] = [
    "display",
    "font-size",
    "color",
    "font-family",
    "line-height",
    "letter-spacing",
    "text-transform",
];

#[test]
fn hostile_host_css_does_not_change_the_widget() {
    let site = Site::open("embed-hostile-css", "plain.html");
    let plain = site.widget("#widget");
    plain.expect_first_step();
    let want = plain.computed(&STYLED, &PROPS);

    let hostile_page = site.open_page("hostile.html");
    let hostile = site.widget_on(&hostile_page, "#widget");
    hostile.expect_first_step();
    let got = hostile.computed(&STYLED, &PROPS);

    let mut differences = Vec::new();
    for sel in STYLED {
        if want[sel].is_null() {
            plain.fail(format!("on the plain page no `{sel}` was found in the widget"));
        }
        if got[sel].is_null() {
            differences.push(format!("`{sel}`: missing on the hostile page"));
            continue;
        }
        let names = want[sel]
            .as_object()
            .map(|o| o.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default();
        for prop in names {
            if want[sel][&prop] != got[sel][&prop] {
                differences.push(format!(
                    "`{sel}` {prop}: expected {} (as on the plain page), got {}",
                    want[sel][&prop], got[sel][&prop]
                ));
            }
        }
    }

    // The visitor can still go through the check on the hostile page.
    hostile.journey("hip-right", &[], "suitable");
    hostile.expect_book_link("https://booking.example.com/plainview/ims");
    site.expect_clean_on(&hostile_page, &[]);
    site.expect_clean(&[]);

    // Reported last, so a failure also tells whether the journey worked.
    if !differences.is_empty() {
        hostile.fail(format!(
            "the host page's CSS (pages/embed/hostile.css) changed the widget inside its shadow root \
             (the journey itself still reached its result):\n    {}",
            differences.join("\n    ")
        ));
    }
}

// ---------------------------------------------------------------------------
// 2. Several instances

#[test]
fn two_clinics_on_one_page_are_independent() {
    const A_BOOK: &str = "https://north.example.com/book/ims?clinic=north&type=assessment";
    const B_BOOK: &str = "https://south.example.org/appointments/dry-needling#new";
    let site = Site::open("embed-two-clinics", "two-clinics.html");
    let a = site.widget("#clinic-a");
    let b = site.widget("#clinic-b");
    a.expect_first_step();
    b.expect_first_step();

    let none = "[data-question=\"red-flags-general\"] [data-answer=\"none\"]";
    a.answer("red-flags-general", "none");
    if b.js(&format!("{}?.checked", b.q(none))) != json!(false) {
        b.fail(format!(
            "ticking `none` in clinic A should leave clinic B's `{none}` unticked; it is ticked"
        ));
    }
    a.next_page();
    a.answer("red-flags-general", "none");
    a.next_to("where");
    if b.current_step().as_deref() != Some("warning") {
        b.fail(format!(
            "clinic A moved to `where`; clinic B should still be on `warning`, is on {:?}",
            b.current_step()
        ));
    }

    // A all the way to its result; B untouched meanwhile. A's two places
    // differ (an infected wrist is not suitable), so A lists them.
    a.region_in_list("hip-right");
    a.region_in_list("wrist-hand-right");
    a.next_to("health");
    a.fill_health(&[("skin-infection", "yes")]);
    a.region_follow_up("skin-infection", &["wrist-hand-right"]);
    a.next();
    a.expect_outcome("suitable", None);
    if b.current_step().as_deref() != Some("warning") || b.js(&format!("{}?.checked", b.q(none))) != json!(false) {
        b.fail(format!(
            "after clinic A reached its result, clinic B should still be on a fresh `warning` step; it is on {:?}",
            b.current_step()
        ));
    }

    // B to a result of its own (another place, a talk-first answer).
    b.journey("shoulder-right", &[("bleeding", "yes")], "talk-first");
    a.check_outcome("suitable", None);
    b.expect_phone_link("+1-250-555-0122");
    if !b.book_hrefs().is_empty() {
        b.fail(format!(
            "a talk-first result offers no booking link; clinic B shows {:?}",
            b.book_hrefs()
        ));
    }
    b.restart();
    b.journey("knee-left", &[], "suitable");

    a.expect_book_link(A_BOOK);
    b.expect_book_link(B_BOOK);
    a.expect_phone_link("+1-604-555-0111");
    b.expect_phone_link("+1-250-555-0122");
    // A lists its own two places; B, with one place, lists none.
    let mut a_places = a.places();
    a_places.sort();
    let b_places = b.places();
    if a_places != ["hip-right=suitable", "wrist-hand-right=not-suitable"] || !b_places.is_empty() {
        a.fail(format!(
            "each result should list only its own places: expected A [\"hip-right=suitable\", \"wrist-hand-right=not-suitable\"] \
             and B none (one place); got A {a_places:?}, B {b_places:?}"
        ));
    }
    site.expect_clean(&[]);
}

// ---------------------------------------------------------------------------
// 3. Launcher mode

#[test]
fn launcher_loads_the_widget_only_when_opened() {
    const BOOK: &str = "https://booking.example.com/launch-bay/ims";
    let site = Site::open("embed-launcher", "launcher.html");
    let w = site.widget("#launcher");
    w.wait(
        &format!(
            "{} !== null && performance.getEntriesByType('resource').some(e => e.name.endsWith('/ims-checker.js'))",
            w.q(".ims-launch")
        ),
        "expected the launcher button `.ims-launch` and ims-checker.js",
    );
    // Whatever the page sets off at load has started once it is idle.
    site.wait_until_idle(&site.page);
    let before = site.request_paths(&site.page);
    let page_own = ["/launcher.html", "/embed-trap.js"];
    let widget_files: Vec<&String> = before.iter().filter(|p| !page_own.contains(&p.as_str())).collect();
    if widget_files != ["/ims-checker.js"] {
        w.fail(format!(
            "before the launcher is clicked the page should fetch only /ims-checker.js for the widget (its button styles ride in it; no glue, no wasm, no widget styles); it fetched {widget_files:?} (all requests: {before:?})"
        ));
    }
    if w.js(&format!("{}?.open", w.q(".ims-dialog"))) != json!(false) || w.has(".ims") {
        w.fail("before the click the dialog should exist closed and hold no widget yet");
    }

    // Bytes the host page paid for the launcher before anyone opens it.
    let sizes = site.js(
        "performance.getEntriesByType('resource').filter(e => /\\/ims-checker\\.js$/.test(e.name)) \
         .map(e => ({ name: new URL(e.name).pathname, transfer: e.transferSize, body: e.encodedBodySize }))",
    );
    let entries = sizes.as_array().cloned().unwrap_or_default();
    let transfer: u64 = entries.iter().filter_map(|e| e["transfer"].as_u64()).sum();
    let body: u64 = entries.iter().filter_map(|e| e["body"].as_u64()).sum();
    println!(
        "launcher mode before opening: ims-checker.js = {transfer} bytes transferred ({body} bytes of body, uncompressed); per file: {}",
        Value::Array(entries.clone())
    );
    if entries.len() != 1 || transfer == 0 {
        w.fail(format!(
            "expected a resource timing for ims-checker.js with its size; got {}",
            Value::Array(entries)
        ));
    }
    if transfer > 10 * 1024 {
        w.fail(format!(
            "before opening, the launcher should cost the host page little: expected at most 10240 bytes for ims-checker.js, got {transfer}"
        ));
    }

    // Open: the dialog shows the widget, which loads now.
    site.page
        .click("#launcher >>> .ims-launch")
        .unwrap_or_else(|e| w.fail(format!("clicking the launcher failed: {e}")));
    w.wait(
        &format!("{}?.open === true", w.q(".ims-dialog")),
        "expected the dialog to open after clicking `.ims-launch`",
    );
    w.wait(
        &format!("{}?.dataset.step === 'warning'", w.q(".ims-dialog [data-step]")),
        "expected the widget's first step inside `.ims-dialog` after clicking the launcher",
    );
    let after = site.request_paths(&site.page);
    for needed in [
        "/pkg/ims-checker.js",
        "/pkg/ims-checker_bg.wasm",
        "/ims-checker.css",
        "/body-map.css",
    ] {
        if !after.iter().any(|p| p == needed) {
            w.fail(format!(
                "after opening, expected a request for {needed}; requests: {after:?}"
            ));
        }
    }

    // A journey inside the dialog.
    w.journey("hip-right", &[], "suitable");
    w.expect_book_link(BOOK);
    w.expect_phone_link("+1-604-555-0133");
    if w.js(&format!("{}?.open", w.q(".ims-dialog"))) != json!(true) {
        w.fail("the dialog closed during the journey");
    }

    // Escape closes it.
    site.page
        .press_key("Escape")
        .unwrap_or_else(|e| w.fail(format!("pressing Escape failed: {e}")));
    w.wait(
        &format!("{}?.open === false", w.q(".ims-dialog")),
        "expected Escape to close the dialog",
    );

    // Reopen (no second load), then the close button closes it.
    site.page
        .click("#launcher >>> .ims-launch")
        .unwrap_or_else(|e| w.fail(format!("clicking the launcher again failed: {e}")));
    w.wait(
        &format!("{}?.open === true", w.q(".ims-dialog")),
        "expected the dialog to open again",
    );
    site.page
        .click("#launcher >>> .ims-close")
        .unwrap_or_else(|e| w.fail(format!("clicking `.ims-close` failed: {e}")));
    w.wait(
        &format!("{}?.open === false", w.q(".ims-dialog")),
        "expected `.ims-close` to close the dialog",
    );
    let wasm_loads = site
        .request_paths(&site.page)
        .iter()
        .filter(|p| p.ends_with(".wasm"))
        .count();
    if wasm_loads != 1 {
        w.fail(format!(
            "opening the launcher twice should load the wasm once; it was requested {wasm_loads} times"
        ));
    }
    site.expect_clean(&[]);
}

// ---------------------------------------------------------------------------
// 4. Invalid configurations

/// The widget shows `.ims-config-problem[role=alert]` with an item
/// `"{path}: …{phrase}…"`, and logged the same to the console.
#[track_caller]
fn expect_config_problem(w: &Widget<'_>, path: &str, phrase: &str) {
    w.wait(
        &format!(
            "((e) => !!e && e.getClientRects().length > 0 && e.innerText.trim().length > 0)({})",
            w.q(".ims-config-problem[role=alert]")
        ),
        format!("expected a visible `.ims-config-problem[role=alert]` naming `{path}`"),
    );
    let items = w.config_problems();
    let prefix = format!("{path}: ");
    if !items.iter().any(|i| i.starts_with(&prefix) && i.contains(phrase)) {
        w.fail(format!(
            "expected `.ims-config-problem` to list \"{path}: …{phrase}…\"; it lists {items:?}"
        ));
    }
    let logged = w.site.console_errors(w.page);
    let want = format!("{CONFIG_LOG}{path}: ");
    if !logged.iter().any(|t| t.starts_with(&want) && t.contains(phrase)) {
        w.fail(format!(
            "expected console.error \"{want}…{phrase}…\"; console errors: {logged:?}"
        ));
    }
}

/// The rest of the configuration still works: a journey to a suitable
/// result with the clinic's exact booking link and phone.
#[track_caller]
fn expect_still_books(w: &Widget<'_>, book: &str, phone: &str) {
    w.journey("hip-right", &[], "suitable");
    w.expect_book_link(book);
    w.expect_phone_link(phone);
}

#[test]
fn a_javascript_booking_url_is_refused_and_the_phone_still_shown() {
    let site = Site::open("embed-config-javascript-url", "config-javascript-url.html");
    let w = site.widget("#widget");
    w.expect_first_step();
    expect_config_problem(&w, "booking-url", "refused");
    w.journey("hip-right", &[("bleeding", "yes")], "talk-first");
    w.expect_phone_link("+1-604-555-0144");
    let scripted = w.js(&format!(
        "{}.map(e => e.tagName.toLowerCase() + ' ' + (e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action')))",
        w.qa("[href], [src], [action]")
    ));
    let bad: Vec<String> = strings(&scripted)
        .into_iter()
        .filter(|s| s.to_ascii_lowercase().contains("javascript:"))
        .collect();
    if !bad.is_empty() {
        w.fail(format!(
            "no link in the widget may use the refused javascript: URL; found {bad:?}"
        ));
    }
    // A suitable result offers no booking link at all rather than the refused one.
    w.restart();
    w.journey("hip-right", &[], "suitable");
    if !w.book_hrefs().is_empty() {
        w.fail(format!(
            "with the booking-url refused, no booking link should be offered; found {:?}",
            w.book_hrefs()
        ));
    }
    w.expect_phone_link("+1-604-555-0144");
    site.expect_clean(&[CONFIG_LOG]);
}

#[test]
fn malformed_json_configuration_is_reported_and_the_attributes_still_work() {
    let site = Site::open("embed-config-malformed-json", "config-malformed-json.html");
    let w = site.widget("#widget");
    w.expect_first_step();
    expect_config_problem(&w, "config", "not valid JSON");
    expect_still_books(&w, "https://booking.example.com/comma/ims", "+1-604-555-0145");
    site.expect_clean(&[CONFIG_LOG]);
}

#[test]
fn a_config_id_that_is_not_on_the_page_is_reported() {
    let site = Site::open("embed-config-missing-id", "config-missing-id.html");
    let w = site.widget("#widget");
    w.expect_first_step();
    expect_config_problem(&w, "config", "id=\"no-such-config\"");
    expect_still_books(&w, "https://booking.example.com/lost/ims", "+1-604-555-0146");
    site.expect_clean(&[CONFIG_LOG]);
}

#[test]
fn an_unknown_configuration_field_is_reported() {
    let site = Site::open("embed-config-unknown-field", "config-unknown-field.html");
    let w = site.widget("#widget");
    w.expect_first_step();
    expect_config_problem(&w, "colour", "unknown field");
    expect_still_books(&w, "https://booking.example.com/extra-field/ims", "+1-604-555-0147");
    site.expect_clean(&[CONFIG_LOG]);
}

#[test]
fn a_number_where_text_is_expected_is_reported() {
    let site = Site::open("embed-config-wrong-type", "config-wrong-type.html");
    let w = site.widget("#widget");
    w.expect_first_step();
    expect_config_problem(&w, "nurse-line", "expected text, found a number");
    expect_still_books(&w, "https://booking.example.com/number/ims", "+1-604-555-0148");
    site.expect_clean(&[CONFIG_LOG]);
}

#[test]
fn a_level_that_would_soften_an_emergency_is_refused_and_the_emergency_stays() {
    let site = Site::open("embed-config-weaker-emergency", "config-weaker-emergency.html");
    let w = site.widget("#widget");
    w.expect_first_step();
    expect_config_problem(&w, "stricter-levels.red-flags-general/chest-pain", "less severe");
    // The refused change has no effect: chest pain is still an emergency.
    w.answer("red-flags-general", "chest-pain");
    w.next();
    w.expect_outcome("emergency", None);
    // Only the emergency number: no clinic phone, no booking link.
    let links = w.result_links();
    if links != [("call-emergency".to_string(), "tel:911".to_string())] {
        w.fail(format!(
            "an emergency result should offer only the emergency number (a[data-action=call-emergency] href tel:911); its links are [action, href] {links:?}"
        ));
    }
    w.restart();
    expect_still_books(&w, "https://booking.example.com/softer/ims", "+1-604-555-0149");
    site.expect_clean(&[CONFIG_LOG]);
}

/// The result's privacy text (the protocol's `text:privacy`, which a clinic
/// may reword): the paragraph right after the print and copy tools.
const RESULT_PRIVACY: &str = "[data-step=result] .ims-tools + p.ims-muted";

#[test]
fn locked_safety_texts_are_refused_and_the_rest_of_the_configuration_stays() {
    const PRIVACY_EN: &str = "Reworded Physio never sees your answers: they stay on this device.";
    const REFUSED: [&str; 4] = [
        "A little chest ache",
        "Un petit mal à la poitrine",
        "Rest at home",
        "Reposez-vous à la maison",
    ];
    let site = Site::open("embed-config-locked-texts", "config-locked-texts.html");
    let w = site.widget("#widget");
    w.expect_first_step();
    // The default words, from a checker whose clinic overrides nothing.
    let plain_page = site.open_page("plain.html");
    let plain = site.widget_on(&plain_page, "#widget");
    plain.expect_first_step();
    let default_chest_pain_en = plain.answer_label("red-flags-general", "chest-pain");
    plain.switch_lang("fr");
    let default_chest_pain_fr = plain.answer_label("red-flags-general", "chest-pain");
    plain.switch_lang("en");
    plain.answer("red-flags-general", "major-trauma");
    plain.next();
    plain.expect_outcome("urgent", None);
    let default_urgent = plain.text(".ims-verdict-text");
    let default_privacy = plain.text(RESULT_PRIVACY);
    // Each locked text is named; the privacy text is no problem.
    for key in ["answer:red-flags-general/chest-pain", "text:level-urgent"] {
        expect_config_problem(
            &w,
            &format!("text-overrides.{key}"),
            &format!("\"{key}\" is a locked safety text"),
        );
    }
    let problems = w.config_problems();
    if problems.len() != 2 {
        w.fail(format!(
            "expected exactly the two locked texts as problems (text:privacy is valid); got {problems:?}"
        ));
    }
    // The emergency screen keeps its own words, in both languages.
    for (lang, want) in [("en", &default_chest_pain_en), ("fr", &default_chest_pain_fr)] {
        if lang == "fr" {
            w.switch_lang("fr");
        }
        let label = w.answer_label("red-flags-general", "chest-pain");
        if &label != want || REFUSED.iter().any(|r| label.contains(r)) {
            w.fail(format!(
                "the chest-pain item is locked: in {lang} it should keep the default label {want:?}; it reads {label:?}"
            ));
        }
    }
    w.switch_lang("en");
    // The urgent level keeps its own words; the clinic's privacy text and
    // nurse line are in force.
    w.answer("red-flags-general", "major-trauma");
    w.next();
    w.expect_outcome("urgent", None);
    let urgent = w.text(".ims-verdict-text");
    if urgent != default_urgent {
        w.fail(format!(
            "the urgent level's text is locked: expected the default {default_urgent:?}; it reads {urgent:?}"
        ));
    }
    let result = w.text("[data-step=result]");
    if !result.contains(PRIVACY_EN) || result.contains(&default_privacy) {
        w.fail(format!(
            "the clinic's valid text:privacy override {PRIVACY_EN:?} should replace the default privacy text \
             {default_privacy:?} on the result; the result reads {result:?}"
        ));
    }
    if REFUSED.iter().any(|r| result.contains(r)) {
        w.fail(format!("a refused override shows on the result: {result:?}"));
    }
    w.expect_handoff_actions(&["call-emergency", "call-nurse"]);
    let links = w.result_links();
    if links[0].1 != "tel:911" || links[1].1 != "tel:811" {
        w.fail(format!(
            "the urgent handoff should call tel:911 if it gets worse and the configured nurse line tel:811; found {links:?}"
        ));
    }
    w.restart();
    expect_still_books(&w, "https://booking.example.com/reworded/ims", "+1-604-555-0158");
    site.expect_clean_on(&plain_page, &[]);
    site.expect_clean(&[CONFIG_LOG]);
}

#[test]
fn a_stricter_level_shows_its_source_in_french_saying_the_clinic_made_it_stricter() {
    let site = Site::open("embed-config-stricter-french", "config-stricter-french.html");
    let w = site.widget("#widget");
    w.expect_first_step();
    let problems = w.config_problems();
    if !problems.is_empty() {
        w.fail(format!(
            "making bleeding/yes not-suitable is a valid stricter level; expected no problem, got {problems:?}"
        ));
    }
    if w.js(&format!("{}?.getAttribute('lang')", w.q(".ims"))) != json!("fr") {
        w.fail("with lang=\"fr\" on the element the widget should start in French");
    }
    // bleeding = yes is talk-first in the protocol; this clinic makes it not-suitable.
    w.journey("hip-right", &[("bleeding", "yes")], "not-suitable");
    let title = w.text(".ims-verdict-title");
    if title != "Ne convient pas pour l'instant" {
        w.fail(format!(
            "the French headline for not-suitable should read \"Ne convient pas pour l'instant\"; it reads {title:?}"
        ));
    }
    // Not suitable: the clinic's phone only (no email, no booking link).
    w.expect_handoff_actions(&["call"]);
    w.expect_phone_link("+1-514-555-0157");
    let source = |lang: &str| match w.reason("bleeding/yes") {
        Some((level, source)) if level == "not-suitable" => source,
        other => w.fail(format!(
            "in {lang}, expected the reason bleeding/yes at not-suitable; got {other:?}"
        )),
    };
    let fr = source("fr");
    if !fr.ends_with("Cette clinique a rendu la règle plus stricte.")
        || !fr.contains("Guide sur la puncture sèche (ISCP 2012)")
        || fr.contains("This clinic")
        || fr.contains("made stricter")
        || fr.contains("guideline")
    {
        w.fail(format!(
            "the French source of the stricter rule should be in French and end with \
             \"Cette clinique a rendu la règle plus stricte.\"; it reads {fr:?}"
        ));
    }
    // The source follows the visitor's language.
    w.switch_lang("en");
    let en = source("en");
    if !en.ends_with("This clinic made the rule stricter.") || en.contains("Cette clinique") {
        w.fail(format!(
            "the English source of the stricter rule should end with \"This clinic made the rule stricter.\"; it reads {en:?}"
        ));
    }
    site.expect_clean(&[]);
}

#[test]
fn an_unknown_language_is_reported() {
    let site = Site::open("embed-config-unknown-language", "config-unknown-language.html");
    let w = site.widget("#widget");
    w.expect_first_step();
    expect_config_problem(&w, "languages[1]", "unknown language");
    if w.js(&format!("{}?.getAttribute('lang')", w.q(".ims"))) != json!("en") {
        w.fail(format!(
            "on an English page the widget should start in English; .ims lang is {}",
            w.js(&format!("{}?.getAttribute('lang')", w.q(".ims")))
        ));
    }
    expect_still_books(&w, "https://booking.example.com/polyglot/ims", "+1-604-555-0150");
    site.expect_clean(&[CONFIG_LOG]);
}

// ---------------------------------------------------------------------------
// 5. Configured texts are text

#[test]
fn configured_texts_that_look_like_html_are_shown_as_text() {
    const MARKUP: &str = "<img src=x onerror=alert(1)>";
    const REFERRAL: &str = "<b onmouseover=alert(3)>No note needed</b><script>alert(4)</script>";
    let site = Site::open("embed-hostile-text", "hostile-text.html");
    let w = site.widget("#widget");
    w.expect_first_step();
    let problems = w.config_problems();
    if !problems.is_empty() {
        w.fail(format!(
            "texts that look like HTML are valid texts; expected no configuration problem, got {problems:?}"
        ));
    }
    w.journey("hip-right", &[], "suitable");
    let expect = w.texts(".ims-expect li");
    for text in [MARKUP, REFERRAL] {
        if !expect.iter().any(|t| t.trim() == text) {
            w.fail(format!(
                "expected the \"What to expect\" list (.ims-expect li) to show the literal text {text:?}; it shows {expect:?}"
            ));
        }
    }
    // The clinic name goes into the copied summary, as text.
    w.act("[data-step=result] [data-action=copy]");
    w.wait(
        "window.__embedTrap.clipboard.length > 0",
        "expected [data-action=copy] to copy a summary",
    );
    let copied = site.trap(&site.page)["clipboard"][0].as_str().unwrap_or("").to_string();
    if !copied.contains(MARKUP) {
        w.fail(format!(
            "expected the copied summary to contain the clinic name {MARKUP:?} as text; copied {copied:?}"
        ));
    }
    // A late load or onerror handler has run once the page is idle.
    site.wait_until_idle(&site.page);
    let elements = w.js(&format!(
        "{}.map(e => e.tagName.toLowerCase())",
        w.qa("img, script, b, [onerror], [onmouseover]")
    ));
    if elements != json!([]) {
        w.fail(format!(
            "no element may be created from configured text; found in the shadow root: {elements}"
        ));
    }
    let page_imgs = site.js("document.querySelectorAll('img').length");
    if page_imgs != json!(0) {
        w.fail(format!("no img may appear in the host page either; found {page_imgs}"));
    }
    let fetched_x: Vec<String> = site
        .request_paths(&site.page)
        .into_iter()
        .filter(|p| p == "/x")
        .collect();
    if !fetched_x.is_empty() {
        w.fail(format!("an <img src=x> was loaded: requests {fetched_x:?}"));
    }
    site.expect_clean(&[]);
}

// ---------------------------------------------------------------------------
// 6. Theming

#[test]
fn the_accent_custom_property_colours_the_primary_button() {
    let site = Site::open("embed-theme", "theme.html");
    let plain = site.widget("#default-colours");
    let themed = site.widget("#clinic-colours");
    plain.expect_first_step();
    themed.expect_first_step();
    let background = |w: &Widget<'_>| -> String {
        w.js(&format!(
            "getComputedStyle({}).backgroundColor",
            w.q("[data-action=next]")
        ))
        .as_str()
        .unwrap_or("")
        .to_string()
    };
    let default = background(&plain);
    if default != "rgb(11, 110, 138)" {
        plain.fail(format!("without --ims-accent the primary button should be the default #0b6e8a = rgb(11, 110, 138); got {default:?}"));
    }
    let purple = background(&themed);
    if purple != "rgb(123, 45, 139)" {
        themed.fail(format!(
            "with `--ims-accent: #7b2d8b` on the host (theme.css) the primary button [data-action=next] should be rgb(123, 45, 139); got {purple:?}"
        ));
    }
    // Set at run time on the element itself.
    site.js("document.querySelector('#default-colours').style.setProperty('--ims-accent', '#c0392b'), true");
    let changed = format!(
        "getComputedStyle({}).backgroundColor === 'rgb(192, 57, 43)'",
        plain.q("[data-action=next]")
    );
    if site.page.wait_for(&changed, WAIT).is_err() {
        plain.fail(format!(
            "after setting --ims-accent: #c0392b on the host element, expected the primary button's background rgb(192, 57, 43); it is {:?}",
            background(&plain)
        ));
    }
    if background(&themed) != "rgb(123, 45, 139)" {
        themed.fail(format!(
            "theming one checker changed the other: its button is now {:?}",
            background(&themed)
        ));
    }
    site.expect_clean(&[]);
}

// ---------------------------------------------------------------------------
// 7. In an iframe

#[test]
fn the_demo_page_works_inside_an_iframe() {
    // The host page must allow framing its own origin (frame-src); the
    // framed page keeps the widget's strict policy otherwise unchanged.
    let csp = format!("{DEFAULT_CSP}; frame-src 'self'");
    let site = Site::open_with_csp("embed-iframe", "iframe.html", &csp);
    let w = site.widget_in_frame("#frame", "ims-checker:not([mode=launcher])");
    w.expect_first_step();
    w.journey("hip-right", &[], "suitable");
    w.expect_book_link("https://booking.example.com/harbourside/ims-assessment");
    w.expect_phone_link("+1-604-555-0142");
    let framed_csp = site.js("document.querySelector('#frame').contentWindow.__imsE2E?.csp ?? null");
    if framed_csp.is_null() {
        w.fail("the harness's recorder (window.__imsE2E) is missing in the framed page: its CSP violations would go unseen");
    }
    if framed_csp != json!([]) {
        w.fail(format!("the framed page saw CSP violations: {framed_csp}"));
    }
    site.expect_clean(&[]);
}

// ---------------------------------------------------------------------------
// 8. Language

/// The test browser asks for German, which the clinic does not offer: the
/// page's `lang` decides.
#[test]
fn a_french_page_starts_in_french_and_lang_on_the_element_wins() {
    let site = Site::open("embed-language", "french-page.html");
    let fr = site.widget("#page-language");
    let en = site.widget("#english-override");
    fr.expect_first_step();
    en.expect_first_step();
    for (w, lang, progress) in [(&fr, "fr", "Question 1 sur"), (&en, "en", "Question 1 of")] {
        let got_lang = w.js(&format!("{}?.getAttribute('lang')", w.q(".ims")));
        let got_progress = w.text(".ims-progress").replace('\u{a0}', " ");
        if got_lang != json!(lang) || !got_progress.contains(progress) {
            w.fail(format!(
                "expected the widget in {lang} (.ims lang={lang:?}, progress {progress:?}); got lang={got_lang}, progress {got_progress:?}"
            ));
        }
    }
    // The French one carries on in French.
    fr.pass_warning();
    let progress = fr.text(".ims-progress").replace('\u{a0}', " ");
    if !progress.contains("Question 3 sur") {
        fr.fail(format!(
            "expected the places in French (\"Question 3 sur\"); got {progress:?}"
        ));
    }
    site.expect_clean(&[]);
}

/// A site builder writes `<html lang="en-US">` whatever the visitor reads:
/// a browser asking for Traditional Chinese (Taiwan's `zh-TW`) starts in
/// Traditional Chinese there, before the page's English, and an element's
/// own `lang` wins over the browser.
#[test]
fn the_browsers_language_comes_before_the_pages_and_the_elements_lang_before_both() {
    let site = Site::open("embed-browser-language", "plain.html");
    let page = site.new_page_asking(DESKTOP, "zh-TW,zh,en-US,en");
    site.goto(&page, "browser-language.html");
    let asked = site.js_on(&page, "navigator.languages");
    assert_eq!(asked, json!(["zh-TW", "zh", "en-US", "en"]), "the browser's languages");
    for (host, lang, progress) in [
        ("#browser-language", "zh-Hant", "第1題"),
        ("#element-french", "fr", "Question 1 sur"),
    ] {
        let w = site.widget_on(&page, host);
        w.expect_first_step();
        let got_lang = w.js(&format!("{}?.getAttribute('lang')", w.q(".ims")));
        let got_progress = w.text(".ims-progress").replace('\u{a0}', " ");
        if got_lang != json!(lang) || !got_progress.contains(progress) {
            w.fail(format!(
                "{host} should start in {lang} (.ims lang={lang:?}, progress with {progress:?}); got lang={got_lang}, \
                 progress {got_progress:?}"
            ));
        }
    }
    site.expect_clean_on(&page, &[]);
}

/// Before the widget is here, the loader speaks the page's language too: on a
/// Persian page the launcher's label and its dialog's close button are the
/// Persian pack's words (written into the loader by `cargo xtask dist`), and
/// the widget it opens reads right to left.
/// The fixture stylesheet the place tests' pages link holds the README's
/// rules that hold the checker's place, all four of them.
fn expect_place_rules_as_in_readme() {
    let css =
        std::fs::read_to_string(pages_dir().join("place.css")).unwrap_or_else(|e| panic!("reading place.css: {e}"));
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"))
        .unwrap_or_else(|e| panic!("reading README.md: {e}"));
    let rules: Vec<String> = css
        .lines()
        .filter(|l| !l.starts_with("/*"))
        .map(str::to_string)
        .collect();
    for rule in &rules {
        assert!(
            readme.contains(rule.as_str()),
            "the fixture's rule should be the README's: {rule:?}"
        );
    }
    assert_eq!(rules.len(), 4, "{rules:?}");
}

const TWO_FRAMES: &str = "new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))";
const AFTER_TOP: &str = "document.getElementById('after').getBoundingClientRect().top";

/// On `page`, painted without the loader: where the text after the
/// checker `host` is, then the loader loaded and `shown` (a JavaScript
/// condition) waited for, where it is now.
fn text_after_the_checker(site: &Site, page: &Page, host: &str, shown: &str) -> (f64, f64) {
    let js = |code: &str| site.js_on(page, code);
    js(TWO_FRAMES);
    let before = js(AFTER_TOP).as_f64().unwrap_or_default();
    js("import('/ims-checker.js').then(() => true)");
    let w = site.widget_on(page, host);
    w.wait(shown, "expected the checker to show");
    js(TWO_FRAMES);
    (before, js(AFTER_TOP).as_f64().unwrap_or_default())
}

/// The README's launcher rule holds the button's place: the page painted
/// before the loader ran does not move when the button appears.
#[test]
fn a_launchers_place_is_held_so_the_page_does_not_move() {
    expect_place_rules_as_in_readme();
    let site = Site::open("embed-launcher-place", "launcher-place.html");
    site.js(
        "window.__shift = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; }) \
         .observe({ type: 'layout-shift' }); true",
    );
    let w = site.widget("#launcher");
    let (before, after) = text_after_the_checker(
        &site,
        &site.page,
        "#launcher",
        &format!("{} !== null", w.q(".ims-launch")),
    );
    let shift = site.js("window.__shift");
    let height = w.js(&format!("{}.getBoundingClientRect().height", w.q(".ims-launch")));
    assert_eq!(height.as_f64(), Some(44.0), "the button is as high as the rule holds");
    assert!(
        before == after && shift.as_f64() == Some(0.0),
        "the text after the launcher moved from {before} to {after} when the button appeared (layout shift {shift})"
    );
    site.expect_clean(&[]);
}

/// The README's rules hold no place for an inline checker before its loader
/// runs (a page whose loader never runs keeps no empty place); from when it
/// runs, its placeholder holds the first step's height, on a desktop and on
/// a phone.
#[test]
fn an_inline_checkers_place_is_held_from_when_its_loader_runs() {
    expect_place_rules_as_in_readme();
    let site = Site::open("embed-inline-place", "inline-place.html");
    for (size, viewport) in [("desktop", DESKTOP), ("phone", PHONE)] {
        let page = site.new_page_at(viewport);
        site.goto(&page, "inline-place.html");
        const HEIGHT: &str = "document.getElementById('widget').getBoundingClientRect().height";
        let unloaded = site.js_on(&page, HEIGHT).as_f64().unwrap_or(f64::MAX);
        assert!(
            unloaded < 100.0,
            "on a {size}, before its loader runs the checker should hold no place: {unloaded} px"
        );
        site.js_on(&page, "import('/ims-checker.js').then(() => true)");
        let w = site.widget_on(&page, "#widget");
        w.wait(
            &format!("{} !== null", w.q(".ims-loading, [data-step]")),
            "expected the placeholder or the checker once the loader ran",
        );
        let held = site.js_on(&page, HEIGHT).as_f64().unwrap_or_default();
        // The first step is about 850 px high on a desktop, 1,100 px on a phone.
        assert!(
            held > 700.0,
            "on a {size}, once the loader runs the checker's place should be held: {held} px"
        );
        site.expect_clean_on(&page, &[]);
    }
}

#[test]
fn a_launcher_on_a_persian_page_speaks_persian_before_and_after_it_opens() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../packs/fa.json");
    let pack: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("packs/fa.json")).expect("json");
    let word = |key: &str| {
        pack["texts"][format!("words.{key}")]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let site = Site::open("embed-launcher-persian", "launcher-persian.html");
    let w = site.widget("#launcher");
    w.wait(
        &format!("{} !== null", w.q(".ims-launch")),
        "expected the launcher button `.ims-launch`",
    );
    let said = |selector: &str| (w.text(selector), w.attr(selector, "lang").unwrap_or_default());
    for (selector, key) in [(".ims-launch", "widget_name"), (".ims-close", "close")] {
        let (text, lang) = said(selector);
        if text != word(key) || lang != "fa" {
            w.fail(format!(
                "`{selector}` should read the Persian pack's words.{key} {:?} with lang=fa; it reads {text:?} with lang={lang:?}",
                word(key)
            ));
        }
    }
    w.act(".ims-launch");
    w.wait(
        &format!("{}?.getAttribute('dir') === 'rtl'", w.q(".ims")),
        "the opened widget should be in Persian, right to left",
    );
    if w.attr(".ims", "lang").as_deref() != Some("fa") {
        w.fail("the opened widget should have lang=fa");
    }
    site.expect_clean(&[]);
}

// ---------------------------------------------------------------------------
// Loading and failing to load

#[test]
fn a_placeholder_holds_the_widgets_place_while_it_loads() {
    let site = Site::open("embed-loading", "plain.html");
    for (size, viewport) in [("desktop", DESKTOP), ("phone", PHONE)] {
        let page = site.slow_page_at(viewport);
        site.goto(&page, "plain.html");
        let w = site.widget_on(&page, "#widget");
        w.wait(
            &format!("{} !== null", w.q(".ims-loading [role=status]")),
            "expected the loading placeholder",
        );
        const HOST_HEIGHT: &str = "document.getElementById('widget').getBoundingClientRect().height";
        let text = w.text(".ims-loading [role=status]");
        let placeholder = w.js(HOST_HEIGHT).as_f64().unwrap_or_default();
        assert_eq!(text, "Loading the check…");
        w.expect_first_step();
        assert!(!w.has(".ims-loading"), "the widget replaces the placeholder");
        // The first step's height, so the page below hardly moves.
        let first_step = w.js(HOST_HEIGHT).as_f64().unwrap_or_default();
        assert!(
            (placeholder - first_step).abs() <= 0.08 * first_step,
            "on a {size}, the placeholder ({placeholder} px) should be within 8 % of the first step's height ({first_step} px)"
        );
        site.expect_clean_on(&page, &[]);
    }
}

#[test]
fn without_its_wasm_the_widget_shows_the_clinics_contacts() {
    let site = Site::open("embed-no-wasm", "plain.html");
    site.widget("#widget").expect_first_step();
    site.remove("pkg/ims-checker_bg.wasm");
    let page = site.open_page("plain.html");
    let w = site.widget_on(&page, "#widget");
    w.wait(
        &format!("{} !== null", w.q(".ims-fallback[role=alert]")),
        "expected the loader's fallback `.ims-fallback` when the wasm is missing",
    );
    assert!(!w.has(".ims-loading"), "the fallback replaces the placeholder");
    let text = w.text(".ims-fallback");
    assert!(
        text.starts_with("The checker could not load. Please contact the clinic:"),
        "{text}"
    );
    let links = w.attrs(".ims-fallback a", "href");
    assert_eq!(links, ["tel:+16045550101", "https://booking.example.com/plainview/ims"]);
    let height = w.js("document.getElementById('widget').getBoundingClientRect().height");
    assert!(
        height.as_f64().is_some_and(|h| h < 300.0),
        "the fallback gives back the place held for the checker: {height} px"
    );
    // The failed fetch and the loader's own report are the only errors.
    let errors = site.console_errors(&page);
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("ims-checker: the checker could not load")),
        "{errors:?}"
    );
}
