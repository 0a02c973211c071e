//! Arbitrary text as a protocol or clinic configuration file: parsing and
//! validation must give problems, never panic. Valid results must apply cleanly.
#![no_main]

use ims_checker::cli::validate_text;
use ims_checker::config::{ClinicConfig, ClinicConfigModel};
use ims_checker::protocol::model::ProtocolModel;
use ims_checker::protocol::{default_protocol, Lang, Protocol};
use libfuzzer_sys::fuzz_target;

/// Built once: building the protocol each run would dominate the time.
fn protocol() -> &'static ims_checker::protocol::Protocol {
    static PROTOCOL: std::sync::OnceLock<ims_checker::protocol::Protocol> = std::sync::OnceLock::new();
    PROTOCOL.get_or_init(default_protocol)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = validate_text(text);
    if let Ok(model) = serde_json::from_str::<ProtocolModel>(text) {
        let _ = Protocol::from_model(&model);
    }
    if let Ok(model) = serde_json::from_str::<ClinicConfigModel>(text) {
        let protocol = protocol();
        if let Ok(config) = ClinicConfig::from_model(&model, protocol) {
            for lang in config.languages.iter().copied().chain([Lang::EN]) {
                let adjusted = config.apply(protocol, lang);
                assert!(adjusted.emergency_screen().is_some(), "the emergency screen always survives a configuration");
            }
        }
    }
});
