//! How to pay the partner for the model to run now and for the target.

use leptos::html::Ul;
use leptos::prelude::*;

use super::assessed::assessed;
use super::parts::show_parts;

/// The guide's compensation (the page's prebuilt parts) for now and, when it differs, for
/// the target.
#[component]
pub fn PayCard() -> impl IntoView {
    let models = assessed(|a| {
        let mut models = vec![a.model()];
        if a.target() != a.model() {
            models.push(a.target());
        }
        models
    });
    let list = NodeRef::<Ul>::new();
    show_parts(list, move || {
        models.with(|ms| {
            ms.iter()
                .map(|m| format!("[data-testid=compensation][data-model={}]", m.id()))
                .collect()
        })
    });
    view! {
        <section class="card results__pay no-print" aria-labelledby="pay-title">
            <h3 id="pay-title">"How to pay the partner"</h3>
            <ul node_ref=list></ul>
            <p class="muted">"Pay the person in the deal, not the org chart."</p>
        </section>
    }
}
