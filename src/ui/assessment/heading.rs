//! The heading of the step on screen, where the keyboard lands when the step changes.

use leptos::html::H3;
use leptos::prelude::*;

use crate::ui::navigate::{current_step, focus_on_request, Target, STEPS, STEP_HEADING};
use crate::ui::state::use_app_state;

/// The heading's text for step `n`, also the progress bar's fallback text.
pub fn step_title(n: u32) -> String {
    format!(
        "Step {} of {}: {}",
        n + 1,
        STEPS.len(),
        STEPS[n as usize].title
    )
}

/// One element for every step, so the focus can rest on it while the step changes.
#[component]
pub fn StepHeading() -> impl IntoView {
    let state = use_app_state();
    let heading = NodeRef::<H3>::new();
    focus_on_request(Target::StepHeading, heading);
    let now = move || current_step(state);
    view! {
        <h3 id=STEP_HEADING tabindex="-1" data-testid="assessment-step" data-value=now node_ref=heading>
            {move || step_title(now())}
        </h3>
    }
}
