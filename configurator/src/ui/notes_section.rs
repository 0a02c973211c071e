//! The clinic's notes on insurance coverage and on a doctor's referral, in
//! English and French.
use yew::prelude::*;

use super::state::Env;
use super::text_field::{Kind, TextField};
use crate::settings::{Field, Tongue};

#[derive(Properties, Clone, PartialEq)]
pub struct NotesSectionProps {
    pub env: Env,
}

#[function_component]
pub fn NotesSection(props: &NotesSectionProps) -> Html {
    let env = props.env.clone();
    let pair = |make: fn(Tongue) -> Field, what: &'static str, example: &'static str| {
        html! {
            <>
                <TextField env={env.clone()} field={make(Tongue::En)} kind={Kind::Paragraph}
                    label={format!("{what}, in English")} hint={format!("For example: “{example}”")} />
                <TextField env={env.clone()} field={make(Tongue::Fr)} kind={Kind::Paragraph} lang="fr"
                    label={format!("{what}, in French")} />
            </>
        }
    };
    html! {
        <fieldset class="cfg-group">
            <legend>{ "Notes for your visitors" }</legend>
            <p class="cfg-hint">
                { "Shown on the result. Write each note in English and in French, or leave both boxes empty to \
                   show nothing. Keep it short and plain: a sentence or two." }
            </p>
            { pair(Field::Coverage, "Insurance coverage",
                "In BC, an extended health plan that covers physiotherapy also covers IMS.") }
            { pair(Field::Referral, "Doctor's referral",
                "You do not need a doctor's note, unless your claim is through WorkSafeBC.") }
        </fieldset>
    }
}
