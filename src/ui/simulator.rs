//! The margin simulator: the economics inputs, and what each partner model costs and earns.
//!
//! Every figure comes from the engine's [`Simulation`](partner_fit_engine::economics::Simulation)
//! in [`AppState`](crate::ui::state::AppState); this module only lays it out and formats it.

pub mod break_evens;
pub mod chart;
pub mod cumulative_chart;
pub mod currency_select;
pub mod deal_bars;
pub mod live_formats;
pub mod param_field;
pub mod totals_table;

use leptos::prelude::*;
use partner_fit_engine::economics::Param;

use break_evens::BreakEvenAnswers;
use cumulative_chart::CumulativeChart;
use currency_select::CurrencySelect;
use deal_bars::DealBars;
use live_formats::LiveFormats;
use param_field::ParamField;
use totals_table::TotalsTable;

use crate::ui::state::use_app_state;

/// The wholesale discount the guide calls usual, 20 to 40 percent, in the discount's raw units
/// (hundredths of a percent); drawn as a band behind the discount slider.
pub const TYPICAL_DISCOUNT: (i64, i64) = (2_000, 4_000);

/// The visible input groups: a legend and its parameters.
const GROUPS: [(&str, &[Param]); 3] = [
    (
        "Your deals",
        &[Param::Acv, Param::Gm, Param::Yrs, Param::Ret, Param::Exp],
    ),
    (
        "New customers a year",
        &[Param::NRef, Param::NCo, Param::NRes],
    ),
    (
        "Partner terms",
        &[
            Param::Uplift,
            Param::Fee,
            Param::FeeYrs,
            Param::Bounty,
            Param::Disc,
            Param::Spiff,
        ],
    ),
];

/// Costs with sensible defaults, folded away until asked for.
const ADVANCED: [Param; 10] = [
    Param::Sell,
    Param::Sup,
    Param::Offload,
    Param::MktFee,
    Param::RefSetup,
    Param::RefRun,
    Param::CoSetup,
    Param::CoRun,
    Param::ResSetup,
    Param::ResRun,
];

/// The fields of `params`, the discount with its typical band.
fn fields(params: &[Param], fmt: LiveFormats) -> impl IntoView {
    params
        .iter()
        .map(|&p| {
            let band = (p == Param::Disc).then_some(TYPICAL_DISCOUNT);
            view! { <ParamField param=p fmt band /> }
        })
        .collect_view()
}

/// The simulator section, on the page from the first render with or without answers.
#[component]
pub fn SimulatorSection() -> impl IntoView {
    let fmt = LiveFormats::new(use_app_state().scenario);
    let groups = GROUPS
        .map(|(legend, params)| {
            view! {
                <fieldset class="sim-group">
                    <legend>{legend}</legend>
                    {fields(params, fmt)}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section class="section wrap sim" id="simulator" aria-labelledby="simulator-title">
            <h2 id="simulator-title">"Margin simulator"</h2>
            <p class="lede">
                "Put in your own numbers: the charts, totals and break-even answers follow as you move a slider."
            </p>
            <div class="sim__layout">
                <div class="sim__inputs no-print">
                    <CurrencySelect fmt />
                    {groups}
                    <details class="sim-group sim-advanced">
                        <summary>"Programme and running costs"</summary>
                        {fields(&ADVANCED, fmt)}
                    </details>
                </div>
                <div class="sim__outputs">
                    <h3>"One deal, first year"</h3>
                    <DealBars fmt />
                    <h3>"Contribution over time"</h3>
                    <CumulativeChart fmt />
                    <h3>"Totals"</h3>
                    <TotalsTable fmt />
                    <h3>"When reselling beats referral"</h3>
                    <BreakEvenAnswers fmt />
                </div>
            </div>
        </section>
    }
}
