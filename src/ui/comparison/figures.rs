//! Per model, what A and B contribute over their horizons, their present values and payback
//! years, and the difference B minus A.

use leptos::prelude::*;
use partner_fit_engine::economics::{versus, Delta, Metric, ModelRun, Simulation};
use partner_fit_engine::Model;

use crate::ui::format::js_number;
use crate::ui::live_formats::LiveFormats;
use crate::ui::state::use_app_state;

/// A figure of the comparison, with the `data-metric` the totals table uses for it.
#[derive(Clone, Copy, PartialEq)]
enum Figure {
    Contribution,
    PresentValue,
    Payback,
}

impl Figure {
    const ALL: [Figure; 3] = [Figure::Contribution, Figure::PresentValue, Figure::Payback];

    fn id(self) -> &'static str {
        match self {
            Figure::Contribution => Metric::Contribution.id(),
            Figure::PresentValue => "npv",
            Figure::Payback => "payback",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Figure::Contribution => "Total contribution",
            Figure::PresentValue => "Present value",
            Figure::Payback => "Pays back in",
        }
    }

    /// B minus A of this figure (`None` for payback when either never pays back).
    fn delta(self, d: &Delta) -> Option<f64> {
        match self {
            Figure::Contribution => Some(d.contribution),
            Figure::PresentValue => Some(d.npv),
            Figure::Payback => d.payback.map(|y| y as f64),
        }
    }

    /// The figure of `run`: money, or the payback year (`None` when not within the horizon).
    fn value(self, run: &ModelRun) -> Option<f64> {
        match self {
            Figure::Contribution => Some(run.total().get(Metric::Contribution)),
            Figure::PresentValue => Some(run.npv()),
            Figure::Payback => run.payback().value().map(f64::from),
        }
    }
}

/// The table: a group of rows per model, A, B and B minus A as columns; `a` is A's simulation.
#[component]
pub fn FigureTable(a: Signal<Simulation>, fmt_a: LiveFormats, fmt_b: LiveFormats) -> impl IntoView {
    let b = use_app_state().simulation;
    // Amounts in two currencies are not converted, so their difference is not shown.
    let same_currency = Memo::new(move |_| fmt_a.chosen.get() == fmt_b.chosen.get());
    let cell = move |side: &'static str,
                     sim: Signal<Simulation>,
                     fmt: LiveFormats,
                     m: Model,
                     f: Figure| {
        let value = move || sim.with(|s| f.value(s.model(m)));
        let text = Signal::derive(move || match f {
            Figure::Payback => sim.with(|s| s.model(m).payback().words(s.years())),
            _ => fmt.with(|x| x.money(value().unwrap_or_default())),
        });
        view! {
            <td
                data-testid="total"
                data-model=m.id()
                data-metric=f.id()
                data-scenario=side
                data-value=Signal::derive(move || value().map(js_number))
            >
                {text}
            </td>
        }
    };
    let deltas = Memo::new(move |_| a.with(|a| b.with(|b| versus(a, b))));
    let diff = move |m: Model, f: Figure| {
        let delta = Memo::new(move |_| deltas.with(|d| f.delta(&d[m as usize])));
        let text = Signal::derive(move || match (f, delta.get()) {
            (Figure::Payback, _) => deltas.with(|d| d[m as usize].payback_words()),
            (_, None) => "n/a".to_owned(),
            (_, Some(_)) if !same_currency.get() => "n/a: two currencies".to_owned(),
            (_, Some(v)) => signed(v, fmt_b.with(|x| x.money(v.abs()))),
        });
        view! {
            <td
                data-testid="compare-diff"
                data-model=m.id()
                data-metric=f.id()
                data-value=Signal::derive(move || delta.get().map(js_number))
            >
                {text}
            </td>
        }
    };
    let group = move |m: Model| {
        let rows = Figure::ALL.map(|f| {
            view! {
                <tr>
                    <th scope="row">{f.label()}</th>
                    {cell("a", a, fmt_a, m, f)}
                    {cell("b", b.into(), fmt_b, m, f)}
                    {diff(m, f)}
                </tr>
            }
        });
        view! {
            <tbody>
                <tr class="versus__model">
                    <th scope="colgroup" colspan="4">{m.name()}</th>
                </tr>
                {rows.into_iter().collect_view()}
            </tbody>
        }
    };
    view! {
        <h3>"What each model earns in A and in B"</h3>
        <div class="sim-totals versus__figures" role="region" aria-labelledby="versus-figures-caption" tabindex="0">
            <table>
                <caption id="versus-figures-caption">"Totals over each scenario's horizon, and B minus A"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Figure"</th>
                        <th scope="col">"A"</th>
                        <th scope="col">"B"</th>
                        <th scope="col">"B − A"</th>
                    </tr>
                </thead>
                {Model::ALL.map(group).into_iter().collect_view()}
            </table>
        </div>
        <p class="versus__note" hidden=move || same_currency.get()>
            "A and B are in different currencies. The page does not convert amounts, so it shows no difference in money."
        </p>
    }
}

/// `magnitude` (already formatted) with the sign of `v`: "+$1,200", "−$300", "no change".
fn signed(v: f64, magnitude: String) -> String {
    if v > 0.0 {
        format!("+{magnitude}")
    } else if v < 0.0 {
        format!("−{magnitude}")
    } else {
        "no change".to_owned()
    }
}
