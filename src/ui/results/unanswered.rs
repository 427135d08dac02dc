//! The questions still open, each a link back to its step.

use leptos::prelude::*;

use super::answer_link::AnswerLink;
use super::read;
use crate::ui::state::use_app_state;

/// Lists the unanswered questions (nothing is guessed for them).
#[component]
pub fn UnansweredList() -> impl IntoView {
    let state = use_app_state();
    let items = move || {
        read(state, |a| a.unanswered.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|q| view! { <li data-testid="unanswered" data-value=q.key()><AnswerLink question=q /></li> })
            .collect_view()
    };
    let none = move || read(state, |a| a.unanswered.is_empty()).unwrap_or(true);
    view! {
        <section class="card results__open no-print" aria-labelledby="open-title">
            <h3 id="open-title">"Still unanswered"</h3>
            <p hidden=move || !none()>"You have answered every question."</p>
            <p hidden=none>"Nothing is guessed for these; each answer can sharpen the result."</p>
            <ul class="open">{items}</ul>
        </section>
    }
}
