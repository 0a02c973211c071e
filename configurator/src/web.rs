//! The browser edge: where the page is, the loader's integrity hash the
//! release package wrote in, reading a file or pasted code (the HTML by the
//! browser's inert `DOMParser`, the JSON by the widget's own reader),
//! copying, downloading, printing, and the live preview's element. Nothing
//! here sends or stores anything.

use ims_checker::base::lang::Lang;
use ims_checker::model_from_json;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlElement};
use yew::Callback;

use crate::load::{from_code, from_file, is_json, tool_model, without_styles, Pasted};
use crate::settings::Loaded;
use crate::snippet::{Parts, CONFIG_ID};

/// The name of the `<meta>` whose content is the loader's integrity hash:
/// empty in dist/, written in by `cargo xtask package`.
const INTEGRITY_META: &str = "ims-checker-loader-integrity";

/// What the preview calls a clinic with no name yet.
const STAND_IN_NAME: &str = "Your clinic";

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The folder this page is in, as the clinic's pages reach it (the
/// configurator sits beside the loader): `/ims-checker-0.1.0/`.
pub fn folder_here() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base("./", &href)
        .map(|url| url.pathname())
        .unwrap_or_else(|_| "/".to_string())
}

/// Whether the WordPress plugin's settings page frames this configurator
/// (it opens `configure.html?in=wordpress`): the plugin saves the settings,
/// not a downloaded file.
pub fn in_wordpress() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|search| search.split(['?', '&']).any(|part| part == "in=wordpress"))
}

/// The loader's hash, when this configurator came in a release package.
pub fn loader_integrity() -> Option<String> {
    let meta = document()?
        .query_selector(&format!("meta[name=\"{INTEGRITY_META}\"]"))
        .ok()??;
    meta.get_attribute("content").filter(|c| c.starts_with("sha"))
}

/// A configuration file's text, or a page's code, as the widget would read it.
pub fn read_text(from: &str, text: &str) -> Loaded {
    let mut problems = Vec::new();
    if is_json(text) {
        let model = model_from_json(text, &mut problems).map(tool_model);
        return from_file(from, model, &problems);
    }
    let pasted = pasted(text);
    let model = pasted
        .json
        .as_deref()
        .and_then(|json| model_from_json(json, &mut problems))
        .map(tool_model);
    from_code(from, &pasted, model, &problems)
}

/// What pasted HTML holds, parsed by the browser into a document that runs
/// no script and loads nothing (its style rules read apart).
fn pasted(text: &str) -> Pasted {
    let (html, style) = without_styles(text);
    let Some(parsed) = web_sys::DomParser::new()
        .ok()
        .and_then(|parser| parser.parse_from_string(&html, web_sys::SupportedType::TextHtml).ok())
    else {
        return Pasted::default();
    };
    let element = parsed.query_selector("ims-checker").ok().flatten();
    let attributes = element.as_ref().map(|element| {
        let names = element.get_attribute_names();
        names
            .iter()
            .filter_map(|name| name.as_string())
            .map(|name| {
                let value = element.get_attribute(&name).unwrap_or_default();
                (name, value)
            })
            .collect::<Vec<_>>()
    });
    let json = element
        .as_ref()
        .and_then(|element| element.get_attribute("config"))
        .and_then(|id| parsed.get_element_by_id(&id))
        .filter(|script| script.get_attribute("type").as_deref() == Some("application/json"))
        .and_then(|script| script.text_content());
    let src = parsed
        .query_selector("script[src$=\"ims-checker.js\"]")
        .ok()
        .flatten()
        .and_then(|script| script.get_attribute("src"));
    Pasted {
        element: attributes,
        json,
        style,
        src,
    }
}

/// Reads a chosen file, then tells `done` what was in it.
pub fn read_file(file: web_sys::File, done: Callback<Loaded>) {
    let from = format!("the file {}", file.name());
    wasm_bindgen_futures::spawn_local(async move {
        let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
        let loaded = match text {
            Some(text) => read_text(&from, &text),
            None => from_file(&from, None, &[]),
        };
        done.emit(loaded);
    });
}

/// Puts `text` on the clipboard, then tells `done` whether it could.
pub fn copy(text: String, done: Callback<bool>) {
    let Some(window) = web_sys::window() else {
        done.emit(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(JsFuture::from(promise).await.is_ok());
    });
}

/// Saves `text` as a file named `name` in the visitor's downloads: a link
/// to the text in the page's own memory, clicked, then forgotten.
pub fn download(name: &str, text: &str) -> Option<()> {
    let document = document()?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Brings a field into view and focuses it, opening the folded part it is in.
pub fn go_to_field(id: &str) {
    let Some(field) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let mut at = field.parent_element();
    while let Some(element) = at {
        if element.tag_name().eq_ignore_ascii_case("details") {
            let _ = element.set_attribute("open", "");
        }
        at = element.parent_element();
    }
    if let Some(field) = field.dyn_ref::<HtmlElement>() {
        let _ = field.focus();
    }
    field.scroll_into_view();
}

/// Draws the real checker into `container` with `parts`, in `lang`: the
/// same element and inline JSON the code carries (the loader in the page
/// upgrades it and starts the widget).
pub fn show_preview(container: &Element, parts: &Parts, lang: Lang) -> Option<()> {
    let document = document()?;
    container.set_inner_html("");
    if let Some(json) = &parts.json {
        let script = document.create_element("script").ok()?;
        script.set_attribute("type", "application/json").ok()?;
        script.set_attribute("id", CONFIG_ID).ok()?;
        script.set_text_content(Some(json));
        container.append_child(&script).ok()?;
    }
    let element: HtmlElement = document.create_element("ims-checker").ok()?.dyn_into().ok()?;
    for (name, value) in &parts.attributes {
        element.set_attribute(name, value).ok()?;
    }
    if !parts.attributes.iter().any(|(name, _)| name == "clinic-name") {
        element.set_attribute("clinic-name", STAND_IN_NAME).ok()?;
    }
    element.set_attribute("lang", lang.id()).ok()?;
    // Through the style object, which a strict Content-Security-Policy allows.
    for (name, value) in &parts.style {
        element.style().set_property(name, value).ok()?;
    }
    container.append_child(&element).ok()?;
    Some(())
}

/// Runs `then` once the page has drawn what it is drawing now (a zero-delay
/// timer runs after the current render).
pub fn soon(then: impl FnOnce() + 'static) {
    let closure = wasm_bindgen::closure::Closure::once_into_js(then);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(closure.unchecked_ref(), 0);
    }
}

/// Runs `then` once, `ms` milliseconds from now; the returned guard cancels
/// it when dropped first.
pub fn after(ms: i32, then: impl FnOnce() + 'static) -> Timer {
    let closure = wasm_bindgen::closure::Closure::once(then);
    let id = web_sys::window().and_then(|window| {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(closure.as_ref().unchecked_ref(), ms)
            .ok()
    });
    Timer { id, _closure: closure }
}

/// A timer set by [`after`].
pub struct Timer {
    id: Option<i32>,
    _closure: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let (Some(id), Some(window)) = (self.id, web_sys::window()) {
            window.clear_timeout_with_handle(id);
        }
    }
}
