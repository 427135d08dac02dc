//! The margin simulator: the economics inputs, and what each partner model costs and earns.
//!
//! Every figure comes from the engine's [`Simulation`](partner_fit_engine::economics::Simulation)
//! in [`AppState`](crate::ui::state::AppState); this module only lays it out and formats it.
//! Each part is a component bound to the state, so a change updates only the nodes it touches
//! and a focused control keeps its focus and its text.
//!
//! Reactive text and attributes are derived signals (`Signal::derive`) rather than bare
//! closures: Leptos renders every `Signal<String>` with one shared piece of code, where each
//! closure would get its own.

pub mod break_evens;
pub mod chart;
pub mod cumulative_chart;
pub mod currency_select;
pub mod deal_bars;
pub mod field;
pub mod fields;
pub mod flip_points;
pub mod printed_inputs;
pub mod sensitivity;
pub mod status;
pub mod story;
pub mod tornado_chart;
pub mod totals_table;

use leptos::prelude::*;

use break_evens::BreakEvenAnswers;
use cumulative_chart::CumulativeChart;
use currency_select::CurrencySelect;
use deal_bars::DealBars;
use fields::SimFields;
use printed_inputs::PrintedInputs;
use story::StorySentence;
use totals_table::TotalsTable;

use crate::ui::state::use_app_state;

/// The simulator section, on the page from the first render with or without answers.
#[component]
pub fn SimulatorSection() -> impl IntoView {
    let state = use_app_state();
    let fmt = state.formats;
    view! {
        <section class="section wrap sim" id="simulator" aria-labelledby="simulator-title">
            <h2 id="simulator-title">"Margin simulator"</h2>
            <p class="lede">
                "Put in your own numbers: the charts, totals and break-even answers follow as you move a slider."
            </p>
            <div class="sim__layout">
                <div class="sim__inputs no-print">
                    <CurrencySelect fmt />
                    <SimFields currency=fmt.shown />
                </div>
                <div class="sim__outputs">
                    <StorySentence fmt />
                    <PrintedInputs currency=fmt.shown />
                    <h3>"One deal, first year"</h3>
                    <div class="sim-deals" id="sim-out-deals">
                        <DealBars fmt />
                    </div>
                    <h3>"Contribution over time"</h3>
                    <figure class="sim-chart" id="sim-out-chart" aria-describedby="sim-story">
                        <CumulativeChart fmt />
                    </figure>
                    <h3>"Totals"</h3>
                    <div
                        class="sim-totals"
                        id="sim-out-totals"
                        role="region"
                        aria-labelledby="sim-totals-caption"
                        tabindex="0"
                    >
                        <TotalsTable fmt />
                    </div>
                    <h3>"When reselling contributes more than referral"</h3>
                    <div class="sim-breakeven" id="sim-out-breakeven">
                        <BreakEvenAnswers fmt sim=state.simulation />
                    </div>
                </div>
            </div>
        </section>
    }
}
