//! Moving through the widget's four steps: what each step must look like on
//! arrival (focus, progress), answering, choosing places and the follow-ups
//! (whole journeys are in [`super::visit`]).

use serde_json::json;

use super::dates::{date_labels, month_names, typed_parts};
use super::facts::{HEALTH_DEFAULTS, STEPS};
use super::Widget;

impl Widget<'_> {
    // -----------------------------------------------------------------
    // Arriving on a step

    /// The widget has rendered its root `.ims` with a heading (for checks
    /// that do not depend on the step markup).
    #[track_caller]
    pub fn expect_rendered(&self) {
        self.wait(
            &format!("{} !== null", self.q(".ims h2")),
            "the widget never rendered (no `.ims h2` in its shadow root)",
        );
    }

    /// The first step is shown.
    #[track_caller]
    pub fn expect_first_step(&self) {
        self.wait(
            &format!("{}?.dataset.step === 'warning'", self.q("[data-step]")),
            "the widget never showed its first step ([data-step=\"warning\"])",
        );
    }

    /// The widget shows its first step as the page loaded: "Step 1 of 4"
    /// (or French), and it has not pulled the host page's focus into itself
    /// (focus moves to a heading only on a step change).
    #[track_caller]
    pub fn expect_start(&self) {
        self.expect_first_step();
        self.expect_progress("warning");
        if self.js(&format!("{} !== null", self.focused_js())) == json!(true) {
            self.fail(format!(
                "on first render the widget took the page's focus (focus is on {}); it should move focus only on a step change",
                self.page.active_element().unwrap_or_default()
            ));
        }
    }

    /// Step `step` is shown, alone, its progress reads "Step N of 4" (or the
    /// French "Étape N sur 4", or the language's) and its `h2` heading has
    /// the focus.
    #[track_caller]
    pub fn expect_step(&self, step: &str) {
        self.wait(
            &format!("{}?.dataset.step === {}", self.q("[data-step]"), json!(step)),
            format!("expected step `{step}`"),
        );
        let shown = self.count("[data-step]");
        if shown != 1 {
            self.fail(format!("{shown} elements with [data-step] shown at once; expected 1"));
        }
        self.expect_heading_focused(step);
        self.expect_progress(step);
        self.expect_page_announced_once();
    }

    /// The focus on the page's heading is the one announcement of a page
    /// change: no live region or alert in the widget says the heading's
    /// words again.
    #[track_caller]
    pub fn expect_page_announced_once(&self) {
        let repeated = self.js(&format!(
            "((r) => {{ const title = r.querySelector('[data-step] h2')?.innerText.split('\\n').pop().trim();                return [...r.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')]                  .filter(e => title && e.innerText.includes(title)).map(e => e.outerHTML.slice(0, 120)); }})({})",
            self.root_js()
        ));
        if repeated.as_array().is_some_and(|a| !a.is_empty()) {
            self.fail(format!(
                "a live region repeats the page's heading, so a screen reader hears the page change twice: {repeated}"
            ));
        }
    }

    /// The `h2` of step `step` has the focus, or the heading its body marks
    /// `data-focus-first` (the result's headline).
    #[track_caller]
    pub fn expect_heading_focused(&self, step: &str) {
        let cond = format!(
            "((e) => !!e && /^H[1-6]$/.test(e.tagName) && e.closest('[data-step]')?.dataset.step === {} && \
             e === (e.closest('[data-step]').querySelector('[data-focus-first]') ?? e.closest('[data-step]').querySelector('h2')))({})",
            json!(step),
            self.focused_js()
        );
        if !self.holds_within(&cond) {
            let focused = self.page.active_element().unwrap_or_default();
            let heading = self.page.eval(&format!(
                "((s) => {{ const h = s && s.querySelector('h2'); return h ? h.innerText : 'no h2 in the step'; }})({})",
                self.q("[data-step]")
            ));
            self.fail(format!(
                "on entering step `{step}` the focus should be on its h2 ({}); it is on: {focused}",
                heading.map(|v| v.to_string()).unwrap_or_default()
            ));
        }
    }

    /// `.ims-progress` reads "Question N of M" / "Question N sur M" (in
    /// another language, its pack's `words.part_of`, in its digits), M the
    /// pages of questions the answers call for, and the bar beside it shows
    /// M segments, the Nth current; on the result, no number and every
    /// segment done. `step` is the step the page must be on.
    #[track_caller]
    pub fn expect_progress(&self, step: &str) {
        if !STEPS.contains(&step) {
            self.fail(format!("unknown step {step:?}"));
        }
        let bar = self.js(&format!(
            "{}.map(d => [d.classList.contains('ims-dot--current'), d.classList.contains('ims-dot--done'), d.getBoundingClientRect().height])",
            self.qa(".ims-steps .ims-dot")
        ));
        let segments = bar.as_array().cloned().unwrap_or_default();
        let total = segments.len();
        let got = self.js(&format!("{}?.innerText ?? null", self.q(".ims-progress")));
        let got = got
            .as_str()
            .unwrap_or("(no .ims-progress)")
            .replace(['\u{a0}', '\u{202f}'], " ");
        let visible = segments.iter().all(|s| s[2].as_f64().is_some_and(|h| h >= 4.0));
        if step == "result" {
            let all_done = segments.iter().all(|s| s[0] == json!(false) && s[1] == json!(true));
            if !got.trim().is_empty() || !all_done || !visible || total == 0 {
                self.fail(format!(
                    "progress on the result: expected no number and every segment done; got {got:?}, {bar}"
                ));
            }
            return;
        }
        let current: Vec<usize> = segments
            .iter()
            .enumerate()
            .filter(|(_, s)| s[0] == json!(true))
            .map(|(i, _)| i + 1)
            .collect();
        let [n] = current[..] else {
            self.fail(format!(
                "progress bar on step `{step}`: expected one current segment; got {bar}"
            ));
        };
        let ordered = segments.iter().enumerate().all(|(i, s)| s[1] == json!(i + 1 < n));
        let want = match self.lang().as_str() {
            "en" => format!("Question {n} of {total}"),
            "fr" => format!("Question {n} sur {total}"),
            _ => self
                .words()
                .text("words.part_of")
                .replace("{n}", &self.words().number(n))
                .replace("{total}", &self.words().number(total)),
        };
        if got.trim() != want || !ordered || !visible || total < 4 {
            self.fail(format!(
                "progress on step `{step}`: expected {want:?} over {total} visible segments, the earlier done; got {got:?}, {bar}"
            ));
        }
    }

    // -----------------------------------------------------------------
    // Moving

    /// Press Next (or "See my result").
    #[track_caller]
    pub fn next(&self) {
        self.act("[data-action=next]");
    }

    /// Press Back.
    #[track_caller]
    pub fn back(&self) {
        self.act("[data-action=back]");
    }

    /// Press Next and expect another page (`data-page`) with its heading
    /// focused, and no problem to fix.
    #[track_caller]
    pub fn next_page(&self) -> String {
        let from = self.current_page();
        self.next();
        self.wait(
            &format!(
                "((p, s) => (!!p && p.dataset.page !== {}) || !!s)({}, {})",
                json!(from),
                self.q("[data-page]"),
                self.q(".ims-error-summary")
            ),
            format!("Next from page {from:?} showed neither another page nor a list of problems"),
        );
        if self.has(".ims-error-summary") {
            let problems = self.text(".ims-error-summary");
            self.fail(format!("Next from page {from:?} was blocked: {problems}"));
        }
        self.expect_page_left(from, "Next")
    }

    /// After `what` (Next, Back, a key) on page `from`: another page shows,
    /// drawn whole, its heading focused; returns its `data-page`.
    #[track_caller]
    pub fn expect_page_left(&self, from: Option<String>, what: &str) -> String {
        self.wait(
            &format!(
                "((p) => !!p && p.dataset.page !== {})({})",
                json!(from),
                self.q("[data-page]")
            ),
            format!("{what} on page {from:?} did not change the page"),
        );
        let step = self.current_step().unwrap_or_default();
        self.expect_step(&step);
        self.current_page().unwrap_or_default()
    }

    /// Press Next (page after page, for a step of several) and expect `step`.
    #[track_caller]
    pub fn next_to(&self, step: &str) {
        let from = self.current_step();
        for _ in 0..8 {
            self.next_page();
            let now = self.current_step();
            if now.as_deref() == Some(step) {
                return;
            }
            if now != from {
                self.fail(format!("Next went from step {from:?} to {now:?}, not to `{step}`"));
            }
        }
        self.fail(format!("eight pages of Next never reached step `{step}`"));
    }

    /// Press Back until page `page` (its `data-page`) shows, each page's
    /// heading taking the focus.
    #[track_caller]
    pub fn back_to_page(&self, page: &str) {
        for _ in 0..8 {
            let from = self.current_page();
            self.back();
            if self.expect_page_left(from, "Back") == page {
                return;
            }
        }
        self.fail(format!("eight pages of Back never reached page `{page}`"));
    }

    /// Press Next until page `page` (its `data-page`) shows.
    #[track_caller]
    pub fn next_to_page(&self, page: &str) {
        for _ in 0..8 {
            if self.next_page() == page {
                return;
            }
        }
        self.fail(format!("eight pages of Next never reached page `{page}`"));
    }

    /// The current page's `data-page`.
    pub fn current_page(&self) -> Option<String> {
        self.js(&format!("{}?.dataset.page ?? null", self.q("[data-page]")))
            .as_str()
            .map(str::to_string)
    }

    /// Press Next and expect to stay on the page, on step `step`, with the
    /// list of problems at its top holding the focus, naming `error_for`'s
    /// problem with a link, and the message beside `error_for` itself.
    #[track_caller]
    pub fn next_blocked(&self, step: &str, error_for: &str) {
        let page = self.current_page();
        self.next();
        let inline = format!("[data-error-for=\"{error_for}\"]");
        self.wait(
            &format!(
                "((e) => !!e && e.getClientRects().length > 0 && e.innerText.trim().length > 0)({})",
                self.q(&inline)
            ),
            format!("Next with a missing or wrong answer should show a visible `{inline}` with text"),
        );
        // A wrong page change would have drawn the next page by now.
        self.settled();
        match self.current_step() {
            Some(s) if s == step && self.current_page() == page => {}
            other => self.fail(format!(
                "Next left `{step}` (page {page:?}) for {other:?} although `{inline}` is shown"
            )),
        }
        self.expect_error_summary(error_for);
    }

    /// The list of problems: one, focused, with no live alert beside it
    /// (one announcement), and a line for `error_for` that reads as the
    /// message beside it.
    #[track_caller]
    pub fn expect_error_summary(&self, error_for: &str) {
        let summaries = self.count(".ims-error-summary");
        if summaries != 1 {
            self.fail(format!("{summaries} lists of problems shown; expected 1"));
        }
        let focused = format!(
            "((e) => !!e && e.classList.contains('ims-error-summary'))({})",
            self.focused_js()
        );
        if !self.holds_within(&focused) {
            self.fail(format!(
                "after a blocked Next the focus should be on the list of problems; it is on {}",
                self.page.active_element().unwrap_or_default()
            ));
        }
        let alerts = self.count(".ims-step [role=alert]");
        if alerts != 0 {
            self.fail(format!(
                "{alerts} live regions or alerts beside the focused list of problems: a screen reader would hear the problems twice"
            ));
        }
        self.expect_error_summary_names(error_for);
    }

    /// A line of the list of problems reads as the message beside
    /// `error_for`, which names its question.
    #[track_caller]
    pub fn expect_error_summary_names(&self, error_for: &str) {
        let inline = self.text(&format!("[data-error-for=\"{error_for}\"]"));
        // The message names its question (the legend, without "(required)");
        // an operation's messages name their row instead.
        let legend = self.js(&format!(
            "{}?.innerText.split(' (')[0].trim() ?? ''",
            self.q(&format!(
                "[data-question=\"{error_for}\"] > legend, [data-follow-up=\"{error_for}\"] > legend"
            ))
        ));
        if let Some(legend) = legend.as_str().filter(|l| !l.is_empty() && error_for != "surgeries") {
            if !inline.contains(legend) {
                self.fail(format!(
                    "the message beside `{error_for}` should name its question {legend:?}; it reads {inline:?}"
                ));
            }
        }
        let lines = self.js(&format!(
            "{}.map(e => e.innerText.trim())",
            self.qa(".ims-error-summary li")
        ));
        let named = lines.as_array().is_some_and(|l| {
            l.iter()
                .any(|line| line.as_str().is_some_and(|t| inline.contains(t) && !t.is_empty()))
        });
        if !named {
            self.fail(format!(
                "the list of problems {lines} has no line matching the message beside `{error_for}`: {inline:?}"
            ));
        }
    }

    /// Follow the list of problems' link for `error_for`'s question and
    /// expect the focus inside it, its start in view.
    #[track_caller]
    pub fn follow_error_link(&self, error_for: &str) {
        let link = format!(".ims-error-summary a[data-error-link*='\"{error_for}\"']");
        if !self.has(&link) {
            self.fail(format!("no link `{link}` in the list of problems"));
        }
        self.act(&link);
        let inside = format!(
            "((e, r) => !!e && !!r && (e.closest('[data-question=\"{error_for}\"], [data-follow-up=\"{error_for}\"]') !== null \
               || e.closest('fieldset')?.querySelector(':scope > [data-error-for=\"{error_for}\"]') != null))({}, {})",
            self.focused_js(),
            self.root_js()
        );
        if !self.holds_within(&inside) {
            self.fail(format!(
                "the link for `{error_for}` should move the focus into it; the focus is on {}",
                self.page.active_element().unwrap_or_default()
            ));
        }
        let seen = self.js(&format!(
            "((q) => {{ const r = q.getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight; }})({})",
            self.q(&format!(
                "[data-question=\"{error_for}\"], [data-follow-up=\"{error_for}\"], fieldset > [data-error-for=\"{error_for}\"]"
            ))
        ));
        if seen != json!(true) {
            self.fail(format!(
                "after the link for `{error_for}`, the start of its question is not in view"
            ));
        }
    }

    /// Press "Start over" and expect its question, with the focus on it,
    /// on the same step (nothing cleared yet).
    #[track_caller]
    pub fn ask_restart(&self) {
        let step = self.current_step();
        self.act("[data-action=restart]");
        self.expect_restart_opened();
        if self.current_step() != step {
            self.fail(format!("pressing Start over left the step {step:?} before any answer"));
        }
    }

    /// "Start over" sits apart from Back and Next: outside Next's row, and
    /// at least a finger's width (44 px) from either.
    #[track_caller]
    pub fn expect_restart_apart(&self) {
        let v = self.js(&format!(
            "((r) => {{ const restart = r.querySelector('[data-action=restart]'); \
               if (!restart) return 'missing'; \
               if (restart.closest('.ims-nav')) return 'inside the row of Next'; \
               const a = restart.getBoundingClientRect(); \
               const gap = (b) => Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom); \
               const near = [...r.querySelectorAll('[data-action=back], [data-action=next]')] \
                 .map(e => [e.dataset.action, Math.round(gap(e.getBoundingClientRect()))]).filter(([, g]) => g < 44); \
               return near.length ? `${{near.map(([w, g]) => w + ' ' + g + ' px away').join(', ')}}` : 'apart'; }})({})",
            self.root_js()
        ));
        if v != json!("apart") {
            self.fail(format!("Start over should sit at least 44 px from Back and Next: {v}"));
        }
    }

    /// The question "Start over?" is shown and has the focus.
    #[track_caller]
    pub fn expect_restart_opened(&self) {
        self.expect_restart_question(true);
        self.wait(
            &format!("{} === {}", self.focused_js(), self.q("[data-confirm=restart] p")),
            "the focus should move to the question \"Start over?\" when it opens",
        );
    }

    /// The question "Start over?" is gone and "Start over" has the focus again.
    #[track_caller]
    pub fn expect_restart_closed(&self) {
        self.expect_restart_question(false);
        self.wait(
            &format!("{} === {}", self.focused_js(), self.q("[data-action=restart]")),
            "after \"No, keep my answers\" the focus should be back on Start over",
        );
    }

    /// Whether the question "Start over?" is shown, waiting until it is `open` or not.
    #[track_caller]
    pub fn expect_restart_question(&self, open: bool) {
        let shown = format!(
            "((e) => !!e && e.getClientRects().length > 0)({})",
            self.q("[data-confirm=restart]")
        );
        let condition = if open { shown } else { format!("!{shown}") };
        self.wait(
            &condition,
            format!(
                "the question \"Start over?\" should be {}",
                if open { "shown" } else { "gone" }
            ),
        );
        let expanded = self.attr("[data-action=restart]", "aria-expanded");
        if expanded.as_deref() != Some(if open { "true" } else { "false" }) {
            self.fail(format!(
                "Start over has aria-expanded={expanded:?} with the question open={open}"
            ));
        }
    }

    /// Answer the question "Start over?" with "No, keep my answers": the
    /// question closes and the focus is back on "Start over".
    #[track_caller]
    pub fn keep_answers(&self) {
        self.act("[data-action=restart-no]");
        self.expect_restart_closed();
    }

    /// Start over and confirm: back to a fresh first step.
    #[track_caller]
    pub fn restart(&self) {
        self.ask_restart();
        self.act("[data-action=restart-yes]");
        self.expect_step("warning");
    }

    /// Tick "None of these" on both pages of the warning signs (fresh, or
    /// after Restart) and go on to `where`.
    #[track_caller]
    pub fn pass_warning(&self) {
        self.expect_first_step();
        self.expect_progress("warning");
        self.answer("red-flags-general", "none");
        if self.next_page() != "warning-more" {
            self.fail("the warning signs' first page should lead to their second (`warning-more`)");
        }
        self.answer("red-flags-general", "none");
        self.next_to("where");
    }

    /// Pick `lang` in the language menu (`select[data-action=lang]`: set
    /// the value, then `change`, as a visitor's pick does) and wait until
    /// the widget's root `.ims` has `lang` = `lang` (its pack fetched if it
    /// was not here yet).
    #[track_caller]
    pub fn switch_lang(&self, lang: &str) {
        let v = self.js(&format!(
            "((e) => {{ if (!e) return {{ missing: true }}; \
             if (![...e.options].some(o => o.value === {value})) \
               return {{ options: [...e.options].map(o => o.value) }}; \
             e.focus(); e.value = {value}; \
             e.dispatchEvent(new Event('change', {{ bubbles: true, composed: true }})); \
             return {{ value: e.value }}; }})({})",
            self.q("select[data-action=lang]"),
            value = json!(lang)
        ));
        if v.get("missing").is_some() {
            self.fail("no language menu (`select[data-action=lang]`)");
        }
        if let Some(options) = v.get("options") {
            self.fail(format!("the language menu has no {lang:?}; it offers {options}"));
        }
        self.wait(
            &format!("{}?.getAttribute('lang') === {}", self.q(".ims"), json!(lang)),
            format!("after picking {lang:?} in the language menu the widget root .ims should have lang={lang:?}"),
        );
    }

    // -----------------------------------------------------------------
    // Answering

    /// Choose answer `a` of question `q` and check it took. A question on
    /// a later page of the step is reached by Next, page by page.
    #[track_caller]
    pub fn answer(&self, q: &str, a: &str) {
        self.reach_question(q);
        // A checklist's item, or a sign that fits (a box of the page about the pain).
        if self.has(&format!("[data-listed=\"{q}\"], [data-check=\"{q}\"]")) {
            return self.answer_item(q, a);
        }
        let sel = format!("[data-question=\"{q}\"] [data-answer=\"{a}\"]");
        // A warning sign of the second page: "None of these" on the first.
        if self.current_page().as_deref() == Some("warning") && a != "none" && !self.has(&sel) {
            self.answer(q, "none");
            self.next_page();
        }
        self.wait(
            &format!("{} !== null", self.q(&sel)),
            format!("answer `{sel}` never appeared"),
        );
        if self.is_checked(&sel) {
            return;
        }
        self.act(&sel);
        self.wait(
            &format!("{}?.checked === true", self.q(&sel)),
            format!("activating `{sel}` did not check it"),
        );
    }

    /// Give checklist item `q` the answer `a`: `no` unticked (when "Yes"
    /// shows the boxes), `not-sure` picked under "I'm not sure about one of
    /// these", any other ticked under "Yes" (and, where the tick asks
    /// which, `a` picked under it). A sign that fits is a box of its own.
    #[track_caller]
    pub fn answer_item(&self, q: &str, a: &str) {
        let tick = |sel: &str, on: bool| {
            self.wait(&format!("{} !== null", self.q(sel)), format!("`{sel}` never appeared"));
            if self.is_checked(sel) != on {
                self.act(sel);
                self.wait(
                    &format!("{}?.checked === {on}", self.q(sel)),
                    format!("activating `{sel}` did not make it {on}"),
                );
            }
        };
        let item = format!("[data-check=\"{q}\"]");
        match a {
            "no" => {
                if self.has(&item) {
                    tick(&item, false);
                }
            }
            "not-sure" => {
                tick("[data-check=\"not-sure\"]", true);
                tick(&format!("[data-unsure=\"{q}\"]"), true);
            }
            _ => {
                if self.has(&format!("[data-listed=\"{q}\"]")) {
                    tick("[data-check=\"some\"]", true);
                }
                tick(&item, true);
                self.settled();
                let detail = format!("[data-item=\"{q}\"] [data-question=\"{q}\"]");
                if self.has(&detail) {
                    tick(&format!("{detail} [data-answer=\"{a}\"]"), true);
                }
            }
        }
    }

    /// What the current page needs before Next, when nothing is given yet:
    /// "Me" for who the check is for, "No, none of these" on a checklist
    /// with no answer chosen.
    #[track_caller]
    pub fn complete_page(&self) {
        self.settled();
        if self.current_page().as_deref() == Some("for-whom") && !self.has("[data-question=\"for-whom\"] input:checked")
        {
            self.answer("for-whom", "me");
        }
        if self.has("[data-checklist]") && !self.has("[data-checklist] input:checked") {
            self.act("[data-check=\"none\"]");
            self.wait(
                &format!("{}?.checked === true", self.q("[data-check=\"none\"]")),
                "\"No, none of these\" was not chosen",
            );
        }
    }

    /// The list `list` that `question`'s "yes" asks for, shown: "yes" given
    /// (a checklist's tick) unless the list shows already, then on to the
    /// page after the checklists, where the lists are.
    #[track_caller]
    pub fn reach_follow_up(&self, question: &str, list: &str) {
        self.settled();
        if self.has(list) {
            return;
        }
        self.answer(question, "yes");
        self.settled();
        if !self.has(list) && self.current_page().as_deref() != Some("details") {
            self.next_page();
        }
    }

    /// Whether the main button says "See my result": the last page of questions.
    pub fn is_last_question_page(&self) -> bool {
        let label = self.text("[data-action=next]");
        let want = match self.lang().as_str() {
            "en" => "See my result".to_string(),
            _ => self.words().text("words.see_result").to_string(),
        };
        label.trim() == want
    }

    /// Go on by Next, page by page within the step, until question `q`
    /// shows (at once if it does), answering on the way what a page needs
    /// (see [`Widget::complete_page`]).
    #[track_caller]
    pub fn reach_question(&self, q: &str) {
        let question = format!("[data-question=\"{q}\"], [data-check=\"{q}\"], [data-listed=\"{q}\"]");
        let step = self.current_step();
        self.settled();
        while !self.has(&question) {
            let last = self.current_page();
            if !matches!(step.as_deref(), Some("where" | "health")) {
                return;
            }
            self.complete_page();
            self.next_page();
            if self.current_step() != step {
                self.fail(format!("question `{q}` is on no page after {last:?} of step {step:?}"));
            }
        }
    }

    /// Answer the health step page by page: who the check is for ("me"
    /// unless `overrides` says `for-whom`), each checklist's items ticked
    /// for their override (else "No, none of these"), each other question its
    /// override or the answer that adds nothing. Ends on the last page of
    /// questions, Next not pressed.
    #[track_caller]
    pub fn fill_health(&self, overrides: &[(&str, &str)]) {
        self.fill_health_looking(overrides, &|| {});
    }

    /// [`Widget::fill_health`], calling `look` on each page as it arrives.
    #[track_caller]
    pub fn fill_health_looking(&self, overrides: &[(&str, &str)], look: &dyn Fn()) {
        let given = |q: &str| overrides.iter().find(|(oq, _)| *oq == q).map(|(_, a)| *a);
        for _ in 0..10 {
            self.settled();
            look();
            if self.current_page().as_deref() == Some("for-whom") {
                self.answer("for-whom", given("for-whom").unwrap_or("me"));
            }
            for item in self.attrs("[data-listed]", "data-listed") {
                if let Some(a) = given(&item) {
                    self.answer_item(&item, a);
                }
            }
            for q in self.attrs(
                "[data-question]:not([data-question=\"for-whom\"]):not([data-item] [data-question])",
                "data-question",
            ) {
                let default = HEALTH_DEFAULTS.iter().find(|(d, _)| *d == q).map_or("no", |(_, a)| *a);
                self.answer(&q, given(&q).unwrap_or(default));
            }
            self.complete_page();
            if self.is_last_question_page() {
                return;
            }
            self.next_page();
        }
        self.fail("ten pages of health questions never reached the last one");
    }

    /// Choose a region on the body map (`path[role=checkbox]`) and check the
    /// map and the chosen places agree it is chosen. Shows the map first if
    /// the list of places shows instead.
    #[track_caller]
    pub fn region_on_map(&self, id: &str) {
        self.show_places("map");
        let map = format!(".ims-map-view:not(.ims-map-view--hidden) path[role=checkbox][data-region=\"{id}\"]");
        // On a touch screen the map shows one side at a time: turn it over
        // when the region is on the other side.
        if !self.has(&map) {
            self.act(".ims-map-switch-button[aria-pressed=false]");
            self.wait(
                &format!("{} !== null", self.q(&map)),
                format!("region `{id}` is on neither side of the map"),
            );
        }
        self.act(&map);
        self.expect_region_chosen(id, true);
    }

    /// Choose a region in the list of places (`input[type=checkbox][data-region]`)
    /// and check the list and the chosen places agree it is chosen. Shows the
    /// list first if the map shows instead.
    #[track_caller]
    pub fn region_in_list(&self, id: &str) {
        self.show_places("list");
        self.act(&format!("input[type=checkbox][data-region=\"{id}\"]"));
        self.expect_region_chosen(id, true);
    }

    /// Tick "Pain in many places" and check it took.
    #[track_caller]
    pub fn widespread(&self) {
        let sel = "input[data-region=\"widespread\"]";
        self.act(sel);
        self.wait(
            &format!("{}?.checked === true", self.q(sel)),
            "the widespread option did not become checked",
        );
    }

    /// Shows the body map (`"map"`) or the list of places (`"list"`) on the
    /// "where" step: the list is a disclosure, `[data-action=place-list]`,
    /// and the map hides while it is open.
    #[track_caller]
    pub fn show_places(&self, which: &str) {
        let list = which == "list";
        if self.has(".ims-list[open]") != list {
            self.act("[data-action=place-list]");
        }
        self.wait(
            &format!(
                "{} === {list} && {}?.getBoundingClientRect().width {}",
                self.q(".ims-list[open]") + " !== null",
                self.q(".ims-map-views"),
                if list { "=== 0" } else { "> 0" }
            ),
            format!("[data-action=place-list] did not show the {which} alone"),
        );
    }

    /// The map's region(s), the list's box for `id` (shown or not) and the
    /// chosen places' chips all say `chosen`.
    #[track_caller]
    pub fn expect_region_chosen(&self, id: &str, chosen: bool) {
        let state_js = format!(
            "((r) => r && ({{ map: [...r.querySelectorAll('.ims-where path[data-region=\"{id}\"]')] \
               .map(p => [p.getAttribute('aria-checked'), p.classList.contains('ims-map-region--selected')]), \
             list: r.querySelector('input[type=checkbox][data-region=\"{id}\"]')?.checked ?? null, \
             chip: r.querySelector('[data-remove-region=\"{id}\"]') !== null }}))({})",
            self.root_js()
        );
        // A checkbox path says it by aria-checked, every copy by its class.
        let cond = format!(
            "((s) => !!s && (s.map.length > 0 || s.list !== null) && s.chip === {chosen} && \
               (s.list === null || s.list === {chosen}) && \
               s.map.every(([checked, selected]) => selected === {chosen} && (checked === null || (checked === 'true') === {chosen})))({state_js})"
        );
        if !self.holds_within(&cond) {
            let state = self.js(&state_js);
            self.fail(format!(
                "region `{id}` should be {} on the body map (aria-checked, class) or in the list, and among the chips; found {state}",
                if chosen { "chosen" } else { "not chosen" }
            ));
        }
    }

    /// Answer `surgery` = yes and describe the operations `(region, date)`,
    /// adding rows with `[data-action=add-surgery]` as needed.
    #[track_caller]
    pub fn surgeries(&self, ops: &[(&str, &str)]) {
        let box_ = "[data-follow-up=\"surgeries\"]";
        self.reach_follow_up("surgery", box_);
        self.wait(
            &format!("{} !== null", self.q(box_)),
            format!("`{box_}` did not appear after surgery = yes"),
        );
        let rows = format!("{box_} [data-surgery]");
        for (i, (region, date)) in ops.iter().enumerate() {
            if self.count(&rows) <= i {
                self.act(&format!("{box_} [data-action=add-surgery]"));
                let want = i + 1;
                self.wait(
                    &format!("{}.length >= {want}", self.qa(&rows)),
                    format!("add-surgery did not add row {want}"),
                );
            }
            self.surgery_row(i, region, date);
        }
    }

    /// Fill row `i` (0-based) of the surgeries follow-up: choose `region` in
    /// its select (set the value, then `input` and `change`) and type `date`
    /// (YYYY-MM-DD) into its day, month and year fields.
    #[track_caller]
    pub fn surgery_row(&self, i: usize, region: &str, date: &str) {
        let n = i + 1;
        let v = self.js(&format!(
            "((all) => {{ const e = all[{i}]; if (!e) return {{ missing: all.length }}; \
             if (![...e.options].some(o => o.value === {value})) \
               return {{ options: [...e.options].map(o => o.value) }}; \
             e.focus(); e.value = {value}; \
             e.dispatchEvent(new Event('input', {{ bubbles: true, composed: true }})); \
             e.dispatchEvent(new Event('change', {{ bubbles: true, composed: true }})); \
             return {{ value: e.value }}; }})({})",
            self.qa("[data-follow-up=\"surgeries\"] [data-field=\"surgery-region\"]"),
            value = json!(region)
        ));
        if let Some(m) = v.get("missing") {
            self.fail(format!(
                "surgery row {n}: no `[data-field=\"surgery-region\"]` (found {m} such fields)"
            ));
        }
        if let Some(opts) = v.get("options") {
            self.fail(format!(
                "surgery row {n}: the region select has no option `{region}`; options: {opts}"
            ));
        }
        if v["value"] != json!(region) {
            self.fail(format!(
                "surgery row {n}: the region select did not take {region:?}; holds {}",
                v["value"]
            ));
        }
        let [day, month, year] = typed_parts(date);
        self.type_surgery_date(i, [&day, &month, &year]);
    }

    /// The labels of the date fields in the widget's language, `[day, month,
    /// year]`, and its twelve month names: English and French as the tests
    /// know them ([`date_labels`], [`month_names`]), any other language from
    /// its pack.
    pub fn date_words(&self) -> ([String; 3], [String; 12]) {
        let lang = self.lang();
        if matches!(lang.as_str(), "en" | "fr") {
            return (
                date_labels(&lang).map(str::to_string),
                month_names(&lang).map(str::to_string),
            );
        }
        let words = self.words();
        (
            std::array::from_fn(|n| words.text(&format!("words.date_labels.{n}")).to_string()),
            std::array::from_fn(|n| words.text(&format!("words.months.{n}")).to_string()),
        )
    }

    /// Enter `[day, month, year]` into operation row `i`'s date, as a
    /// visitor does: each field found by its label in the widget's language
    /// (see [`Widget::date_words`]). The day and the year are typed: the
    /// field focused, what it holds selected and deleted, `text` typed (an
    /// empty one leaves the field empty), then Tab (leaving the field
    /// commits it). The month (a number, "11", or empty) is picked by its
    /// name in the month menu ("November"), which sends `input` and
    /// `change` as a pick does.
    #[track_caller]
    pub fn type_surgery_date(&self, i: usize, parts: [&str; 3]) {
        let (labels, months) = self.date_words();
        let month_name = match parts[1] {
            "" => String::new(),
            number => match number.parse::<usize>() {
                Ok(n @ 1..=12) => months[n - 1].clone(),
                _ => self.fail(format!(
                    "surgery row {}: the month is picked by name; {number:?} is no month from 1 to 12",
                    i + 1
                )),
            },
        };
        let row = self.q(&format!("[data-follow-up=\"surgeries\"] [data-surgery=\"{i}\"]"));
        for (part, (label, text)) in labels.iter().zip(parts).enumerate() {
            if part == 1 {
                let v = self.js(&format!(
                    "((row) => {{ if (!row) return 'no row'; \
                     const label = [...row.querySelectorAll('label')].find(l => l.textContent.trim() === {label}); \
                     const menu = label && label.control; \
                     if (!menu || menu.tagName !== 'SELECT') return 'no month menu labelled ' + {label} + ': ' + (menu ? menu.tagName : 'none'); \
                     const option = [...menu.options].find(o => o.text.trim() === {name}); \
                     if (!option) return 'no month named ' + {name} + ' among ' + JSON.stringify([...menu.options].map(o => o.text)); \
                     menu.scrollIntoView({{ block: 'center', behavior: 'instant' }}); \
                     menu.focus(); menu.value = option.value; \
                     menu.dispatchEvent(new Event('input', {{ bubbles: true, composed: true }})); \
                     menu.dispatchEvent(new Event('change', {{ bubbles: true, composed: true }})); \
                     return 'picked'; }})({row})",
                    label = json!(label),
                    name = json!(month_name)
                ));
                if v != json!("picked") {
                    self.fail(format!(
                        "surgery row {}: cannot pick the month {month_name:?}: {v}",
                        i + 1
                    ));
                }
                continue;
            }
            let v = self.js(&format!(
                "((row) => {{ if (!row) return 'no row'; \
                 const label = [...row.querySelectorAll('label')].find(l => l.textContent.trim() === {label}); \
                 const field = label && label.control; \
                 if (!field) return 'no field labelled ' + {label}; \
                 field.scrollIntoView({{ block: 'center', behavior: 'instant' }}); \
                 field.focus(); field.select(); \
                 return field.getRootNode().activeElement === field ? 'focused' : 'not focusable'; }})({row})",
                label = json!(label)
            ));
            if v != json!("focused") {
                self.fail(format!(
                    "surgery row {}: cannot type into the date field `{label}`: {v}",
                    i + 1
                ));
            }
            let typed = self
                .page
                .press_key("Delete")
                .and_then(|()| self.page.type_text(text))
                .and_then(|()| self.page.press_key("Tab"));
            if let Err(e) = typed {
                self.fail(format!(
                    "surgery row {}: typing {text:?} as the `{label}` failed: {e}",
                    i + 1
                ));
            }
        }
        let shown = self.surgery_date_fields(i);
        let month_value = parts[1].parse::<usize>().map(|n| n.to_string()).unwrap_or_default();
        let wanted: Vec<(String, String)> = labels
            .iter()
            .zip([parts[0].to_string(), month_value, parts[2].to_string()])
            .map(|(label, text)| (label.clone(), text))
            .collect();
        let mut held: Vec<(String, String)> = shown.iter().map(|f| (f.label.clone(), f.value.clone())).collect();
        held.sort_by_key(|(label, _)| wanted.iter().position(|(l, _)| l == label));
        if held != wanted {
            self.fail(format!(
                "surgery row {}: the date fields should hold {wanted:?} (the month as its option's number); they hold {held:?}",
                i + 1
            ));
        }
    }

    /// The date read back in words under operation row `i`'s fields (empty
    /// until the date is whole), and its `data-date-entered` (YYYY-MM-DD).
    pub fn surgery_date_entered(&self, i: usize) -> (String, String) {
        let v = self.js(&format!(
            "((e) => e ? [e.innerText.trim().replace(/\\s+/g, ' '), e.dataset.dateEntered ?? ''] : null)({})",
            self.q(&format!(
                "[data-follow-up=\"surgeries\"] [data-surgery=\"{i}\"] .ims-date-entered"
            ))
        ));
        match (v[0].as_str(), v[1].as_str()) {
            (Some(text), Some(date)) => (text.to_string(), date.to_string()),
            _ => self.fail(format!(
                "operation row {} reads no date back (.ims-date-entered)",
                i + 1
            )),
        }
    }

    /// Operation row `i`'s date fields in the order they appear on screen
    /// (top to bottom, then left to right): label, value, `data-field` and
    /// the field's attributes a visitor's keyboard and screen reader go by.
    #[track_caller]
    pub fn surgery_date_fields(&self, i: usize) -> Vec<DateField> {
        let v = self.js(&format!(
            "((row) => row ? [...row.querySelectorAll('input[data-field^=\"surgery-\"], select[data-field^=\"surgery-\"]')].map(f => {{ \
               const r = f.getBoundingClientRect(); \
               return {{ label: f.labels.length ? f.labels[0].textContent.trim() : '', value: f.value, \
                 field: f.dataset.field, id: f.id, top: r.top, left: r.left, width: r.width, \
                 inputmode: f.getAttribute('inputmode'), autocomplete: f.getAttribute('autocomplete'), \
                 invalid: f.getAttribute('aria-invalid') === 'true', \
                 described: (f.getAttribute('aria-describedby') || '').split(' ').filter(Boolean) \
                   .map(id => row.getRootNode().getElementById(id)?.innerText.trim().replace(/\\s+/g, ' ') ?? '(missing ' + id + ')').join(' | ') }}; }}) \
               : null)({})",
            self.q(&format!("[data-follow-up=\"surgeries\"] [data-surgery=\"{i}\"]"))
        ));
        let Some(fields) = v.as_array() else {
            self.fail(format!("no operation row {}", i + 1));
        };
        let mut fields: Vec<DateField> = fields
            .iter()
            .map(|f| DateField {
                label: f["label"].as_str().unwrap_or_default().to_string(),
                value: f["value"].as_str().unwrap_or_default().to_string(),
                field: f["field"].as_str().unwrap_or_default().to_string(),
                id: f["id"].as_str().unwrap_or_default().to_string(),
                top: f["top"].as_f64().unwrap_or_default(),
                left: f["left"].as_f64().unwrap_or_default(),
                width: f["width"].as_f64().unwrap_or_default(),
                inputmode: f["inputmode"].as_str().map(str::to_string),
                autocomplete: f["autocomplete"].as_str().map(str::to_string),
                invalid: f["invalid"] == json!(true),
                described_by: f["described"].as_str().unwrap_or_default().to_string(),
            })
            .collect();
        // Fields on one line differ in top by less than a line.
        fields.sort_by(|a, b| {
            ((a.top / 20.0).round(), a.left)
                .partial_cmp(&((b.top / 20.0).round(), b.left))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        fields.retain(|f| f.field != "surgery-region");
        fields
    }

    /// The text of every visible message (`[data-error-for]`) inside operation row `i`.
    pub fn surgery_row_messages(&self, i: usize) -> Vec<String> {
        super::strings(&self.js(&format!(
            "{}.filter(e => e.getClientRects().length).map(e => e.innerText.trim().replace(/\\s+/g, ' '))",
            self.qa(&format!(
                "[data-follow-up=\"surgeries\"] [data-surgery=\"{i}\"] [data-error-for]"
            ))
        )))
    }

    /// Operation row `i`'s date group: the legend and the hint its
    /// `aria-describedby` points to, white space as plain spaces (fails when
    /// there is no such group).
    #[track_caller]
    pub fn surgery_date_group(&self, i: usize) -> (String, String) {
        let v = self.js(&format!(
            "((row) => {{ const group = row && row.querySelector('fieldset'); \
               if (!group) return null; \
               const hint = (group.getAttribute('aria-describedby') || '').split(' ').filter(Boolean) \
                 .map(id => row.getRootNode().getElementById(id)?.innerText.trim().replace(/\\s+/g, ' ') ?? '').join(' '); \
               return [group.querySelector('legend')?.innerText.trim() ?? '', hint]; }})({})",
            self.q(&format!("[data-follow-up=\"surgeries\"] [data-surgery=\"{i}\"]"))
        ));
        match (v[0].as_str(), v[1].as_str()) {
            (Some(legend), Some(hint)) => (legend.to_string(), hint.to_string()),
            _ => self.fail(format!("operation row {} has no fieldset for its date", i + 1)),
        }
    }

    /// Each operation row as its fields hold it: the region and the date
    /// typed, as YYYY-MM-DD when it is all digits (as typed otherwise).
    pub fn surgery_entries(&self) -> Vec<(String, String)> {
        let rows = self.count("[data-follow-up=\"surgeries\"] [data-surgery]");
        (0..rows)
            .map(|i| {
                let region = self.js(&format!(
                    "{}?.value ?? ''",
                    self.q(&format!("[data-surgery=\"{i}\"] [data-field=\"surgery-region\"]"))
                ));
                let fields = self.surgery_date_fields(i);
                let part = |name: &str| {
                    fields
                        .iter()
                        .find(|f| f.field == format!("surgery-{name}"))
                        .map(|f| f.value.clone())
                        .unwrap_or_default()
                };
                let (day, month, year) = (part("day"), part("month"), part("year"));
                let date = match (day.parse::<u32>(), month.parse::<u32>()) {
                    (Ok(d), Ok(m)) => format!("{year}-{m:02}-{d:02}"),
                    _ => format!("{year}-{month}-{day}"),
                };
                (region.as_str().unwrap_or_default().to_string(), date)
            })
            .collect()
    }

    /// Answer `question` = yes and tick `areas` (limb or region ids) in its
    /// follow-up list `[data-follow-up="<question>-regions"]`.
    #[track_caller]
    pub fn region_follow_up(&self, question: &str, areas: &[&str]) {
        let list = format!("[data-follow-up=\"{question}-regions\"]");
        self.reach_follow_up(question, &list);
        self.wait(
            &format!("{} !== null", self.q(&list)),
            format!("`{list}` did not appear after {question} = yes"),
        );
        for area in areas {
            let sel = format!("{list} input[data-region=\"{area}\"]");
            self.wait(&format!("{} !== null", self.q(&sel)), format!("no checkbox `{sel}`"));
            if !self.is_checked(&sel) {
                self.act(&sel);
            }
            self.wait(
                &format!("{}?.checked === true", self.q(&sel)),
                format!("`{sel}` did not become checked"),
            );
        }
    }

    /// The browser's today as YYYY-MM-DD (its local calendar date).
    pub fn today(&self) -> String {
        self.js(
            "(() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); })()",
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
    }
}

impl Widget<'_> {
    // -----------------------------------------------------------------
    // Reading the questions

    /// The answers offered by question `q`, in order (`data-answer`).
    pub fn answer_ids(&self, q: &str) -> Vec<String> {
        super::strings(&self.js(&format!(
            "{}.map(e => e.dataset.answer)",
            self.qa(&format!("[data-question=\"{q}\"] [data-answer]"))
        )))
    }

    /// The label shown for answer `a` of question `q`.
    #[track_caller]
    pub fn answer_label(&self, q: &str, a: &str) -> String {
        let sel = format!("[data-question=\"{q}\"] [data-answer=\"{a}\"]");
        let v = self.js(&format!("{}?.closest('label')?.innerText.trim() ?? null", self.q(&sel)));
        match v.as_str() {
            Some(t) => t.to_string(),
            None => self.fail(format!("no label for the answer `{sel}`")),
        }
    }

    /// The `data-region` of each checkbox of the region follow-up
    /// `[data-follow-up="<question>-regions"]`, in order.
    pub fn follow_up_choices(&self, question: &str) -> Vec<String> {
        super::strings(&self.js(&format!(
            "{}.map(e => e.dataset.region)",
            self.qa(&format!("[data-follow-up=\"{question}-regions\"] input[data-region]"))
        )))
    }

    /// The values offered by the "where" select of surgery row `i` (0-based),
    /// leaving out the empty "choose a place" option.
    #[track_caller]
    pub fn surgery_site_options(&self, i: usize) -> Vec<String> {
        let v = self.js(&format!(
            "((s) => s ? [...s.options].map(o => o.value).filter(v => v !== '') : null)({}[{i}])",
            self.qa("[data-follow-up=\"surgeries\"] select[data-field=\"surgery-region\"]")
        ));
        if v.is_null() {
            self.fail(format!(
                "no surgery row {} with a `select[data-field=\"surgery-region\"]`",
                i + 1
            ));
        }
        super::strings(&v)
    }
}

/// One of an operation's date fields, as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct DateField {
    /// Its label's text: "Month", "Jour".
    pub label: String,
    pub value: String,
    /// `data-field`: `surgery-day`, `surgery-month`, `surgery-year`.
    pub field: String,
    pub id: String,
    pub top: f64,
    pub left: f64,
    pub width: f64,
    pub inputmode: Option<String>,
    pub autocomplete: Option<String>,
    /// `aria-invalid="true"`.
    pub invalid: bool,
    /// The texts its `aria-describedby` points to (white space as plain
    /// spaces), joined by " | ".
    pub described_by: String,
}
