//! The browser edge: the static loader calls [`mount`] once per `<ims-checker>`
//! element, after it has attached the shadow root and linked the stylesheet.
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::config::{ClinicConfig, ClinicConfigModel};
use crate::date::Date;
use crate::i18n::lang_for_tag;
use crate::protocol::{default_protocol, Lang, Protocol, ValidationError};
use crate::ui::app::{App, AppProps, Setup};

/// Renders one independent widget into `into`, configured by `host`'s attributes.
#[wasm_bindgen]
pub fn mount(host: Element, into: Element) {
    let setup = setup_from(&host);
    for problem in setup.problems.iter() {
        web_sys::console::error_1(&format!("ims-checker configuration: {problem}").into());
    }
    yew::Renderer::<App>::with_root_and_props(into, AppProps { setup }).render();
}

fn setup_from(host: &Element) -> Setup {
    let mut problems: Vec<ValidationError> = Vec::new();
    let protocol = match default_protocol() {
        Ok(protocol) => protocol,
        Err(errors) => {
            // Unreachable with the shipped protocol (a native test validates it);
            // an empty protocol still renders the frame and the error.
            problems.extend(errors);
            Protocol { name: String::new(), version: String::new(), questions: Vec::new(), texts: Vec::new() }
        }
    };
    let attr = |name: &str| host.get_attribute(name).filter(|v| !v.trim().is_empty());
    let model = ClinicConfigModel {
        clinic_name: attr("clinic-name").unwrap_or_default(),
        booking_url: attr("booking-url"),
        phone: attr("phone"),
        email: attr("email"),
        emergency_number: attr("emergency-number"),
        nurse_line: attr("nurse-line"),
        ..ClinicConfigModel::default()
    };
    let clinic = validated_keeping_what_parsed(model, &protocol, &mut problems);
    let lang = preferred_language(host);
    let lang = if clinic.languages.contains(&lang) {
        lang
    } else {
        clinic.languages.first().copied().unwrap_or(Lang::En)
    };
    Setup {
        protocol: Rc::new(protocol),
        clinic: Rc::new(clinic),
        problems: problems.into(),
        lang,
        today: today(),
    }
}

/// The configuration with every field that has a problem left out, so the
/// visitor still gets the clinic's phone when only the booking link is wrong.
fn validated_keeping_what_parsed(
    mut model: ClinicConfigModel,
    protocol: &Protocol,
    problems: &mut Vec<ValidationError>,
) -> ClinicConfig {
    match ClinicConfig::from_model(&model, protocol) {
        Ok(config) => return config,
        Err(errors) => {
            let broken = |field: &str| errors.iter().any(|e| e.path == field);
            if broken("booking-url") { model.booking_url = None; }
            if broken("phone") { model.phone = None; }
            if broken("email") { model.email = None; }
            if broken("emergency-number") { model.emergency_number = None; }
            if broken("nurse-line") { model.nurse_line = None; }
            if broken("clinic-name") { model.clinic_name = String::new(); }
            problems.extend(errors);
        }
    }
    ClinicConfig::from_model(&model, protocol).unwrap_or_default()
}

/// Today in the visitor's own time zone.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).unwrap_or(2026);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    Date::new(year, month, day).unwrap_or_else(|| Date::from_day_number(0))
}

/// The host element's or page's `lang`, then the browser's language.
fn preferred_language(host: &Element) -> Lang {
    let declared = host
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("lang"))
        .filter(|lang| !lang.is_empty());
    let tag = declared
        .or_else(|| web_sys::window().and_then(|w| w.navigator().language()))
        .unwrap_or_default();
    lang_for_tag(&tag)
}
