//! Back and Next below the questions.

use leptos::prelude::*;

use crate::ui::navigate::{current_step, open_step, request_focus, Target, LAST_STEP};
use crate::ui::state::{use_app_state, AppState};

/// The step on screen, read in a click handler (which must not subscribe to it).
fn step_now(state: AppState) -> u32 {
    state.step.get_untracked().min(LAST_STEP)
}

/// Back opens the previous step as a new history entry; Next the next one, and on the last
/// step it becomes "See your recommendation" and sends the keyboard to the results.
#[component]
pub fn StepNav() -> impl IntoView {
    let state = use_app_state();
    let on_last = move || current_step(state) == LAST_STEP;
    let back = move |_| open_step(state, step_now(state).saturating_sub(1));
    let next = move |_| match step_now(state) {
        LAST_STEP => request_focus(Target::ResultsHeading),
        n => open_step(state, n + 1),
    };
    view! {
        <div class="assess__nav">
            <button
                type="button"
                class="btn btn--ghost"
                data-testid="step-back"
                disabled=move || current_step(state) == 0
                on:click=back
            >
                "Back"
            </button>
            <button type="button" class="btn" data-testid="step-next" on:click=next>
                {move || if on_last() { "See your recommendation" } else { "Next" }}
            </button>
        </div>
    }
}
