//! A model's place in the advice beside its figures, so the simulator's columns, bars and
//! lines say in the results' words which model to run now and which are not earned yet.

use leptos::prelude::*;
use partner_fit_engine::assessment::ModelStatus;
use partner_fit_engine::Model;

use crate::ui::state::use_app_state;

/// The status of `m` once role and own are answered; nothing before.
#[component]
pub fn StatusTag(m: Model, #[prop(optional)] testid: Option<&'static str>) -> impl IntoView {
    let statuses = use_app_state().statuses;
    let status = move || statuses.with(|s| s.map(|s| s[m as usize]));
    view! {
        <span
            class="sim-status"
            data-testid=testid
            data-model=m.id()
            data-value=move || status().map(ModelStatus::id)
            hidden=move || status().is_none()
        >
            {move || status().map(ModelStatus::label)}
        </span>
    }
}
