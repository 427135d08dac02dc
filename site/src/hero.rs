//! The first screen: the question the page answers and the three models in one line each.

use leptos::prelude::*;
use partner_fit_engine::Model;

/// The hero, with each model's one-line summary from the guide.
#[component]
pub fn Hero() -> impl IntoView {
    view! {
        <section class="hero wrap" aria-labelledby="hero-title">
            <h1 id="hero-title">"Referral, co-sell or reseller: which partner model fits you?"</h1>
            <p class="hero__pitch">
                "Answer a few questions about your partner and your company. See the model that fits, why, "
                "and what it costs you in margin, then share the exact scenario with one link."
            </p>
            <ul class="hero__models">
                {Model::ALL
                    .map(|m| {
                        view! {
                            <li class=format!("model-chip model-chip--{}", m.id())>
                                <strong>{m.name()}</strong>": "
                                <span data-testid="hero-summary">{m.profile().summary}</span>
                            </li>
                        }
                    })}
            </ul>
            <p class="hero__actions">
                <a class="btn" href="#assessment">"Start the assessment"</a>" "
                <a class="btn btn--ghost" href="#simulator">"Skip to the simulator"</a>
            </p>
            <noscript>
                <p class="noscript">
                    "Only the assessment and the margin simulator need JavaScript and WebAssembly; "
                    "the guide below reads without them. Nothing you enter leaves your device."
                </p>
            </noscript>
        </section>
    }
}
