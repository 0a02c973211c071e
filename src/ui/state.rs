//! The widget's state as Yew holds it: the journey in one reducer, and
//! [`Env`], what a step component that shows the whole journey gets.
//! Components with narrower props (a question, a follow-up list, the map)
//! get only what they show plus [`Env::dispatch`].
use std::rc::Rc;

use yew::prelude::*;

use super::history::History;
use crate::config::ClinicConfig;
use crate::journey::{Action, Journey};
use crate::pack::languages::{Language, Languages};
use crate::protocol::{Lang, Protocol};
use crate::words::Words;

/// The reducer's state: the journey, and the protocol it follows and the
/// words it shows, in the journey's language.
#[derive(Clone)]
pub struct State {
    pub journey: Journey,
    pub language: Language,
    pub languages: Rc<Languages>,
    /// How many actions made this state: tells a step component whether
    /// anything changed without comparing whole journeys.
    pub revision: u64,
    /// The checker's pages in the browser's history, kept here rather than
    /// in a hook of their own (a hook's code is half a kilobyte of the wasm).
    pub history: Rc<History>,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = Rc::unwrap_or_clone(self);
        let mut language = state.language;
        if let Action::SetLang { lang } = &action {
            // Only a language whose words are here: the menu loads the
            // others before it asks.
            match state.languages.language(*lang) {
                Some(in_lang) => language = in_lang,
                None => {
                    return Rc::new(state_with(
                        state.journey,
                        language,
                        state.languages,
                        state.revision,
                        state.history,
                    ))
                }
            }
        }
        let journey = state.journey.apply(action, &language.protocol);
        Rc::new(state_with(
            journey,
            language,
            state.languages,
            state.revision.wrapping_add(1),
            state.history,
        ))
    }
}

fn state_with(
    journey: Journey,
    language: Language,
    languages: Rc<Languages>,
    revision: u64,
    history: Rc<History>,
) -> State {
    State {
        journey,
        language,
        languages,
        revision,
        history,
    }
}

/// What a step component showing the whole journey needs: the state, the
/// clinic and a way to act.
#[derive(Clone)]
pub struct Env {
    pub state: UseReducerHandle<State>,
    /// The state's revision when this `Env` was made. The handle itself
    /// always reads the newest state, so it cannot tell old from new.
    pub revision: u64,
    pub clinic: Rc<ClinicConfig>,
    /// Stable across renders: the widget's dispatch.
    pub dispatch: Callback<Action>,
}

impl PartialEq for Env {
    /// The same revision of the state: every action makes a new one, so a
    /// child learns whether anything changed without walking the journey.
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision && Rc::ptr_eq(&self.clinic, &other.clinic)
    }
}

impl Env {
    pub fn journey(&self) -> &Journey {
        &self.state.journey
    }

    pub fn protocol(&self) -> &Protocol {
        &self.state.language.protocol
    }

    /// This checker's words in the journey's language.
    pub fn words(&self) -> &'static Words {
        self.state.language.words
    }

    pub fn lang(&self) -> Lang {
        self.state.journey.lang
    }

    /// A callback that sends `action` whatever the event.
    pub fn send<E>(&self, action: Action) -> Callback<E> {
        super::html::send(&self.dispatch, action)
    }
}
