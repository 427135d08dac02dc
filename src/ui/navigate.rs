//! Moving around the page: the assessment's steps, opening a question, and where the keyboard
//! goes when a control moves it.
//!
//! Several sections do this (the results open questions, the assessment opens the results),
//! so it lives here and the sections import it, never each other. A control asks for a
//! [`Target`]; the component that renders the target holds a `NodeRef` to it and focuses it
//! (see [`focus_on_request`]), so no section reaches into another's markup.

use leptos::html::ElementType;
use leptos::prelude::*;
use partner_fit_engine::assessment::Question;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::state::AppState;

/// The id of the step heading, where the keyboard lands when a control changes the step.
pub const STEP_HEADING: &str = "assessment-step-title";

/// The id of the results heading, where "See your recommendation" sends the keyboard.
pub const RESULTS_HEADING: &str = "results-title";

/// The id of the heading of "What would change the answer", where an applied change sends
/// the keyboard.
pub const CHANGES_HEADING: &str = "changes-title";

/// The id of the input for answer `choice` of `q`, which its label and the tests name.
pub fn input_id(q: Question, choice: &str) -> String {
    format!("q-{}-{choice}", q.key())
}

/// One screen of the assessment: a title and the questions it asks.
pub struct Step {
    pub title: &'static str,
    pub intro: &'static str,
    pub questions: &'static [Question],
}

/// The steps, grouped so each screen is about one thing; every question appears once. Here
/// rather than in the assessment because opening a question means opening its step.
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
        questions: &[
            Question::Reach,
            Question::Psup,
            Question::Seg,
            Question::Others,
        ],
    },
];

/// The last step's index.
pub const LAST_STEP: u32 = STEPS.len() as u32 - 1;

/// The step on screen, kept in range (a history entry may carry any number).
pub fn current_step(state: AppState) -> u32 {
    state.step.get().min(LAST_STEP)
}

/// The step that asks `q`.
fn step_of(q: Question) -> u32 {
    STEPS
        .iter()
        .position(|s| s.questions.contains(&q))
        .unwrap_or(0) as u32
}

/// Where a control can send the keyboard.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The heading of the step on screen.
    StepHeading,
    /// The first answer of a question.
    Answer(Question),
    /// The results heading.
    ResultsHeading,
    /// The heading of "What would change the answer".
    ChangesHeading,
}

thread_local! {
    /// The focus asked for last, one for the page: the section that asks and the one that
    /// holds the target are siblings. Setting it notifies even when it repeats the last
    /// request, so asking twice for the same target focuses it twice.
    static REQUEST: ArcRwSignal<Option<Target>> = ArcRwSignal::new(None);
}

/// Sends the keyboard to `target` (once the component that renders it hears of it).
pub fn request_focus(target: Target) {
    REQUEST.with(|r| r.set(Some(target)));
}

/// Focuses `node` whenever a control asks for `target`. It waits for the next animation
/// frame: by then the DOM shows what the same click changed (a step unhidden, a row added).
pub fn focus_on_request<E>(target: Target, node: NodeRef<E>)
where
    E: ElementType,
    E::Output: JsCast + Clone + AsRef<HtmlElement> + 'static,
{
    let request = REQUEST.with(Clone::clone);
    Effect::watch(
        move || request.get(),
        move |asked, _, _| {
            if *asked == Some(target) {
                request_animation_frame(move || {
                    if let Some(Some(el)) = node.try_get_untracked() {
                        let _ = AsRef::<HtmlElement>::as_ref(&el).focus();
                    }
                });
            }
        },
        false,
    );
}

/// Shows step `n` as a new history entry (so browser Back returns) and focuses its heading.
pub fn open_step(state: AppState, n: u32) {
    show_step(state, n);
    request_focus(Target::StepHeading);
}

/// Shows the step that asks `q` and puts the keyboard on its first answer.
pub fn open_question(state: AppState, q: Question) {
    show_step(state, step_of(q));
    request_focus(Target::Answer(q));
}

/// Moves the assessment to step `n` (kept in range) unless it is already there.
fn show_step(state: AppState, n: u32) {
    let n = n.min(LAST_STEP);
    if state.step.get_untracked() != n {
        state.go_to_step(n);
    }
}
