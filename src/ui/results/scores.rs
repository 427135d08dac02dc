//! Fit-score bars for the three models.

use leptos::prelude::*;
use partner_fit_engine::Model;

use super::score::Score;

/// One score per model, in the guide's order.
#[component]
pub fn ScoresCard() -> impl IntoView {
    view! {
        <section class="card results__scores" aria-labelledby="scores-title">
            <h3 id="scores-title">"Fit scores"</h3>
            <p class="muted">"Out of 100." <span class="no-print">" Open a score to see the points it adds up from."</span></p>
            <ul class="scores">
                {Model::ALL.map(|model| view! { <Score model /> }).collect_view()}
            </ul>
        </section>
    }
}
