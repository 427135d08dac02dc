//! A way back from a result to the question it waits on.

use leptos::prelude::*;
use partner_fit_engine::assessment::Question;

use crate::ui::assessment::open_question;
use crate::ui::state::use_app_state;

/// A link-styled button naming `question` that opens it in the assessment.
#[component]
pub fn AnswerLink(question: Question) -> impl IntoView {
    let state = use_app_state();
    view! {
        <button type="button" class="linkish" on:click=move |_| open_question(state, question)>
            <span class="visually-hidden">"Answer: "</span>
            {question.prompt()}
        </button>
    }
}

/// "Waits on: …" with a link per unanswered question; nothing when `questions` is empty.
#[component]
pub fn WaitsOn(questions: Vec<Question>, #[prop(into)] lead: String) -> impl IntoView {
    (!questions.is_empty()).then(|| {
        let links = questions
            .into_iter()
            .map(|q| view! { <li><AnswerLink question=q /></li> })
            .collect_view();
        view! {
            <div class="waits">
                <p class="waits__lead">{lead}</p>
                <ul class="waits__list">{links}</ul>
            </div>
        }
    })
}
