//! The guide's decision flow as a diagram of boxes and arrows. Each answer is a button the
//! wasm serves (its [`Action`](partner_fit_engine::page::Action)), so a visitor can start here
//! instead of in the assessment; the stylesheet marks the path from the root's `data-path`.

pub mod decision;
pub mod paths;

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::Decision;
use partner_fit_engine::page::Action;

use decision::DecisionNode;
use paths::PathSummaries;

/// The decision flow section.
#[component]
pub fn FlowSection() -> impl IntoView {
    view! {
        <section class="section wrap" id="flow" aria-labelledby="flow-title">
            <div>
                <h2 id="flow-title">"The guide's decision flow"</h2>
                <p class="lede">
                    "Two questions pick the model; a third tells whether you are ready to hand the customer over. "
                    "Answer here, or follow the path your assessment took."
                </p>
            </div>
            <ol class="flow">
                {Decision::ALL.map(|d| view! { <DecisionNode decision=d /> })}
            </ol>
            <div class="card flow__end">
                <PathSummaries />
                <button type="button" class="btn btn--ghost when-marked needs-js" data-action=Action::ShowResults.render()>
                    "See the reasons"
                </button>
            </div>
        </section>
    }
}
