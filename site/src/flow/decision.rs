//! One decision of the flow: its question, its answers as buttons, and its two branches.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::{Decision, Outcome};
use partner_fit_engine::page::{branch, Action};

/// The position of `d` in the flow, counted from 1.
pub fn number(d: Decision) -> usize {
    Decision::ALL.iter().position(|&x| x == d).unwrap_or(0) + 1
}

/// Where a branch leads, in words.
fn outcome(o: Outcome) -> String {
    match o {
        Outcome::Model(m) => m.name().to_owned(),
        Outcome::Ask(d) => format!("Question {}", number(d)),
    }
}

/// A branch's class: the model it ends at, or `next`.
fn kind(o: Outcome) -> &'static str {
    match o {
        Outcome::Model(m) => m.id(),
        Outcome::Ask(_) => "next",
    }
}

/// A decision box; the wasm presses the current answers (`aria-pressed`), the stylesheet
/// marks the branch taken.
#[component]
pub fn DecisionNode(decision: Decision) -> impl IntoView {
    let d = decision;
    view! {
        <li class="flow__node" data-testid="flow-node" data-value=d.id() data-decision=d.id()>
            <div class="flow__box">
                <p class="flow__num">"Question "{number(d)}</p>
                <h3 class="flow__prompt">{d.prompt()}</h3>
                {d.questions().iter().map(|&q| {
                    let label = format!("flow-{}-{}", d.id(), q.key());
                    view! {
                        <div class="flow__answers needs-js" role="group" aria-labelledby=label.clone()>
                            <p class="flow__qlabel" id=label.clone()>{q.prompt()}</p>
                            {q.choices().into_iter().map(|c| view! {
                                <button
                                    type="button"
                                    class="chip"
                                    id=format!("flow-{}-{}-{}", d.id(), q.key(), c.id)
                                    data-testid="flow-answer"
                                    data-value=format!("{}={}", q.key(), c.id)
                                    data-action=Action::Answer { question: q, choice: c.id }.render()
                                    aria-pressed="false"
                                >
                                    {c.label}
                                </button>
                            }).collect_view()}
                        </div>
                    }
                }).collect_view()}
            </div>
            <ul class="flow__branches">
                {[(true, d.yes()), (false, d.no())].map(|(yes, out)| view! {
                    <li class=format!("flow__branch flow__branch--{}", kind(out)) data-branch=branch(d, yes)>
                        <span class="flow__yn">{if yes { "Yes" } else { "No" }}</span>
                        <span aria-hidden="true">" → "</span>
                        <span class="visually-hidden">" leads to "</span>
                        <strong>{outcome(out)}</strong>
                        <span class="flow__mark">"Your path"</span>
                    </li>
                })}
            </ul>
        </li>
    }
}
