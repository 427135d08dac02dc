//! What the visitor still has to answer before the decision flow can run.

use leptos::prelude::*;
use partner_fit_engine::assessment::Question;

use super::answer_link::AnswerLink;
use crate::ui::state::use_app_state;

/// The two questions the guide's decision starts from, each answered or not.
const FIRST: [Question; 2] = [Question::Role, Question::Own];

/// Shown until role and own are answered: which of the two is still missing.
#[component]
pub fn MissingAnswers() -> impl IntoView {
    let state = use_app_state();
    let items = FIRST
        .into_iter()
        .map(|q| {
            let answered = Memo::new(move |_| state.scenario.with(|s| s.answers.is_answered(q)));
            view! {
                <li>
                    <strong class="status">
                        {move || if answered.get() { "Answered: " } else { "Not answered yet: " }}
                    </strong>
                    <AnswerLink question=q />
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="card" data-testid="results-missing">
            <p>"Answer these two questions and your recommendation appears here, with the reasons behind it:"</p>
            <ul class="missing">{items}</ul>
        </div>
    }
}
