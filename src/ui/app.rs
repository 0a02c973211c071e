//! The widget's root component: holds the journey in one reducer (see
//! [`super::state`]), renders the current page inside a frame (title,
//! progress, language switch, problems to fix, Back/Next) and moves focus to
//! the page's heading on each page change.
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::checklist::{checklist_view, details_view};
use super::error_summary::{error_summary, Problem};
use super::fit_list::fit_list_view;
use super::for_whom::for_whom_view;
use super::follow_up::{FollowUpList, FollowUpView};
use super::history::History;
use super::question::QuestionView;
use super::region_picker::RegionPicker;
use super::result::ResultView;
use super::state::{Env, State};
use super::html::{button, class_list, nodes, nodes_where};
use crate::base::date::Date;
use crate::engine::{applicable_answers, follow_ups};
use crate::journey::checklist::{fit_sign, for_someone_else};
use crate::journey::{warning, Action, Journey, Page, Step, Topic};
use crate::pack::languages::{Language, Languages};
use crate::protocol::Lang;

/// Fetches and checks a language's pack, adds it to the languages, then
/// says whether its words are here (or what went wrong, for the console).
pub type LoadLanguage = Rc<dyn Fn(Rc<Languages>, Lang, Callback<Result<(), String>>)>;

/// What the host page configured, already validated.
#[derive(Clone)]
pub struct Setup {
    /// The starting language: the clinic's protocol and the widget's words in it.
    pub language: Language,
    /// The clinic's settings and languages.
    pub languages: Rc<Languages>,
    /// Configuration errors to show, each `path: problem` in English (the
    /// widget still works with what parsed).
    pub config_errors: Rc<[String]>,
    /// The pack of the language the visitor's browser or page asked for
    /// could not load or failed its check: the widget speaks English instead.
    pub lang_failed: bool,
    pub today: Date,
    /// How the menu gets a language not loaded yet; `None` offers only the
    /// loaded ones.
    pub load_language: Option<LoadLanguage>,
    /// This checker's key in the browser history's state (its pages are
    /// entries there, see [`super::history`]); `None` leaves history alone.
    pub history_key: Option<Rc<str>>,
}

impl PartialEq for Setup {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.language.protocol, &other.language.protocol)
            && core::ptr::eq(self.language.words, other.language.words)
            && Rc::ptr_eq(&self.languages, &other.languages)
            && self.today == other.today
    }
}

