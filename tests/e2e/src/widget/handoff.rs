//! The result's ways onward: the links the facts' handoff table gives each
//! level, the booking link exactly as configured, the clinic's phone, and
//! the talk-first note before booking.

use serde_json::{json, Value};

use super::dates::date_in_words;
use super::facts::{
    digits, handoff_actions_for, strings, tel_digits, BOOKING_URL, EMAIL, EMERGENCY_TEL, NURSE_TEL, PHONE_DIGITS,
    WAIT_TALK_FIRST_ACTIONS,
};
use super::Widget;

impl Widget<'_> {
    /// The result's links as `(data-action, href)`, in order: the handoff
    /// the level calls for (`.ims-actions`), and any other link in the
    /// result (its action prefixed `outside .ims-actions: `).
    pub fn result_links(&self) -> Vec<(String, String)> {
        let v = self.js(&format!(
            "{}.map(a => [(a.closest('.ims-actions') ? '' : 'outside .ims-actions: ') + (a.dataset.action ?? '(no data-action)'), a.getAttribute('href') ?? ''])",
            self.qa("[data-step=result] a")
        ));
        v.as_array()
            .into_iter()
            .flatten()
            .map(|l| {
                (
                    l[0].as_str().unwrap_or("").to_string(),
                    l[1].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    }

    /// The result offers exactly the ways onward `actions` (`data-action`,
    /// in order) in its handoff, and no other link.
    #[track_caller]
    pub fn expect_handoff_actions(&self, actions: &[&str]) {
        let links = self.result_links();
        let got: Vec<&str> = links.iter().map(|(a, _)| a.as_str()).collect();
        if got != actions {
            self.fail(format!(
                "expected the result's links to be exactly the handoff {actions:?}, in that order; found [action, href] {links:?}"
            ));
        }
    }

    /// The booking links' hrefs, exactly as in the markup.
    pub fn book_hrefs(&self) -> Vec<String> {
        self.attrs("[data-action=book]", "href")
    }

    /// The widget offers exactly one booking link: `<a href="{url}"
    /// target="_blank" rel="… noopener …">`, the URL exactly as configured.
    #[track_caller]
    pub fn expect_book_link(&self, url: &str) {
        let v = self.js(&format!(
            "{}.map(a => ({{ tag: a.tagName, href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') }}))",
            self.qa("[data-action=book]")
        ));
        let links = v.as_array().cloned().unwrap_or_default();
        if links.len() != 1 {
            self.fail(format!(
                "expected exactly one booking link [data-action=book] with href exactly {url:?}; found {v}"
            ));
        }
        for l in &links {
            let rel = l["rel"].as_str().unwrap_or("");
            if l["tag"] != json!("A")
                || l["href"] != json!(url)
                || l["target"] != json!("_blank")
                || !rel.split_whitespace().any(|t| t == "noopener")
            {
                self.fail(format!(
                    "the booking link should be <a href={url:?} target=\"_blank\" rel=\"… noopener …\">; got {l}"
                ));
            }
        }
    }

    /// The result offers the clinic's phone `phone` as a `tel:` link that
    /// shows it.
    #[track_caller]
    pub fn expect_phone_link(&self, phone: &str) {
        let want = format!("tel:{}", tel_digits(phone));
        let hrefs = self.attrs("[data-action=call]", "href");
        if !hrefs.contains(&want) {
            self.fail(format!(
                "expected a call link [data-action=call] with href {want:?} (the configured phone {phone:?}); found {hrefs:?}"
            ));
        }
        let texts = self.texts("[data-action=call]");
        if !texts.iter().any(|t| t.contains(phone)) {
            self.fail(format!(
                "expected a call link showing the phone {phone:?}; call links read {texts:?}"
            ));
        }
    }

    /// The handoff for `level`, as the facts' table gives it for the demo
    /// clinic (phone, email, booking link and nurse line all configured):
    /// exactly the links of [`handoff_actions_for`] in that order, and no
    /// other link anywhere in the result; the emergency number `tel:911`, the
    /// nurse line `tel:811`, `call` always the clinic's phone, the booking
    /// link exactly the configured URL (labelled in the widget's language,
    /// for `wait` with the same day as the headline, in English or French);
    /// print, copy and restart offered.
    #[track_caller]
    pub fn expect_handoff(&self, level: &str) {
        let lang = self.lang();
        let fr = lang == "fr";
        if !matches!(lang.as_str(), "en" | "fr") && matches!(level, "emergency" | "urgent") {
            self.fail(format!(
                "the words of the {level} result's handoff are known in en and fr only, not in {lang:?}"
            ));
        }
        let v = self.js(&format!(
            "((r) => {{ const res = r.querySelector('[data-outcome]'); return {{ \
               until: res ? res.getAttribute('data-until') : null, \
               result: (res?.innerText ?? '').replace(/\\s+/g, ' '), \
               links: [...r.querySelectorAll('[data-step=result] a')].map(a => ({{ action: a.dataset.action ?? null, \
                 inActions: a.closest('.ims-actions') !== null, href: a.getAttribute('href'), \
                 text: a.innerText.trim().replace(/\\s+/g, ' '), classes: a.className }})) }}; }})({})",
            self.root_js()
        ));
        let links = v["links"].as_array().cloned().unwrap_or_default();
        let actions: Vec<&str> = links
            .iter()
            .map(|l| {
                if l["inActions"] == json!(true) {
                    l["action"].as_str().unwrap_or("(no data-action)")
                } else {
                    "(outside .ims-actions)"
                }
            })
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
                            if level == "emergency" {
                                " with the class ims-button--emergency"
                            } else {
                                " without the emergency button's class"
                            }
                        ));
                    }
                }
                "call-nurse" => {
                    // Labelled by why one would call it: not sure where to
                    // go (urgent), no family doctor (see-doctor).
                    let why = match (level, fr) {
                        ("urgent", false) => "Not sure where to go? Call the nurse line (811)",
                        ("urgent", true) => "Vous ne savez pas où aller\u{202f}? Appeler la ligne infirmière (811)",
                        (_, false) => "No family doctor? Call the nurse line (811)",
                        (_, true) => "Pas de médecin de famille\u{202f}? Appeler la ligne infirmière (811)",
                    };
                    let known = matches!(lang.as_str(), "en" | "fr");
                    // (The page's text has its white space as plain spaces.)
                    if href != NURSE_TEL || !text.contains("811") || (known && text != why.replace('\u{202f}', " ")) {
                        self.fail(format!(
                            "the nurse line should be <a href={NURSE_TEL:?}> reading {why:?}; got {l}"
                        ));
                    }
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
                    let want_label = match (v["until"].as_str(), lang.as_str()) {
                        (Some(until), "en") if level == "wait" => format!("Book from {}", date_in_words(until, "en")),
                        (Some(until), "fr") if level == "wait" => {
                            format!("Prendre rendez-vous à partir du {}", date_in_words(until, "fr"))
                        }
                        (Some(_), _) if level == "wait" => self.fail(format!(
                            "a wait's date in words is known in en and fr only, not in {lang:?}"
                        )),
                        (_, "en") => "Book an assessment".to_string(),
                        (_, "fr") => "Prendre rendez-vous pour une évaluation".to_string(),
                        _ => self.words().text("words.book").to_string(),
                    };
                    if !text.starts_with(&want_label) {
                        self.fail(format!(
                            "a {level} result's booking link should read {want_label:?}; it reads {text:?}"
                        ));
                    }
                }
                _ => {}
            }
        }
        if want.contains(&"book") {
            self.expect_book_link(BOOKING_URL);
        }
        let result = v["result"].as_str().unwrap_or("").replace('\u{2019}', "'");
        if level == "urgent" {
            let care = if fr {
                "Allez aujourd'hui à l'urgence d'un hôpital ou dans un centre de soins d'urgence et de soins primaires (UPCC)."
            } else {
                "Go today to an emergency department or an urgent and primary care centre (UPCC)."
            };
            if !result.contains(care) {
                self.fail(format!(
                    "an urgent result should say where to go today, {care:?}; it reads {result:?}"
                ));
            }
        }
        if result.to_lowercase().contains("walk-in") || result.contains("sans rendez-vous") {
            self.fail(format!(
                "a {level} result should never mention a walk-in visit; it reads {result:?}"
            ));
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
    /// listing exactly `rules` (e.g. `bleeding/yes`), beside the demo
    /// clinic's phone.
    #[track_caller]
    pub fn expect_talk_first_note(&self, rules: &[&str]) {
        let v = self.js(&format!(
            "((r) => {{ const n = r.querySelector('[data-talk-first]'); if (!n) return null; \
               const book = r.querySelector('[data-action=book]'); const handoff = n.closest('.ims-handoff'); \
               const tell = n.querySelector('[data-tell]'); \
               return {{ text: n.innerText.replace(/\\s+/g, ' ').trim(), rules: tell ? tell.dataset.tell.split(' ').filter(r => r) : [], \
                 reasons: tell ? [tell.innerText.trim()] : [], \
                 inHandoff: handoff !== null, \
                 beforeBooking: !book || !!(n.compareDocumentPosition(book) & Node.DOCUMENT_POSITION_FOLLOWING), \
                 phone: handoff ? [...handoff.querySelectorAll('a[data-action=call]')].map(a => a.getAttribute('href')) : [] }}; }})({})",
            self.root_js()
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
        let reasons_have_text = v["reasons"]
            .as_array()
            .is_some_and(|a| a.iter().all(|t| t.as_str().is_some_and(|t| !t.is_empty())));
        if !text.starts_with(title) || v["rules"] != json!(rules) || !reasons_have_text {
            self.fail(format!(
                "the talk-first note should read {title:?} and list the rules {rules:?} in words; found {v}"
            ));
        }
        let phones = strings(&v["phone"]);
        if v["inHandoff"] != json!(true)
            || v["beforeBooking"] != json!(true)
            || !phones
                .iter()
                .any(|h| h.starts_with("tel:") && digits(h) == PHONE_DIGITS)
        {
            self.fail(format!(
                "the talk-first note should sit in the handoff (.ims-handoff), before the booking link, beside the clinic's phone \
                 (a[data-action=call] with digits {PHONE_DIGITS}); found {v}"
            ));
        }
    }

    /// A `wait` result with a talk-first reason offers exactly
    /// [`WAIT_TALK_FIRST_ACTIONS`]: the clinic's phone as the main action
    /// (the primary button), booking from the date as the second, in words
    /// naming the same day as the headline, then the email; no other link.
    #[track_caller]
    pub fn expect_talk_first_wait_handoff(&self) {
        self.expect_handoff_actions(&WAIT_TALK_FIRST_ACTIONS);
        let v = self.js(&format!(
            "((r) => [...r.querySelectorAll('.ims-actions a')].map(a => ({{ action: a.dataset.action, \
               primary: a.classList.contains('ims-button--primary'), text: a.innerText.trim().replace(/\\s+/g, ' ') }})))({})",
            self.root_js()
        ));
        let primaries: Vec<&str> = v
            .as_array()
            .into_iter()
            .flatten()
            .filter(|a| a["primary"] == json!(true))
            .filter_map(|a| a["action"].as_str())
            .collect();
        if primaries != ["call"] {
            self.fail(format!(
                "a wait with a talk-first reason should make the clinic's phone its one main action; the main ones are {primaries:?}: {v}"
            ));
        }
        if matches!(self.lang().as_str(), "en" | "fr") {
            let until = self.attr("[data-outcome]", "data-until").unwrap_or_default();
            let want = if self.lang() == "fr" {
                format!("Prendre rendez-vous à partir du {}", date_in_words(&until, "fr"))
            } else {
                format!("Book from {}", date_in_words(&until, "en"))
            };
            let book = v[1]["text"].as_str().unwrap_or_default();
            if !book.starts_with(&want) {
                self.fail(format!("the second action should read {want:?}; it reads {book:?}"));
            }
        }
        self.expect_book_link(BOOKING_URL);
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
}
