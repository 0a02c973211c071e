//! The widget's steps in any engine, through the README's test hooks, as
//! the Chromium layer walks them (tests/e2e/src/widget/steps.rs): real
//! clicks on the answers and the places, the keyboard where a visitor
//! types, the operation's month and place picked from their menus.

use serde_json::{json, Value};

use crate::{add_days, typed_parts, Session, BOOKING_URL, EMERGENCY_TEL, HEALTH_DEFAULTS};

/// How a journey's answers are given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// The driver's pointer clicks each control.
    Click,
    /// Each control focused, then Space pressed; Enter on Next.
    Keys,
}

/// One `<ims-checker>` of the current page (or frame), by its selector.
pub struct Widget<'a> {
    pub s: &'a Session,
    host: String,
    pub input: Input,
    /// The clinic's booking link, exactly as configured.
    pub booking: String,
    /// axe-core's source: when set, each step of a journey is audited.
    pub axe: Option<String>,
}

impl Session {
    /// The page's `<ims-checker>` (the first, or `host`), once its first
    /// step shows.
    #[track_caller]
    pub fn widget(&self, host: &str) -> Widget<'_> {
        let w = self.widget_unopened(host);
        w.s.wait(
            &format!("{}?.dataset.step === 'warning'", w.q("[data-step]")),
            "the widget should show its first step",
        );
        w
    }
}

impl Session {
    /// The page's `<ims-checker>` `host`, whatever it shows yet.
    pub fn widget_unopened(&self, host: &str) -> Widget<'_> {
        Widget {
            s: self,
            host: host.to_string(),
            input: Input::Click,
            booking: BOOKING_URL.to_string(),
            axe: None,
        }
    }
}

