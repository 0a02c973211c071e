//! A health checklist, the GOV.UK way: "Do any of these apply?" (the
//! page's heading), the items as a plain list with their examples, then
//! one answer: "Yes", "No, none of these" or "I'm not sure about one of
//! these". "Yes" reveals the items as boxes right under it, "not sure" the
//! items to pick from: a visitor with none of them answers in one radio.
//! A ticked item that needs more asks it right under it (which of its
//! answers: the protocol's question, as on any page), or on the page after
//! the checklists (where: the follow-up lists, `details_view`).
//! The journey turns the answer and the ticks into the protocol's answers.
//! A view function, not a component: it shows the whole journey, which
//! changes at every tick, and a component type of its own costs the wasm
//! about 2 KB.
use yew::prelude::*;

use super::follow_up::{FollowUpList, FollowUpView};
use super::html::{class_list, nodes, nodes_where, target_attribute};
use super::question::QuestionView;
use super::state::Env;
use crate::engine::follow_ups;
use crate::journey::checklist::{hint_index, item_index, reworded_label, yes_answers};
use crate::journey::{Action, Blocker, Page, Tick};
use crate::config::ClinicConfig;
use crate::protocol::Question;
use crate::words::Words;

/// The `data-check` of the three answers: "Yes", "No, none of these" and
/// "I'm not sure about one of these".
const SOME: &str = "some";
const NONE: &str = "none";
const NOT_SURE: &str = "not-sure";
/// The box under "Yes" for one item yes and another not sure.
const ALSO_UNSURE: &str = "also-unsure";

/// The lists the checklists' ticks ask for, on the page after them.
pub fn details_view(env: &Env) -> Html {
    let journey = env.journey();
    let asked = follow_ups(env.protocol(), &journey.answers);
    nodes_where(asked.len(), &|n| {
        let (follow_up, by) = &asked[n];
        (Page::of_follow_up(by) == journey.page).then(|| {
            html! {
                <FollowUpView key={follow_up.id()} list={FollowUpList::of(*follow_up, journey)}
                    words={env.words()} dispatch={env.dispatch.clone()} />
            }
        })
    })
}

