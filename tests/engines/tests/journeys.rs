//! Whole journeys in WebKit and Firefox, at a phone's and a desktop's size,
//! in English, Persian and Traditional Chinese.

use ims_checker_engines::journey::{Input, OWN_FILES};
use ims_checker_engines::{in_each_engine, Engine, Session, DESKTOP, PHONE};

/// Each level in `lang`: suitable and wait with the map (or the list),
/// emergency by the keyboard.
fn journeys(engine: Engine, name: &str, viewport: (u32, u32), langs: &[&str]) {
    let s = Session::start(engine, name, viewport);
    for lang in langs {
        for (level, list) in [("suitable", false), ("wait", true), ("emergency", false)] {
            s.open(&format!("clinic-{lang}.html"));
            let mut w = s.widget("#widget");
            if level == "emergency" {
                w.input = Input::Keys;
            }
            w.journey(level, list, &format!("{lang}-{level}"));
            w.expect_private(&OWN_FILES);
        }
    }
}

#[test]
fn webkit_desktop_journeys() {
    journeys(Engine::WebKit, "desktop", DESKTOP, &["en", "fa", "zh-Hant"]);
}

#[test]
fn webkit_phone_journeys() {
    journeys(Engine::WebKit, "phone", PHONE, &["en", "fa", "zh-Hant"]);
}

#[test]
fn firefox_desktop_journeys() {
    journeys(Engine::Firefox, "desktop", DESKTOP, &["en", "fa", "zh-Hant"]);
}

#[test]
fn firefox_phone_journeys() {
    journeys(Engine::Firefox, "phone", PHONE, &["en", "fa", "zh-Hant"]);
}

/// The body map by the keyboard alone, as the README says: Tab reaches it
/// from the list's switch above it as one stop; Home and End go to the
/// first and last place, Down to the next one, head to foot; Space picks
/// the place that has the focus.
fn map_by_keyboard(engine: Engine) {
    let s = Session::start(engine, "map-keys", DESKTOP);
    s.open("clinic-en.html");
    let w = s.widget("#widget");
    w.pass_warning();
    w.show_places(false);
    let focused = format!("(({}).activeElement?.getAttribute('data-region') ?? null)", w.root());
    w.focus("[data-action=place-list]");
    s.press('\u{E004}'); // Tab
    s.wait(
        &format!("{focused} !== null"),
        "Tab from the list's switch should reach the body map",
    );
    let mut seen = Vec::new();
    for (key, what) in [('\u{E011}', "Home"), ('\u{E015}', "Down"), ('\u{E010}', "End")] {
        let before = s.js(&focused);
        s.press(key);
        if key != '\u{E011}' {
            s.wait(
                &format!("{focused} !== {before}"),
                format!("{what} should move the focus on the map"),
            );
        }
        let region = s.js(&focused);
        seen.push(region.as_str().unwrap_or_default().to_string());
        s.press(' ');
        w.expect_chosen(region.as_str().unwrap_or_default());
    }
    s.shot("picked");
    if seen.len() != 3 || seen[0] == seen[2] || seen[1] == seen[0] {
        s.fail(format!(
            "Home, Down and End should reach three places; they reached {seen:?}"
        ));
    }
}

in_each_engine!(map_by_keyboard: webkit_map_by_keyboard, firefox_map_by_keyboard);
