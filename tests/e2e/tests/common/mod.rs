//! Shared helpers for the widget's end-to-end tests: open the demo page,
//! drive the widget through its markup contract (`data-step`,
//! `data-question`, `data-answer`, `data-region`, `data-action`,
//! `data-outcome`), check the result and the privacy promise.
//!
//! Every helper panics with a message naming the test, the current step and
//! what was expected, and saves a screenshot of the moment to
//! `screenshots/failures/<test>.png`.
#![allow(dead_code)]

use std::path::PathBuf;
use std::time::Duration;

use ims_checker_e2e::{dist_dir, js_query, workspace_dir, Browser, Page, Server};
use serde_json::{json, Value};

/// The widget's element on the demo page (dist/index.html).
pub const HOST: &str = "ims-checker";
/// The demo clinic's configuration (attributes in dist/index.html).
pub const BOOKING_URL: &str = "https://booking.example.com/harbourside/ims-assessment";
pub const PHONE_DIGITS: &str = "16045550142";
pub const EMAIL: &str = "front-desk@harbourside.example";
/// Default emergency number.
pub const EMERGENCY_TEL: &str = "tel:911";

/// The demo clinic's nurse line (its inline configuration: `"nurse-line": "811"`).
pub const NURSE_TEL: &str = "tel:811";

/// JavaScript: the widget's shadow root.
pub const ROOT_JS: &str = "document.querySelector(\"ims-checker\").shadowRoot";

/// The outcome levels, most severe first (the facts' "Outcome levels").
pub const LEVELS: [&str; 7] = [
    "emergency",
    "urgent",
    "see-doctor",
    "not-suitable",
    "wait",
    "talk-first",
    "suitable",
];

/// The level id `level` as a `&'static str` (panics on an unknown level).
pub fn level_id(level: &str) -> &'static str {
    LEVELS
        .into_iter()
        .find(|l| *l == level)
        .unwrap_or_else(|| panic!("unknown level {level:?}"))
}

/// How severe `level` is: 0 for `suitable` up to 6 for `emergency`.
pub fn severity(level: &str) -> usize {
    LEVELS.len() - 1 - LEVELS.iter().position(|l| *l == level).unwrap_or_else(|| panic!("unknown level {level:?}"))
}

/// Whether needling may still happen at `level`: "What to expect" and the
/// signs that fit show only then.
pub fn may_be_needled(level: &str) -> bool {
    matches!(level, "suitable" | "talk-first" | "wait")
}

/// The level's name as the result gives it, in `lang` (`en` or `fr`).
pub fn level_name(level: &str, lang: &str) -> &'static str {
    let fr = lang == "fr";
    match level {
        "emergency" if fr => "Urgence",
        "emergency" => "Emergency",
        "urgent" if fr => "Soins médicaux aujourd'hui",
        "urgent" => "Get medical care today",
        "see-doctor" if fr => "Consultez d'abord votre médecin",
        "see-doctor" => "See your doctor first",
        "not-suitable" if fr => "Pas indiqué pour l'instant",
        "not-suitable" => "Not suitable now",
        "wait" if fr => "Attendre",
        "wait" => "Wait",
        "talk-first" if fr => "Parlez d'abord à la clinique",
        "talk-first" => "Talk to the clinic first",
        "suitable" if fr => "Probablement indiqué",
        "suitable" => "Likely suitable",
        other => panic!("unknown level {other:?}"),
    }
}

/// The ways onward (`data-action` of the result's links, in order) the facts'
/// handoff table gives `level` at the demo clinic, which configures a phone,
/// an email, a booking link and a nurse line.
pub fn handoff_actions_for(level: &str) -> &'static [&'static str] {
    match level {
        "emergency" => &["call-emergency"],
        "urgent" => &["call-emergency", "call-nurse"],
        "see-doctor" | "not-suitable" => &["call"],
        "wait" | "suitable" => &["book", "call"],
        "talk-first" => &["call", "email"],
        other => panic!("unknown level {other:?}"),
    }
}

/// The mark a place at `level` carries on the result's body map.
pub fn map_mark(level: &str) -> &'static str {
    match level {
        "suitable" => "go",
        "talk-first" => "caution",
        "wait" => "wait",
        _ => "stop",
    }
}

/// A date (YYYY-MM-DD) in words as the widget writes it: "January 6, 2027",
/// "6 janvier 2027", "1er mars 2027".
pub fn date_in_words(date: &str, lang: &str) -> String {
    const EN: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];
    const FR: [&str; 12] = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ];
    let (y, m, d) = parse_date(date);
    let month = (m - 1) as usize;
    if lang == "fr" {
        let day = if d == 1 { "1er".to_string() } else { d.to_string() };
        format!("{day} {} {y}", FR[month])
    } else {
        format!("{} {d}, {y}", EN[month])
    }
}

/// What a journey's result must show: the overall level, its date for
/// `wait`, and each place as (region, level, until) when the places differ
/// (empty when no per-place list may show).
#[derive(Clone, Debug)]
pub struct Expected {
    pub level: &'static str,
    pub until: Option<String>,
    pub places: Vec<(&'static str, &'static str, Option<String>)>,
}

/// The strings of a JSON array (anything else is empty).
pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(|x| x.as_str().unwrap_or("").to_string()).collect())
        .unwrap_or_default()
}

pub const DESKTOP: (u32, u32) = (1280, 800);
pub const PHONE: (u32, u32) = (360, 740);

/// How long to wait for the widget to react (render, step change).
pub const WAIT: Duration = Duration::from_secs(10);

/// The four steps, in order, with their number in "Step N of 4".
pub const STEPS: [&str; 4] = ["warning", "where", "health", "result"];

/// Screening questions of step 3 with the answer that adds nothing.
pub const HEALTH_DEFAULTS: [(&str, &str); 16] = [
    ("active-cancer", "no"),
    ("needle-fear", "no"),
    ("understanding", "yes"),
    ("pregnant", "no"),
    ("autoimmune", "no"),
    ("osteoporosis", "no"),
    ("surgery", "no"),
    ("bleeding", "no"),
    ("lymphoedema", "no"),
    ("skin-infection", "no"),
    ("unwell-now", "no"),
    ("immune", "no"),
    ("diabetes", "no"),
    ("epilepsy", "no"),
    ("metal-allergy", "no"),
    ("fainting", "no"),
];

/// A selector inside the widget's shadow root.
pub fn w(inner: &str) -> String {
    format!("{HOST} >>> {inner}")
}

/// JavaScript: the element `inner` inside the widget's shadow root, or null.
pub fn jq(inner: &str) -> String {
    js_query(&w(inner))
}

/// JavaScript: the focused element, looking into shadow roots.
pub const DEEP_ACTIVE_JS: &str = "(() => { let e = document.activeElement; \
while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement; return e; })()";

/// The screenshots folder (git-ignored).
pub fn screenshots_dir() -> PathBuf {
    workspace_dir().join("screenshots")
}

/// An open demo page with the widget, in its own browser.
///
/// Fields drop in order: page, browser (kills Chromium), server.
pub struct Widget {
    pub page: Page,
    pub browser: Browser,
    pub server: Server,
    /// The test's name, for messages and failure screenshots.
    pub name: String,
    /// Use touch taps instead of mouse clicks.
    pub touch: bool,
}

impl Widget {
    /// Serve dist/, launch Chromium at `viewport`, open the demo page and
    /// wait for the widget's first step.
    pub fn open(name: &str, viewport: (u32, u32)) -> Widget {
        Self::open_with(name, viewport, false)
    }

    /// Like [`Widget::open`] at phone size with touch emulation; actions tap.
    pub fn open_phone(name: &str) -> Widget {
        Self::open_with(name, PHONE, true)
    }

