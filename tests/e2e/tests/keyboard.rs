//! A full journey by keyboard alone: Tab, Shift+Tab, Space, Enter and the
//! arrow keys; no clicks, no scripted changes (scripts only read the state).

use ims_checker_e2e::widget::*;

/// Presses allowed to reach any one control before the test gives up.
const MAX_TABS: usize = 250;

/// The body map's one Tab stop.
const MAP_STOP: &str = ".ims-map path[role=checkbox][tabindex=\"0\"]";

trait Keyboard {
    fn focus_label(&self) -> String;
    fn key(&self, key: &str);
    fn tab_to(&self, inner: &str);
    fn tick(&self, inner: &str);
    fn choose(&self, q: &str, a: &str);
    fn choose_in(&self, group: &str, target: &str);
    fn pick_check(&self, value: &str);
    fn kb_next_to(&self, step: &str);
    fn kb_pass_warning(&self);
    fn kb_next_page(&self) -> String;
    fn focused_region(&self) -> Option<String>;
    fn map_to(&self, id: &str);
    fn expect_focus(&self, inner: &str, after: &str);
}

impl Keyboard for Widget<'_> {
    /// The focused element as `tag [data-…] in <question>` for messages.
    fn focus_label(&self) -> String {
        let v = self.js(&format!(
            "(() => {{ const e = {DEEP_ACTIVE_JS}; if (!e) return 'nothing'; \
             const d = e.dataset || {{}}; const id = d.region || d.answer || d.action || d.removeRegion || ''; \
             const q = e.closest && e.closest('[data-question]'); \
             return e.tagName.toLowerCase() + (id ? ' ' + id : '') + (q ? ' in ' + q.dataset.question : '') + \
               (e.getRootNode() === document ? ' (page)' : '') + (e.getAttribute('aria-label') ? ' \"' + e.getAttribute('aria-label') + '\"' : ''); }})()"
        ));
        v.as_str().unwrap_or("?").to_string()
    }

    #[track_caller]
    fn key(&self, key: &str) {
        if let Err(e) = self.page.press_key(key) {
            self.fail(format!("pressing {key} failed: {e}"));
        }
    }

    /// Press Tab until the control `inner` has the focus.
    #[track_caller]
    fn tab_to(&self, inner: &str) {
        if !self.has(inner) {
            self.fail(format!("cannot tab to `{inner}`: no such element"));
        }
        let mut seen = Vec::new();
        for _ in 0..MAX_TABS {
            if self.has_focus(inner) {
                return;
            }
            self.key("Tab");
            if seen.len() < 80 {
                seen.push(self.focus_label());
            }
        }
        self.fail(format!(
            "`{inner}` never received the focus after {MAX_TABS} Tab presses (not keyboard reachable?); focus went: {seen:#?}"
        ));
    }

    /// Tab to a checkbox (or map region) and press Space; it must become checked.
    #[track_caller]
    fn tick(&self, inner: &str) {
        self.tab_to(inner);
        self.key("Space");
        self.wait(
            &format!(
                "((e) => !!e && (e.matches('input') ? e.checked : e.getAttribute('aria-checked') === 'true'))({})",
                self.q(inner)
            ),
            format!("Space on `{inner}` did not check it"),
        );
    }

    /// Choose a radio answer: Tab into its group, then arrow keys to the answer.
    #[track_caller]
    fn choose(&self, q: &str, a: &str) {
        let group = format!("[data-question=\"{q}\"] input");
        let target = format!("[data-question=\"{q}\"] [data-answer=\"{a}\"]");
        // A question on a later page of the step: Next, page by page.
        for _ in 0..6 {
            if self.has(&group) {
                break;
            }
            self.kb_next_page();
        }
        self.choose_in(&group, &target);
    }

    /// Tab into the radio group `group`, then the arrow keys to `target`.
    #[track_caller]
    fn choose_in(&self, group: &str, target: &str) {
        arrows_to(self, group, target, &|inner| self.tab_to(inner), &|key| self.key(key));
    }

    /// Choose a checklist's answer (`some`, `none` or `not-sure`): one
    /// radio group, Tab into it, then the arrows.
    #[track_caller]
    fn pick_check(&self, value: &str) {
        self.choose_in(
            "[data-checklist] [data-check]",
            &format!("[data-checklist] [data-check=\"{value}\"]"),
        );
    }

    /// Tab to Next and press Enter (page after page, for a step of
    /// several); expect `step` with its heading focused.
    #[track_caller]
    fn kb_next_to(&self, step: &str) {
        for _ in 0..8 {
            self.kb_next_page();
            if self.current_step().as_deref() == Some(step) {
                self.expect_step(step);
                return;
            }
        }
        self.fail(format!("eight pages of Next by keyboard never reached step `{step}`"));
    }

    /// From the first step, tabbing in from the page: tick "none" and go
    /// on to `where`, by keyboard.
    #[track_caller]
    fn kb_pass_warning(&self) {
        self.tick("[data-question=\"red-flags-general\"] [data-answer=\"none\"]");
        if self.kb_next_page() != "warning-more" {
            self.fail("the warning signs' first page should lead to their second (`warning-more`)");
        }
        self.tick("[data-question=\"red-flags-general\"] [data-answer=\"none\"]");
        self.kb_next_to("where");
    }

    /// Tab to Next, press Enter, expect another page with its heading
    /// focused; returns its `data-page`.
    #[track_caller]
    fn kb_next_page(&self) -> String {
        let from = self.current_page();
        self.tab_to("[data-action=next]");
        self.key("Enter");
        self.expect_page_left(from, "Enter on Next")
    }

    /// The `data-region` of the focused element, if any.
    fn focused_region(&self) -> Option<String> {
        self.js(&format!("{}?.dataset?.region ?? null", self.focused_js()))
            .as_str()
            .map(str::to_string)
    }

    /// With the focus in the body map, walk to region `id` with the keys
    /// alone: Home, Down to its body part, then Left or Right to its side.
    #[track_caller]
    fn map_to(&self, id: &str) {
        let pair = if let Some(part) = id.strip_suffix("-left") {
            format!("{part}-right")
        } else if let Some(part) = id.strip_suffix("-right") {
            format!("{part}-left")
        } else {
            id.to_string()
        };
        self.key("Home");
        let mut went = Vec::new();
        for _ in 0..30 {
            let at = self.focused_region();
            went.push(at.clone().unwrap_or_else(|| self.focus_label()));
            match at.as_deref() {
                Some(r) if r == id => return,
                Some(r) if r == pair && went.iter().filter(|w| *w == r).count() == 1 => self.key("ArrowLeft"),
                Some(r) if r == pair => self.key("ArrowRight"),
                _ => self.key("ArrowDown"),
            }
        }
        self.fail(format!("the map's keys never reached `{id}`; the focus went {went:?}"));
    }

    /// The focus is on `inner`, after `after`.
    #[track_caller]
    fn expect_focus(&self, inner: &str, after: &str) {
        if !self.holds_within(&format!(
            "((e) => !!e && e.matches({}))({})",
            serde_json::json!(inner),
            self.focused_js()
        )) {
            self.fail(format!(
                "after {after} the focus should be on `{inner}`; it is on {}",
                self.focus_label()
            ));
        }
    }
}

