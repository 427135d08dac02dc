//! The guide's decision flow as a diagram of boxes and arrows, the visitor's path marked.
//!
//! It doubles as a way in: each question's answers are buttons, so a visitor can start here
//! instead of in the assessment. The diagram is an ordered list, which is its own text
//! alternative, and a sentence under it spells out the path. It is one block of markup
//! re-rendered when the answers change; the section's one click handler reads the answer
//! buttons' `data-value` and gives the focus back to the button, which the re-render
//! replaced.

pub mod decision;

use leptos::prelude::*;
use partner_fit_engine::assessment::Assessment;

use super::assessment::question;
use super::erased::{derive, listen};
use super::legacy_markup::{clicked_button, Html};
use super::navigate::{focus_later, RESULTS_HEADING};
use super::results::recommendation::decision_number;
use super::state::{use_app_state, AppState};

/// Appends the path in one sentence, the diagram's text alternative.
fn path_sentence(h: &mut Html, a: Option<&Assessment>) {
    let Some(a) = a else {
        h.raw("Answer questions 1 and 2 to see your path through the flow.");
        return;
    };
    h.raw("Your path: ");
    for (i, s) in a.recommendation.path.iter().enumerate() {
        h.raw(if i == 0 { "question " } else { "; question " })
            .int(decision_number(s.decision))
            .raw(if s.yes { ", yes" } else { ", no" });
    }
    h.fill("; it ends at {}.", &[a.model().name()]);
}

/// The box under the diagram: the path sentence and, once there is a path, a way to its
/// reasons.
fn end_markup(a: Option<&Assessment>) -> String {
    let mut h = Html::default();
    h.raw(r#"<p data-testid="flow-summary">"#);
    path_sentence(&mut h, a);
    h.raw("</p>");
    if a.is_some() {
        h.raw(r#"<button type="button" class="btn btn--ghost" data-go="results">See the reasons</button>"#);
    }
    h.done()
}

/// Gives the answer of a flow button (`data-value` "key=id"), announces the new path (as
/// markup: the sentence is built escaped) and
/// keeps the keyboard on the button.
fn choose(state: AppState, button: &web_sys::Element, announce: RwSignal<String>) -> Option<()> {
    let value = button.get_attribute("data-value")?;
    let (key, id) = value.split_once('=')?;
    let q = question(key)?;
    state
        .scenario
        .try_update(|s| s.answers.set_answer_id(q, Some(id)));
    state.commit();
    let sentence = state.assessment.try_with_untracked(|a| {
        let mut h = Html::default();
        path_sentence(&mut h, a.as_ref());
        h.done()
    })?;
    announce.try_set(sentence);
    focus_later(button.id());
    Some(())
}

/// The decision flow section.
#[component]
pub fn DecisionFlow() -> impl IntoView {
    let state = use_app_state();
    let announce = RwSignal::new(String::new());
    let on_click = move |ev: web_sys::Event| {
        let Some(button) = clicked_button(&ev) else {
            return;
        };
        if button.has_attribute("data-go") {
            focus_later(RESULTS_HEADING.to_owned());
        } else {
            choose(state, &button, announce);
        }
    };
    view! {
        <section class="section wrap no-print" id="flow" aria-labelledby="flow-title" {..listen("click", on_click)}>
            <div>
                <h2 id="flow-title">"The guide's decision flow"</h2>
                <p class="lede">
                    "Two questions pick the model; a third tells whether you are ready to hand the customer over. "
                    "Answer here, or follow the path your assessment took."
                </p>
            </div>
            // Only the answers and the assessment: a slider elsewhere must not re-render it.
            <ol
                class="flow"
                inner_html=derive(state, |s| {
                    let a = s.answers.get();
                    s.assessment.with(|r| decision::markup(&a, r.as_ref()))
                })
            />
            <div class="card flow__end" inner_html=derive(state, |s| s.assessment.with(|a| end_markup(a.as_ref()))) />
            <p class="visually-hidden" role="status" inner_html={Signal::<String>::from(announce)} />
        </section>
    }
}
