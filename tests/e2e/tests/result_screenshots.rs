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
    // A call first says what to tell the clinic, in plain words.
    match (level, lang) {
        ("talk-first", "en") => {
            wg.expect_tell_the_clinic(&["epilepsy/yes"], &["tell them about: epilepsy or seizures."])
        }
        ("talk-first", _) => wg.expect_tell_the_clinic(&["epilepsy/yes"], &["l'épilepsie ou des crises"]),
        ("wait", "en") => wg.expect_tell_the_clinic(
            &["bleeding/yes"],
            &[
                "a bleeding problem or blood thinner; an operation (",
                "(Left knee, ",
                "(Neck, ",
            ],
        ),
        ("wait", _) => wg.expect_tell_the_clinic(&["bleeding/yes"], &["une opération (Cou, "]),
        _ => wg.expect_tell_the_clinic(&[], &[]),
    }
    wg.expect_review_record(None);
    wg.shot(&name);
    // On a phone the result, what to do and why fit in two screens above
    // "What to expect" (checked after the screenshot, which shows it).
    if size == "phone" && matches!(level, "suitable" | "talk-first" | "wait") {
        wg.expect_result_above_expect_within(2);
    }
    wg.expect_clean();
}

/// A clinic that wrote who reviewed its rules, and when, has it said on
/// the result (and axe finds nothing on that result).
#[test]
fn the_review_record_shows_when_configured() {
    let page = "clinic-reviewed.html";
    let review = serde_json::json!({ "review": { "by": "J. Kim, physiotherapist", "date": "2026-12-01" } });
    let html = clinic_page_with("en", &["en", "fr"], None, &review);
    let site = Site::open_prepared("result-reviewed", page, PHONE, true, |dir| {
        std::fs::write(dir.join(page), &html)
    });
    let wg = site.clinic_widget();
    reach(&wg, "suitable");
    wg.expect_step("result");
    wg.expect_review_record(Some("Rules reviewed by J. Kim, physiotherapist on December 1, 2026."));
    wg.inject_axe(&axe_source());
    wg.expect_axe_clean("the result with a review record");
    wg.shot("result-reviewed-en-phone");
    wg.expect_clean_but_for_axe();
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

/// The copied summary lists every place with its result, the operations
/// with their dates in words, the reasons and what to tell the clinic.
#[test]
fn the_copied_summary_lists_places_operations_reasons_and_what_to_tell() {
    let page = "clinic-copy.html";
    let html = clinic_page("en", &["en", "fr"], None);
    let site = Site::open_prepared("result-copy", page, PHONE, true, |dir| {
        std::fs::write(dir.join(page), &html)
    });
    let wg = site.clinic_widget();
    reach(&wg, "wait");
    wg.expect_step("result");
    wg.act("[data-step=result] [data-action=copy]");
    wg.wait(
        "window.__embedTrap.clipboard.length > 0",
        "expected [data-action=copy] to copy a summary",
    );
    let copied = site.trap(&site.page)["clipboard"][0].as_str().unwrap_or("").to_string();
    let today = wg.today();
    let (knee, neck) = (
        date_in_words(&add_days(&today, -20), "en"),
        date_in_words(&add_days(&today, -50), "en"),
    );
    for part in [
        "Each place you picked:\n- Neck: Wait from ".to_string(),
        "\n- Left knee: Wait from ".to_string(),
        format!("Your operations:\n- Left knee: {knee}\n- Neck: {neck}\n"),
        "Why:\n".to_string(),
        format!(
            "When you call, tell them about: a bleeding problem or blood thinner; an operation (Left knee, {knee}); an operation (Neck, {neck})."
        ),
    ] {
        if !copied.contains(&part) {
            wg.fail(format!("the copied summary should hold {part:?}; it is {copied:?}"));
        }
    }
    wg.expect_clean();
}