#[test]
fn full_journey_by_keyboard_alone() {
    let site = Site::demo("keyboard", DESKTOP);
    let wg = site.demo_widget();
    // Start from the widget: Tab from the page into it.
    wg.kb_pass_warning();

    // One place in the list, two on the body map (Space), then Enter on
    // the map moves on.
    // Problems that do not stop the journey are collected and reported at
    // the end, so one run shows everything that is wrong.
    let mut problems: Vec<String> = Vec::new();
    // The list, shown by its switch before the map.
    wg.tab_to("[data-action=place-list]");
    wg.key("Enter");
    wg.expect_focus(
        ".ims-list[open] [data-action=place-list]",
        "Enter on \"Pick from a list instead\"",
    );
    wg.tick("input[type=checkbox][data-region=\"elbow-left\"]");
    wg.expect_region_chosen("elbow-left", true);
    wg.tab_to("[data-action=place-list]");
    wg.key("Enter");
    wg.expect_focus(
        ".ims-list:not([open]) [data-action=place-list]",
        "Enter on \"Pick on the body map instead\"",
    );
    // The map: one Tab stop, then the arrows (a back region adds the back-cancer-flags question).
    wg.tab_to(MAP_STOP);
    wg.map_to("low-back");
    wg.key("Space");
    wg.expect_region_chosen("low-back", true);
    let knee = "path[role=checkbox][data-region=\"knee-right\"]";
    let focus_stays = |wg: &Widget<'_>, key: &str, problems: &mut Vec<String>| {
        if !wg.has_focus(knee) {
            problems.push(format!(
                "after {key} on the body map's \"Right knee\" (path[role=checkbox][data-region=knee-right]) the focus should stay on it; \
                 it is on {} (data-region={})",
                wg.page.active_element().unwrap_or_default(),
                wg.js(&format!("{}?.dataset?.region ?? null", wg.focused_js()))
            ));
        }
    };
    wg.map_to("knee-right");
    wg.tick(knee);
    wg.expect_region_chosen("knee-right", true);
    focus_stays(&wg, "Space", &mut problems);
    // Shift+Tab away and Tab back: the same region (the map's Tab stop is
    // the region focused last), still chosen.
    wg.tab_to(knee);
    wg.key("Shift+Tab");
    if wg.has_focus(knee) {
        wg.fail("Shift+Tab did not move the focus off the knee region");
    }
    wg.key("Tab");
    if !wg.has_focus(knee) {
        wg.fail(format!(
            "Tab after Shift+Tab should return to the knee region; focus is on {}",
            wg.page.active_element().unwrap_or_default()
        ));
    }
    // The keyboard focus ring is drawn over the region, on top of its neighbours.
    let ring = format!(
        "{}?.getAttribute('d') === {}.getAttribute('d')",
        wg.q(".ims-map-view--front .ims-map-ring .ims-map-focus"),
        wg.q(&format!(".ims-map-view--front {knee}"))
    );
    if !wg.holds_within(&ring) {
        problems.push("Tab onto the knee region drew no focus ring over it (.ims-map-ring .ims-map-focus)".into());
    }
    // Enter picks nothing: as on any box of the form, it moves on (Next).
    let places = wg.current_page();
    wg.key("Enter");
    let after = wg.expect_page_left(places, "Enter on the body map");
    if after != "about" {
        wg.fail(format!(
            "Enter on the body map should lead to the page after the places; it led to `{after}`"
        ));
    }

    wg.choose("back-cancer-flags", "no");
    wg.choose("duration", "over-3-months");
    wg.kb_next_to("health");

    // Who the check is for, then each checklist's "None of these" and the
    // question about needles, by keyboard.
    wg.choose("for-whom", "me");
    for page in ["illnesses", "now", "needles", "operations-skin"] {
        if wg.kb_next_page() != page {
            wg.fail(format!("expected the health page `{page}` by keyboard"));
        }
        if page == "needles" {
            wg.choose("needle-fear", "nervous");
        } else {
            wg.pick_check("none");
        }
    }
    wg.tab_to("[data-action=next]");
    wg.key("Enter");
    wg.expect_outcome("suitable", None);
    // Both places are suitable: they do not differ, so no per-place list.
    wg.expect_no_place_list();
    wg.expect_handoff("suitable");
    // The booking link and the restart control are keyboard reachable.
    wg.tab_to("[data-action=book]");
    // Start over asks first: "No" keeps the result, "Yes" clears it, by keyboard alone.
    wg.tab_to("[data-action=restart]");
    wg.key("Enter");
    wg.expect_restart_opened();
    wg.tab_to("[data-action=restart-no]");
    wg.key("Enter");
    wg.expect_restart_closed();
    if !wg.has("[data-outcome=suitable]") {
        wg.fail("after \"No, keep my answers\" the result should still show");
    }
    wg.key("Enter");
    wg.expect_restart_opened();
    wg.tab_to("[data-action=restart-yes]");
    wg.key("Enter");
    wg.expect_step("warning");
    wg.expect_heading_focused("warning");
    wg.expect_clean();
    if !problems.is_empty() {
        wg.fail(format!(
            "the keyboard journey reached its result, but:\n  - {}",
            problems.join("\n  - ")
        ));
    }
}

