//! The browser edge: the static loader calls [`mount`] once per `<ims-checker>`
//! element, after it has attached the shadow root and linked the stylesheet.
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::ui::app::{App, AppProps};

/// Renders one independent widget into `into`, configured by `host`'s attributes.
#[wasm_bindgen]
pub fn mount(host: Element, into: Element) {
    let props = AppProps {
        clinic_name: host.get_attribute("clinic-name").map(Into::into),
        lang: preferred_language(&host).into(),
    };
    yew::Renderer::<App>::with_root_and_props(into, props).render();
}

/// The host element's or page's `lang`, then the browser's language.
fn preferred_language(host: &Element) -> String {
    let declared = host
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("lang"))
        .filter(|lang| !lang.is_empty());
    declared
        .or_else(|| web_sys::window().and_then(|w| w.navigator().language()))
        .unwrap_or_default()
}