    fn open_with(name: &str, viewport: (u32, u32), mobile: bool) -> Widget {
        let dist = dist_dir().unwrap();
        let server = Server::start(&dist, 0)
            .unwrap_or_else(|e| panic!("[{name}] cannot serve {}: {e}", dist.display()));
        let browser = Browser::launch(viewport)
            .unwrap_or_else(|e| panic!("[{name}] cannot launch Chromium: {e}"));
        let page = browser.new_page().unwrap();
        if mobile {
            page.set_viewport(viewport.0, viewport.1, true).unwrap();
        }
        page.goto(&server.url("/")).unwrap();
        let widget = Widget {
            page,
            browser,
            server,
            name: name.to_string(),
            touch: mobile,
        };
        widget.expect_rendered();
        widget.expect_first_step();
        widget
    }

    /// Open the demo page and wait only for the widget's root `.ims` to render
    /// (for checks that do not depend on the step markup).
    pub fn open_rendered(name: &str, viewport: (u32, u32)) -> Widget {
        let dist = dist_dir().unwrap();
        let server = Server::start(&dist, 0)
            .unwrap_or_else(|e| panic!("[{name}] cannot serve {}: {e}", dist.display()));
        let browser = Browser::launch(viewport)
            .unwrap_or_else(|e| panic!("[{name}] cannot launch Chromium: {e}"));
        let page = browser.new_page().unwrap();
        page.goto(&server.url("/")).unwrap();
        let widget = Widget {
            page,
            browser,
            server,
            name: name.to_string(),
            touch: false,
        };
        widget.expect_rendered();
        widget
    }

    /// The widget has rendered its root `.ims` with a heading.
    #[track_caller]
    pub fn expect_rendered(&self) {
        self.wait(
            &format!("{} !== null", jq(".ims h2")),
            "the widget never rendered (no `.ims h2` in the <ims-checker> shadow root)",
        );
    }

    // -----------------------------------------------------------------
    // Failure reporting

    /// Panic with `msg`, the current step and visible alerts; save a screenshot.
    #[track_caller]
    pub fn fail(&self, msg: impl AsRef<str>) -> ! {
        let step = self.current_step().unwrap_or_else(|| "(none)".into());
        let alerts = self.alerts();
        let shot = screenshots_dir()
            .join("failures")
            .join(format!("{}.png", self.name));
        let saved = match self.page.screenshot(&shot) {
            Ok(()) => format!("screenshot: {}", shot.display()),
            Err(e) => format!("no screenshot: {e}"),
        };
        let exceptions = self.page.exceptions().unwrap_or_default();
        panic!(
            "[{}] {}\n  current step: {step}\n  alerts shown: {alerts:?}\n  uncaught exceptions: {exceptions:?}\n  {saved}",
            self.name,
            msg.as_ref()
        );
    }

    /// Evaluate JavaScript; a failure is a test failure.
    #[track_caller]
    pub fn js(&self, code: &str) -> Value {
        match self.page.eval(code) {
            Ok(v) => v,
            Err(e) => self.fail(format!("evaluating JavaScript failed: {e}")),
        }
    }

    /// Wait for a JavaScript condition, failing with `what` when it never holds.
    #[track_caller]
    pub fn wait(&self, condition: &str, what: impl AsRef<str>) {
        if let Err(e) = self.page.wait_for(condition, WAIT) {
            self.fail(format!("{}: {e}", what.as_ref()));
        }
    }

    // -----------------------------------------------------------------
    // Reading the widget

    /// `data-step` of the step shown now.
    pub fn current_step(&self) -> Option<String> {
        self.page
            .eval(&format!("{}?.dataset.step ?? null", jq("[data-step]")))
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
    }

    /// `data-error-for` and text of every visible `[role=alert]` with text.
    pub fn alerts(&self) -> Vec<String> {
        let v = self.page.eval(&format!(
            "(() => {{ const h = document.querySelector({HOST:?}); const r = h && h.shadowRoot; if (!r) return []; \
             return [...r.querySelectorAll('[role=alert]')].filter(e => e.getClientRects().length && e.innerText.trim()) \
             .map(e => (e.dataset.errorFor || '?') + ': ' + e.innerText.trim().replace(/\\s+/g, ' ')); }})()"
        ));
        match v {
            Ok(Value::Array(a)) => a
                .into_iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect(),
            _ => vec![],
        }
    }

    /// Whether an element matches `inner` in the widget now.
    pub fn has(&self, inner: &str) -> bool {
        self.js(&format!("{} !== null", jq(inner))) == json!(true)
    }

    /// How many elements match `inner` in the widget now.
    pub fn count(&self, inner: &str) -> usize {
        self.js(&format!(
            "document.querySelector({HOST:?}).shadowRoot.querySelectorAll({}).length",
            json!(inner)
        ))
        .as_u64()
        .unwrap_or(0) as usize
    }

    /// An attribute of the element `inner`, `None` when missing (fails when
    /// there is no such element).
    #[track_caller]
    pub fn attr(&self, inner: &str, name: &str) -> Option<String> {
        let v = self.js(&format!(
            "(() => {{ const e = {}; if (!e) return {{ missing: true }}; return {{ value: e.getAttribute({}) }}; }})()",
            jq(inner),
            json!(name)
        ));
        if v["missing"] == json!(true) {
            self.fail(format!("no element matches `{inner}` (wanted its `{name}`)"));
        }
        v["value"].as_str().map(str::to_string)
    }

    /// Visible text of the element `inner`.
    #[track_caller]
    pub fn text(&self, inner: &str) -> String {
        match self.page.text(&w(inner)) {
            Ok(t) => t,
            Err(e) => self.fail(format!("reading text: {e}")),
        }
    }

    /// Whether the form control `inner` is checked (radio/checkbox input, or
    /// `aria-checked="true"` on a map region).
    #[track_caller]
    pub fn is_checked(&self, inner: &str) -> bool {
        let v = self.js(&format!(
            "(() => {{ const e = {}; if (!e) return null; \
             return e.matches('input') ? e.checked : e.getAttribute('aria-checked') === 'true'; }})()",
            jq(inner)
        ));
        match v {
            Value::Bool(b) => b,
            _ => self.fail(format!("no control matches `{inner}`")),
        }
    }

    /// The widget root's `lang` (`.ims`).
    pub fn lang(&self) -> String {
        self.attr(".ims", "lang").unwrap_or_default()
    }

    // -----------------------------------------------------------------
    // Acting

    /// Click (or tap, at phone size) the element `inner` in the widget.
    #[track_caller]
    pub fn act(&self, inner: &str) {
        let sel = w(inner);
        let r = if self.touch {
            self.page.tap(&sel)
        } else {
            self.page.click(&sel)
        };
        if let Err(e) = r {
            self.fail(format!("{} failed: {e}", if self.touch { "tap" } else { "click" }));
        }
    }

    /// Choose answer `a` of question `q` and check it took.
    #[track_caller]
    pub fn answer(&self, q: &str, a: &str) {
        let sel = format!("[data-question=\"{q}\"] [data-answer=\"{a}\"]");
        self.wait(
            &format!("{} !== null", jq(&sel)),
            format!("answer `{sel}` never appeared"),
        );
        if self.is_checked(&sel) {
            return;
        }
        self.act(&sel);
        self.wait(
            &format!("{}?.checked === true", jq(&sel)),
            format!("clicking `{sel}` did not check it"),
        );
    }

    /// Untick a checkbox answer.
    #[track_caller]
    pub fn untick(&self, q: &str, a: &str) {
        let sel = format!("[data-question=\"{q}\"] [data-answer=\"{a}\"]");
        if self.is_checked(&sel) {
            self.act(&sel);
        }
        self.wait(
            &format!("{}?.checked === false", jq(&sel)),
            format!("clicking `{sel}` did not untick it"),
        );
    }

