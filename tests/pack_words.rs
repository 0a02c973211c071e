//! The shipped language packs keep to the terms of `packs/README.md`'s review
//! guide: Traditional Chinese is written on one base, Hong Kong usage (BC's
//! Cantonese-speaking readers), with none of the Taiwan words a reader would
//! notice beside it; the emergency department is 急症室, with 急診室 only
//! as its gloss; and every pack names BC's urgent and primary care centres
//! by the same term, with "(UPCC)", wherever a text first mentions one.

use std::collections::BTreeMap;
use std::path::Path;

/// The texts of a shipped pack, `packs/<tag>.json`, by key.
fn texts(tag: &str) -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packs")
        .join(format!("{tag}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let pack: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    pack["texts"]
        .as_object()
        .unwrap_or_else(|| panic!("{}: no texts", path.display()))
        .iter()
        .map(|(key, value)| (key.clone(), value.as_str().unwrap_or_default().to_string()))
        .collect()
}

/// Taiwan usage, each with the Hong Kong word the pack uses instead.
const TAIWAN_WORDS: &[(&str, &str)] = &[
    ("什麼", "甚麼"),
    ("列印", "打印"),
    ("失智症", "認知障礙症"),
    ("點選", "按 / 點擊"),
    ("電子郵件", "電郵"),
    ("空白鍵", "空格鍵"),
    ("螢幕", "屏幕 / 熒幕"),
    ("軟體", "軟件"),
    ("網路", "網絡"),
    ("簡訊", "短訊"),
    ("視訊", "視像"),
    ("品質", "質素"),
    ("重新整理", "重新載入"),
    ("計程車", "的士"),
    ("公車", "巴士"),
    ("捷運", "架空列車"),
    ("機車", "電單車"),
    ("腳踏車", "單車"),
    ("護理師", "護士"),
    ("醫師", "醫生"),
    ("健保", "醫療保險"),
];

#[test]
fn traditional_chinese_keeps_to_hong_kong_usage() {
    let mut found = Vec::new();
    for (key, text) in texts("zh-Hant") {
        for (taiwan, hong_kong) in TAIWAN_WORDS {
            if text.contains(taiwan) {
                found.push(format!("{key}: {taiwan} (Hong Kong: {hong_kong}) in {text:?}"));
            }
        }
        // The emergency department is 急症室; 急診室 only as its gloss.
        let mut rest = text.as_str();
        while let Some(at) = rest.find("急診") {
            if !rest[..at].ends_with("急症室（") {
                found.push(format!("{key}: 急診 without 急症室 before it in {text:?}"));
                break;
            }
            rest = &rest[at + "急診".len()..];
        }
    }
    assert!(found.is_empty(), "packs/zh-Hant.json:\n{}", found.join("\n"));
}

/// BC's urgent and primary care centres, by language, as the review guide's
/// term table gives them (each followed by "(UPCC)" in the text).
const UPCC: &[(&str, &str)] = &[
    ("fr", "centre de soins d'urgence et de soins primaires (UPCC)"),
    ("zh-Hans", "紧急基本医疗中心（UPCC）"),
    ("zh-Hant", "緊急及基層醫療中心（UPCC）"),
    ("pa", "ਅਰਜੈਂਟ ਐਂਡ ਪ੍ਰਾਇਮਰੀ ਕੇਅਰ ਸੈਂਟਰ (UPCC)"),
    ("fa", "مرکز مراقبت فوری و اولیه (UPCC)"),
];

#[test]
fn every_pack_names_the_urgent_and_primary_care_centre_by_one_term() {
    let mut found = Vec::new();
    for (tag, term) in UPCC {
        let (name, _) = term.split_once("UPCC").expect("the term ends in UPCC");
        for (key, text) in texts(tag) {
            // The first mention gives the whole term; later ones may abbreviate.
            if let Some(at) = text.find("UPCC") {
                if !text[..at].ends_with(name) {
                    found.push(format!("{tag}: {key}: UPCC not as {term:?} in {text:?}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Whether `c` is written in the Arabic script (Persian letters included).
fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// What a Persian text starts with, as its direction goes: the first
/// letter, id (in backticks) or placeholder, past spaces, digits and marks.
fn first_strong(text: &str) -> Option<char> {
    text.chars().find(|c| c.is_alphabetic() || *c == '`' || *c == '{')
}

/// A line of the Persian rules sheet that starts with a Latin id or word
/// (`not-sure`, IMS) or a placeholder the clinic fills (a reviewer's name)
/// is laid out left to right, and its Persian reads out of order: each of
/// the sheet's own texts starts with a Persian word. (The quotation marks
/// around a quoted text are the one exception: they only hold it.)
#[test]
fn persian_rules_sheet_lines_start_with_a_persian_word() {
    let mut found = Vec::new();
    for (key, text) in texts("fa") {
        if !key.starts_with("rules.") || key == "rules.quote" {
            continue;
        }
        match first_strong(&text) {
            // A text with no letters (a list's comma) has no direction.
            None => {}
            Some(c) if is_arabic_script(c) => {}
            Some(c) => found.push(format!("{key} starts with {c:?}: {text:?}")),
        }
    }
    assert!(found.is_empty(), "packs/fa.json:\n{}", found.join("\n"));
    assert_eq!(first_strong("پاسخ `not-sure`"), Some('پ'));
    assert!(first_strong("`not-sure` به").is_some_and(|c| !is_arabic_script(c)));
    assert!(first_strong("IMS در").is_some_and(|c| !is_arabic_script(c)));
}
