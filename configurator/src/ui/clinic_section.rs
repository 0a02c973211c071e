//! The clinic's name and contacts, and the numbers for help now.
use yew::prelude::*;

use super::state::Env;
use super::text_field::{Kind, TextField};
use crate::settings::Field;

#[derive(Properties, Clone, PartialEq)]
pub struct ClinicSectionProps {
    pub env: Env,
}

#[function_component]
pub fn ClinicSection(props: &ClinicSectionProps) -> Html {
    let env = props.env.clone();
    html! {
        <>
            <fieldset class="cfg-group">
                <legend>{ "Your clinic" }</legend>
                <TextField env={env.clone()} field={Field::ClinicName} label="Clinic name" required=true
                    autocomplete="organization"
                    hint="As your visitors know it. It heads the summary of their answers they can copy." />
                <TextField env={env.clone()} field={Field::BookingUrl} label="Booking link" kind={Kind::Url}
                    hint="The web address of the page where visitors book an assessment, starting with https://. \
                          The checker offers it only when IMS may suit the visitor." />
                <TextField env={env.clone()} field={Field::Phone} label="Phone" kind={Kind::Tel} autocomplete="tel"
                    hint="Your clinic's phone number. Visitors can tap it to call." />
                <TextField env={env.clone()} field={Field::Email} label="Email" kind={Kind::Email}
                    autocomplete="email" hint="Leave it empty if you would rather not be emailed." />
            </fieldset>
            <fieldset class="cfg-group">
                <legend>{ "When a visitor needs help now" }</legend>
                <TextField env={env.clone()} field={Field::EmergencyNumber} label="Emergency number" kind={Kind::Tel}
                    hint="The number a visitor with warning signs is told to call at once. If you leave it empty, 911." />
                <TextField env={env.clone()} field={Field::NurseLine} label="Nurse line" kind={Kind::Tel}
                    hint="A health advice line, such as 811 in British Columbia, offered when a visitor should get \
                          care today. Leave it empty if there is none." />
            </fieldset>
            <fieldset class="cfg-group">
                <legend>{ "Review of your rules" }</legend>
                <TextField env={env.clone()} field={Field::ReviewBy} label="Rules reviewed by"
                    hint="The physiotherapist who reviewed and signed the rules sheet. The result says who, and when. \
                          Leave both empty if no one has yet." />
                <TextField env={env} field={Field::ReviewDate} label="Date of the review"
                    hint="The day they signed it, as year-month-day, such as 2026-12-01." />
            </fieldset>
        </>
    }
}
