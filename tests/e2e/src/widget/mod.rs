//! The page object of the end-to-end suite: one `<ims-checker>` on a page,
//! driven through its markup contract (`data-step`, `data-question`,
//! `data-answer`, `data-region`, `data-action`, `data-outcome`).
//!
//! - [`site`]: where widgets live (the demo page, or fixture pages beside a
//!   copy of dist/), the browser, failing with a screenshot;
//! - this file: one widget: reading its shadow root, acting on it, waiting;
//! - [`steps`]: moving through the steps and answering;
//! - [`visit`]: whole journeys, each written as what its visitor does
//!   differently from one with nothing to report;
//! - [`result`]: what the result page shows, checked against the facts;
//! - [`handoff`]: the result's ways onward (call, book, email);
//! - [`layout`]: fitting the width, the body map's sides;
//! - [`a11y`]: the accessibility tree: headings, accessible names;
//! - [`clean`]: the privacy promise and the page's health;
//! - [`shots`]: screenshots, checked against the page they show;
//! - [`facts`], [`dates`]: what the tests know without looking;
//! - [`packs`]: the words of the languages other than English, from their packs;
//! - [`axe`]: axe-core's audit of the widget.
//!
//! Every check fails with the test's name, the widget, the current step,
//! the alerts shown and what was expected, and saves a screenshot to
//! `screenshots/failures/<test>.png`.
//!
//! ```no_run
//! use ims_checker_e2e::widget::*;
//! let site = Site::demo("example", DESKTOP);
//! let wg = site.demo_widget();
//! wg.visit(&Visit::new().map("knee-left"), "suitable", None);
//! wg.expect_clean();
//! ```

pub mod a11y;
pub mod axe;
pub mod clean;
pub mod dates;
pub mod facts;
pub mod handoff;
pub mod layout;
pub mod packs;
pub mod result;
pub mod shots;
pub mod site;
pub mod steps;
pub mod visit;

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use serde_json::{json, Value};

use crate::Page;

pub use a11y::AxNode;
pub use axe::axe_source;
pub use clean::Health;
pub use dates::{add_days, add_months, date_in_words, date_labels, month_names, typed_parts};
pub use facts::*;
pub use packs::Pack;
pub use shots::{png_size, Image, Shot};
pub use site::{clinic_page, clinic_page_with, clinics_page, copy_dist, copy_tree, pages_dir, screenshots_dir, Site};
pub use steps::DateField;
pub use visit::Visit;

/// JavaScript: the focused element of the page, looking into shadow roots.
pub const DEEP_ACTIVE_JS: &str = "(() => { let e = document.activeElement; \
while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement; return e; })()";

/// JavaScript: a promise that the page has painted twice and run the tasks
/// queued before each paint (true then).
pub const PAINTED_JS: &str =
    "new Promise((done) => { const frame = (then) => requestAnimationFrame(() => setTimeout(then)); \
frame(() => frame(() => done(true))); })";

/// How a widget's controls are activated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// A mouse click at the control's centre.
    Mouse,
    /// A touch tap at the control's centre (on a page emulating a touch screen).
    Touch,
    /// Focus the control, then press Space.
    Keyboard,
}

/// One `<ims-checker>` on a page, driven through its shadow root.
pub struct Widget<'a> {
    pub site: &'a Site,
    pub page: &'a Page,
    /// The host's selector (for messages; for clicks `host >>> inner`).
    pub host: String,
    /// JavaScript evaluating to the widget's shadow root, or null.
    root: String,
    input: Cell<Input>,
    /// A clinic's own pack on the page, for the words of its language.
    own_pack: RefCell<Option<Arc<packs::Pack>>>,
}

impl<'a> Widget<'a> {
    pub(crate) fn new(site: &'a Site, page: &'a Page, host: String, root: String, input: Input) -> Widget<'a> {
        Widget {
            site,
            page,
            host,
            root,
            input: Cell::new(input),
            own_pack: RefCell::new(None),
        }
    }
}

