//! The lists a "yes" asks for, right under its question: where and when each
//! operation was, and which places have lymphoedema or a skin infection.
//!
//! Its props are only what the list shows, so an action elsewhere on the step
//! (another question, another list) does not re-render it.
use yew::prelude::*;

use super::html::{button, class_list, nodes, nodes_where, send};
use crate::base::regions::{Area, SurgerySite};
use crate::base::text::replace_all;
use crate::journey::{Action, Blocker, DatePart, Journey, SurgeryDraft};
use crate::protocol::FollowUp;
use crate::words::{region_name, Words};

/// One follow-up list: what it shows, and nothing else of the journey.
#[derive(Clone, PartialEq)]
pub enum FollowUpList {
    /// The operations as typed, where one may be listed, and what to fix in
    /// them after a failed Next.
    Surgeries {
        drafts: Vec<SurgeryDraft>,
        sites: Vec<SurgerySite>,
        blockers: Vec<Blocker>,
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

#[derive(Properties, Clone)]
pub struct FollowUpProps {
    pub list: FollowUpList,
    /// The checker's words in the journey's language.
    pub words: &'static Words,
    /// Stable across renders: the widget's dispatch.
    pub dispatch: Callback<Action>,
}

impl PartialEq for FollowUpProps {
    fn eq(&self, other: &Self) -> bool {
        // One set of words a language for the widget's life: compared by address.
        self.list == other.list && core::ptr::eq(self.words, other.words) && self.dispatch == other.dispatch
    }
}

#[function_component]
pub fn FollowUpView(props: &FollowUpProps) -> Html {
    match &props.list {
        FollowUpList::Surgeries {
            drafts,
            sites,
            blockers,
        } => surgeries(drafts, sites, blockers, props.words, &props.dispatch),
        FollowUpList::Places {
            follow_up,
            places,
            blocker,
        } => listed_places(*follow_up, places, blocker.as_ref(), props.words, &props.dispatch),
    }
}

fn surgeries(
    drafts: &[SurgeryDraft],
    sites: &[SurgerySite],
    blockers: &[Blocker],
    w: &Words,
    dispatch: &Callback<Action>,
) -> Html {
    let operations = drafts.len();
    html! {
        <fieldset class="ims-follow-up" data-follow-up="surgeries">
            <legend class="ims-legend">{ w.surgery_title }</legend>
            <div class="ims-surgery-rows">
            { nodes(drafts.len(), &|index| {
                let draft = &drafts[index];
                let blockers: Vec<&Blocker> = blockers.iter().filter(|b| b.surgery_row() == Some(index)).collect();
                let region_id = format!("ims-surgery-region-{index}");
                let region_error_id = format!("ims-surgery-region-error-{index}");
                let on_region = {
                    let dispatch = dispatch.clone();
                    Callback::from(move |e: Event| {
                        let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                        dispatch.emit(Action::SetSurgerySite { index, site: SurgerySite::from_id(&value) });
                    })
                };
                let region_invalid = blockers.iter().any(|b| b.date_parts().is_empty());
                html! {
                    <div key={draft.key} class={class_list("ims-surgery", &[(!blockers.is_empty(), "ims-question--invalid")])} data-surgery={index.to_string()}>
                        if operations > 1 {
                            <p class="ims-subtitle">{ replace_all(w.surgery_row, "{n}", &(index + 1).to_string()) }</p>
                        }
                        <div class="ims-surgery-fields">
                            <div class="ims-field">
                                <label for={region_id.clone()}>{ w.surgery_where }</label>
                                if region_invalid {
                                    { messages(&region_error_id, &blockers, false, operations, w) }
                                }
                                <select id={region_id} data-field="surgery-region" onchange={on_region}
                                    aria-invalid={region_invalid.then_some("true")}
                                    aria-describedby={region_invalid.then_some(region_error_id)}>
                                    <option value="" selected={draft.site.is_none()}>{ w.surgery_pick }</option>
                                    { nodes(sites.len(), &|n| { let site = &sites[n]; html! {
                                        <option value={site.id()} selected={draft.site == Some(*site)}>
                                            { match site {
                                                SurgerySite::Region(region) => region_name(*region, w),
                                                SurgerySite::Elsewhere => w.surgery_elsewhere.to_string(),
                                            } }
                                        </option>
                                    } }) }
                                </select>
                            </div>
                            { date_fields(index, draft, &blockers, operations, w, dispatch) }
                        </div>
                        if operations > 1 {
                            { button("ims-button ims-button--link", "remove-surgery", send(dispatch, Action::RemoveSurgery { index }), w.surgery_remove) }
                        }
                    </div>
                }
            }) }
            </div>
            { button("ims-button ims-button--quiet", "add-surgery", send(dispatch, Action::AddSurgery), w.surgery_add) }
        </fieldset>
    }
}

/// An operation's date the GOV.UK way: a fieldset named by its question,
/// the format in words, and three labelled fields in the order the
/// language writes a date (a browser's date picker follows the browser's
/// locale, not the widget's language): the day and the year typed, the
/// month picked by name from a native menu, so a day is never read as a
/// month. Once the date is whole it is read back in words under the
/// fields. The first field's id, `ims-surgery-date-{index}`, is where a
/// link to the date lands.
fn date_fields(
    index: usize,
    draft: &SurgeryDraft,
    blockers: &[&Blocker],
    operations: usize,
    w: &Words,
    dispatch: &Callback<Action>,
) -> Html {
    let hint_id = format!("ims-surgery-date-hint-{index}");
    let error_id = format!("ims-surgery-date-error-{index}");
    let date_invalid = blockers.iter().any(|b| !b.date_parts().is_empty());
    let entered = draft.typed_date().ok();
    html! {
        <fieldset class="ims-date" aria-describedby={hint_id.clone()}>
            <legend class="ims-date-legend">{ w.surgery_when }</legend>
            <p class="ims-help" id={hint_id}>{ w.date_hint }</p>
            if date_invalid {
                { messages(&error_id, blockers, true, operations, w) }
            }
            <div class="ims-date-parts">
            { nodes(w.date_order.len(), &|at| {
                let part = w.date_order[at];
                let id = if at == 0 {
                    format!("ims-surgery-date-{index}")
                } else {
                    format!("ims-surgery-date-{index}-{}", part.id())
                };
                let invalid = blockers.iter().any(|b| b.date_parts().contains(part));
                let on_change = {
                    let dispatch = dispatch.clone();
                    Callback::from(move |e: Event| {
                        // An input's and a select's value alike.
                        let text = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                        dispatch.emit(Action::SetSurgeryDate { index, part, text });
                    })
                };
                let value = draft.date_part(part);
                let field = if part == DatePart::Month {
                    html! {
                        <select id={id.clone()} data-field={field(part)} onchange={on_change}
                            aria-invalid={invalid.then_some("true")}
                            aria-describedby={invalid.then(|| error_id.clone())}>
                            <option value="" selected={value.is_empty()}></option>
                            { nodes(w.months.len(), &|n| {
                                let name = &w.months[n];
                                let number = (n + 1).to_string();
                                let selected = value == number;
                                html! { <option value={number} {selected}>{ *name }</option> }
                            }) }
                        </select>
                    }
                } else {
                    html! {
                        <input type="text" inputmode="numeric" autocomplete="off" id={id.clone()}
                            data-field={field(part)}
                            value={value.to_string()} onchange={on_change}
                            aria-invalid={invalid.then_some("true")}
                            aria-describedby={invalid.then(|| error_id.clone())} />
                    }
                };
                html! {
                    // Keyed by part, so a change of language moves each field
                    // with what is typed in it.
                    <div key={part.id()} class="ims-field ims-date-part">
                        <label for={id}>{ w.date_label(part) }</label>
                        { field }
                    </div>
                }
            }) }
            </div>
            // Read back once whole, so a visitor sees the day they meant
            // before going on; said politely to a screen reader as it changes.
            <p class="ims-date-entered" data-date-entered={entered.map(|d| d.to_string())} aria-live="polite">
                { entered.map(|date| replace_all(w.date_entered, "{date}", &w.date(date))).unwrap_or_default() }
            </p>
        </fieldset>
    }
}

/// The `data-field` hook of a date field.
fn field(part: DatePart) -> &'static str {
    match part {
        DatePart::Day => "surgery-day",
        DatePart::Month => "surgery-month",
        DatePart::Year => "surgery-year",
    }
}

/// What to fix in an operation row's date (`date`) or its place, beside the
/// fields. The alert wraps the messages rather than being their list, which
/// would take the list's role away from it.
fn messages(id: &str, blockers: &[&Blocker], date: bool, operations: usize, w: &Words) -> Html {
    html! {
        <div id={id.to_string()} data-error-for={FollowUp::Surgeries.id()}>
            { nodes_where(blockers.len(), &|n| {
                let b = blockers[n];
                (b.date_parts().is_empty() != date).then(|| html! {
                    <p class="ims-error">{ w.blocker(b, operations) }</p>
                })
            }) }
        </div>
    }
}

fn listed_places(
    follow_up: FollowUp,
    places: &[(Area, bool)],
    blocker: Option<&Blocker>,
    w: &Words,
    dispatch: &Callback<Action>,
) -> Html {
    let title = match follow_up {
        FollowUp::SkinInfectionRegions => w.listed_title_skin,
        _ => w.listed_title_lymphoedema,
    };
    html! {
        <fieldset class={class_list("ims-follow-up", &[(blocker.is_some(), "ims-question--invalid")])}
            data-follow-up={follow_up.id()}>
            <legend class="ims-legend">{ title }</legend>
            if let Some(blocker) = blocker {
                <p class="ims-error" data-error-for={follow_up.id()}>{ w.blocker(blocker, 0) }</p>
            }
            <div class="ims-answers ims-answers--grid">
                { nodes(places.len(), &|n| {
                    let (area, checked) = places[n];
                    html! {
                        <label key={area.id()} class={class_list("ims-choice ims-choice--compact", &[(checked, "ims-choice--on")])}>
                            <input type="checkbox" data-region={area.id()} {checked}
                                onchange={send(dispatch, Action::ToggleListed { follow_up, area })} />
                            <span class="ims-choice-text">{ area_name(area, w) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// A whole limb ("Your left arm (shoulder to hand)") or a region's name.
fn area_name(area: Area, w: &Words) -> String {
    match area {
        Area::Region(region) => region_name(region, w),
        Area::Limb(limb) => w.limb_name(limb).to_string(),
    }
}
