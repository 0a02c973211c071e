//! The privacy promise: nothing the visitor enters leaves the device. The
//! journeys check the report at their end too; these tests look closer.

use ims_checker_e2e::widget::*;

#[test]
fn first_screen_loads_only_its_own_files_and_stores_nothing() {
    let site = Site::demo("privacy-first-screen", DESKTOP);
    let wg = site.widget(HOST);
    wg.expect_rendered();
    let files = wg.expect_own_files_only_and_nothing_stored();
    for needed in ["index.html", "ims-checker.js", "ims-checker.css"] {
        if !files.iter().any(|f| f == needed) {
            wg.fail(format!("expected the page to load {needed}; it loaded {files:?}"));
        }
    }
    if !files.iter().any(|f| f.ends_with(".wasm")) {
        wg.fail(format!("expected the widget's .wasm to load; loaded {files:?}"));
    }
    wg.expect_clean();
}

#[test]
fn a_whole_journey_sends_nothing_and_stores_nothing() {
    let site = Site::demo("privacy-journey", DESKTOP);
    let wg = site.demo_widget();
    let before = wg.expect_own_files_only_and_nothing_stored().len();
    let visit = Visit::new()
        .map("neck")
        .list("jaw-left")
        .about("duration", "under-6-weeks")
        .about("conditions", "tmj")
        .health("pregnant", "not-sure")
        .operation("neck", &add_days(&wg.today(), -5))
        .follow_up("lymphoedema", &["jaw-left"]);
    wg.enter(&visit);
    wg.next();
    wg.expect_step("result");
    // Loading a step or a result fetched nothing new (everything is in the wasm).
    let files = wg.expect_own_files_only_and_nothing_stored();
    if files.len() != before {
        wg.fail(format!(
            "the journey made requests after the first screen: {:?}",
            &files[before..]
        ));
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
    wg.to_health(&Visit::new().map("elbow-right").about("duration", "over-3-months"));
    wg.answer("active-cancer", "survivor");
    wg.page.reload().unwrap();
    wg.expect_start();
    let ticked = wg.js(&format!("{}.length", wg.qa("input:checked")));
    if ticked != serde_json::json!(0) {
        wg.fail(format!(
            "after a reload the first step should have nothing ticked; {ticked} ticked"
        ));
    }
    wg.pass_warning();
    wg.expect_region_chosen("elbow-right", false);
    wg.region_in_list("knee-left");
    wg.reach_question("duration");
    if wg.is_checked("[data-question=\"duration\"] [data-answer=\"over-3-months\"]") {
        wg.fail("after a reload the duration answer is still chosen");
    }
    wg.expect_clean();
}

#[test]
fn back_and_forward_keep_only_page_indexes_in_the_history_and_store_nothing() {
    let site = Site::demo("privacy-history", DESKTOP);
    let wg = site.demo_widget();
    let start = wg.page.url().unwrap();
    let visit = Visit::new()
        .map("neck")
        .about("duration", "under-6-weeks")
        .health("pregnant", "not-sure");
    wg.enter(&visit);
    let mut states = Vec::new();
    for step in [
        "history.back()",
        "history.back()",
        "history.forward()",
        "history.back()",
        "history.forward()",
        "history.forward()",
    ] {
        let from = wg.current_page();
        wg.js(step);
        wg.expect_page_left(from, step);
        states.push(wg.js("JSON.stringify(history.state)"));
        if wg.page.url().unwrap() != start {
            wg.fail(format!(
                "after {step} the URL changed: {} (was {start})",
                wg.page.url().unwrap()
            ));
        }
    }
    wg.next();
    wg.expect_step("result");
    states.push(wg.js("JSON.stringify(history.state)"));
    // Each state: the checkers' keys, each a page's index (14 pages: 0 to
    // 13), and no answer.
    for state in &states {
        let text = state.as_str().unwrap_or_default();
        let parsed: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
        let only_indexes = parsed.as_object().is_some_and(|keys| {
            keys.iter()
                .all(|(key, value)| key.starts_with("ims-checker") && value.as_u64().is_some_and(|n| n <= 13))
        });
        if !only_indexes {
            wg.fail(format!(
                "history.state should hold only page indexes by checker; it held {text}"
            ));
        }
        for answer in ["neck", "under-6-weeks", "pregnant", "not-sure"] {
            if text.contains(answer) {
                wg.fail(format!("history.state holds the answer `{answer}`: {text}"));
            }
        }
    }
    wg.expect_own_files_only_and_nothing_stored();
    if wg.page.url().unwrap() != start {
        wg.fail(format!("the URL changed: {}", wg.page.url().unwrap()));
    }
    wg.expect_clean();
}
