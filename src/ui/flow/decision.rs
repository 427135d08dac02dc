//! One decision of the flow: its question, its answers as buttons, and its two branches.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::{Decision, Outcome};

use super::{path_sentence, Path};
use crate::ui::results::recommendation::decision_number;
use crate::ui::state::use_app_state;

/// Where a branch leads, in words.
fn outcome_text(o: Outcome) -> String {
    match o {
        Outcome::Model(m) => m.name().to_owned(),
        Outcome::Ask(d) => format!("Question {}", decision_number(d)),
    }
}

/// A decision box; the branch the visitor's path takes is marked in text and by class.
#[component]
pub fn DecisionNode(
    decision: Decision,
    path: Memo<Option<Path>>,
    announce: RwSignal<String>,
) -> impl IntoView {
    let state = use_app_state();
    let n = decision_number(decision);
    let taken = Memo::new(move |_| {
        path.with(|p| {
            let (steps, _) = p.as_ref()?;
            steps.iter().find(|s| s.0 == decision).map(|s| s.1)
        })
    });
    let groups = decision
        .questions()
        .iter()
        .map(|&q| {
            let label_id = format!("flow-{}-{}", decision.id(), q.key());
            // Only this question's answer, so simulator input leaves the buttons alone.
            let current = Memo::new(move |_| state.scenario.with(|s| s.answers.answer_id(q)));
            let buttons = q
                .choices()
                .into_iter()
                .map(|c| {
                    let pressed = move || current.get() == Some(c.id);
                    let choose = move |_| {
                        state
                            .scenario
                            .try_update(|s| s.answers.set_answer_id(q, Some(c.id)));
                        state.commit();
                        if let Some(p) = path.try_get_untracked() {
                            announce.try_set(path_sentence(&p));
                        }
                    };
                    view! {
                        <button
                            type="button"
                            class="chip"
                            data-testid="flow-answer"
                            data-value=format!("{}={}", q.key(), c.id)
                            aria-pressed=move || if pressed() { "true" } else { "false" }
                            on:click=choose
                        >
                            {c.label}
                        </button>
                    }
                })
                .collect_view();
            view! {
                <div class="flow__answers" role="group" aria-labelledby=label_id.clone()>
                    <p class="flow__qlabel" id=label_id.clone()>{q.prompt()}</p>
                    {buttons}
                </div>
            }
        })
        .collect_view();
    let branches = [(true, decision.yes()), (false, decision.no())]
        .into_iter()
        .map(|(yes, out)| {
            let on = move || taken.get() == Some(yes);
            let kind = match out {
                Outcome::Model(m) => m.id(),
                Outcome::Ask(_) => "next",
            };
            let ends = matches!(out, Outcome::Model(_));
            view! {
                <li
                    class=format!("flow__branch flow__branch--{kind}")
                    class:is-taken=on
                    aria-current=move || (on() && ends).then_some("step")
                >
                    <span class="flow__yn">{if yes { "Yes" } else { "No" }}</span>
                    <span aria-hidden="true">" → "</span>
                    <span class="visually-hidden">" leads to "</span>
                    <strong>{outcome_text(out)}</strong>
                    <span class="flow__mark" hidden=move || !on()>"Your path"</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="flow__node" class:is-path=move || taken.get().is_some() data-testid="flow-node" data-value=decision.id()>
            <div class="flow__box">
                <p class="flow__num">"Question " {n}</p>
                <h3 class="flow__prompt">{decision.prompt()}</h3>
                {groups}
            </div>
            <ul class="flow__branches">{branches}</ul>
        </li>
    }
}
