//! How a fit score is built: the method text and its three constants, then the weights.

use leptos::prelude::*;
use partner_fit_engine::assessment::scoring::{BASE, FACTOR_CAP, FLOW_BONUS, METHOD};

use super::weights::WeightTable;

/// The scoring method in plain words, with the numbers it rests on.
#[component]
pub fn ScoringMethod() -> impl IntoView {
    view! {
        <h3>"The fit scores"</h3>
        <p>{METHOD}</p>
        <dl class="method__constants">
            <div>
                <dt>"Starting points of every model"</dt>
                <dd data-testid="score-base" data-value=BASE>{BASE}</dd>
            </div>
            <div>
                <dt>"Bonus for the model the decision flow recommends"</dt>
                <dd data-testid="score-flow-bonus" data-value=FLOW_BONUS>{FLOW_BONUS}</dd>
            </div>
            <div>
                <dt>"Most points a model can collect from answers"</dt>
                <dd data-testid="score-factor-cap" data-value=FACTOR_CAP>{FACTOR_CAP}</dd>
            </div>
        </dl>
        <WeightTable />
    }
}
