//! Short pages and few taps, measured as three patients walk the check on
//! a phone (360×740, touch) and on a desktop (1280×800): each page's height
//! in screens, written to `screenshots/heights-<patient>.md`, and held on
//! every page but the result (at most 1.5 screens; on a page of one question
//! to pick one answer of, Continue's bottom within the first screen). The
//! healthy visitor's one place is the low back, the commonest reason to
//! come, so the page about the pain carries the back's questions; the
//! office worker's two places make the places' page its tallest (two rows
//! of chosen places under the map). The taps from the page's load to the
//! result are held at the figure each patient reached.
//!
//! A tap is one activation (a box, a radio, a button, a place on the map, a
//! field to type in); a menu (a `<select>`) is two: open it, pick. Typing
//! is not counted.

use std::cell::{Cell, RefCell};
use std::fmt::Write as _;

use ims_checker_e2e::widget::*;

/// The most a health page may take, in screens.
const MAX_SCREENS: f64 = 1.5;

/// Whether `value` is a number no more than `most` (a page not measured,
/// NaN, is not).
fn at_most(value: f64, most: f64) -> bool {
    value.partial_cmp(&most).is_some_and(|o| o.is_le())
}

/// The one page not held to [`MAX_SCREENS`]: the result, which may run on
/// (what it says above "What to expect" is held by its own tests).
const UNHELD: &str = "result";

/// An operation's row: its "where" menu (2), the day (1), the month's
/// menu (2) and the year (1).
const OPERATION_ROW_TAPS: u32 = 6;

/// One page as measured: its `data-page`, its height and where Continue's
/// bottom is, both in screens from the widget's top, and whether it asks
/// one question.
struct Measured {
    page: String,
    screens: f64,
    next_bottom: f64,
    one_question: bool,
    /// The words the page shows, for the time a walk takes to read.
    words: usize,
}

/// A patient's walk: the widget, the taps so far, the pages measured.
struct Walk<'a, 'b> {
    wg: &'a Widget<'b>,
    taps: Cell<u32>,
    pages: RefCell<Vec<Measured>>,
}

impl<'a, 'b> Walk<'a, 'b> {
    fn new(wg: &'a Widget<'b>) -> Walk<'a, 'b> {
        Walk {
            wg,
            taps: Cell::new(0),
            pages: RefCell::new(Vec::new()),
        }
    }

    fn tap(&self, sel: &str) {
        self.wg.act(sel);
        self.wg.settled();
        self.taps.set(self.taps.get() + 1);
    }

    fn add_taps(&self, n: u32) {
        self.taps.set(self.taps.get() + n);
    }

    /// The current page's height and Continue's bottom, in screens from
    /// the widget's top.
    fn measure(&self) {
        let wg = self.wg;
        wg.settled();
        let (_, screen) = wg.viewport();
        let v = wg.js(&format!(
            "((w, n) => {{ const top = w.getBoundingClientRect().top; \
               return [w.getBoundingClientRect().height, n ? n.getBoundingClientRect().bottom - top : 0]; }})({}, {})",
            wg.q(".ims"),
            wg.q("[data-action=next]")
        ));
        let height = v[0].as_f64().unwrap_or(f64::NAN);
        let next = v[1].as_f64().unwrap_or(f64::NAN);
        let questions = wg.count("[data-question]:not([data-item] [data-question])");
        // A list of warning signs to tick is not a question of one answer.
        let ticks = wg.has("[data-question] input[type=checkbox]");
        let words = wg.text(".ims").split_whitespace().count();
        self.pages.borrow_mut().push(Measured {
            page: wg.current_page().unwrap_or_default(),
            screens: height / screen,
            next_bottom: next / screen,
            one_question: questions == 1 && !ticks && !wg.has("[data-checklist]"),
            words,
        });
    }

    /// Measure the page, then tap Continue and wait for the next page.
    fn next(&self) {
        self.measure();
        let from = self.wg.current_page();
        self.tap("[data-action=next]");
        self.wg.expect_page_left(from, "Continue");
    }

    fn answer(&self, q: &str, a: &str) {
        self.tap(&format!("[data-question=\"{q}\"] [data-answer=\"{a}\"]"));
    }

    /// "None of these" on both pages of warning signs, then the places on the map.
    fn to_places(&self, places: &[&str]) {
        for _ in 0..2 {
            self.answer("red-flags-general", "none");
            self.next();
        }
        for place in places {
            self.wg.region_on_map(place);
            self.add_taps(1);
        }
        self.next();
    }

    /// The pages about the pain and known conditions passed, the check
    /// for "me".
    fn to_checklists(&self) {
        while matches!(self.wg.current_page().as_deref(), Some("about" | "conditions")) {
            self.next();
        }
        self.answer("for-whom", "me");
        self.next();
    }

    /// Ends on the result, measured.
    fn see_result(&self, level: &str) {
        self.measure();
        self.tap("[data-action=next]");
        self.wg.expect_outcome(level, None);
        self.measure();
    }
}

/// A visitor with nothing to report and one place, the low back.
fn healthy(walk: &Walk) {
    walk.to_places(&["low-back"]);
    walk.answer("back-cancer-flags", "no");
    walk.to_checklists();
    walk.tap("[data-check=\"none\"]");
    walk.next();
    walk.tap("[data-check=\"none\"]");
    walk.next();
    walk.answer("needle-fear", "no");
    walk.next();
    walk.tap("[data-check=\"none\"]");
    walk.see_result("suitable");
}

