//! How far through the steps the visitor is.

use leptos::prelude::*;

use super::heading::step_title;
use crate::ui::navigate::{current_step, STEPS};
use crate::ui::state::use_app_state;

/// A native progress bar, counted in steps.
#[component]
pub fn Progress() -> impl IntoView {
    let state = use_app_state();
    let now = move || current_step(state);
    view! {
        <progress
            class="assess__progress"
            data-testid="assessment-progress"
            aria-label="Assessment progress"
            max=STEPS.len()
            value=move || now() + 1
        >
            {move || step_title(now())}
        </progress>
    }
}
