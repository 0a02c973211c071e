//! A shipped pack as the widget's folder serves it (`lang/<tag>.json`,
//! written by `cargo xtask dist` from `packs/<tag>.json`): the texts as a
//! list in the order of [`keys`], the English's own, without their keys
//! (about 2 KB of brotli less a language), and `order`, the [`order`] of
//! those keys, so that a pack from another release of the widget is a clear
//! error rather than texts in the wrong places. A clinic's own pack keeps
//! its keys (`packs/`): both forms are read, then checked alike.
use super::model::TextMap;
use super::texts;
use crate::protocol::{Protocol, ValidationError};

/// The English's texts by key, in the order of a served pack's: every text
/// the widget reads (the rules sheet's words left out, as the served packs
/// leave them out).
fn english(protocol: &Protocol) -> Vec<(String, String)> {
    #[allow(unused_mut)]
    let mut english = texts(protocol);
    #[cfg(feature = "rules-sheet")]
    english.retain(|(key, _)| !key.starts_with("rules."));
    english
}

/// The keys of a served pack's texts, in order.
pub fn keys(protocol: &Protocol) -> Vec<String> {
    english(protocol).into_iter().map(|(key, _)| key).collect()
}

/// The fingerprint of an order of keys (32-bit FNV-1a over each key and a
/// new line): a served pack carries the one it was written in.
pub fn order<K: AsRef<str>>(keys: impl IntoIterator<Item = K>) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for key in keys {
        for byte in key.as_ref().bytes() {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
        hash = (hash ^ u32::from(b'\n')).wrapping_mul(0x0100_0193);
    }
    hash
}

/// The texts of a served pack, `values` in the order of [`keys`] of
/// `protocol`, written in the order `written` (its `order`): refused when
/// the order is not this widget's or the count is not the English's.
pub fn texts_by_key(
    protocol: &Protocol,
    values: Vec<String>,
    written: Option<f64>,
) -> Result<TextMap, ValidationError<String>> {
    let mut english = english(protocol);
    let here = order(english.iter().map(|(key, _)| key));
    if values.len() == english.len() && written == Some(f64::from(here)) {
        for ((_, text), value) in english.iter_mut().zip(values) {
            *text = value;
        }
        return Ok(english.into_iter().collect());
    }
    Err(ValidationError {
        path: "texts".into(),
        problem: format!(
            "lists {} texts; this widget reads {} in the order {here}: the pack is from another release of the widget",
            values.len(),
            english.len()
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::lang::Lang;
    use crate::pack::tests::shipped;
    use crate::protocol::default_protocol;

    fn served(lang: Lang) -> (Vec<String>, f64) {
        let protocol = default_protocol();
        let model = shipped(lang);
        let keys = keys(&protocol);
        let values = keys
            .iter()
            .map(|key| model.texts.get(key).cloned().unwrap_or_default())
            .collect();
        (values, f64::from(order(&keys)))
    }

    #[test]
    fn a_served_pack_reads_as_its_keyed_pack() {
        let protocol = default_protocol();
        let (values, written) = served(Lang::FR);
        let mut keyed = shipped(Lang::FR).texts;
        for key in keyed
            .keys()
            .filter(|key| key.starts_with("rules."))
            .cloned()
            .collect::<Vec<_>>()
        {
            keyed.remove(&key);
        }
        assert_eq!(texts_by_key(&protocol, values, Some(written)), Ok(keyed));
    }

    #[test]
    fn a_served_pack_of_another_release_is_refused_and_says_why() {
        let protocol = default_protocol();
        let (mut values, written) = served(Lang::FR);
        let wrong = texts_by_key(&protocol, values.clone(), Some(written + 1.0)).unwrap_err();
        assert_eq!(wrong.path, "texts");
        let said = format!("in the order {written}: the pack is from another release of the widget");
        assert!(wrong.problem.ends_with(&said), "{wrong}");
        assert!(texts_by_key(&protocol, values.clone(), None).is_err());
        let count = values.len();
        values.pop();
        let short = texts_by_key(&protocol, values, Some(written)).unwrap_err();
        let said = format!("lists {} texts; this widget reads {count}", count - 1);
        assert!(short.problem.starts_with(&said), "{short}");
    }

    /// The fingerprint is FNV-1a as published (its test vector for "a").
    #[test]
    fn the_order_is_fnv_1a() {
        assert_eq!(order([""; 0]), 0x811c_9dc5);
        let a_then_new_line = 0xe40c_292c_u32 ^ u32::from(b'\n');
        assert_eq!(order(["a"]), a_then_new_line.wrapping_mul(0x0100_0193));
    }
}
