//! When the checker cannot start, the visitor still gets the clinic: the
//! contacts the configurator writes inside `<ims-checker>` (README, "Add it
//! to your site"; the page `pages/embed/fallback.html`), with the line
//! saying the check could not load, and no big empty place held for a
//! checker that will not come. Each way it can fail here: the loader not
//! where the script tag says (404), scripts turned off, and the wasm missing
//! once the loader runs; a loader changed after packaging (refused by its
//! hash) is in `package.rs`.

use ims_checker_e2e::widget::*;
use ims_checker_e2e::Page;
use serde_json::{json, Value};

/// The fixture page's clinic (pages/embed/fallback.html).
const PHONE_LINK: &str = "tel:+16045550177";
const BOOKING: &str = "https://booking.example.com/fallback-bay/ims";
const COULD_NOT_LOAD: &str = "The checker could not load. Please contact the clinic:";

/// Higher than the contacts (three short lines and the line before them), far
/// lower than the checker's first step (about 1144 px).
const NO_BIG_PLACE: f64 = 300.0;

/// On `page`, what a visitor sees of `#widget`'s own contents.
fn light_dom(site: &Site, page: &Page) -> Value {
    site.contacts_shown(page, "#widget")
}

/// The page shows the clinic's phone and booking link and the line, and the
/// element holds no more room than they take.
#[track_caller]
fn expect_contacts_and_no_big_place(site: &Site, page: &Page, case: &str) {
    let seen = light_dom(site, page);
    let height = seen["height"].as_f64().unwrap_or(f64::MAX);
    if seen["links"] != json!([PHONE_LINK, BOOKING]) || seen["line"] != json!([COULD_NOT_LOAD]) || height > NO_BIG_PLACE
    {
        site.fail_on(
            page,
            format!(
                "{case}: expected the clinic's phone and booking link and the line {COULD_NOT_LOAD:?} shown, in an element \
                 at most {NO_BIG_PLACE} px high; saw {seen}"
            ),
        );
    }
}

/// The loader not where the script tag says (a wrong path, a file not
/// uploaded): the element is never defined, holds no place at any moment,
/// and its contacts show within a few seconds.
#[test]
fn with_the_loader_not_found_the_page_shows_the_clinics_contacts() {
    let site = Site::open("fallback-missing-loader", "plain.html");
    site.remove("ims-checker.js");
    let page = site.open_page("fallback.html");
    let first = light_dom(&site, &page);
    let height = first["height"].as_f64().unwrap_or(f64::MAX);
    assert!(
        height <= NO_BIG_PLACE,
        "before anything could load, the element should hold no big place: {first}"
    );
    page.wait_for(
        "[...document.querySelectorAll('#widget a')].every((a) => getComputedStyle(a).visibility === 'visible')",
        std::time::Duration::from_secs(10),
    )
    .unwrap_or_else(|e| {
        site.fail_on(
            &page,
            format!("the clinic's contacts should show after a few seconds: {e}"),
        )
    });
    expect_contacts_and_no_big_place(&site, &page, "with the loader not found");
    assert_eq!(
        site.js_on(&page, "!!customElements.get('ims-checker')"),
        json!(false),
        "no loader ran"
    );
    // The missing loader is the one failure the page may report.
    let mut health = site.health(&page);
    health.forgive(|m| m.text.contains("404"));
    health.trapped.retain(|t| !t.ends_with("/ims-checker.js"));
    site.expect_healthy(&page, &health);
}

/// Scripts turned off (DevTools' `Emulation.setScriptExecutionDisabled`,
/// before the page loads): the page's HTML is all there is.
#[test]
fn with_scripts_turned_off_the_page_shows_the_clinics_contacts() {
    let site = Site::open("fallback-no-scripts", "plain.html");
    let page = site.new_page_at(DESKTOP);
    page.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": true }))
        .unwrap_or_else(|e| site.fail(format!("turning scripts off: {e}")));
    site.goto(&page, "fallback.html");
    // DevTools may still evaluate here; the page's own scripts never ran.
    std::thread::sleep(std::time::Duration::from_millis(3500));
    let ran = site.js_on(&page, "[!!window.__embedTrap, !!customElements.get('ims-checker')]");
    assert_eq!(ran, json!([false, false]), "no script of the page should have run");
    expect_contacts_and_no_big_place(&site, &page, "with scripts turned off");
}

