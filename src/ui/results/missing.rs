//! What the visitor still has to answer before the decision flow can run.

use leptos::prelude::*;
use partner_fit_engine::assessment::Question;

use super::answer_link::AnswerLink;
use crate::ui::state::use_app_state;

/// Shown until role and own are answered: the two questions the guide's decision starts
/// from, each answered or not.
#[component]
pub fn MissingAnswers() -> impl IntoView {
    let state = use_app_state();
    let rows = [Question::Role, Question::Own]
        .into_iter()
        .map(|q| {
            let status = move || {
                if state.answers.with(|a| a.is_answered(q)) {
                    "Answered: "
                } else {
                    "Not answered yet: "
                }
            };
            view! {
                <li>
                    <strong class="status">{status}</strong>
                    <AnswerLink q />
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="card" data-testid="results-missing">
            <p>"Answer these two questions and your recommendation appears here, with the reasons behind it:"</p>
            <ul class="missing">{rows}</ul>
        </div>
    }
}
