//! Component tests: each step of the journey rendered by Yew in headless
//! Chromium, driven through the same markup hooks the end-to-end tests use.
//! Run by `cargo xtask test` (layer 2) through wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use ims_checker::base::date::Date;
use ims_checker::config::ClinicConfig;
use ims_checker::pack::languages::Languages;
use ims_checker::pack::Pack;
use ims_checker::protocol::{default_protocol, Lang};
use ims_checker::ui::app::{App, AppProps, Setup};
use ims_checker::web::pack::pack_from_json;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

const BOOKING: &str = "https://booking.example.com/harbourside/ims-assessment";

/// The widget as a clinic sets it up, with English and French loaded: the
/// shipped French pack, read and checked as the widget reads `lang/fr.json`,
/// so the menu switches without a fetch.
fn setup(lang: Lang) -> Setup {
    let clinic = Rc::new(ClinicConfig {
        clinic_name: "Harbourside Physiotherapy".into(),
        booking_url: Some(BOOKING.into()),
        phone: Some("604-555-0142".into()),
        ..ClinicConfig::default()
    });
    let languages = Languages::new(clinic, default_protocol());
    let french = pack_from_json(include_str!("../packs/fr.json"), languages.base())
        .ok()
        .and_then(|model| Pack::from_model(&model, languages.base()).ok())
        .expect("the shipped French pack");
    languages.load(&french);
    Setup {
        language: languages.language(lang).expect("a loaded language"),
        languages: Rc::new(languages),
        config_errors: Rc::new([]),
        lang_failed: false,
        today: Date::parse("2026-11-22").expect("date"),
        load_language: None,
        history_key: None,
    }
}

/// Picks `lang` in the language menu, as a visitor's pick does.
async fn pick_language(root: &Element, lang: &str) {
    let menu: HtmlSelectElement = find(root, "select[data-action=lang]").unchecked_into();
    menu.set_value(lang);
    let change = web_sys::Event::new_with_event_init_dict("change", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .expect("event");
    menu.dispatch_event(&change).expect("dispatch");
    yew::scheduler::flush().await;
    after_next_paint().await;
}

/// A fresh element in the test page with the widget rendered into it.
async fn render(lang: Lang) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("div");
    document.body().expect("body").append_child(&root).expect("append");
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { setup: setup(lang) }).render();
    yew::scheduler::flush().await;
    root
}

/// The page's title: its heading without the progress caption.
fn title(root: &Element) -> String {
    let heading = text_of(root, "h2");
    let caption = text_of(root, ".ims-progress");
    heading.strip_prefix(&caption).unwrap_or(&heading).trim().to_string()
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

async fn click(root: &Element, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    after_next_paint().await;
}

/// Waits until the browser has painted a frame and run what was queued after
/// it: a new step's body is drawn the frame after its heading.
async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let later = wasm_bindgen::closure::Closure::once_into_js(move || {
            let window = web_sys::window().expect("window");
            window
                .set_timeout_with_callback(resolve.unchecked_ref())
                .expect("setTimeout");
        });
        let window = web_sys::window().expect("window");
        window
            .request_animation_frame(later.unchecked_ref())
            .expect("requestAnimationFrame");
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("a frame");
    yew::scheduler::flush().await;
}

fn step(root: &Element) -> String {
    find(root, "[data-step]").get_attribute("data-step").unwrap_or_default()
}

fn page(root: &Element) -> String {
    find(root, "[data-page]").get_attribute("data-page").unwrap_or_default()
}

/// Answers the health pages harmlessly, page by page: "Me", "No, none
/// of these" on each checklist, "no" to the others; stays on the last health
/// page (operations, skin and swelling) with nothing ticked there.
async fn answer_health_questions(root: &Element) {
    for _ in 0..8 {
        if page(root) == "operations-skin" {
            return;
        }
        if page(root) == "for-whom" {
            click(root, "[data-answer=me]").await;
        }
        if root.query_selector("[data-check=none]").expect("selector").is_some() {
            click(root, "[data-check=none]").await;
        }
        let questions = root
            .query_selector_all("[data-step=health] [data-question]:not([data-question=for-whom])")
            .expect("selector");
        for i in 0..questions.length() {
            let question: Element = questions.item(i).expect("item").unchecked_into();
            if let Ok(Some(input)) = question.query_selector("[data-answer=\"no\"]") {
                input.unchecked_into::<HtmlElement>().click();
                yew::scheduler::flush().await;
            }
        }
        click(root, "[data-action=next]").await;
    }
    panic!("the health pages never reached operations-skin; on {}", page(root));
}