    /// Choose a region on the body map (`path[role=checkbox]`) and check the
    /// map and the checklist agree it is chosen.
    #[track_caller]
    pub fn region_on_map(&self, id: &str) {
        let map = format!(".ims-map-view:not(.ims-map-view--hidden) path[role=checkbox][data-region=\"{id}\"]");
        // On a touch screen the map shows one side at a time: turn it over
        // when the region is on the other side.
        if self.js(&format!("{} === null", jq(&map))) == true {
            self.act(".ims-map-switch-button[aria-pressed=false]");
            self.wait(
                &format!("{} !== null", jq(&map)),
                format!("region `{id}` is on neither side of the map"),
            );
        }
        self.act(&map);
        self.expect_region_chosen(id, true);
    }

    /// Choose a region in the checklist (`input[type=checkbox][data-region]`).
    #[track_caller]
    pub fn region_in_list(&self, id: &str) {
        let list = format!("input[type=checkbox][data-region=\"{id}\"]");
        self.act(&list);
        self.expect_region_chosen(id, true);
    }

    /// The map's region(s) and the checklist's box for `id` all say `chosen`.
    #[track_caller]
    pub fn expect_region_chosen(&self, id: &str, chosen: bool) {
        let cond = format!(
            "(() => {{ const r = document.querySelector({HOST:?}).shadowRoot; \
             const paths = [...r.querySelectorAll('path[role=checkbox][data-region=\"{id}\"]')]; \
             const box = r.querySelector('input[type=checkbox][data-region=\"{id}\"]'); \
             return paths.length > 0 && box !== null && box.checked === {chosen} && \
               paths.every(p => (p.getAttribute('aria-checked') === 'true') === {chosen}); }})()"
        );
        if self.page.wait_for(&cond, WAIT).is_err() {
            let state = self.js(&format!(
                "(() => {{ const r = document.querySelector({HOST:?}).shadowRoot; \
                 return {{ map: [...r.querySelectorAll('path[role=checkbox][data-region=\"{id}\"]')].map(p => p.getAttribute('aria-checked')), \
                 list: r.querySelector('input[type=checkbox][data-region=\"{id}\"]')?.checked ?? 'no checkbox' }}; }})()"
            ));
            self.fail(format!(
                "region `{id}` should be {} on the body map (aria-checked) and in the checklist; found {state}",
                if chosen { "chosen" } else { "not chosen" }
            ));
        }
    }

    /// Press Next (by click or tap).
    #[track_caller]
    pub fn next(&self) {
        self.act("[data-action=next]");
    }

    /// Press Back.
    #[track_caller]
    pub fn back(&self) {
        self.act("[data-action=back]");
    }

    /// Set a form field's value by script and dispatch `input` and `change`
    /// (bubbling, composed), as a date picker or select would.
    #[track_caller]
    pub fn set_value(&self, inner: &str, value: &str) {
        let v = self.js(&format!(
            "(() => {{ const e = {}; if (!e) return 'missing'; e.focus(); e.value = {}; \
             e.dispatchEvent(new Event('input', {{ bubbles: true, composed: true }})); \
             e.dispatchEvent(new Event('change', {{ bubbles: true, composed: true }})); return e.value; }})()",
            jq(inner),
            json!(value)
        ));
        if v == json!("missing") {
            self.fail(format!("no field matches `{inner}`"));
        }
        if v != json!(value) {
            self.fail(format!("field `{inner}` did not take the value {value:?}: it holds {v}"));
        }
    }

    /// Answer the 16 screening questions: `overrides` first where given,
    /// otherwise the answer that adds nothing.
    #[track_caller]
    pub fn fill_health(&self, overrides: &[(&str, &str)]) {
        for (q, default) in HEALTH_DEFAULTS {
            let a = overrides
                .iter()
                .find(|(oq, _)| *oq == q)
                .map(|(_, a)| *a)
                .unwrap_or(default);
            self.answer(q, a);
        }
    }

    /// Answer `surgery` = yes and describe the operations `(region, date)`,
    /// adding rows with `[data-action=add-surgery]` as needed.
    #[track_caller]
    pub fn surgeries(&self, ops: &[(&str, &str)]) {
        self.answer("surgery", "yes");
        let box_ = "[data-follow-up=\"surgeries\"]";
        self.wait(
            &format!("{} !== null", jq(box_)),
            format!("`{box_}` did not appear after surgery = yes"),
        );
        let rows = format!("{box_} select[data-field=\"surgery-region\"]");
        for (i, (region, date)) in ops.iter().enumerate() {
            if self.count(&rows) <= i {
                self.act(&format!("{box_} [data-action=add-surgery]"));
                let want = i + 1;
                self.wait(
                    &format!(
                        "document.querySelector({HOST:?}).shadowRoot.querySelectorAll({}).length >= {want}",
                        json!(rows)
                    ),
                    format!("add-surgery did not add row {want}"),
                );
            }
            self.surgery_row(i, region, date);
        }
    }

    /// Fill row `i` (0-based) of the surgeries follow-up.
    #[track_caller]
    pub fn surgery_row(&self, i: usize, region: &str, date: &str) {
        let box_ = "[data-follow-up=\"surgeries\"]";
        let n = i + 1;
        // The i-th region select and date field, by index.
        for (field, value) in [("surgery-region", region), ("surgery-date", date)] {
            let v = self.js(&format!(
                "(() => {{ const all = document.querySelector({HOST:?}).shadowRoot.querySelectorAll('{box_} [data-field=\"{field}\"]'); \
                 const e = all[{i}]; if (!e) return {{ missing: all.length }}; \
                 if (e.tagName === 'SELECT' && ![...e.options].some(o => o.value === {value:?})) \
                   return {{ options: [...e.options].map(o => o.value) }}; \
                 e.focus(); e.value = {value:?}; \
                 e.dispatchEvent(new Event('input', {{ bubbles: true, composed: true }})); \
                 e.dispatchEvent(new Event('change', {{ bubbles: true, composed: true }})); \
                 return {{ value: e.value }}; }})()"
            ));
            if let Some(m) = v.get("missing") {
                self.fail(format!(
                    "surgery row {n}: no `[data-field=\"{field}\"]` (found {m} such fields)"
                ));
            }
            if let Some(opts) = v.get("options") {
                self.fail(format!(
                    "surgery row {n}: the region select has no option `{region}`; options: {opts}"
                ));
            }
            if v["value"] != json!(value) {
                self.fail(format!(
                    "surgery row {n}: `{field}` did not take {value:?}; holds {}",
                    v["value"]
                ));
            }
        }
    }

    /// Answer `question` = yes and tick `regions` in its region follow-up
    /// (`lymphoedema` → `[data-follow-up="lymphoedema-regions"]`).
    #[track_caller]
    pub fn region_follow_up(&self, question: &str, regions: &[&str]) {
        self.answer(question, "yes");
        let box_ = format!("[data-follow-up=\"{question}-regions\"]");
        self.wait(
            &format!("{} !== null", jq(&box_)),
            format!("`{box_}` did not appear after {question} = yes"),
        );
        for r in regions {
            let sel = format!("{box_} input[data-region=\"{r}\"]");
            if !self.is_checked(&sel) {
                self.act(&sel);
            }
            self.wait(
                &format!("{}?.checked === true", jq(&sel)),
                format!("`{sel}` did not become checked"),
            );
        }
    }

    // -----------------------------------------------------------------
    // Steps

    /// The first step is shown (the widget has rendered).
    #[track_caller]
    pub fn expect_first_step(&self) {
        self.wait(
            &format!("{}?.dataset.step === 'warning'", jq("[data-step]")),
            "the widget never showed its first step ([data-step=\"warning\"])",
        );
    }

    /// Step `step` is shown, its progress text reads "Step N of 4" (or the
    /// French "Étape N sur 4") and its `h2` heading has the focus.
    #[track_caller]
    pub fn expect_step(&self, step: &str) {
        self.wait(
            &format!("{}?.dataset.step === {step:?}", jq("[data-step]")),
            format!("expected step `{step}`"),
        );
        let shown = self.count("[data-step]");
        if shown != 1 {
            self.fail(format!("{shown} elements with [data-step] shown at once; expected 1"));
        }
        self.expect_heading_focused(step);
        self.expect_progress(step);
    }

