//! Arbitrary text as a language pack, as `ims-checker validate` and the
//! widget read one: reading and checking it (the locks too) must give
//! problems, never panic. A clinic's pack that passes keeps every locked
//! safety text of its shipped language, or carries a review record for a
//! language the widget does not ship; a pack that passes localizes the
//! protocol cleanly. Text that is a JSON object of texts by key (not a whole
//! pack) is read as a clinic's changes to the shipped French pack, so the
//! fuzzer reaches the lock check without first writing a whole pack.
#![no_main]

use std::collections::BTreeMap;

use ims_checker::cli::validate_text;
use ims_checker::base::lang::Lang;
use ims_checker::base::locks::is_locked_key;
use ims_checker::pack::model::PackModel;
use ims_checker::pack::Pack;
use ims_checker::protocol::{default_protocol, Protocol};
use libfuzzer_sys::fuzz_target;

/// Built once: building the protocol each run would dominate the time.
fn protocol() -> &'static Protocol {
    static PROTOCOL: std::sync::OnceLock<Protocol> = std::sync::OnceLock::new();
    PROTOCOL.get_or_init(default_protocol)
}

/// The shipped French pack, which a French clinic's pack is checked against.
fn french() -> &'static PackModel {
    static FRENCH: std::sync::OnceLock<PackModel> = std::sync::OnceLock::new();
    FRENCH.get_or_init(|| {
        serde_json::from_str(include_str!("../../packs/fr.json")).unwrap_or_else(|e| panic!("packs/fr.json: {e}"))
    })
}

/// `model` checked as a clinic's pack against the shipped French: if it
/// passes, every locked text it has is the shipped one.
fn check_as_french(model: &PackModel) {
    let shipped = &french().texts;
    if let Ok(pack) = Pack::clinic_from_model(model, protocol(), Some(shipped)) {
        for (key, text) in pack.texts.iter().filter(|(key, _)| is_locked_key(key)) {
            assert_eq!(Some(text), shipped.get(key), "a changed locked text {key} passed");
        }
        let localized = pack.localize(protocol().clone());
        assert_eq!(localized.questions.len(), protocol().questions.len());
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = validate_text(text);
    if let Ok(model) = serde_json::from_str::<PackModel>(text) {
        let _ = Pack::from_model(&model, protocol());
        // With nothing to compare with, only a reviewed pack for a language
        // the widget does not ship passes.
        if let Ok(pack) = Pack::clinic_from_model(&model, protocol(), None) {
            assert!(Lang::from_id(&pack.lang).is_none(), "{} passed unchecked", pack.lang);
            assert!(pack.review.is_some(), "an unreviewed {} pack passed", pack.lang);
        }
        let mut as_french = model;
        as_french.lang = "fr".into();
        check_as_french(&as_french);
    } else if let Ok(changes) = serde_json::from_str::<BTreeMap<String, String>>(text) {
        let mut changed = french().clone();
        for (key, text) in changes {
            changed.texts.insert(key, text);
        }
        check_as_french(&changed);
    }
});