impl Widget<'_> {
    // -----------------------------------------------------------------
    // Queries

    /// JavaScript: the shadow root, or null.
    pub fn root_js(&self) -> &str {
        &self.root
    }

    /// JavaScript: the first element matching `inner` in the shadow root, or null.
    pub fn q(&self, inner: &str) -> String {
        format!("((r) => r ? r.querySelector({}) : null)({})", json!(inner), self.root)
    }

    /// JavaScript: every element matching `inner` in the shadow root, as an array.
    pub fn qa(&self, inner: &str) -> String {
        format!(
            "((r) => r ? [...r.querySelectorAll({})] : [])({})",
            json!(inner),
            self.root
        )
    }

    /// JavaScript: the focused element inside the widget (looking into
    /// nested shadow roots), or null when the focus is elsewhere.
    pub fn focused_js(&self) -> String {
        format!(
            "((r) => {{ let e = r ? r.activeElement : null; \
             while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement; return e; }})({})",
            self.root
        )
    }

    /// How the widget's controls are activated now.
    pub fn input(&self) -> Input {
        self.input.get()
    }

    /// Activate controls with `input` from now on (e.g. after the page
    /// starts or stops emulating a touch screen).
    pub fn use_input(&self, input: Input) {
        self.input.set(input);
    }

    // -----------------------------------------------------------------
    // Evaluating, waiting, failing

    /// Panic with `msg`, the current step and the alerts shown; save a
    /// screenshot of the page.
    #[track_caller]
    pub fn fail(&self, msg: impl AsRef<str>) -> ! {
        let step = self.current_step().unwrap_or_else(|| "(none)".into());
        let alerts = self.alerts();
        self.site.fail_on(
            self.page,
            format!(
                "<{}>: {}\n  current step: {step}\n  alerts shown: {alerts:?}",
                self.host,
                msg.as_ref()
            ),
        )
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

    /// Whether a JavaScript condition comes to hold within [`WAIT`].
    pub fn holds_within(&self, condition: &str) -> bool {
        self.page.wait_for(condition, WAIT).is_ok()
    }

    /// Wait until the page has painted twice and run the tasks queued before
    /// each paint: whatever the last action set off (a render, a step's body
    /// drawn after the next paint) has happened.
    #[track_caller]
    pub fn settled(&self) {
        if self.js(PAINTED_JS) != json!(true) {
            self.fail("the page did not paint");
        }
    }

    // -----------------------------------------------------------------
    // Reading the widget

    /// `data-step` of the step shown now (none while a new step's body is
    /// being drawn).
    pub fn current_step(&self) -> Option<String> {
        self.page
            .eval(&format!("{}?.dataset.step ?? null", self.q("[data-step]")))
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
    }

    /// `data-error-for` and text of every visible message with text: the
    /// messages beside the fields and any `[role=alert]` (a configuration
    /// problem shows as `?: …`).
    pub fn alerts(&self) -> Vec<String> {
        self.page
            .eval(&format!(
                "{}.filter(e => e.getClientRects().length && e.innerText.trim()) \
                 .map(e => (e.dataset.errorFor || '?') + ': ' + e.innerText.trim().replace(/\\s+/g, ' '))",
                self.qa("[role=alert], [data-error-for]")
            ))
            .map(|v| strings(&v))
            .unwrap_or_default()
    }

    /// The items of `.ims-config-problem` (empty when it is not shown).
    pub fn config_problems(&self) -> Vec<String> {
        self.page
            .eval(&format!(
                "{}.map(e => e.innerText.trim())",
                self.qa(".ims-config-problem li")
            ))
            .map(|v| strings(&v))
            .unwrap_or_default()
    }

    /// Whether an element matches `inner` in the widget now.
    pub fn has(&self, inner: &str) -> bool {
        self.js(&format!("{} !== null", self.q(inner))) == json!(true)
    }

    /// How many elements match `inner` in the widget now.
    pub fn count(&self, inner: &str) -> usize {
        self.js(&format!("{}.length", self.qa(inner))).as_u64().unwrap_or(0) as usize
    }

    /// Visible text (`innerText`) of the element `inner` (fails when there is none).
    #[track_caller]
    pub fn text(&self, inner: &str) -> String {
        let v = self.js(&format!(
            "((e) => e ? (e.innerText ?? e.textContent) : null)({})",
            self.q(inner)
        ));
        match v.as_str() {
            Some(t) => t.to_string(),
            None => self.fail(format!("no element matches `{inner}` (wanted its text)")),
        }
    }

    /// `innerText` of every element matching `inner`.
    pub fn texts(&self, inner: &str) -> Vec<String> {
        strings(&self.js(&format!("{}.map(e => e.innerText)", self.qa(inner))))
    }

    /// An attribute of the element `inner`, `None` when missing (fails when
    /// there is no such element).
    #[track_caller]
    pub fn attr(&self, inner: &str, name: &str) -> Option<String> {
        let v = self.js(&format!(
            "((e) => e ? {{ value: e.getAttribute({}) }} : {{ missing: true }})({})",
            json!(name),
            self.q(inner)
        ));
        if v["missing"] == json!(true) {
            self.fail(format!("no element matches `{inner}` (wanted its `{name}`)"));
        }
        v["value"].as_str().map(str::to_string)
    }

    /// An attribute of every element matching `inner`.
    pub fn attrs(&self, inner: &str, name: &str) -> Vec<String> {
        strings(&self.js(&format!("{}.map(e => e.getAttribute({}))", self.qa(inner), json!(name))))
    }

    /// Whether the form control `inner` is checked (radio/checkbox input, or
    /// `aria-checked="true"` on a map region); fails when there is none.
    #[track_caller]
    pub fn is_checked(&self, inner: &str) -> bool {
        let v = self.js(&format!(
            "((e) => e ? (e.matches('input') ? e.checked : e.getAttribute('aria-checked') === 'true') : null)({})",
            self.q(inner)
        ));
        match v {
            Value::Bool(b) => b,
            _ => self.fail(format!("no control matches `{inner}`")),
        }
    }

    /// Whether the focused element inside the widget matches `inner`.
    pub fn has_focus(&self, inner: &str) -> bool {
        self.js(&format!(
            "((e) => !!e && e.matches({}))({})",
            json!(inner),
            self.focused_js()
        )) == json!(true)
    }

    /// The widget root's `lang` (`.ims`).
    pub fn lang(&self) -> String {
        self.attr(".ims", "lang").unwrap_or_default()
    }

    /// Computed style `props` of each of `selectors` (null when missing),
    /// and for `.ims` also its bounding box width as `box-width`.
    pub fn computed(&self, selectors: &[&str], props: &[&str]) -> Value {
        self.js(&format!(
            "((r) => {{ const out = {{}}; for (const sel of {sels}) {{ const e = r && r.querySelector(sel); \
             if (!e) {{ out[sel] = null; continue; }} const cs = getComputedStyle(e); const o = {{}}; \
             for (const p of {props}) o[p] = cs.getPropertyValue(p); \
             if (sel === '.ims') o['box-width'] = String(Math.round(e.getBoundingClientRect().width * 10) / 10); \
             out[sel] = o; }} return out; }})({root})",
            sels = json!(selectors),
            props = json!(props),
            root = self.root
        ))
    }

    // -----------------------------------------------------------------
    // Acting

    /// Activate the element `inner`: click, tap, or focus and Space (see [`Input`]).
    #[track_caller]
    pub fn act(&self, inner: &str) {
        let sel = format!("{} >>> {inner}", self.host);
        let done = match self.input() {
            Input::Mouse => self.page.click(&sel).map_err(|e| format!("click failed: {e}")),
            Input::Touch => self.page.tap(&sel).map_err(|e| format!("tap failed: {e}")),
            Input::Keyboard => {
                self.wait(
                    &format!("{} !== null", self.q(inner)),
                    format!("no element matches `{inner}`"),
                );
                let v = self.js(&format!(
                    "((e) => {{ if (!e) return 'missing'; e.scrollIntoView({{ block: 'center', behavior: 'instant' }}); \
                     e.focus(); return e.getRootNode().activeElement === e ? 'focused' : 'not focusable'; }})({})",
                    self.q(inner)
                ));
                if v != json!("focused") {
                    self.fail(format!("cannot focus `{inner}` to press Space on it: {v}"));
                }
                self.page
                    .press_key("Space")
                    .map_err(|e| format!("pressing Space on `{inner}` failed: {e}"))
            }
        };
        if let Err(e) = done {
            self.fail(e);
        }
    }
}
