//! The guideline questions a clinic may leave out (the safety questions
//! are always asked).
use yew::prelude::*;

use super::state::Env;
use super::{checked, described_by, from_file, messages_html};
use crate::settings::{Action, ROWS};

#[derive(Properties, Clone, PartialEq)]
pub struct RowsSectionProps {
    pub env: Env,
}

#[function_component]
pub fn RowsSection(props: &RowsSectionProps) -> Html {
    let env = &props.env;
    let off = &env.settings().config.rows_turned_off;
    let messages = env.shown(ROWS);
    let unknown: Vec<&String> = off.iter().filter(|id| env.choices().row(id).is_none()).collect();
    html! {
        <fieldset class="cfg-group" id={ROWS}
            aria-describedby={described_by(&[Some("rows-hint".into()), (!messages.is_empty()).then(|| format!("{ROWS}-msg"))])}>
            <legend>{ "Questions you may leave out" }</legend>
            <p class="cfg-hint" id="rows-hint">
                { "The checker asks these questions from clinical guidelines. Untick one to leave it out, if your \
                   physiotherapists would rather ask it at the assessment. The safety questions are always asked." }
            </p>
            { messages_html(ROWS, &messages) }
            { for env.choices().rows.iter().map(|row| {
                let id = format!("row-{}", row.id);
                let onchange = {
                    let (dispatch, question) = (env.dispatch.clone(), row.id.clone());
                    Callback::from(move |event: Event| dispatch.emit(Action::TurnOff {
                        question: question.clone(),
                        off: !checked(&event),
                    }))
                };
                html! {
                    <div class="cfg-choice">
                        <input type="checkbox" id={id.clone()} checked={!off.contains(&row.id)} {onchange} />
                        <label for={id}>{ format!("Ask: {}", row.prompt) }</label>
                    </div>
                }
            }) }
            { for unknown.into_iter().map(|id| from_file(
                format!("leave out “{id}”"),
                format!("Remove “{id}”"),
                env.send(Action::TurnOff { question: id.clone(), off: false }),
            )) }
        </fieldset>
    }
}
