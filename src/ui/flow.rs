//! The guide's decision flow as a diagram of boxes and arrows, the visitor's path marked.
//!
//! It doubles as a way in: each question's answers are buttons, so a visitor can start here
//! instead of in the assessment. The diagram is an ordered list, which is its own text
//! alternative, and a sentence under it spells out the path.

pub mod decision;

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::Decision;
use partner_fit_engine::Model;

use super::assessment::focus_later;
use super::results::recommendation::decision_number;
use super::results::{read, RESULTS_HEADING};
use super::state::use_app_state;
use decision::DecisionNode;

/// The visitor's path: each decision taken and whether it was answered yes, and the model
/// it ends at.
pub type Path = (Vec<(Decision, bool)>, Model);

/// The path in one sentence, the diagram's text alternative.
pub fn path_sentence(path: &Option<Path>) -> String {
    match path {
        None => "Answer questions 1 and 2 to see your path through the flow.".to_owned(),
        Some((steps, model)) => {
            let steps: Vec<String> = steps
                .iter()
                .map(|&(d, yes)| {
                    let answer = if yes { "yes" } else { "no" };
                    format!("question {}, {answer}", decision_number(d))
                })
                .collect();
            format!(
                "Your path: {}; it ends at {}.",
                steps.join("; "),
                model.name()
            )
        }
    }
}

/// The decision flow section.
#[component]
pub fn DecisionFlow() -> impl IntoView {
    let state = use_app_state();
    let path: Memo<Option<Path>> = Memo::new(move |_| {
        read(state, |a| {
            let steps = a.recommendation.path.iter().map(|s| (s.decision, s.yes));
            (steps.collect(), a.model())
        })
    });
    let announce = RwSignal::new(String::new());
    let nodes = Decision::ALL
        .into_iter()
        .map(|d| view! { <DecisionNode decision=d path announce /> })
        .collect_view();
    view! {
        <section class="section wrap no-print" id="flow" aria-labelledby="flow-title">
            <h2 id="flow-title">"The guide's decision flow"</h2>
            <p class="lede">
                "Two questions pick the model; a third tells whether you are ready to hand the customer over. "
                "Answer here, or follow the path your assessment took."
            </p>
            <ol class="flow">{nodes}</ol>
            <div class="card flow__end">
                <p data-testid="flow-summary">{move || path.with(path_sentence)}</p>
                <p class="visually-hidden" role="status">{move || announce.get()}</p>
                <button
                    type="button"
                    class="btn btn--ghost"
                    hidden=move || path.with(Option::is_none)
                    on:click=move |_| focus_later(RESULTS_HEADING.to_owned())
                >
                    "See the reasons"
                </button>
            </div>
        </section>
    }
}