#[test]
fn back_by_keyboard_returns_focus_to_the_heading() {
    let site = Site::demo("keyboard-back", DESKTOP);
    let wg = site.demo_widget();
    wg.kb_pass_warning();
    wg.tab_to("[data-action=back]");
    wg.key("Enter");
    wg.expect_step("warning");
    if !wg.is_checked("[data-question=\"red-flags-general\"] [data-answer=\"none\"]") {
        wg.fail("after Back by keyboard, the `none` tick was lost");
    }
    wg.kb_next_to("where");
    wg.expect_clean();
}

#[test]
fn a_back_regions_question_comes_first_on_the_page_after_the_places() {
    // A back region adds the back-cancer-flags question, required: it opens
    // the next page, the first stop after its heading, before "How long?".
    let site = Site::demo("keyboard-duration", DESKTOP);
    let wg = site.demo_widget();
    wg.kb_pass_warning();
    wg.tab_to(MAP_STOP);
    wg.map_to("low-back");
    wg.key("Space");
    wg.expect_region_chosen("low-back", true);
    if wg.kb_next_page() != "about" {
        wg.fail("after the places, Next should show the page about the pain");
    }
    wg.key("Tab");
    if !wg.has_focus("[data-question=\"back-cancer-flags\"] input") {
        wg.fail(format!(
            "the first Tab after the heading should reach the back question; it reached {}",
            wg.focus_label()
        ));
    }
    wg.choose("duration", "6-weeks-to-3-months");
    wg.choose("back-cancer-flags", "no");
    wg.kb_next_to("health");
    wg.expect_clean();
}

