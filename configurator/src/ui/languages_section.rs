//! The languages the checker offers its visitors: the six it has.
use ims_checker::base::lang::Lang;
use yew::prelude::*;

use super::state::Env;
use super::{checked, described_by, from_file, messages_html};
use crate::settings::{english_name, Action, LANGUAGES};

#[derive(Properties, Clone, PartialEq)]
pub struct LanguagesSectionProps {
    pub env: Env,
}

#[function_component]
pub fn LanguagesSection(props: &LanguagesSectionProps) -> Html {
    let env = &props.env;
    let offered = env.model().languages();
    let messages = env.shown(LANGUAGES);
    let unknown: Vec<&String> = offered.iter().filter(|id| Lang::from_id(id).is_none()).collect();
    let box_for = |lang: Lang| {
        let id = format!("lang-{}", lang.id());
        let on = offered.iter().any(|o| o == lang.id());
        let onchange = {
            let (dispatch, tag) = (env.dispatch.clone(), lang.id().to_string());
            Callback::from(move |event: Event| {
                dispatch.emit(Action::SetLanguage {
                    id: tag.clone(),
                    offered: checked(&event),
                });
            })
        };
        let own = lang.name().filter(|own| *own != english_name(lang));
        html! {
            <div class="cfg-choice">
                <input type="checkbox" id={id.clone()} checked={on} {onchange} />
                <label for={id}>
                    { english_name(lang) }
                    if let Some(own) = own {
                        { " (" }<span lang={lang.id()}>{ own }</span>{ ")" }
                    }
                </label>
            </div>
        }
    };
    html! {
        <fieldset class="cfg-group" id={LANGUAGES}
            aria-describedby={described_by(&[Some("languages-hint".into()), (!messages.is_empty()).then(|| "languages-msg".into())])}>
            <legend>{ "Languages" }</legend>
            <p class="cfg-hint" id="languages-hint">
                { "The languages a visitor can choose. The check starts in the first one their browser asks for; \
                   if their browser asks for none of them, in your page's language if you offer it (WordPress and \
                   other site builders set it for the whole site), otherwise in English. You can write your notes and your own words below in each language you \
                   offer; in a language you leave them out of, visitors read your English note and the checker's \
                   own words." }
            </p>
            { messages_html(LANGUAGES, &messages) }
            { for Lang::SHIPPED.into_iter().map(box_for) }
            { for unknown.into_iter().map(|id| from_file(
                format!("“{id}”"),
                format!("Remove “{id}”"),
                env.send(Action::SetLanguage { id: id.clone(), offered: false }),
            )) }
        </fieldset>
    }
}
