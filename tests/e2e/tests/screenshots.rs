//! Screenshots of every step at phone (360×740) and desktop (1280×800) size,
//! in English and French, written to screenshots/ (git-ignored), e.g.
//! `screenshots/en-where-phone.png` (the viewport, the step's heading at the
//! top) and `screenshots/whole/en-where-phone.png` (the whole widget). Each
//! is checked against the page it shows (see `Widget::shot`): the step it
//! claims, the viewport's or the widget's size, the heading drawn, not
//! blank; the page does not scroll sideways at that width, and no two steps
//! give the same picture.

use ims_checker_e2e::widget::*;

/// The demo page at `size` ("phone" or "desktop").
fn demo_at(name: &str, size: &str) -> Site {
    if size == "phone" {
        Site::demo_phone(name)
    } else {
        Site::demo(name, DESKTOP)
    }
}

fn shoot_every_step(lang: &str, size: &str) {
    let site = demo_at(&format!("shots-{lang}-{size}"), size);
    let wg = site.demo_widget();
    if lang == "fr" {
        wg.switch_lang("fr");
    }
    let mut shots: Vec<Shot> = Vec::new();
    let mut shot = |step: &str| {
        wg.expect_fits(step);
        let taken = wg.shot(&format!("{lang}-{step}-{size}"));
        if taken.step != step {
            wg.fail(format!(
                "the screenshot meant for the `{step}` step shows the `{}` step",
                taken.step
            ));
        }
        shots.push(taken);
    };
    shot("warning");
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    wg.region_on_map("low-back");
    wg.region_on_map("knee-left");
    wg.answer("duration", "over-3-months");
    wg.answer("back-cancer-flags", "no");
    shot("where");
    wg.next_to("health");
    wg.fill_health(&[("surgery", "yes"), ("needle-fear", "nervous")]);
    wg.surgeries(&[("knee-left", &add_days(&wg.today(), -30))]);
    shot("health");
    wg.next();
    wg.expect_step("result");
    shot("result");
    for (i, a) in shots.iter().enumerate() {
        for b in &shots[i + 1..] {
            if a.whole == b.whole {
                wg.fail(format!(
                    "the whole-widget screenshots of `{}` and `{}` are the same picture",
                    a.step, b.step
                ));
            }
        }
    }
    wg.expect_clean();
}

#[test]
fn english_steps_at_phone_size() {
    shoot_every_step("en", "phone");
}

#[test]
fn english_steps_at_desktop_size() {
    shoot_every_step("en", "desktop");
}

#[test]
fn french_steps_at_phone_size() {
    shoot_every_step("fr", "phone");
}

#[test]
fn french_steps_at_desktop_size() {
    shoot_every_step("fr", "desktop");
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