#[test]
fn the_map_is_one_tab_stop_and_the_keys_move_in_it() {
    let site = Site::demo("keyboard-map", DESKTOP);
    let wg = site.demo_widget();
    wg.kb_pass_warning();
    wg.tab_to(MAP_STOP);
    let stops = wg.count(".ims-map [tabindex=\"0\"]");
    if stops != 1 {
        wg.fail(format!(
            "the map should be one Tab stop; it has {stops} elements with tabindex=0"
        ));
    }
    // Home, End; Down head to foot keeping the side and the view; Left and
    // Right as the front view shows them (the visitor's right on the
    // picture's left), and past its edge to the other view.
    let region = |id: &str| format!("path[role=checkbox][data-region=\"{id}\"]");
    for (key, to) in [
        ("End", "foot-right"),
        ("Home", "head"),
        ("ArrowDown", "jaw-left"),
        ("ArrowDown", "neck"),
        ("ArrowDown", "shoulder-left"),
        ("ArrowLeft", "shoulder-right"),
        // Down stays on the front view: the chest, not the upper back.
        ("ArrowDown", "chest"),
        ("ArrowDown", "upper-arm-left"),
        ("ArrowLeft", "upper-arm-right"),
        ("ArrowRight", "upper-arm-left"),
        // Right past the front's edge crosses to the back view beside it
        // (its first place there or below), Left comes back the same way.
        ("ArrowRight", "mid-back"),
        ("ArrowLeft", "hip-left"),
        ("ArrowUp", "wrist-hand-left"),
        // Past the front's last place, on to the back's first, and back.
        ("End", "foot-right"),
        ("ArrowDown", "upper-back"),
        ("ArrowDown", "mid-back"),
        ("ArrowUp", "upper-back"),
        ("ArrowUp", "foot-left"),
        ("Home", "head"),
        ("ArrowDown", "jaw-left"),
        ("ArrowDown", "neck"),
        ("ArrowDown", "shoulder-left"),
    ] {
        wg.key(key);
        wg.expect_focus(&region(to), &format!("{key} in the map"));
    }
    // The keyboard's focus ring is drawn over the focused region.
    let ring = format!(
        "{}?.getAttribute('d') === {}?.getAttribute('d')",
        wg.q(".ims-map-ring .ims-map-focus"),
        wg.focused_js()
    );
    if !wg.holds_within(&ring) {
        wg.fail("the focused region has no focus ring drawn over it (.ims-map-ring .ims-map-focus)");
    }
    // Space toggles; the focus stays.
    wg.key("Space");
    wg.expect_region_chosen("shoulder-left", true);
    wg.key("Space");
    wg.expect_region_chosen("shoulder-left", false);
    wg.key("Space");
    wg.expect_region_chosen("shoulder-left", true);
    wg.expect_focus(&region("shoulder-left"), "Space");
    // Tab leaves the map at once; Shift+Tab comes back to the same region.
    wg.key("Tab");
    if wg.focused_region().is_some_and(|r| r != "shoulder-left") || wg.has_focus(".ims-map *") {
        wg.fail(format!(
            "Tab should leave the map in one press; the focus is on {}",
            wg.focus_label()
        ));
    }
    wg.key("Shift+Tab");
    wg.expect_focus(&region("shoulder-left"), "Tab, then Shift+Tab");
    let stops = wg.attrs(".ims-map [tabindex=\"0\"]", "data-region");
    if stops != ["shoulder-left"] {
        wg.fail(format!(
            "the map's one Tab stop should be the region focused last; tabindex=0 on {stops:?}"
        ));
    }
    // Enter picks nothing: as on a box of the form, it moves on (Next).
    let places = wg.current_page();
    wg.key("Enter");
    wg.expect_page_left(places, "Enter on the body map");
    wg.expect_clean();
}

