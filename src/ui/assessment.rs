//! The assessment: the engine's questions, a few per step, with Back and Next.
//!
//! Every answer goes into the scenario the moment it is given (and so into the URL), so
//! the results below update as the visitor answers and any step can be revisited.

pub mod question;
pub mod steps;

use leptos::prelude::*;
use partner_fit_engine::assessment::Question;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::erased::{derive, effect, list, listen};
use super::results::markup::{clicked_button, Html};
use super::results::RESULTS_HEADING;
use super::simulator::markup::escape;
use super::state::{use_app_state, AppState};

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

/// The id of the section (written as a literal in the view: a literal costs no wasm there).
const SECTION: &str = "assessment";

/// The steps' elements, in order.
const STEP_SELECTOR: &str = "#assessment .assess__step";

/// The id of the step heading, which takes focus when the step changes (written as a literal
/// in the view).
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

/// The question whose URL key is `key`.
pub fn question(key: &str) -> Option<Question> {
    Question::ALL.into_iter().find(|q| q.key() == key)
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
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
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

/// What a click on a button of the section asks for: a step (`data-step`), clearing an
/// answer (`data-clear`), or Back and Next (`data-nav`).
fn on_click(state: AppState, ev: &web_sys::Event) {
    let Some(button) = clicked_button(ev) else {
        return;
    };
    let now = state.step.get_untracked().min(LAST);
    if let Some(n) = button.get_attribute("data-step") {
        open_step(state, n.parse().unwrap_or(0));
    } else if let Some(q) = button
        .get_attribute("data-clear")
        .and_then(|k| question(&k))
    {
        question::clear(state, q);
    } else {
        match button.get_attribute("data-nav").as_deref() {
            Some("back") => open_step(state, now.saturating_sub(1)),
            Some(_) if now < LAST => open_step(state, now + 1),
            Some(_) => focus_later(RESULTS_HEADING.to_owned()),
            None => {}
        }
    }
}

/// Every step's questions as markup, rendered once; only which step shows changes.
fn step_markup(step: &Step) -> String {
    let mut h = Html::default();
    h.fill(r#"<p class="assess__intro">{}</p>"#, &[step.intro]);
    for &q in step.questions {
        question::markup(&mut h, q);
    }
    h.done()
}

/// The step heading's text.
fn heading(n: u32) -> String {
    format!(
        "Step {} of {}: {}",
        n + 1,
        STEPS.len(),
        STEPS[n as usize].title
    )
}

/// The progress bar of step `n`.
fn progress(n: u32) -> String {
    let mut h = Html::default();
    h.raw(r#"<progress class="assess__progress" data-testid="assessment-progress" aria-label="Assessment progress" max=""#)
        .int(STEPS.len())
        .raw(r#"" value=""#)
        .int(n as usize + 1)
        .fill(r#"">{}</progress>"#, &[&heading(n)])
        .done()
}

/// Back and Next (`data-nav`, read by the section's click handler); Next becomes "See your
/// recommendation" on the last step.
fn nav(n: u32) -> String {
    let back = if n == 0 { " disabled" } else { "" };
    let next = if n < LAST {
        "Next"
    } else {
        "See your recommendation"
    };
    let mut h = Html::default();
    h.fill(
        r#"<button type="button" class="btn btn--ghost" data-testid="step-back" data-nav="back"{}>Back</button><button type="button" class="btn" data-testid="step-next" data-nav="next">{}</button>"#,
        &[back, next],
    )
    .done()
}

/// The assessment section: step list, the current step's questions, Back and Next.
#[component]
pub fn AssessmentSection() -> impl IntoView {
    let state = use_app_state();
    // Only the answers: a slider elsewhere must not touch the inputs.
    let answers = state.answers;
    // The inputs are markup of their own, outside Leptos: sync them with the answers (the
    // effect first runs once the section is in the document).
    effect(move || {
        let a = answers.get();
        if let Some(section) = document().get_element_by_id(SECTION) {
            question::sync(&section, &a);
        }
    });
    // Which step shows: set at render, then kept by this effect, so the steps need no
    // reactive attribute of their own.
    effect(move || {
        let now = current_step(state);
        if let Ok(steps) = document().query_selector_all(STEP_SELECTOR) {
            for i in 0..steps.length() {
                if let Some(step) = steps.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
                    step.set_hidden(i != now);
                }
            }
        }
    });
    let first = state.step.get_untracked().min(LAST);
    let steps = list(STEPS.iter().enumerate().map(|(i, step)| {
        view! { <div class="assess__step" hidden=i as u32 != first inner_html=step_markup(step) /> }
    }));
    view! {
        <section
            class="section wrap assess no-print"
            id="assessment"
            aria-labelledby="assessment-title"
            {..listen("click", move |ev| on_click(state, &ev))}
            {..listen("change", move |ev| question::on_change(state, &ev))}
        >
            <div>
                <h2 id="assessment-title">"Find your partner model"</h2>
                <p class="lede">
                    "Thirteen questions in four short steps. Skip any you are unsure of: the first two are "
                    "enough for a recommendation, and every answer can be changed later."
                </p>
                <p><a href="#simulator">"Skip to the simulator"</a></p>
            </div>
            <nav aria-label="Assessment steps" inner_html=derive(state, |s| steps::markup(current_step(s), &s.answers.get())) />
            <div class="card assess__card">
                // The heading stays one element: the focus lands on it at every step change.
                <h3
                    id="assessment-step-title"
                    tabindex="-1"
                    data-testid="assessment-step"
                    data-value=derive(state, |s| current_step(s).to_string())
                    inner_html=derive(state, |s| escape(&heading(current_step(s))))
                />
                <div inner_html=derive(state, |s| progress(current_step(s))) />
                {steps}
                <div class="assess__nav" inner_html=derive(state, |s| nav(current_step(s))) />
            </div>
        </section>
    }
}
