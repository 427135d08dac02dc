//! The layering plan: one model per kind of deal the partner will touch.

use leptos::prelude::*;
use partner_fit_engine::assessment::Question;

use super::answer_link::{AnswerLink, WaitsOn};
use super::read;
use crate::ui::state::use_app_state;

/// A row per chosen segment with its model and reason, or a way to choose segments.
#[component]
pub fn LayeringPlan() -> impl IntoView {
    let state = use_app_state();
    let rows = move || {
        let layers = read(state, |a| a.layers.clone()).unwrap_or_default();
        if layers.is_empty() {
            return view! {
                <p>"Choose the deals this partner will touch to see a model per kind of deal: "
                    <AnswerLink question=Question::Seg />
                </p>
            }
            .into_any();
        }
        let items = layers
            .into_iter()
            .map(|l| {
                view! {
                    <li class=format!("layer layer--{}", l.model.id()) data-testid="layer" data-segment=l.segment.id() data-value=l.model.id()>
                        <p class="layer__head">
                            <span>{l.segment.label()}</span>
                            <strong class="layer__model">{l.model.name()}</strong>
                        </p>
                        <p>{l.reason}</p>
                        <WaitsOn questions=l.awaiting lead="This may change once you answer:" />
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="layers">{items}</ul> }.into_any()
    };
    view! {
        <section class="card results__layers no-print" aria-labelledby="layers-title">
            <h3 id="layers-title">"Layering plan"</h3>
            <p class="muted">"The same partner can run a different model for each kind of deal."</p>
            {rows}
        </section>
    }
}
