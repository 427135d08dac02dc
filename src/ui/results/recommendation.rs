//! The recommended model and the decision path that led to it.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::Decision;
use partner_fit_engine::Model;

use super::answer_link::WaitsOn;
use super::read;
use crate::ui::assessment::open_step;
use crate::ui::state::use_app_state;

/// The position of `d` in the guide's flow, counted from 1.
pub fn decision_number(d: Decision) -> usize {
    Decision::ALL.iter().position(|&x| x == d).unwrap_or(0) + 1
}

/// The recommendation card: model, summary, each step's reason, and a way to change answers.
#[component]
pub fn RecommendationCard() -> impl IntoView {
    let state = use_app_state();
    let model = Memo::new(move |_| read(state, |a| a.model()).unwrap_or(Model::Referral));
    let path = move || {
        read(state, |a| a.recommendation.path.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|step| {
                let answer = if step.yes { "Yes" } else { "No" };
                view! {
                    <li>
                        <p>
                            <span class="path__q">
                                "Question " {decision_number(step.decision)} ": " {step.decision.prompt()}
                            </span>
                            " "
                            <strong>{answer}</strong>
                            ". "
                            {step.reason}
                        </p>
                        <WaitsOn questions=step.awaiting lead="This step may change once you answer:" />
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <article class=move || format!("card rec rec--{}", model.get().id()) aria-labelledby="rec-title">
            <p class="rec__eyebrow">"The model that fits now"</p>
            <h3 id="rec-title" class="rec__model" data-testid="recommended-model" data-value=move || model.get().id()>
                {move || model.get().name()}
            </h3>
            <p class="rec__summary">{move || model.get().profile().summary}</p>
            <h4>"Why"</h4>
            <ol class="rec__path">{path}</ol>
            <button type="button" class="btn btn--ghost no-print" on:click=move |_| open_step(state, 0)>
                "Change answers"
            </button>
        </article>
    }
}