pub fn checklist_view(env: &Env) -> Html {
    let journey = env.journey();
    let protocol = env.protocol();
    let Some(list) = journey.checklist(protocol) else {
        return Html::default();
    };
    let w = env.words();
    let topic = list.topic;
    let ticks = &list.ticks;
    let onchange = {
        let dispatch = env.dispatch.clone();
        Callback::from(move |e: Event| {
            let tick = match (target_attribute(&e, "data-check"), target_attribute(&e, "data-unsure")) {
                (Some(check), _) if check == SOME => Tick::Some,
                (Some(check), _) if check == NONE => Tick::None,
                (Some(check), _) if check == NOT_SURE => Tick::NotSure,
                (Some(check), _) if check == ALSO_UNSURE => Tick::AlsoUnsure,
                (Some(item), _) => Tick::Item(item),
                (None, Some(item)) => Tick::Unsure(item),
                // The answers asked under a ticked item: their own listeners.
                (None, None) => return,
            };
            dispatch.emit(Action::Check { topic, tick });
        })
    };
    let error = |blocker: Blocker| {
        let target = blocker.target();
        let shown = journey.blockers.contains(&blocker);
        html! {
            if shown {
                <p class="ims-error" id={format!("ims-err-{target}")} data-error-for={target}>
                    { w.blocker(&blocker, 0) }
                </p>
            }
        }
    };
    let clinic = env.state.languages.clinic();
    fn label<'q>(clinic: &ClinicConfig, w: &'static Words, item: &'q Question) -> &'q str {
        reworded_label(clinic, item, w.lang).unwrap_or_else(|| item_index(&item.id).map_or("", |n| w.check_items[n]))
    }
    let label = |item| label(clinic, w, item);
    let invalid = journey.blockers.iter().any(|b| b.checklist() == Some(topic));
    // The "nothing ticked" problem where its fix is: above the boxes once
    // "Yes" shows them, else above the answers.
    let unanswered = error(Blocker::NothingTicked { topic });
    let hint = |id: &str| hint_index(id).map(|h| w.check_hints[h]);
    // The items to pick the unsure ones from, under "I'm not sure" or under
    // "Yes" (the items ticked there left out).
    let unsure_list = || {
        html! {
            <fieldset class="ims-check-reveal" data-checklist-unsure={topic.id()}>
                <legend class="ims-legend">{ w.check_which }</legend>
                { error(Blocker::UnsureOfNothing { topic }) }
                { nodes_where(list.items.len(), &|n| {
                    let item = list.items[n];
                    (!ticks.is_ticked(&item.id)).then(|| {
                        choice(Hook::Unsure(&item.id), ticks.is_unsure(&item.id), label(item), None, "ims-choice--compact")
                    })
                }) }
            </fieldset>
        }
    };
    html! {
        <fieldset class={class_list("ims-question ims-check", &[(invalid, "ims-question--invalid")])} {onchange}
            data-checklist={topic.id()} aria-labelledby="ims-step-title">
            <ul class="ims-check-list">
                { nodes(list.items.len(), &|n| {
                    let item = list.items[n];
                    html! {
                        <li key={item.id.clone()} data-listed={item.id.clone()}>
                            { label(item) }
                            if let Some(hint) = hint(&item.id) {
                                <span class="ims-hint">{ hint }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
            if !ticks.some { { unanswered.clone() } }
            <div class="ims-answers ims-answers--many">
                { choice(Hook::Pick(SOME), ticks.some, w.check_yes, None, "") }
                if ticks.some {
                    <fieldset class="ims-check-reveal" data-checklist-some={topic.id()}>
                        <legend class="ims-legend">{ w.check_which_ones }</legend>
                        { unanswered }
                        { nodes(list.items.len(), &|n| {
                            let item = list.items[n];
                            let id = item.id.as_str();
                            let on = ticks.is_ticked(id);
                            let details: Vec<String> = yes_answers(item, &journey.answers).iter().map(|a| a.to_string()).collect();
                            // Which of its answers, as its question asks it anywhere.
                            let detail = (on && details.len() > 1).then(|| {
                                let blocker = journey.blockers.iter().find(|b| b.target() == id).cloned();
                                html! {
                                    <QuestionView protocol={env.state.language.protocol.clone()} question={AttrValue::from(id.to_string())}
                                        words={w} {blocker} mark_required={false}
                                        chosen={journey.answers.chosen(id).to_vec()} offered={details}
                                        dispatch={env.dispatch.clone()} />
                                }
                            });
                            html! {
                                <div class="ims-check-item" key={id.to_string()} data-item={id.to_string()}>
                                    { choice(Hook::Check(id), on, label(item), None, "ims-choice--compact") }
                                    { detail.unwrap_or_default() }
                                </div>
                            }
                        }) }
                        // One item yes and another not sure: said here too.
                        { choice(Hook::Check(ALSO_UNSURE), ticks.not_sure, w.check_also_unsure, None, "ims-choice--compact") }
                        if ticks.not_sure { { unsure_list() } }
                    </fieldset>
                }
                { choice(Hook::Pick(NONE), ticks.none, w.check_none, None, "") }
                { choice(Hook::Pick(NOT_SURE), ticks.not_sure && !ticks.some, w.check_not_sure, None, "") }
                if ticks.not_sure && !ticks.some { { unsure_list() } }
            </div>
        </fieldset>
    }
}

/// A control of the health pages and its hook: a checklist's answer (a
/// radio, `data-check`: "some", "none" or "not-sure"), its box of an item
/// (`data-check`: the item), a box under "not sure" (`data-unsure`), or a
/// question's radio (`data-answer`).
#[derive(Clone, Copy)]
pub enum Hook<'a> {
    Pick(&'a str),
    Check(&'a str),
    Unsure(&'a str),
    Answer(&'a str),
}

/// One box or radio of the health pages, built by one function so the
/// wasm has its markup once.
#[inline(never)]
pub fn choice(hook: Hook, on: bool, text: &str, hint: Option<&'static str>, extra: &'static str) -> Html {
    let (input_type, name) = match hook {
        Hook::Answer(_) => ("radio", Some("ims-radio")),
        // A name of its own: one group, apart from a question's radios.
        Hook::Pick(_) => ("radio", Some("ims-check")),
        _ => ("checkbox", None),
    };
    let (mut check, mut unsure, mut answer) = (None, None, None);
    match hook {
        Hook::Pick(v) | Hook::Check(v) => check = Some(v.to_string()),
        Hook::Unsure(v) => unsure = Some(v.to_string()),
        Hook::Answer(v) => answer = Some(v.to_string()),
    }
    html! {
        <label class={class_list("ims-choice", &[(on, "ims-choice--on"), (!extra.is_empty(), extra)])}>
            <input type={input_type} {name} data-check={check} data-unsure={unsure}
                data-answer={answer} checked={on} />
            <span class="ims-choice-text">
                { text }
                if let Some(hint) = hint {
                    <span class="ims-hint">{ hint }</span>
                }
            </span>
        </label>
    }
}