/// Tab presses from the "where" step's heading to "Pain in many places"
/// (the first control after the place picker), picking one place on the
/// map with the arrow keys on the way.
fn tabs_to_pick_one_place(site: &Site) -> usize {
    let wg = site.demo_widget();
    wg.kb_pass_warning();
    wg.expect_heading_focused("where");
    let mut tabs = 0;
    let mut tab_until = |wg: &Widget<'_>, inner: &str| {
        for _ in 0..100 {
            if wg.has_focus(inner) {
                return;
            }
            wg.key("Tab");
            tabs += 1;
        }
        wg.fail(format!(
            "100 Tab presses did not reach `{inner}`; the focus is on {}",
            wg.focus_label()
        ));
    };
    tab_until(&wg, MAP_STOP);
    wg.map_to("knee-left");
    wg.key("Space");
    wg.expect_region_chosen("knee-left", true);
    tab_until(&wg, "[data-action=next]");
    // Next takes the visitor on: the places were picked by keyboard alone.
    wg.key("Enter");
    wg.expect_step("where");
    if wg.current_page().as_deref() != Some("about") {
        wg.fail(format!(
            "Enter on Next should show the page about the pain; it shows {:?}",
            wg.current_page()
        ));
    }
    wg.expect_clean();
    tabs
}

#[test]
fn picking_one_place_by_keyboard_takes_few_tab_presses() {
    let desktop = tabs_to_pick_one_place(&Site::demo("keyboard-tabs", DESKTOP));
    let phone = tabs_to_pick_one_place(&Site::demo_phone("keyboard-tabs-phone"));
    println!("Tab presses from the \"where\" heading to Next, picking one place: desktop {desktop}, phone {phone}");
    // Before the map was one Tab stop and the places a page of their own, Next was the 81st.
    assert!(
        desktop < 15,
        "desktop: {desktop} Tab presses from the heading to Next picking one place (fewer than 15)"
    );
    assert!(
        phone < 15,
        "phone: {phone} Tab presses from the heading to Next picking one place (fewer than 15)"
    );
}

