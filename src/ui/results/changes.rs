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

/// The answers `edits` would give, as "question: answer" phrases for the smallest set.
fn describe(edits: &[Edit]) -> Vec<String> {
    edits
        .iter()
        .map(|&e| match e {
            Edit::Answer { question, id } => {
                let label = question.choice_label(id).unwrap_or(id);
                format!("{} {label}", question.prompt())
            }
            Edit::Segment { segment, chosen } => {
                let verb = if chosen { "Add" } else { "Remove" };
                format!("{verb} {}", segment.noun())
            }
        })
        .collect()
}

/// Makes every change of the smallest set at once, then as [`apply`].
fn apply_all(state: AppState, edits: &[Edit], applied: RwSignal<String>) {
    state.scenario.update(|s| {
        s.answers = edits.iter().fold(s.answers, |a, e| e.apply(&a));
    });
    state.commit();
    applied.set("Applied the changes that make now the target.".to_owned());
    request_focus(Target::ChangesHeading);
}

/// The smallest set of answers that makes the model to run now the target, with one
/// "Apply these changes" action; nothing while they agree.
#[component]
fn SmallestSet(applied: RwSignal<String>) -> impl IntoView {
    let state = use_app_state();
    let edits = assessed(|a| a.smallest.clone().unwrap_or_default());
    view! {
        <Show when=move || edits.with(|e| !e.is_empty())>
            <div class="changes__smallest" data-testid="smallest-set">
                <p>"The fewest answers that would let you run where this partner leads now:"</p>
                <ul>
                    {move || describe(&edits.get()).into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                </ul>
                <button
                    type="button"
                    class="btn btn--small no-print"
                    data-testid="apply-smallest"
                    on:click=move |_| apply_all(state, &edits.get_untracked(), applied)
                >
                    "Apply these changes"
                </button>
            </div>
        </Show>
    }
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
            <SmallestSet applied=applied />
            <Show
                when=move || changes.with(|c| !c.is_empty())
                fallback=|| {
                    view! {
                        <p>"No single change of answer would change the model to run now or where this partner leads."</p>
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
