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

    /// The per-region result for `region` is `level` (with `until` for wait).
    #[track_caller]
    pub fn expect_region_outcome(&self, region: &str, level: &str, until: Option<&str>) {
        let all = self.js(&format!(
            "[...document.querySelector({HOST:?}).shadowRoot.querySelectorAll('[data-region-outcome]')]\
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

    /// The handoff links for `level`: book link exactly the configured URL
    /// (new tab, noopener) where booking is offered, none for emergency;
    /// emergency calls 911; print, copy and restart are offered.
    #[track_caller]
    pub fn expect_handoff(&self, level: &str) {
        let book = "[data-action=book]";
        // Per the facts' handoff table, booking is offered only for
        // `suitable` and `wait` (for after the date).
        if !matches!(level, "suitable" | "wait") && self.has(book) {
            self.fail(format!(
                "a {level} result must not offer the booking link [data-action=book] (handoff for {level} is not booking)"
            ));
        }
        match level {
            "emergency" => {
                let calls = self.js(&format!(
                    "[...document.querySelector({HOST:?}).shadowRoot.querySelectorAll('[data-action=call]')].map(a => a.getAttribute('href'))"
                ));
                if calls != json!([EMERGENCY_TEL]) {
                    self.fail(format!(
                        "an emergency result should offer exactly one call link, href {EMERGENCY_TEL:?}; found {calls}"
                    ));
                }
            }
            "suitable" | "wait" => {
                self.expect_book_link();
            }
            _ => {}
        }
        if matches!(level, "see-doctor" | "not-suitable" | "talk-first" | "suitable" | "wait") {
            let href = self.attr("[data-action=call]", "href").unwrap_or_default();
            if !href.starts_with("tel:") || digits(&href) != PHONE_DIGITS {
                self.fail(format!(
                    "a {level} result should offer the clinic's phone as [data-action=call] href tel:+1-604-555-0142 (digits {PHONE_DIGITS}); got {href:?}"
                ));
            }
        }
        if level == "talk-first" {
            let mail = self.js(&format!(
                "[...document.querySelector({HOST:?}).shadowRoot.querySelectorAll('[data-step=result] a[href^=\"mailto:\"]')].map(a => a.getAttribute('href'))"
            ));
            let found = mail
                .as_array()
                .map(|a| a.iter().any(|h| h.as_str().is_some_and(|h| h.starts_with(&format!("mailto:{EMAIL}")))))
                .unwrap_or(false);
            if !found {
                self.fail(format!(
                    "a talk-first result should offer the clinic's email (a mailto:{EMAIL} link); mailto links found: {mail}"
                ));
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
