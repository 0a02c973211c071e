//! Stricter results: for an answer, one of the stricter results the
//! validator's rule allows it (`Rule::stricter`), question by question.
use ims_checker::protocol::Level;
use yew::prelude::*;

use super::state::Env;
use super::{described_by, field_class, from_file, messages_html, value_of};
use crate::choices::{level_name, Rule, RuleGroup};
use crate::settings::{level_field, Action, LEVELS};

#[derive(Properties, Clone, PartialEq)]
pub struct LevelsSectionProps {
    pub env: Env,
}

#[function_component]
pub fn LevelsSection(props: &LevelsSectionProps) -> Html {
    let env = &props.env;
    let levels = &env.settings().config.stricter_levels;
    let messages = env.shown(LEVELS);
    let unknown: Vec<(&String, &String)> = levels
        .iter()
        .filter(|(rule, _)| env.choices().rule(rule).is_none())
        .collect();
    html! {
        <fieldset class="cfg-group" id={LEVELS}
            aria-describedby={described_by(&[Some("levels-hint".into()), (!messages.is_empty()).then(|| format!("{LEVELS}-msg"))])}>
            <legend>{ "Stricter results" }</legend>
            <p class="cfg-hint" id="levels-hint">
                { "For an answer that already changes the result, your clinic can give a stricter one, for example \
                   “Not suitable now” where the checker says “Talk to the clinic first”, up to “Not suitable now”. \
                   It can never give a less strict one. The emergency questions, the warning signs and the answers \
                   that mean no problem keep the checker's result. Open a question to see its answers." }
            </p>
            { messages_html(LEVELS, &messages) }
            { for env.choices().rules.iter().map(|group| question(env, group)) }
            { for unknown.into_iter().map(|(rule, level)| from_file(
                format!("“{rule}” → “{level}”"),
                format!("Remove “{rule}”"),
                env.send(Action::SetLevel { rule: rule.clone(), level: None }),
            )) }
        </fieldset>
    }
}

/// A question's answers, folded until opened.
fn question(env: &Env, group: &RuleGroup) -> Html {
    let levels = &env.settings().config.stricter_levels;
    let changed = group.rules.iter().filter(|r| levels.contains_key(&r.rule)).count();
    let problem = group.rules.iter().any(|r| !env.shown(&level_field(&r.rule)).is_empty());
    html! {
        <details class="cfg-question" data-question={group.question.clone()}>
            <summary>
                { &group.prompt }
                if changed > 0 {
                    <span class="cfg-badge">{ if changed == 1 { " (1 change)".to_string() } else { format!(" ({changed} changes)") } }</span>
                }
                if problem {
                    <span class="cfg-badge cfg-badge--problem">{ " (a problem)" }</span>
                }
            </summary>
            { for group.rules.iter().map(|rule| answer(env, rule)) }
        </details>
    }
}

/// One answer's result: the checker's, or one stricter.
fn answer(env: &Env, rule: &Rule) -> Html {
    let id = level_field(&rule.rule);
    let chosen = env.settings().config.stricter_levels.get(&rule.rule).cloned();
    let messages = env.shown(&id);
    let onchange = {
        let (dispatch, key) = (env.dispatch.clone(), rule.rule.clone());
        Callback::from(move |event: Event| {
            let level = value_of(&event).and_then(|id| Level::from_id(&id));
            dispatch.emit(Action::SetLevel {
                rule: key.clone(),
                level,
            });
        })
    };
    // A level from a file that the form does not offer still shows, beside its problem.
    let other = chosen
        .as_ref()
        .filter(|id| !rule.stricter.iter().any(|level| level.id() == id.as_str()));
    let class = field_class(&messages);
    html! {
        <div {class}>
            <label for={id.clone()}>{ format!("When a visitor answers “{}”", rule.answer) }</label>
            { messages_html(&id, &messages) }
            <select id={id.clone()} {onchange}
                aria-describedby={(!messages.is_empty()).then(|| format!("{id}-msg"))}
                aria-invalid={(!messages.is_empty()).then_some("true")}>
                <option value="" selected={chosen.is_none()}>
                    { format!("As the checker says: {}", level_name(rule.current)) }
                </option>
                { for rule.stricter.iter().map(|level| html! {
                    <option value={level.id()} selected={chosen.as_deref() == Some(level.id())}>
                        { level_name(*level) }
                    </option>
                }) }
                if let Some(other) = other {
                    <option value={other.clone()} selected=true>
                        { format!("From your file: {}", Level::from_id(other).map_or_else(|| other.clone(), |l| level_name(l).to_string())) }
                    </option>
                }
            </select>
        </div>
    }
}