/// 70 years old, on a blood thinner, a knee operation 30 days ago.
fn blood_thinner_and_knee_operation(walk: &Walk) {
    let wg = walk.wg;
    walk.to_places(&["knee-left"]);
    walk.to_checklists();
    walk.tap("[data-check=\"none\"]");
    walk.next();
    walk.tap("[data-check=\"some\"]");
    walk.tap("[data-check=\"bleeding\"]");
    walk.next();
    walk.answer("needle-fear", "no");
    walk.next();
    walk.tap("[data-check=\"some\"]");
    walk.tap("[data-check=\"surgery\"]");
    // Where and when: on the page after the checklist.
    walk.next();
    let operated = add_days(&wg.today(), -30);
    wg.surgery_row(0, "knee-left", &operated);
    walk.add_taps(OPERATION_ROW_TAPS);
    walk.measure();
    walk.tap("[data-action=next]");
    wg.expect_outcome("wait", Some(&add_months(&operated, 3)));
    walk.measure();
}

/// An office worker, nervous of needles, with neck and shoulder pain.
fn nervous_office_worker(walk: &Walk) {
    walk.to_places(&["neck", "shoulder-right"]);
    walk.to_checklists();
    walk.tap("[data-check=\"none\"]");
    walk.next();
    walk.tap("[data-check=\"none\"]");
    walk.next();
    walk.answer("needle-fear", "nervous");
    walk.next();
    walk.tap("[data-check=\"none\"]");
    walk.see_result("suitable");
}

/// Walks `patient` at phone and desktop size; writes and holds the heights,
/// returns the taps (the same at both sizes).
fn walk_and_measure(name: &str, patient: fn(&Walk)) -> u32 {
    let mut report = format!(
        "# Page heights: {name}\n\nScreens from the widget's top (phone 360×740, desktop 1280×800); \
         Continue's bottom on the phone.\n\n| page | phone screens | phone Continue's bottom | desktop screens |\n|---|---|---|---|\n"
    );
    let phone_site = Site::demo_phone(&format!("pages-{name}-phone"));
    let phone = phone_site.demo_widget();
    let phone_walk = Walk::new(&phone);
    patient(&phone_walk);
    let desktop_site = Site::demo(&format!("pages-{name}-desktop"), DESKTOP);
    let desktop = desktop_site.demo_widget();
    let desktop_walk = Walk::new(&desktop);
    patient(&desktop_walk);

    let phone_pages = phone_walk.pages.borrow();
    let desktop_pages = desktop_walk.pages.borrow();
    let mut too_long = Vec::new();
    for (p, d) in phone_pages.iter().zip(desktop_pages.iter()) {
        let _ = writeln!(
            report,
            "| {} | {:.2} | {:.2} | {:.2} |",
            p.page, p.screens, p.next_bottom, d.screens
        );
        if p.page == UNHELD {
            continue;
        }
        for (size, m) in [("phone", p), ("desktop", d)] {
            if !at_most(m.screens, MAX_SCREENS) {
                too_long.push(format!("{size} {}: {:.2} screens", m.page, m.screens));
            }
        }
        if p.one_question && !at_most(p.next_bottom, 1.0) {
            too_long.push(format!(
                "phone {}: one question, yet Continue's bottom is {:.2} screens down",
                p.page, p.next_bottom
            ));
        }
    }
    let taps = phone_walk.taps.get();
    // Reading at 200 words a minute, a tap every 2 seconds: the time the
    // demo page promises comes from this (the result's words included).
    let words: usize = phone_pages.iter().map(|p| p.words).sum();
    let minutes = words as f64 / 200.0 + f64::from(taps) * 2.0 / 60.0;
    let _ = writeln!(
        report,
        "\nTaps from the page's load to the result: {taps}. Words on the pages: {words}; \
         read at 200 words a minute with a tap every 2 seconds, about {minutes:.1} minutes."
    );
    let path = screenshots_dir().join(format!("heights-{name}.md"));
    let _ = std::fs::create_dir_all(screenshots_dir());
    if let Err(e) = std::fs::write(&path, &report) {
        phone.fail(format!("cannot write {}: {e}", path.display()));
    }
    println!("{report}");
    if !too_long.is_empty() {
        phone.fail(format!("pages too long for {name}: {too_long:?}"));
    }
    if desktop_walk.taps.get() != taps {
        phone.fail(format!(
            "{name}: {taps} taps on the phone, {} on the desktop",
            desktop_walk.taps.get()
        ));
    }
    phone.expect_clean();
    desktop.expect_clean();
    taps
}

#[test]
fn a_healthy_visitor_with_one_place_reaches_the_result_in_at_most_20_taps() {
    let taps = walk_and_measure("healthy-one-place", healthy);
    assert!(
        taps <= 20,
        "a healthy visitor with one place took {taps} taps (at most 20)"
    );
}

#[test]
fn a_70_year_old_on_a_blood_thinner_with_a_knee_operation_takes_at_most_27_taps() {
    let taps = walk_and_measure("blood-thinner-knee-operation", blood_thinner_and_knee_operation);
    assert!(
        taps <= 27,
        "took {taps} taps (38 before the checklists; 23 before the warning signs took two pages; 25 before \
         a checklist's \"Yes\" came before its boxes, one tap on each of its two lists; held at 27)"
    );
}

#[test]
fn an_office_worker_nervous_of_needles_with_neck_and_shoulder_pain_takes_at_most_19_taps() {
    let taps = walk_and_measure("nervous-neck-shoulder", nervous_office_worker);
    assert!(
        taps <= 19,
        "took {taps} taps (32 before the checklists; 17 before the warning signs took two pages; held at 19)"
    );
}
