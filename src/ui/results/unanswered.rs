//! The questions still open, each a link back to its step.

use leptos::prelude::*;

use super::answer_link::AnswerLink;
use super::assessed::assessed;

/// Lists the unanswered questions (nothing is guessed for them).
#[component]
pub fn UnansweredCard() -> impl IntoView {
    let open = assessed(|a| a.unanswered.clone());
    view! {
        <section class="card results__open no-print" aria-labelledby="open-title">
            <h3 id="open-title">"Still unanswered"</h3>
            <Show
                when=move || open.with(|q| !q.is_empty())
                fallback=|| view! { <p>"You have answered every question."</p> }
            >
                <p>"Nothing is guessed for these; each answer can sharpen the result."</p>
                <ul class="open">
                    {move || {
                        open.with(|qs| qs.iter().map(|&q| {
                            view! {
                                <li data-testid="unanswered" data-value=q.key()>
                                    <AnswerLink q />
                                </li>
                            }
                        }).collect_view())
                    }}
                </ul>
            </Show>
        </section>
    }
}