/// Said in English when a language cannot load, whatever language was asked
/// for: its words are what failed.
const LANGUAGE_FAILED: &str = "This language could not load, so the check is in English.";
const LANGUAGE_NOT_SWITCHED: &str = "That language could not load. Your answers are kept.";

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub setup: Setup,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let setup = &props.setup;
    let state = use_reducer(|| State {
        journey: Journey::new(setup.today, setup.language.words.lang),
        language: setup.language.clone(),
        languages: setup.languages.clone(),
        revision: 0,
        history: Rc::new(History::new(setup.history_key.clone())),
    });
    // What the language menu last failed to load, said under it.
    let lang_problem = use_state(|| setup.lang_failed.then_some(LANGUAGE_FAILED));
    let heading = use_node_ref();
    let restart = use_node_ref();
    let restart_question = use_node_ref();
    let summary = use_node_ref();
    // One callback for the widget's whole life, so children whose other props
    // did not change (the body map) can skip re-rendering.
    let dispatch = use_callback(state.dispatcher(), |action, dispatcher| dispatcher.dispatch(action));
    let env = Env {
        revision: state.revision,
        state: state.clone(),
        clinic: setup.languages.clinic().clone(),
        dispatch,
    };
    let journey = env.journey();
    let w = env.words();
    let step = journey.step();
    let page = journey.page;
    let (part, parts) = journey.part(env.protocol());
    let history = state.history.clone();
    let someone_else = for_someone_else(&journey.answers);
    let first_of_step = journey.is_first_of_step(env.protocol());


    // A Next that found something to fix puts the focus on the list of it.
    {
        let summary = summary.clone();
        let (history, dispatch) = (history.clone(), env.dispatch.clone());
        use_effect_with(journey.blocked, move |blocked| {
            history.sync(page, &dispatch);
            if *blocked > 0 {
                if let Some(el) = summary.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }

    // The question "Start over" asks takes the focus when it opens.
    {
        let restart_question = restart_question.clone();
        use_effect_with(journey.asking_restart, move |asking| {
            if *asking {
                if let Some(el) = restart_question.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }

    // A new step's body is drawn the frame after its heading: Next then
    // paints within a frame even on a slow phone, and the body follows at
    // once. `data-step` is set when the body is there.
    let drawn_moves = use_state(|| journey.moves);
    {
        let drawn_moves = drawn_moves.clone();
        use_effect_with(journey.moves, move |moves| {
            let moves = *moves;
            if *drawn_moves != moves {
                after_next_paint(move || drawn_moves.set(moves));
            }
        });
    }
    let body_drawn = *drawn_moves == journey.moves;

    // Focus follows the visitor to each new page once its body is drawn:
    // to the element the body marks `data-focus-first` (the result's
    // headline), else to the page's heading. Never on first render, so the
    // widget does not pull the host page's focus.
    // The browser's history follows too (see [`super::history`]).
    {
        let heading = heading.clone();
        let dispatch = env.dispatch.clone();
        let moves = journey.moves;
        use_effect_with(*drawn_moves, move |drawn| {
            history.sync(page, &dispatch);
            if moves > 0 && *drawn == moves {
                let first = heading
                    .cast::<web_sys::Element>()
                    .and_then(|h| h.parent_element())
                    .and_then(|step| step.query_selector("[data-focus-first]").ok().flatten());
                if let Some(el) = first.or_else(|| heading.cast::<web_sys::Element>()) {
                    let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }
        });
    }

    let menu = language_menu(setup, &env, &lang_problem);
    let next = {
        let dispatch = env.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(Action::Next);
        })
    };

    html! {
        <section class="ims" lang={journey.lang.id()} dir={if w.rtl { "rtl" } else { "ltr" }}
            aria-labelledby="ims-step-title">
            <header class="ims-top">
                <p class="ims-name">{ w.widget_name }</p>
                { menu }
            </header>
            if let Some(problem) = *lang_problem {
                <p class="ims-lang-problem" role="status" lang="en" dir="ltr">{ problem }</p>
            }
            if !setup.config_errors.is_empty() {
                <div class="ims-config-problem" role="alert">
                    <p>{ w.config_errors_heading }</p>
                    <ul>
                        { nodes(setup.config_errors.len(), &|n| html! { <li><code>{ setup.config_errors[n].clone() }</code></li> }) }
                    </ul>
                </div>
            }
            <ol class="ims-steps" aria-hidden="true">
                // One a page of questions, as the progress counts them.
                { nodes(parts, &|n| {
                    let done = step == Step::Result || n + 1 < part;
                    let class = class_list("ims-dot", &[(step != Step::Result && n + 1 == part, "ims-dot--current"), (done, "ims-dot--done")]);
                    html! { <li {class}>{ n + 1 }</li> }
                }) }
            </ol>
            // A form, so Enter on an answer moves on as in any form on the
            // web (the browser's implicit submission clicks Next). It never
            // submits: Next's click is cancelled, and a "dialog" form outside
            // a dialog goes nowhere, so no answer can reach a URL.
            <form class="ims-form" method="dialog" novalidate=true>
            <div class="ims-step" data-step={body_drawn.then(|| step.id())} data-page={body_drawn.then(|| page.id())}
                aria-busy={(!body_drawn).then_some("true")}>
                // The progress is part of the heading, so the focus on it
                // says where the visitor is, once (as a caption above a title).
                // GOV.UK's back link: above the heading, first in the tab order.
                // "Start over" at the other end of Back's row: apart from
                // Back and from Next, and no row of its own below the page.
                if page != Page::Warning {
                    <div class="ims-top-actions">
                        <button type="button" class="ims-back" data-action="back"
                            onclick={env.send(Action::Back)}>{ w.back }</button>
                        { restart_row(&env, &restart, &restart_question) }
                    </div>
                }
                <h2 id="ims-step-title" class="ims-step-title" tabindex="-1" ref={heading}>
                    <span class="ims-progress">{ w.progress(step, (part, parts)) }</span>
                    { w.page_title(page, someone_else) }
                </h2>
                if page == Page::Warning {
                    <p class="ims-intro" data-about="ims">{ w.about_ims }</p>
                }
                if first_of_step && !w.step_intros[usize::from(step.number() - 1)].is_empty() {
                    <p class="ims-intro">{ w.step_intros[usize::from(step.number() - 1)] }</p>
                }
                if !journey.blockers.is_empty() {
                    { error_summary(
                        w.blockers_heading,
                        journey
                            .blockers
                            .iter()
                            .map(|b| Problem::new(b, w.blocker_named(b, env.protocol(), journey.surgeries.len())))
                            .collect(),
                        &summary,
                    ) }
                }
                if body_drawn { { step_body(&env) } }
            </div>
            // Next alone: Back is the link above the heading.
            if step != Step::Result {
                <nav class="ims-nav" aria-label={w.widget_name}>
                    <button type="submit" class="ims-button ims-button--primary" data-action="next" onclick={next}>
                        { if journey.is_last_question_page(env.protocol()) { w.see_result } else { w.next } }
                    </button>
                </nav>
            }
            </form>
            // The result states the promise itself (the protocol's
            // `privacy`, which a clinic may reword): said once there.
            if step != Step::Result {
                <p class="ims-privacy">{ w.privacy }</p>
            }
        </section>
    }
}

/// The language menu: each language the clinic offers, in its own name. A
/// language not loaded yet is fetched first; the answers stay either way.
fn language_menu(setup: &Setup, env: &Env, problem: &UseStateHandle<Option<&'static str>>) -> Html {
    let languages = setup.languages.clone();
    if languages.offered().len() < 2 {
        return Html::default();
    }
    let current = env.lang();
    let onchange = {
        let dispatch = env.dispatch.clone();
        let load = setup.load_language.clone();
        let problem = problem.clone();
        let languages = languages.clone();
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                return;
            };
            let Some(lang) = languages
                .offered()
                .iter()
                .map(|(lang, _)| *lang)
                .find(|l| l.id() == select.value())
            else {
                return;
            };
            if languages.language(lang).is_some() {
                problem.set(None);
                dispatch.emit(Action::SetLang { lang });
                return;
            }
            let Some(load) = &load else { return };
            let (dispatch, problem) = (dispatch.clone(), problem.clone());
            let done = Callback::from(move |loaded: Result<(), String>| {
                // A pack that arrives after the visitor has picked another
                // language (arrowing through the menu, on a slow line) leaves
                // that later pick as it is.
                if select.value() != lang.id() {
                    return;
                }
                match loaded {
                    Ok(()) => {
                        problem.set(None);
                        dispatch.emit(Action::SetLang { lang });
                    }
                    Err(why) => {
                        web_sys::console::error_1(&format!("ims-checker: language {}: {why}", lang.id()).into());
                        select.set_value(current.id());
                        problem.set(Some(LANGUAGE_NOT_SWITCHED));
                    }
                }
            });
            load(languages.clone(), lang, done);
        })
    };
    let w = env.words();
    html! {
        <label class="ims-lang">
            <span class="ims-lang-label">{ w.language }</span>
            <select data-action="lang" {onchange}>
                { nodes(languages.offered().len(), &|n| {
                    let (lang, name) = &languages.offered()[n];
                    html! { <option value={lang.id()} lang={lang.id()} selected={*lang == current}>{ name.clone() }</option> }
                }) }
            </select>
        </label>
    }
}

/// "Start over", apart from Back and Next: it asks before it clears the
/// answers. "No" hands the focus back to "Start over"; "Yes" restarts, and
/// the focus goes to the first step's heading.
fn restart_row(env: &Env, restart: &NodeRef, question: &NodeRef) -> Html {
    let w = env.words();
    let asking = env.journey().asking_restart;
    let on_no = {
        let restart = restart.clone();
        let dispatch = env.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = restart.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
            dispatch.emit(Action::CancelRestart);
        })
    };
    html! {
        <div class="ims-restart">
            <button type="button" class="ims-button ims-button--link" data-action="restart" ref={restart.clone()}
                aria-expanded={if asking { "true" } else { "false" }}
                onclick={env.send(Action::AskRestart)}>{ w.restart }</button>
            if asking {
                <div class="ims-restart-question" role="group" aria-labelledby="ims-restart-question"
                    data-confirm="restart">
                    <p id="ims-restart-question" tabindex="-1" ref={question.clone()}>{ w.restart_question }</p>
                    <div class="ims-actions">
                        { button("ims-button ims-button--quiet", "restart-yes", env.send(Action::ConfirmRestart), w.restart_yes) }
                        { button("ims-button ims-button--primary", "restart-no", on_no, w.restart_no) }
                    </div>
                </div>
            }
        </div>
    }
}

