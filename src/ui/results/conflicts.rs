//! The channel-conflict rules that apply to this plan, and how deal registration works.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::trigger;
use partner_fit_engine::guide::DEAL_REGISTRATION;

use super::answer_link::WaitsOn;
use super::read;
use crate::ui::state::use_app_state;

/// Each conflict that applies with its rule and what triggers it; then those still possible.
#[component]
pub fn ConflictRules() -> impl IntoView {
    let state = use_app_state();
    let applying = move || {
        read(state, |a| a.conflicts.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|c| {
                view! {
                    <li class="res-conflict" data-testid="conflict" data-value=c.id()>
                        <p class="res-conflict__name"><strong>{c.name()}</strong></p>
                        <p><span class="muted">"Why it applies: "</span> {trigger(c)}</p>
                        <p><span class="muted">"The rule: "</span> {c.rule()}</p>
                    </li>
                }
            })
            .collect_view()
    };
    let none = move || read(state, |a| a.conflicts.is_empty()).unwrap_or(true);
    let possible = move || {
        read(state, |a| a.conflicts_awaiting.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|w| {
                view! {
                    <li class="res-conflict res-conflict--maybe" data-value=w.item.id()>
                        <p class="res-conflict__name">"Possible: " {w.item.name()}</p>
                        <WaitsOn questions=w.questions lead="Depends on:" />
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card results__conflicts no-print" aria-labelledby="conflicts-title">
            <h3 id="conflicts-title">"Channel conflicts"</h3>
            <p hidden=move || !none()>"No channel conflict applies to your answers so far."</p>
            <ul class="res-conflicts">{applying}</ul>
            <ul class="res-conflicts">{possible}</ul>
            <p class="muted"><strong>"Deal registration: "</strong> {DEAL_REGISTRATION}</p>
        </section>
    }
}
