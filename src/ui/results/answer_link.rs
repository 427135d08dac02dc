//! A link from the results back to a question.

use leptos::prelude::*;
use partner_fit_engine::assessment::Question;

use crate::ui::navigate::open_question;
use crate::ui::state::use_app_state;

/// A link-styled button naming `q` (or showing `label` instead, such as a missing
/// condition): it opens the question's step and puts the keyboard on its first answer.
/// Paper has no buttons, so the words print on their own.
#[component]
pub fn AnswerLink(q: Question, #[prop(optional)] label: Option<&'static str>) -> impl IntoView {
    let state = use_app_state();
    let text = label.unwrap_or(q.prompt());
    view! {
        <button type="button" class="linkish" on:click=move |_| open_question(state, q)>
            <span class="visually-hidden">"Answer: "</span>
            {text}
        </button>
        <span class="print-only print-inline">{text}</span>
    }
}
