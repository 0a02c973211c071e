//! The real checker with the current settings: the widget's own loader (in
//! the page, from the same folder) upgrades an `<ims-checker>` made of the
//! same parts as the code, drawn again a moment after the settings last
//! changed, in the language picked for it.
use std::cell::RefCell;
use std::rc::Rc;

use ims_checker::base::lang::Lang;
use yew::prelude::*;

use super::value_of;
use crate::settings::Action;
use crate::snippet::Parts;
use crate::web::{after, show_preview, Timer};

#[derive(Properties, Clone, PartialEq)]
pub struct PreviewProps {
    /// The element's parts, settings with problems left out.
    pub parts: Parts,
    /// The languages offered, and the one shown.
    pub languages: Vec<Lang>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// How long the settings stay unchanged before the preview is drawn again.
const SETTLE_MS: i32 = 300;

#[function_component]
pub fn Preview(props: &PreviewProps) -> Html {
    let container = use_node_ref();
    let timer: Rc<RefCell<Option<Timer>>> = use_mut_ref(|| None);
    let first = use_mut_ref(|| true);
    {
        let container = container.clone();
        use_effect_with((props.parts.clone(), props.lang), move |(parts, lang)| {
            let draw = {
                let (container, parts, lang) = (container.clone(), parts.clone(), *lang);
                move || {
                    if let Some(element) = container.cast::<web_sys::Element>() {
                        show_preview(&element, &parts, lang);
                    }
                }
            };
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                draw();
            } else {
                *timer.borrow_mut() = Some(after(SETTLE_MS, draw));
            }
        });
    }
    let onchange = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            if let Some(lang) = value_of(&event).and_then(|id| Lang::from_id(&id)) {
                dispatch.emit(Action::SetPreviewLang { lang });
            }
        })
    };
    html! {
        <section class="cfg-preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{ "2. See it as your visitors will" }</h2>
            <p class="cfg-hint">
                { "This is the real checker with your settings, as your page will show it. Try it: your answers \
                   here are not sent anywhere either." }
            </p>
            if props.languages.len() > 1 {
                <div class="cfg-field cfg-field--inline">
                    <label for="preview-lang">{ "Show the preview in" }</label>
                    <select id="preview-lang" {onchange}>
                        { for props.languages.iter().map(|lang| html! {
                            <option value={lang.id()} selected={*lang == props.lang} lang={lang.id()}>
                                { lang.name().unwrap_or(lang.id()) }
                            </option>
                        }) }
                    </select>
                </div>
            }
            <div class="cfg-preview-frame" ref={container} data-preview=""></div>
        </section>
    }
}
