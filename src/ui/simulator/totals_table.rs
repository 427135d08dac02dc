//! The horizon totals per model, with the effective partner take and the share you keep.

use leptos::prelude::*;
use partner_fit_engine::economics::{Metric, ModelRun};
use partner_fit_engine::Model;

use super::live_formats::LiveFormats;
use crate::ui::state::use_app_state;

/// A share row below the totals: its label and how it is read from a run.
struct ShareRow {
    id: &'static str,
    label: &'static str,
    get: fn(&ModelRun) -> Option<f64>,
}

const SHARES: [ShareRow; 2] = [
    ShareRow {
        id: "take",
        label: "Effective partner take",
        get: ModelRun::effective_take,
    },
    ShareRow {
        id: "kept",
        label: "Share of list revenue you keep",
        get: ModelRun::kept_share,
    },
];

/// Metrics as rows and models as columns, so the table stays narrow on a phone; each cell
/// reads the simulation on its own, so a slider move rewrites only the text that changed.
#[component]
pub fn TotalsTable(fmt: LiveFormats) -> impl IntoView {
    let sim = use_app_state().simulation;
    let years = move || {
        let n = sim.with(|s| s.years());
        format!(
            "Totals over {n} {}, in each model",
            if n == 1 { "year" } else { "years" }
        )
    };
    let heads = Model::ALL
        .map(|m| view! { <th scope="col">{m.name()}</th> })
        .collect_view();
    let metric_rows = Metric::HEADLINE
        .map(|metric| {
            let cells = Model::ALL
                .map(|m| {
                    let value = move || sim.with(|s| s.model(m).total().get(metric));
                    view! {
                        <td
                            data-testid="total"
                            data-model=m.id()
                            data-metric=metric.id()
                            data-value=move || crate::ui::format::js_number(value())
                        >
                            {move || fmt.with(|f| f.money(value()))}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr class=format!("sim-totals__row sim-totals__row--{}", metric.id())>
                    <th scope="row">{metric.label()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let share_rows = SHARES
        .iter()
        .map(|row| {
            let get = row.get;
            let cells = Model::ALL
                .map(|m| {
                    let text = move || {
                        sim.with(|s| get(s.model(m)))
                            .map(|v| fmt.with(|f| f.percent(v)))
                            .unwrap_or_else(|| "n/a".to_owned())
                    };
                    view! { <td data-testid=row.id data-model=m.id()>{text}</td> }
                })
                .collect_view();
            view! {
                <tr class="sim-totals__row sim-totals__row--share">
                    <th scope="row">{row.label}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="sim-totals" role="region" aria-labelledby="sim-totals-caption" tabindex="0">
            <table>
                <caption id="sim-totals-caption">{years}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Figure"</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{metric_rows}{share_rows}</tbody>
            </table>
        </div>
    }
}
