//! Every problem of the settings, each a link to its field: shown above the
//! code, which leaves those settings out until they are fixed.
use yew::prelude::*;

use super::state::Env;
use crate::messages::field_label;
use crate::web::go_to_field;

#[derive(Properties, Clone, PartialEq)]
pub struct ProblemsProps {
    pub env: Env,
}

#[function_component]
pub fn Problems(props: &ProblemsProps) -> Html {
    let env = &props.env;
    if env.messages.is_empty() {
        return html! {
            <p class="cfg-all-good" id="problems">{ "No problems found: the code has every setting." }</p>
        };
    }
    let count = env.messages.len();
    html! {
        <div class="cfg-problems" id="problems" role="group" aria-labelledby="problems-title">
            <h3 id="problems-title">
                { if count == 1 { "1 setting has a problem".to_string() } else { format!("{count} settings have a problem") } }
            </h3>
            <p>{ "The code leaves these settings out until you fix them. Follow a link to the setting." }</p>
            <ul>
                { for env.messages.iter().map(|message| {
                    let field = message.field.clone();
                    let onclick = Callback::from(move |event: MouseEvent| {
                        event.prevent_default();
                        go_to_field(&field);
                    });
                    html! {
                        <li>
                            <a href={format!("#{}", message.field)} {onclick} data-problem-for={message.field.clone()}>
                                { format!("{}: {}", field_label(&message.field, env.choices()), message.text) }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
