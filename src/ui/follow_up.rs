//! The lists a "yes" asks for, right under its question: where and when each
//! operation was, and which places have lymphoedema or a skin infection.
//!
//! Its props are only what the list shows, so an action elsewhere on the step
//! (another question, another list) does not re-render it.
use yew::prelude::*;

use super::{class_list, send};
use crate::date::Date;
use crate::i18n::{region_name, words, Words};
use crate::journey::{Action, Blocker, Journey, SurgeryDraft};
use crate::protocol::{FollowUp, Lang};
use crate::regions::{Area, SurgerySite};
use crate::text::replace_all;

/// One follow-up list: what it shows, and nothing else of the journey.
#[derive(Clone, PartialEq)]
pub enum FollowUpList {
    /// The operations as typed, where one may be listed, and what to fix in
    /// them after a failed Next.
    Surgeries {
        drafts: Vec<SurgeryDraft>,
        sites: Vec<SurgerySite>,
        blockers: Vec<Blocker>,
        today: Date,
    },
    /// The places offered (lymphoedema or a skin infection), each with
    /// whether it is ticked, and what to fix after a failed Next.
    Places {
        follow_up: FollowUp,
        places: Vec<(Area, bool)>,
        blocker: Option<Blocker>,
    },
}

impl FollowUpList {
    /// The list `follow_up` asks for, as `journey` has it now.
    pub fn of(follow_up: FollowUp, journey: &Journey) -> FollowUpList {
        let answers = &journey.answers;
        let places: Vec<(Area, bool)> = match follow_up {
            FollowUp::Surgeries => {
                return FollowUpList::Surgeries {
                    drafts: journey.surgeries.clone(),
                    sites: journey.surgery_site_choices(),
                    blockers: journey
                        .blockers
                        .iter()
                        .filter(|b| b.surgery_row().is_some())
                        .cloned()
                        .collect(),
                    today: journey.today,
                }
            }
            FollowUp::LymphoedemaRegions => journey
                .lymphoedema_choices()
                .into_iter()
                .map(|area| (area, answers.lymphoedema_regions.contains(&area)))
                .collect(),
            FollowUp::SkinInfectionRegions => answers
                .regions
                .iter()
                .map(|region| (Area::Region(*region), answers.skin_infection_regions.contains(region)))
                .collect(),
        };
        let blocker = journey.blockers.iter().find(|b| b.target() == follow_up.id()).cloned();
        FollowUpList::Places {
            follow_up,
            places,
            blocker,
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct FollowUpProps {
    pub list: FollowUpList,
    pub lang: Lang,
    /// Stable across renders: the widget's dispatch.
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn FollowUpView(props: &FollowUpProps) -> Html {
    match &props.list {
        FollowUpList::Surgeries {
            drafts,
            sites,
            blockers,
            today,
        } => surgeries(drafts, sites, blockers, *today, props.lang, &props.dispatch),
        FollowUpList::Places {
            follow_up,
            places,
            blocker,
        } => listed_places(*follow_up, places, blocker.as_ref(), props.lang, &props.dispatch),
    }
}

fn surgeries(
    drafts: &[SurgeryDraft],
    sites: &[SurgerySite],
    blockers: &[Blocker],
    today: Date,
    lang: Lang,
    dispatch: &Callback<Action>,
) -> Html {
    let w = words(lang);
    let today = today.to_string();
    html! {
        <fieldset class="ims-follow-up" data-follow-up="surgeries">
            <legend class="ims-legend">{ w.surgery_title }</legend>
            <div class="ims-surgery-rows">
            { for drafts.iter().enumerate().map(|(index, draft)| {
                let blockers: Vec<&Blocker> = blockers.iter().filter(|b| b.surgery_row() == Some(index)).collect();
                let region_id = format!("ims-surgery-region-{index}");
                let date_id = format!("ims-surgery-date-{index}");
                let error_id = format!("ims-surgery-error-{index}");
                let on_region = {
                    let dispatch = dispatch.clone();
                    Callback::from(move |e: Event| {
                        let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                        dispatch.emit(Action::SetSurgerySite { index, site: SurgerySite::from_id(&value) });
                    })
                };
                let on_date = {
                    let dispatch = dispatch.clone();
                    Callback::from(move |e: Event| {
                        let date = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                        dispatch.emit(Action::SetSurgeryDate { index, date });
                    })
                };
                let invalid = !blockers.is_empty();
                html! {
                    <div key={draft.key} class={class_list("ims-surgery", &[(invalid, "ims-question--invalid")])} data-surgery={index.to_string()}>
                        if drafts.len() > 1 {
                            <p class="ims-subtitle">{ replace_all(w.surgery_row, "{n}", &(index + 1).to_string()) }</p>
                        }
                        if invalid {
                            <ul class="ims-error" id={error_id.clone()} data-error-for={FollowUp::Surgeries.id()}>
                                { for blockers.iter().map(|b| html! { <li>{ w.blocker(b) }</li> }) }
                            </ul>
                        }
                        <div class="ims-surgery-fields">
                            <label class="ims-field" for={region_id.clone()}>
                                <span>{ w.surgery_where }</span>
                                <select id={region_id} data-field="surgery-region" onchange={on_region}
                                    aria-invalid={invalid.then_some("true")}
                                    aria-describedby={invalid.then(|| error_id.clone())}>
                                    <option value="" selected={draft.site.is_none()}>{ w.surgery_pick }</option>
                                    { for sites.iter().map(|site| html! {
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
                        if drafts.len() > 1 {
                            <button type="button" class="ims-button ims-button--link" data-action="remove-surgery"
                                onclick={send(dispatch, Action::RemoveSurgery { index })}>{ w.surgery_remove }</button>
                        }
                    </div>
                }
            }) }
            </div>
            <button type="button" class="ims-button ims-button--quiet" data-action="add-surgery"
                onclick={send(dispatch, Action::AddSurgery)}>{ w.surgery_add }</button>
        </fieldset>
    }
}

fn listed_places(
    follow_up: FollowUp,
    places: &[(Area, bool)],
    blocker: Option<&Blocker>,
    lang: Lang,
    dispatch: &Callback<Action>,
) -> Html {
    let w = words(lang);
    let title = match follow_up {
        FollowUp::SkinInfectionRegions => w.listed_title_skin,
        _ => w.listed_title_lymphoedema,
    };
    html! {
        <fieldset class={class_list("ims-follow-up", &[(blocker.is_some(), "ims-question--invalid")])}
            data-follow-up={follow_up.id()}>
            <legend class="ims-legend">{ title }</legend>
            if let Some(blocker) = blocker {
                <p class="ims-error" data-error-for={follow_up.id()}>{ w.blocker(blocker) }</p>
            }
            <div class="ims-answers ims-answers--grid">
                { for places.iter().map(|&(area, checked)| {
                    html! {
                        <label key={area.id()} class={class_list("ims-choice ims-choice--compact", &[(checked, "ims-choice--on")])}>
                            <input type="checkbox" data-region={area.id()} {checked}
                                onchange={send(dispatch, Action::ToggleListed { follow_up, area })} />
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
