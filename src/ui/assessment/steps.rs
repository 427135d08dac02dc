//! The list of steps, each a button, so any step can be reopened at any time.

use leptos::prelude::*;

use crate::ui::navigate::{current_step, open_step, STEPS};
use crate::ui::state::use_app_state;

/// One button per step with how many of its questions are answered; the current step is
/// marked with `aria-current` and in text.
#[component]
pub fn StepList() -> impl IntoView {
    let state = use_app_state();
    let items = STEPS
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let n = i as u32;
            let here = move || current_step(state) == n;
            let questions = step.questions;
            let answered = move || {
                state
                    .answers
                    .with(|a| questions.iter().filter(|&&q| a.is_answered(q)).count())
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="assess__goto"
                        aria-current=move || here().then_some("step")
                        on:click=move |_| open_step(state, n)
                    >
                        <span class="assess__goto-title">{i + 1}". "{step.title}</span>
                        <span class="assess__goto-status">
                            {answered}" of "{questions.len()}" answered"
                            {move || if here() { " · you are here" } else { "" }}
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="assess__steps">{items}</ol> }
}
