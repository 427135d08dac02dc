//! How ready each partnership asset is for the recommended model.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::AssetStatus;

use super::answer_link::AnswerLink;
use super::read;
use crate::ui::state::use_app_state;

/// A status in words.
const fn status_text(s: Option<AssetStatus>) -> &'static str {
    match s {
        None => "Unanswered",
        Some(AssetStatus::Missing) => "Missing",
        Some(AssetStatus::Started) => "Started",
        Some(AssetStatus::Ready) => "Ready",
    }
}

/// One row per asset of the guide's table: status, what the model needs, what it means.
#[component]
pub fn AssetReadiness() -> impl IntoView {
    let state = use_app_state();
    let model = move || read(state, |a| a.model().in_sentence()).unwrap_or_default();
    let rows = move || {
        read(state, |a| (a.model(), a.assets.clone())).map(|(model, assets)| {
            assets
                .into_iter()
                .map(|r| {
                    view! {
                        <li class="asset" data-testid="asset" data-value=r.asset.id()>
                            <p class="asset__head">
                                <strong>{r.asset.name()}</strong>
                                <span class="asset__status">{status_text(r.status)}</span>
                            </p>
                            <p class="muted">{r.asset.role(model)}</p>
                            <p>
                                {r.meaning}
                                " "
                                {r.status.is_none().then(|| view! { <AnswerLink question=r.question /> })}
                            </p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card results__assets no-print" aria-labelledby="assets-title">
            <h3 id="assets-title">"Asset readiness for " {model}</h3>
            <ul class="assets">{rows}</ul>
        </section>
    }
}