#[test]
fn removing_a_chosen_place_moves_the_focus_to_the_next_chip_or_the_heading() {
    let site = Site::demo("keyboard-chips", DESKTOP);
    let wg = site.demo_widget();
    wg.kb_pass_warning();
    for id in ["neck", "knee-left", "foot-right"] {
        wg.region_on_map(id);
    }
    let remove = |id: &str| format!("[data-remove-region=\"{id}\"]");
    // The middle chip: the focus goes to the next one.
    wg.tab_to(&remove("knee-left"));
    wg.key("Enter");
    wg.expect_region_chosen("knee-left", false);
    wg.expect_focus(&remove("foot-right"), "removing the middle place");
    // The last chip: to the previous one.
    wg.key("Enter");
    wg.expect_region_chosen("foot-right", false);
    wg.expect_focus(&remove("neck"), "removing the last place");
    // The only chip: to the heading of the chosen places.
    wg.key("Space");
    wg.expect_region_chosen("neck", false);
    wg.expect_focus(".ims-chosen h3", "removing the only place");
    wg.expect_clean();
}

/// Into the radio group `group` by `tab_to`, then ArrowDown by `key` until
/// `target` has the focus, and Space when the arrows left it unchosen (the
/// first answer): how a keyboard visitor chooses a radio.
#[track_caller]
fn arrows_to(wg: &Widget<'_>, group: &str, target: &str, tab_to: &dyn Fn(&str), key: &dyn Fn(&str)) {
    tab_to(group);
    for _ in 0..8 {
        if wg.has_focus(target) {
            break;
        }
        key("ArrowDown");
    }
    if !wg.has_focus(target) {
        wg.fail(format!(
            "arrow keys in the group `{group}` never reached `{target}`; focus is on {}",
            wg.page.active_element().unwrap_or_default()
        ));
    }
    if !wg.is_checked(target) {
        key("Space");
    }
    wg.wait(
        &format!("{}?.checked === true", wg.q(target)),
        format!("the keyboard did not choose `{target}`"),
    );
}

/// Key presses counted while a visitor uses the keyboard alone.
struct Presses<'a> {
    wg: &'a Widget<'a>,
    count: std::cell::Cell<usize>,
}

impl Presses<'_> {
    #[track_caller]
    fn key(&self, key: &str) {
        self.count.set(self.count.get() + 1);
        self.wg.key(key);
    }

    /// Tab until `inner` has the focus.
    #[track_caller]
    fn tab_to(&self, inner: &str) {
        for _ in 0..MAX_TABS {
            if self.wg.has_focus(inner) {
                return;
            }
            self.key("Tab");
        }
        self.wg.fail(format!(
            "Tab never reached `{inner}`; the focus is on {}",
            self.wg.focus_label()
        ));
    }

    /// Tab into question `q`'s radio group, then the arrows to answer `a`
    /// (an arrow selects; Space only when the first answer is the one).
    #[track_caller]
    fn choose(&self, q: &str, a: &str) {
        self.choose_in(
            &format!("[data-question=\"{q}\"] input"),
            &format!("[data-question=\"{q}\"] [data-answer=\"{a}\"]"),
        );
    }

    /// Tab into the radio group `group`, then the arrows to `target`,
    /// each key counted.
    #[track_caller]
    fn choose_in(&self, group: &str, target: &str) {
        arrows_to(self.wg, group, target, &|inner| self.tab_to(inner), &|key| {
            self.key(key)
        });
    }

    /// Enter on the answer just given (a form's Enter, through Next), or
    /// Tab to Next and Enter: the next page, its heading focused.
    #[track_caller]
    fn next(&self) -> String {
        let from = self.wg.current_page();
        if !self.wg.has_focus("input") {
            self.tab_to("[data-action=next]");
        }
        self.key("Enter");
        self.wg.expect_page_left(from, "Enter")
    }
}

