//! How to pay the partner for the model to run now and for the target.

use leptos::prelude::*;
use partner_fit_engine::guide::COMPENSATION;

use super::assessed::assessed;

/// The guide's compensation for now and, when it differs, for the target.
#[component]
pub fn PayCard() -> impl IntoView {
    let models = assessed(|a| {
        let mut models = vec![a.model()];
        if a.target() != a.model() {
            models.push(a.target());
        }
        models
    });
    view! {
        <section class="card results__pay no-print" aria-labelledby="pay-title">
            <h3 id="pay-title">"How to pay the partner"</h3>
            <ul>
                <For
                    each=move || models.get()
                    key=|m| *m
                    children=|m| {
                        view! {
                            <li data-testid="compensation" data-model=m.id()>
                                <strong>{m.name()} ": "</strong>
                                {COMPENSATION[m.index()]}
                                "."
                            </li>
                        }
                    }
                />
            </ul>
            <p class="muted">"Pay the person in the deal, not the org chart."</p>
        </section>
    }
}
