//! After a Next that found something to fix: one list of the problems at the
//! top of the page, which takes the focus (one announcement), each problem
//! in the words of its inline message and a link to its field.
use yew::prelude::*;

use super::html::nodes;

use crate::journey::Blocker;

/// One problem: what the visitor reads and, when it has one, the field the
/// link moves focus to (a selector inside the widget).
pub struct Problem {
    pub message: String,
    pub field: Option<String>,
}

impl Problem {
    pub fn new(blocker: &Blocker, message: String) -> Problem {
        Problem {
            message,
            field: field_of(blocker),
        }
    }
}

/// The first control of what a blocker is about.
fn field_of(blocker: &Blocker) -> Option<String> {
    Some(match blocker {
        Blocker::Unanswered { question } => format!("[data-question=\"{question}\"] input"),
        // The list's first box when the list is open, else the map's Tab stop.
        Blocker::NoRegions => {
            "[data-question=\"regions\"] details[open] input, [data-question=\"regions\"] [tabindex=\"0\"]".into()
        }
        // The first box after the message.
        Blocker::NothingTicked { .. } | Blocker::UnsureOfNothing { .. } => {
            format!("[data-error-for=\"{}\"] ~ * input", blocker.target())
        }
        Blocker::EmptyList { follow_up } => format!("[data-follow-up=\"{}\"] input", follow_up.id()),
        Blocker::SurgeryWithoutRegion { index } => format!("#ims-surgery-region-{index}"),
        Blocker::Other { .. } => return None,
        // The operation's date: its first field, in the language's order.
        date => format!("#ims-surgery-date-{}", date.surgery_row()?),
    })
}

/// The summary; `summary` is the element the focus goes to on a blocked Next.
pub fn error_summary(title: &'static str, problems: Vec<Problem>, summary: &NodeRef) -> Html {
    html! {
        <div class="ims-error-summary" role="group" aria-labelledby="ims-error-summary-title" tabindex="-1" ref={summary.clone()}>
            <h3 id="ims-error-summary-title" class="ims-error-summary-title">{ title }</h3>
            <ul class="ims-error-summary-list">
                { nodes(problems.len(), &|n| {
                    let problem = &problems[n];
                    html! {
                        <li>
                            if let Some(field) = &problem.field {
                                <a href="#" data-error-link={field.clone()} onclick={go_to(field.clone())}>
                                    { problem.message.clone() }
                                </a>
                            } else {
                                { problem.message.clone() }
                            }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// A link's click: focus the field and bring its question's start into view
/// (the legend above a field says what it is). The href stays unused: inside
/// a shadow root a `#id` link would look in the host page.
fn go_to(field: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        use wasm_bindgen::JsCast;
        e.prevent_default();
        let link = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let widget = link.and_then(|l| l.closest(".ims").ok().flatten());
        let Some(target) = widget.and_then(|w| w.query_selector(&field).ok().flatten()) else {
            return;
        };
        // The map's places are SVG, which has focus() too; the cast only names the method.
        let _ = target.unchecked_ref::<web_sys::HtmlElement>().focus();
        let question = target.closest("fieldset, [data-question]").ok().flatten();
        question.unwrap_or(target).scroll_into_view();
    })
}
