//! The page: what it is for, the settings (with a way to load existing
//! ones), the live preview, the code and the configuration file, and the
//! rules sheet. It owns the one state.
use std::rc::Rc;

use ims_checker::base::lang::Lang;
use yew::prelude::*;

use super::clinic_section::ClinicSection;
use super::code_panel::CodePanel;
use super::languages_section::LanguagesSection;
use super::levels_section::LevelsSection;
use super::load_panel::LoadPanel;
use super::look_section::LookSection;
use super::notes_section::NotesSection;
use super::overrides_section::OverridesSection;
use super::preview::Preview;
use super::rows_section::RowsSection;
use super::rules_sheet::RulesSheet;
use super::state::{Env, State};
use crate::snippet::valid_parts;
use crate::web::{folder_here, in_wordpress, loader_integrity};

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| State::new(&folder_here()));
    let integrity = use_memo((), |_| loader_integrity().map(AttrValue::from));
    let dispatch = use_callback(state.dispatcher(), |action, dispatcher| dispatcher.dispatch(action));
    let env = Env::new(state.clone(), dispatch.clone());
    let parts = valid_parts(env.settings(), env.protocol());
    let languages: Vec<Lang> = env
        .model()
        .languages()
        .iter()
        .filter_map(|id| Lang::from_id(id))
        .collect();
    html! {
        <>
            <header class="cfg-header cfg-screen-only">
                <h1>{ "Set up the IMS checker for your clinic" }</h1>
                <p>
                    { "This page writes the code that puts the checker on your website. Fill in your clinic's \
                       details, see the checker as your visitors will, then copy the code into your page and print \
                       the rules sheet for your physiotherapist to sign." }
                </p>
                <p class="cfg-privacy" data-privacy={in_wordpress().then_some("wordpress")}>
                    if in_wordpress() {
                        { "Nothing you type here is sent anywhere until you save it: press \u{201c}Use the \
                           configurator's settings\u{201d} below this frame, then \u{201c}Save settings\u{201d}. \
                           This page starts from your saved settings next time." }
                    } else {
                        { "Everything stays on this page: nothing you type is sent anywhere or saved. To keep your \
                           settings, download the configuration file (step 3) and load it here next time." }
                    }
                </p>
            </header>
            <div class="cfg-columns cfg-screen-only">
                <section class="cfg-settings" aria-labelledby="settings-title">
                    <h2 id="settings-title">{ "1. Your settings" }</h2>
                    <LoadPanel env={env.clone()} />
                    <ClinicSection env={env.clone()} />
                    <LookSection env={env.clone()} />
                    <LanguagesSection env={env.clone()} />
                    <NotesSection env={env.clone()} />
                    <RowsSection env={env.clone()} />
                    <LevelsSection env={env.clone()} />
                    <OverridesSection env={env.clone()} />
                </section>
                <div class="cfg-side">
                    <Preview parts={parts.clone()} {languages} lang={env.model().preview_lang()} {dispatch} />
                </div>
            </div>
            <div class="cfg-screen-only">
                <CodePanel env={env.clone()} {parts} integrity={(*integrity).clone()} />
            </div>
            <RulesSheet config={env.settings().config.clone()} protocol={Rc::clone(&state.protocol)} />
        </>
    }
}
