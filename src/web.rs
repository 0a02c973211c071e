//! The browser edge: the static loader calls [`mount`] once per `<ims-checker>`
//! element, after it has attached the shadow root and linked the stylesheet.
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::config::keeping_what_is_valid;
use crate::date::Date;
use crate::lang::{lang_for_tag, Lang};
use crate::protocol::default_protocol;
use crate::ui::app::{App, AppProps, Setup};
use crate::validation::ValidationError;
use crate::web_config::{model_from_json, WebConfigModel};

/// Renders one independent widget into `into`, configured by `host`'s attributes.
#[wasm_bindgen]
pub fn mount(host: Element, into: Element) {
    let setup = setup_from(&host);
    for error in setup.config_errors.iter() {
        web_sys::console::error_1(&format!("ims-checker configuration: {error}").into());
    }
    yew::Renderer::<App>::with_root_and_props(into, AppProps { setup }).render();
}

fn setup_from(host: &Element) -> Setup {
    let protocol = default_protocol();
    let mut config_errors: Vec<ValidationError> = Vec::new();
    let model = model_from_host(host, &mut config_errors);
    let (clinic, invalid) = keeping_what_is_valid(model, &protocol);
    config_errors.extend(invalid);
    let protocol = clinic.apply_to(protocol);
    let lang = preferred_language(host);
    let lang = if clinic.languages.contains(&lang) {
        lang
    } else {
        clinic.languages.first().copied().unwrap_or(Lang::En)
    };
    Setup {
        protocol: Rc::new(protocol),
        clinic: Rc::new(clinic),
        config_errors: config_errors.into(),
        lang,
        today: today(),
    }
}

/// The full configuration named by the `config` attribute, if any, with the
/// element's own attributes taking precedence for the settings they carry.
fn model_from_host(host: &Element, errors: &mut Vec<ValidationError>) -> WebConfigModel {
    let attr = |name: &str| host.get_attribute(name).filter(|v| !v.trim().is_empty());
    let mut model = match attr("config") {
        None => WebConfigModel::default(),
        Some(id) => {
            let script = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
                .filter(|el| el.get_attribute("type").as_deref() == Some("application/json"));
            match script {
                Some(script) => {
                    let text = script.text_content().unwrap_or_default();
                    model_from_json(&text, errors).unwrap_or_default()
                }
                None => {
                    errors.push(ValidationError {
                        path: "config".into(),
                        problem: format!("no <script type=\"application/json\" id=\"{id}\"> on this page"),
                    });
                    WebConfigModel::default()
                }
            }
        }
    };
    if let Some(name) = attr("clinic-name") {
        model.clinic_name = name;
    }
    for (name, field) in [
        ("booking-url", &mut model.booking_url),
        ("phone", &mut model.phone),
        ("email", &mut model.email),
        ("emergency-number", &mut model.emergency_number),
        ("nurse-line", &mut model.nurse_line),
    ] {
        if let Some(value) = attr(name) {
            *field = Some(value);
        }
    }
    model
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
