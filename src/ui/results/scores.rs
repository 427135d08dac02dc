//! Fit-score bars for the three models, each with the contributions it adds up from.

use leptos::prelude::*;
use partner_fit_engine::assessment::scoring::FitScore;
use partner_fit_engine::Model;

use super::answer_link::WaitsOn;
use super::read;
use crate::ui::state::use_app_state;

/// One bar per model, in the guide's order; the bar is drawn in SVG units of one point.
#[component]
pub fn FitScores() -> impl IntoView {
    let items = Model::ALL
        .into_iter()
        .map(|m| view! { <ScoreBar model=m /> })
        .collect_view();
    view! {
        <section class="card results__scores" aria-labelledby="scores-title">
            <h3 id="scores-title">"Fit scores"</h3>
            <p class="muted">"Out of 100. Open a score to see the points it adds up from."</p>
            <ul class="scores">{items}</ul>
        </section>
    }
}

/// A model's score, its bar and, in a disclosure, every contribution with its reason.
#[component]
fn ScoreBar(model: Model) -> impl IntoView {
    let state = use_app_state();
    let id = model.id();
    let score: Memo<Option<FitScore>> = Memo::new(move |_| read(state, |a| a.score(model).clone()));
    let points = move || score.with(|s| s.as_ref().map_or(0, |s| s.score));
    let recommended = move || read(state, |a| a.model() == model).unwrap_or(false);
    let lines = move || {
        score.with(|s| {
            s.iter()
                .flat_map(|s| s.contributions.iter())
                .map(|c| {
                    view! {
                        <li>
                            <span class="contrib__pts">"+" {c.points}</span>
                            <span>{c.reason}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let waits = move || {
        let questions =
            score.with(|s| s.as_ref().map(|s| s.unanswered.clone()).unwrap_or_default());
        view! { <WaitsOn questions lead="Unanswered questions that could add points:" /> }
    };
    view! {
        <li class=format!("score score--{id}") data-testid="fit-score" data-model=id data-value=move || points().to_string()>
            <p class="score__head">
                <span class="score__name">{model.name()}</span>
                <span class="score__tag" hidden=move || !recommended()>"Recommended"</span>
                <span class="score__value">{points} " / 100"</span>
            </p>
            <svg class="score__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="score__track" width="100" height="8" rx="2" />
                <rect class="score__fill" width=move || points().to_string() height="8" rx="2" />
            </svg>
            <details class="score__why">
                <summary>
                    "How " {model.name()} " gets " {points} " points"
                </summary>
                <ul class="contrib">{lines}</ul>
                <p class="contrib__total">"Total: " {points} " points"</p>
                {waits}
            </details>
        </li>
    }
}
