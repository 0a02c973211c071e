//! The clinic's notes on insurance coverage and on a doctor's referral, in
//! English and in each other language the clinic offers.
use ims_checker::base::lang::Lang;
use ims_checker::protocol::model::TextModel;
use yew::prelude::*;

use super::state::Env;
use super::text_field::{Kind, TextField};
use crate::settings::{english_name, Field};

#[derive(Properties, Clone, PartialEq)]
pub struct NotesSectionProps {
    pub env: Env,
}

#[function_component]
pub fn NotesSection(props: &NotesSectionProps) -> Html {
    let env = props.env.clone();
    let config = &env.settings().config;
    let note = |make: fn(Lang) -> Field, text: Option<&TextModel>, what: &'static str, example: &'static str| {
        let languages = env.model().text_languages(text);
        html! {
            <>
                { for languages.into_iter().map(|lang| {
                    let (label, hint) = match lang {
                        Lang::EN => (format!("{what}, in English"), Some(format!("For example: “{example}”"))),
                        _ => (format!("{what}, in {}", english_name(lang)), None),
                    };
                    let lang_attr = (lang != Lang::EN).then(|| AttrValue::from(lang.id()));
                    html! {
                        <TextField env={env.clone()} field={make(lang)} kind={Kind::Paragraph}
                            label={label} hint={hint.map(AttrValue::from)} lang={lang_attr} />
                    }
                }) }
            </>
        }
    };
    html! {
        <fieldset class="cfg-group">
            <legend>{ "Notes for your visitors" }</legend>
            <p class="cfg-hint">
                { "Shown on the result. Write each note in English, and in any other language you offer: a visitor \
                   who reads a language you did not write it in reads the English. Leave every box empty to show \
                   nothing. Keep it short and plain: a sentence or two." }
            </p>
            { note(Field::Coverage, config.coverage.as_ref(), "Insurance coverage",
                "In BC, an extended health plan that covers physiotherapy also covers IMS.") }
            { note(Field::Referral, config.referral.as_ref(), "Doctor's referral",
                "You do not need a doctor's note, unless your claim is through WorkSafeBC.") }
        </fieldset>
    }
}
