//! The privacy promise: nothing the visitor enters leaves the device. The
//! journeys check the report at their end too; these tests look closer.

use ims_checker_e2e::widget::*;
use ims_checker_e2e::{dist_dir, is_local, origin_of};

/// Every request went to the server's origin for a file that exists in dist/.
fn only_own_static_files(wg: &Widget<'_>) -> Vec<String> {
    let dist = dist_dir().unwrap();
    let origin = origin_of(&wg.site.server.origin()).unwrap();
    let requests = wg.page.requests().unwrap();
    let mut files = Vec::new();
    for r in &requests {
        if r.url.starts_with("data:") {
            continue;
        }
        if !is_local(&r.url, &origin) {
            wg.fail(format!("request to another origin: {} {}", r.method, r.url));
        }
        if r.method != "GET" || r.has_post_data {
            wg.fail(format!(
                "request that is not a plain GET: {} {} (body: {})",
                r.method, r.url, r.has_post_data
            ));
        }
        let path = r.url.splitn(4, '/').nth(3).unwrap_or("");
        if path.contains('?') || path.contains('#') {
            wg.fail(format!("request with a query or fragment: {}", r.url));
        }
        let file = if path.is_empty() {
            "index.html".to_string()
        } else {
            path.to_string()
        };
        if !dist.join(&file).is_file() {
            wg.fail(format!(
                "request for something that is not a file of the widget: {} ({})",
                r.url, r.resource_type
            ));
        }
        if let Some(f) = &r.failure {
            wg.fail(format!("request failed: {} ({f})", r.url));
        }
        files.push(file);
    }
    files
}

#[test]
fn first_screen_loads_only_its_own_files_and_stores_nothing() {
    let site = Site::demo("privacy-first-screen", DESKTOP);
    let wg = site.widget(HOST);
    wg.expect_rendered();
    let files = only_own_static_files(&wg);
    for needed in ["index.html", "ims-checker.js", "ims-checker.css"] {
        if !files.iter().any(|f| f == needed) {
            wg.fail(format!("expected the page to load {needed}; it loaded {files:?}"));
        }
    }
    if !files.iter().any(|f| f.ends_with(".wasm")) {
        wg.fail(format!("expected the widget's .wasm to load; loaded {files:?}"));
    }
    if wg.page.cookies().unwrap() != Vec::<String>::new() {
        wg.fail(format!("cookies present: {:?}", wg.page.cookies().unwrap()));
    }
    if wg.page.stored_state().unwrap() != Vec::<String>::new() {
        wg.fail(format!("storage left behind: {:?}", wg.page.stored_state().unwrap()));
    }
    wg.expect_clean();
}

#[test]
fn a_whole_journey_sends_nothing_and_stores_nothing() {
    let site = Site::demo("privacy-journey", DESKTOP);
    let wg = site.demo_widget();
    let before = only_own_static_files(&wg).len();
    wg.pass_warning();
    wg.region_on_map("neck");
    wg.region_in_list("jaw-left");
    wg.answer("duration", "under-6-weeks");
    wg.answer("conditions", "tmj");
    wg.next_to("health");
    wg.fill_health(&[("surgery", "yes"), ("lymphoedema", "yes"), ("pregnant", "not-sure")]);
    wg.surgeries(&[("neck", &add_days(&wg.today(), -5))]);
    wg.region_follow_up("lymphoedema", &["jaw-left"]);
    wg.next();
    wg.expect_step("result");
    // Loading a step or a result fetched nothing new (everything is in the wasm).
    let files = only_own_static_files(&wg);
    if files.len() != before {
        wg.fail(format!(
            "the journey made requests after the first screen: {:?}",
            &files[before..]
        ));
    }
    if !wg.page.stored_state().unwrap().is_empty() {
        wg.fail(format!("storage left behind: {:?}", wg.page.stored_state().unwrap()));
    }
    // The answers are nowhere in the page's URL either.
    let url = wg.page.url().unwrap();
    if url != site.server.url("/") {
        wg.fail(format!(
            "the page URL changed during the journey (answers in the URL?): {url}"
        ));
    }
    wg.expect_clean();
}

#[test]
fn reloading_forgets_everything() {
    let site = Site::demo("privacy-reload", DESKTOP);
    let wg = site.demo_widget();
    wg.pass_warning();
    wg.region_on_map("elbow-right");
    wg.answer("duration", "over-3-months");
    wg.next_to("health");
    wg.answer("active-cancer", "survivor");
    wg.page.reload().unwrap();
    wg.expect_start();
    let ticked = wg.js(&format!("{}.length", wg.qa("input:checked")));
    if ticked != serde_json::json!(0) {
        wg.fail(format!(
            "after a reload the first step should have nothing ticked; {ticked} ticked"
        ));
    }
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    wg.expect_region_chosen("elbow-right", false);
    wg.region_in_list("knee-left");
    wg.reach_question("duration");
    if wg.is_checked("[data-question=\"duration\"] [data-answer=\"over-3-months\"]") {
        wg.fail("after a reload the duration answer is still chosen");
    }
    wg.expect_clean();
}
