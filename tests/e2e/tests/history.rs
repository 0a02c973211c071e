//! The browser's Back and Forward move between the checker's pages, keeping
//! every answer: one history entry a page, the URL unchanged, only page
//! indexes in the history's state.

use ims_checker_e2e::widget::*;
use serde_json::{json, Value};

trait Browsing {
    fn browser_back(&self) -> String;
    fn browser_forward(&self) -> String;
    fn ticked(&self) -> Vec<String>;
    fn history_state(&self) -> Value;
}

impl Browsing for Widget<'_> {
    /// The browser's Back (as its button or a phone's gesture): another page
    /// of the checker, its heading focused; returns its `data-page`.
    #[track_caller]
    fn browser_back(&self) -> String {
        let from = self.current_page();
        self.js("history.back()");
        self.expect_page_left(from, "the browser's Back")
    }

    #[track_caller]
    fn browser_forward(&self) -> String {
        let from = self.current_page();
        self.js("history.forward()");
        self.expect_page_left(from, "the browser's Forward")
    }

    /// Every ticked box and chosen answer on the page, with its question.
    fn ticked(&self) -> Vec<String> {
        let v = self.js(&format!(
            "{}.map(e => (e.closest('[data-question]')?.dataset.question ?? '') + '=' + \
             (e.dataset.answer ?? e.dataset.region ?? e.getAttribute('aria-label') ?? '?'))",
            self.qa("input:checked, [role=checkbox][aria-checked=true]")
        ));
        strings(&v)
    }

    fn history_state(&self) -> Value {
        self.js("history.state")
    }
}

/// A healthy visitor with pain in the low back and a knee: every page there
/// is, to the result; then Back through every page to the first, and
/// Forward through every one to the result again.
fn back_and_forward_through_every_page(site: &Site) {
    let wg = site.demo_widget();
    let start_url = wg.page.url().unwrap();
    let start_length = wg.js("history.length");
    let visit = Visit::new()
        .map("low-back")
        .list("knee-left")
        .about("back-cancer-flags", "no")
        .about("duration", "over-3-months")
        .health("needle-fear", "nervous");
    wg.visit(&visit, "suitable", None);
    let verdict = wg.text(".ims-verdict");
    wg.inject_axe(&axe_source());
    let mut axe = Vec::new();
    let mut seen = vec![(wg.current_page().unwrap_or_default(), wg.ticked())];
    // Back, as far as the first page: each page as the visitor left it.
    while wg.current_page().as_deref() != Some("warning") {
        if seen.len() > 12 {
            wg.fail(format!(
                "the browser's Back went through more pages than there are: {seen:?}"
            ));
        }
        let page = wg.browser_back();
        axe.extend(wg.axe_check(&format!("page `{page}` after the browser's Back")));
        seen.push((page, wg.ticked()));
    }
    let pages: Vec<&str> = seen.iter().map(|(page, _)| page.as_str()).collect();
    assert_eq!(
        pages,
        [
            "result",
            "operations-skin",
            "needles",
            "now",
            "illnesses",
            "for-whom",
            "conditions",
            "about",
            "places",
            "warning-more",
            "warning"
        ],
        "the browser's Back goes through every page, latest first"
    );
    let all: Vec<&String> = seen.iter().flat_map(|(_, ticked)| ticked).collect();
    for answer in [
        "red-flags-general=none",
        "regions=low-back",
        "regions=knee-left",
        "back-cancer-flags=no",
        "duration=over-3-months",
        "needle-fear=nervous",
    ] {
        if !all.iter().any(|a| *a == answer) {
            wg.fail(format!(
                "going back, the answer `{answer}` was not shown kept; pages showed {seen:?}"
            ));
        }
    }
    // Forward again, to the same result: each page as it was.
    for (page, ticked) in seen.iter().rev().skip(1) {
        let now = wg.browser_forward();
        if now != *page || wg.ticked() != *ticked {
            wg.fail(format!(
                "Forward should show page `{page}` with {ticked:?}; it shows `{now}` with {:?}",
                wg.ticked()
            ));
        }
    }
    wg.expect_outcome("suitable", None);
    if wg.text(".ims-verdict") != verdict {
        wg.fail("Forward to the result showed another result");
    }
    // The checker's own Back still works, then the browser's Forward.
    wg.back();
    wg.expect_page_left(Some("result".into()), "the checker's Back");
    if wg.current_page().as_deref() != Some("operations-skin") {
        wg.fail(format!(
            "the checker's Back from the result went to {:?}",
            wg.current_page()
        ));
    }
    wg.browser_back();
    wg.browser_forward();
    wg.next();
    wg.expect_outcome("suitable", None);
    // Nothing in the URL; the state only page indexes.
    if wg.page.url().unwrap() != start_url {
        wg.fail(format!("the URL changed: {} (was {start_url})", wg.page.url().unwrap()));
    }
    if wg.js("history.length").as_u64() <= start_length.as_u64() {
        wg.fail("the pages added no history entries");
    }
    expect_only_page_indexes(&wg, &wg.history_state());
    axe.extend(wg.axe_check("the result after Back and Forward"));
    wg.expect_no_axe_violations(&axe);
}

