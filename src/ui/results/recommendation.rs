//! The model to run now, where this partner can lead (the target) with what it still needs,
//! and the decision path that led to the target.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::Decision;
use partner_fit_engine::assessment::ModelStatus;
use partner_fit_engine::Model;

use super::answer_link::AnswerLink;
use super::assessed::assessed;
use super::waits_on::WaitsOn;
use crate::ui::navigate::open_step;
use crate::ui::state::use_app_state;

/// The position of `d` in the guide's flow, counted from 1.
pub fn decision_number(d: Decision) -> usize {
    Decision::ALL.iter().position(|&x| x == d).unwrap_or(0) + 1
}

/// The headline "Start with X now; this partner can take you to Y once: ...", each missing
/// condition linked to its question.
#[component]
fn Headline() -> impl IntoView {
    let now = assessed(|a| Some(a.model()));
    let target = assessed(|a| Some(a.target()));
    let gaps = assessed(|a| a.gaps());
    let name = |m: Memo<Option<Model>>| move || m.get().map(|m| m.in_sentence());
    view! {
        <p class="rec__headline" data-testid="target-model" data-value=move || target.get().map(Model::id)>
            <Show
                when=move || gaps.with(|g| !g.is_empty())
                fallback=move || view! { "Start with " {name(now)} " now: it is where this partner leads." }
            >
                "Start with " {name(now)} " now; this partner can take you to " {name(target)} " once: "
                {move || {
                    gaps.get().into_iter().enumerate().map(|(i, c)| {
                        view! {
                            {(i > 0).then_some("; ")}
                            <AnswerLink q=c.question() label=c.text() />
                        }
                    }).collect_view()
                }}
            </Show>
        </p>
    }
}

/// Each model's place: now, target, earlier, later (not earned yet) or off (above the target).
#[component]
fn Statuses() -> impl IntoView {
    let status = assessed(|a| Model::ALL.map(|m| Some(a.status(m))));
    view! {
        <ul class="rec__statuses">
            {Model::ALL.map(|m| {
                let status = move || status.get()[m.index()];
                view! {
                    <li data-testid="model-status" data-model=m.id() data-value=move || status().map(ModelStatus::id)>
                        {m.name()} ": " {move || status().map(ModelStatus::label)}
                    </li>
                }
            })}
        </ul>
    }
}

/// The model to run now, its summary, the target, each step's reason, and a way back to the
/// answers. The card's class names the model (its colour).
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
            <p class="rec__eyebrow">"The model to run now"</p>
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
            <Headline />
            <Statuses />
            <h4>"Why this partner leads there"</h4>
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
