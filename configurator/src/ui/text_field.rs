//! One setting typed in: its label, a plain explanation, its problems as
//! they are typed, and the field (a line or a paragraph).
use yew::prelude::*;

use super::state::Env;
use super::{described_by, field_class, messages_html, value_of};
use crate::settings::{text_of, Action, Field};

/// What kind of line a field takes, for the browser's keyboard and autofill.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Url,
    Tel,
    Email,
    /// Several lines.
    Paragraph,
}

#[derive(Properties, Clone, PartialEq)]
pub struct TextFieldProps {
    pub env: Env,
    pub field: Field,
    pub label: AttrValue,
    /// The plain explanation under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or(Kind::Text)]
    pub kind: Kind,
    #[prop_or_default]
    pub required: bool,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// The language the text is written in, when not English.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
}

#[function_component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let id = props.field.id();
    let value = text_of(props.env.settings(), props.field);
    let messages = props.env.shown(&id);
    let hint_id = props.hint.as_ref().map(|_| format!("{id}-hint"));
    let message_id = (!messages.is_empty()).then(|| format!("{id}-msg"));
    let described = described_by(&[hint_id.clone(), message_id]);
    let invalid = (!messages.is_empty()).then_some("true");
    let oninput = {
        let (dispatch, field) = (props.env.dispatch.clone(), props.field);
        Callback::from(move |event: InputEvent| {
            if let Some(value) = value_of(&event) {
                dispatch.emit(Action::SetText { field, value });
            }
        })
    };
    let kind = match props.kind {
        Kind::Text | Kind::Paragraph => "text",
        Kind::Url => "url",
        Kind::Tel => "tel",
        Kind::Email => "email",
    };
    let class = field_class(&messages);
    html! {
        <div {class}>
            <label for={id.clone()}>
                { &props.label }
                if props.required { <span class="cfg-required">{ " (required)" }</span> }
            </label>
            if let (Some(hint), Some(hint_id)) = (&props.hint, hint_id) {
                <p class="cfg-hint" id={hint_id}>{ hint }</p>
            }
            { messages_html(&id, &messages) }
            if props.kind == Kind::Paragraph {
                <textarea id={id.clone()} rows="3" value={value} {oninput} lang={props.lang.clone()}
                    aria-describedby={described} aria-invalid={invalid} />
            } else {
                <input id={id.clone()} type={kind} value={value} {oninput} lang={props.lang.clone()}
                    autocomplete={props.autocomplete.clone()} spellcheck={(props.kind != Kind::Text).then_some("false")}
                    required={props.required} aria-describedby={described} aria-invalid={invalid} />
            }
        </div>
    }
}
