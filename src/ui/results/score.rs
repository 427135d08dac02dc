//! One model's fit score with the contributions it adds up from.

use leptos::prelude::*;
use partner_fit_engine::Model;

use super::assessed::assessed;
use super::waits_on::WaitsOn;

/// The model's name, its score and, when recommended, the tag; the bar, drawn in SVG units of
/// one point; and a disclosure with every contribution. Only the parts inside follow the
/// answers, so a disclosure the visitor opened stays open.
#[component]
pub fn Score(model: Model) -> impl IntoView {
    let points = assessed(move |a| a.score(model).score);
    let contributions = assessed(move |a| a.score(model).contributions.clone());
    let unanswered = assessed(move |a| a.score(model).unanswered.clone());
    let recommended = assessed(move |a| a.model() == model);
    let id = model.id();
    view! {
        <li
            class=format!("score score--{id}")
            data-testid="fit-score"
            data-model=id
            data-value=move || points.get()
        >
            <p class="score__head">
                <span class="score__name">{model.name()}</span>
                <Show when=move || recommended.get()>
                    <span class="score__tag">"Recommended"</span>
                </Show>
                <span class="score__value">{move || points.get()} " / 100"</span>
            </p>
            <svg
                class="score__bar"
                viewBox="0 0 100 8"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
            >
                <rect class="score__track" width="100" height="8" rx="2" />
                <rect class="score__fill" width=move || points.get() height="8" rx="2" />
            </svg>
            <details class="score__why">
                <summary>"How " {model.name()} " gets " {move || points.get()} " points"</summary>
                <ul class="contrib">
                    {move || {
                        contributions.with(|cs| cs.iter().map(|&c| {
                            view! {
                                <li>
                                    <span class="contrib__pts">"+" {c.points}</span>
                                    <span>{c.reason}</span>
                                </li>
                            }
                        }).collect_view())
                    }}
                </ul>
                <p class="contrib__total">"Total: " {move || points.get()} " points"</p>
                <WaitsOn questions=unanswered lead="Unanswered questions that could add points:" />
            </details>
        </li>
    }
}