/// Runs `f` after the browser has painted the current frame: a task queued
/// from an animation frame callback runs after that frame's paint. Runs it at
/// once if the browser refuses, so the step's body always appears.
fn after_next_paint(f: impl Fn() + Clone + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(window) = web_sys::window() else { return f() };
    let queued = {
        let f = f.clone();
        Closure::once_into_js(move || {
            let later = Closure::once_into_js(f.clone());
            let set = web_sys::window().map(|w| w.set_timeout_with_callback(later.unchecked_ref()));
            if !matches!(set, Some(Ok(_))) {
                f();
            }
        })
    };
    if window.request_animation_frame(queued.unchecked_ref()).is_err() {
        f();
    }
}

fn step_body(env: &Env) -> Html {
    let journey = env.journey();
    let answers = &journey.answers;
    let questions = journey.questions_here(env.protocol());
    let asked = follow_ups(env.protocol(), answers);
    // Where required and optional questions share a page, both are marked.
    let mixed = questions.iter().any(|q| !q.is_required());
    let question_views = |questions: &[&crate::protocol::Question]| -> Html {
        nodes(questions.len(), &|n| {
            let q = questions[n];
            let blocker = journey.blockers.iter().find(|b| b.target() == q.id).cloned();
            let mut chosen: Vec<String> = answers.chosen(&q.id).iter().map(|id| id.to_string()).collect();
            let mut offered: Vec<String> = applicable_answers(q, answers)
                .iter()
                .map(|a| a.id.to_string())
                .collect();
            warning::shown_answers(q, journey.page, journey.warning_clear, &mut offered, &mut chosen);
            // The lists this question's answer asks for, right under it.
            let lists = nodes_where(asked.len(), &|n| {
                let (follow_up, by) = &asked[n];
                (by.id == q.id).then(|| {
                    html! {
                        <FollowUpView key={follow_up.id()} list={FollowUpList::of(*follow_up, journey)}
                            words={env.words()} dispatch={env.dispatch.clone()} />
                    }
                })
            });
            // Keyed: questions come and go as regions and answers change.
            html! {
                <div class="ims-question-slot" key={q.id.to_string()}>
                    <QuestionView protocol={env.state.language.protocol.clone()} question={AttrValue::from(q.id.to_string())}
                        words={env.words()} {blocker} mark_required={mixed && q.is_required()}
                        {chosen} {offered} dispatch={env.dispatch.clone()} />
                    { lists }
                </div>
            }
        })
    };
    match journey.page {
        Page::Health(Topic::ForWhom) => for_whom_view(env),
        Page::Health(Topic::Details) => details_view(env),
        Page::Health(topic) if topic.is_checklist() => html! {
            <>
                { checklist_view(env) }
                { question_views(&questions) }
            </>
        },
        // The protocol's questions say "you": said for the person cared for.
        Page::Health(_) if for_someone_else(answers) => html! {
            <>
                <p class="ims-intro" data-for="someone-else">{ env.words().for_person }</p>
                { question_views(&questions) }
            </>
        },
        // The signs that fit as one list of boxes, after the questions.
        Page::AboutPain => {
            let (fits, rest): (Vec<&crate::protocol::Question>, Vec<_>) =
                questions.iter().partition(|q| fit_sign(q).is_some());
            html! {
                <>
                    { question_views(&rest) }
                    { fit_list_view(env, &fits) }
                </>
            }
        }
        Page::Warning | Page::WarningMore | Page::Conditions | Page::Health(_) => question_views(&questions),
        Page::Places => html! { <RegionPicker env={env.clone()} /> },
        Page::Result => html! { <ResultView env={env.clone()} /> },
    }
}
