//! Screenshots of every page at phone (360×740) and desktop (1280×800)
//! size, in English and French, written to screenshots/ (git-ignored), e.g.
//! `screenshots/en-places-phone.png` (the viewport, the page's heading at the
//! top) and `screenshots/whole/en-places-phone.png` (the whole widget), and
//! the places with their list open instead of the map
//! (`en-places-list-phone.png`). Each
//! is checked against the page it shows (see `Widget::shot`): the step it
//! claims, the viewport's or the widget's size, the heading drawn, not
//! blank; the page does not scroll sideways at that width, and no two pages
//! give the same picture. The report `screenshots/heights-<lang>-<size>.md`
//! records each page's height; on a phone each page's questions fit in
//! about two screens.

use std::fmt::Write as _;

use ims_checker_e2e::widget::*;

/// The most a page's body (below its heading) may take on a phone, in
/// screens of 740 px: about two, so a page is read with a scroll or two
/// (French words run longer). 2.3 since body and help text became 16 px:
/// the French operations page, with one operation's date fields open,
/// measured 2.27.
const MAX_PHONE_SCREENS: f64 = 2.3;

/// The demo page at `size` ("phone" or "desktop").
fn demo_at(name: &str, size: &str) -> Site {
    if size == "phone" {
        Site::demo_phone(name)
    } else {
        Site::demo(name, DESKTOP)
    }
}

fn shoot_every_page(lang: &str, size: &str) {
    let site = demo_at(&format!("shots-{lang}-{size}"), size);
    let wg = site.demo_widget();
    if lang == "fr" {
        wg.switch_lang("fr");
    }
    let mut shots: Vec<(String, Shot)> = Vec::new();
    let mut report = format!(
        "# Page heights, {lang}, {size}\n\n| page | step | widget px | page body px | screens (body) |\n|---|---|---|---|---|\n"
    );
    let mut too_long = Vec::new();
    // `state` names a page's picture in a given state ("list"), or is empty.
    let mut shot = |step: &str, state: &str| {
        wg.expect_fits(step);
        let page = wg.current_page().unwrap_or_default();
        let page = if state.is_empty() {
            page
        } else {
            format!("{page}-{state}")
        };
        let taken = wg.shot(&format!("{lang}-{page}-{size}"));
        if taken.step != step {
            wg.fail(format!(
                "the screenshot meant for the `{step}` step shows the `{}` step",
                taken.step
            ));
        }
        // The page's own height: from its heading's bottom to the end of its
        // questions (the frame's buttons and notes are the same on every page).
        let body = wg
            .js(&format!(
                "((s) => s.getBoundingClientRect().bottom - s.querySelector('h2').getBoundingClientRect().bottom)({})",
                wg.q("[data-step]")
            ))
            .as_f64()
            .unwrap_or(f64::NAN);
        let (_, height) = wg.viewport();
        let screens = body / height;
        let _ = writeln!(
            report,
            "| {page} | {step} | {} | {body:.0} | {screens:.2} |",
            taken.whole.height
        );
        // The result is read once, not filled in, and the list of places is
        // opened on request, as long as the body has places: they may run longer.
        // A height that is not a number (no page drawn) fails too.
        let fits = screens.partial_cmp(&MAX_PHONE_SCREENS).is_some_and(|o| o.is_le());
        if size == "phone" && step != "result" && state.is_empty() && !fits {
            too_long.push(format!("{page}: {body:.0} px = {screens:.2} screens"));
        }
        shots.push((page, taken));
    };
    shot("warning", "");
    wg.pass_warning();
    wg.region_on_map("low-back");
    wg.region_on_map("knee-left");
    shot("where", "");
    // The list of places, open instead of the map: its two columns.
    wg.show_places("list");
    shot("where", "list");
    wg.show_places("map");
    wg.answer("duration", "over-3-months");
    wg.answer("back-cancer-flags", "no");
    shot("where", "");
    wg.answer("conditions", "sciatica");
    shot("where", "");
    wg.next_to("health");
    for (page, questions) in HEALTH_PAGES {
        for q in questions.iter() {
            let a = match *q {
                "for-whom" => "me",
                "needle-fear" => "nervous",
                "surgery" => "yes",
                "understanding" => "yes",
                _ => "no",
            };
            wg.answer(q, a);
        }
        wg.complete_page();
        if wg.current_page().as_deref() != Some(page) {
            wg.fail(format!(
                "expected the health page `{page}`, found {:?}",
                wg.current_page()
            ));
        }
        shot("health", "");
        if page == "operations-skin" {
            // Where and when: on the page after the checklist.
            wg.surgeries(&[("knee-left", &add_days(&wg.today(), -30))]);
            shot("health", "");
        }
    }
    wg.next();
    wg.expect_step("result");
    shot("result", "");
    let path = screenshots_dir().join(format!("heights-{lang}-{size}.md"));
    if let Err(e) = std::fs::write(&path, &report) {
        wg.fail(format!("cannot write {}: {e}", path.display()));
    }
    println!("{report}");
    if !too_long.is_empty() {
        wg.fail(format!(
            "on a phone these pages take more than {MAX_PHONE_SCREENS} screens: {too_long:?}"
        ));
    }
    for (i, (a_page, a)) in shots.iter().enumerate() {
        for (b_page, b) in &shots[i + 1..] {
            if a.whole == b.whole {
                wg.fail(format!(
                    "the whole-widget screenshots of `{a_page}` and `{b_page}` are the same picture"
                ));
            }
        }
    }
    wg.expect_clean();
}

#[test]
fn english_steps_at_phone_size() {
    shoot_every_page("en", "phone");
}

#[test]
fn english_steps_at_desktop_size() {
    shoot_every_page("en", "desktop");
}

#[test]
fn french_steps_at_phone_size() {
    shoot_every_page("fr", "phone");
}

#[test]
fn french_steps_at_desktop_size() {
    shoot_every_page("fr", "desktop");
}

/// The operations list after a blocked Next, its first row in view:
/// `screenshots/<lang>-operations-<size>.png`. Row 1 has a day that does not
/// exist, row 2 a whole date; the date fields and the message are what to
/// look at.
fn shoot_operation_rows(lang: &str, size: &str) {
    let site = demo_at(&format!("shots-operations-{lang}-{size}"), size);
    let wg = site.demo_widget();
    if lang == "fr" {
        wg.switch_lang("fr");
    }
    wg.to_operations("knee-left");
    let last_month = add_days(&wg.today(), -30);
    wg.surgeries(&[("knee-left", &last_month), ("thigh-left", &last_month)]);
    wg.type_surgery_date(0, ["31", "2", "2026"]);
    wg.next_blocked("health", "surgeries");
    wg.expect_fits("health");
    wg.js(&format!(
        "({}.scrollIntoView({{ block: 'start', behavior: 'instant' }}), true)",
        wg.q("[data-follow-up=\"surgeries\"]")
    ));
    wg.settled();
    let path = screenshots_dir().join(format!("{lang}-operations-{size}.png"));
    if let Err(e) = wg.page.screenshot(&path) {
        wg.fail(format!("screenshot {}: {e}", path.display()));
    }
    let image = Image::read(&path).unwrap_or_else(|e| wg.fail(format!("screenshot {}: {e}", path.display())));
    if image.colours(8) < 8 {
        wg.fail(format!("screenshot {} is nearly blank", path.display()));
    }
    wg.expect_clean();
}

#[test]
fn operation_rows_at_phone_and_desktop_size_in_both_languages() {
    for lang in ["en", "fr"] {
        for size in ["phone", "desktop"] {
            shoot_operation_rows(lang, size);
        }
    }
}