/// On `page`, the loader's box `selector` in the element's shadow root: its
/// first line's text, the links of the page's own contacts it shows through
/// its slot, how many of the page's "could not load" lines are shown
/// (none should be: the loader says it itself), and the element's height.
fn loader_box(site: &Site, page: &Page, selector: &str) -> Value {
    site.js_on(
        page,
        &format!(
            "((host) => {{ const box = host.shadowRoot.querySelector({selector:?}); \
               const slot = box && box.querySelector('slot:not([name])'); \
               return {{ line: box ? box.querySelector('p').textContent : null, \
                 links: slot ? slot.assignedElements().flatMap((e) => [...e.querySelectorAll('a')]).map((a) => a.getAttribute('href')) : null, \
                 pagesLine: [...host.querySelectorAll('[slot=ims-unloaded]')].filter((p) => p.assignedSlot !== null).length, \
                 height: host.getBoundingClientRect().height }}; }})(document.getElementById('widget'))"
        ),
    )
}

/// The loader runs, but the wasm is missing: the loader's box shows the
/// page's own contacts again after its own line (the page's line is not
/// shown twice), no higher than they are.
#[test]
fn without_its_wasm_the_loader_gives_back_the_place_and_shows_the_pages_contacts() {
    let site = Site::open("fallback-no-wasm", "plain.html");
    site.remove("pkg/ims-checker_bg.wasm");
    let page = site.open_page("fallback.html");
    page.wait_for(
        "document.getElementById('widget').shadowRoot?.querySelector('.ims-fallback[role=alert]') != null",
        std::time::Duration::from_secs(20),
    )
    .unwrap_or_else(|e| site.fail_on(&page, format!("expected the loader's fallback `.ims-fallback`: {e}")));
    let shown = loader_box(&site, &page, ".ims-fallback");
    let height = shown["height"].as_f64().unwrap_or(f64::MAX);
    if shown["line"] != json!(COULD_NOT_LOAD)
        || shown["links"] != json!([PHONE_LINK, BOOKING])
        || shown["pagesLine"] != json!(0)
        || height > NO_BIG_PLACE
    {
        site.fail_on(
            &page,
            format!(
                "expected the loader's line, then the page's own phone and booking link (the page's line not shown), \
             in an element at most {NO_BIG_PLACE} px high; saw {shown}"
            ),
        );
    }
}

/// While the checker loads, its placeholder holds its place and shows the
/// clinic's contacts under "Loading the check…" (not the "could not load"
/// line); the checker replaces them when it has started.
#[test]
fn while_it_loads_the_placeholder_shows_the_clinics_contacts() {
    let site = Site::open("fallback-while-loading", "plain.html");
    let page = site.slow_page_at(DESKTOP);
    site.goto(&page, "fallback.html");
    let w = site.widget_on(&page, "#widget");
    w.wait(
        &format!("{} !== null", w.q(".ims-loading [role=status]")),
        "expected the loading placeholder",
    );
    let loading = loader_box(&site, &page, ".ims-loading");
    let height = loading["height"].as_f64().unwrap_or_default();
    if loading["line"] != json!("Loading the check…")
        || loading["links"] != json!([PHONE_LINK, BOOKING])
        || loading["pagesLine"] != json!(0)
        // The first step is about 850 px high on a desktop.
        || height < 800.0
    {
        w.fail(format!(
            "while loading, expected \"Loading the check…\" with the clinic's phone and booking link under it (not the \
             \"could not load\" line), holding the first step's place (over 800 px); saw {loading}"
        ));
    }
    w.expect_first_step();
    let assigned = site.js_on(
        &page,
        "document.getElementById('widget').shadowRoot.querySelectorAll('slot').length",
    );
    assert_eq!(
        assigned,
        json!(0),
        "the checker replaces the contacts once it has started"
    );
    site.expect_clean_on(&page, &[]);
}