/// `state` is an object of page indexes (0 to 13: 14 pages) by checker, nothing else.
fn expect_only_page_indexes(wg: &Widget<'_>, state: &Value) {
    let Some(keys) = state.as_object() else {
        wg.fail(format!(
            "history.state should be an object of page indexes; it is {state}"
        ));
    };
    for (key, value) in keys {
        if !key.starts_with("ims-checker") || value.as_u64().is_none_or(|n| n > 13) {
            wg.fail(format!(
                "history.state should hold only page indexes by checker; it holds {state}"
            ));
        }
    }
}

#[test]
fn back_and_forward_move_between_the_pages_keeping_every_answer_on_a_desktop() {
    back_and_forward_through_every_page(&Site::demo("history-desktop", DESKTOP));
}

#[test]
fn back_and_forward_move_between_the_pages_keeping_every_answer_on_a_phone() {
    back_and_forward_through_every_page(&Site::demo_phone("history-phone"));
}

#[test]
fn forward_to_a_page_past_a_new_required_question_stops_at_it() {
    let site = Site::demo("history-forward-checked", DESKTOP);
    let wg = site.demo_widget();
    wg.pass_warning();
    wg.region_on_map("knee-left");
    wg.next_page();
    wg.answer("duration", "over-3-months");
    wg.next_to("health");
    // Back to the places; a back region asks a new required question on the next page.
    while wg.current_page().as_deref() != Some("places") {
        wg.browser_back();
    }
    wg.region_on_map("low-back");
    // Forward to the page about the pain, where the new question is.
    if wg.browser_forward() != "about" {
        wg.fail(format!(
            "Forward from the places should show the page about the pain; it shows {:?}",
            wg.current_page()
        ));
    }
    // Forward again, the question not answered: it stops there, saying so.
    let forward = wg.js("history.length");
    wg.js("history.forward()");
    wg.wait(
        &format!("{} !== null", wg.q("[data-page=about] .ims-error-summary")),
        "Forward past a new required question should stop on its page, saying what to answer",
    );
    wg.expect_error_summary("back-cancer-flags");
    if wg.has("[data-step=health]") {
        wg.fail("Forward skipped a required question");
    }
    // The browser is back on the entry of the page it stopped on: Back goes
    // to the places, Forward (once answered) on.
    wg.settled();
    if wg.js("history.length") != forward {
        wg.fail("a stopped Forward should add no history entry");
    }
    if wg.browser_back() != "places" {
        wg.fail(format!(
            "Back after a stopped Forward should show the places; it shows {:?}",
            wg.current_page()
        ));
    }
    wg.browser_forward();
    wg.answer("back-cancer-flags", "no");
    if wg.browser_forward() != "conditions" {
        wg.fail(format!(
            "Forward once answered should go on; it shows {:?}",
            wg.current_page()
        ));
    }
    wg.expect_clean();
}

