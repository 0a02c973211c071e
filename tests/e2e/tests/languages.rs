//! The check in every language a clinic can offer. Every language, English
//! too, is a pack the widget fetches from its own folder (`lang/<tag>.json`),
//! or a clinic's own pack on its page. The words
//! expected come from the packs (`packs/<tag>.json`), not from the tests.
//!
//! Each test writes its host page (the demo clinic, `clinic_page`) into a
//! copy of dist/. Screenshots of every page of each language's journey go
//! to `screenshots/languages/<lang>/<page>-<size>.png` (the viewport) and
//! `screenshots/whole/languages/<lang>/<page>-<size>.png` (the whole widget).

use std::fs;
use std::path::Path;

use ims_checker_e2e::widget::*;
use ims_checker_e2e::ConsoleMessage;
use serde_json::{json, Value};

/// The languages the test pages offer, in the menu's order: English and
/// every shipped pack (checked by
/// [`every_shipped_pack_is_offered_and_has_its_journey`]).
const OFFERED: [&str; 6] = ["en", "fr", "zh-Hans", "zh-Hant", "pa", "fa"];

/// The note under the language menu when the starting language's pack
/// cannot load: in English, whatever language failed.
const LANGUAGE_FAILED: &str = "This language could not load, so the check is in English.";

/// The widget's own configuration problems, as logged to the console.
const CONFIG_LOG: &str = "ims-checker configuration: ";

/// "your left" in English, on the body map.
const YOUR_LEFT: &str = "your left";

/// A copy of dist/ with `pages` (file name, HTML) written beside it and
/// `removed` files taken out; the first page open at `viewport` (tapped
/// on a phone).
fn site_with(name: &str, pages: &[(&str, String)], removed: &[&str], viewport: (u32, u32)) -> Site {
    let touch = viewport == PHONE;
    Site::open_prepared(name, pages[0].0, viewport, touch, |dir: &Path| {
        for file in removed {
            fs::remove_file(dir.join(file))?;
        }
        for (file, html) in pages {
            fs::write(dir.join(file), html)?;
        }
        Ok(())
    })
}

/// A copy of dist/ with the demo clinic's page in `lang`, offering every
/// language, open at `viewport`.
fn clinic_in(name: &str, lang: &str, viewport: (u32, u32)) -> Site {
    Site::clinic(name, lang, &OFFERED, viewport)
}

/// The paths of the language packs `wg`'s page requested so far, sorted.
fn pack_requests(wg: &Widget) -> Vec<String> {
    let mut paths: Vec<String> = wg
        .site
        .request_paths(wg.page)
        .into_iter()
        .filter(|p| p.starts_with("/lang/"))
        .collect();
    paths.sort();
    paths
}

/// English's pack: the widget has no words of its own, so a page fetches it
/// to start in English, or once another language's pack failed or was
/// refused, to speak English instead.
const ENGLISH_PACK: &str = "/lang/en.json";

/// The page shown is in `pack`'s language (root `lang` and `dir`, its
/// heading, the digits of its progress), axe finds nothing on it, and its screenshots are saved as
/// `languages/<lang>/<page><state>-<size>`.
#[track_caller]
fn visit(wg: &Widget, pack: &Pack, size: &str, state: &str) {
    wg.expect_language(pack);
    wg.expect_page_title();
    wg.expect_progress_in_own_digits();
    let page = wg.current_page().unwrap_or_default();
    wg.shot(&format!("languages/{}/{page}{state}-{size}", pack.lang));
    wg.expect_axe_clean(&format!("{} {page}{state} {size}", pack.lang));
}

/// On the places page, in either direction, words keep clear of what is
/// beside them: each chosen place's name is at least 4 px inside its chip,
/// and the tick on the map's shown side (a touch screen's Front/Back
/// switch) has its space on the side of the words.
#[track_caller]
fn expect_words_clear_of_edges(wg: &Widget) {
    let found = wg.js(&format!(
        "((r) => {{ const ims = r.querySelector('.ims'); const rtl = getComputedStyle(ims).direction === 'rtl'; \
           const chips = [...r.querySelectorAll('.ims-chip')].map(c => {{ const box = c.getBoundingClientRect(); \
             const words = c.querySelector('span').getBoundingClientRect(); \
             return {{ name: c.innerText.trim(), start: Math.round(words.left - box.left), end: Math.round(box.right - words.right) }}; }}); \
           const pressed = r.querySelector('.ims-map-switch-button[aria-pressed=true]'); \
           const tick = pressed ? getComputedStyle(pressed, '::before') : null; \
           return {{ rtl, chips, tickGap: tick ? parseFloat(rtl ? tick.marginLeft : tick.marginRight) : null }}; }})({})",
        wg.root_js()
    ));
    let chips = found["chips"].as_array().cloned().unwrap_or_default();
    let cramped = chips.iter().any(|c| {
        ["start", "end"]
            .iter()
            .any(|side| c[*side].as_f64().is_none_or(|room| room < 4.0))
    });
    let tick_cramped = found["tickGap"].as_f64().is_some_and(|gap| gap < 4.0);
    if chips.is_empty() || cramped || tick_cramped {
        wg.fail(format!(
            "in {}, the chosen places' names should sit at least 4 px inside their chips, and the shown side's tick \
             keep its space towards its word; found (px) {found}",
            wg.lang()
        ));
    }
}

