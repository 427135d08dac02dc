//! The list of steps, each a button, so any step can be reopened at any time.

use leptos::prelude::*;

use super::{open_step, STEPS};
use crate::ui::state::use_app_state;

/// One button per step with how many of its questions are answered; the current step is
/// marked with `aria-current` and in text.
#[component]
pub fn StepList(current: Memo<u32>) -> impl IntoView {
    let state = use_app_state();
    let items = STEPS
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let n = i as u32;
            // A memo, so simulator input (which also changes the scenario) leaves the text alone.
            let answered = Memo::new(move |_| {
                state.scenario.with(|s| {
                    step.questions
                        .iter()
                        .filter(|&&q| s.answers.is_answered(q))
                        .count()
                })
            });
            let status = move || format!("{} of {} answered", answered.get(), step.questions.len());
            let is_current = move || current.get() == n;
            view! {
                <li>
                    <button
                        type="button"
                        class="assess__goto"
                        aria-current=move || is_current().then_some("step")
                        on:click=move |_| open_step(state, n)
                    >
                        <span class="assess__goto-title">{n + 1} ". " {step.title}</span>
                        <span class="assess__goto-status">
                            {status}
                            {move || is_current().then_some(" · you are here")}
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav aria-label="Assessment steps">
            <ol class="assess__steps">{items}</ol>
        </nav>
    }
}
