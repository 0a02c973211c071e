//! The configurator's state as Yew holds it: the model's [`Configurator`] in
//! one reducer, and [`Env`], what a section gets: the state, its problems
//! and the stable dispatch.
use std::rc::Rc;

use ims_checker::protocol::{default_protocol, Protocol};
use yew::prelude::*;

use crate::choices::Choices;
use crate::messages::{messages, of, Message};
use crate::settings::{Action, Configurator, Settings};

/// The reducer's state: the configurator and the protocol it adjusts.
#[derive(Clone)]
pub struct State {
    pub model: Configurator,
    pub protocol: Rc<Protocol>,
    pub choices: Rc<Choices>,
}

impl State {
    pub fn new(folder: &str) -> State {
        let protocol = default_protocol();
        State {
            model: Configurator::new(folder),
            choices: Rc::new(Choices::from(&protocol)),
            protocol: Rc::new(protocol),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = Rc::unwrap_or_clone(self);
        let choices = state.choices.clone();
        Rc::new(State {
            model: state.model.apply(action, &choices),
            ..state
        })
    }
}

/// What a section gets.
#[derive(Clone)]
pub struct Env {
    pub state: UseReducerHandle<State>,
    /// The state's revision when this `Env` was made.
    pub revision: u64,
    /// Every problem of the settings.
    pub messages: Rc<Vec<Message>>,
    /// Stable across renders.
    pub dispatch: Callback<Action>,
}

impl PartialEq for Env {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}

impl Env {
    pub fn new(state: UseReducerHandle<State>, dispatch: Callback<Action>) -> Env {
        let messages = messages(&state.model.settings, &state.protocol, &state.choices);
        Env {
            revision: state.model.revision,
            messages: Rc::new(messages),
            state,
            dispatch,
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.state.model.settings
    }

    pub fn model(&self) -> &Configurator {
        &self.state.model
    }

    pub fn choices(&self) -> &Choices {
        &self.state.choices
    }

    pub fn protocol(&self) -> &Protocol {
        &self.state.protocol
    }

    /// The problems to show beside `field`: none until it is changed.
    pub fn shown(&self, field: &str) -> Vec<String> {
        if !self.state.model.shows(field) {
            return Vec::new();
        }
        of(&self.messages, field).into_iter().map(String::from).collect()
    }

    /// A callback that sends `action` whatever the event.
    pub fn send<E>(&self, action: Action) -> Callback<E> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |_| dispatch.emit(action.clone()))
    }
}