/// "None of these" on both pages of warning signs: on to the places.
async fn pass_warning(root: &Element) {
    for _ in 0..2 {
        click(root, "[data-answer=none]").await;
        click(root, "[data-action=next]").await;
        after_next_paint().await;
    }
    assert_eq!(step(root), "where");
}

/// To the first health page: the places, then past the pages about them.
async fn to_health(root: &Element, region: &str) {
    pass_warning(root).await;
    click(root, &format!("input[data-region=\"{region}\"]")).await;
    for _ in 0..3 {
        click(root, "[data-action=next]").await;
    }
    assert_eq!(step(root), "health");
}

/// To the last health page, every question there and before answered "no".
async fn to_operations(root: &Element, region: &str) {
    to_health(root, region).await;
    answer_health_questions(root).await;
}

#[wasm_bindgen_test]
async fn first_screen_is_the_warning_checklist() {
    let root = render(Lang::EN).await;
    assert_eq!(step(&root), "warning");
    assert_eq!(text_of(&root, ".ims-progress"), "Question 1 of 10");
    assert_eq!(title(&root), "Warning signs");
    let items = root
        .query_selector_all("[data-question=red-flags-general] input[type=checkbox]")
        .expect("selector");
    assert_eq!(items.length(), 5, "four warning signs and none of these, a page");
    assert_eq!(
        text_of(&root, "[data-about=ims]"),
        "IMS and dry needling use a very thin needle to help tight muscles relax."
    );
}

#[wasm_bindgen_test]
async fn a_new_step_shows_its_heading_first_and_its_body_after_the_next_paint() {
    let root = render(Lang::EN).await;
    click(&root, "[data-answer=none]").await;
    click(&root, "[data-action=next]").await;
    after_next_paint().await;
    assert_eq!(page(&root), "warning-more");
    click(&root, "[data-answer=none]").await;
    find(&root, "[data-action=next]")
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    // The frame right after Next: the new heading and progress, no body yet.
    assert_eq!(title(&root), "Where does it hurt?");
    assert_eq!(text_of(&root, ".ims-progress"), "Question 3 of 10");
    let container = find(&root, ".ims-step");
    assert_eq!(container.get_attribute("aria-busy").as_deref(), Some("true"));
    assert_eq!(container.get_attribute("data-step"), None);
    assert!(root.query_selector("[data-region]").expect("selector").is_none());
    // After the paint: the body, and `data-step` says the step is complete.
    after_next_paint().await;
    assert_eq!(step(&root), "where");
    assert_eq!(find(&root, ".ims-step").get_attribute("aria-busy"), None);
    assert!(root
        .query_selector("path[data-region=knee-left]")
        .expect("selector")
        .is_some());
}

#[wasm_bindgen_test]
async fn next_without_an_answer_shows_what_to_fix_and_stays() {
    let root = render(Lang::EN).await;
    click(&root, "[data-action=next]").await;
    assert_eq!(step(&root), "warning");
    // Beside the question and in the list of problems, naming the question.
    assert_eq!(
        text_of(&root, "[data-error-for=red-flags-general]"),
        "Please answer: Do you have any of these right now?"
    );
    assert_eq!(
        text_of(&root, ".ims-error-summary li"),
        "Please answer: Do you have any of these right now?"
    );
}

#[wasm_bindgen_test]
async fn a_warning_sign_ends_the_check_with_only_the_emergency_number() {
    let root = render(Lang::EN).await;
    click(&root, "[data-answer=chest-pain]").await;
    click(&root, "[data-action=next]").await;
    let result = find(&root, "[data-outcome]");
    assert_eq!(result.get_attribute("data-outcome").as_deref(), Some("emergency"));
    assert_eq!(
        find(&root, "[data-action=call-emergency]")
            .get_attribute("href")
            .as_deref(),
        Some("tel:911")
    );
    assert!(
        root.query_selector("[data-action=call]").expect("selector").is_none(),
        "no clinic phone at an emergency"
    );
    assert!(root.query_selector("[data-action=book]").expect("selector").is_none());
}

