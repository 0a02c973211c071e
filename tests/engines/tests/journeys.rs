//! Whole journeys in WebKit and Firefox, at a phone's and a desktop's size,
//! in English, Persian and Traditional Chinese.

use ims_checker_engines::journey::{Input, OWN_FILES};
use ims_checker_engines::{Engine, Session, DESKTOP, PHONE};

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
