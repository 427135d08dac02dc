//! The horizon totals per model, with the effective partner take and the share you keep.

use leptos::prelude::*;
use partner_fit_engine::economics::{Metric, ModelRun};
use partner_fit_engine::Model;

use super::live_formats::LiveFormats;
use crate::ui::format::js_number;
use crate::ui::state::use_app_state;

/// How a share row reads its percentage from a run.
type Share = fn(&ModelRun) -> Option<f64>;

/// A share row below the totals: its test id, its label and how it is read from a run.
const SHARES: [(&str, &str, Share); 2] = [
    ("take", "Effective partner take", ModelRun::effective_take),
    (
        "kept",
        "Share of list revenue you keep",
        ModelRun::kept_share,
    ),
];

/// The table, metrics as rows and models as columns so it stays narrow on a phone; each
/// total carries its exact value in `data-value` for tests and hosts.
#[component]
pub fn TotalsTable(fmt: LiveFormats) -> impl IntoView {
    let sim = use_app_state().simulation;
    let caption = Signal::derive(move || {
        let n = sim.with(|s| s.years());
        format!(
            "Totals over {n} {}, in each model",
            if n == 1 { "year" } else { "years" }
        )
    });
    let total = move |metric: Metric| {
        move |m: Model| {
            let v = move || sim.with(|s| s.model(m).total().get(metric));
            view! {
                <td
                    data-testid="total"
                    data-model=m.id()
                    data-metric=metric.id()
                    data-value=Signal::derive(move || js_number(v()))
                >
                    {Signal::derive(move || fmt.with(|f| f.money(v())))}
                </td>
            }
        }
    };
    let totals = Metric::HEADLINE.map(|metric| {
        view! {
            <tr class=format!("sim-totals__row sim-totals__row--{}", metric.id())>
                <th scope="row">{metric.label()}</th>
                {Model::ALL.map(total(metric)).into_iter().collect_view()}
            </tr>
        }
    });
    let shares = SHARES.map(|(id, label, get)| {
        let share = move |m: Model| {
            let text = Signal::derive(move || match sim.with(|s| get(s.model(m))) {
                Some(v) => fmt.with(|f| f.percent(v)),
                None => "n/a".to_owned(),
            });
            view! {
                <td data-testid=id data-model=m.id()>
                    {text}
                </td>
            }
        };
        view! {
            <tr class="sim-totals__row sim-totals__row--share">
                <th scope="row">{label}</th>
                {Model::ALL.map(share).into_iter().collect_view()}
            </tr>
        }
    });
    view! {
        <table>
            <caption id="sim-totals-caption">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">"Figure"</th>
                    {Model::ALL.map(|m| view! { <th scope="col">{m.name()}</th> }).into_iter().collect_view()}
                </tr>
            </thead>
            <tbody>
                {totals.into_iter().collect_view()}
                {shares.into_iter().collect_view()}
            </tbody>
        </table>
    }
}