#[wasm_bindgen_test]
async fn the_map_and_the_list_choose_the_same_regions() {
    let root = render(Lang::EN).await;
    pass_warning(&root).await;
    assert_eq!(step(&root), "where");
    // Choose on the map; the list reflects it, and the chip can remove it.
    let path = find(&root, "path[data-region=knee-left]");
    // A real click bubbles: the map handles it once per view, not per region.
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("event");
    path.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
    let input: HtmlInputElement = find(&root, "input[data-region=knee-left]").unchecked_into();
    assert!(input.checked(), "list shows the map's choice");
    assert_eq!(
        find(&root, "path[data-region=knee-left]")
            .get_attribute("aria-checked")
            .as_deref(),
        Some("true")
    );
    click(&root, "[data-remove-region=knee-left]").await;
    let input: HtmlInputElement = find(&root, "input[data-region=knee-left]").unchecked_into();
    assert!(!input.checked());
}

#[wasm_bindgen_test]
async fn a_back_region_asks_the_cancer_flags_follow_up() {
    let root = render(Lang::EN).await;
    pass_warning(&root).await;
    assert!(root
        .query_selector("[data-question=back-cancer-flags]")
        .expect("selector")
        .is_none());
    click(&root, "input[data-region=low-back]").await;
    // It opens the next page, before how long it has hurt.
    click(&root, "[data-action=next]").await;
    assert_eq!(page(&root), "about");
    assert_eq!(
        find(&root, "[data-question]").get_attribute("data-question").as_deref(),
        Some("back-cancer-flags")
    );
}

#[wasm_bindgen_test]
async fn healthy_answers_reach_likely_suitable_with_the_booking_link() {
    let root = render(Lang::EN).await;
    to_health(&root, "neck").await;
    answer_health_questions(&root).await;
    // The last checklist: "No, none of these", then "See my result".
    assert_eq!(text_of(&root, "[data-action=next]"), "See my result");
    click(&root, "[data-check=none]").await;
    click(&root, "[data-action=next]").await;
    assert_eq!(
        find(&root, "[data-outcome]").get_attribute("data-outcome").as_deref(),
        Some("suitable")
    );
    let book = find(&root, "[data-action=book]");
    assert_eq!(book.get_attribute("href").as_deref(), Some(BOOKING));
    assert_eq!(book.get_attribute("target").as_deref(), Some("_blank"));
    assert!(book.get_attribute("rel").unwrap_or_default().contains("noopener"));
}

/// Types `[day, month, year]` into the first operation's date fields (the
/// month picked in its menu by number, its option's value), each followed
/// by the change event a visitor's leaving the field sends.
async fn type_date(root: &Element, [day, month, year]: [&str; 3]) {
    for (part, text) in [("day", day), ("month", month), ("year", year)] {
        let field = find(root, &format!("[data-field=surgery-{part}]"));
        match field.dyn_ref::<HtmlSelectElement>() {
            Some(menu) => menu.set_value(text),
            None => field.unchecked_ref::<HtmlInputElement>().set_value(text),
        }
        field
            .dispatch_event(&web_sys::Event::new("change").expect("event"))
            .expect("dispatch");
        yew::scheduler::flush().await;
    }
}

/// A date field's value, a menu's or a text field's.
fn value_of(field: &Element) -> String {
    match field.dyn_ref::<HtmlSelectElement>() {
        Some(menu) => menu.value(),
        None => field.unchecked_ref::<HtmlInputElement>().value(),
    }
}

/// The `data-field`s of the first operation's date, in the order on the page.
fn date_fields(root: &Element) -> Vec<(String, String)> {
    let fields = root
        .query_selector_all("[data-surgery='0'] .ims-date input, [data-surgery='0'] .ims-date select")
        .expect("selector");
    (0..fields.length())
        .filter_map(|i| fields.item(i))
        .map(|node| node.unchecked_into::<Element>())
        .map(|field| (field.get_attribute("data-field").unwrap_or_default(), value_of(&field)))
        .collect()
}

