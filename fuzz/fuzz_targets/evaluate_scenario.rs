//! Arbitrary text as an `evaluate` scenario: an outcome or input errors, never a panic.
#![no_main]

use ims_checker::cli::evaluate_text;
use ims_checker::protocol::default_protocol;
use libfuzzer_sys::fuzz_target;

/// Built once: building the protocol each run would dominate the time.
fn protocol() -> &'static ims_checker::protocol::Protocol {
    static PROTOCOL: std::sync::OnceLock<ims_checker::protocol::Protocol> = std::sync::OnceLock::new();
    PROTOCOL.get_or_init(default_protocol)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = evaluate_text(protocol(), text, None);
});
