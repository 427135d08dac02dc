//! The three models in plain words: who sells, who owns the customer, what the partner gets.

use leptos::prelude::*;
use partner_fit_engine::{guide::MNEMONIC, Model};

/// One card per model, from the guide's profiles.
#[component]
pub fn ModelsOverview() -> impl IntoView {
    view! {
        <section class="section wrap" id="models" aria-labelledby="models-title">
            <h2 id="models-title">"Three ways to go to market with a partner"</h2>
            <p class="lede">{MNEMONIC}</p>
            <ul class="models">
                {Model::ALL.map(|m| {
                    let p = m.profile();
                    view! {
                        <li class=format!("card model-card model-card--{}", m.id()) data-testid="model-card" data-value=m.id()>
                            <h3>{m.name()}</h3>
                            <p class="model-card__summary" data-testid="model-summary">{p.summary}</p>
                            <p>{p.definition}</p>
                            <dl>
                                <dt>"Who sells"</dt><dd>{p.who_sells}</dd>
                                <dt>"Who owns the customer"</dt><dd>{p.who_owns}</dd>
                                <dt>"What the partner gets"</dt><dd>{p.partner_gets}</dd>
                            </dl>
                        </li>
                    }
                })}
            </ul>
        </section>
    }
}