/// The clinic's phone number on the result's call button reads left to
/// right, as numbers do, whatever the language's direction: its first
/// character (`+`) is drawn left of its last.
#[track_caller]
fn expect_phone_left_to_right(wg: &Widget) {
    let found = wg.js(&format!(
        "((a) => {{ const text = a ? [...a.querySelectorAll('*')].flatMap(e => [...e.childNodes]) \
             .find(n => n.nodeType === 3 && n.textContent.includes({digits})) : null; \
           if (!text) return null; const at = (i) => {{ const r = document.createRange(); \
             r.setStart(text, i); r.setEnd(text, i + 1); return r.getBoundingClientRect().left; }}; \
           return [text.textContent, at(0), at(text.textContent.length - 1)]; }})({})",
        wg.q("[data-step=result] a[data-action=call]"),
        digits = json!(&CLINIC_PHONE[CLINIC_PHONE.len() - 4..])
    ));
    let ordered = found[1]
        .as_f64()
        .zip(found[2].as_f64())
        .is_some_and(|(first, last)| first < last);
    if found[0] != json!(CLINIC_PHONE) || !ordered {
        wg.fail(format!(
            "in {}, the call button's number {CLINIC_PHONE:?} should read left to right (its first character drawn left of its last); \
             found [text, first x, last x] {found}",
            wg.lang()
        ));
    }
}

