//! Screenshots of every step at phone (360×740) and desktop (1280×800) size,
//! in English and French, written to screenshots/ (git-ignored), e.g.
//! `screenshots/en-where-phone.png` (the viewport, the step's heading at the
//! top) and `screenshots/whole/en-where-phone.png` (the whole widget), and
//! the "where" step with its list of places open (`en-where-list-phone.png`). Each
//! is checked against the page it shows (see `Widget::shot`): the step it
//! claims, the viewport's or the widget's size, the heading drawn, not
//! blank; the page does not scroll sideways at that width, and no two steps
//! give the same picture.

use ims_checker_e2e::widget::*;

fn shoot_every_step(lang: &str, size: &str) {
    let name = format!("shots-{lang}-{size}");
    let site = if size == "phone" {
        Site::demo_phone(&name)
    } else {
        Site::demo(&name, DESKTOP)
    };
    let wg = site.demo_widget();
    if lang == "fr" {
        wg.switch_lang("fr");
    }
    let mut shots: Vec<Shot> = Vec::new();
    // `what` names the picture: the step, or the step in a given state.
    let mut shot = |step: &str, what: &str| {
        wg.expect_fits(step);
        let taken = wg.shot(&format!("{lang}-{what}-{size}"));
        if taken.step != step {
            wg.fail(format!(
                "the screenshot meant for the `{step}` step shows the `{}` step",
                taken.step
            ));
        }
        shots.push(taken);
    };
    shot("warning", "warning");
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    wg.region_on_map("low-back");
    wg.region_on_map("knee-left");
    wg.answer("duration", "over-3-months");
    wg.answer("back-cancer-flags", "no");
    shot("where", "where");
    // The list of places, open instead of the map: its two columns.
    wg.show_places("list");
    shot("where", "where-list");
    wg.show_places("map");
    wg.next_to("health");
    wg.fill_health(&[("surgery", "yes"), ("needle-fear", "nervous")]);
    wg.surgeries(&[("knee-left", &add_days(&wg.today(), -30))]);
    shot("health", "health");
    wg.next();
    wg.expect_step("result");
    shot("result", "result");
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