/// A month menu's options as (value, text).
fn month_options(menu: &HtmlSelectElement) -> Vec<(String, String)> {
    let options = menu.query_selector_all("option").expect("selector");
    (0..options.length())
        .filter_map(|i| options.item(i))
        .map(|node| node.unchecked_into::<Element>())
        .map(|o| {
            (
                o.get_attribute("value").unwrap_or_default(),
                o.text_content().unwrap_or_default(),
            )
        })
        .collect()
}

/// The month is picked by name from a menu of the language's months (a day
/// is never read as a month), labelled like the other fields; once the date
/// is whole it is read back in words beside the fields, in the visitor's
/// language, and a change of language keeps the month picked.
#[wasm_bindgen_test]
async fn the_month_is_picked_by_name_and_the_date_is_read_back_in_words() {
    let root = render(Lang::EN).await;
    to_operations(&root, "knee-left").await;
    click(&root, "[data-check=some]").await;
    click(&root, "[data-check=surgery]").await;
    click(&root, "[data-action=next]").await;
    let menu: HtmlSelectElement = find(&root, "[data-field=surgery-month]").unchecked_into();
    let names = month_options(&menu);
    assert_eq!(names.len(), 13, "an empty choice and twelve months: {names:?}");
    assert_eq!(names[0], (String::new(), String::new()));
    assert_eq!(names[11], ("11".to_string(), "November".to_string()));
    let label = find(&root, &format!("label[for='{}']", menu.id()));
    assert_eq!(label.text_content().unwrap_or_default(), "Month");
    assert_eq!(text_of(&root, "[data-surgery='0'] .ims-date-entered"), "");

    type_date(&root, ["5", "11", "2026"]).await;
    let entered = find(&root, "[data-surgery='0'] [data-date-entered]");
    assert_eq!(
        entered.get_attribute("data-date-entered").as_deref(),
        Some("2026-11-05")
    );
    assert_eq!(
        entered.text_content().unwrap_or_default(),
        "Date entered: November 5, 2026"
    );
    assert_eq!(entered.get_attribute("aria-live").as_deref(), Some("polite"));

    pick_language(&root, "fr").await;
    let menu: HtmlSelectElement = find(&root, "[data-field=surgery-month]").unchecked_into();
    assert_eq!(menu.value(), "11");
    let picked = usize::try_from(menu.selected_index()).expect("a month picked");
    assert_eq!(month_options(&menu)[picked].1, "novembre");
    assert_eq!(
        text_of(&root, "[data-surgery='0'] [data-date-entered]"),
        "Date entrée\u{a0}: 5 novembre 2026"
    );
}

/// A year before 1900 (the Solar Hijri 1404 of an operation a few weeks
/// ago) is no date: Next stays on the page, asks to check the year, marks
/// the year field alone, and reads nothing back.
#[wasm_bindgen_test]
async fn a_year_before_1900_is_refused_with_the_year_marked() {
    let root = render(Lang::EN).await;
    to_health(&root, "knee-left").await;
    answer_health_questions(&root).await;
    click(&root, "[data-check=some]").await;
    click(&root, "[data-check=surgery]").await;
    click(&root, "[data-action=next]").await;
    let select: HtmlSelectElement = find(&root, "[data-field=surgery-region]").unchecked_into();
    select.set_value("knee-left");
    select
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
    type_date(&root, ["1", "10", "1404"]).await;
    assert_eq!(text_of(&root, "[data-surgery='0'] .ims-date-entered"), "");
    click(&root, "[data-action=next]").await;
    assert_eq!(step(&root), "health");
    assert!(root.query_selector("[data-outcome]").ok().flatten().is_none());
    assert_eq!(
        text_of(&root, "[data-surgery='0'] .ims-date [data-error-for=surgeries]"),
        "The year 1404 is before 1900. Please check the year of the operation. Use the Gregorian calendar, as in 2026."
    );
    for (part, invalid) in [("day", None), ("month", None), ("year", Some("true"))] {
        let field = find(&root, &format!("[data-field=surgery-{part}]"));
        assert_eq!(field.get_attribute("aria-invalid").as_deref(), invalid, "{part}");
    }
}

