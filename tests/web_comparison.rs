//! Scenario A beside B in a real browser: "Keep as A", swap and clear through their buttons, the
//! comparison's figures and differences against the engine's, and A's lines in the chart.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use partner_fit::ui::comparison::ComparisonSection;
use partner_fit::ui::format::js_number;
use partner_fit::ui::simulator::SimulatorSection;
use partner_fit_engine::economics::{simulate, versus, Currency, Param};
use partner_fit_engine::scenario::Scenario;
use partner_fit_engine::Model;
use support::{all, attr, click, mount, one, settle, text};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A scenario with `n_res` new resold customers a year and the rest at the defaults.
fn with_resold(n: i64) -> Scenario {
    let mut s = Scenario::default();
    s.inputs.set_raw(Param::NRes, n * 100);
    s
}

#[wasm_bindgen_test]
async fn keep_swap_and_clear_move_the_scenarios_and_the_keyboard() {
    let (host, state) = mount(ComparisonSection);
    settle().await;
    assert!(all(&host, "[data-testid=compare]").is_empty());
    assert!(all(&host, "[data-testid=compare-swap]:not([hidden])").is_empty());

    click(&host, "[data-testid=compare-keep]");
    settle().await;
    assert_eq!(state.pinned.get_untracked(), Some(Scenario::default()));
    one(&host, "[data-testid=compare]");
    assert!(text(&one(&host, "[role=status]")).starts_with("Kept as A"));

    state.scenario.set(with_resold(20));
    settle().await;
    let change = one(&host, "[data-testid=compare-change]");
    assert_eq!(attr(&change, "data-key"), "n_res");
    assert!(
        text(&change).contains("8 customers/yr"),
        "{}",
        text(&change)
    );
    assert!(
        text(&change).contains("20 customers/yr"),
        "{}",
        text(&change)
    );

    click(&host, "[data-testid=compare-swap]");
    settle().await;
    assert_eq!(state.scenario.get_untracked(), Scenario::default());
    assert_eq!(state.pinned.get_untracked(), Some(with_resold(20)));

    click(&host, "[data-testid=compare-clear]");
    settle().await;
    assert_eq!(state.pinned.get_untracked(), None);
    assert!(all(&host, "[data-testid=compare]").is_empty());
    let keep = one(&host, "[data-testid=compare-keep]");
    assert_eq!(document().active_element(), Some(keep.clone()));
    assert_eq!(text(&keep), "Keep as A");
}

#[wasm_bindgen_test]
async fn figures_and_differences_are_the_engines() {
    let (host, state) = mount(ComparisonSection);
    let (a, mut b) = (Scenario::default(), with_resold(20));
    b.inputs.set_raw(Param::Disc, 2500);
    b.inputs.set_raw(Param::Yrs, 7);
    state.pinned.set(Some(a));
    state.scenario.set(b);
    settle().await;
    let (sim_a, sim_b) = (simulate(&a.inputs), simulate(&b.inputs));
    let deltas = versus(&sim_a, &sim_b);
    for m in Model::ALL {
        let cell = |side: &str, metric: &str| {
            let selector = format!(
                "[data-testid=total][data-scenario={side}][data-model={}][data-metric={metric}]",
                m.id()
            );
            attr(&one(&host, &selector), "data-value")
        };
        let diff = |metric: &str| {
            let selector = format!(
                "[data-testid=compare-diff][data-model={}][data-metric={metric}]",
                m.id()
            );
            one(&host, &selector)
        };
        let (run_a, run_b, delta) = (sim_a.model(m), sim_b.model(m), deltas[m as usize]);
        assert_eq!(
            cell("a", "contribution"),
            js_number(run_a.total().contribution)
        );
        assert_eq!(
            cell("b", "contribution"),
            js_number(run_b.total().contribution)
        );
        assert_eq!(cell("a", "npv"), js_number(run_a.npv()));
        assert_eq!(cell("b", "npv"), js_number(run_b.npv()));
        assert_eq!(
            attr(&diff("contribution"), "data-value"),
            js_number(delta.contribution)
        );
        assert_eq!(attr(&diff("npv"), "data-value"), js_number(delta.npv));
        assert_eq!(text(&diff("payback")), delta.payback_words());
    }
    // Three differences, in the format's order: the horizon, the resold customers, the discount.
    let keys: Vec<String> = all(&host, "[data-testid=compare-change]")
        .iter()
        .map(|r| attr(r, "data-key"))
        .collect();
    assert_eq!(keys, ["yrs", "n_res", "disc"]);
    // The figures' leader moves with the resold customers; the advice waits for answers.
    let leader = |side: &str| {
        let selector =
            format!("[data-testid=compare-advice][data-kind=leader][data-scenario={side}]");
        attr(&one(&host, &selector), "data-value")
    };
    assert_eq!(leader("a"), sim_a.leader().id());
    assert_eq!(leader("b"), sim_b.leader().id());
    assert_ne!(leader("a"), leader("b"));
}

#[wasm_bindgen_test]
async fn amounts_in_two_currencies_show_no_difference_in_money() {
    let (host, state) = mount(ComparisonSection);
    let a = Scenario {
        currency: Currency::parse("EUR").unwrap(),
        ..Scenario::default()
    };
    state.pinned.set(Some(a));
    state.scenario.set(with_resold(20));
    settle().await;
    let diff = one(
        &host,
        "[data-testid=compare-diff][data-model=reseller][data-metric=contribution]",
    );
    assert_eq!(text(&diff), "n/a: two currencies");
    let note = one(&host, ".versus__note");
    assert!(note.get_attribute("hidden").is_none());
    let row = one(&host, "[data-testid=compare-change][data-key=cur]");
    assert!(text(&row).contains("EUR") && text(&row).contains("USD"));
}

#[wasm_bindgen_test]
async fn the_chart_draws_a_thin_line_per_model_for_a() {
    let (host, state) = mount(SimulatorSection);
    settle().await;
    let chart = one(&host, "figure.sim-chart");
    let points = |side: &str, m: Model| {
        attr(
            &one(
                &chart,
                &format!("g[data-scenario={side}][data-model={}] polyline", m.id()),
            ),
            "points",
        )
    };
    assert_eq!(points("a", Model::Reseller), "", "no A, no line");
    assert_eq!(all(&chart, ".sim-legend li:not([hidden])").len(), 3);

    let mut a = with_resold(20);
    a.inputs.set_raw(Param::Yrs, 7);
    state.pinned.set(Some(a));
    settle().await;
    for m in Model::ALL {
        assert_eq!(
            points("a", m).split(' ').count(),
            7,
            "a point per year of A"
        );
    }
    let legend: Vec<String> = all(&chart, ".sim-legend li:not([hidden])")
        .iter()
        .map(text)
        .collect();
    assert_eq!(legend.len(), 6);
    assert!(legend[0].starts_with("Referral, B"), "{legend:?}");
    assert!(legend[5].starts_with("Reseller, A"), "{legend:?}");
    // B's focusable points stay one per year of B's horizon.
    assert_eq!(
        all(&chart, "[data-testid=chart-point]:not([display])").len(),
        15
    );
}