/// A whole journey in `lang` to `level` (`suitable` or `talk-first`), on a
/// page whose `lang` asks for it, at phone and at desktop size: every page
/// in the language, audited by axe, photographed; the result as the facts
/// say; only the page's and the widget's files requested (the language's
/// pack once), nothing stored.
fn journey_in(lang: &str, level: &str) {
    let pack = Pack::read(lang);
    let source = axe_source();
    for (size, viewport) in [("phone", PHONE), ("desktop", DESKTOP)] {
        let site = clinic_in(&format!("languages-{lang}-{size}"), lang, viewport);
        let wg = site.clinic_widget();
        wg.expect_language(&pack);
        let own_pack = format!("/lang/{lang}.json");
        if pack_requests(&wg) != [own_pack.as_str()] {
            wg.fail(format!(
                "a page in {lang} should fetch its pack {own_pack} and no other; it fetched {:?}",
                pack_requests(&wg)
            ));
        }
        let loaded = wg.expect_own_files_only_and_nothing_stored();
        wg.inject_axe(&source);

        visit(&wg, &pack, size, "");
        wg.answer("red-flags-general", "none");
        wg.next_page();
        visit(&wg, &pack, size, "");
        wg.answer("red-flags-general", "none");
        wg.next_page();
        wg.region_on_map("knee-left");
        expect_words_clear_of_edges(&wg);
        visit(&wg, &pack, size, "");
        wg.show_places("list");
        visit(&wg, &pack, size, "-list");
        wg.show_places("map");
        // The pages after the places, each as it comes.
        while wg.next_page() != HEALTH_PAGES[0].0 {
            if wg.has("[data-question=\"fit-tight-muscles\"]") {
                wg.answer("fit-tight-muscles", "yes");
            }
            visit(&wg, &pack, size, "");
        }
        for (page, questions) in HEALTH_PAGES {
            for q in questions.iter() {
                let harmless = HEALTH_DEFAULTS.iter().find(|(h, _)| h == q).map_or("no", |(_, a)| *a);
                let a = if level == "talk-first" && *q == "bleeding" {
                    "yes"
                } else {
                    harmless
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
            visit(&wg, &pack, size, "");
        }
        wg.next();
        wg.expect_result_page(&Expected {
            level: level_id(level),
            until: None,
            places: vec![],
        });
        expect_phone_left_to_right(&wg);
        visit(&wg, &pack, size, "");

        if wg.expect_own_files_only_and_nothing_stored() != loaded {
            wg.fail(format!(
                "the journey in {lang} requested more files after the first screen: {:?}",
                site.request_paths(wg.page)
            ));
        }
        wg.expect_clean_but_for_axe();
    }
}

#[test]
fn the_check_in_french() {
    journey_in("fr", "suitable");
}

#[test]
fn the_check_in_simplified_chinese() {
    journey_in("zh-Hans", "talk-first");
}

#[test]
fn the_check_in_traditional_chinese() {
    journey_in("zh-Hant", "suitable");
}

#[test]
fn the_check_in_punjabi() {
    journey_in("pa", "talk-first");
}

#[test]
fn the_check_in_persian_right_to_left() {
    journey_in("fa", "suitable");
}

/// The languages the journeys above go through.
const JOURNEYS: [&str; 5] = ["fr", "zh-Hans", "zh-Hant", "pa", "fa"];

/// A clinic's wording and notes, written in English and French, on a page
/// in Punjabi: the reworded question stays the pack's Punjabi (never the
/// clinic's English among Punjabi questions); the coverage note, with no
/// Punjabi, shows in English, marked as English.
#[test]
fn a_clinics_own_wording_and_notes_on_a_page_in_another_language() {
    const COVERAGE: &str = "Most extended health plans cover IMS.";
    let more = json!({
        "coverage": { "en": COVERAGE, "fr": "La plupart des assurances couvrent l'IMS." },
        "text-overrides": {
            "question:needle-fear": { "en": "How do you feel about needles and injections?", "fr": "Que ressentez-vous face aux aiguilles et aux piqûres ?" }
        }
    });
    let pack = Pack::read("pa");
    let page = clinic_page_with("pa", &OFFERED, None, &more);
    let site = site_with("languages-clinic-wording", &[("clinic-pa.html", page)], &[], DESKTOP);
    let wg = site.clinic_widget();
    wg.expect_language(&pack);
    wg.to_health(&Visit::new().list("knee-left"));
    // A question asked on its own page (a checklist's items are the widget's words).
    wg.reach_question("needle-fear");
    let legend = wg.text("[data-question=\"needle-fear\"] .ims-legend");
    let own = pack.text("question.needle-fear.prompt");
    if !legend.starts_with(own) {
        wg.fail(format!(
            "the reworded question should stay in Punjabi ({own:?}); it reads {legend:?}"
        ));
    }
    wg.fill_health(&[]);
    wg.next();
    wg.expect_outcome("suitable", None);
    let notes = wg.js(&format!(
        "[...{}.querySelectorAll('[data-section=expect] li')].map((li) => [li.getAttribute('lang'), li.textContent])",
        wg.root_js()
    ));
    if !notes
        .as_array()
        .is_some_and(|notes| notes.contains(&json!(["en", COVERAGE])))
    {
        wg.fail(format!(
            "the result should show the coverage note marked as English; its notes: {notes}"
        ));
    }
    wg.expect_clean();
}

/// A clinic's wording and notes written in Punjabi too: a Punjabi visitor
/// reads the clinic's Punjabi question and coverage note, the note not
/// marked as English.
#[test]
fn a_clinics_own_wording_and_notes_in_punjabi_show_to_a_punjabi_visitor() {
    const COVERAGE: &str = "ਜ਼ਿਆਦਾਤਰ ਸਿਹਤ ਯੋਜਨਾਵਾਂ IMS ਨੂੰ ਕਵਰ ਕਰਦੀਆਂ ਹਨ।";
    const NEEDLES: &str = "ਸੂਈਆਂ ਅਤੇ ਟੀਕਿਆਂ ਬਾਰੇ ਤੁਸੀਂ ਕੀ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?";
    let more = json!({
        "coverage": { "en": "Most extended health plans cover IMS.", "pa": COVERAGE },
        "text-overrides": {
            "question:needle-fear": { "en": "How do you feel about needles and injections?", "pa": NEEDLES }
        }
    });
    let pack = Pack::read("pa");
    let page = clinic_page_with("pa", &OFFERED, None, &more);
    let site = site_with("languages-clinic-punjabi", &[("clinic-pa.html", page)], &[], DESKTOP);
    let wg = site.widget("#widget");
    wg.expect_start();
    wg.expect_language(&pack);
    wg.pass_warning();
    wg.region_in_list("knee-left");
    wg.next_to("health");
    wg.reach_question("needle-fear");
    let legend = wg.text("[data-question=\"needle-fear\"] .ims-legend");
    if !legend.starts_with(NEEDLES) {
        wg.fail(format!(
            "the clinic's Punjabi question ({NEEDLES:?}) should show; it reads {legend:?}"
        ));
    }
    wg.fill_health(&[]);
    wg.next();
    wg.expect_outcome("suitable", None);
    let notes = wg.js(&format!(
        "[...{}.querySelectorAll('[data-section=expect] li')].map((li) => [li.getAttribute('lang'), li.textContent])",
        wg.root_js()
    ));
    if !notes
        .as_array()
        .is_some_and(|notes| notes.contains(&json!([null, COVERAGE])))
    {
        wg.fail(format!(
            "the result should show the clinic's Punjabi coverage note, unmarked; its notes: {notes}"
        ));
    }
    wg.expect_clean();
}

#[test]
fn every_shipped_pack_is_offered_and_has_its_journey() {
    let mut shipped = Pack::shipped_tags();
    shipped.sort();
    for (list, name) in [(&OFFERED[1..], "OFFERED"), (&JOURNEYS[..], "JOURNEYS")] {
        let mut listed: Vec<String> = list.iter().map(|t| t.to_string()).collect();
        listed.sort();
        assert_eq!(
            listed, shipped,
            "{name} of tests/languages.rs should name every pack of packs/ (a test for each)"
        );
    }
}

// ---------------------------------------------------------------------------
// Right to left: the figure is never mirrored

/// Where the places page's body map puts each side, view by view: the mean
/// x centre of its left and right regions, of `knee-left`, and of its "your
/// left" label (`.ims-map-side` reading `your_left`).
#[track_caller]
fn map_sides(wg: &Widget, your_left: &str) -> Value {
    let sides = wg.js(&format!(
        "((r, yourLeft) => {{ const squash = (t) => t.replace(/\\s+/g, ''); \
           const centre = (e) => {{ const b = e.getBoundingClientRect(); return b.left + b.width / 2; }}; \
           const mean = (es) => es.length ? es.reduce((s, e) => s + centre(e), 0) / es.length : null; \
           return [...r.querySelectorAll('.ims-where .ims-map-view')].filter(v => v.getBoundingClientRect().width > 0) \
             .map(v => {{ const labels = [...v.querySelectorAll('.ims-map-side')]; \
               const left = labels.filter(t => squash(t.textContent) === squash(yourLeft)); \
               return {{ view: v.classList.contains('ims-map-view--front') ? 'front' : 'back', \
                 left: mean([...v.querySelectorAll('path[data-region$=\"-left\"]')]), \
                 right: mean([...v.querySelectorAll('path[data-region$=\"-right\"]')]), \
                 knee: mean([...v.querySelectorAll('path[data-region=\"knee-left\"]')]), \
                 label: left.length === 1 ? centre(left[0]) : null, \
                 labels: labels.map(t => t.textContent) }}; }}); }})({}, {})",
        wg.root_js(),
        json!(your_left)
    ));
    if sides.as_array().is_none_or(|views| views.is_empty()) {
        wg.fail("the places page shows no body map view");
    }
    for view in sides.as_array().into_iter().flatten() {
        let x = |key: &str| view[key].as_f64();
        let (Some(left), Some(right), Some(label)) = (x("left"), x("right"), x("label")) else {
            wg.fail(format!(
                "the {} view should have left and right regions and one label reading {your_left:?}; found {view}",
                view["view"]
            ));
        };
        // The label is over the figure's left: on the same side of the
        // figure's middle as its left regions.
        let middle = (left + right) / 2.0;
        if (label - middle).signum() != (left - right).signum() {
            wg.fail(format!(
                "in {}, the {} view's {your_left:?} label (x {label:.0}) is not on the side of the figure's left regions \
                 (left {left:.0}, right {right:.0})",
                wg.lang(),
                view["view"]
            ));
        }
    }
    sides
}

#[test]
fn right_to_left_never_mirrors_the_body_map_or_its_your_left_label() {
    let fa = Pack::read("fa");
    for (size, viewport) in [("desktop", DESKTOP), ("phone", PHONE)] {
        let mut found = Vec::new();
        for (lang, dir, your_left) in [("en", "ltr", YOUR_LEFT), ("fa", "rtl", fa.text("words.your_left"))] {
            let site = clinic_in(&format!("languages-map-sides-{lang}-{size}"), lang, viewport);
            let wg = site.clinic_widget();
            wg.pass_warning();
            wg.expect_root_language(lang, dir);
            found.push(map_sides(&wg, your_left));
            wg.expect_clean();
        }
        // The same sides on the same screen: each view's left and right
        // regions and its left knee where English has them (each label's
        // side is checked above; its width follows its words).
        let near = |a: &Value, b: &Value| match (a.as_f64(), b.as_f64()) {
            (Some(a), Some(b)) => (a - b).abs() <= 2.0,
            _ => false,
        };
        let views = |v: &Value| v.as_array().cloned().unwrap_or_default();
        let (en, rtl) = (views(&found[0]), views(&found[1]));
        let same = en.len() == rtl.len()
            && en
                .iter()
                .zip(&rtl)
                .all(|(e, f)| e["view"] == f["view"] && ["left", "right", "knee"].iter().all(|k| near(&e[*k], &f[*k])));
        assert!(
            same,
            "at {size} size the Persian body map should put every side where the English one does \
             (x centres within 2 px); English {}, Persian {}",
            found[0], found[1]
        );
    }
}

// ---------------------------------------------------------------------------
// A pack that cannot load

#[test]
fn a_pack_that_cannot_load_leaves_a_working_english_check_and_the_clinics_contacts() {
    let site = site_with(
        "languages-pack-missing",
        &[("clinic-zh-Hans.html", clinic_page("zh-Hans", &OFFERED, None))],
        &["lang/zh-Hans.json", "lang/zh-Hans.json.br", "lang/zh-Hans.json.gz"],
        DESKTOP,
    );
    let wg = site.clinic_widget();
    if pack_requests(&wg) != [ENGLISH_PACK, "/lang/zh-Hans.json"] {
        wg.fail(format!(
            "a page in zh-Hans should ask for its pack once, then for English's; it fetched {:?}",
            pack_requests(&wg)
        ));
    }
    let root = wg.js(&format!(
        "((e) => [e?.getAttribute('lang'), e?.getAttribute('dir')])({})",
        wg.q(".ims")
    ));
    if root != json!(["en", "ltr"]) {
        wg.fail(format!(
            "without its pack the widget should speak English; .ims [lang, dir] is {root}"
        ));
    }
    let note = wg.js(&format!(
        "((e) => e && e.getClientRects().length ? [e.innerText.trim(), e.getAttribute('lang')] : null)({})",
        wg.q(".ims-lang-problem")
    ));
    if note != json!([LANGUAGE_FAILED, "en"]) {
        wg.fail(format!(
            "a visible `.ims-lang-problem` should say, in English (lang=en), {LANGUAGE_FAILED:?}; found [text, lang] {note}"
        ));
    }
    let menu = wg.js(&format!("{}?.value ?? null", wg.q("select[data-action=lang]")));
    if menu != json!("en") {
        wg.fail(format!(
            "the language menu should show English, the language spoken; it shows {menu}"
        ));
    }
    // The check works in English, to the clinic's phone and email.
    let expected = wg.journey_to("talk-first");
    wg.expect_result_page(&expected);
    wg.expect_phone_link(CLINIC_PHONE);
    wg.expect_own_files_only_and_nothing_stored();
    // The browser's 404 and the widget's word on it, once each, are the only errors.
    let mut health = site.health(&site.page);
    let missing = health.forgive(|m: &ConsoleMessage| {
        m.source == "network" && m.text.contains("404") && m.text.contains("/lang/zh-Hans.json")
    });
    let logged = health.forgive(|m: &ConsoleMessage| {
        m.source == "console" && m.text.starts_with("ims-checker: language zh-Hans: ") && m.text.contains("404")
    });
    if (missing, logged) != (1, 1) {
        wg.fail(format!(
            "expected the browser's 404 for lang/zh-Hans.json and the widget's \"ims-checker: language zh-Hans: …\" once each; \
             found {missing} and {logged} (every console error: {:?})",
            site.console_errors(&site.page)
        ));
    }
    site.expect_healthy(&site.page, &health);
}

/// A served pack from another release of the widget (one text fewer than
/// this widget's English reads, or another order) is refused as a pack that
/// cannot load is: a working English check, the note, and the widget's
/// word on it naming the language and the reason.
#[test]
fn a_served_pack_of_another_release_is_refused_and_the_check_works_in_english() {
    let site = Site::open_prepared(
        "languages-pack-other-release",
        "clinic-zh-Hans.html",
        DESKTOP,
        false,
        |dir: &Path| {
            let path = dir.join("lang/zh-Hans.json");
            let mut pack: Value = serde_json::from_str(&fs::read_to_string(&path)?)?;
            if let Some(texts) = pack["texts"].as_array_mut() {
                texts.pop();
            }
            fs::write(&path, pack.to_string())?;
            for sibling in ["lang/zh-Hans.json.br", "lang/zh-Hans.json.gz"] {
                fs::remove_file(dir.join(sibling))?;
            }
            fs::write(dir.join("clinic-zh-Hans.html"), clinic_page("zh-Hans", &OFFERED, None))
        },
    );
    let wg = site.clinic_widget();
    let root = wg.js(&format!(
        "((e) => [e?.getAttribute('lang'), e?.getAttribute('dir')])({})",
        wg.q(".ims")
    ));
    let note = wg.js(&format!(
        "((e) => e && e.getClientRects().length ? [e.innerText.trim(), e.getAttribute('lang')] : null)({})",
        wg.q(".ims-lang-problem")
    ));
    if root != json!(["en", "ltr"]) || note != json!([LANGUAGE_FAILED, "en"]) {
        wg.fail(format!(
            "a pack of another release should leave the check in English with the note {LANGUAGE_FAILED:?}; \
             .ims [lang, dir] is {root}, the note [text, lang] {note}"
        ));
    }
    let expected = wg.journey_to("talk-first");
    wg.expect_result_page(&expected);
    let mut health = site.health(&site.page);
    let logged = health.forgive(|m: &ConsoleMessage| {
        m.source == "console"
            && m.text.starts_with("ims-checker: language zh-Hans: texts: lists ")
            && m.text.contains("the pack is from another release of the widget")
    });
    if logged != 1 {
        wg.fail(format!(
            "expected the widget's \"ims-checker: language zh-Hans: texts: lists …\" once; found {logged} \
             (every console error: {:?})",
            site.console_errors(&site.page)
        ));
    }
    site.expect_healthy(&site.page, &health);
}

// ---------------------------------------------------------------------------
// The language menu

/// The value of the language menu, and whether it has the focus.
fn menu_state(wg: &Widget) -> (String, bool) {
    let value = wg.js(&format!("{}?.value ?? ''", wg.q("select[data-action=lang]")));
    (
        value.as_str().unwrap_or_default().to_string(),
        wg.has_focus("select[data-action=lang]"),
    )
}

/// Press `key` `times` times on the focused language menu; Chromium
/// changes a closed select's value with the arrow keys and fires `change`
/// for each.
#[track_caller]
fn press_on_menu(wg: &Widget, key: &str, times: usize) {
    for _ in 0..times {
        if !wg.has_focus("select[data-action=lang]") {
            wg.fail(format!(
                "the language menu lost the focus while choosing; it is on {}",
                wg.page.active_element().unwrap_or_default()
            ));
        }
        wg.page
            .press_key(key)
            .unwrap_or_else(|e| wg.fail(format!("pressing {key}: {e}")));
    }
}

/// The answers given before the switch are all still given.
#[track_caller]
fn expect_answers_kept(wg: &Widget, when: &str) {
    let duration = "[data-question=\"duration\"] [data-answer=\"over-3-months\"]";
    if wg.current_page().as_deref() != Some("about") || !wg.is_checked(duration) {
        wg.fail(format!(
            "{when}: the visitor should still be on the page `about` with `{duration}` chosen; the page is {:?}",
            wg.current_page()
        ));
    }
}

/// How late French's pack arrives in the menu's test, in ms.
const SLOW_PACK_MS: u64 = 1500;

#[test]
fn the_language_menu_by_keyboard_fetches_a_pack_when_chosen_and_keeps_the_answers() {
    let site = clinic_in("languages-menu-keyboard", "en", DESKTOP);
    let wg = site.clinic_widget();
    // Each language in its own name, in the clinic's order.
    let options = wg.js(&format!(
        "[...{}.options].map(o => [o.value, o.textContent, o.getAttribute('lang')])",
        wg.q("select[data-action=lang]")
    ));
    let names: Vec<Value> = OFFERED
        .iter()
        .map(|tag| match Pack::shipped(tag) {
            Some(pack) => json!([tag, pack.name, tag]),
            None => json!([tag, "English", tag]),
        })
        .collect();
    if options != json!(names) {
        wg.fail(format!(
            "the language menu should offer {names:?} (each in its own name, its own lang); it offers {options}"
        ));
    }
    wg.pass_warning();
    wg.region_in_list("knee-left");
    wg.next_page();
    wg.answer("duration", "over-3-months");
    if pack_requests(&wg) != [ENGLISH_PACK] {
        wg.fail(format!(
            "in English only English's pack is fetched before a language is chosen; fetched {:?}",
            pack_requests(&wg)
        ));
    }

    // From the page's heading above the widget, Tab reaches the menu first.
    wg.page
        .click("h1")
        .unwrap_or_else(|e| wg.fail(format!("clicking the page's heading: {e}")));
    wg.page
        .press_key("Tab")
        .unwrap_or_else(|e| wg.fail(format!("pressing Tab: {e}")));
    if !wg.holds_within(&format!(
        "((e) => !!e && e.matches('select[data-action=lang]'))({})",
        wg.focused_js()
    )) {
        wg.fail(format!(
            "Tab from the page's heading should reach the language menu first; the focus is on {}",
            wg.page.active_element().unwrap_or_default()
        ));
    }
    // The arrows pass French on the way: its pack arrives last, as on a
    // slow line, after the visitor's choice.
    wg.js(&format!(
        "(() => {{ const fetch = window.fetch; window.fetch = (url, init) => String(url).endsWith('/lang/fr.json') \
           ? new Promise((go) => setTimeout(go, {SLOW_PACK_MS})).then(() => fetch(url, init)) : fetch(url, init); return true; }})()"
    ));
    let steps = OFFERED.iter().position(|t| *t == "zh-Hant").unwrap_or_default();
    press_on_menu(&wg, "ArrowDown", steps);
    wg.wait(
        &format!("{}?.getAttribute('lang') === 'zh-Hant'", wg.q(".ims")),
        "after arrowing to 繁體中文 the widget should speak zh-Hant",
    );
    // French has arrived since; the choice stands.
    wg.js(&format!(
        "new Promise((done) => setTimeout(() => done(true), {SLOW_PACK_MS} + 500))"
    ));
    wg.settled();
    let zh = Pack::read("zh-Hant");
    wg.expect_language(&zh);
    wg.expect_page_title();
    wg.expect_progress("where");
    if menu_state(&wg) != ("zh-Hant".to_string(), true) {
        wg.fail(format!(
            "after the switch the menu should show zh-Hant and keep the focus; (value, focused) is {:?}",
            menu_state(&wg)
        ));
    }
    expect_answers_kept(&wg, "in zh-Hant");
    let fetched = pack_requests(&wg);
    if fetched.iter().filter(|p| *p == "/lang/zh-Hant.json").count() != 1 {
        wg.fail(format!(
            "choosing zh-Hant should fetch lang/zh-Hant.json once; fetched {fetched:?}"
        ));
    }

    // Back to English the same way: no pack fetched again.
    press_on_menu(&wg, "ArrowUp", steps);
    wg.wait(
        &format!("{}?.getAttribute('lang') === 'en'", wg.q(".ims")),
        "after arrowing back to English the widget should speak en",
    );
    wg.settled();
    if menu_state(&wg) != ("en".to_string(), true) || wg.attr(".ims", "dir").as_deref() != Some("ltr") {
        wg.fail(format!(
            "back in English the menu should show en, keep the focus, and the widget read ltr; (value, focused) is {:?}",
            menu_state(&wg)
        ));
    }
    wg.expect_progress("where");
    expect_answers_kept(&wg, "back in English");
    if pack_requests(&wg) != fetched {
        wg.fail(format!(
            "going back to English should fetch nothing; before {fetched:?}, now {:?}",
            pack_requests(&wg)
        ));
    }
    // The earlier answers too.
    wg.back_to_page("places");
    wg.expect_region_chosen("knee-left", true);
    wg.back_to_page("warning");
    if !wg.is_checked("[data-question=\"red-flags-general\"] [data-answer=\"none\"]") {
        wg.fail("after the switches the emergency screen's answer `none` should still be chosen");
    }
    wg.expect_own_files_only_and_nothing_stored();
    wg.expect_clean();
}

// ---------------------------------------------------------------------------
// A clinic's own pack

/// French words under another tag and name: a clinic's own pack for a
/// language the widget does not ship (only for the test), with the review
/// record such a pack needs.
fn korean_pack() -> Pack {
    Pack::read("fr")
        .renamed("ko", "한국어")
        .reviewed("A. Reviewer, physiotherapist", "2026-12-01")
}

#[test]
fn a_clinics_own_pack_brings_a_new_language_to_the_menu_and_the_check() {
    let ko = korean_pack();
    let site = site_with(
        "languages-own-pack",
        &[
            ("clinic-ko.html", clinic_page("ko", &OFFERED, Some(ko.json()))),
            ("clinic-en.html", clinic_page("en", &OFFERED, Some(ko.json()))),
        ],
        &[],
        DESKTOP,
    );
    // A page in Korean starts in it, from the page, fetching no pack.
    let wg = site.widget("#widget");
    wg.use_pack(ko.clone());
    wg.expect_start();
    wg.expect_language(&ko);
    wg.expect_page_title();
    let option = wg.js(&format!(
        "((s) => s ? [s.value, [...s.options].filter(o => o.value === 'ko').map(o => [o.textContent, o.getAttribute('lang')])] : null)({})",
        wg.q("select[data-action=lang]")
    ));
    if option != json!(["ko", [["한국어", "ko"]]]) {
        wg.fail(format!(
            "the menu should offer the clinic's language once by its name, 한국어, and show it chosen; found [value, ko options] {option}"
        ));
    }
    let expected = wg.journey_to("suitable");
    wg.expect_result_page(&expected);
    if !pack_requests(&wg).is_empty() {
        wg.fail(format!(
            "a clinic's own pack is on the page: nothing to fetch; fetched {:?}",
            pack_requests(&wg)
        ));
    }
    wg.expect_own_files_only_and_nothing_stored();
    wg.expect_clean();

    // From English, the menu switches to it, fetching nothing.
    let page = site.open_page("clinic-en.html");
    let en = site.widget_on(&page, "#widget");
    en.use_pack(ko.clone());
    en.expect_start();
    en.pass_warning();
    en.switch_lang("ko");
    en.expect_language(&ko);
    en.expect_page_title();
    en.expect_progress("where");
    if pack_requests(&en) != [ENGLISH_PACK] {
        en.fail(format!(
            "switching to the clinic's own language should fetch nothing (English's pack came at the start); fetched {:?}",
            pack_requests(&en)
        ));
    }
    site.expect_clean_on(&page, &[]);
}

#[test]
fn a_clinics_own_pack_with_problems_names_them_and_the_check_works_in_english() {
    let mut broken = korean_pack().json().clone();
    let texts = broken["texts"]
        .as_object_mut()
        .unwrap_or_else(|| panic!("the pack has no texts"));
    let removed = "words.next";
    let changed = "words.call_emergency";
    texts.remove(removed);
    let with_other_placeholder = texts[changed]
        .as_str()
        .unwrap_or_default()
        .replace("{number}", "{numero}");
    texts.insert(changed.to_string(), json!(with_other_placeholder));
    let site = site_with(
        "languages-own-pack-broken",
        &[("clinic-ko.html", clinic_page("ko", &OFFERED, Some(&broken)))],
        &[],
        DESKTOP,
    );
    let wg = site.clinic_widget();
    if wg.lang() != "en" {
        wg.fail(format!(
            "with its pack refused the widget should speak English; it speaks {:?}",
            wg.lang()
        ));
    }
    let problems = wg.config_problems();
    for key in [removed, changed] {
        let path = format!("pack.texts[\"{key}\"]: ");
        if !problems.iter().any(|p| p.starts_with(&path)) {
            wg.fail(format!(
                "the configuration problems should name `{path}…`; they are {problems:?}"
            ));
        }
    }
    let options = wg.attrs("select[data-action=lang] option", "value");
    if options.iter().any(|o| o == "ko") {
        wg.fail(format!(
            "a refused pack's language should not be offered; the menu offers {options:?}"
        ));
    }
    if pack_requests(&wg) != [ENGLISH_PACK] {
        wg.fail(format!(
            "the page's own language is the clinic's (refused) pack's: nothing to fetch but English's; fetched {:?}",
            pack_requests(&wg)
        ));
    }
    wg.journey("knee-left", &[], "suitable");
    wg.expect_handoff("suitable");
    wg.expect_own_files_only_and_nothing_stored();
    site.expect_clean(&[CONFIG_LOG]);
}

/// A clinic's own pack for a language the widget ships may change only
/// unlocked texts. One that changes a locked safety text (the emergency
/// result's "Appelez la clinique.") is refused, the key named among the
/// configuration's problems, and the visitor reads the shipped French (its
/// pack fetched to compare with), never the clinic's words; one that changes
/// only an unlocked text is used.
#[test]
fn a_clinics_pack_that_changes_a_locked_text_is_refused_and_the_shipped_words_speak() {
    let shipped = Pack::read("fr");
    let locked = shipped
        .with_text("text.level-emergency", "Appelez la clinique.")
        .with_text("words.next", "Poursuivre");
    let unlocked = shipped.with_text("words.next", "Poursuivre");
    let site = site_with(
        "languages-own-pack-locked",
        &[
            (
                "clinic-fr-locked.html",
                clinic_page("fr", &OFFERED, Some(locked.json())),
            ),
            (
                "clinic-fr-unlocked.html",
                clinic_page("fr", &OFFERED, Some(unlocked.json())),
            ),
        ],
        &[],
        DESKTOP,
    );
    let wg = site.clinic_widget();
    wg.expect_language(&shipped);
    let problems = wg.config_problems();
    let named = "pack.texts[\"text.level-emergency\"]: is a locked safety text that no clinic may change";
    if !problems.iter().any(|p| p.starts_with(named)) {
        wg.fail(format!(
            "the configuration problems should name `{named}…`; they are {problems:?}"
        ));
    }
    if problems.iter().any(|p| p.contains("words.next")) {
        wg.fail(format!("an unlocked text is no problem; the problems are {problems:?}"));
    }
    let next = wg.text("[data-action=next]");
    if next.trim() != shipped.text("words.next") {
        wg.fail(format!(
            "a refused pack's words are never shown: Next should read the shipped {:?}; it reads {next:?}",
            shipped.text("words.next")
        ));
    }
    if pack_requests(&wg) != ["/lang/fr.json"] {
        wg.fail(format!(
            "the shipped French is fetched once, to compare with and to speak; fetched {:?}",
            pack_requests(&wg)
        ));
    }
    let expected = wg.journey_to("emergency");
    wg.expect_result_page(&expected);
    let result = wg.text("[data-outcome]");
    if !result.contains(shipped.text("text.level-emergency")) || result.contains("Appelez la clinique.") {
        wg.fail(format!(
            "the emergency result should say the shipped {:?}, never the clinic's \"Appelez la clinique.\"; it reads {result:?}",
            shipped.text("text.level-emergency")
        ));
    }
    wg.expect_own_files_only_and_nothing_stored();
    site.expect_clean(&[CONFIG_LOG]);

    let page = site.open_page("clinic-fr-unlocked.html");
    let ok = site.widget_on(&page, "#widget");
    ok.use_pack(unlocked.clone());
    ok.expect_start();
    ok.expect_language(&unlocked);
    if !ok.config_problems().is_empty() {
        ok.fail(format!(
            "a pack that keeps every locked text has no problem; found {:?}",
            ok.config_problems()
        ));
    }
    let next = ok.text("[data-action=next]");
    if next.trim() != "Poursuivre" {
        ok.fail(format!(
            "the clinic's unlocked wording is used: Next should read \"Poursuivre\"; it reads {next:?}"
        ));
    }
    site.expect_clean_on(&page, &[]);
}

/// Two clinics on one page, each with its own French pack (each rewording
/// the widget's name, Next, See my result and Back its own way): each
/// widget speaks its own clinic's words from its first page on, whichever
/// loaded last, and whichever the visitor used last.
#[test]
fn two_clinics_with_their_own_packs_for_one_language_each_speak_their_own_words() {
    let shipped = Pack::read("fr");
    let reworded = |name: &str, next: &str, see_result: &str, back: &str| {
        shipped
            .with_text("words.widget_name", name)
            .with_text("words.next", next)
            .with_text("words.see_result", see_result)
            .with_text("words.back", back)
    };
    let north = reworded(
        "Clinique Nord : l'IMS est-elle pour moi ?",
        "Poursuivre",
        "Voir le résultat",
        "Précédent",
    );
    let south = reworded(
        "Clinique Sud : l'IMS est-elle pour moi ?",
        "Page suivante",
        "Mon résultat",
        "Page d'avant",
    );
    let page = clinics_page("fr", &OFFERED, &[("north", north.json()), ("south", south.json())]);
    let site = site_with("languages-two-own-packs", &[("clinics-fr.html", page)], &[], DESKTOP);
    let a = site.widget("#north");
    let b = site.widget("#south");
    a.use_pack(north.clone());
    b.use_pack(south.clone());
    // The widget's name, Next (See my result on the health step) and,
    // past the first step, Back read as `pack` has them.
    let expect_own_words = |wg: &Widget, pack: &Pack, when: &str| {
        let next = if wg.is_last_question_page() {
            "words.see_result"
        } else {
            "words.next"
        };
        let mut shown = vec![
            ("words.widget_name", wg.text(".ims-name")),
            (next, wg.text("[data-action=next]")),
        ];
        if wg.has("[data-action=back]") {
            shown.push(("words.back", wg.text("[data-action=back]")));
        }
        for (key, text) in shown {
            if text.trim() != pack.text(key) {
                wg.fail(format!(
                    "{when}, {} should show its own clinic's {key} {:?}; it shows {text:?}",
                    wg.host,
                    pack.text(key)
                ));
            }
        }
    };
    for (wg, pack) in [(&a, &north), (&b, &south)] {
        wg.expect_start();
        wg.expect_language(pack);
        if !wg.config_problems().is_empty() {
            wg.fail(format!(
                "a pack that changes only unlocked words has no problem; found {:?}",
                wg.config_problems()
            ));
        }
    }
    expect_own_words(&a, &north, "at the start");
    expect_own_words(&b, &south, "at the start");
    a.pass_warning();
    expect_own_words(&a, &north, "after the north clinic's first step");
    expect_own_words(&b, &south, "after the north clinic's first step");
    b.pass_warning();
    expect_own_words(&a, &north, "after the south clinic's first step");
    expect_own_words(&b, &south, "after the south clinic's first step");
    a.region_in_list("knee-left");
    a.next_to("health");
    expect_own_words(&a, &north, "on the north clinic's health step");
    expect_own_words(&b, &south, "on the north clinic's health step");
    site.expect_clean(&[]);
}

/// A clinic's own pack for a language the widget does not ship has nothing
/// to compare its safety texts with: without a review record it is refused,
/// said among the configuration's problems, and the check works in English.
#[test]
fn a_clinics_pack_for_a_new_language_without_a_review_record_is_refused() {
    let unreviewed = Pack::read("fr").renamed("ko", "한국어");
    let site = site_with(
        "languages-own-pack-unreviewed",
        &[("clinic-ko.html", clinic_page("ko", &OFFERED, Some(unreviewed.json())))],
        &[],
        DESKTOP,
    );
    let wg = site.clinic_widget();
    if wg.lang() != "en" {
        wg.fail(format!(
            "with its pack refused the widget should speak English; it speaks {:?}",
            wg.lang()
        ));
    }
    let problems = wg.config_problems();
    let named = "pack.review: a pack for a language the widget does not ship needs a review record";
    if !problems.iter().any(|p| p.starts_with(named)) {
        wg.fail(format!(
            "the configuration problems should say `{named}…`; they are {problems:?}"
        ));
    }
    let options = wg.attrs("select[data-action=lang] option", "value");
    if options.iter().any(|o| o == "ko") {
        wg.fail(format!(
            "a refused pack's language should not be offered; the menu offers {options:?}"
        ));
    }
    if pack_requests(&wg) != [ENGLISH_PACK] {
        wg.fail(format!(
            "a language the widget does not ship has no pack to fetch (English's is, to fall back to); fetched {:?}",
            pack_requests(&wg)
        ));
    }
    wg.journey("knee-left", &[], "suitable");
    wg.expect_own_files_only_and_nothing_stored();
    site.expect_clean(&[CONFIG_LOG]);
}
