//! The browser edge: the static loader calls [`mount`] once per `<ims-checker>`
//! element, after it has attached the shadow root and linked the stylesheet.
use core::fmt;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use yew::Callback;

use crate::base::date::Date;
use crate::base::lang::Lang;
use crate::base::text::join;
use crate::base::validation::ValidationError;
use crate::config::keeping_what_is_valid;
use crate::pack::languages::Languages;
use crate::pack::{Pack, PackProblem};
use crate::protocol::{default_protocol, Protocol};
use crate::ui::app::{App, AppProps, LoadLanguage, Setup};
use crate::web::config::{model_from_json, WebConfigModel};
use crate::web::pack::pack_from_json;

/// Renders one independent widget into `into`, configured by `host`'s
/// attributes, in `lang` (the loader's choice among the clinic's languages).
/// `pack` is that language's pack as text, or what went wrong fetching it;
/// `fetch_pack(tag)` fetches another language's pack when the visitor picks
/// it (a promise of its text). `shipped` is, when the clinic's own pack is
/// for a language the widget ships, that language's shipped pack as text
/// (or what went wrong fetching it): the locks are checked against it.
/// `english` is English's pack, or undefined: without words to speak (see
/// `en!`: the wasm has no English of its own) `mount` throws, and the loader
/// calls it again with English's pack, or shows the clinic's contacts.
#[wasm_bindgen]
pub fn mount(
    host: Element,
    into: Element,
    lang: String,
    pack: JsValue,
    fetch_pack: js_sys::Function,
    shipped: JsValue,
    english: JsValue,
) -> Result<(), JsValue> {
    let setup = setup_from(&host, &lang, &pack, fetch_pack, &shipped, &english)?;
    for error in setup.config_errors.iter() {
        web_sys::console::error_1(&format!("ims-checker configuration: {error}").into());
    }
    yew::Renderer::<App>::with_root_and_props(into, AppProps { setup }).render();
    Ok(())
}

fn setup_from(
    host: &Element,
    wanted: &str,
    pack: &JsValue,
    fetch_pack: js_sys::Function,
    shipped: &JsValue,
    english: &JsValue,
) -> Result<Setup, JsValue> {
    let mut reading = Vec::new();
    let model = model_from_host(host, &mut reading);
    let base = default_protocol();
    let (clinic, invalid) = keeping_what_is_valid(model, &base);
    let mut config_errors = Vec::new();
    lines(&mut config_errors, "", &reading);
    lines(&mut config_errors, "", &invalid);
    let mut languages = Languages::new(Rc::new(clinic), base);
    let mut own = None;
    let mut no_pack_script = Vec::new();
    if let Some(text) = json_script(host, "pack", &mut no_pack_script) {
        let pack = clinic_pack(&text, shipped, languages.base(), &mut config_errors);
        if let Some(pack) = pack {
            languages.add(&pack);
            own = Some(pack.language());
        }
    }
    lines(&mut config_errors, "", &no_pack_script);
    let wanted = own
        .filter(|own| own.id() == wanted)
        .or_else(|| Lang::from_id(wanted))
        .unwrap_or(Lang::EN);
    // English's pack, when the loader gives it (see `mount`).
    let english = english.as_string();
    let mut lang_problem = None;
    if languages.offers(wanted) && languages.language(wanted).is_none() {
        match pack
            .as_string()
            .or_else(|| english.clone().filter(|_| wanted == Lang::EN))
            .ok_or_else(|| fetch_failure(pack))
            .and_then(|text| checked_pack(&text, languages.base()))
        {
            Ok(pack) if pack.language() == wanted => languages.load(&pack),
            Ok(pack) => lang_problem = Some(format!("the pack for {} holds {}", wanted.id(), pack.lang)),
            Err(problems) => lang_problem = Some(problems),
        }
    }
    // English as the fallback: its pack when the loader gives it, or the one
    // fetched for `wanted` when that is English (a page offering no English).
    let english = english.or_else(|| pack.as_string().filter(|_| wanted == Lang::EN));
    if languages.language(Lang::EN).is_none() {
        if let Some(pack) = english.and_then(|text| checked_pack(&text, languages.base()).ok()) {
            languages.load(&pack);
        }
    }
    let language = languages
        .starting(wanted)
        .ok_or_else(|| JsValue::from_str("no words to speak yet"))?;
    if let Some(problem) = &lang_problem {
        web_sys::console::error_1(&format!("ims-checker: language {}: {problem}", wanted.id()).into());
    }
    Ok(Setup {
        language,
        languages: Rc::new(languages),
        config_errors: config_errors.into(),
        today: today(),
        lang_failed: lang_problem.is_some(),
        load_language: Some(load_language(fetch_pack)),
        history_key: Some(history_key()),
    })
}

/// The checker's key in the browser history's state: its place among the
/// checkers mounted on this page (the loader mounts them in the page's
/// order), so two checkers never move each other's pages.
fn history_key() -> Rc<str> {
    thread_local! {
        static MOUNTED: core::cell::Cell<u32> = const { core::cell::Cell::new(0) };
    }
    let n = MOUNTED.with(|mounted| mounted.replace(mounted.get() + 1));
    format!("ims-checker-{n}").into()
}

