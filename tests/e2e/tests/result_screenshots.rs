//! The result page at each of the seven levels, in English and French, on a
//! phone and a desktop, written to screenshots/ (e.g.
//! `screenshots/result-urgent-fr-phone.png`, and the whole widget under
//! `screenshots/whole/`), so a reviewer can read every result as a visitor
//! sees it. Each journey also checks it reached its level, and each
//! screenshot is checked against the page it shows (see `Widget::shot`).

use ims_checker_e2e::widget::*;

/// Answers one journey to `level`, from the first step to the result.
fn reach(wg: &Widget<'_>, level: &str) {
    let flag = match level {
        "emergency" => Some("stiff-neck-fever"),
        "urgent" => Some("major-trauma"),
        _ => None,
    };
    if let Some(flag) = flag {
        wg.answer("red-flags-general", flag);
        wg.next();
        return;
    }
    let today = wg.today();
    let neck_and_knee = Visit::new()
        .map("neck")
        .map("knee-left")
        .about("fit-tight-muscles", "yes");
    let visit = match level {
        // See-doctor comes from the back or chest follow-up, so its journey differs.
        "see-doctor" => Visit::new().map("low-back").about("back-cancer-flags", "yes"),
        "not-suitable" => neck_and_knee.health("needle-fear", "severe"),
        // Two operations with different ends, so the places differ.
        "wait" => neck_and_knee
            .health("bleeding", "yes")
            .operation("knee-left", &add_days(&today, -20))
            .operation("neck", &add_days(&today, -50)),
        "talk-first" => neck_and_knee.health("epilepsy", "yes"),
        _ => neck_and_knee,
    };
    wg.enter(&visit);
    wg.next();
}

fn shoot(level: &str, lang: &str, size: &str) {
    let name = format!("result-{level}-{lang}-{size}");
    let site = if size == "phone" {
        Site::demo_phone(&name)
    } else {
        Site::demo(&name, DESKTOP)
    };
    let wg = site.demo_widget();
    if lang == "fr" {
        wg.switch_lang("fr");
    }
    reach(&wg, level);
    wg.expect_step("result");
    let got = wg.attr("[data-outcome]", "data-outcome");
    if got.as_deref() != Some(level) {
        wg.fail(format!("expected the {level} result, got {got:?}"));
    }
    wg.expect_fits("result");
    wg.shot(&name);
    wg.expect_clean();
}

macro_rules! shots {
    ($($name:ident: $level:expr, $lang:expr, $size:expr;)*) => {
        $(
            #[test]
            fn $name() {
                shoot($level, $lang, $size);
            }
        )*
    };
}

shots! {
    emergency_en_phone: "emergency", "en", "phone";
    emergency_fr_desktop: "emergency", "fr", "desktop";
    urgent_en_desktop: "urgent", "en", "desktop";
    urgent_fr_phone: "urgent", "fr", "phone";
    see_doctor_en_phone: "see-doctor", "en", "phone";
    see_doctor_fr_desktop: "see-doctor", "fr", "desktop";
    not_suitable_en_desktop: "not-suitable", "en", "desktop";
    not_suitable_fr_phone: "not-suitable", "fr", "phone";
    wait_en_phone: "wait", "en", "phone";
    wait_fr_desktop: "wait", "fr", "desktop";
    talk_first_en_desktop: "talk-first", "en", "desktop";
    talk_first_fr_phone: "talk-first", "fr", "phone";
    suitable_en_phone: "suitable", "en", "phone";
    suitable_fr_desktop: "suitable", "fr", "desktop";
}
