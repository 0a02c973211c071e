//! A printed result: with print media emulated (as the browser lays out a
//! page it prints), each level's result shows every contact it shows on
//! screen written out as visible text (a printed button cannot be
//! pressed): the emergency number, the nurse line, the clinic's phone and
//! email, and the booking link, and none the level does not give. The
//! screen's tools (print, copy, start over, the menu) are left off paper.
//! Screenshots of a printed see-doctor result at phone and desktop size go
//! to `screenshots/print-see-doctor-<size>.png`.

use ims_checker_e2e::widget::*;
use serde_json::json;

/// The demo clinic's contacts as a printed result writes them.
const NURSE: &str = "811";
const EMERGENCY: &str = "911";

/// Lays the page out for print (`true`) or for the screen again.
fn emulate_print(wg: &Widget, print: bool) {
    let media = if print { "print" } else { "" };
    wg.page
        .cdp("Emulation.setEmulatedMedia", json!({ "media": media }))
        .unwrap_or_else(|e| wg.fail(format!("cannot emulate the {media:?} media: {e}")));
}

/// The result's text as laid out for print (what is visible on paper),
/// white space as plain spaces, and each of its ways onward as
/// `(data-action, visible text)`.
fn printed(wg: &Widget) -> (String, Vec<(String, String)>) {
    let v = wg.js(&format!(
        "((r) => {{ const res = r.querySelector('[data-outcome]'); \
           const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; \
           return {{ text: (res?.innerText ?? '').replace(/\\s+/g, ' '), \
             actions: [...r.querySelectorAll('.ims-actions a')].map(a => [a.dataset.action, visible(a) ? a.innerText.replace(/\\s+/g, ' ').trim() : '(hidden)']), \
             tools: [...r.querySelectorAll('[data-action=print], [data-action=copy], [data-action=restart], [data-action=back], select[data-action=lang]')].filter(visible).map(e => e.dataset.action) }}; }})({})",
        wg.root_js()
    ));
    let tools = v["tools"].as_array().cloned().unwrap_or_default();
    if !tools.is_empty() {
        wg.fail(format!(
            "a printed result should leave the screen's tools off paper; it shows {tools:?}"
        ));
    }
    let actions = v["actions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| {
            (
                a[0].as_str().unwrap_or_default().to_string(),
                a[1].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    (v["text"].as_str().unwrap_or_default().to_string(), actions)
}

/// The contacts a printed result at `level` writes out, each as
/// `(data-action, the words of its line)`, in order, for the demo clinic
/// in English (`talk_first`: a wait with a talk-first reason).
fn contacts(level: &str, talk_first: bool, until: Option<&str>) -> Vec<(&'static str, String)> {
    let phone = format!("Call the clinic · {CLINIC_PHONE}");
    let email = format!("Email the clinic · {EMAIL}");
    let book = match until {
        Some(until) => format!("Book from {} · {BOOKING_URL}", date_in_words(until, "en")),
        None => format!("Book an assessment · {BOOKING_URL}"),
    };
    match (level, talk_first) {
        ("emergency", _) => vec![("call-emergency", format!("Call {EMERGENCY}"))],
        ("urgent", _) => vec![
            ("call-emergency", format!("If it gets worse, call {EMERGENCY}")),
            (
                "call-nurse",
                format!("Not sure where to go? Call the nurse line ({NURSE})"),
            ),
        ],
        ("see-doctor", _) => vec![
            ("call-nurse", format!("No family doctor? Call the nurse line ({NURSE})")),
            ("call", phone),
        ],
        ("not-suitable", _) => vec![("call", phone)],
        ("wait", true) => vec![("call", phone), ("book", book), ("email", email)],
        ("wait", false) | ("suitable", _) => vec![("book", book), ("call", phone)],
        ("talk-first", _) => vec![("call", phone), ("email", email)],
        (other, _) => panic!("unknown level {other:?}"),
    }
}

/// Prints the result on screen and checks every contact of `level` is on
/// paper as text, in the handoff's order, and no contact the level does
/// not give.
#[track_caller]
fn expect_printed_contacts(wg: &Widget, level: &str, talk_first: bool) {
    let until = wg.attr("[data-outcome]", "data-until");
    let want = contacts(level, talk_first, until.as_deref());
    emulate_print(wg, true);
    let (text, actions) = printed(wg);
    emulate_print(wg, false);
    let got: Vec<(&str, &str)> = actions.iter().map(|(a, t)| (a.as_str(), t.as_str())).collect();
    let wanted: Vec<(&str, &str)> = want.iter().map(|(a, t)| (*a, t.as_str())).collect();
    // The screen reader's "(opens in a new tab)" is hidden on paper too.
    let got_without_tab: Vec<(&str, String)> = got
        .iter()
        .map(|(a, t)| (*a, t.replace(" (opens in a new tab)", "")))
        .collect();
    let same = got_without_tab.len() == wanted.len()
        && got_without_tab
            .iter()
            .zip(&wanted)
            .all(|((a, t), (wa, wt))| a == wa && t == wt);
    if !same {
        wg.fail(format!(
            "a printed {level} result{} should write out exactly these contacts, in order: {wanted:?}; on paper they read {got:?}",
            if talk_first { " with a talk-first reason" } else { "" }
        ));
    }
    for (_, line) in &wanted {
        if !text.contains(*line) {
            wg.fail(format!(
                "the printed {level} result should read {line:?}; it reads {text:?}"
            ));
        }
    }
    let gives = |contact: &str| wanted.iter().any(|(_, line)| line.contains(contact));
    for contact in [NURSE, CLINIC_PHONE, EMAIL, BOOKING_URL] {
        if !gives(contact) && text.contains(contact) {
            wg.fail(format!(
                "a printed {level} result should not give {contact:?}; it reads {text:?}"
            ));
        }
    }
}

/// "Printing shows every contact the result shows (the nurse line, the
/// clinic's phone and email as well as the main action), written out as
/// text": each level's result, printed, at the demo clinic (every contact
/// configured).
#[test]
fn a_printed_result_writes_out_every_contact_of_each_level() {
    let site = Site::demo("print-contacts", DESKTOP);
    let wg = site.demo_widget();
    for level in [
        "emergency",
        "urgent",
        "see-doctor",
        "not-suitable",
        "talk-first",
        "suitable",
    ] {
        wg.journey_to(level);
        expect_printed_contacts(&wg, level, false);
        wg.restart();
    }
    // A wait with a talk-first reason: the clinic's phone first, booking
    // from the date second, then the email.
    let operated = add_days(&wg.today(), -30);
    let visit = Visit::new()
        .map("knee-left")
        .health("bleeding", "yes")
        .operation("knee-left", &operated);
    wg.visit(&visit, "wait", Some(&add_months(&operated, 3)));
    expect_printed_contacts(&wg, "wait", true);
    // On paper too: what to tell the clinic, the operation with its place and date.
    emulate_print(&wg, true);
    let (text, _) = printed(&wg);
    emulate_print(&wg, false);
    let tell = format!(
        "When you call, tell them about: a bleeding problem or blood thinner; an operation (Left knee, {}).",
        date_in_words(&operated, "en")
    );
    if !text.contains(&tell) {
        wg.fail(format!(
            "the printed wait result should read {tell:?}; it reads {text:?}"
        ));
    }
    wg.expect_clean();
}

/// A printed see-doctor result, as a visitor's printer lays it out at phone
/// and desktop width: saved for a reviewer to look at.
#[test]
fn a_printed_see_doctor_result_is_saved_as_a_screenshot() {
    for (size, site) in [
        ("phone", Site::demo_phone("print-see-doctor-phone")),
        ("desktop", Site::demo("print-see-doctor-desktop", DESKTOP)),
    ] {
        let wg = site.demo_widget();
        wg.journey_to("see-doctor");
        emulate_print(&wg, true);
        let path = screenshots_dir().join(format!("print-see-doctor-{size}.png"));
        // The whole widget on a phone; on a desktop the viewport from the
        // widget's top (a capture beyond the viewport lays a print-media
        // page out again at another width).
        let saved = if size == "phone" {
            wg.page.screenshot_element(HOST, &path)
        } else {
            wg.js(&format!(
                "({}).host.scrollIntoView({{ block: 'start', behavior: 'instant' }}) ?? true",
                wg.root_js()
            ));
            wg.page.screenshot(&path)
        };
        saved.unwrap_or_else(|e| wg.fail(format!("cannot save {}: {e}", path.display())));
        emulate_print(&wg, false);
        wg.expect_clean();
    }
}
