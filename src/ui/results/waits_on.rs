//! The questions a result still depends on.

use leptos::prelude::*;
use partner_fit_engine::assessment::Question;

use super::answer_link::AnswerLink;

/// `lead` and a link to each of `questions`; nothing when there are none.
#[component]
pub fn WaitsOn(
    #[prop(into)] questions: Signal<Vec<Question>>,
    lead: &'static str,
) -> impl IntoView {
    view! {
        <Show when=move || questions.with(|q| !q.is_empty())>
            <div class="waits">
                <p class="waits__lead">{lead}</p>
                <ul class="waits__list">
                    {move || {
                        questions.with(|qs| {
                            qs.iter().map(|&q| view! { <li><AnswerLink q /></li> }).collect_view()
                        })
                    }}
                </ul>
            </div>
        </Show>
    }
}
