//! The shipped packs (`packs/<tag>.json`) for the tests of the layers below
//! the packs' own: French, like every language but English, is only a pack.
use std::collections::BTreeMap;
use std::path::Path;

use super::{default_protocol, Protocol};
use crate::base::lang::Lang;

/// A shipped pack's texts by key.
pub(crate) fn texts(lang: Lang) -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packs")
        .join(format!("{}.json", lang.id()));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let pack: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let texts = pack["texts"].as_object().cloned().unwrap_or_default();
    texts
        .into_iter()
        .map(|(key, text)| (key, text.as_str().unwrap_or_default().to_string()))
        .collect()
}

/// A shipped pack's text by key.
pub(crate) fn text(lang: Lang, key: &str) -> String {
    texts(lang)
        .remove(key)
        .unwrap_or_else(|| panic!("{}: no {key}", lang.id()))
}

/// The default protocol with `lang`'s texts beside the English, as the
/// widget has it once that language's pack is loaded.
pub(crate) fn default_protocol_in(lang: Lang) -> Protocol {
    let texts = texts(lang);
    let mut protocol = default_protocol();
    protocol.each_text(&mut |key, text| text.other = texts.get(&key).map(|words| (lang, words.clone())));
    protocol
}
