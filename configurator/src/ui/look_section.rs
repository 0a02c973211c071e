//! How the checker shows on the clinic's page: on the page or behind a
//! button, the button's words, and the theme (colour, font, corners).
use yew::prelude::*;

use super::state::Env;
use super::text_field::TextField;
use crate::messages::hex_colour;
use crate::settings::{Action, Field, Mode};

#[derive(Properties, Clone, PartialEq)]
pub struct LookSectionProps {
    pub env: Env,
}

#[function_component]
pub fn LookSection(props: &LookSectionProps) -> Html {
    let env = props.env.clone();
    let look = &env.settings().look;
    let swatch = use_node_ref();
    // The swatch's colour through its style object, which a strict
    // Content-Security-Policy allows (a style attribute it would not).
    {
        let swatch = swatch.clone();
        let colour = hex_colour(look.accent.trim()).map(|_| look.accent.trim().to_string());
        use_effect_with(colour, move |colour| {
            if let Some(element) = swatch.cast::<web_sys::HtmlElement>() {
                let style = element.style();
                let _ = match colour {
                    Some(colour) => style.set_property("background-color", colour),
                    None => style.remove_property("background-color").map(|_| ()),
                };
            }
        });
    }
    let mode = |value: Mode, id: &'static str, label: &'static str, hint: &'static str| {
        html! {
            <div class="cfg-choice">
                <input type="radio" name="mode" {id} checked={look.mode == value}
                    aria-describedby={format!("{id}-hint")}
                    onchange={env.send(Action::SetMode { mode: value })} />
                <label for={id}>{ label }</label>
                <p class="cfg-hint" id={format!("{id}-hint")}>{ hint }</p>
            </div>
        }
    };
    html! {
        <fieldset class="cfg-group">
            <legend>{ "How the checker shows on your page" }</legend>
            <fieldset class="cfg-choices">
                <legend class="cfg-sublegend">{ "Where it appears" }</legend>
                { mode(Mode::Inline, "mode-inline", "On the page",
                    "The check sits in your page where you paste the code.") }
                { mode(Mode::Launcher, "mode-launcher", "Behind a button",
                    "A button opens the check in a window. The check loads only when a visitor opens it.") }
            </fieldset>
            if look.mode == Mode::Launcher {
                <TextField env={env.clone()} field={Field::LauncherLabel} label="The button's words"
                    hint="If you leave it empty: “Is IMS right for me?”" />
            }
            <div class="cfg-colour">
                <TextField env={env.clone()} field={Field::Accent} label="Main colour"
                    hint="The colour of buttons and highlights, as a hex code like #7b2d8b. White text sits on it, \
                          so choose a dark colour. If you leave it empty: teal, #0b6e8a." />
                <span class="cfg-swatch" ref={swatch} aria-hidden="true"></span>
            </div>
            <TextField env={env.clone()} field={Field::Font} label="Font"
                hint="A font your website already uses, like \"Lato\", sans-serif. If you leave it empty, the \
                      visitor's own system font." />
            <TextField env={env} field={Field::Radius} label="Corners"
                hint="How round the corners are, like 6px (0 for square corners). If you leave it empty: 12px." />
        </fieldset>
    }
}
