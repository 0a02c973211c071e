//! The languages the widget speaks, and the language for a page's tag.

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.id() == id)
    }
}

/// The language for a BCP 47 tag (`fr-CA` → French); English otherwise.
pub fn lang_for_tag(tag: &str) -> Lang {
    let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    Lang::from_id(&primary).unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_follows_the_primary_subtag() {
        assert_eq!(lang_for_tag("fr-CA"), Lang::Fr);
        assert_eq!(lang_for_tag("FR"), Lang::Fr);
        assert_eq!(lang_for_tag("en-GB"), Lang::En);
        assert_eq!(lang_for_tag("de"), Lang::En);
        assert_eq!(lang_for_tag(""), Lang::En);
    }
}
