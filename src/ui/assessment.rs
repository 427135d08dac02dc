//! The assessment: the engine's questions, a few per step, with Back and Next.
//!
//! Every answer goes into the scenario the moment it is given (and so into the URL), so
//! the results below update as the visitor answers and any step can be revisited.

pub mod choice;
pub mod heading;
pub mod progress;
pub mod question;
pub mod step_nav;
pub mod steps;

use leptos::prelude::*;

use super::navigate::{current_step, STEPS};
use super::state::use_app_state;
use heading::StepHeading;
use progress::Progress;
use question::QuestionField;
use step_nav::StepNav;
use steps::StepList;

/// The assessment section: step list, the current step's questions, Back and Next.
///
/// Every step's questions render once and only their visibility follows the step, so an
/// answer's input keeps its place (and the browser its focus) across steps.
#[component]
pub fn AssessmentSection() -> impl IntoView {
    let state = use_app_state();
    let steps = STEPS
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let questions = step
                .questions
                .iter()
                .map(|&q| view! { <QuestionField q /> })
                .collect_view();
            view! {
                <div class="assess__step" hidden=move || current_step(state) != i as u32>
                    <p class="assess__intro">{step.intro}</p>
                    {questions}
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="section wrap assess no-print" id="assessment" aria-labelledby="assessment-title">
            <div>
                <h2 id="assessment-title">"Find your partner model"</h2>
                <p class="lede">
                    "Thirteen questions in four short steps. Skip any you are unsure of: the first two are "
                    "enough for a recommendation, and every answer can be changed later."
                </p>
                <p>
                    <a href="#simulator">"Skip to the simulator"</a>
                </p>
            </div>
            <nav aria-label="Assessment steps">
                <StepList />
            </nav>
            <div class="card assess__card">
                <StepHeading />
                <Progress />
                {steps}
                <StepNav />
            </div>
        </section>
    }
}
