//! The result: the level as a headline, the handoff the level calls for
//! (with what to tell the clinic when calling first), the reasons with their
//! sources, each place's result in words when places differ, and, where
//! needling may still happen, what to expect (the safety note after a
//! treatment last) and the signs that fit; then the places on the figure.
use std::rc::Rc;

use yew::prelude::*;

use super::map::body_map::{BodyMap, RegionMark};
use super::map::labels::map_labels;
use super::state::Env;
use super::html::{button, nodes, nodes_where};
use crate::base::regions::Region;
use crate::base::text::{join, replace_all};
use crate::engine::handoff::{handoff, Step};
use crate::engine::Outcome;
use crate::engine::{expect_texts, fit_signs};
use crate::protocol::Level;
use crate::words::region_name;
use crate::words::summary::{
    handoff_label, handoff_note, handoff_target, headline, reason_text, summary, tell_the_clinic,
};

#[derive(Properties, PartialEq, Clone)]
pub struct ResultProps {
    pub env: Env,
}

/// How a level looks on the figure (patterns and glyphs, never colour alone).
fn mark(level: Level) -> RegionMark {
    match level {
        Level::Suitable => RegionMark::Go,
        Level::TalkFirst => RegionMark::Caution,
        Level::Wait => RegionMark::Wait,
        Level::NotSuitable | Level::SeeDoctor | Level::Urgent | Level::Emergency => RegionMark::Stop,
    }
}

