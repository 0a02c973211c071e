//! Arbitrary text as an `evaluate` scenario: an outcome or input errors, never a panic.
#![no_main]

use ims_checker::cli::evaluate_text;
use ims_checker::protocol::default_protocol;
use libfuzzer_sys::fuzz_target;

/// Built once: building and validating the protocol each run would dominate the time.
fn protocol() -> Option<&'static ims_checker::protocol::Protocol> {
    static PROTOCOL: std::sync::OnceLock<Option<ims_checker::protocol::Protocol>> = std::sync::OnceLock::new();
    PROTOCOL.get_or_init(|| default_protocol().ok()).as_ref()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Some(protocol) = protocol() {
        let _ = evaluate_text(protocol, text, None);
    }
});