#[wasm_bindgen_test]
async fn a_date_is_typed_in_the_language_order_and_a_language_switch_keeps_it() {
    let root = render(Lang::FR).await;
    to_operations(&root, "knee-left").await;
    click(&root, "[data-check=some]").await;
    click(&root, "[data-check=surgery]").await;
    click(&root, "[data-action=next]").await;
    type_date(&root, ["15", "3", "2026"]).await;
    let field = |(name, value): &(&str, &str)| (format!("surgery-{name}"), value.to_string());
    let day_month_year: Vec<_> = [("day", "15"), ("month", "3"), ("year", "2026")]
        .iter()
        .map(field)
        .collect();
    assert_eq!(date_fields(&root), day_month_year);
    pick_language(&root, "en").await;
    let month_day_year: Vec<_> = [("month", "3"), ("day", "15"), ("year", "2026")]
        .iter()
        .map(field)
        .collect();
    assert_eq!(date_fields(&root), month_day_year);
    let first = find(
        &root,
        "[data-surgery='0'] .ims-date input, [data-surgery='0'] .ims-date select",
    );
    assert_eq!(
        first.id(),
        "ims-surgery-date-0",
        "a link to the date lands on its first field"
    );
}

#[wasm_bindgen_test]
async fn surgery_yes_asks_where_and_when_and_refuses_a_future_date() {
    let root = render(Lang::EN).await;
    to_health(&root, "knee-left").await;
    answer_health_questions(&root).await;
    click(&root, "[data-check=some]").await;
    click(&root, "[data-check=surgery]").await;
    click(&root, "[data-action=next]").await;
    let select: web_sys::HtmlSelectElement = find(&root, "[data-field=surgery-region]").unchecked_into();
    select.set_value("knee-left");
    select
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
    type_date(&root, ["25", "12", "2026"]).await;
    click(&root, "[data-action=next]").await;
    assert_eq!(step(&root), "health");
    assert!(text_of(&root, "[data-error-for=surgeries]").contains("future"));
    type_date(&root, ["1", "10", "2026"]).await;
    click(&root, "[data-action=next]").await;
    let result = find(&root, "[data-outcome]");
    assert_eq!(result.get_attribute("data-outcome").as_deref(), Some("wait"));
    assert_eq!(result.get_attribute("data-until").as_deref(), Some("2027-01-01"));
    assert!(text_of(&root, "[data-action=book]").contains("January 1, 2027"));
}