    /// The widget shows its first step as the page loaded: "Step 1 of 4"
    /// (or French), and it has not pulled the host page's focus into itself
    /// (focus moves to a heading only on a step change).
    #[track_caller]
    pub fn expect_start(&self) {
        self.expect_first_step();
        self.expect_progress("warning");
        let inside = self.js(&format!(
            "(() => {{ const e = {DEEP_ACTIVE_JS}; return !!e && e.getRootNode() === document.querySelector({HOST:?}).shadowRoot; }})()"
        ));
        if inside == json!(true) {
            self.fail(format!(
                "on first render the widget took the page's focus (focus is on {}); it should move focus only on a step change",
                self.page.active_element().unwrap_or_default()
            ));
        }
    }

    /// The `h2` of step `step` has the focus.
    #[track_caller]
    pub fn expect_heading_focused(&self, step: &str) {
        let cond = format!(
            "(() => {{ const e = {DEEP_ACTIVE_JS}; return !!e && e.tagName === 'H2' && \
             e.closest('[data-step]')?.dataset.step === {step:?}; }})()"
        );
        if self.page.wait_for(&cond, WAIT).is_err() {
            let focused = self.page.active_element().unwrap_or_default();
            let heading = self.page.eval(&format!(
                "(() => {{ const s = {}; const h = s && s.querySelector('h2'); return h ? h.innerText : 'no h2 in the step'; }})()",
                jq("[data-step]")
            ));
            self.fail(format!(
                "on entering step `{step}` the focus should be on its h2 ({}); it is on: {focused}",
                heading.map(|v| v.to_string()).unwrap_or_default()
            ));
        }
    }

    /// `.ims-progress` reads "Step N of 4" / "Étape N sur 4".
    #[track_caller]
    pub fn expect_progress(&self, step: &str) {
        let n = STEPS.iter().position(|s| *s == step).expect("known step") + 1;
        let want = if self.lang() == "fr" {
            format!("Étape {n} sur 4")
        } else {
            format!("Step {n} of 4")
        };
        let got = self.js(&format!("{}?.innerText ?? null", jq(".ims-progress")));
        let got = got.as_str().unwrap_or("(no .ims-progress)").replace('\u{a0}', " ");
        if !got.contains(&want) {
            self.fail(format!("progress text on step `{step}`: expected {want:?}, got {got:?}"));
        }
        // The progress bar beside the text: step N's segment is the current
        // one, the earlier ones done, and every segment can be seen.
        let bar = self.js(&format!(
            "[...{}].map(d => [d.classList.contains('ims-dot--current'), d.classList.contains('ims-dot--done'), d.getBoundingClientRect().height])",
            format!("document.querySelector({HOST:?}).shadowRoot.querySelectorAll('.ims-steps .ims-dot')")
        ));
        let segments = bar.as_array().cloned().unwrap_or_default();
        let shown = segments.len() == 4
            && segments.iter().enumerate().all(|(i, s)| {
                s[0] == (i + 1 == n) && s[1] == (i + 1 < n) && s[2].as_f64().is_some_and(|h| h >= 4.0)
            });
        if !shown {
            self.fail(format!("progress bar on step `{step}`: expected 4 visible segments, segment {n} current; got [current, done, height] {bar}"));
        }
    }

    /// Press Next and expect `step`.
    #[track_caller]
    pub fn next_to(&self, step: &str) {
        self.next();
        self.expect_step(step);
    }

    /// Tick `none` on the emergency screen and go on to `where`.
    #[track_caller]
    pub fn pass_warning(&self) {
        self.expect_start();
        self.answer("red-flags-general", "none");
        self.next_to("where");
    }

    /// Press Next and expect to stay on the step with an alert for `error_for`.
    #[track_caller]
    pub fn next_blocked(&self, step: &str, error_for: &str) {
        self.next();
        let sel = format!("[role=alert][data-error-for=\"{error_for}\"]");
        self.wait(
            &format!(
                "(() => {{ const e = {}; return !!e && e.getClientRects().length > 0 && e.innerText.trim().length > 0; }})()",
                jq(&sel)
            ),
            format!("Next with a missing or wrong answer should show a visible `{sel}` with text"),
        );
        // Give a wrong step change a moment to happen, then check it did not.
        let _ = self.page.wait_for("false", Duration::from_millis(300));
        match self.current_step() {
            Some(s) if s == step => {}
            other => self.fail(format!(
                "Next advanced from `{step}` to {other:?} although `{sel}` is shown"
            )),
        }
    }

    // -----------------------------------------------------------------
    // Result

    /// The result shows `level` overall, with `data-until` = `until` (only
    /// for wait; otherwise there must be none).
    #[track_caller]
    pub fn expect_outcome(&self, level: &str, until: Option<&str>) {
        self.expect_step("result");
        self.check_outcome(level, until);
    }

    /// Like [`Widget::expect_outcome`] without the step-change checks (for
    /// a result re-rendered in place, e.g. after a language switch).
    #[track_caller]
    pub fn check_outcome(&self, level: &str, until: Option<&str>) {
        let v = self.js(&format!(
            "(() => {{ const e = {}; return e ? [e.dataset.outcome, e.getAttribute('data-until')] : null; }})()",
            jq("[data-outcome]")
        ));
        let got_level = v[0].as_str();
        let got_until = v[1].as_str();
        if got_level != Some(level) || got_until != until {
            self.fail(format!(
                "result: expected data-outcome={level:?} data-until={until:?}, got data-outcome={:?} data-until={:?}\n  result text: {}",
                got_level,
                got_until,
                self.text("[data-step=result]").replace('\n', " | ")
            ));
        }
    }

    /// The per-place result for `region` is `level` (with `until` for wait).
    /// The per-place list shows only when places differ; where it must not
    /// show, use [`Widget::expect_no_place_list`].
    #[track_caller]
    pub fn expect_region_outcome(&self, region: &str, level: &str, until: Option<&str>) {
        let all = self.js(&format!(
            "[...{ROOT_JS}.querySelectorAll('[data-region-outcome]')]\
             .map(e => [e.dataset.region, e.dataset.regionOutcome, e.getAttribute('data-until')])"
        ));
        let mine: Vec<&Value> = all
            .as_array()
            .map(|a| a.iter().filter(|r| r[0] == json!(region)).collect())
            .unwrap_or_default();
        let ok = !mine.is_empty()
            && mine
                .iter()
                .all(|r| r[1] == json!(level) && r[2].as_str() == until);
        if !ok {
            self.fail(format!(
                "region result for `{region}`: expected [data-region-outcome={level:?}] data-until={until:?}; \
                 all region results [region, outcome, until]: {all}"
            ));
        }
    }

    /// The per-place list shows exactly `places` (region, level, until), in
    /// any order.
    #[track_caller]
    pub fn expect_places(&self, places: &[(&str, &str, Option<String>)]) {
        for (region, level, until) in places {
            self.expect_region_outcome(region, level, until.as_deref());
        }
        let shown = self.js(&format!(
            "[...{ROOT_JS}.querySelectorAll('[data-region-outcome]')].map(e => e.dataset.region)"
        ));
        let mut shown: Vec<String> = strings(&shown);
        shown.sort();
        let mut want: Vec<String> = places.iter().map(|(r, _, _)| r.to_string()).collect();
        want.sort();
        if shown != want {
            self.fail(format!(
                "the per-place list should name exactly the places {want:?}; it names {shown:?}"
            ));
        }
    }