#[function_component]
pub fn ResultView(props: &ResultProps) -> Html {
    let env = &props.env;
    let copy_status = use_state(|| None::<bool>);
    let journey = env.journey();
    let Some(outcome) = journey.outcome.as_ref() else {
        return Html::default();
    };
    let protocol = env.protocol();
    let lang = env.lang();
    let w = env.words();
    let clinic = &env.clinic;
    let level = outcome.level;
    let level_text = protocol
        .text(&format!("level-{}", level.id()))
        .map(|t| t.get(lang).to_string());
    let places_differ = outcome.places_differ();
    let marks: Rc<[(Region, RegionMark)]> = outcome.regions.iter().map(|r| (r.region, mark(r.level))).collect();
    let may_be_needled = level.shows_what_to_expect();
    let fits = fit_signs(protocol, &journey.answers);
    let wait_talk_first = !outcome.talk_first_before_booking().is_empty();
    // The answers with the operations as the engine read them.
    let answers = journey.answers_for_engine();
    let tell = tell_the_clinic(protocol, outcome, &answers, w);
    let mut tell_rules = String::new();
    for reason in outcome.to_tell_the_clinic() {
        tell_rules += &format!("{} ", reason.rule());
    }
    let expect = expect_texts(protocol, &journey.answers);

    let on_print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let on_copy = {
        let text = summary(protocol, outcome, &answers, clinic, w);
        let copy_status = copy_status.clone();
        Callback::from(move |_| {
            let Some(window) = web_sys::window() else { return };
            let promise = window.navigator().clipboard().write_text(&text);
            let copy_status = copy_status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copy_status.set(Some(copied));
            });
        })
    };

    html! {
        <div class={format!("ims-result ims-result--{}", level.id())}
            data-outcome={level.id()}
            data-until={outcome.until.map(|d| d.to_string())}>
            <div class="ims-verdict">
                <span class="ims-verdict-badge" aria-hidden="true">{ glyph(level) }</span>
                <div>
                    // The result's heading under the step's h2; its sections' titles are h3 beside it.
                    <h3 class="ims-verdict-title" tabindex="-1" data-focus-first="">{ headline(outcome, w) }</h3>
                    if let Some(text) = level_text {
                        <p class="ims-verdict-text">{ text }</p>
                    }
                </div>
            </div>

            <section class="ims-block ims-handoff" aria-labelledby="ims-next-title">
                <h3 id="ims-next-title" class="ims-subtitle">{ w.next_title }</h3>
                if let Some(tell) = tell {
                    // What to say when calling first, in plain words; a wait
                    // says first to call before booking.
                    <div class="ims-talk-first" data-talk-first={wait_talk_first.then_some("")}>
                        if wait_talk_first {
                            <p class="ims-talk-first-title">{ w.talk_first_too }</p>
                        }
                        <p data-tell={tell_rules}>{ tell }</p>
                    </div>
                }
                if let Some(note) = handoff_note(level, w) {
                    <p>{ note }</p>
                }
                { handoff_buttons(env, outcome) }
            </section>

            if !outcome.reasons.is_empty() {
                <section class="ims-block" aria-labelledby="ims-why-title">
                    <h3 id="ims-why-title" class="ims-subtitle">{ w.reasons_title }</h3>
                    <ul class="ims-reasons">
                        { nodes(outcome.reasons.len(), &|n| {
                            let reason = &outcome.reasons[n];
                            let text = reason_text(protocol, reason, w);
                            html! {
                                <li class="ims-reason" data-rule={reason.rule()} data-level={reason.level.id()}>
                                    <p class="ims-reason-level">{ if reason.level == Level::Suitable { w.good_to_know } else { w.level_name(reason.level) } }
                                        if !text.places.is_empty() { { format!(" · {}", join(&text.places, ", ")) } }
                                    </p>
                                    <p>{ format!("{} {}", text.question, text.answer) }</p>
                                    if let Some(note) = text.note { <p>{ note }</p> }
                                    <p class="ims-source">{ format!("{}{} {}", w.source, w.colon, text.source) }</p>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }

            if may_be_needled {
                <section class="ims-block" aria-labelledby="ims-expect-title" data-section="expect">
                    <h3 id="ims-expect-title" class="ims-subtitle">{ w.expect_title }</h3>
                    <ul class="ims-expect">
                        // The safety note after a treatment (shown for some
                        // places) closes the list, calm, after what a visit is like.
                        { nodes_where(expect.len() * 2, &|n| {
                            let entry = expect[n % expect.len()];
                            let safety = entry.shown_for.is_some();
                            (safety == (n >= expect.len())).then(|| html! {
                                <li data-text={entry.key.clone()}
                                    class={safety.then_some("ims-expect-safety")}>{ entry.text.get(lang) }</li>
                            })
                        }) }
                        // A clinic writes these in English and in any language
                        // it offers: in one it did not, they are the English,
                        // marked so.
                        { nodes_where(2, &|n| {
                            [&clinic.coverage, &clinic.referral][n].as_ref().map(|text| {
                                let written = text.written_in(lang);
                                html! {
                                    <li lang={written.is_none().then_some("en")}>{ written.unwrap_or(&text.en) }</li>
                                }
                            })
                        }) }
                    </ul>
                </section>
            }

            if !fits.is_empty() && may_be_needled {
                <section class="ims-block" aria-labelledby="ims-fit-title">
                    <h3 id="ims-fit-title" class="ims-subtitle">{ w.fit_title }</h3>
                    <ul class="ims-ticks">
                        { nodes(fits.len(), &|n| html! { <li>{ fits[n].get(lang) }</li> }) }
                    </ul>
                </section>
            }

            // Each place's result, the signs that fit and the figure come
            // after what to expect (the list of places says what the figure
            // shows), so a phone reads the result, what to do and why
            // within two screens.
            if places_differ {
                <section class="ims-block" aria-labelledby="ims-places-title">
                    <h3 id="ims-places-title" class="ims-subtitle">{ w.regions_title }</h3>
                        <ul class="ims-places">
                            { nodes(outcome.regions.len(), &|n| { let r = &outcome.regions[n]; html! {
                                <li class={format!("ims-place ims-place--{}", r.level.id())}
                                    data-region={r.region.id()} data-region-outcome={r.level.id()}
                                    data-until={r.until.map(|d| d.to_string())}>
                                    <span class="ims-place-glyph" aria-hidden="true">{ glyph(r.level) }</span>
                                    <span class="ims-place-name">{ region_name(r.region, w) }</span>
                                    <span class="ims-place-level">
                                        { w.level_name(r.level) }
                                        if let Some(until) = r.until { { format!(" {}", w.starting(until)) } }
                                    </span>
                                </li>
                            } }) }
                        </ul>
                </section>
            }

            if places_differ {
                <figure class="ims-result-map">
                    <BodyMap selected={Rc::<[Region]>::from([])} on_toggle={Callback::noop()}
                        labels={map_labels(w)} outcomes={Some(marks)} />
                    <figcaption class="ims-muted">{ w.map_result_caption }</figcaption>
                </figure>
            }

            <div class="ims-tools">
                { button("ims-button ims-button--quiet", "print", on_print, w.print) }
                { button("ims-button ims-button--quiet", "copy", on_copy, w.copy) }
                <span class="ims-muted" role="status">
                    { match *copy_status { Some(true) => w.copied, Some(false) => w.copy_failed, None => "" } }
                </span>
            </div>
            if let Some(privacy) = protocol.text("privacy") {
                <p class="ims-muted">{ privacy.get(lang) }</p>
            }
            <p class="ims-muted">{ w.disclaimer }</p>
            if let Some(review) = &clinic.review {
                <p class="ims-muted" data-review="">
                    { replace_all(&replace_all(w.reviewed, "{by}", &review.by), "{date}", &w.date(review.date)) }
                </p>
            }
        </div>
    }
}

/// A shape per level so the result never relies on colour alone.
fn glyph(level: Level) -> &'static str {
    match level {
        Level::Suitable => "✓",
        Level::TalkFirst => "?",
        Level::Wait => "◷",
        Level::NotSuitable => "×",
        Level::SeeDoctor | Level::Urgent => "+",
        Level::Emergency => "!",
    }
}

/// The handoff's buttons: the booking link exactly as configured where
/// booking fits; only the emergency number for an emergency. Each writes
/// out where it leads unless its words say it (the clinic's phone and
/// email on screen too, the booking link only on paper), so a printed
/// result keeps every contact (the same lines as the summary's).
fn handoff_buttons(env: &Env, outcome: &Outcome) -> Html {
    let w = env.words();
    let clinic = &env.clinic;
    let level = outcome.level;
    let items = handoff(outcome, clinic);
    html! {
        <div class="ims-actions">
            { nodes(items.len(), &|n| {
                let item = &items[n];
                let class = match item.step {
                    Step::CallEmergency if level == Level::Emergency => "ims-button ims-button--danger ims-button--emergency",
                    Step::CallEmergency => "ims-button ims-button--danger",
                    _ if item.primary => "ims-button ims-button--primary",
                    _ => "ims-button ims-button--quiet",
                };
                let href = match item.step {
                    Step::CallEmergency => Some(clinic.emergency_link()),
                    Step::CallNurseLine => clinic.nurse_line_link(),
                    Step::CallClinic => clinic.phone_link(),
                    Step::EmailClinic => clinic.email_link(),
                    Step::Book { .. } => clinic.booking_url.clone(),
                };
                let label = handoff_label(&item.step, level, clinic, w);
                // The clinic's phone number, email and booking link read left
                // to right in a right-to-left language too (after Persian
                // words a number's groups of digits would otherwise be laid
                // out right to left).
                let target = handoff_target(&item.step, clinic).map(str::to_string);
                // A phone number stays whole; an email or a link may break
                // anywhere rather than run off a phone's screen.
                let keep = if item.step == Step::CallClinic { "ims-nowrap" } else { "ims-break" };
                // The booking page opens in a new tab, so the result stays.
                let new_tab = matches!(item.step, Step::Book { .. });
                html! {
                    <a {class} data-action={item.step.id()} {href}
                        target={new_tab.then_some("_blank")} rel={new_tab.then_some("noopener noreferrer")}>
                        <span>{ label }
                            if let Some(target) = target {
                                <span class={new_tab.then_some("ims-print-only")}>
                                    { " · " }<span class={keep} dir="ltr">{ target }</span>
                                </span>
                            }
                        </span>
                        if new_tab { <span class="ims-sr">{ format!(" {}", w.new_tab) }</span> }
                    </a>
                }
            }) }
        </div>
    }
}