#[wasm_bindgen_test]
async fn back_keeps_answers_and_start_over_clears_them() {
    let root = render(Lang::EN).await;
    to_health(&root, "neck").await;
    while page(&root) != "places" {
        click(&root, "[data-action=back]").await;
    }
    let input: HtmlInputElement = find(&root, "input[data-region=neck]").unchecked_into();
    assert!(input.checked(), "Back keeps the chosen region");
    // Start over asks first, and "No" keeps everything.
    click(&root, "[data-action=restart]").await;
    assert_eq!(step(&root), "where");
    assert!(text_of(&root, "[data-confirm=restart]").contains("Your answers will be cleared."));
    click(&root, "[data-action=restart-no]").await;
    assert!(root.query_selector("[data-confirm=restart]").ok().flatten().is_none());
    let input: HtmlInputElement = find(&root, "input[data-region=neck]").unchecked_into();
    assert!(input.checked(), "No keeps the chosen region");
    click(&root, "[data-action=restart]").await;
    click(&root, "[data-action=restart-yes]").await;
    assert_eq!(step(&root), "warning");
    let none: HtmlInputElement = find(&root, "[data-answer=none]").unchecked_into();
    assert!(!none.checked(), "Start over clears the first step too");
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_the_step() {
    let root = render(Lang::EN).await;
    pick_language(&root, "fr").await;
    assert_eq!(find(&root, ".ims").get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(text_of(&root, ".ims-progress"), "Question 1 sur 10");
    // The heading carries the progress as its caption, then the title.
    assert_eq!(title(&root), "Signes d'alerte");
    assert_eq!(text_of(&root, "[data-action=next]"), "Continuer");
}

/// The shadow-free test page has one widget per test; the active element is the document's.
fn focused_region() -> Option<String> {
    gloo::utils::document()
        .active_element()
        .and_then(|el| el.get_attribute("data-region"))
}

/// Space on a place toggles it and keeps the focus there; Enter, as on any
/// box of the form, moves on (the form's Next).
#[wasm_bindgen_test]
async fn space_toggles_a_region_keeping_the_focus_and_enter_moves_on() {
    let root = render(Lang::EN).await;
    pass_warning(&root).await;
    let press = |key: &'static str| {
        let path: HtmlElement = find(&root, "path[role=checkbox][data-region=knee-right]").unchecked_into();
        path.focus().expect("focus");
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
        path.dispatch_event(&event).expect("dispatch");
    };
    press(" ");
    yew::scheduler::flush().await;
    assert_eq!(focused_region().as_deref(), Some("knee-right"), "after Space");
    let still: Element = find(&root, "path[data-region=knee-right][tabindex='0']");
    assert_eq!(still.get_attribute("aria-checked").as_deref(), Some("true"));
    assert_eq!(page(&root), "places");
    press("Enter");
    yew::scheduler::flush().await;
    after_next_paint().await;
    assert_eq!(page(&root), "about", "Enter on the map moves on, the knee chosen");
}

/// Down from the left shoulder on the front view moves to the chest beside
/// it, not to the upper back on the other view; Down from the front's last
/// place goes on to the back's first.
#[wasm_bindgen_test]
async fn the_arrow_keys_stay_within_a_view() {
    let root = render(Lang::EN).await;
    pass_warning(&root).await;
    for (from, to) in [("shoulder-left", "chest"), ("foot-right", "upper-back")] {
        let path: HtmlElement = find(&root, &format!("path[role=checkbox][data-region={from}]")).unchecked_into();
        path.focus().expect("focus");
        yew::scheduler::flush().await;
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("ArrowDown");
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
        path.dispatch_event(&event).expect("dispatch");
        yew::scheduler::flush().await;
        assert_eq!(focused_region().as_deref(), Some(to), "Down from {from}");
    }
}

/// The region chosen in each operation row, top to bottom.
fn surgery_regions(root: &Element) -> Vec<String> {
    let selects = root
        .query_selector_all("[data-field=surgery-region]")
        .expect("selector");
    (0..selects.length())
        .map(|i| {
            selects
                .item(i)
                .expect("row")
                .unchecked_into::<HtmlSelectElement>()
                .value()
        })
        .collect()
}

/// Removing the middle of three rows leaves the first and the last, each
/// as entered and each the same element as before: the rows are keyed by
/// their own key, so neither is drawn again with another row's values.
#[wasm_bindgen_test]
async fn removing_an_operation_row_keeps_the_other_rows_as_entered() {
    let root = render(Lang::EN).await;
    to_operations(&root, "knee-left").await;
    click(&root, "[data-check=some]").await;
    click(&root, "[data-check=surgery]").await;
    click(&root, "[data-action=next]").await;
    click(&root, "[data-action=add-surgery]").await;
    click(&root, "[data-action=add-surgery]").await;
    let selects = root
        .query_selector_all("[data-field=surgery-region]")
        .expect("selector");
    assert_eq!(selects.length(), 3);
    for (i, region) in ["knee-left", "thigh-left", "shin-left"].iter().enumerate() {
        let select: HtmlSelectElement = selects.item(i as u32).expect("row").unchecked_into();
        select.set_value(region);
        select
            .dispatch_event(&web_sys::Event::new("change").expect("event"))
            .expect("dispatch");
        yew::scheduler::flush().await;
    }
    assert_eq!(surgery_regions(&root), ["knee-left", "thigh-left", "shin-left"]);
    let rows_before = root.query_selector_all("[data-surgery]").expect("selector");
    let removes = root
        .query_selector_all("[data-action=remove-surgery]")
        .expect("selector");
    removes
        .item(1)
        .expect("second row")
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    assert_eq!(surgery_regions(&root), ["knee-left", "shin-left"]);
    let rows = root.query_selector_all("[data-surgery]").expect("selector");
    assert_eq!(rows.length(), 2);
    for (now, before) in [(0, 0), (1, 2)] {
        let row: Element = rows.item(now).expect("row").unchecked_into();
        assert!(
            row.is_same_node(rows_before.item(before).as_ref()),
            "row {now} is not the element of row {before} before the removal"
        );
        assert_eq!(row.get_attribute("data-surgery"), Some(now.to_string()));
    }
}

/// Counts the changes a MutationObserver sees under some elements: nodes
/// added or removed, attributes set (even to the same value), text changed.
struct Mutations {
    observer: js_sys::Object,
    seen: Rc<std::cell::Cell<u32>>,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Mutations {
    fn watch(elements: &[&Element]) -> Mutations {
        use js_sys::Reflect;
        let seen = Rc::new(std::cell::Cell::new(0));
        let callback = {
            let seen = seen.clone();
            wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
                seen.set(seen.get() + records.length());
            })
        };
        let constructor: js_sys::Function = Reflect::get(&js_sys::global(), &"MutationObserver".into())
            .expect("MutationObserver")
            .unchecked_into();
        let observer: js_sys::Object = Reflect::construct(&constructor, &js_sys::Array::of1(callback.as_ref()))
            .expect("an observer")
            .unchecked_into();
        let options = js_sys::Object::new();
        for option in ["subtree", "childList", "attributes", "characterData"] {
            Reflect::set(&options, &option.into(), &true.into()).expect("option");
        }
        let observe: js_sys::Function = Reflect::get(&observer, &"observe".into())
            .expect("observe")
            .unchecked_into();
        for element in elements {
            observe.call2(&observer, element, &options).expect("observing");
        }
        Mutations {
            observer,
            seen,
            _callback: callback,
        }
    }

    /// Every change seen so far, including those not yet delivered.
    fn count(&self) -> u32 {
        let take: js_sys::Function = js_sys::Reflect::get(&self.observer, &"takeRecords".into())
            .expect("takeRecords")
            .unchecked_into();
        let pending: js_sys::Array = take.call0(&self.observer).expect("records").unchecked_into();
        self.seen.get() + pending.length()
    }
}

