//! The configurator's page object: `configure.html` driven as a new user
//! would, with the keyboard, finding each field by the words of its label
//! (Tab until the focus is on it), reading what the page says beside it.
//!
//! ```no_run
//! use ims_checker_e2e::configurator::Configurator;
//! use ims_checker_e2e::widget::{Site, DESKTOP};
//! let site = Site::demo("example", DESKTOP);
//! let page = site.open_page("configure.html");
//! let c = Configurator::new(&site, &page);
//! c.type_into("Clinic name", "Harbourside Physiotherapy");
//! c.expect_no_message("clinic-name");
//! ```

use std::time::Duration;

use serde_json::{json, Value};

use crate::poll::poll;
use crate::widget::{Site, PAINTED_JS, WAIT};
use crate::Page;

/// The most Tab presses a field is looked for (the page has a few hundred
/// stops: its fields, the preview's checker, the code's buttons).
const MAX_TABS: usize = 900;

/// JavaScript: what the focused element is called: a field's label (without
/// " (required)"), a button's or a summary's text; with its id and tag.
const FOCUSED_JS: &str = "(() => { const e = document.activeElement; if (!e || e === document.body) return null; \
const clean = (t) => (t || '').replace(/\\s+/g, ' ').replace(/ \\(required\\)$/, '').trim(); \
const name = e.labels && e.labels.length ? clean(e.labels[0].textContent) : clean(e.textContent); \
return { name, id: e.id, tag: e.tagName.toLowerCase() }; })()";

/// The configurator on a page.
pub struct Configurator<'a> {
    pub site: &'a Site,
    pub page: &'a Page,
}

