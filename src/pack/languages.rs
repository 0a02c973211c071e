//! The languages one widget offers: each one's name in itself, for the
//! menu, and in each language whose words are here (English from the start
//! where it is built in, else once `lang/en.json` is loaded, like any other
//! language's pack) the clinic's protocol and the widget's words. Each checker on a page has its own: two clinics may word
//! one language differently.
use std::cell::RefCell;
use std::rc::Rc;

use crate::base::english;
use crate::base::lang::Lang;
use crate::config::ClinicConfig;
use crate::pack::Pack;
use crate::protocol::Protocol;
use crate::words::{built_in, Words};

/// One language as a checker has it: the clinic's protocol in it, and the
/// widget's words (its pack's, or the built-in ones).
#[derive(Clone)]
pub struct Language {
    pub protocol: Rc<Protocol>,
    /// Kept for the page's life, as the checker is (no checker is ever
    /// taken down); its texts already are (see `Texts::replaced`).
    pub words: &'static Words,
}

pub struct Languages {
    clinic: Rc<ClinicConfig>,
    /// The protocol before the clinic's changes, in English: what every
    /// pack is checked against and translates.
    base: Protocol,
    offered: Vec<(Lang, String)>,
    loaded: RefCell<Vec<Language>>,
}

impl Languages {
    /// The clinic's languages for `base` (the default protocol), with
    /// English loaded where it is built in.
    pub fn new(clinic: Rc<ClinicConfig>, base: Protocol) -> Languages {
        let offered = clinic
            .languages
            .iter()
            .map(|lang| (*lang, lang.name().unwrap_or(lang.id()).to_string()))
            .collect();
        let built_in = english::BUILT_IN.then(|| Language {
            protocol: Rc::new(clinic.apply(&base, Lang::EN)),
            words: built_in(),
        });
        Languages {
            clinic,
            base,
            offered,
            loaded: RefCell::new(built_in.into_iter().collect()),
        }
    }

    /// Adds a checked pack: its words, and the clinic's protocol in its
    /// language. A clinic's own pack is offered even when its language is
    /// not among the clinic's `languages`.
    pub fn add(&mut self, pack: &Pack) {
        let lang = pack.language();
        if !self.offered.iter().any(|(offered, _)| *offered == lang) {
            self.offered.push((lang, pack.name.clone()));
        }
        self.load(pack);
    }

    /// Adds a checked pack for a language already offered (one chosen from
    /// the menu), or English's, which the widget falls back to; a pack for
    /// another language the clinic does not offer is ignored.
    pub fn load(&self, pack: &Pack) {
        let lang = pack.language();
        if !self.offers(lang) && lang != Lang::EN {
            return;
        }
        let language = Language {
            protocol: Rc::new(self.clinic.apply_to(pack.localize(self.base.clone()), lang)),
            words: Box::leak(Box::new(pack.words())),
        };
        let mut loaded = self.loaded.borrow_mut();
        loaded.retain(|loaded| loaded.words.lang != lang);
        loaded.push(language);
    }

    /// The protocol a pack is checked against: the default, in English.
    pub fn base(&self) -> &Protocol {
        &self.base
    }

    pub fn clinic(&self) -> &Rc<ClinicConfig> {
        &self.clinic
    }

    /// Each offered language and its name in itself, in the clinic's order.
    pub fn offered(&self) -> &[(Lang, String)] {
        &self.offered
    }

    pub fn offers(&self, lang: Lang) -> bool {
        self.offered.iter().any(|(offered, _)| *offered == lang)
    }

    /// The clinic's protocol and the widget's words in `lang`, once its
    /// words are here.
    pub fn language(&self, lang: Lang) -> Option<Language> {
        let loaded = self.loaded.borrow();
        loaded.iter().find(|loaded| loaded.words.lang == lang).cloned()
    }

    /// The language the widget starts in: `wanted` when it is offered and
    /// here, else English when its words are here; else none (the widget
    /// cannot start without words).
    pub fn starting(&self, wanted: Lang) -> Option<Language> {
        self.language(wanted)
            .filter(|_| self.offers(wanted))
            .or_else(|| self.language(Lang::EN))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::test_clinic;
    use crate::pack::tests::shipped;
    use crate::pack::Dir;
    use crate::protocol::default_protocol;

    /// The French texts under another tag, with the pregnancy question in
    /// Chinese to tell it apart.
    fn pack(lang: &str, name: &str) -> Pack {
        let mut texts = shipped(Lang::FR).texts;
        texts.insert("question.pregnant.prompt".into(), "您怀孕了吗？".into());
        Pack {
            lang: lang.into(),
            name: name.into(),
            dir: Dir::Ltr,
            review: None,
            texts,
        }
    }

    #[test]
    fn a_loaded_pack_gives_the_clinics_protocol_in_its_language() {
        let clinic = ClinicConfig {
            languages: vec![Lang::EN, Lang::ZH_HANS],
            ..test_clinic()
        };
        let mut languages = Languages::new(Rc::new(clinic), default_protocol());
        assert_eq!(
            languages.starting(Lang::ZH_HANS).map(|l| l.words.lang),
            Some(Lang::EN),
            "not loaded yet"
        );
        languages.load(&pack("zh-Hans", "简体中文"));
        assert_eq!(
            languages.starting(Lang::ZH_HANS).map(|l| l.words.lang),
            Some(Lang::ZH_HANS)
        );
        let protocol = languages.language(Lang::ZH_HANS).expect("loaded").protocol;
        let pregnant = protocol.question("pregnant").expect("question");
        assert_eq!(pregnant.prompt.get(Lang::ZH_HANS), "您怀孕了吗？");
        assert_eq!(pregnant.prompt.get(Lang::EN), "Are you pregnant?");

        languages.add(&pack("ko", "한국어"));
        assert_eq!(
            languages.offered().last().map(|(l, n)| (l.id(), n.as_str())),
            Some(("ko", "한국어"))
        );
        assert_eq!(
            languages.starting(Lang::own("ko")).map(|l| l.words.lang.id()),
            Some("ko")
        );
    }

    /// Two clinics on one page, each with its own pack for one language:
    /// each checker's languages keep its own words, whichever loaded last.
    #[test]
    fn each_checker_keeps_its_own_packs_words() {
        let clinic = Rc::new(ClinicConfig {
            languages: vec![Lang::EN, Lang::ZH_HANS],
            ..test_clinic()
        });
        let reworded = |next: &str| {
            let mut pack = pack("zh-Hans", "简体中文");
            pack.texts.insert("words.next".into(), next.into());
            pack
        };
        let north = Languages::new(clinic.clone(), default_protocol());
        let south = Languages::new(clinic, default_protocol());
        north.load(&reworded("继续"));
        south.load(&reworded("下一页"));
        let next = |languages: &Languages| languages.language(Lang::ZH_HANS).map(|l| l.words.next);
        assert_eq!(next(&north), Some("继续"));
        assert_eq!(next(&south), Some("下一页"));
        assert_eq!(north.language(Lang::EN).map(|l| l.words.next), Some("Continue"));
    }
}
