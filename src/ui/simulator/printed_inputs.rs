//! The simulator's inputs as text on paper: the printout hides the controls, and without
//! the values behind them its totals and break-evens could not be read on their own.

use leptos::prelude::*;
use partner_fit_engine::economics::{Currency, Param};

use super::field::unit_text;
use crate::ui::state::use_app_state;

/// Every parameter with its current value and unit, shown only in print.
#[component]
pub fn PrintedInputs(currency: Memo<Currency>) -> impl IntoView {
    let state = use_app_state();
    let rows = Param::ALL.map(|param| {
        let spec = param.spec();
        let value = Signal::derive(move || {
            let raw = state.scenario.with(|s| s.inputs.raw(param));
            format!(
                "{} {}",
                spec.decimal(raw),
                unit_text(spec.unit, currency.get())
            )
        });
        view! {
            <div>
                <dt>{spec.label}</dt>
                <dd>{value}</dd>
            </div>
        }
    });
    view! {
        <div class="sim__printed-inputs print-only">
            <h3>"The inputs behind these figures"</h3>
            <dl>{rows.into_iter().collect_view()}</dl>
        </div>
    }
}
