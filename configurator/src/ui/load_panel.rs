//! Loading a configuration to edit it: a configuration file, or the code
//! from the clinic's page, chosen as a file or pasted.
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::state::Env;
use super::value_of;
use crate::settings::Action;
use crate::web::{read_file, read_text};

#[derive(Properties, Clone, PartialEq)]
pub struct LoadPanelProps {
    pub env: Env,
}

#[function_component]
pub fn LoadPanel(props: &LoadPanelProps) -> Html {
    let env = &props.env;
    let pasted = use_state(String::new);
    let loaded = |dispatch: Callback<Action>| {
        Callback::from(move |loaded| {
            dispatch.emit(Action::Load {
                loaded: Box::new(loaded),
            })
        })
    };
    let onfile = {
        let done = loaded(env.dispatch.clone());
        Callback::from(move |event: Event| {
            let file = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|input| input.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                read_file(file, done.clone());
            }
        })
    };
    let oninput = {
        let pasted = pasted.clone();
        Callback::from(move |event: InputEvent| pasted.set(value_of(&event).unwrap_or_default()))
    };
    let onload = {
        let (done, pasted) = (loaded(env.dispatch.clone()), pasted.clone());
        Callback::from(move |_: MouseEvent| {
            if !pasted.trim().is_empty() {
                done.emit(read_text("what you pasted", &pasted));
            }
        })
    };
    let report = env.model().loaded.as_ref();
    html! {
        <details class="cfg-load">
            <summary>{ "Already have a configuration? Load it to change it" }</summary>
            <div class="cfg-field">
                <label for="load-file">{ "Open a configuration file" }</label>
                <p class="cfg-hint" id="load-file-hint">
                    { "The file you downloaded from this page (ims-checker-config.json), or a page of your website \
                       saved as a file. It is read here, on your computer; nothing is sent." }
                </p>
                <input type="file" id="load-file" accept=".json,.html,.htm,.txt,application/json,text/html"
                    aria-describedby="load-file-hint" onchange={onfile} />
            </div>
            <div class="cfg-field">
                <label for="load-text">{ "Or paste your configuration, or the code from your page" }</label>
                <textarea id="load-text" rows="5" spellcheck="false" value={(*pasted).clone()} {oninput} />
                <button type="button" class="cfg-button" onclick={onload}>{ "Load what I pasted" }</button>
            </div>
            <div class="cfg-load-report" role="status">
                if let Some(report) = report {
                    <p>
                        { format!("Loaded {}.", report.from) }
                        if report.config.is_none() { { " No settings could be read from it." } }
                    </p>
                    if !report.problems.is_empty() {
                        <ul class="cfg-message">
                            { for report.problems.iter().map(|p| html! { <li>{ p }</li> }) }
                        </ul>
                    }
                }
            </div>
        </details>
    }
}