/// From the page's load to the result, by keyboard alone: a healthy
/// visitor with pain in the low back, every question answered "no" (or
/// "No, none of these" on a checklist). Returns the presses, and where they went.
fn presses_to_the_result(site: &Site) -> (usize, Vec<String>) {
    let wg = site.demo_widget();
    let presses = Presses {
        wg: &wg,
        count: std::cell::Cell::new(0),
    };
    let mut spent = Vec::new();
    let mut counted = 0;
    let mut note = |what: &str, presses: &Presses<'_>| {
        spent.push(format!("{what} {}", presses.count.get() - counted));
        counted = presses.count.get();
    };
    // "None of these" on each page of warning signs.
    let none = "[data-question=\"red-flags-general\"] [data-answer=\"none\"]";
    for page in ["warning", "warning-more"] {
        presses.tab_to(none);
        presses.key("Space");
        wg.wait(
            &format!("{}?.checked === true", wg.q(none)),
            "Space did not tick \"none\"",
        );
        note(&format!("to \"none\" on page `{page}`"), &presses);
        presses.next();
        note("to Next", &presses);
    }
    presses.tab_to(MAP_STOP);
    // The map's keys: Home (the head), with both views shown Right across
    // to the back view, then Down to the low back.
    presses.key("Home");
    if wg.has(".ims-map-view--back:not(.ims-map-view--hidden)")
        && wg.has(".ims-map-view--front:not(.ims-map-view--hidden)")
    {
        presses.key("ArrowRight");
    }
    for _ in 0..30 {
        if wg.focused_region().as_deref() == Some("low-back") {
            break;
        }
        presses.key("ArrowDown");
    }
    presses.key("Space");
    wg.expect_region_chosen("low-back", true);
    note("the low back on the map", &presses);
    // Enter on the map moves on, as on any box of the form.
    let places = wg.current_page();
    presses.key("Enter");
    wg.expect_page_left(places, "Enter on the body map");
    note("to Next", &presses);
    // Each page: its required questions in order, then Next.
    while wg.current_step().as_deref() != Some("result") {
        let page = wg.current_page().unwrap_or_default();
        let questions = strings(&wg.js(&format!(
            "{}.filter(q => q.querySelector('input')).map(q => q.dataset.question + ' ' + (q.querySelector('input[type=radio]') ? 'radio' : 'checklist'))",
            wg.qa("[data-page] [data-question]")
        )));
        for question in &questions {
            let (q, kind) = question.split_once(' ').unwrap_or((question, ""));
            let harmless = HEALTH_DEFAULTS
                .iter()
                .find(|(id, _)| *id == q)
                .map_or("no", |(_, a)| *a);
            let answer = match q {
                "duration" => "over-3-months",
                _ => harmless,
            };
            if kind == "radio" {
                presses.choose(q, answer);
            } else if wg.has(&format!("[data-question=\"{q}\"] [data-answer=\"none\"]")) && q != "conditions" {
                let none = format!("[data-question=\"{q}\"] [data-answer=\"none\"]");
                presses.tab_to(&none);
                presses.key("Space");
            }
        }
        // A checklist: "No, none of these", the second of its answers.
        let none_of_these = "[data-checklist] [data-check=\"none\"]";
        if wg.has(none_of_these) {
            presses.choose_in("[data-checklist] [data-check]", none_of_these);
        }
        note(&format!("on page `{page}` ({} questions)", questions.len()), &presses);
        presses.next();
        note("to Next", &presses);
    }
    wg.expect_outcome("suitable", None);
    wg.expect_clean();
    (presses.count.get(), spent)
}

/// A checklist's "Yes" by keyboard: the arrows in its answers, then Tab
/// goes into the boxes it reveals right under it, Space ticks one and
/// Enter moves on; Shift+Tab from the first box is back on "Yes".
#[test]
fn a_checklists_yes_reveals_its_boxes_next_in_the_tab_order() {
    let site = Site::demo("keyboard-checklist-yes", DESKTOP);
    let wg = site.demo_widget();
    wg.to_first_checklist("knee-left");
    wg.complete_page();
    if wg.next_page() != "now" {
        wg.fail("expected the checklist `now` after `illnesses`");
    }
    wg.pick_check("none");
    wg.key("ArrowUp");
    let yes = "[data-checklist] [data-check=\"some\"]";
    wg.wait(
        &format!("{}?.checked === true", wg.q(yes)),
        "ArrowUp from \"No\" should choose \"Yes\"",
    );
    wg.key("Tab");
    wg.expect_focus("[data-checklist-some] input[type=checkbox]", "Tab from \"Yes\"");
    wg.key("Shift+Tab");
    wg.expect_focus(yes, "Shift+Tab from the first box under \"Yes\"");
    wg.tick("[data-check=\"bleeding\"]");
    wg.key("Enter");
    let after = wg.expect_page_left(Some("now".into()), "Enter on a ticked box");
    if after != "needles" {
        wg.fail(format!(
            "Enter under \"Yes\" should lead to the page after `now`; it led to `{after}`"
        ));
    }
    wg.expect_clean();
}

