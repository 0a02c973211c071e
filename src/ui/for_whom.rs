//! Who the check is for: "Me" or "Someone I care for", the journey's own
//! question (not a protocol row), named by the page's heading. A view
//! function, not a component: the page re-renders with the journey anyway,
//! and a component type of its own costs the wasm about 2 KB.
use yew::prelude::*;

use super::checklist::{choice, Hook};
use super::html::{class_list, nodes, target_attribute};
use super::state::Env;
use crate::journey::checklist::{FOR_WHOM, ME, SOMEONE_ELSE};
use crate::journey::Action;

pub fn for_whom_view(env: &Env) -> Html {
    let w = env.words();
    let journey = env.journey();
    let chosen = journey.answers.chosen(FOR_WHOM).first().cloned();
    let unanswered = journey.blockers.iter().any(|b| b.target() == FOR_WHOM);
    let onchange = {
        let dispatch = env.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(answer) = target_attribute(&e, "data-answer") {
                dispatch.emit(Action::Choose {
                    question: FOR_WHOM.into(),
                    answer,
                });
            }
        })
    };
    let error_id = "ims-err-for-whom";
    html! {
        <fieldset class={class_list("ims-question", &[(unanswered, "ims-question--invalid")])} {onchange}
            data-question={FOR_WHOM} aria-labelledby="ims-step-title"
            aria-describedby={unanswered.then_some(error_id)}>
            if unanswered {
                <p class="ims-error" id={error_id} data-error-for={FOR_WHOM}>{ w.err_unanswered }</p>
            }
            <div class="ims-answers">
                { nodes(2, &|n| {
                    let id = [ME, SOMEONE_ELSE][n];
                    choice(Hook::Answer(id), chosen.as_deref() == Some(id), w.for_whom_answers[n], None, "")
                }) }
            </div>
        </fieldset>
    }
}
