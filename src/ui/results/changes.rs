//! What would change the answer: the engine's single-answer changes, each one click away.

use leptos::html::H3;
use leptos::prelude::*;
use partner_fit_engine::assessment::changes::Edit;

use super::assessed::assessed;
use crate::ui::navigate::{focus_on_request, request_focus, Target, CHANGES_HEADING};
use crate::ui::state::{use_app_state, AppState};

/// A stable element id for a change, so its button can name the sentence it applies.
fn change_id(edit: Edit) -> String {
    match edit {
        Edit::Answer { question, id } => format!("chg-{}-{id}", question.key()),
        Edit::Segment { segment, .. } => format!("chg-seg-{}", segment.id()),
    }
}

/// Makes the change, says so in the status region and sends the keyboard to the heading
/// (the change's own row goes away with it).
fn apply(state: AppState, edit: Edit, sentence: &str, applied: RwSignal<String>) {
    state
        .scenario
        .update(|s| s.answers = edit.apply(&s.answers));
    state.commit();
    applied.set(format!("Applied: {sentence}"));
    request_focus(Target::ChangesHeading);
}

/// The sentences, most actionable first, each with a button that makes the change.
#[component]
pub fn ChangesCard() -> impl IntoView {
    let state = use_app_state();
    let changes = assessed(|a| a.changes.clone());
    let applied = RwSignal::new(String::new());
    let heading = NodeRef::<H3>::new();
    focus_on_request(Target::ChangesHeading, heading);
    view! {
        <section class="card results__changes no-print" aria-labelledby=CHANGES_HEADING>
            <h3 id=CHANGES_HEADING tabindex="-1" node_ref=heading>
                "What would change the answer"
            </h3>
            <p class="visually-hidden" role="status">{applied}</p>
            <Show
                when=move || changes.with(|c| !c.is_empty())
                fallback=|| {
                    view! {
                        <p>"No single change of answer would change the model or earn a higher rung."</p>
                    }
                }
            >
                <ul class="changes">
                    {move || {
                        changes.get().into_iter().map(|c| {
                            let id = change_id(c.edit);
                            let sentence = c.sentence.clone();
                            view! {
                                <li class="change" data-testid="change">
                                    <p id=id.clone()>{c.sentence}</p>
                                    <button
                                        type="button"
                                        class="btn btn--ghost btn--small no-print"
                                        aria-describedby=id
                                        on:click=move |_| apply(state, c.edit, &sentence, applied)
                                    >
                                        "Apply this change"
                                    </button>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </Show>
        </section>
    }
}
