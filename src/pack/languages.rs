//! The languages one widget offers: each one's name in itself, for the
//! menu, and the clinic's protocol in each language whose words are here
//! (English always; another once its pack is loaded and checked).
use std::cell::RefCell;
use std::rc::Rc;

use crate::base::lang::Lang;
use crate::config::ClinicConfig;
use crate::pack::Pack;
use crate::protocol::Protocol;

pub struct Languages {
    clinic: Rc<ClinicConfig>,
    /// The protocol before the clinic's changes, in English: what every
    /// pack is checked against and translates.
    base: Protocol,
    offered: Vec<(Lang, String)>,
    loaded: RefCell<Vec<(Lang, Rc<Protocol>)>>,
}

impl Languages {
    /// The clinic's languages for `base` (the default protocol), with
    /// English loaded (and French where the `french` feature builds it in).
    pub fn new(clinic: Rc<ClinicConfig>, base: Protocol) -> Languages {
        let offered = clinic
            .languages
            .iter()
            .map(|lang| (*lang, lang.name().unwrap_or(lang.id()).to_string()))
            .collect();
        let english = Rc::new(clinic.apply(&base));
        let mut loaded = vec![(Lang::EN, english.clone())];
        if cfg!(feature = "french") {
            loaded.push((Lang::FR, english));
        }
        Languages {
            clinic,
            base,
            offered,
            loaded: RefCell::new(loaded),
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
    /// the menu); a pack for a language the clinic does not offer is ignored.
    pub fn load(&self, pack: &Pack) {
        let lang = pack.language();
        if !self.offers(lang) {
            return;
        }
        pack.register_words();
        let protocol = Rc::new(self.clinic.apply_to(pack.localize(self.base.clone())));
        let mut loaded = self.loaded.borrow_mut();
        loaded.retain(|(loaded, _)| *loaded != lang);
        loaded.push((lang, protocol));
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

    /// The clinic's protocol in `lang`, once its words are here.
    pub fn protocol(&self, lang: Lang) -> Option<Rc<Protocol>> {
        let loaded = self.loaded.borrow();
        loaded
            .iter()
            .find(|(loaded, _)| *loaded == lang)
            .map(|(_, protocol)| protocol.clone())
    }

    /// The language the widget starts in: `wanted` when it is offered and
    /// here, else English.
    pub fn starting(&self, wanted: Lang) -> Lang {
        if self.offers(wanted) && self.protocol(wanted).is_some() {
            wanted
        } else {
            Lang::EN
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::test_clinic;
    use crate::pack::{export, Dir};
    use crate::protocol::default_protocol;

    /// The French texts under another tag, with the pregnancy question in
    /// Chinese to tell it apart.
    fn pack(lang: &str, name: &str) -> Pack {
        let mut texts = export(&default_protocol(), Lang::FR).texts;
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
        assert_eq!(languages.starting(Lang::ZH_HANS), Lang::EN, "not loaded yet");
        languages.load(&pack("zh-Hans", "简体中文"));
        assert_eq!(languages.starting(Lang::ZH_HANS), Lang::ZH_HANS);
        let protocol = languages.protocol(Lang::ZH_HANS).expect("loaded");
        let pregnant = protocol.question("pregnant").expect("question");
        assert_eq!(pregnant.prompt.get(Lang::ZH_HANS), "您怀孕了吗？");
        assert_eq!(pregnant.prompt.get(Lang::EN), "Are you pregnant?");

        languages.add(&pack("ko", "한국어"));
        assert_eq!(
            languages.offered().last().map(|(l, n)| (l.id(), n.as_str())),
            Some(("ko", "한국어"))
        );
        assert_eq!(languages.starting(Lang::own("ko")).id(), "ko");
    }
}
