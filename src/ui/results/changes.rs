//! What would change the answer: the engine's single-answer changes, each one click away.

use leptos::prelude::*;
use partner_fit_engine::assessment::changes::Edit;

use super::read;
use crate::ui::assessment::focus_later;
use crate::ui::state::use_app_state;

/// A stable element id for a change, so its button can name the sentence it applies.
fn change_id(edit: Edit) -> String {
    match edit {
        Edit::Answer { question, id } => format!("chg-{}-{id}", question.key()),
        Edit::Segment { segment, .. } => format!("chg-seg-{}", segment.id()),
    }
}

/// The sentences, most actionable first, each with a button that makes the change.
#[component]
pub fn WhatWouldChange() -> impl IntoView {
    let state = use_app_state();
    let applied = RwSignal::new(String::new());
    let items = move || {
        read(state, |a| a.changes.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|c| {
                let id = change_id(c.edit);
                let edit = c.edit;
                let sentence = c.sentence.clone();
                let apply = move |_| {
                    state
                        .scenario
                        .try_update(|s| s.answers = edit.apply(&s.answers));
                    state.commit();
                    applied.try_set(format!("Applied: {sentence}"));
                    focus_later("changes-title".to_owned());
                };
                view! {
                    <li class="change" data-testid="change">
                        <p id=id.clone()>{c.sentence}</p>
                        <button type="button" class="btn btn--ghost btn--small no-print" aria-describedby=id on:click=apply>
                            "Apply this change"
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let none = move || read(state, |a| a.changes.is_empty()).unwrap_or(true);
    view! {
        <section class="card results__changes no-print" aria-labelledby="changes-title">
            <h3 id="changes-title" tabindex="-1">"What would change the answer"</h3>
            <p class="visually-hidden" role="status">{move || applied.get()}</p>
            <p hidden=move || !none()>"No single change of answer would change the model or earn a higher rung."</p>
            <ul class="changes">{items}</ul>
        </section>
    }
}
