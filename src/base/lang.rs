//! The languages the widget speaks: English, compiled in, and the languages
//! it ships as packs (`lang/<tag>.json`), each named in itself for the menu.

/// A language, by its tag (`en`, `fr`, `zh-Hans`). A copyable handle: the
/// shipped languages are constants, and a clinic's own pack names its
/// language once for the page's life ([`Lang::own`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

impl Lang {
    pub const EN: Lang = Lang("en");
    pub const FR: Lang = Lang("fr");
    pub const ZH_HANS: Lang = Lang("zh-Hans");
    pub const ZH_HANT: Lang = Lang("zh-Hant");
    pub const PA: Lang = Lang("pa");
    pub const FA: Lang = Lang("fa");

    /// English first, then every language shipped as a pack.
    pub const SHIPPED: [Lang; 6] = [Lang::EN, Lang::FR, Lang::ZH_HANS, Lang::ZH_HANT, Lang::PA, Lang::FA];

    /// What a clinic offers unless its configuration says otherwise.
    pub const DEFAULT: [Lang; 2] = [Lang::EN, Lang::FR];

    pub fn id(self) -> &'static str {
        self.0
    }

    /// A shipped language by its exact tag.
    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::SHIPPED.into_iter().find(|lang| lang.0 == id)
    }

    /// The language a clinic's own pack is written in: a shipped one when
    /// the tag is one, else a new language named for the page's life (kept
    /// once per tag, never freed: a page holds at most a few packs).
    pub fn own(tag: &str) -> Lang {
        thread_local! {
            static OWN: core::cell::RefCell<Vec<&'static str>> = const { core::cell::RefCell::new(Vec::new()) };
        }
        if let Some(shipped) = Lang::from_id(tag) {
            return shipped;
        }
        OWN.with(|own| {
            let mut own = own.borrow_mut();
            let known = own.iter().find(|known| **known == tag).copied();
            Lang(known.unwrap_or_else(|| {
                let kept: &'static str = Box::leak(tag.to_string().into_boxed_str());
                own.push(kept);
                kept
            }))
        })
    }

    /// A shipped language's name in itself, for the language menu.
    pub fn name(self) -> Option<&'static str> {
        Some(match self.0 {
            "en" => "English",
            "fr" => "Français",
            "zh-Hans" => "简体中文",
            "zh-Hant" => "繁體中文",
            "pa" => "ਪੰਜਾਬੀ",
            "fa" => "فارسی",
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_language_has_a_name_and_a_clinic_language_is_its_own() {
        assert!(Lang::SHIPPED.iter().all(|lang| lang.name().is_some()));
        assert_eq!(Lang::own("fa"), Lang::FA);
        let korean = Lang::own("ko");
        assert_eq!(korean.id(), "ko");
        assert!(core::ptr::eq(korean.id(), Lang::own("ko").id()), "one tag kept once");
        assert_eq!(korean.name(), None);
    }
}