impl Widget<'_> {
    /// JavaScript: the widget's shadow root, or null.
    pub fn root(&self) -> String {
        format!("document.querySelector({})?.shadowRoot", json!(self.host))
    }

    /// JavaScript: the first element matching `inner` in the shadow root, or null.
    pub fn q(&self, inner: &str) -> String {
        format!("({})?.querySelector({})", self.root(), json!(inner))
    }

    /// JavaScript: every element matching `inner` in the shadow root.
    pub fn qa(&self, inner: &str) -> String {
        format!("[...(({})?.querySelectorAll({}) ?? [])]", self.root(), json!(inner))
    }

    pub fn has(&self, inner: &str) -> bool {
        self.s.js(&format!("{} != null", self.q(inner))) == json!(true)
    }

    pub fn attr(&self, inner: &str, name: &str) -> Option<String> {
        self.s
            .js(&format!("{}?.getAttribute({}) ?? null", self.q(inner), json!(name)))
            .as_str()
            .map(str::to_string)
    }

    pub fn step(&self) -> Option<String> {
        self.attr("[data-step]", "data-step")
    }

    pub fn page(&self) -> Option<String> {
        self.attr("[data-page]", "data-page")
    }

    /// Activates `inner`: a click, or focus and Space.
    #[track_caller]
    pub fn act(&self, inner: &str) {
        self.s.wait(
            &format!("{} != null", self.q(inner)),
            format!("`{inner}` should be there"),
        );
        match self.input {
            Input::Click => self.s.click(&self.q(inner)),
            Input::Keys => {
                self.focus(inner);
                self.s.press(' ');
            }
        }
    }

    /// Gives `inner` the focus (scrolled to the middle of the screen).
    #[track_caller]
    pub fn focus(&self, inner: &str) {
        let v = self.s.js(&format!(
            "((e) => {{ if (!e) return 'missing'; e.scrollIntoView({{ block: 'center' }}); e.focus(); \
             return e.getRootNode().activeElement === e ? 'focused' : 'not focusable'; }})({})",
            self.q(inner)
        ));
        if v != json!("focused") {
            self.s.fail(format!("cannot focus `{inner}`: {v}"));
        }
    }

    /// Next: clicked, or by the keyboard Enter on the focused button.
    #[track_caller]
    pub fn next(&self) {
        match self.input {
            Input::Click => self.act("[data-action=next]"),
            Input::Keys => {
                self.focus("[data-action=next]");
                self.s.press('\u{E007}');
            }
        }
    }

    /// Next, and another page shows with no list of problems.
    #[track_caller]
    pub fn next_page(&self) {
        let from = self.page();
        self.next();
        self.s.wait(
            &format!(
                "((p, s) => (!!p && p.dataset.page !== {} && !p.closest('[aria-busy=true]')) || !!s)({}, {})",
                json!(from),
                self.q("[data-page]"),
                self.q(".ims-error-summary")
            ),
            format!("Next from page {from:?} should show another page"),
        );
        if self.has(".ims-error-summary") {
            let text = self.s.js(&format!("{}.innerText", self.q(".ims-error-summary")));
            self.s.fail(format!("Next from page {from:?} was blocked: {text}"));
        }
    }

    /// Next page after page until step `step` shows.
    #[track_caller]
    pub fn next_to(&self, step: &str) {
        for _ in 0..8 {
            self.next_page();
            if self.step().as_deref() == Some(step) {
                return;
            }
        }
        self.s.fail(format!("eight pages of Next never reached step `{step}`"));
    }

    /// Answer `a` of question `q` (reached page by page), checked.
    #[track_caller]
    pub fn answer(&self, q: &str, a: &str) {
        let question = format!("[data-question=\"{q}\"]");
        for _ in 0..8 {
            if self.has(&question) {
                break;
            }
            self.next_page();
        }
        // A sign that fits is a box of the page about the pain.
        if self.has(&format!("[data-check=\"{q}\"]")) {
            return self.answer_item(q, a);
        }
        let sel = format!("{question} [data-answer=\"{a}\"]");
        if self.s.js(&format!("{}?.checked === true", self.q(&sel))) == json!(true) {
            return;
        }
        self.act(&sel);
        self.s.wait(
            &format!("{}?.checked === true", self.q(&sel)),
            format!("activating `{sel}` should check it"),
        );
    }

    /// Tick "None of these" on both pages of warning signs and go on to
    /// the places.
    #[track_caller]
    pub fn pass_warning(&self) {
        self.answer("red-flags-general", "none");
        self.next_page();
        if self.page().as_deref() != Some("warning-more") {
            self.s
                .fail("the warning signs' first page should lead to their second (`warning-more`)");
        }
        self.answer("red-flags-general", "none");
        self.next_to("where");
    }

    /// Shows the map or the list of places.
    #[track_caller]
    pub fn show_places(&self, list: bool) {
        if self.has(".ims-list[open]") != list {
            self.act("[data-action=place-list]");
        }
        self.s.wait(
            &format!(
                "({} != null) === {list} && {}?.getBoundingClientRect().width {}",
                self.q(".ims-list[open]"),
                self.q(".ims-map-views"),
                if list { "=== 0" } else { "> 0" }
            ),
            format!("the {} should show alone", if list { "list" } else { "map" }),
        );
    }

    /// Clicks `region` on the body map (turning it over if needed).
    #[track_caller]
    pub fn region_on_map(&self, region: &str) {
        self.show_places(false);
        let path = format!(".ims-map-view:not(.ims-map-view--hidden) path[role=checkbox][data-region=\"{region}\"]");
        if !self.has(&path) {
            self.act(".ims-map-switch-button[aria-pressed=false]");
        }
        self.act(&path);
        self.expect_chosen(region);
    }

    /// Ticks `region` in the list of places.
    #[track_caller]
    pub fn region_in_list(&self, region: &str) {
        self.show_places(true);
        self.act(&format!("input[type=checkbox][data-region=\"{region}\"]"));
        self.expect_chosen(region);
    }

    /// `region` is among the chosen places (its chip shows).
    #[track_caller]
    pub fn expect_chosen(&self, region: &str) {
        let chip = self.q(&format!("[data-remove-region=\"{region}\"]"));
        if !self.s.holds_within(&format!("{chip} != null"), crate::WAIT) {
            let state = self.s.js(&format!(
                "({{ chips: {}.map(e => e.dataset.removeRegion), map: {}.map(p => p.getAttribute('aria-checked')) }})",
                self.qa("[data-remove-region]"),
                self.qa(&format!("path[data-region=\"{region}\"]"))
            ));
            self.s.fail(format!(
                "`{region}` should be among the chosen places; the chips and the map say {state}"
            ));
        }
    }

    /// The body map is drawn the same in every language: the front view
    /// faces the visitor (their left on the picture's right), the back view
    /// shows their back (their left on the left), and a right-to-left
    /// language turns the widget (`dir`) but not the figure.
    #[track_caller]
    pub fn expect_figure_unmirrored(&self) {
        let v = self.s.js(&format!(
            "((r) => {{ const mean = (es) => es.reduce((s, e) => {{ const b = e.getBoundingClientRect(); return s + b.left + b.width / 2; }}, 0) / es.length; \
               return [...r.querySelectorAll('.ims-map-view')].filter(v => v.getBoundingClientRect().width > 0).map(v => ({{ \
                 front: v.classList.contains('ims-map-view--front'), \
                 left: mean([...v.querySelectorAll('path[data-region$=\"-left\"]')]), \
                 right: mean([...v.querySelectorAll('path[data-region$=\"-right\"]')]) }})); }})({})",
            self.root()
        ));
        let views = v.as_array().cloned().unwrap_or_default();
        if views.is_empty() {
            self.s.fail("the body map should show");
        }
        for view in views {
            let (left, right) = (
                view["left"].as_f64().unwrap_or(0.0),
                view["right"].as_f64().unwrap_or(0.0),
            );
            let front = view["front"] == json!(true);
            if front != (left > right) {
                self.s.fail(format!(
                    "the figure should not be mirrored: in the {} view the visitor's left should be on the picture's {}; {view}",
                    if front { "front" } else { "back" },
                    if front { "right" } else { "left" }
                ));
            }
        }
        let lang = self.attr(".ims", "lang").unwrap_or_default();
        let dir = self.attr(".ims", "dir").unwrap_or_default();
        if (lang == "fa") != (dir == "rtl") {
            self.s.fail(format!(
                "the widget in {lang:?} should be dir=rtl exactly in Persian; it is dir={dir:?}"
            ));
        }
    }

    /// The health step page by page to the result, as main's Chromium
    /// suite walks it (tests/e2e/src/widget/steps.rs, `fill_health`): "me"
    /// for who the check is for; on a checklist, the items `overrides`
    /// names ticked under "Yes" (with the answer their tick asks for), else
    /// "No, none of these"; every other question its override or the answer that adds
    /// nothing; `operation` (place, date) entered when its list shows; Next
    /// until the result. `each_page` is called on each page as it arrives.
    #[track_caller]
    pub fn health_to_result(
        &self,
        overrides: &[(&str, &str)],
        operation: Option<(&str, &str)>,
        each_page: &dyn Fn(&str),
    ) {
        let given = |q: &str| overrides.iter().find(|(o, _)| *o == q).map(|(_, a)| *a);
        let mut operation = operation;
        for _ in 0..10 {
            let page = self.page().unwrap_or_default();
            each_page(&page);
            for item in self.attrs_of("[data-listed]", "data-listed") {
                if let Some(a) = given(&item) {
                    self.answer_item(&item, a);
                }
            }
            let questions = self.attrs_of("[data-question]:not([data-item] [data-question])", "data-question");
            for q in questions {
                let default = HEALTH_DEFAULTS.iter().find(|(d, _)| *d == q).map_or("no", |(_, a)| *a);
                self.answer(&q, given(&q).unwrap_or(default));
            }
            if self.has("[data-checklist]") && !self.has("[data-checklist] input:checked") {
                self.act("[data-check=\"none\"]");
                self.s.wait(
                    &format!("{}?.checked === true", self.q("[data-check=\"none\"]")),
                    "\"No, none of these\" should be chosen",
                );
            }
            if self.has("[data-follow-up=\"surgeries\"]") {
                if let Some((region, date)) = operation.take() {
                    self.operation(region, date);
                    each_page("operation");
                }
            }
            self.next_page();
            if self.step().as_deref() == Some("result") {
                if let Some((region, _)) = operation {
                    self.s.fail(format!(
                        "the operations list never showed for the operation at {region}"
                    ));
                }
                return;
            }
        }
        self.s.fail("ten pages of health questions never reached the result");
    }

    /// Checklist item `q` given `a`: `no` unticked (when "Yes" shows the
    /// boxes), any other ticked under "Yes" (and, where the tick asks
    /// which, `a` picked under it). A sign that fits is a box of its own.
    #[track_caller]
    pub fn answer_item(&self, q: &str, a: &str) {
        let tick = |sel: &str, on: bool| {
            self.s
                .wait(&format!("{} != null", self.q(sel)), format!("`{sel}` should be there"));
            if (self.s.js(&format!("{}?.checked === true", self.q(sel))) == json!(true)) != on {
                self.act(sel);
                self.s.wait(
                    &format!("{}?.checked === {on}", self.q(sel)),
                    format!("`{sel}` should become {on}"),
                );
            }
        };
        let item = format!("[data-check=\"{q}\"]");
        if a == "no" && !self.has(&item) {
            return;
        }
        if a != "no" && self.has(&format!("[data-listed=\"{q}\"]")) {
            tick("[data-check=\"some\"]", true);
        }
        tick(&item, a != "no");
        let detail = format!("[data-item=\"{q}\"] [data-question=\"{q}\"] [data-answer=\"{a}\"]");
        if a != "no" && self.has(&detail) {
            tick(&detail, true);
        }
    }

    /// The attribute `name` of every element matching `inner`.
    pub fn attrs_of(&self, inner: &str, name: &str) -> Vec<String> {
        let v = self
            .s
            .js(&format!("{}.map(e => e.getAttribute({}))", self.qa(inner), json!(name)));
        v.as_array()
            .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
            .unwrap_or_default()
    }

    /// Row 0 of the operations list at `region` on `date`: the place and
    /// the month picked from their menus, the day and the year typed.
    #[track_caller]
    pub fn operation(&self, region: &str, date: &str) {
        let row = "[data-follow-up=\"surgeries\"] [data-surgery=\"0\"]";
        self.s
            .wait(&format!("{} != null", self.q(row)), "the operation row should show");
        let [day, month, year] = typed_parts(date);
        for (field, value) in [("surgery-region", region), ("surgery-month", month.as_str())] {
            let v = self.s.js(&format!(
                "((e) => {{ if (!e) return 'missing'; if (![...e.options].some(o => o.value === {value})) \
                 return [...e.options].map(o => o.value).join(' '); e.focus(); e.value = {value}; \
                 e.dispatchEvent(new Event('input', {{ bubbles: true, composed: true }})); \
                 e.dispatchEvent(new Event('change', {{ bubbles: true, composed: true }})); return 'picked'; }})({})",
                self.q(&format!("{row} [data-field=\"{field}\"]")),
                value = json!(value)
            ));
            if v != json!("picked") {
                self.s.fail(format!("cannot pick {value:?} in `{field}`: {v}"));
            }
        }
        for (field, value) in [("surgery-day", day), ("surgery-year", year)] {
            let sel = format!("{row} [data-field=\"{field}\"]");
            self.focus(&sel);
            self.s.type_into(&self.q(&sel), &value);
            self.s.press('\u{E004}'); // Tab: leaving the field commits it
        }
        self.s.wait(
            &format!(
                "{}?.dataset.dateEntered === {}",
                self.q(&format!("{row} [data-date-entered]")),
                json!(date)
            ),
            format!("the operation's date should read back as {date}"),
        );
    }

    /// The result shows `level` (and for `wait` the date `until`).
    #[track_caller]
    pub fn expect_outcome(&self, level: &str, until: Option<&str>) {
        self.s.wait(
            &format!("{}?.dataset.step === 'result'", self.q("[data-step]")),
            "the result should show",
        );
        let v = self.s.js(&format!(
            "((e) => e ? [e.dataset.outcome, e.getAttribute('data-until')] : [null, null])({})",
            self.q("[data-outcome]")
        ));
        if v != json!([level, until]) {
            let text = self.s.js(&format!("{}?.innerText ?? ''", self.q("[data-step=result]")));
            self.s.fail(format!(
                "the result should be {level:?} until {until:?}; it is {v}\n  {text}"
            ));
        }
    }

    /// The browser's today, YYYY-MM-DD.
    pub fn today(&self) -> String {
        self.s
            .js("(() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); })()")
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// hrefs of the result's `[data-action=<action>]` links.
    pub fn hrefs(&self, action: &str) -> Vec<String> {
        let v = self.s.js(&format!(
            "{}.map(a => a.getAttribute('href'))",
            self.qa(&format!("[data-action={action}]"))
        ));
        v.as_array()
            .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
            .unwrap_or_default()
    }

    /// A journey from the first step to `level`, with a screenshot of each
    /// step named `<prefix>-<step>`:
    /// - suitable: the low back on the map (`list`: in the list), the left
    ///   knee in the list, tight muscles; its booking link exactly the clinic's;
    /// - wait: the left knee and thigh in the list (or the map), the knee
    ///   operated 30 days ago: until 42 days after the operation;
    /// - emergency: a stiff neck with fever: the emergency number's link.
    #[track_caller]
    pub fn journey(&self, level: &str, list: bool, prefix: &str) {
        self.checkpoint(&format!("{prefix}-warning"));
        if level == "emergency" {
            self.answer("red-flags-general", "stiff-neck-fever");
            self.next();
            self.expect_outcome("emergency", None);
            self.checkpoint(&format!("{prefix}-result"));
            let hrefs = self.hrefs("call-emergency");
            if hrefs != [EMERGENCY_TEL] {
                self.s.fail(format!(
                    "the emergency result should call {EMERGENCY_TEL}; its links: {hrefs:?}"
                ));
            }
            return;
        }
        self.pass_warning();
        let place = |region: &str| {
            if list {
                self.region_in_list(region)
            } else {
                self.region_on_map(region)
            }
        };
        match level {
            "suitable" => {
                place("low-back");
                self.region_in_list("knee-left");
            }
            _ => {
                place("knee-left");
                self.region_in_list("thigh-left");
            }
        }
        self.show_places(list);
        if !list {
            self.expect_figure_unmirrored();
        }
        self.checkpoint(&format!("{prefix}-where"));
        if level == "suitable" {
            self.answer("fit-tight-muscles", "yes");
            self.answer("back-cancer-flags", "no");
        }
        self.next_to("health");
        let operated = add_days(&self.today(), -30);
        let (overrides, operation): (&[(&str, &str)], _) = match level {
            "wait" => (&[("surgery", "yes")], Some(("knee-left", operated.as_str()))),
            _ => (&[], None),
        };
        self.health_to_result(overrides, operation, &|page| {
            self.checkpoint(&format!("{prefix}-health-{page}"))
        });
        match level {
            "suitable" => {
                self.expect_outcome("suitable", None);
                let books = self.hrefs("book");
                if books != [self.booking.as_str()] {
                    self.s
                        .fail(format!("one booking link, exactly {:?}; found {books:?}", self.booking));
                }
            }
            _ => self.expect_outcome("wait", Some(&add_days(&operated, 42))),
        }
        self.checkpoint(&format!("{prefix}-result"));
    }
}

