//! The signs that fit IMS as one optional "Do any of these apply to you?"
//! list on the page about the pain: a box a sign, in the words the result
//! gives it. Ticked is the sign's answer; unticked leaves its question
//! unanswered (see `journey::checklist::fit_sign`). A view function, as
//! the health checklists are.
use yew::prelude::*;

use super::checklist::{choice, Hook};
use super::html::{nodes, target_attribute};
use super::state::Env;
use crate::journey::checklist::fit_sign;
use crate::journey::Action;
use crate::protocol::Question;

pub fn fit_list_view(env: &Env, fits: &[&Question]) -> Html {
    if fits.is_empty() {
        return Html::default();
    }
    let w = env.words();
    let answers = &env.journey().answers;
    let onchange = {
        let dispatch = env.dispatch.clone();
        let protocol = env.state.language.protocol.clone();
        Callback::from(move |e: Event| {
            let Some(question) = target_attribute(&e, "data-check") else {
                return;
            };
            if let Some(sign) = protocol.question(&question).and_then(fit_sign) {
                let answer = sign.id.clone();
                dispatch.emit(Action::Toggle { question, answer });
            }
        })
    };
    html! {
        <fieldset class="ims-question" {onchange} data-fits="">
            <legend class="ims-legend">
                { w.check_titles[0] }
                <span class="ims-optional">{ format!(" ({})", w.optional.to_ascii_lowercase()) }</span>
            </legend>
            <div class="ims-answers ims-answers--many">
                { nodes(fits.len(), &|n| {
                    let question = fits[n];
                    let Some(sign) = fit_sign(question) else { return Html::default() };
                    let on = answers.chosen(&question.id).contains(&sign.id);
                    let words = sign.note.as_ref().map_or("", |note| note.get(w.lang));
                    html! {
                        <div key={question.id.clone()} data-question={question.id.clone()}>
                            { choice(Hook::Check(&question.id), on, words, None, "") }
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}
