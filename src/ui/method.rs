//! "How we calculate": the economics and scoring methods in the engine's own words, with
//! the weight table so a visitor can check every point of a fit score.

pub mod scoring;
pub mod weights;

use leptos::prelude::*;
use partner_fit_engine::economics::METHOD;

use scoring::ScoringMethod;

/// The method section: the simulator's steps, then how fit scores are built.
#[component]
pub fn MethodSection() -> impl IntoView {
    let steps = METHOD
        .iter()
        .map(|step| {
            view! {
                <li>
                    <h4>{step.title}</h4>
                    <p>{step.text}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="section wrap method no-print" id="method" aria-labelledby="method-title">
            <h2 id="method-title">"How we calculate"</h2>
            <p class="lede">
                "Every figure and sentence on this page comes from the rules below, run in your browser. "
                "Nothing is estimated by hand, and nothing you enter is sent anywhere."
            </p>
            <h3>"The margin simulator"</h3>
            <ol class="method__steps">{steps}</ol>
            <ScoringMethod />
        </section>
    }
}
