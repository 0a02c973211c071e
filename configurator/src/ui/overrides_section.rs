//! Your own words: any question, answer, help, note or result-page text
//! reworded, in English and in each other language the clinic offers (the
//! safety messages excepted).
use ims_checker::base::lang::Lang;
use yew::prelude::*;

use super::state::Env;
use super::{described_by, field_class, messages_html, value_of};
use crate::settings::{english_name, override_field, text_in, Action, OVERRIDES};
use crate::web::{go_to_field, soon};

#[derive(Properties, Clone, PartialEq)]
pub struct OverridesSectionProps {
    pub env: Env,
}

const CHOICE: &str = "override-choice";

#[function_component]
pub fn OverridesSection(props: &OverridesSectionProps) -> Html {
    let env = &props.env;
    let picked = use_state(String::new);
    let onchange = {
        let picked = picked.clone();
        Callback::from(move |event: Event| picked.set(value_of(&event).unwrap_or_default()))
    };
    let add = {
        let (dispatch, picked) = (env.dispatch.clone(), picked.clone());
        Callback::from(move |_: MouseEvent| {
            if picked.is_empty() {
                return;
            }
            let key = (*picked).clone();
            dispatch.emit(Action::AddOverride { key: key.clone() });
            soon(move || go_to_field(&override_field(&key, Some(Lang::EN))));
        })
    };
    let overrides = &env.settings().config.text_overrides;
    html! {
        <fieldset class="cfg-group" id={OVERRIDES}>
            <legend>{ "Your own words" }</legend>
            <p class="cfg-hint" id="overrides-hint">
                { "You can reword any question, answer or text of the result page, in English and in each other \
                   language you offer. Leave a language's box empty to keep the checker's own words in it. The \
                   words of the emergency and urgent-care messages cannot be changed." }
            </p>
            <div class="cfg-field">
                <label for={CHOICE}>{ "Text to reword" }</label>
                <div class="cfg-row">
                    <select id={CHOICE} {onchange} aria-describedby="overrides-hint">
                        <option value="" selected={picked.is_empty()}>{ "Choose a text" }</option>
                        { for env.choices().texts.iter().map(|group| html! {
                            <optgroup label={group.title.clone()}>
                                { for group.texts.iter().map(|text| html! {
                                    <option value={text.key.clone()} selected={*picked == text.key}
                                        disabled={overrides.contains_key(&text.key)}>
                                        { format!("{}: {}", text.what, shortened(&text.en)) }
                                    </option>
                                }) }
                            </optgroup>
                        }) }
                    </select>
                    <button type="button" class="cfg-button" onclick={add}>{ "Reword this text" }</button>
                </div>
            </div>
            { for overrides.keys().map(|key| reworded(env, key)) }
        </fieldset>
    }
}

/// The first words of a long text, for the list.
fn shortened(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 9 {
        text.to_string()
    } else {
        format!("{}…", words[..8].join(" "))
    }
}

/// One text reworded: what it is, the checker's words, and the clinic's.
fn reworded(env: &Env, key: &str) -> Html {
    let row = override_field(key, None);
    let known = env.choices().text(key);
    let title = match known {
        Some((group, text)) => format!("{} — {}", text.what, group.title),
        None => format!("From your file: “{key}”"),
    };
    let messages = env.shown(&row);
    let remove = env.send(Action::RemoveOverride { key: key.to_string() });
    let words = env
        .settings()
        .config
        .text_overrides
        .get(key)
        .cloned()
        .unwrap_or_default();
    let languages = env.model().text_languages(Some(&words));
    html! {
        <fieldset class="cfg-override" id={row.clone()}
            aria-describedby={(!messages.is_empty()).then(|| format!("{row}-msg"))}>
            <legend>{ title }</legend>
            { messages_html(&row, &messages) }
            if let Some((_, text)) = known {
                <p class="cfg-hint">{ "The checker says: " }<q>{ &text.en }</q></p>
                { for languages.into_iter().map(|lang| {
                    let id = override_field(key, Some(lang));
                    let messages = env.shown(&id);
                    let oninput = {
                        let (dispatch, key) = (env.dispatch.clone(), key.to_string());
                        Callback::from(move |event: InputEvent| {
                            if let Some(value) = value_of(&event) {
                                dispatch.emit(Action::SetOverride { key: key.clone(), lang, value });
                            }
                        })
                    };
                    let class = field_class(&messages);
                    html! {
                        <div {class}>
                            <label for={id.clone()}>{ format!("Your words, in {}", english_name(lang)) }</label>
                            { messages_html(&id, &messages) }
                            <textarea id={id.clone()} rows={if text.long { "3" } else { "2" }} {oninput}
                                lang={(lang != Lang::EN).then_some(lang.id())} value={text_in(&words, lang).to_string()}
                                aria-describedby={described_by(&[(!messages.is_empty()).then(|| format!("{id}-msg"))])}
                                aria-invalid={(!messages.is_empty()).then_some("true")} />
                        </div>
                    }
                }) }
            }
            <button type="button" class="cfg-button cfg-button--small" onclick={remove}>
                { if known.is_some() { "Use the checker's words again" } else { "Remove it" } }
            </button>
        </fieldset>
    }
}
