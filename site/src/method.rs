//! "How we calculate": the economics and scoring methods in the engine's own words, with
//! the weight table so a visitor can check every point of a fit score.

pub mod inputs;
pub mod weights;

use leptos::prelude::*;
use partner_fit_engine::assessment::scoring::{BASE, FACTOR_CAP, FLOW_BONUS, METHOD as SCORING};
use partner_fit_engine::assessment::ADVICE;
use partner_fit_engine::economics::METHOD;

use inputs::Inputs;
use weights::Weights;

/// The constants a fit score is built from, each with its test id.
const CONSTANTS: [(&str, &str, u8); 3] = [
    ("Starting points of every model", "score-base", BASE),
    (
        "Bonus for the target, where the decision flow leads",
        "score-flow-bonus",
        FLOW_BONUS,
    ),
    (
        "Most points a model can collect from answers",
        "score-factor-cap",
        FACTOR_CAP,
    ),
];

/// The method section.
#[component]
pub fn MethodSection() -> impl IntoView {
    view! {
        <section class="section wrap method" id="method" aria-labelledby="method-title">
            <h2 id="method-title">"How we calculate"</h2>
            <p class="lede">
                "Every figure and sentence on this page comes from the rules below, run in your browser. "
                "Nothing is estimated by hand, and nothing you enter is sent anywhere."
            </p>
            <h3>"The margin simulator"</h3>
            <ol class="method__steps">
                {METHOD.iter().map(|step| view! { <li><h4>{step.title}</h4><p>{step.text}</p></li> }).collect_view()}
            </ol>
            <Inputs />
            <h3>"The advice: what to run now, and where the partner leads"</h3>
            <p data-testid="advice-method">{ADVICE}</p>
            <h3>"The fit scores"</h3>
            <p>{SCORING}</p>
            <dl class="method__constants">
                {CONSTANTS.map(|(label, id, value)| view! {
                    <div><dt>{label}</dt><dd data-testid=id data-value=value.to_string()>{value.to_string()}</dd></div>
                })}
            </dl>
            <Weights />
        </section>
    }
}