    /// No per-place list and no result body map: the places chosen share one
    /// level (or there was only one, or none).
    #[track_caller]
    pub fn expect_no_place_list(&self) {
        let v = self.js(&format!(
            "(() => {{ const r = {ROOT_JS}; return {{ \
               places: [...r.querySelectorAll('[data-region-outcome]')].map(e => e.dataset.region + '=' + e.dataset.regionOutcome), \
               list: r.querySelector('.ims-places') !== null, map: r.querySelector('.ims-result-map') !== null, \
               marks: [...r.querySelectorAll('[data-step=result] [data-mark]')].map(e => (e.dataset.region || e.tagName) + '=' + e.dataset.mark) }}; }})()"
        ));
        if v["places"] != json!([]) || v["list"] != json!(false) || v["map"] != json!(false) || v["marks"] != json!([]) {
            self.fail(format!(
                "the places chosen do not differ in level, so the result should show no per-place list \
                 ([data-region-outcome], .ims-places) and no result body map (.ims-result-map, [data-mark]); found {v}"
            ));
        }
    }

    /// No place reads better than the whole result, and nothing is marked
    /// suitable (✓, `.ims-place--suitable`, the map's `go` mark) unless its
    /// own level is `suitable`. Each place's class, glyph, level name and map
    /// mark agree with its `data-region-outcome`.
    #[track_caller]
    pub fn expect_places_never_better(&self) {
        let lang = self.lang();
        let v = self.js(&format!(
            "(() => {{ const r = {ROOT_JS}; const res = r.querySelector('[data-outcome]'); \
               return {{ overall: res ? res.dataset.outcome : null, \
                 verdictGlyph: r.querySelector('.ims-verdict-badge')?.textContent.trim() ?? null, \
                 places: [...r.querySelectorAll('[data-region-outcome]')].map(e => ({{ region: e.dataset.region, level: e.dataset.regionOutcome, \
                   classes: [...e.classList], glyph: e.querySelector('.ims-place-glyph')?.textContent.trim() ?? '', \
                   levelText: (e.querySelector('.ims-place-level')?.innerText ?? '').trim() }})), \
                 marks: [...r.querySelectorAll('.ims-result-map path[data-mark]')].map(p => [p.dataset.region, p.dataset.mark]), \
                 legend: [...r.querySelectorAll('.ims-result-map li[data-mark]')].map(l => l.dataset.mark) }}; }})()"
        ));
        let Some(overall) = v["overall"].as_str().map(str::to_string) else {
            self.fail("no result ([data-outcome]) to check the places of");
        };
        let suitable_glyph = "✓";
        if (v["verdictGlyph"] == json!(suitable_glyph)) != (overall == "suitable") {
            self.fail(format!(
                "the verdict's badge shows {} for a {overall} result; ✓ belongs to `suitable` only",
                v["verdictGlyph"]
            ));
        }
        let places = v["places"].as_array().cloned().unwrap_or_default();
        let mut problems = Vec::new();
        for p in &places {
            let region = p["region"].as_str().unwrap_or("?");
            let level = p["level"].as_str().unwrap_or("?");
            if !LEVELS.contains(&level) {
                problems.push(format!("`{region}`: unknown level {level:?}"));
                continue;
            }
            if severity(level) < severity(&overall) {
                problems.push(format!("`{region}` reads {level}, better than the whole result ({overall})"));
            }
            let classes = strings(&p["classes"]);
            if !classes.iter().any(|c| *c == format!("ims-place--{level}")) {
                problems.push(format!("`{region}` ({level}) lacks the class ims-place--{level}: {classes:?}"));
            }
            if level != "suitable" && classes.iter().any(|c| c == "ims-place--suitable") {
                problems.push(format!("`{region}` is {level} yet carries .ims-place--suitable"));
            }
            let glyph = p["glyph"].as_str().unwrap_or("");
            if (glyph == suitable_glyph) != (level == "suitable") {
                problems.push(format!("`{region}` ({level}) shows the glyph {glyph:?}; ✓ belongs to `suitable` only"));
            }
            let text = p["levelText"].as_str().unwrap_or("");
            if !text.starts_with(level_name(level, &lang)) {
                problems.push(format!("`{region}` ({level}) reads {text:?}; expected it to start with {:?}", level_name(level, &lang)));
            }
            let marks: Vec<String> = v["marks"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|m| m[0] == json!(region))
                .map(|m| m[1].as_str().unwrap_or("").to_string())
                .collect();
            if marks.is_empty() || marks.iter().any(|m| m != map_mark(level)) {
                problems.push(format!(
                    "`{region}` ({level}) should carry the map mark {:?} on the result body map; it carries {marks:?}",
                    map_mark(level)
                ));
            }
        }
        for m in v["marks"].as_array().into_iter().flatten() {
            let region = m[0].as_str().unwrap_or("?");
            if !places.iter().any(|p| p["region"] == json!(region)) {
                problems.push(format!("the result body map marks `{region}` ({}) which the per-place list does not name", m[1]));
            }
        }
        let any_suitable = places.iter().any(|p| p["level"] == json!("suitable"));
        if strings(&v["legend"]).iter().any(|m| m == "go") && !any_suitable {
            problems.push("the result body map's legend shows the `go` mark although no place is suitable".to_string());
        }
        if !problems.is_empty() {
            self.fail(format!(
                "places on the {overall} result:\n  - {}\n  places: {}",
                problems.join("\n  - "),
                v["places"]
            ));
        }
    }

    /// The verdict looks like its level: the result carries only the class
    /// `ims-result--<level>`, the headline names the level (for `wait`, with
    /// its date in words), and an emergency's call button is the result's
    /// first link and its largest button.
    #[track_caller]
    pub fn expect_level_look(&self, level: &str) {
        let lang = self.lang();
        let v = self.js(&format!(
            "(() => {{ const r = {ROOT_JS}; const res = r.querySelector('[data-outcome]'); if (!res) return null; \
               const first = r.querySelector('[data-step=result] a'); \
               const buttons = [...r.querySelectorAll('[data-step=result] .ims-button')].map(b => [b.dataset.action ?? b.tagName, b.getBoundingClientRect().height]); \
               return {{ classes: [...res.classList], until: res.getAttribute('data-until'), \
                 title: r.querySelector('.ims-verdict-title')?.innerText.trim() ?? null, \
                 first: first ? [first.dataset.action ?? null, first.className] : null, buttons }}; }})()"
        ));
        if v.is_null() {
            self.fail("no result ([data-outcome]) to check the look of");
        }
        let classes = strings(&v["classes"]);
        let levels: Vec<&String> = classes.iter().filter(|c| c.starts_with("ims-result--")).collect();
        if levels != [&format!("ims-result--{level}")] {
            self.fail(format!(
                "a {level} result should carry the class ims-result--{level} (and no other level's); classes: {classes:?}"
            ));
        }
        let name = level_name(level, &lang);
        let want = match v["until"].as_str() {
            Some(until) if level == "wait" => {
                let from = if lang == "fr" { "à partir du" } else { "from" };
                format!("{name} ({from} {})", date_in_words(until, &lang))
            }
            _ => name.to_string(),
        };
        let title = v["title"].as_str().unwrap_or("(no .ims-verdict-title)");
        if title != want {
            self.fail(format!("the {level} result's headline should read {want:?}; it reads {title:?}"));
        }
        if level == "emergency" {
            let first = &v["first"];
            let class = first[1].as_str().unwrap_or("");
            if first[0] != json!("call-emergency") || !class.split_whitespace().any(|c| c == "ims-button--emergency") {
                self.fail(format!(
                    "the emergency result's first link should be the emergency call button \
                     (a[data-action=call-emergency].ims-button--emergency); it is {first}"
                ));
            }
            let buttons = v["buttons"].as_array().cloned().unwrap_or_default();
            let call = buttons
                .iter()
                .find(|b| b[0] == json!("call-emergency"))
                .and_then(|b| b[1].as_f64())
                .unwrap_or(0.0);
            let taller: Vec<&Value> = buttons
                .iter()
                .filter(|b| b[0] != json!("call-emergency") && b[1].as_f64().unwrap_or(0.0) > call)
                .collect();
            if call < 44.0 || !taller.is_empty() {
                self.fail(format!(
                    "the emergency call button should be the result's largest button (at least 44 px tall); \
                     it is {call} px, buttons [action, height]: {}",
                    v["buttons"]
                ));
            }
        }
    }

