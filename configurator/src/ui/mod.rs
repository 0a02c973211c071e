//! The configurator's views, one component per file. Components render the
//! state and send [`crate::settings::Action`]s; the model decides.
pub mod app;
pub mod clinic_section;
pub mod code_panel;
pub mod languages_section;
pub mod levels_section;
pub mod load_panel;
pub mod look_section;
pub mod notes_section;
pub mod overrides_section;
pub mod preview;
pub mod problems;
pub mod rows_section;
pub mod rules_sheet;
pub mod state;
pub mod text_field;

use wasm_bindgen::JsCast;

/// The value of the field an event came from (input, text area or select).
fn value_of(event: &yew::Event) -> Option<String> {
    let target = event.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return Some(area.value());
    }
    target
        .dyn_ref::<web_sys::HtmlSelectElement>()
        .map(|select| select.value())
}

/// Whether the checkbox an event came from is ticked.
fn checked(event: &yew::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

/// `aria-describedby`'s ids: those present, space-separated.
fn described_by(ids: &[Option<String>]) -> Option<String> {
    let ids: Vec<&str> = ids.iter().flatten().map(String::as_str).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A field's class: marked when it has a problem.
fn field_class(messages: &[String]) -> &'static str {
    if messages.is_empty() {
        "cfg-field"
    } else {
        "cfg-field cfg-field--problem"
    }
}

/// A setting from a loaded file that the form has no control for: what it
/// is, and a button that removes it.
fn from_file(what: String, remove: String, onclick: yew::Callback<yew::MouseEvent>) -> yew::Html {
    yew::html! {
        <p class="cfg-from-file">
            { format!("From your file: {what}. ") }
            <button type="button" class="cfg-button cfg-button--small" {onclick}>{ remove }</button>
        </p>
    }
}

/// A field's problems, under its label: said as a problem to assistive
/// technology too.
fn messages_html(id: &str, messages: &[String]) -> yew::Html {
    use yew::html;
    if messages.is_empty() {
        return yew::Html::default();
    }
    html! {
        <div class="cfg-message" id={format!("{id}-msg")}>
            { for messages.iter().map(|m| html! {
                <p><span class="cfg-hidden">{ "Problem: " }</span>{ m }</p>
            }) }
        </div>
    }
}
