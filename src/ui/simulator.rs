//! The margin simulator: the economics inputs, and what each partner model costs and earns.
//!
//! Every figure comes from the engine's [`Simulation`](partner_fit_engine::economics::Simulation)
//! in [`AppState`](crate::ui::state::AppState); this module only lays it out and formats it.
//! Each output block is markup written by a pure function and set as the block's
//! `inner_html`, re-rendered whole when the simulation or the currency changes.

pub mod break_evens;
pub mod chart;
pub mod cumulative_chart;
pub mod currency_select;
pub mod deal_bars;
pub mod fields;
pub mod live_formats;
pub mod markup;
pub mod totals_table;

use leptos::prelude::*;
use partner_fit_engine::economics::Simulation;

use currency_select::CurrencySelect;
use fields::Fields;
use live_formats::LiveFormats;

use crate::ui::format::Formats;
use crate::ui::state::use_app_state;

/// The wholesale discount the guide calls usual, 20 to 40 percent, in the discount's raw units
/// (hundredths of a percent); drawn as a band behind the discount slider.
pub const TYPICAL_DISCOUNT: (i64, i64) = (2_000, 4_000);

/// The simulator section, on the page from the first render with or without answers.
#[component]
pub fn SimulatorSection() -> impl IntoView {
    let sim = use_app_state().simulation;
    let fmt = LiveFormats::new(use_app_state().scenario);
    // One block's markup, following the simulation and the currency.
    let block = move |write: fn(&Simulation, &Formats) -> String| {
        move || fmt.with(|f| sim.with(|s| write(s, f)))
    };
    view! {
        <section class="section wrap sim" id="simulator" aria-labelledby="simulator-title">
            <h2 id="simulator-title">"Margin simulator"</h2>
            <p class="lede">
                "Put in your own numbers: the charts, totals and break-even answers follow as you move a slider."
            </p>
            <div class="sim__layout">
                <div class="sim__inputs no-print">
                    <CurrencySelect fmt />
                    <Fields fmt />
                </div>
                <div class="sim__outputs">
                    <h3>"One deal, first year"</h3>
                    <div class="sim-deals" inner_html=block(deal_bars::markup)></div>
                    <h3>"Contribution over time"</h3>
                    <figure class="sim-chart" inner_html=block(cumulative_chart::markup)></figure>
                    <h3>"Totals"</h3>
                    <div
                        class="sim-totals"
                        role="region"
                        aria-labelledby="sim-totals-caption"
                        tabindex="0"
                        inner_html=block(totals_table::markup)
                    ></div>
                    <h3>"When reselling beats referral"</h3>
                    <div class="sim-breakeven" inner_html=block(break_evens::markup)></div>
                </div>
            </div>
        </section>
    }
}