#[test]
fn back_on_a_page_with_two_checkers_moves_only_the_one_that_moved() {
    let site = Site::open("history-two", "two-clinics.html");
    let hosts: Vec<String> = strings(&site.page.eval("[...document.querySelectorAll('ims-checker')].map((e, n) => e.id ? '#' + e.id : 'ims-checker:nth-of-type(' + (n + 1) + ')')").unwrap());
    assert!(hosts.len() >= 2, "two-clinics.html should have two checkers: {hosts:?}");
    let (one, two) = (site.widget(&hosts[0]), site.widget(&hosts[1]));
    one.expect_first_step();
    two.expect_first_step();
    one.pass_warning();
    two.pass_warning();
    two.region_on_map("neck");
    two.next_page();
    // The latest move was the second checker's: Back moves it alone.
    two.browser_back();
    if two.current_page().as_deref() != Some("places") || one.current_page().as_deref() != Some("places") {
        site.fail(format!(
            "Back should move only the second checker, to its places; the pages are {:?} and {:?}",
            one.current_page(),
            two.current_page()
        ));
    }
    // Then the second checker's earlier moves (two pages of warning signs),
    // then the first checker's: each Back moves the one that moved.
    for (mover, want_one, want_two) in [
        (&two, "places", "warning-more"),
        (&two, "places", "warning"),
        (&one, "warning-more", "warning"),
        (&one, "warning", "warning"),
    ] {
        mover.browser_back();
        if one.current_page().as_deref() != Some(want_one) || two.current_page().as_deref() != Some(want_two) {
            site.fail(format!(
                "Back should move one checker at a time, latest move first, to {want_one} and {want_two}; the pages are {:?} and {:?}",
                one.current_page(),
                two.current_page()
            ));
        }
    }
    // Forward all the way: each checker where it was, its answers kept.
    for mover in [&one, &one, &two, &two, &two] {
        mover.browser_forward();
    }
    if (one.current_page(), two.current_page()) != (Some("places".into()), Some("about".into())) {
        site.fail(format!(
            "Forward should bring both checkers back; the pages are {:?} and {:?}",
            one.current_page(),
            two.current_page()
        ));
    }
    expect_only_page_indexes(&one, &one.js("history.state"));
    let keys = one.js("Object.keys(history.state).length");
    if keys != json!(2) {
        one.fail(format!(
            "each checker should have its own key in history.state: {}",
            one.js("JSON.stringify(history.state)")
        ));
    }
    one.expect_clean();
    two.expect_clean();
}

/// The Back link's place against the heading's, and its chevron's turn.
fn back_link_look(wg: &Widget<'_>) -> Value {
    wg.js(&format!(
        "((b, h) => {{ const rb = b.getBoundingClientRect(), rh = h.getBoundingClientRect(); \
           return {{ above: rb.bottom <= rh.top + 1, left: Math.abs(rb.left - rh.left) < 12, right: Math.abs(rb.right - rh.right) < 12, \
             chevron: getComputedStyle(b, '::before').transform }}; }})({}, {})",
        wg.q("[data-action=back]"),
        wg.q("[data-step] h2")
    ))
}

#[test]
fn the_back_link_sits_above_the_heading_at_the_start_of_the_line_and_mirrors_right_to_left() {
    for (lang, size, viewport) in [
        ("en", "phone", PHONE),
        ("fa", "phone", PHONE),
        ("en", "desktop", DESKTOP),
        ("fa", "desktop", DESKTOP),
    ] {
        let offered: &[&str] = if lang == "en" { &["en"] } else { &["en", lang] };
        let site = Site::clinic(&format!("back-link-{lang}-{size}"), lang, offered, viewport);
        let wg = site.clinic_widget();
        if wg.has("[data-action=back]") {
            wg.fail("the first page should have no Back link");
        }
        wg.pass_warning();
        let look = back_link_look(&wg);
        let start = if lang == "fa" { "right" } else { "left" };
        if look["above"] != json!(true) || look[start] != json!(true) {
            wg.fail(format!(
                "{lang} at {size} size: the Back link should be above the heading, at its {start}: {look}"
            ));
        }
        wg.shot(&format!("back-link-{lang}-{size}"));
        // Its words: the language's own.
        let back = wg
            .pack()
            .map_or("Back".to_string(), |pack| pack.text("words.back").to_string());
        if wg.text("[data-action=back]") != back {
            wg.fail(format!(
                "the Back link should read {back:?}; it reads {:?}",
                wg.text("[data-action=back]")
            ));
        }
        wg.back();
        wg.expect_step("warning");
        wg.expect_clean();
        if lang == "fa" {
            let english = Site::clinic(&format!("back-link-en-for-fa-{size}"), "en", &["en"], viewport);
            let en = english.clinic_widget();
            en.pass_warning();
            if back_link_look(&en)["chevron"] == look["chevron"] {
                wg.fail(format!(
                    "the chevron should point the other way right to left: {}",
                    look["chevron"]
                ));
            }
        }
    }
}
