//! The words a widget should show in a language other than English, read
//! from its language pack rather than written into the tests: the shipped
//! packs (`packs/<tag>.json` of the workspace, the sources of dist's
//! `lang/<tag>.json`), or a clinic's own pack a test puts on its page.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use serde_json::{json, Value};

use super::facts::{CHECKLIST_PAGES, LEVELS};
use super::Widget;
use crate::workspace_dir;

/// A language pack: its tag, its name in itself, its direction and its texts by key.
#[derive(Clone, Debug)]
pub struct Pack {
    pub lang: String,
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    texts: BTreeMap<String, String>,
    /// The pack as read, to put on a page as it is or changed.
    source: Value,
}

/// The shipped packs, read once.
fn shipped_packs() -> &'static BTreeMap<String, Arc<Pack>> {
    static PACKS: OnceLock<BTreeMap<String, Arc<Pack>>> = OnceLock::new();
    PACKS.get_or_init(|| {
        let dir = workspace_dir().join("packs");
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
        let mut packs = BTreeMap::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let pack = Pack::from_json(value).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            packs.insert(pack.lang.clone(), Arc::new(pack));
        }
        packs
    })
}

impl Pack {
    /// The tags of the shipped packs (every language but English), sorted.
    pub fn shipped_tags() -> Vec<String> {
        shipped_packs().keys().cloned().collect()
    }

    /// The shipped pack of `tag`, if there is one.
    pub fn shipped(tag: &str) -> Option<Arc<Pack>> {
        shipped_packs().get(tag).cloned()
    }

    /// The shipped pack of `tag` (panics when there is none).
    pub fn read(tag: &str) -> Arc<Pack> {
        Pack::shipped(tag).unwrap_or_else(|| {
            panic!(
                "no pack packs/{tag}.json; the shipped ones are {:?}",
                Pack::shipped_tags()
            )
        })
    }

    /// A pack from its JSON (`lang`, `name`, `dir`, `texts`).
    pub fn from_json(source: Value) -> Result<Pack, String> {
        let field = |name: &str| {
            source[name]
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("the pack has no text `{name}`"))
        };
        let texts = source["texts"]
            .as_object()
            .ok_or("the pack has no object `texts`")?
            .iter()
            .map(|(key, text)| (key.clone(), text.as_str().unwrap_or_default().to_string()))
            .collect();
        Ok(Pack {
            lang: field("lang")?,
            name: field("name")?,
            dir: field("dir")?,
            texts,
            source,
        })
    }

    /// The pack as JSON, as read.
    pub fn json(&self) -> &Value {
        &self.source
    }

    /// This pack's texts for another language: `lang` and `name` replaced
    /// (a clinic's own pack for a language the widget does not ship).
    pub fn renamed(&self, lang: &str, name: &str) -> Pack {
        let mut source = self.source.clone();
        source["lang"] = json!(lang);
        source["name"] = json!(name);
        Pack {
            lang: lang.to_string(),
            name: name.to_string(),
            source,
            ..self.clone()
        }
    }

    /// This pack with a review record: who checked its words, and when (a
    /// clinic's own pack for a language the widget does not ship needs one).
    pub fn reviewed(&self, by: &str, date: &str) -> Pack {
        let mut source = self.source.clone();
        source["review"] = json!({"by": by, "date": date});
        Pack { source, ..self.clone() }
    }

    /// This pack with the text of `key` replaced by `text`.
    pub fn with_text(&self, key: &str, text: &str) -> Pack {
        let mut changed = self.clone();
        changed.source["texts"][key] = json!(text);
        changed.texts.insert(key.to_string(), text.to_string());
        changed
    }

    /// The text of `key` (panics when the pack has none).
    pub fn text(&self, key: &str) -> &str {
        self.texts
            .get(key)
            .unwrap_or_else(|| panic!("the {} pack has no text {key:?}", self.lang))
    }

    /// `n` in the language's digits (`words.digits`).
    pub fn number(&self, n: usize) -> String {
        let digits: Vec<char> = self.text("words.digits").chars().collect();
        n.to_string()
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .and_then(|d| digits.get(d as usize).copied())
                    .unwrap_or(c)
            })
            .collect()
    }

    /// "Step `n` of 4" in the language (`words.step_of`).
    pub fn step_label(&self, n: usize) -> String {
        self.text("words.step_of").replace("{n}", &self.number(n))
    }

    /// The name of `level` (`words.level_names.N`, most severe first).
    pub fn level_name(&self, level: &str) -> &str {
        let at = LEVELS
            .iter()
            .position(|l| *l == level)
            .unwrap_or_else(|| panic!("unknown level {level:?}"));
        self.text(&format!("words.level_names.{at}"))
    }

    /// The heading of the page `page` (its `data-page`): its step's title,
    /// or its own for the pages after the places and each health topic.
    pub fn page_title(&self, page: &str) -> &str {
        let key = match page {
            "warning" | "warning-more" => "words.step_titles.0".to_string(),
            "places" => "words.step_titles.1".to_string(),
            "about" => "words.about_title".to_string(),
            "conditions" => "words.conditions_title".to_string(),
            "result" => "words.step_titles.3".to_string(),
            "for-whom" => "words.for_whom".to_string(),
            "understanding" | "needles" | "more" => "words.step_titles.2".to_string(),
            topic if CHECKLIST_PAGES.contains(&topic) => "words.check_titles.0".to_string(),
            topic => panic!("unknown page {topic:?}"),
        };
        self.text(&key)
    }
}

