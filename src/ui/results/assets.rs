//! How ready each partnership asset is for the recommended model.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::AssetStatus;

use super::answer_link::AnswerLink;
use super::assessed::assessed;

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
pub fn AssetsCard() -> impl IntoView {
    let model = assessed(|a| Some(a.model()));
    let assets = assessed(|a| a.assets.clone());
    view! {
        <section class="card results__assets no-print" aria-labelledby="assets-title">
            <h3 id="assets-title">
                "Asset readiness for " {move || model.get().map(|m| m.in_sentence())}
            </h3>
            <ul class="assets">
                {move || {
                    assets.with(|rows| rows.iter().map(|&r| {
                        let link = r.status.is_none().then(|| view! { " " <AnswerLink q=r.question /> });
                        view! {
                            <li class="asset" data-testid="asset" data-value=r.asset.id()>
                                <p class="asset__head">
                                    <strong>{r.asset.name()}</strong>
                                    <span class="asset__status">{status_text(r.status)}</span>
                                </p>
                                <p class="muted">{move || model.get().map(|m| r.asset.role(m))}</p>
                                <p>{r.meaning} {link}</p>
                            </li>
                        }
                    }).collect_view())
                }}
            </ul>
        </section>
    }
}
