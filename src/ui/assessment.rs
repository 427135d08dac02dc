//! The assessment: the engine's questions, a few per step, with Back and Next.
//!
//! Every answer goes into the scenario the moment it is given (and so into the URL), so
//! the results below update as the visitor answers and any step can be revisited.

pub mod question;
pub mod steps;

use leptos::prelude::*;
use partner_fit_engine::assessment::Question;
use wasm_bindgen::JsCast;

use super::state::{use_app_state, AppState};
use question::QuestionField;
use steps::StepList;

/// One screen of the assessment: a title and the questions it asks.
pub struct Step {
    pub title: &'static str,
    pub intro: &'static str,
    pub questions: &'static [Question],
}

/// The steps, grouped so each screen is about one thing; every question appears once.
pub const STEPS: [Step; 4] = [
    Step {
        title: "The partner",
        intro: "The two questions the guide's decision starts from.",
        questions: &[Question::Role, Question::Own],
    },
    Step {
        title: "Your product",
        intro: "What a partner's team would have to work with.",
        questions: &[Question::Int, Question::Jvp, Question::Api, Question::Mkt],
    },
    Step {
        title: "Your sales motion",
        intro: "How you sell today, and how ready you are to share deals.",
        questions: &[
            Question::Motion,
            Question::Direct,
            Question::Dreg,
            Question::Stage,
        ],
    },
    Step {
        title: "The partner's reach",
        intro: "Where the partner can take you, and what it can carry.",
        questions: &[Question::Reach, Question::Psup, Question::Seg],
    },
];

/// The id of the step heading, which takes focus when the step changes.
pub const STEP_HEADING: &str = "assessment-step-title";

/// The last step's index.
const LAST: u32 = STEPS.len() as u32 - 1;

/// The step on screen, kept in range (a history entry may carry any number).
pub fn current_step(state: AppState) -> u32 {
    state.step.get().min(LAST)
}

/// The step that asks `q`.
pub fn step_of(q: Question) -> u32 {
    STEPS
        .iter()
        .position(|s| s.questions.contains(&q))
        .unwrap_or(0) as u32
}

/// The id of the input for answer `choice` of `q`, so other sections can send focus there.
pub fn input_id(q: Question, choice: &str) -> String {
    format!("q-{}-{choice}", q.key())
}

/// Focuses the element `id` once the pending DOM updates have run.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        let el = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}

/// Shows step `n` as a new history entry (so browser Back returns) and focuses its heading.
pub fn open_step(state: AppState, n: u32) {
    let n = n.min(LAST);
    if state.step.get_untracked() != n {
        state.go_to_step(n);
    }
    focus_later(STEP_HEADING.to_owned());
}

/// Shows the step that asks `q` and puts the keyboard on its first answer.
pub fn open_question(state: AppState, q: Question) {
    open_step(state, step_of(q));
    if let Some(first) = q.choices().first() {
        focus_later(input_id(q, first.id));
    }
}

/// The assessment section: step list, the current step's questions, Back and Next.
#[component]
pub fn AssessmentSection() -> impl IntoView {
    let state = use_app_state();
    let current = Memo::new(move |_| current_step(state));
    let steps = STEPS
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let questions = step
                .questions
                .iter()
                .map(|&q| view! { <QuestionField question=q /> })
                .collect_view();
            view! {
                <div class="assess__step" hidden=move || current.get() != i as u32>
                    <p class="assess__intro">{step.intro}</p>
                    {questions}
                </div>
            }
        })
        .collect_view();
    let back = move |_| open_step(state, current.get_untracked().saturating_sub(1));
    let next = move |_| {
        let now = current.get_untracked();
        if now < LAST {
            open_step(state, now + 1);
        } else {
            focus_later("results-title".to_owned());
        }
    };
    let heading = move || {
        let n = current.get();
        let title = STEPS[n as usize].title;
        format!("Step {} of {}: {title}", n + 1, STEPS.len())
    };
    view! {
        <section class="section wrap assess no-print" id="assessment" aria-labelledby="assessment-title">
            <h2 id="assessment-title">"Find your partner model"</h2>
            <p class="lede">
                "Thirteen questions in four short steps. Skip any you are unsure of: the first two are enough "
                "for a recommendation, and every answer can be changed later."
            </p>
            <p><a href="#simulator">"Skip to the simulator"</a></p>
            <StepList current />
            <div class="card assess__card">
                <h3 id=STEP_HEADING tabindex="-1" data-testid="assessment-step" data-value=move || current.get().to_string()>
                    {heading}
                </h3>
                <progress
                    class="assess__progress"
                    data-testid="assessment-progress"
                    aria-label="Assessment progress"
                    max=STEPS.len().to_string()
                    value=move || (current.get() + 1).to_string()
                >
                    {heading}
                </progress>
                {steps}
                <div class="assess__nav">
                    <button type="button" class="btn btn--ghost" data-testid="step-back" disabled=move || current.get() == 0 on:click=back>
                        "Back"
                    </button>
                    <button type="button" class="btn" data-testid="step-next" on:click=next>
                        {move || if current.get() < LAST { "Next" } else { "See your recommendation" }}
                    </button>
                </div>
            </div>
        </section>
    }
}