impl Widget<'_> {
    /// Check this widget's words in `lang` against `pack`, a clinic's own
    /// pack on the page (the shipped packs are known already).
    pub fn use_pack(&self, pack: Pack) {
        *self.own_pack.borrow_mut() = Some(Arc::new(pack));
    }

    /// The pack of the widget's language now: the clinic's own (see
    /// [`Widget::use_pack`]) or a shipped one; `None` in English.
    pub fn pack(&self) -> Option<Arc<Pack>> {
        let lang = self.lang();
        let own = self.own_pack.borrow().clone().filter(|p| p.lang == lang);
        own.or_else(|| Pack::shipped(&lang))
    }

    /// The pack of the widget's language now, failing in a language with none.
    #[track_caller]
    pub fn words(&self) -> Arc<Pack> {
        match self.pack() {
            Some(pack) => pack,
            None => self.fail(format!(
                "the widget speaks {:?}, a language with no pack to read its words from",
                self.lang()
            )),
        }
    }

    /// The name of `level` as the result gives it in the widget's language.
    #[track_caller]
    pub fn level_name(&self, level: &str) -> String {
        match self.lang().as_str() {
            lang @ ("en" | "fr") => super::facts::level_name(level, lang).to_string(),
            _ => self.words().level_name(level).to_string(),
        }
    }

    /// The widget's root `.ims` speaks `pack`'s language: `lang` is its tag
    /// and `dir` its direction.
    #[track_caller]
    pub fn expect_language(&self, pack: &Pack) {
        self.expect_root_language(&pack.lang, &pack.dir);
    }

    /// The widget's root `.ims` has `lang` = `lang` and `dir` = `dir`.
    #[track_caller]
    pub fn expect_root_language(&self, lang: &str, dir: &str) {
        let got = self.js(&format!(
            "((e) => e ? [e.getAttribute('lang'), e.getAttribute('dir')] : null)({})",
            self.q(".ims")
        ));
        if got != json!([lang, dir]) {
            self.fail(format!(
                "the widget's root .ims should have lang={lang:?} dir={dir:?}; it has [lang, dir] {got}"
            ));
        }
    }

    /// The progress above the page's heading writes every number in the
    /// digits of the widget's language (its pack's `words.digits`).
    #[track_caller]
    pub fn expect_progress_in_own_digits(&self) {
        let digits = self.words().text("words.digits").to_string();
        let progress = self.text(".ims-progress");
        if progress.chars().any(|c| c.is_numeric() && !digits.contains(c)) {
            self.fail(format!(
                "in {}, the progress {progress:?} should write its numbers in the language's digits {digits:?}",
                self.lang()
            ));
        }
    }

    /// The current page's heading, its progress left out, reads as the
    /// pack of the widget's language has it.
    #[track_caller]
    pub fn expect_page_title(&self) {
        let page = self
            .current_page()
            .unwrap_or_else(|| self.fail("no page shown ([data-page])"));
        let want = self.words().page_title(&page).to_string();
        let got = self.js(&format!(
            "((h) => h ? [...h.childNodes].filter(n => !n.classList?.contains('ims-progress')) \
               .map(n => n.textContent).join('').trim() : null)({})",
            self.q("[data-step] h2")
        ));
        if got != json!(want) {
            self.fail(format!(
                "the heading of the page `{page}` in {} should read {want:?} (its pack's); it reads {got}",
                self.lang()
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_packs_name_their_words() {
        let fr = Pack::read("fr");
        assert_eq!(fr.step_label(2), "Étape 2 sur 4");
        assert_eq!(fr.level_name("suitable"), "Convient probablement");
        assert_eq!(fr.page_title("warning"), "Signes d'alerte");
        let fa = Pack::read("fa");
        assert_eq!(fa.dir, "rtl");
        assert_eq!(fa.number(1204), "۱۲۰۴");
        let ko = fr.renamed("ko", "한국어");
        assert_eq!((ko.lang.as_str(), ko.json()["name"].as_str()), ("ko", Some("한국어")));
        assert_eq!(ko.text("words.next"), fr.text("words.next"));
        let changed = ko
            .reviewed("A. Reviewer", "2026-12-01")
            .with_text("words.next", "Suite");
        assert_eq!(changed.text("words.next"), "Suite");
        assert_eq!(changed.json()["texts"]["words.next"], json!("Suite"));
        assert_eq!(changed.json()["review"]["by"], json!("A. Reviewer"));
    }
}
