//! One question as a native radio group (checkboxes for the segments), so the keyboard and
//! screen readers work without any script of ours.

use leptos::prelude::*;
use partner_fit_engine::assessment::{Question, Segments};

use super::choice::AnswerChoice;
use crate::ui::navigate::{request_focus, Target};
use crate::ui::state::{use_app_state, AppState};

/// Clears the answer to `q` and puts the keyboard on its first answer (the clear button
/// goes away with the answer).
fn clear(state: AppState, q: Question) {
    state.scenario.update(|s| {
        if q.is_multi() {
            s.answers.seg = Segments::EMPTY;
        } else {
            s.answers.set_answer_id(q, None);
        }
    });
    state.commit();
    request_focus(Target::Answer(q));
}

/// The question's prompt, help text and the engine's answers, with "Clear answer" once it
/// is answered.
#[component]
pub fn QuestionField(q: Question) -> impl IntoView {
    let state = use_app_state();
    let key = q.key();
    let part_id = move |part: &str| format!("q-{key}-{part}");
    // The clear button names its question by the legend.
    let legend = part_id("legend");
    let choices = q
        .choices()
        .into_iter()
        .enumerate()
        .map(|(i, choice)| view! { <AnswerChoice q choice first=i == 0 /> })
        .collect_view();
    let list_class = if q.is_multi() {
        "q__choices q__choices--multi"
    } else {
        "q__choices"
    };
    view! {
        <fieldset class="q" data-testid="question" data-value=key aria-describedby=part_id("help")>
            <legend class="q__prompt" id=part_id("legend")>{q.prompt()}</legend>
            <p class="q__help" id=part_id("help")>{q.help()}</p>
            <ul class=list_class>{choices}</ul>
            <Show when=move || state.answers.with(|a| a.is_answered(q))>
                <button
                    type="button"
                    class="linkish q__clear"
                    aria-describedby=legend.clone()
                    on:click=move |_| clear(state, q)
                >
                    "Clear answer"
                </button>
            </Show>
        </fieldset>
    }
}