/// The widget's own files (paths on the served site, `*` ending a prefix),
/// and the test pages' own: nothing else may be fetched.
pub const OWN_FILES: [&str; 8] = [
    "/ims-checker.js",
    "/ims-checker.css",
    "/body-map.css",
    "/pkg/*",
    "/lang/*",
    "/embed-trap.js",
    "/demo.css",
    "/clinic-*",
];

impl Widget<'_> {
    /// A step reached: its screenshot, the page clean (no CSP violation,
    /// failed load, uncaught error or dialog seen by embed-trap.js), and
    /// axe's audit when the widget has it.
    #[track_caller]
    pub fn checkpoint(&self, what: &str) {
        self.s.shot(what);
        self.expect_trap_clean(false);
        if let Some(source) = &self.axe {
            self.expect_axe_clean(source, what);
        }
    }

    /// What embed-trap.js recorded: nothing (axe's own blocked styles
    /// forgiven when `after_axe`).
    #[track_caller]
    pub fn expect_trap_clean(&self, after_axe: bool) {
        let trap = self.s.js("window.__embedTrap ?? null");
        if trap.is_null() {
            self.s
                .fail("the page should load embed-trap.js (it records CSP violations and failed loads)");
        }
        let mut seen = Vec::new();
        for kind in ["csp", "errors", "dialogs"] {
            for item in trap[kind].as_array().into_iter().flatten() {
                let item = item.as_str().unwrap_or_default();
                if !(after_axe && ims_checker_e2e::axe::caused_by_axe(item)) {
                    seen.push(format!("{kind}: {item}"));
                }
            }
        }
        if !seen.is_empty() {
            self.s.fail(format!("the page should be clean; it saw {seen:?}"));
        }
    }

    /// axe-core (injected with WebDriver's script, which the page's policy
    /// does not govern) finds no WCAG 2.0–2.2 AA violation in the widget.
    #[track_caller]
    pub fn expect_axe_clean(&self, source: &str, what: &str) {
        if self.s.js("typeof window.axe") != json!("object") {
            let loaded = self.s.rt.block_on(
                self.s
                    .client
                    .execute(&format!("{source}\n;return typeof window.axe;"), vec![]),
            );
            if loaded.ok() != Some(json!("object")) {
                self.s.fail("axe-core did not load in the page");
            }
        }
        let context = format!("document.querySelector({})", json!(self.host));
        let result = self.s.js(&ims_checker_e2e::axe::run_js(&context));
        let violations = ims_checker_e2e::axe::violations(what, &result);
        if !violations.is_empty() {
            self.s.fail(format!(
                "axe found {} violation(s):\n{}",
                violations.len(),
                violations.join("\n")
            ));
        }
        self.expect_trap_clean(true);
    }

    /// The privacy promise: every resource the page fetched (its Resource
    /// Timing entries, and what the server served) is one of `own` files of
    /// the page's own origin, none with a query; no cookie (the page's or
    /// the driver's), nothing in localStorage, sessionStorage or IndexedDB.
    #[track_caller]
    pub fn expect_private(&self, own: &[&str]) {
        let allowed = |path: &str| {
            own.iter().any(|o| match o.strip_suffix('*') {
                Some(prefix) => path.starts_with(prefix),
                None => path == *o,
            })
        };
        let v = self.s.js(
            "performance.getEntriesByType('resource').map(e => { const u = new URL(e.name);              return [u.origin === location.origin, u.pathname, u.search]; })",
        );
        let mut bad = Vec::new();
        for entry in v.as_array().into_iter().flatten() {
            let (same, path, search) = (
                entry[0] == json!(true),
                entry[1].as_str().unwrap_or(""),
                entry[2].as_str().unwrap_or(""),
            );
            if !same || !search.is_empty() || !allowed(path) {
                bad.push(entry.to_string());
            }
        }
        for line in self.s.server.served() {
            let target = line.split(' ').nth(1).unwrap_or("");
            let page = target.trim_start_matches('/').trim_start_matches("phone-");
            if target.contains('?') || !(allowed(target) || page.ends_with(".html") && !page.contains('/')) {
                bad.push(format!("served {line}"));
            }
        }
        if !bad.is_empty() {
            self.s.fail(format!(
                "only the widget's own files may be fetched, with no data; also fetched {bad:?}"
            ));
        }
        let stored = self.s.js(
            "(async () => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length, \
             idb: indexedDB.databases ? (await indexedDB.databases()).map(d => d.name) : 'no indexedDB.databases()' }))()",
        );
        if stored != json!({ "cookie": "", "local": 0, "session": 0, "idb": [] }) {
            self.s.fail(format!("nothing may be stored; found {stored}"));
        }
        let cookies = self.s.rt.block_on(self.s.client.get_all_cookies());
        match cookies {
            Ok(c) if c.is_empty() => {}
            other => self.s.fail(format!("no cookie may be set; the driver reads {other:?}")),
        }
    }
}
