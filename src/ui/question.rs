//! One question as a native fieldset: radios for one answer, checkboxes for a
//! checklist, its help text and, after a failed Next, what to fix.
use yew::prelude::*;

use super::class_list;
use super::app::Env;
use crate::engine::applicable_answers;
use crate::journey::{Action, Journey};

#[derive(Properties, PartialEq, Clone)]
pub struct QuestionProps {
    pub env: Env,
    /// The question's id in the protocol.
    pub question: AttrValue,
}

#[function_component]
pub fn QuestionView(props: &QuestionProps) -> Html {
    let env = &props.env;
    let Some(question) = env.protocol().question(&props.question) else {
        return Html::default();
    };
    let journey = env.journey();
    let lang = env.lang();
    let w = env.words();
    let problem = journey.problems.iter().find(|p| p.target() == question.id);
    let many = Journey::is_checklist(question);
    let error_id = format!("ims-err-{}", question.id);
    let help_id = format!("ims-help-{}", question.id);
    let described = crate::i18n::join(
        &[
            question.help.is_some().then(|| help_id.clone()),
            problem.is_some().then(|| error_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>(),
        " ",
    );

    let answers = applicable_answers(question, &journey.answers);
    html! {
        <fieldset class={class_list("ims-question", &[(problem.is_some(), "ims-question--invalid")])}
            data-question={question.id.clone()}
            aria-describedby={(!described.is_empty()).then_some(described)}>
            <legend class="ims-legend">
                { question.prompt.get(lang) }
                if !question.is_required() {
                    <span class="ims-optional">{ format!(" ({})", w.optional.to_ascii_lowercase()) }</span>
                }
            </legend>
            if let Some(help) = &question.help {
                <p class="ims-help" id={help_id}>{ help.get(lang) }</p>
            }
            if let Some(problem) = problem {
                <p class="ims-error" role="alert" id={error_id} data-error-for={question.id.clone()}>
                    { w.problem(problem) }
                </p>
            }
            <div class={class_list("ims-answers", &[(many, "ims-answers--many"), (answers.len() <= 3 && !many, "ims-answers--row")])}>
                { for answers.iter().map(|answer| {
                    let checked = journey.is_chosen(&question.id, &answer.id);
                    let action = if many {
                        Action::Toggle { question: question.id.clone(), answer: answer.id.clone() }
                    } else {
                        Action::Choose { question: question.id.clone(), answer: answer.id.clone() }
                    };
                    let input_type = if many { "checkbox" } else { "radio" };
                    let name = format!("ims-{}", question.id);
                    html! {
                        <label key={answer.id.clone()} class={class_list("ims-choice", &[(checked, "ims-choice--on"), (answer.exclusive, "ims-choice--none")])}>
                            <input type={input_type} name={name} value={answer.id.clone()}
                                data-answer={answer.id.clone()} {checked}
                                onchange={env.send(action)} />
                            <span class="ims-choice-text">{ answer.label.get(lang) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
