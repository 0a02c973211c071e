//! One question as a native fieldset: radios for one answer, checkboxes for a
//! checklist, its help text and, after a failed Next, what to fix.
//!
//! Its props are only what it shows, so an action elsewhere on the step does
//! not re-render it.
use std::rc::Rc;

use yew::prelude::*;

use super::html::{class_list, nodes, target_attribute};
use crate::journey::{Action, Blocker, Journey};
use crate::protocol::Protocol;
use crate::words::Words;

#[derive(Properties, Clone)]
pub struct QuestionProps {
    pub protocol: Rc<Protocol>,
    /// The question's id in the protocol.
    pub question: AttrValue,
    /// The checker's words in the journey's language (whose texts it asks in).
    pub words: &'static Words,
    /// What to fix in this question after a failed Next.
    pub blocker: Option<Blocker>,
    /// Say "required" after the prompt: on a page that mixes required and
    /// optional questions.
    pub mark_required: bool,
    /// The ids of the answers chosen.
    pub chosen: Vec<String>,
    /// The ids of the answers offered, in order (some depend on the regions).
    pub offered: Vec<String>,
    /// Stable across renders: the widget's dispatch.
    pub dispatch: Callback<Action>,
}

impl PartialEq for QuestionProps {
    fn eq(&self, other: &Self) -> bool {
        // One protocol and one set of words a language for the widget's
        // life: compared by address, not by value.
        Rc::ptr_eq(&self.protocol, &other.protocol)
            && self.question == other.question
            && core::ptr::eq(self.words, other.words)
            && self.blocker == other.blocker
            && self.mark_required == other.mark_required
            && self.chosen == other.chosen
            && self.offered == other.offered
            && self.dispatch == other.dispatch
    }
}

#[function_component]
pub fn QuestionView(props: &QuestionProps) -> Html {
    let Some(question) = props.protocol.question(&props.question) else {
        return Html::default();
    };
    let w = props.words;
    let lang = w.lang;
    let blocker = props.blocker.as_ref();
    let many = Journey::is_checklist(question);
    let error_id = format!("ims-err-{}", question.id);
    let help_id = format!("ims-help-{}", question.id);
    let points_id = format!("ims-points-{}", question.id);
    let described = crate::base::text::join(
        &[
            (!question.points.is_empty()).then(|| points_id.clone()),
            question.help.is_some().then(|| help_id.clone()),
            blocker.is_some().then(|| error_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>(),
        " ",
    );

    let answers: Vec<_> = props.offered.iter().filter_map(|id| question.answer(id)).collect();
    // A few answers sit side by side; long ones get wider columns, so a
    // phone shows them one under the other instead of squeezed.
    let row = answers.len() <= 3 && !many;
    let long = answers.iter().any(|a| a.label.get(lang).chars().count() > 16);
    // One listener for all the answers: fewer closures to build and register
    // when a step appears.
    let onchange = {
        let (dispatch, question) = (props.dispatch.clone(), question.id.to_string());
        Callback::from(move |e: Event| {
            let Some(answer) = target_attribute(&e, "data-answer") else {
                return;
            };
            let question = question.clone();
            dispatch.emit(if many {
                Action::Toggle { question, answer }
            } else {
                Action::Choose { question, answer }
            });
        })
    };
    html! {
        <fieldset class={class_list("ims-question", &[(blocker.is_some(), "ims-question--invalid")])} {onchange}
            data-question={question.id.clone()}
            aria-describedby={(!described.is_empty()).then_some(described)}>
            <legend class="ims-legend">
                { question.prompt.get(lang) }
                if !question.is_required() {
                    <span class="ims-optional">{ format!(" ({})", w.optional.to_ascii_lowercase()) }</span>
                } else if props.mark_required {
                    <span class="ims-required">{ format!(" ({})", w.required.to_ascii_lowercase()) }</span>
                }
            </legend>
            if !question.points.is_empty() {
                <ul class="ims-points" id={points_id}>
                    { nodes(question.points.len(), &|n| html! { <li>{ question.points[n].get(lang) }</li> }) }
                </ul>
            }
            if let Some(help) = &question.help {
                <p class="ims-help" id={help_id}>{ help.get(lang) }</p>
            }
            if let Some(blocker) = blocker {
                <p class="ims-error" id={error_id} data-error-for={question.id.clone()}>
                    { w.blocker_named(blocker, &props.protocol, 0) }
                </p>
            }
            <div class={class_list("ims-answers", &[(many, "ims-answers--many"), (row, "ims-answers--row"), (row && long, "ims-answers--long")])}>
                { nodes(answers.len(), &|n| {
                    let answer = answers[n];
                    let checked = props.chosen.contains(&answer.id);
                    let input_type = if many { "checkbox" } else { "radio" };
                    let name = format!("ims-{}", question.id);
                    html! {
                        <label key={answer.id.clone()} class={class_list("ims-choice", &[(checked, "ims-choice--on"), (answer.exclusive, "ims-choice--none")])}>
                            <input type={input_type} name={name} value={answer.id.clone()}
                                data-answer={answer.id.clone()} {checked} />
                            <span class="ims-choice-text">{ answer.label.get(lang) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