    /// The verdict's computed look: its `border` and `background` colours and
    /// its `borderStyle` (null when there is no verdict).
    pub fn verdict_look(&self) -> Value {
        self.js(&format!(
            "(() => {{ const v = {ROOT_JS}.querySelector('.ims-verdict'); if (!v) return null; const cs = getComputedStyle(v); \
             return {{ border: cs.borderTopColor, background: cs.backgroundColor, borderStyle: cs.borderTopStyle }}; }})()"
        ))
    }

    /// "What to expect" and "Signs that fit IMS" show only where needling may
    /// still happen (`suitable`, `talk-first`, `wait`).
    #[track_caller]
    pub fn expect_what_to_expect_for(&self, level: &str) {
        let v = self.js(&format!(
            "(() => {{ const r = {ROOT_JS}; return {{ section: r.querySelector('[data-section=expect]') !== null, \
               items: [...r.querySelectorAll('.ims-expect li[data-text]')].map(e => e.dataset.text), \
               ticks: r.querySelectorAll('.ims-ticks li').length }}; }})()"
        ));
        let items = strings(&v["items"]);
        if may_be_needled(level) {
            if v["section"] != json!(true) || !items.iter().any(|i| i == "expect-assessment") {
                self.fail(format!(
                    "a {level} result should show \"What to expect\" ([data-section=expect] with li[data-text=expect-assessment]); found {v}"
                ));
            }
        } else if v["section"] != json!(false) || !items.is_empty() || v["ticks"] != json!(0) {
            self.fail(format!(
                "a {level} result should show neither \"What to expect\" ([data-section=expect]) nor \"Signs that fit IMS\" (.ims-ticks); found {v}"
            ));
        }
    }

    /// "What to expect" holds the collapsed-lung safety note
    /// (`li[data-text=expect-after-treatment]`) or not.
    #[track_caller]
    pub fn expect_after_treatment_note(&self, shown: bool) {
        let sel = "[data-section=expect] .ims-expect li[data-text=expect-after-treatment]";
        if self.has(sel) != shown {
            self.fail(format!(
                "\"What to expect\" should {}hold the safety note after treatment (`{sel}`); its items: {}",
                if shown { "" } else { "not " },
                self.js(&format!("[...{ROOT_JS}.querySelectorAll('.ims-expect li')].map(e => e.dataset.text ?? e.innerText)"))
            ));
        }
    }

    /// The "Signs that fit IMS" statements shown (`.ims-ticks li`).
    pub fn fit_signs(&self) -> Vec<String> {
        strings(&self.js(&format!(
            "[...{ROOT_JS}.querySelectorAll('.ims-ticks li')].map(e => e.innerText.trim())"
        )))
    }

    /// Everything the facts ask of a result page for `expected`: its level
    /// and date, look, handoff, places and "What to expect".
    #[track_caller]
    pub fn expect_result_page(&self, expected: &Expected) {
        self.expect_outcome(expected.level, expected.until.as_deref());
        self.expect_level_look(expected.level);
        self.expect_handoff(expected.level);
        if expected.places.is_empty() {
            self.expect_no_place_list();
        } else {
            self.expect_places(&expected.places);
        }
        self.expect_places_never_better();
        self.expect_what_to_expect_for(expected.level);
    }

    /// The handoff for `level`, as the facts' table gives it for the demo
    /// clinic (phone, email, booking link and nurse line all configured):
    /// exactly the links of [`handoff_actions_for`] in that order, and no
    /// other link anywhere in the result; the emergency number `tel:911`, the
    /// nurse line `tel:811`, `call` always the clinic's phone, the booking
    /// link exactly the configured URL (for `wait` labelled with the same
    /// day as the headline); print, copy and restart offered.
    #[track_caller]
    pub fn expect_handoff(&self, level: &str) {
        let fr = self.lang() == "fr";
        let v = self.js(&format!(
            "(() => {{ const r = {ROOT_JS}; const res = r.querySelector('[data-outcome]'); return {{ \
               until: res ? res.getAttribute('data-until') : null, \
               result: (res?.innerText ?? '').replace(/\\s+/g, ' '), \
               links: [...r.querySelectorAll('[data-step=result] a')].map(a => ({{ action: a.dataset.action ?? null, \
                 inActions: a.closest('.ims-actions') !== null, href: a.getAttribute('href'), \
                 text: a.innerText.trim().replace(/\\s+/g, ' '), classes: a.className }})) }}; }})()"
        ));
        let links = v["links"].as_array().cloned().unwrap_or_default();
        let actions: Vec<&str> = links
            .iter()
            .map(|l| if l["inActions"] == json!(true) { l["action"].as_str().unwrap_or("(no data-action)") } else { "(outside .ims-actions)" })
            .collect();
        let want = handoff_actions_for(level);
        if actions != want {
            self.fail(format!(
                "a {level} result should offer exactly the links {want:?} (in that order, in .ims-actions) and no other link; \
                 its links are {}",
                Value::Array(links)
            ));
        }
        let books = self.count("[data-action=book]");
        let want_books = want.iter().filter(|a| **a == "book").count();
        if books != want_books {
            self.fail(format!(
                "a {level} result should show {want_books} booking link(s) [data-action=book] in the whole widget; it shows {books}"
            ));
        }
        for l in &links {
            let href = l["href"].as_str().unwrap_or("");
            let text = l["text"].as_str().unwrap_or("");
            match l["action"].as_str().unwrap_or("") {
                "call-emergency" => {
                    let classes = l["classes"].as_str().unwrap_or("");
                    let want_text = match (level, fr) {
                        ("emergency", false) => "Call 911",
                        ("emergency", true) => "Appeler le 911",
                        (_, false) => "If it gets worse, call 911",
                        (_, true) => "Si ça s'aggrave, appelez le 911",
                    };
                    let emergency_class = classes.split_whitespace().any(|c| c == "ims-button--emergency");
                    if href != EMERGENCY_TEL || text != want_text || emergency_class != (level == "emergency") {
                        self.fail(format!(
                            "a {level} result's emergency call should be <a href={EMERGENCY_TEL:?}> reading {want_text:?}{}; got {l}",
                            if level == "emergency" { " with the class ims-button--emergency" } else { " without the emergency button's class" }
                        ));
                    }
                }
                "call-nurse" if href != NURSE_TEL || !text.contains("811") => {
                    self.fail(format!("the nurse line should be <a href={NURSE_TEL:?}> naming 811; got {l}"));
                }
                "call" if !href.starts_with("tel:") || digits(href) != PHONE_DIGITS => {
                    self.fail(format!(
                        "[data-action=call] is the clinic's phone: expected href tel:+1-604-555-0142 (digits {PHONE_DIGITS}); got {l}"
                    ));
                }
                "email" if !href.starts_with(&format!("mailto:{EMAIL}")) => {
                    self.fail(format!("the clinic's email should be a mailto:{EMAIL} link; got {l}"));
                }
                "book" => {
                    let want_label = match (v["until"].as_str(), fr) {
                        (Some(until), false) if level == "wait" => format!("Book from {}", date_in_words(until, "en")),
                        (Some(until), true) if level == "wait" => format!("Prendre rendez-vous à partir du {}", date_in_words(until, "fr")),
                        (_, false) => "Book an assessment".to_string(),
                        (_, true) => "Prendre rendez-vous pour une évaluation".to_string(),
                    };
                    if !text.starts_with(&want_label) {
                        self.fail(format!("a {level} result's booking link should read {want_label:?}; it reads {text:?}"));
                    }
                }
                _ => {}
            }
        }
        if want.contains(&"book") {
            self.expect_book_link();
        }
        if level == "urgent" {
            let care = if fr {
                "Allez aujourd'hui à l'urgence d'un hôpital ou dans un centre de soins d'urgence."
            } else {
                "Go today to an emergency department or an urgent care centre."
            };
            let result = v["result"].as_str().unwrap_or("").replace('\u{2019}', "'");
            if !result.contains(care) {
                self.fail(format!("an urgent result should say where to go today, {care:?}; it reads {result:?}"));
            }
        }
        for action in ["print", "copy"] {
            if !self.has(&format!("[data-step=result] [data-action={action}]")) {
                self.fail(format!("the result should offer [data-action={action}]"));
            }
        }
        if !self.has("[data-action=restart]") {
            self.fail("the result should offer [data-action=restart]");
        }
    }

