//! The browser's Back and Forward between the checker's pages: each page the
//! visitor moves to is one history entry with the same URL, whose state is
//! only the page's index under this checker's key (`{"ims-checker-0": 3}`),
//! beside the other checkers' keys, copied as they are. Nothing else goes
//! there and nothing is stored: leaving the page forgets the answers.
//!
//! Every move the visitor makes in the checker (Next, Back, start over) adds
//! an entry, as a link to another page of a form would; Back or Forward in
//! the browser sends [`Action::Revisit`]. When the journey stops short of
//! the entry (a question to answer first), the browser goes back to the
//! entry of the page it stopped on; past it (a result the emergency screen
//! ended), the entry is made to say where it is.
//!
//! A plain struct the root's state keeps, its `sync` called from effects
//! the root has anyway: a hook of its own cost 2.5 kB of the wasm.
use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

use crate::journey::{Action, Page};

/// What the page's entries and the checker agree on.
#[derive(Default)]
struct Position {
    /// The page the current history entry holds for this checker.
    entry: Cell<usize>,
    /// The page shown.
    shown: Cell<usize>,
    /// The journey is moving because the browser moved: the entry is there already.
    revisiting: Cell<bool>,
    /// The browser's Back and Forward are listened to (from the first sync on).
    listening: Cell<bool>,
}

/// One checker's pages in the browser's history; `None` key: left alone.
pub struct History {
    key: Option<Rc<str>>,
    position: Rc<Position>,
}

impl History {
    pub fn new(key: Option<Rc<str>>) -> History {
        History {
            key,
            position: Rc::new(Position::default()),
        }
    }

    /// Listens for the browser's Back and Forward, which send
    /// [`Action::Revisit`] to `dispatch`. Kept by the browser for the page's
    /// life (the checker's too): one small closure, nothing to undo.
    fn listen(&self, key: &Rc<str>, dispatch: &Callback<Action>) {
        let (key, position, dispatch) = (key.clone(), self.position.clone(), dispatch.clone());
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
            // An entry without this checker's key is not one of its pages
            // (the host page's own, a link to a part of it).
            let Some(index) = entry_page(&key) else { return };
            position.entry.set(index);
            if index == position.shown.get() {
                return;
            }
            if let Some(page) = Page::from_index(index) {
                position.revisiting.set(true);
                dispatch.emit(Action::Revisit { page });
            }
        })
        .into_js_value();
        if let Some(window) = web_sys::window() {
            let _ = window.add_event_listener_with_callback("popstate", listener.unchecked_ref());
        }
    }

    /// After the journey moved or stopped (a page change or a blocked Next):
    /// the history's entry made to agree with `page`.
    pub fn sync(&self, page: Page, dispatch: &Callback<Action>) {
        let Some(key) = &self.key else { return };
        let position = &self.position;
        if !position.listening.replace(true) {
            self.listen(key, dispatch);
        }
        let now = page.index();
        position.shown.set(now);
        let revisited = position.revisiting.replace(false);
        let entry = position.entry.get();
        if now == entry {
            return;
        }
        let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
            return;
        };
        position.entry.set(now);
        if revisited && now < entry {
            // Stopped short of the entry (a question to answer first, or a
            // page no longer asked): the entries before lead back to it.
            let _ = history.back();
            return;
        }
        if !revisited && entry_page(key).is_none() {
            // The entry left behind says which page it was, for Back to find.
            write(&history, key, entry, false);
        }
        write(&history, key, now, !revisited);
    }
}

/// The page the current history entry holds under `key`, if any.
fn entry_page(key: &str) -> Option<usize> {
    let state = web_sys::window()?.history().ok()?.state().ok()?;
    let index = js_sys::Reflect::get(&state, &JsValue::from_str(key)).ok()?.as_f64()? as usize;
    (index < Page::ALL.len()).then_some(index)
}

/// Pushes a new entry (`push`), or replaces the current one, whose state is
/// the current one's with `key` set to `index`; the URL stays as it is.
fn write(history: &web_sys::History, key: &str, index: usize, push: bool) {
    let state = js_sys::Object::new();
    if let Some(current) = history.state().ok().and_then(|s| s.dyn_into::<js_sys::Object>().ok()) {
        js_sys::Object::assign(&state, &current);
    }
    let _ = js_sys::Reflect::set(&state, &JsValue::from_str(key), &JsValue::from(index as u32));
    let _ = if push {
        history.push_state(&state, "")
    } else {
        history.replace_state(&state, "")
    };
}
