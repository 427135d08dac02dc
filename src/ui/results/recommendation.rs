//! The recommended model and the decision path that led to it.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::Decision;
use partner_fit_engine::Model;

use super::assessed::assessed;
use super::waits_on::WaitsOn;
use crate::ui::navigate::open_step;
use crate::ui::state::use_app_state;

/// The position of `d` in the guide's flow, counted from 1.
pub fn decision_number(d: Decision) -> usize {
    Decision::ALL.iter().position(|&x| x == d).unwrap_or(0) + 1
}

/// The model, its summary, each step's reason, and a way back to the answers. The card's
/// class names the model (its colour).
#[component]
pub fn RecommendationCard() -> impl IntoView {
    let state = use_app_state();
    let model = assessed(|a| Some(a.model()));
    let path = assessed(|a| a.recommendation.path.clone());
    view! {
        <article
            class=move || format!("card rec rec--{}", model.get().map_or("", Model::id))
            aria-labelledby="rec-title"
        >
            <p class="rec__eyebrow">"The model that fits now"</p>
            // One element while the answers change, so the result updates in place.
            <h3
                id="rec-title"
                class="rec__model"
                data-testid="recommended-model"
                data-value=move || model.get().map(Model::id)
            >
                {move || model.get().map(Model::name)}
            </h3>
            <p class="rec__summary">{move || model.get().map(|m| m.profile().summary)}</p>
            <h4>"Why"</h4>
            <ol class="rec__path">
                {move || {
                    path.get().into_iter().map(|s| {
                        view! {
                            <li>
                                <p>
                                    <span class="path__q">
                                        "Question " {decision_number(s.decision)} ": "
                                        {s.decision.prompt()}
                                    </span>
                                    " "
                                    <strong>{if s.yes { "Yes" } else { "No" }}</strong>
                                    ". "
                                    {s.reason}
                                </p>
                                <WaitsOn
                                    questions=s.awaiting
                                    lead="This step may change once you answer:"
                                />
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
            <button type="button" class="btn btn--ghost no-print" on:click=move |_| open_step(state, 0)>
                "Change answers"
            </button>
        </article>
    }
}