    /// A `wait` result that also has talk-first answers says, in its handoff
    /// and before the booking link, to talk to the clinic before booking,
    /// listing exactly `rules` (e.g. `bleeding/yes`), beside the clinic's phone.
    #[track_caller]
    pub fn expect_talk_first_note(&self, rules: &[&str]) {
        let v = self.js(&format!(
            "(() => {{ const r = {ROOT_JS}; const n = r.querySelector('[data-talk-first]'); if (!n) return null; \
               const book = r.querySelector('[data-action=book]'); const handoff = n.closest('.ims-handoff'); \
               return {{ text: n.innerText.replace(/\\s+/g, ' ').trim(), rules: [...n.querySelectorAll('li[data-rule]')].map(l => l.dataset.rule), \
                 reasons: [...n.querySelectorAll('li[data-rule]')].map(l => l.innerText.trim()), \
                 inHandoff: handoff !== null, \
                 beforeBooking: !book || !!(n.compareDocumentPosition(book) & Node.DOCUMENT_POSITION_FOLLOWING), \
                 phone: handoff ? [...handoff.querySelectorAll('a[data-action=call]')].map(a => a.getAttribute('href')) : [] }}; }})()"
        ));
        if v.is_null() {
            self.fail(format!(
                "this wait result has talk-first answers {rules:?}: it should show [data-talk-first] (\"Talk to the clinic before you book.\") in its handoff"
            ));
        }
        let title = if self.lang() == "fr" {
            "Parlez à la clinique avant de prendre rendez-vous."
        } else {
            "Talk to the clinic before you book."
        };
        let text = v["text"].as_str().unwrap_or("");
        let reasons_have_text = v["reasons"].as_array().is_some_and(|a| a.iter().all(|t| t.as_str().is_some_and(|t| !t.is_empty())));
        if !text.starts_with(title) || v["rules"] != json!(rules) || !reasons_have_text {
            self.fail(format!(
                "the talk-first note should read {title:?} and list the rules {rules:?} in words; found {v}"
            ));
        }
        let phones = strings(&v["phone"]);
        if v["inHandoff"] != json!(true)
            || v["beforeBooking"] != json!(true)
            || !phones.iter().any(|h| h.starts_with("tel:") && digits(h) == PHONE_DIGITS)
        {
            self.fail(format!(
                "the talk-first note should sit in the handoff (.ims-handoff), before the booking link, beside the clinic's phone \
                 (a[data-action=call] with digits {PHONE_DIGITS}); found {v}"
            ));
        }
    }

    /// No "talk to the clinic before you book" note.
    #[track_caller]
    pub fn expect_no_talk_first_note(&self) {
        if self.has("[data-talk-first]") {
            self.fail(format!(
                "this result has no talk-first answer, yet shows the note [data-talk-first]: {:?}",
                self.text("[data-talk-first]")
            ));
        }
    }

    /// The reason for `rule` (e.g. `bleeding/yes`): its `data-level` and the
    /// text of its `.ims-source`; `None` when the result gives no such reason.
    pub fn reason(&self, rule: &str) -> Option<(String, String)> {
        let v = self.js(&format!(
            "(() => {{ const e = {ROOT_JS}.querySelector({}); return e ? [e.dataset.level, e.querySelector('.ims-source')?.innerText.trim() ?? ''] : null; }})()",
            json!(format!(".ims-reason[data-rule=\"{rule}\"]"))
        ));
        v.as_array().map(|a| (a[0].as_str().unwrap_or("").to_string(), a[1].as_str().unwrap_or("").to_string()))
    }

    /// The heading of the reason for `rule` (`.ims-reason-level`: its level's
    /// name and the places it concerns); `None` when there is no such reason.
    pub fn reason_heading(&self, rule: &str) -> Option<String> {
        self.js(&format!(
            "{ROOT_JS}.querySelector({})?.innerText.trim() ?? null",
            json!(format!(".ims-reason[data-rule=\"{rule}\"] .ims-reason-level"))
        ))
        .as_str()
        .map(str::to_string)
    }

    /// The `data-rule` of every reason the result gives.
    pub fn reason_rules(&self) -> Vec<String> {
        strings(&self.js(&format!(
            "[...{ROOT_JS}.querySelectorAll('.ims-reason[data-rule]')].map(e => e.dataset.rule)"
        )))
    }

    /// The `data-region` of each checkbox of the region follow-up
    /// `[data-follow-up="<question>-regions"]`, in order.
    pub fn follow_up_choices(&self, question: &str) -> Vec<String> {
        strings(&self.js(&format!(
            "[...{ROOT_JS}.querySelectorAll({})].map(e => e.dataset.region)",
            json!(format!("[data-follow-up=\"{question}-regions\"] input[data-region]"))
        )))
    }

    /// The values offered by the "where" select of surgery row `i` (0-based),
    /// leaving out the empty "choose a place" option.
    #[track_caller]
    pub fn surgery_site_options(&self, i: usize) -> Vec<String> {
        let v = self.js(&format!(
            "(() => {{ const s = {ROOT_JS}.querySelectorAll('[data-follow-up=\"surgeries\"] select[data-field=\"surgery-region\"]')[{i}]; \
               return s ? [...s.options].map(o => o.value).filter(v => v !== '') : null; }})()"
        ));
        if v.is_null() {
            self.fail(format!("no surgery row {} with a `select[data-field=\"surgery-region\"]`", i + 1));
        }
        strings(&v)
    }

    /// The answers offered by question `q`, in order (`data-answer`).
    pub fn answer_ids(&self, q: &str) -> Vec<String> {
        strings(&self.js(&format!(
            "[...{ROOT_JS}.querySelectorAll({})].map(e => e.dataset.answer)",
            json!(format!("[data-question=\"{q}\"] [data-answer]"))
        )))
    }

    // -----------------------------------------------------------------
    // A journey to each level

