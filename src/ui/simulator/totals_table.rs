//! The horizon totals per model, with the effective partner take and the share you keep,
//! their present value and payback year, and what the horizon leaves you: the customers
//! still active in its last year and what they bring (a reseller's discount runs on).

use leptos::prelude::*;
use partner_fit_engine::economics::{Book, Metric, ModelRun, Param};
use partner_fit_engine::Model;

use super::status::StatusTag;
use crate::ui::format::js_number;
use crate::ui::live_formats::LiveFormats;
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

/// A row of the book at the horizon's end: its `data-metric`, label, and how it is read.
type BookRow = (&'static str, &'static str, fn(&Book) -> f64);

const BOOK: [BookRow; 4] = [
    ("customers", "Customers still active", |b| b.customers),
    ("list", "Their list revenue that year", |b| b.list),
    ("partner", "Partner take that year", |b| b.partner),
    ("contribution", "Your contribution that year", |b| {
        b.contribution
    }),
];

/// The table, metrics as rows and models as columns so it stays narrow on a phone; each
/// total carries its exact value in `data-value` for tests and hosts.
#[component]
pub fn TotalsTable(fmt: LiveFormats) -> impl IntoView {
    let state = use_app_state();
    let sim = state.simulation;
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
    let rate = Signal::derive(move || {
        let raw = state.scenario.with(|s| s.inputs.raw(Param::Rate));
        format!(
            "Present value, at {} % a year",
            Param::Rate.spec().decimal(raw)
        )
    });
    let npv = move |m: Model| {
        let v = move || sim.with(|s| s.model(m).npv());
        view! {
            <td data-testid="npv" data-model=m.id() data-value=Signal::derive(move || js_number(v()))>
                {Signal::derive(move || fmt.with(|f| f.money(v())))}
            </td>
        }
    };
    let payback = move |m: Model| {
        let p = Memo::new(move |_| sim.with(|s| s.model(m).payback()));
        let text = Signal::derive(move || p.get().words(sim.with(|s| s.years())));
        view! {
            <td
                data-testid="payback"
                data-model=m.id()
                data-state=Signal::derive(move || p.get().state().to_owned())
                data-value=Signal::derive(move || p.get().value().map(|y| y.to_string()))
            >
                {text}
            </td>
        }
    };
    let book = BOOK.map(|(id, label, get)| {
        let cell = move |m: Model| {
            let v = move || sim.with(|s| get(s.model(m).book()));
            let text = Signal::derive(move || {
                fmt.with(|f| if id == "customers" { f.number(v()) } else { f.money(v()) })
            });
            view! {
                <td data-testid="book" data-model=m.id() data-metric=id data-value=Signal::derive(move || js_number(v()))>
                    {text}
                </td>
            }
        };
        view! {
            <tr class="sim-totals__row sim-totals__row--book">
                <th scope="row">{label}</th>
                {Model::ALL.map(cell).into_iter().collect_view()}
            </tr>
        }
    });
    let last_year = Signal::derive(move || {
        format!(
            "In year {}, the last of the horizon",
            sim.with(|s| s.years())
        )
    });
    view! {
        <table>
            <caption id="sim-totals-caption">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">"Figure"</th>
                    {Model::ALL
                        .map(|m| view! { <th scope="col">{m.name()} " " <StatusTag m testid="model-status" /></th> })
                        .into_iter()
                        .collect_view()}
                </tr>
            </thead>
            <tbody>
                {totals.into_iter().collect_view()}
                <tr class="sim-totals__row sim-totals__row--npv">
                    <th scope="row">{rate}</th>
                    {Model::ALL.map(npv).into_iter().collect_view()}
                </tr>
                <tr class="sim-totals__row">
                    <th scope="row">"Pays back in"</th>
                    {Model::ALL.map(payback).into_iter().collect_view()}
                </tr>
                {shares.into_iter().collect_view()}
            </tbody>
            <tbody>
                <tr class="sim-totals__group">
                    <th scope="colgroup" colspan="4">{last_year}</th>
                </tr>
                {book.into_iter().collect_view()}
            </tbody>
        </table>
    }
}
