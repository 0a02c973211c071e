//! The result page, checked against the facts: the overall level and its
//! date, each place's level (a per-place list only when places differ, no
//! place reading better than the whole result), the verdict's look, "What
//! to expect", and the reasons given.

use serde_json::{json, Value};

use super::dates::date_in_words;
use super::facts::{map_mark, may_be_needled, severity, strings, Expected, LEVELS};
use super::Widget;

impl Widget<'_> {
    /// The result shows `level` overall, with `data-until` = `until` (only
    /// for wait; otherwise there must be none), reached by a step change
    /// (see [`Widget::expect_step`]).
    #[track_caller]
    pub fn expect_outcome(&self, level: &str, until: Option<&str>) {
        self.expect_step("result");
        self.check_outcome(level, until);
    }

    /// Like [`Widget::expect_outcome`] without the step-change checks (for
    /// a result re-rendered in place, e.g. after a language switch, or one
    /// that no longer has the focus).
    #[track_caller]
    pub fn check_outcome(&self, level: &str, until: Option<&str>) {
        let v = self.js(&format!(
            "((e) => e ? [e.dataset.outcome, e.getAttribute('data-until')] : [null, null])({})",
            self.q("[data-outcome]")
        ));
        let got_level = v[0].as_str();
        let got_until = v[1].as_str();
        if got_level != Some(level) || got_until != until {
            let text = self.js(&format!("{}?.innerText ?? ''", self.q("[data-step=result]")));
            self.fail(format!(
                "result: expected data-outcome={level:?} data-until={until:?}, got data-outcome={got_level:?} data-until={got_until:?}\n  result text: {}",
                text.as_str().unwrap_or("").replace('\n', " | ")
            ));
        }
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

    // -----------------------------------------------------------------
    // Places

    /// The per-place list as `region=level`, in order (empty when the places
    /// do not differ and no list is shown).
    pub fn places(&self) -> Vec<String> {
        strings(&self.js(&format!(
            "{}.map(e => e.dataset.region + '=' + e.dataset.regionOutcome)",
            self.qa("[data-region-outcome]")
        )))
    }

    /// The per-place result for `region` is `level` (with `until` for wait).
    /// The per-place list shows only when places differ; where it must not
    /// show, use [`Widget::expect_no_place_list`].
    #[track_caller]
    pub fn expect_region_outcome(&self, region: &str, level: &str, until: Option<&str>) {
        let all = self.js(&format!(
            "{}.map(e => [e.dataset.region, e.dataset.regionOutcome, e.getAttribute('data-until')])",
            self.qa("[data-region-outcome]")
        ));
        let mine: Vec<&Value> = all
            .as_array()
            .map(|a| a.iter().filter(|r| r[0] == json!(region)).collect())
            .unwrap_or_default();
        let ok = !mine.is_empty() && mine.iter().all(|r| r[1] == json!(level) && r[2].as_str() == until);
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
        let mut shown = strings(&self.js(&format!(
            "{}.map(e => e.dataset.region)",
            self.qa("[data-region-outcome]")
        )));
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
            "((r) => ({{ \
               places: [...r.querySelectorAll('[data-region-outcome]')].map(e => e.dataset.region + '=' + e.dataset.regionOutcome), \
               list: r.querySelector('.ims-places') !== null, map: r.querySelector('.ims-result-map') !== null, \
               marks: [...r.querySelectorAll('[data-step=result] [data-mark]')].map(e => (e.dataset.region || e.tagName) + '=' + e.dataset.mark) }}))({})",
            self.root_js()
        ));
        if v["places"] != json!([]) || v["list"] != json!(false) || v["map"] != json!(false) || v["marks"] != json!([])
        {
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
        let v = self.js(&format!(
            "((r) => {{ const res = r.querySelector('[data-outcome]'); \
               return {{ overall: res ? res.dataset.outcome : null, \
                 verdictGlyph: r.querySelector('.ims-verdict-badge')?.textContent.trim() ?? null, \
                 places: [...r.querySelectorAll('[data-region-outcome]')].map(e => ({{ region: e.dataset.region, level: e.dataset.regionOutcome, \
                   classes: [...e.classList], glyph: e.querySelector('.ims-place-glyph')?.textContent.trim() ?? '', \
                   levelText: (e.querySelector('.ims-place-level')?.innerText ?? '').trim() }})), \
                 marks: [...r.querySelectorAll('.ims-result-map path[data-mark]')].map(p => [p.dataset.region, p.dataset.mark]), \
                 legend: [...r.querySelectorAll('.ims-result-map li[data-mark]')].map(l => l.dataset.mark) }}; }})({})",
            self.root_js()
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
                problems.push(format!(
                    "`{region}` reads {level}, better than the whole result ({overall})"
                ));
            }
            let classes = strings(&p["classes"]);
            if !classes.iter().any(|c| *c == format!("ims-place--{level}")) {
                problems.push(format!(
                    "`{region}` ({level}) lacks the class ims-place--{level}: {classes:?}"
                ));
            }
            if level != "suitable" && classes.iter().any(|c| c == "ims-place--suitable") {
                problems.push(format!("`{region}` is {level} yet carries .ims-place--suitable"));
            }
            let glyph = p["glyph"].as_str().unwrap_or("");
            if (glyph == suitable_glyph) != (level == "suitable") {
                problems.push(format!(
                    "`{region}` ({level}) shows the glyph {glyph:?}; ✓ belongs to `suitable` only"
                ));
            }
            let text = p["levelText"].as_str().unwrap_or("");
            let name = self.level_name(level);
            if !text.starts_with(&name) {
                problems.push(format!(
                    "`{region}` ({level}) reads {text:?}; expected it to start with {name:?}"
                ));
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
                problems.push(format!(
                    "the result body map marks `{region}` ({}) which the per-place list does not name",
                    m[1]
                ));
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

    // -----------------------------------------------------------------
    // The verdict

    /// The verdict looks like its level: the result carries only the class
    /// `ims-result--<level>`, the headline names the level in the widget's
    /// language (for `wait`, with its date in words, in English or French),
    /// and an emergency's call button is the result's
    /// first link and its largest button.
    #[track_caller]
    pub fn expect_level_look(&self, level: &str) {
        let lang = self.lang();
        let v = self.js(&format!(
            "((r) => {{ const res = r.querySelector('[data-outcome]'); if (!res) return null; \
               const first = r.querySelector('[data-step=result] a'); \
               const buttons = [...r.querySelectorAll('[data-step=result] .ims-button')].map(b => [b.dataset.action ?? b.tagName, b.getBoundingClientRect().height]); \
               return {{ classes: [...res.classList], until: res.getAttribute('data-until'), \
                 title: r.querySelector('.ims-verdict-title')?.innerText.trim() ?? null, \
                 first: first ? [first.dataset.action ?? null, first.className] : null, buttons }}; }})({})",
            self.root_js()
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
        let name = self.level_name(level);
        let want = match v["until"].as_str() {
            Some(until) if level == "wait" => {
                let from = match lang.as_str() {
                    "en" => "from",
                    "fr" => "à partir du",
                    _ => self.fail(format!(
                        "a wait's date in words is known in en and fr only, not in {lang:?}"
                    )),
                };
                format!("{name} ({from} {})", date_in_words(until, &lang))
            }
            _ => name,
        };
        let title = v["title"].as_str().unwrap_or("(no .ims-verdict-title)");
        if title != want {
            self.fail(format!(
                "the {level} result's headline should read {want:?}; it reads {title:?}"
            ));
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
            "((v) => {{ if (!v) return null; const cs = getComputedStyle(v); \
             return {{ border: cs.borderTopColor, background: cs.backgroundColor, borderStyle: cs.borderTopStyle }}; }})({})",
            self.q(".ims-verdict")
        ))
    }

    // -----------------------------------------------------------------
    // "What to expect" and the signs that fit

    /// "What to expect" and "Signs that fit IMS" show only where needling may
    /// still happen (`suitable`, `talk-first`, `wait`).
    #[track_caller]
    pub fn expect_what_to_expect_for(&self, level: &str) {
        let v = self.js(&format!(
            "((r) => ({{ section: r.querySelector('[data-section=expect]') !== null, \
               items: [...r.querySelectorAll('.ims-expect li[data-text]')].map(e => e.dataset.text), \
               ticks: r.querySelectorAll('.ims-ticks li').length }}))({})",
            self.root_js()
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

    /// The result above "What to expect", from the top of the widget, fits
    /// in `screens` screens of the viewport's height (on a 360 × 740 phone,
    /// two: the result, what to do and why, before the details).
    #[track_caller]
    pub fn expect_result_above_expect_within(&self, screens: u32) {
        let v = self.js(&format!(
            "((r) => {{ const e = r.querySelector('[data-section=expect]'); if (!e) return null; \
               return {{ above: e.getBoundingClientRect().top - r.host.getBoundingClientRect().top, screen: innerHeight }}; }})({})",
            self.root_js()
        ));
        let (above, screen) = (
            v["above"].as_f64().unwrap_or(f64::MAX),
            v["screen"].as_f64().unwrap_or(0.0),
        );
        if v.is_null() || above > screen * f64::from(screens) {
            self.fail(format!(
                "the result above \"What to expect\" should fit in {screens} screens ({} px); it is {above} px: {v}",
                screen * f64::from(screens)
            ));
        }
    }

    /// The result says what to tell the clinic when calling first
    /// (`[data-tell]`, naming the rules it tells in `data-tell`), with each
    /// of `words` in it; or, with no `words`, says nothing of it.
    #[track_caller]
    pub fn expect_tell_the_clinic(&self, rules: &[&str], words: &[&str]) {
        let v = self.js(&format!(
            "((r) => {{ const t = r.querySelector('.ims-handoff [data-tell]'); \
               return t ? {{ text: t.innerText.trim(), rules: t.dataset.tell.split(' ').filter(x => x) }} : null; }})({})",
            self.root_js()
        ));
        if rules.is_empty() {
            if !v.is_null() {
                self.fail(format!(
                    "this result does not ask to call first, yet says what to tell the clinic: {v}"
                ));
            }
            return;
        }
        let text = v["text"].as_str().unwrap_or("");
        if v.is_null() || v["rules"] != json!(rules) || !words.iter().all(|w| text.contains(w)) {
            self.fail(format!(
                "the handoff should say what to tell the clinic ([data-tell]) for {rules:?}, with {words:?}; found {v}"
            ));
        }
    }

    /// The clinic's review of its rules (`[data-review]`) reads `text`, or
    /// is absent when `None`.
    #[track_caller]
    pub fn expect_review_record(&self, text: Option<&str>) {
        let found = self.js(&format!("(({}) || {{}}).innerText ?? null", self.q("[data-review]")));
        if found.as_str().map(str::trim) != text {
            self.fail(format!("the result's review record should be {text:?}; found {found}"));
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
                self.js(&format!(
                    "{}.map(e => e.dataset.text ?? e.innerText)",
                    self.qa(".ims-expect li")
                ))
            ));
        }
    }

    /// The "Signs that fit IMS" statements shown (`.ims-ticks li`).
    pub fn fit_signs(&self) -> Vec<String> {
        strings(&self.js(&format!("{}.map(e => e.innerText.trim())", self.qa(".ims-ticks li"))))
    }

    // -----------------------------------------------------------------
    // Reasons

    /// The reason for `rule` (e.g. `bleeding/yes`): its `data-level` and the
    /// text of its `.ims-source`; `None` when the result gives no such reason.
    pub fn reason(&self, rule: &str) -> Option<(String, String)> {
        let v = self.js(&format!(
            "((e) => e ? [e.dataset.level, e.querySelector('.ims-source')?.innerText.trim() ?? ''] : null)({})",
            self.q(&format!(".ims-reason[data-rule=\"{rule}\"]"))
        ));
        v.as_array().map(|a| {
            (
                a[0].as_str().unwrap_or("").to_string(),
                a[1].as_str().unwrap_or("").to_string(),
            )
        })
    }

    /// The heading of the reason for `rule` (`.ims-reason-level`: its level's
    /// name and the places it concerns); `None` when there is no such reason.
    pub fn reason_heading(&self, rule: &str) -> Option<String> {
        self.js(&format!(
            "{}?.innerText.trim() ?? null",
            self.q(&format!(".ims-reason[data-rule=\"{rule}\"] .ims-reason-level"))
        ))
        .as_str()
        .map(str::to_string)
    }

    /// The source line of every reason under "Why", as written (its
    /// `textContent`, so no-break spaces stay as they are).
    pub fn source_lines(&self) -> Vec<String> {
        strings(&self.js(&format!(
            "{}.map(e => e.textContent)",
            self.qa(".ims-reason .ims-source")
        )))
    }

    /// The `data-rule` of every reason the result gives.
    pub fn reason_rules(&self) -> Vec<String> {
        strings(&self.js(&format!(
            "{}.map(e => e.dataset.rule)",
            self.qa(".ims-reason[data-rule]")
        )))
    }
}