    /// From a fresh first step (after opening or Restart), a journey that
    /// ends on `level`, and what its result must show:
    ///
    /// | level | journey | places |
    /// |---|---|---|
    /// | emergency | `stiff-neck-fever` ticked | none asked |
    /// | urgent | `progressive-weakness` ticked | none asked |
    /// | see-doctor | low back and left knee, back-cancer-flags = yes | one level: no list |
    /// | not-suitable | left knee (operated 30 days ago) and low back, pregnant | one level: no list |
    /// | wait | left knee (operated 30 days ago) and left thigh | knee D + 3 months, thigh D + 42 days |
    /// | talk-first | left forearm and neck, bleeding, lymphoedema of the left arm | forearm not-suitable, neck talk-first |
    /// | suitable | low back and left knee, tight muscles | one level: no list |
    #[track_caller]
    pub fn journey_to(&self, level: &str) -> Expected {
        self.expect_first_step();
        let flag = match level {
            "emergency" => Some("stiff-neck-fever"),
            "urgent" => Some("progressive-weakness"),
            _ => None,
        };
        if let Some(flag) = flag {
            self.answer("red-flags-general", flag);
            self.next();
            self.expect_outcome(level, None);
            return Expected { level: level_id(level), until: None, places: vec![] };
        }
        self.answer("red-flags-general", "none");
        self.next_to("where");
        let operated = add_days(&self.today(), -30);
        let expected = match level {
            "see-doctor" => {
                self.region_on_map("low-back");
                self.region_in_list("knee-left");
                self.answer("back-cancer-flags", "yes");
                self.next_to("health");
                self.fill_health(&[]);
                Expected { level: "see-doctor", until: None, places: vec![] }
            }
            "not-suitable" => {
                self.region_in_list("knee-left");
                self.region_in_list("low-back");
                self.answer("back-cancer-flags", "no");
                self.next_to("health");
                self.fill_health(&[("pregnant", "yes"), ("surgery", "yes")]);
                self.surgeries(&[("knee-left", &operated)]);
                Expected { level: "not-suitable", until: None, places: vec![] }
            }
            "wait" => {
                self.region_in_list("knee-left");
                self.region_in_list("thigh-left");
                self.next_to("health");
                self.fill_health(&[("surgery", "yes")]);
                self.surgeries(&[("knee-left", &operated)]);
                Expected {
                    level: "wait",
                    until: Some(add_days(&operated, 42)),
                    places: vec![
                        ("knee-left", "wait", Some(add_months(&operated, 3))),
                        ("thigh-left", "wait", Some(add_days(&operated, 42))),
                    ],
                }
            }
            "talk-first" => {
                self.region_in_list("forearm-left");
                self.region_on_map("neck");
                self.next_to("health");
                self.fill_health(&[("bleeding", "yes"), ("lymphoedema", "yes")]);
                self.region_follow_up("lymphoedema", &["arm-left"]);
                Expected {
                    level: "talk-first",
                    until: None,
                    places: vec![("forearm-left", "not-suitable", None), ("neck", "talk-first", None)],
                }
            }
            "suitable" => {
                self.region_on_map("low-back");
                self.region_in_list("knee-left");
                self.answer("fit-tight-muscles", "yes");
                self.answer("back-cancer-flags", "no");
                self.next_to("health");
                self.fill_health(&[]);
                Expected { level: "suitable", until: None, places: vec![] }
            }
            other => self.fail(format!("no journey to the level {other:?}")),
        };
        self.next();
        self.expect_outcome(expected.level, expected.until.as_deref());
        expected
    }

    /// `[data-action=book]` is a link to exactly the configured URL, opening a
    /// new tab with `rel` containing noopener.
    #[track_caller]
    pub fn expect_book_link(&self) {
        let v = self.js(&format!(
            "(() => {{ const all = [...document.querySelector({HOST:?}).shadowRoot.querySelectorAll('[data-action=book]')]; \
             return all.map(a => ({{ tag: a.tagName, href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') }})); }})()"
        ));
        let links = v.as_array().cloned().unwrap_or_default();
        if links.is_empty() {
            self.fail("the result should offer a booking link [data-action=book]");
        }
        for l in &links {
            let rel = l["rel"].as_str().unwrap_or("");
            if l["tag"] != json!("A")
                || l["href"] != json!(BOOKING_URL)
                || l["target"] != json!("_blank")
                || !rel.split_whitespace().any(|t| t == "noopener")
            {
                self.fail(format!(
                    "booking link should be <a href={BOOKING_URL:?} target=\"_blank\" rel=\"… noopener …\">; got {l}"
                ));
            }
        }
    }

    // -----------------------------------------------------------------
    // Privacy and health of the page

    /// The privacy promise held for the page's whole life so far, and there
    /// were no uncaught exceptions or console errors.
    #[track_caller]
    pub fn expect_clean(&self) {
        let report = match self.page.privacy_report(&self.server.origin()) {
            Ok(r) => r,
            Err(e) => self.fail(format!("privacy report failed: {e}")),
        };
        if !report.is_clean() {
            self.fail(format!("the privacy promise was broken:\n{report}"));
        }
        let exceptions = self.page.exceptions().unwrap_or_default();
        if !exceptions.is_empty() {
            self.fail(format!("uncaught exceptions: {exceptions:#?}"));
        }
        let errors: Vec<String> = self
            .page
            .console_messages()
            .unwrap_or_default()
            .into_iter()
            .filter(|m| m.level == "error")
            .map(|m| format!("[{}] {}", m.source, m.text))
            .collect();
        if !errors.is_empty() {
            self.fail(format!("console errors: {errors:#?}"));
        }
        // Every request stayed on the origin and fetched a static file.
        let requests = self.page.requests().unwrap_or_default();
        let odd: Vec<String> = requests
            .iter()
            .filter(|r| r.method != "GET")
            .map(|r| format!("{} {}", r.method, r.url))
            .collect();
        if !odd.is_empty() {
            self.fail(format!("requests other than GET: {odd:?}"));
        }
    }

    // -----------------------------------------------------------------
    // Dates

    /// The browser's today as YYYY-MM-DD (its local calendar date).
    pub fn today(&self) -> String {
        self.js(
            "(() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); })()",
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    // -----------------------------------------------------------------
    // Screenshots

    /// Scroll the current step into view and save `screenshots/<name>.png`.
    #[track_caller]
    pub fn shot(&self, name: &str) {
        self.js(&format!(
            "(() => {{ const s = {}; if (s) s.scrollIntoView({{ block: 'start', behavior: 'instant' }}); return true; }})()",
            jq("[data-step]")
        ));
        let path = screenshots_dir().join(format!("{name}.png"));
        if let Err(e) = self.page.screenshot(&path) {
            self.fail(format!("screenshot {}: {e}", path.display()));
        }
        // And the whole widget, top to bottom, for what the viewport cuts off.
        let whole = screenshots_dir().join("whole").join(format!("{name}.png"));
        if let Err(e) = self.page.screenshot_element(HOST, &whole) {
            self.fail(format!("screenshot {}: {e}", whole.display()));
        }
    }
}

/// Only the digits of a string.
pub fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

// ---------------------------------------------------------------------------
// Civil dates (proleptic Gregorian), for the expected wait dates.

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn parse_date(s: &str) -> (i64, i64, i64) {
    let p: Vec<i64> = s.split('-').map(|x| x.parse().expect("YYYY-MM-DD")).collect();
    assert_eq!(p.len(), 3, "not YYYY-MM-DD: {s}");
    (p[0], p[1], p[2])
}

fn format_date((y, m, d): (i64, i64, i64)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// `date` plus `n` days (negative to go back).
pub fn add_days(date: &str, n: i64) -> String {
    let (y, m, d) = parse_date(date);
    format_date(civil_from_days(days_from_civil(y, m, d) + n))
}

/// `date` plus `n` calendar months, a day past the month's end clamped to it.
pub fn add_months(date: &str, n: i64) -> String {
    let (y, m, d) = parse_date(date);
    let total = y * 12 + (m - 1) + n;
    let (ny, nm) = (total.div_euclid(12), total.rem_euclid(12) + 1);
    let next_first = if nm == 12 { (ny + 1, 1) } else { (ny, nm + 1) };
    let last = days_from_civil(next_first.0, next_first.1, 1) - days_from_civil(ny, nm, 1);
    format_date((ny, nm, d.min(last)))
}

#[test]
fn date_helpers_follow_the_rules_sheet() {
    // The rules sheet's example: 2025-11-30 → site 2026-02-28, next to it 2026-01-11.
    assert_eq!(add_months("2025-11-30", 3), "2026-02-28");
    assert_eq!(add_days("2025-11-30", 42), "2026-01-11");
    assert_eq!(add_months("2023-11-30", 3), "2024-02-29");
    assert_eq!(add_days("2024-03-01", -1), "2024-02-29");
    assert_eq!(add_months("2024-01-31", 1), "2024-02-29");
    assert_eq!(add_days("2026-01-01", -30), "2025-12-02");
}