impl<'a> Configurator<'a> {
    /// The configurator on `page`, once it has drawn its form.
    #[track_caller]
    pub fn new(site: &'a Site, page: &'a Page) -> Configurator<'a> {
        let c = Configurator { site, page };
        c.wait(
            "document.getElementById('clinic-name') !== null",
            "the configurator never drew its form (#clinic-name)",
        );
        c
    }

    #[track_caller]
    pub fn fail(&self, msg: impl AsRef<str>) -> ! {
        self.site.fail_on(self.page, msg)
    }

    #[track_caller]
    pub fn js(&self, code: &str) -> Value {
        self.site.js_on(self.page, code)
    }

    /// Wait until the JavaScript `condition` holds.
    #[track_caller]
    pub fn wait(&self, condition: &str, what: impl AsRef<str>) {
        if let Err(e) = self.page.wait_for(condition, WAIT) {
            self.fail(format!("{}: {e}", what.as_ref()));
        }
    }

    /// Wait until the page has painted twice after the last key.
    #[track_caller]
    pub fn settled(&self) {
        if self.js(PAINTED_JS) != json!(true) {
            self.fail("the page did not paint");
        }
    }

    #[track_caller]
    fn press(&self, key: &str) {
        if let Err(e) = self.page.press_key(key) {
            self.fail(format!("pressing {key} failed: {e}"));
        }
    }

    /// What the focus is on: its name, id and tag.
    #[track_caller]
    pub fn focused(&self) -> Value {
        self.js(FOCUSED_JS)
    }

    /// Press Tab until the focus is on the field, button or disclosure
    /// called `name`; its element id.
    #[track_caller]
    pub fn tab_to(&self, name: &str) -> String {
        let mut seen = Vec::new();
        for _ in 0..MAX_TABS {
            let focused = self.focused();
            if focused["name"] == json!(name) {
                return focused["id"].as_str().unwrap_or_default().to_string();
            }
            if let Some(found) = focused["name"].as_str() {
                if seen.last().map(String::as_str) != Some(found) {
                    seen.push(found.to_string());
                }
            }
            self.press("Tab");
        }
        let shown: Vec<&String> = seen.iter().take(60).collect();
        self.fail(format!(
            "Tab never reached {name:?} in {MAX_TABS} presses; it went through: {shown:#?}"
        ))
    }

    /// Tab to the field labelled `label`, empty it with the keyboard (End,
    /// then Backspace) and type `text`.
    #[track_caller]
    pub fn type_into(&self, label: &str, text: &str) {
        self.tab_to(label);
        self.empty_focused();
        if let Err(e) = self.page.type_text(text) {
            self.fail(format!("typing into {label:?} failed: {e}"));
        }
        self.settled();
    }

    /// Empty the focused field with the keyboard: select all, delete.
    #[track_caller]
    pub fn empty_focused(&self) {
        if self.js("document.activeElement.value") == json!("") {
            return;
        }
        self.press("Control+a");
        self.press("Backspace");
        self.settled();
        if self.js("document.activeElement.value") != json!("") {
            self.fail("the focused field did not empty");
        }
    }

    /// Tab to the checkbox or radio labelled `label` and press Space.
    #[track_caller]
    pub fn toggle(&self, label: &str) {
        self.tab_to(label);
        self.press("Space");
        self.settled();
    }

    /// Choose the radio labelled `label` as a keyboard does: Tab reaches
    /// its group at the radio chosen now, the arrow keys move the choice.
    #[track_caller]
    pub fn pick(&self, label: &str) {
        let chosen = self.js(&format!(
            "(() => {{ const clean = (t) => t.replace(/\\s+/g, ' ').trim(); \
             const radio = [...document.querySelectorAll('input[type=radio]')].find(r => r.labels.length && clean(r.labels[0].textContent) === {}); \
             const on = radio && [...document.getElementsByName(radio.name)].find(r => r.checked); \
             return on ? clean(on.labels[0].textContent) : null; }})()",
            json!(label)
        ));
        let Some(chosen) = chosen.as_str() else {
            self.fail(format!("no radio labelled {label:?} in a group with a choice"));
        };
        self.tab_to(chosen);
        for _ in 0..10 {
            if self.focused()["name"] == json!(label) {
                self.settled();
                return;
            }
            self.press("ArrowDown");
        }
        self.fail(format!("the arrow keys never reached the radio {label:?}"));
    }

    /// Tab to the button or disclosure called `name` and press Enter.
    #[track_caller]
    pub fn press_button(&self, name: &str) {
        self.tab_to(name);
        self.press("Enter");
        self.settled();
    }

    /// Tab to the list labelled `label` and move its choice with the arrow
    /// keys to the option that reads `option`.
    #[track_caller]
    pub fn choose(&self, label: &str, option: &str) {
        let id = self.tab_to(label);
        let options = self.js(&format!(
            "[...document.getElementById({}).options].map(o => o.textContent.trim())",
            json!(id)
        ));
        let texts: Vec<&str> = options
            .as_array()
            .map(|o| o.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let Some(want) = texts.iter().position(|t| *t == option) else {
            self.fail(format!("{label:?} has no option {option:?}: {texts:?}"));
        };
        for _ in 0..texts.len() {
            let at = self
                .js(&format!("document.getElementById({}).selectedIndex", json!(id)))
                .as_u64()
                .unwrap_or(0) as usize;
            if at == want {
                self.settled();
                return;
            }
            self.press(if at < want { "ArrowDown" } else { "ArrowUp" });
        }
        self.fail(format!("the arrow keys never chose {option:?} in {label:?}"));
    }

    /// The value of the field with element id `id`.
    #[track_caller]
    pub fn value(&self, id: &str) -> String {
        self.js(&format!("document.getElementById({})?.value ?? null", json!(id)))
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| self.fail(format!("no field #{id}")))
    }

    /// What the page says beside the field `id` (its problems), one text each.
    #[track_caller]
    pub fn messages(&self, id: &str) -> Vec<String> {
        let v = self.js(&format!(
            "[...document.querySelectorAll({})].map(p => p.textContent.replace(/^Problem: /, '').trim())",
            json!(format!("[id=\"{id}-msg\"] p, [id=\"{id}-msg\"] li"))
        ));
        v.as_array()
            .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
            .unwrap_or_default()
    }

    /// A message containing `words` comes beside the field `id`, which
    /// assistive technology gets with it (described by it, marked invalid).
    #[track_caller]
    pub fn expect_message(&self, id: &str, words: &str) {
        let found = poll(
            WAIT,
            Duration::from_millis(50),
            || {
                let messages = self.messages(id);
                if messages.iter().any(|m| m.contains(words)) {
                    Ok(())
                } else {
                    Err(format!("{messages:?}"))
                }
            },
            |_| {},
        );
        if let Err(messages) = found {
            self.fail(format!(
                "beside #{id} the page should say something with {words:?}; it says {messages}"
            ));
        }
        let tied = self.js(&format!(
            "(() => {{ const e = document.getElementById({}); return !!e && \
             (e.getAttribute('aria-describedby') || '').split(' ').includes({}); }})()",
            json!(id),
            json!(format!("{id}-msg"))
        ));
        if tied != json!(true) {
            self.fail(format!("#{id} is not described by its message #{id}-msg"));
        }
    }

    /// Nothing is said beside the field `id`.
    #[track_caller]
    pub fn expect_no_message(&self, id: &str) {
        self.settled();
        let messages = self.messages(id);
        if !messages.is_empty() {
            self.fail(format!(
                "beside #{id} the page should say nothing; it says {messages:?}"
            ));
        }
    }

    /// The code to paste, as the page shows it.
    #[track_caller]
    pub fn code(&self) -> String {
        self.value("code")
    }

    /// The rules sheet's text, once it shows `words` (it is drawn again a
    /// moment after the settings change).
    #[track_caller]
    pub fn sheet_with(&self, words: &str) -> String {
        self.wait(
            &format!(
                "(document.querySelector('.cfg-sheet')?.textContent ?? '').includes({})",
                json!(words)
            ),
            format!("the rules sheet should come to say {words:?}"),
        );
        self.js("document.querySelector('.cfg-sheet').innerText")
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// The paths of every request the page made, without the origin.
    pub fn requests(&self) -> Vec<String> {
        self.site.request_paths(self.page)
    }
}
