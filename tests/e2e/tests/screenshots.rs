//! Screenshots of every step at phone (360×740) and desktop (1280×800) size,
//! in English and French, written to screenshots/ (git-ignored), e.g.
//! `screenshots/en-where-phone.png` (the viewport, the step's heading at the
//! top) and `screenshots/whole/en-where-phone.png` (the whole widget).

mod common;

use common::*;

fn shoot_every_step(lang: &str, size: &str) {
    let name = format!("shots-{lang}-{size}");
    let wg = if size == "phone" {
        Widget::open_phone(&name)
    } else {
        Widget::open(&name, DESKTOP)
    };
    wg.expect_start();
    if lang == "fr" {
        wg.act("[data-action=lang]");
        wg.wait(
            &format!("{}?.getAttribute('lang') === 'fr'", jq(".ims")),
            "after [data-action=lang] the widget root .ims should have lang=\"fr\"",
        );
    }
    let shot = |step: &str| wg.shot(&format!("{lang}-{step}-{size}"));
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
    wg.expect_clean();
    for step in STEPS {
        for dir in [screenshots_dir(), screenshots_dir().join("whole")] {
            let path = dir.join(format!("{lang}-{step}-{size}.png"));
            let png = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{} is not a PNG", path.display());
        }
    }
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