/// A clinic's own pack read and checked, the locks too: for a language the
/// widget ships, against `shipped`, that language's shipped pack (a text,
/// or what went wrong fetching it). A refused pack gives its problems and,
/// for a shipped language, the shipped pack in its place (when it loaded):
/// the visitor reads the shipped words, never a refused pack's. Its
/// problems are added to `shown`, each path under `pack.`.
fn clinic_pack(text: &str, shipped: &JsValue, base: &Protocol, shown: &mut Vec<String>) -> Option<Pack> {
    let model = match pack_from_json(text, base) {
        Ok(model) => model,
        Err(problems) => {
            lines(shown, "pack.", &problems);
            return None;
        }
    };
    // English is the widget's own, served or built in: never a clinic's pack.
    if model.lang == Lang::EN.id() {
        shown.push(line("pack.", "lang", &PackProblem::EnglishBuiltIn));
        return None;
    }
    let shipped = Lang::from_id(&model.lang)
        .filter(|lang| *lang != Lang::EN)
        .and_then(|_| shipped.as_string())
        .and_then(|text| pack_from_json(&text, base).ok());
    match Pack::clinic_from_model(&model, base, shipped.as_ref().map(|shipped| &shipped.texts)) {
        Ok(pack) => Some(pack),
        Err(problems) => {
            lines(shown, "pack.", &problems);
            shipped
                .and_then(|shipped| Pack::from_model(&shipped, base).ok())
                .filter(|instead| instead.lang == model.lang)
        }
    }
}

/// A pack's text read and checked against the English of `base`, or its
/// problems in one line.
fn checked_pack(text: &str, base: &Protocol) -> Result<Pack, String> {
    let mut shown = Vec::new();
    match pack_from_json(text, base) {
        Ok(model) => match Pack::from_model(&model, base) {
            Ok(pack) => return Ok(pack),
            Err(problems) => lines(&mut shown, "", &problems),
        },
        Err(problems) => lines(&mut shown, "", &problems),
    }
    Err(join(&shown, "; "))
}

fn fetch_failure(error: &JsValue) -> String {
    let message = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "not fetched".to_string());
    format!("pack: {message}")
}

/// Each problem as the widget shows it (in English, `prefix` before its
/// path), added to `shown`. A loop, not an iterator chain, for size.
fn lines<P: fmt::Display>(shown: &mut Vec<String>, prefix: &str, problems: &[ValidationError<P>]) {
    for error in problems {
        shown.push(line(prefix, &error.path, &error.problem));
    }
}

/// `prefix`, then a problem as `ValidationError`'s `Display` writes it: one
/// copy of the format for every kind of problem, for size.
#[inline(never)]
fn line(prefix: &str, path: &str, problem: &dyn fmt::Display) -> String {
    format!("{prefix}{path}: {problem}")
}

/// Fetches, reads and checks a language's pack, then tells `done` whether
/// its words are here.
fn load_language(fetch_pack: js_sys::Function) -> LoadLanguage {
    Rc::new(
        move |languages: Rc<Languages>, lang: Lang, done: Callback<Result<(), String>>| {
            let promise = fetch_pack.call1(&JsValue::NULL, &JsValue::from_str(lang.id()));
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = match promise {
                    Ok(promise) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise)).await,
                    Err(error) => Err(error),
                };
                let checked = fetched
                    .map_err(|error| fetch_failure(&error))
                    .and_then(|text| checked_pack(&text.as_string().unwrap_or_default(), languages.base()));
                match checked {
                    Ok(pack) if pack.language() == lang => {
                        languages.load(&pack);
                        done.emit(Ok(()));
                    }
                    Ok(pack) => done.emit(Err(format!("the pack for {} holds {}", lang.id(), pack.lang))),
                    Err(problems) => done.emit(Err(problems)),
                }
            });
        },
    )
}

/// The full configuration named by the `config` attribute, if any, with the
/// element's own attributes taking precedence for the settings they carry.
fn model_from_host(host: &Element, errors: &mut Vec<ValidationError<String>>) -> WebConfigModel {
    let mut model: WebConfigModel = json_script(host, "config", errors)
        .and_then(|text| model_from_json(&text, errors))
        .unwrap_or_default();
    model.take_attributes(|name| host.get_attribute(name).filter(|v| !v.trim().is_empty()));
    model
}

/// The text of the `<script type="application/json">` named by `host`'s
/// attribute `attribute`, if it names one; a problem if it names none.
fn json_script(host: &Element, attribute: &str, errors: &mut Vec<ValidationError<String>>) -> Option<String> {
    let id = host.get_attribute(attribute).filter(|v| !v.trim().is_empty())?;
    let script = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&id))
        .filter(|el| el.get_attribute("type").as_deref() == Some("application/json"));
    if script.is_none() {
        errors.push(ValidationError {
            path: attribute.into(),
            problem: format!("no <script type=\"application/json\" id=\"{id}\"> on this page"),
        });
    }
    script.map(|script| script.text_content().unwrap_or_default())
}

/// Today in the visitor's own time zone.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).unwrap_or(2026);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    Date::new(year, month, day).unwrap_or_else(|| Date::from_day_number(0))
}