/// A follow-up list gets only what it shows, so ticking a place in another
/// list or pressing "Start over" leaves it as it is: Yew does not
/// render it again, which would write its own values back into its fields.
#[wasm_bindgen_test]
async fn an_action_elsewhere_on_the_step_does_not_render_a_follow_up_list_again() {
    let root = render(Lang::EN).await;
    to_health(&root, "knee-left").await;
    answer_health_questions(&root).await;
    click(&root, "[data-check=some]").await;
    for question in ["surgery", "lymphoedema", "skin-infection"] {
        click(&root, &format!("[data-check={question}]")).await;
    }
    // The lists come on the page after the checklist.
    click(&root, "[data-action=next]").await;
    let surgeries = find(&root, "[data-follow-up=surgeries]");
    let lymphoedema = find(&root, "[data-follow-up=lymphoedema-regions]");
    // A render writes the list's own values back into its fields. A date
    // being typed (no change event yet) and a box ticked without an event
    // are what a render of these two lists would undo.
    let date: HtmlInputElement = find(&surgeries, "[data-field=surgery-day]").unchecked_into();
    date.set_value("01");
    let limb: HtmlInputElement = find(&lymphoedema, "input[data-region=arm-left]").unchecked_into();
    limb.set_checked(true);
    let mutations = Mutations::watch(&[&surgeries, &lymphoedema]);

    // Elsewhere on the step: a place in the skin infection list, and another question.
    click(
        &root,
        "[data-follow-up=skin-infection-regions] input[data-region=knee-left]",
    )
    .await;
    // The page's other questions each ask for a list; "Start over" changes
    // the journey's state elsewhere on the page.
    click(&root, "[data-action=restart]").await;
    let skin: HtmlInputElement = find(
        &root,
        "[data-follow-up=skin-infection-regions] input[data-region=knee-left]",
    )
    .unchecked_into();
    assert!(skin.checked(), "the list acted on shows the change");
    assert!(
        root.query_selector("[data-confirm=restart]").ok().flatten().is_some(),
        "Start over shows its question"
    );

    assert_eq!(date.value(), "01", "the operations list was rendered again");
    assert!(limb.checked(), "the lymphoedema list was rendered again");
    assert!(
        find(&root, "[data-field=surgery-day]").is_same_node(Some(&date)),
        "the same date field"
    );
    assert!(find(
        &root,
        "[data-follow-up=lymphoedema-regions] input[data-region=arm-left]"
    )
    .is_same_node(Some(&limb)));
    assert_eq!(mutations.count(), 0, "nothing in either list changed");

    // The probe itself: a change the operations list shows renders it again,
    // and the render puts the journey's (empty) date back.
    click(&root, "[data-action=add-surgery]").await;
    assert_eq!(date.value(), "", "a render writes the field's value back");
    assert!(mutations.count() > 0);
}
