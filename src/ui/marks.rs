//! The visitor's state on the static page: marks on the root element (which the build-time
//! stylesheet turns into highlights), pressed answers in the decision flow, and the actions of
//! its buttons. The static content itself is never re-rendered.

use leptos::prelude::*;
use partner_fit_engine::assessment::Assessment;
use partner_fit_engine::page::{marks, Action, ACTION_ATTR, ROOT};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::navigate::{open_step, request_focus, Target};
use super::state::AppState;

/// The root element's marks for `a`: model, rung and the branches of the flow taken.
fn marks_of(a: Option<&Assessment>) -> [(partner_fit_engine::page::Mark, Option<String>); 3] {
    let path: Vec<_> = a
        .map(|a| {
            a.recommendation
                .path
                .iter()
                .map(|s| (s.decision, s.yes))
                .collect()
        })
        .unwrap_or_default();
    marks(a.map(|a| a.model()), a.map(|a| a.ladder.rung), &path)
}

/// Every static control that names an action, with the action.
fn controls(root: &Element) -> Vec<(Element, Action)> {
    let Ok(list) = root.query_selector_all(&format!("[{ACTION_ATTR}]")) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|el| {
            let action = Action::parse(&el.get_attribute(ACTION_ATTR)?)?;
            Some((el, action))
        })
        .collect()
}

/// Carries out a static control's action.
fn run(state: AppState, action: Action) {
    match action {
        Action::Answer { question, choice } => {
            state
                .scenario
                .try_update(|s| s.answers.set_answer_id(question, Some(choice)));
            state.commit();
        }
        Action::ShowResults => request_focus(Target::ResultsHeading),
        Action::StartAssessment => open_step(state, 0),
    }
}

/// Keeps the root's marks and the flow's pressed answers in step with the state, and serves
/// the static controls.
pub fn start(state: AppState) {
    let Some(root) = document().get_element_by_id(ROOT) else {
        return;
    };
    let _ = root.set_attribute("data-live", "");
    let marked = root.clone();
    Effect::new(move || {
        state.assessment.with(|a| {
            for (mark, value) in marks_of(a.as_ref()) {
                let _ = match value {
                    Some(v) => marked.set_attribute(mark.attr(), &v),
                    None => marked.remove_attribute(mark.attr()),
                };
            }
        });
    });
    let buttons = controls(&root);
    Effect::new(move || {
        state.answers.with(|answers| {
            for (el, action) in &buttons {
                if let Action::Answer { question, choice } = action {
                    let pressed = answers.answer_id(*question) == Some(*choice);
                    let _ =
                        el.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
                }
            }
        });
    });
    let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let action = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(&format!("[{ACTION_ATTR}]")).ok().flatten())
            .and_then(|el| Action::parse(&el.get_attribute(ACTION_ATTR)?));
        if let Some(action) = action {
            run(state, action);
        }
    });
    let _ = root.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_click.forget();
}
