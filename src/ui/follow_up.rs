//! The lists a "yes" asks for, right under its question: where and when each
//! operation was, and which places have lymphoedema or a skin infection.
use yew::prelude::*;

use super::class_list;
use super::state::Env;
use crate::engine::follow_ups;
use crate::i18n::{region_name, replace_all};
use crate::journey::{Action, Problem};
use crate::protocol::{FollowUp, Lang};
use crate::i18n::Words;
use crate::regions::{Area, SurgerySite};

#[derive(Properties, PartialEq, Clone)]
pub struct FollowUpsProps {
    pub env: Env,
    /// The question whose answer may ask for a list.
    pub question: AttrValue,
}

#[function_component]
pub fn FollowUps(props: &FollowUpsProps) -> Html {
    let env = &props.env;
    follow_ups(env.protocol(), &env.journey().answers)
        .into_iter()
        .filter(|(_, question)| question.id == props.question.as_str())
        .map(|(follow_up, _)| match follow_up {
            FollowUp::Surgeries => surgeries(env),
            listed => listed_regions(env, listed),
        })
        .collect()
}

fn surgeries(env: &Env) -> Html {
    let journey = env.journey();
    let lang = env.lang();
    let w = env.words();
    let choices = journey.surgery_site_choices();
    let today = journey.today.to_string();
    html! {
        <fieldset class="ims-follow-up" data-follow-up="surgeries">
            <legend class="ims-legend">{ w.surgery_title }</legend>
            <div class="ims-surgery-rows">
            { for journey.surgeries.iter().enumerate().map(|(index, draft)| {
                let problems: Vec<&Problem> = journey
                    .problems
                    .iter()
                    .filter(|p| p.surgery_row() == Some(index))
                    .collect();
                let region_id = format!("ims-surgery-region-{index}");
                let date_id = format!("ims-surgery-date-{index}");
                let error_id = format!("ims-surgery-error-{index}");
                let on_region = {
                    let dispatch = env.dispatch.clone();
                    Callback::from(move |e: Event| {
                        let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                        dispatch.emit(Action::SetSurgerySite { index, site: SurgerySite::from_id(&value) });
                    })
                };
                let on_date = {
                    let dispatch = env.dispatch.clone();
                    Callback::from(move |e: Event| {
                        let date = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                        dispatch.emit(Action::SetSurgeryDate { index, date });
                    })
                };
                let invalid = !problems.is_empty();
                html! {
                    <div key={draft.key} class={class_list("ims-surgery", &[(invalid, "ims-question--invalid")])} data-surgery={index.to_string()}>
                        if journey.surgeries.len() > 1 {
                            <p class="ims-subtitle">{ replace_all(w.surgery_row, "{n}", &(index + 1).to_string()) }</p>
                        }
                        if invalid {
                            <ul class="ims-error" role="alert" id={error_id.clone()} data-error-for={FollowUp::Surgeries.id()}>
                                { for problems.iter().map(|p| html! { <li>{ w.problem(p) }</li> }) }
                            </ul>
                        }
                        <div class="ims-surgery-fields">
                            <label class="ims-field" for={region_id.clone()}>
                                <span>{ w.surgery_where }</span>
                                <select id={region_id} data-field="surgery-region" onchange={on_region}
                                    aria-invalid={invalid.then_some("true")}
                                    aria-describedby={invalid.then(|| error_id.clone())}>
                                    <option value="" selected={draft.site.is_none()}>{ w.surgery_pick }</option>
                                    { for choices.iter().map(|site| html! {
                                        <option value={site.id()} selected={draft.site == Some(*site)}>
                                            { match site {
                                                SurgerySite::Region(region) => region_name(*region, lang),
                                                SurgerySite::Elsewhere => w.surgery_elsewhere.to_string(),
                                            } }
                                        </option>
                                    }) }
                                </select>
                            </label>
                            <label class="ims-field" for={date_id.clone()}>
                                <span>{ w.surgery_when }</span>
                                <input type="date" id={date_id} data-field="surgery-date" max={today.clone()}
                                    value={draft.date.clone()} onchange={on_date}
                                    aria-invalid={invalid.then_some("true")}
                                    aria-describedby={invalid.then(|| error_id.clone())} />
                            </label>
                        </div>
                        if journey.surgeries.len() > 1 {
                            <button type="button" class="ims-button ims-button--link" data-action="remove-surgery"
                                onclick={env.send(Action::RemoveSurgery { index })}>{ w.surgery_remove }</button>
                        }
                    </div>
                }
            }) }
            </div>
            <button type="button" class="ims-button ims-button--quiet" data-action="add-surgery"
                onclick={env.send(Action::AddSurgery)}>{ w.surgery_add }</button>
        </fieldset>
    }
}

fn listed_regions(env: &Env, follow_up: FollowUp) -> Html {
    let journey = env.journey();
    let lang = env.lang();
    let w = env.words();
    let title = match follow_up {
        FollowUp::SkinInfectionRegions => w.listed_title_skin,
        _ => w.listed_title_lymphoedema,
    };
    let choices: Vec<Area> = match follow_up {
        FollowUp::LymphoedemaRegions => journey.lymphoedema_choices(),
        _ => journey.answers.regions.iter().map(|r| Area::Region(*r)).collect(),
    };
    let is_listed = |area: Area| match area {
        Area::Region(region) if follow_up == FollowUp::SkinInfectionRegions => {
            journey.answers.skin_infection_regions.contains(&region)
        }
        area => journey.answers.lymphoedema_regions.contains(&area),
    };
    let problem = journey.problems.iter().find(|p| p.target() == follow_up.id());
    html! {
        <fieldset class={class_list("ims-follow-up", &[(problem.is_some(), "ims-question--invalid")])}
            data-follow-up={follow_up.id()}>
            <legend class="ims-legend">{ title }</legend>
            if let Some(problem) = problem {
                <p class="ims-error" role="alert" data-error-for={follow_up.id()}>{ w.problem(problem) }</p>
            }
            <div class="ims-answers ims-answers--grid">
                { for choices.into_iter().map(|area| {
                    let checked = is_listed(area);
                    html! {
                        <label key={area.id()} class={class_list("ims-choice ims-choice--compact", &[(checked, "ims-choice--on")])}>
                            <input type="checkbox" data-region={area.id()} {checked}
                                onchange={env.send(Action::ToggleListed { follow_up, area })} />
                            <span class="ims-choice-text">{ area_name(area, w, lang) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// A whole limb ("Your left arm (shoulder to hand)") or a region's name.
fn area_name(area: Area, w: &Words, lang: Lang) -> String {
    match area {
        Area::Region(region) => region_name(region, lang),
        Area::Limb(limb) => w.limb_name(limb).to_string(),
    }
}