#[test]
fn a_healthy_visitor_reaches_the_result_in_few_key_presses() {
    let (desktop, desktop_spent) = presses_to_the_result(&Site::demo("keyboard-presses", DESKTOP));
    let (phone, phone_spent) = presses_to_the_result(&Site::demo("keyboard-presses-phone", PHONE));
    println!("key presses from the page's load to the result, one place, all \"no\": desktop {desktop}, phone {phone}");
    println!(
        "desktop: {}\nphone: {}",
        desktop_spent.join(", "),
        phone_spent.join(", ")
    );
    // Held at what this build measures, so a change that adds presses
    // fails here: 109 before the page's Back became the link above its
    // heading, 108 before the health checklists, 105 before the warning
    // signs took two pages, 76 before each checklist became one radio
    // answer ("No, none of these": Tab, Down, Enter instead of a Tab a box)
    // and Enter on the map moved on (no Tabs to Next). The goal of at most
    // 60 is met; what is left: the warning list's 17, the map's arrows to
    // the low back and the optional conditions' 9 Tabs to Next.
    const GOAL: usize = 60;
    const HELD: usize = 58;
    for (width, presses) in [("desktop", desktop), ("phone", phone)] {
        assert!(
            presses <= HELD,
            "{width}: {presses} key presses from the page's load to the result, more than the {HELD} held \
             (the goal is {GOAL}): {}",
            if width == "desktop" {
                desktop_spent.join(", ")
            } else {
                phone_spent.join(", ")
            }
        );
    }
}

#[test]
fn the_focus_stays_on_the_language_menu_after_a_switch_by_keyboard() {
    let site = Site::demo("keyboard-language", DESKTOP);
    let wg = site.demo_widget();
    wg.kb_pass_warning();
    // A page with answers to choose: the radio buttons the focus once jumped to.
    wg.tab_to(MAP_STOP);
    wg.map_to("knee-left");
    wg.key("Space");
    wg.kb_next_page();
    wg.choose("duration", "over-3-months");
    let menu = "select[data-action=lang]";
    wg.tab_to(menu);
    let before = wg.lang();
    wg.key("ArrowDown");
    wg.wait(
        &format!(
            "{}?.getAttribute('lang') !== {}",
            wg.q(".ims"),
            serde_json::json!(before)
        ),
        "ArrowDown on the language menu did not switch the language",
    );
    wg.settled();
    wg.expect_focus(menu, "switching the language by keyboard");
    wg.expect_clean();
}

/// The check is a form: Enter on an answer moves on through Next (the
/// browser's implicit submission), and on a page with nothing answered it
/// shows what to fix, as Next does.
#[test]
fn enter_on_an_answer_moves_on_as_in_any_form() {
    let site = Site::demo("keyboard-enter", DESKTOP);
    let wg = site.demo_widget();
    let none = "[data-question=\"red-flags-general\"] [data-answer=\"none\"]";
    wg.tab_to(none);
    wg.key("Enter");
    wg.wait(
        &format!("{} !== null", wg.q(".ims-error-summary")),
        "Enter with nothing ticked should show what to fix",
    );
    wg.tab_to(none);
    wg.key("Space");
    wg.key("Enter");
    if wg.expect_page_left(Some("warning".into()), "Enter on \"None of these\"") != "warning-more" {
        wg.fail("Enter on the first page's \"None of these\" should move on to the second page of signs");
    }
    if wg.is_checked("[data-question=\"red-flags-general\"] [data-answer=\"none\"]") {
        wg.fail("Enter should move on, not tick: the second page's \"None of these\" is ticked");
    }
    wg.expect_clean();
}
