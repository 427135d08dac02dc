//! The margin simulator and the control-vs-margin chart in a real browser, plus the pure chart
//! geometry they draw with. Inputs are driven by real `input`/`change` events on the rendered
//! fields, or by setting the scenario as a link or Back would; every expected figure comes from
//! the engine, never from the test.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use partner_fit::ui::format::{js_number, Formats};
use partner_fit::ui::simulator::chart::{
    em, marker_path, nice_ticks, polyline_points, span, stack, tip_anchor, tip_width,
    track_percent, Marker, Scale,
};
use partner_fit::ui::simulator::sensitivity::SensitivitySection;
use partner_fit::ui::simulator::{currency_select, field};
use partner_fit::ui::{quadrant::QuadrantChart, simulator::SimulatorSection};
use partner_fit_engine::economics::{flips, simulate, tornado, Currency, Inputs, Metric, Param};
use partner_fit_engine::Model;
use support::{all, attr, mount, one, settle, text};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Adds the simulator's stylesheet to the page once, for its CSS-only behaviour (the value
/// tips).
fn add_stylesheet() {
    let doc = document();
    if doc.get_element_by_id("sim-test-style").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("sim-test-style");
        style.set_text_content(Some(include_str!("../style/simulator.css")));
        doc.body().unwrap().append_child(&style).unwrap();
    }
}

/// The computed `display` of `el` (through JS, so no extra web-sys features).
fn display(el: &web_sys::Element) -> String {
    let window = web_sys::window().unwrap();
    let computed: js_sys::Function = js_sys::Reflect::get(&window, &"getComputedStyle".into())
        .unwrap()
        .unchecked_into();
    let style = computed.call1(&window, el).unwrap();
    js_sys::Reflect::get(&style, &"display".into())
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

fn input(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlInputElement {
    one(root, selector).unchecked_into()
}

/// Sets a field's value and fires `kind` ("input" or "change") as a bubbling event, as a
/// browser does when the visitor drags or types.
async fn fire(field: &web_sys::HtmlInputElement, value: &str, kind: &str) {
    field.set_value(value);
    dispatch(field, kind).await;
}

/// Fires `kind` on `target` as a bubbling event (the page delegates input events).
async fn dispatch(target: &web_sys::EventTarget, kind: &str) {
    let ev = document().create_event("Event").unwrap();
    ev.init_event_with_bubbles(kind, true);
    target.dispatch_event(&ev).unwrap();
    settle().await;
}

/// The `data-value` of the total of `metric` for `model`.
fn total(host: &web_sys::HtmlElement, model: Model, metric: Metric) -> String {
    let cell = one(
        host,
        &format!(
            "[data-testid=total][data-model={}][data-metric={}]",
            model.id(),
            metric.id()
        ),
    );
    attr(&cell, "data-value")
}

/// Mounts the simulator, then gives the scenario `inputs` and `currency`, as a link would.
async fn mount_with(inputs: Inputs, currency: &str) -> HtmlElement {
    let (host, state) = mount(SimulatorSection);
    state.scenario.update(|s| {
        s.inputs = inputs;
        s.currency = Currency::parse(currency).unwrap();
    });
    settle().await;
    host
}

// ---- chart geometry ----

#[wasm_bindgen_test]
fn scale_rounds_clamps_and_runs_backwards() {
    let y = Scale::new((-100.0, 300.0), (200, 0));
    assert_eq!(y.at(-100.0), 200);
    assert_eq!(y.at(300.0), 0);
    assert_eq!(y.at(0.0), 150);
    assert_eq!(y.at(1e9), 0, "outliers stay on the chart");
    assert_eq!(y.at(f64::NAN), 100, "a non-number goes to the middle");
    assert_eq!(Scale::new((5.0, 5.0), (10, 30)).at(5.0), 20);
}

#[wasm_bindgen_test]
fn ticks_are_round_cover_the_data_and_cross_zero() {
    assert_eq!(
        nice_ticks(-1_234.0, 9_876.0, 5),
        [-5_000.0, 0.0, 5_000.0, 10_000.0]
    );
    assert_eq!(
        nice_ticks(0.0, 1.0, 5),
        [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]
    );
    assert_eq!(nice_ticks(0.0, 0.0, 4), [-1.0, -0.5, 0.0, 0.5, 1.0]);
    let big = nice_ticks(0.0, 15_843_628.0, 5);
    assert_eq!(big.first(), Some(&0.0));
    assert_eq!(big.last(), Some(&20_000_000.0));
    assert!(big.len() <= 7, "{big:?}");
    // Backwards or flat input still bounds the data.
    let flat = nice_ticks(70.0, 70.0, 4);
    assert!(flat[0] < 70.0 && *flat.last().unwrap() > 70.0, "{flat:?}");
    assert_eq!(nice_ticks(10.0, -10.0, 4), nice_ticks(-10.0, 10.0, 4));
}

#[wasm_bindgen_test]
fn stacking_sends_negative_parts_left_of_zero() {
    assert_eq!(
        stack(&[7_200.0, 0.0, 16_800.0]),
        [(0.0, 7_200.0), (7_200.0, 7_200.0), (7_200.0, 24_000.0)]
    );
    assert_eq!(
        stack(&[1_000.0, 0.0, -1_000.0]),
        [(0.0, 1_000.0), (1_000.0, 1_000.0), (0.0, -1_000.0)]
    );
    let x = Scale::new((-1_000.0, 1_000.0), (0, 400));
    assert_eq!(span(&x, 0.0, -1_000.0), (0, 200));
    assert_eq!(span(&x, 0.0, 500.0), (200, 100));
}

#[wasm_bindgen_test]
fn paths_are_integer_svg() {
    assert_eq!(polyline_points(&[(1, 2), (30, -4)]), "1,2 30,-4");
    assert_eq!(polyline_points(&[]), "");
    assert_eq!(marker_path(Marker::Square, 10, 20, 5), "M5,15h10v10h-10Z");
    assert_eq!(
        marker_path(Marker::Circle, 10, 20, 5),
        "M5,20a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z"
    );
    assert_eq!(marker_path(Marker::Triangle, 10, 20, 5), "M10,14L16,25H4Z");
    assert_eq!(track_percent(2_000, 0, 10_000), 20);
    assert_eq!(track_percent(50_000, 0, 10_000), 100);
    assert_eq!(track_percent(3, 5, 5), 0);
}

// ---- markup ----

#[wasm_bindgen_test]
fn tips_stay_in_the_drawing() {
    assert_eq!(tip_width(26), 166);
    assert_eq!(em(166), "16.6em");
    assert_eq!(em(-83), "-8.3em");
    assert_eq!(em(5), "0.5em");
    // Centred above a point in the middle of the plot.
    assert_eq!(tip_anchor(220, 150, 26, 440, 15), (220, 135, false));
    // Pushed inwards at the edges (half of 16.6 em at 20 units is 166), below near the top.
    assert_eq!(tip_anchor(78, 150, 26, 440, 15), (166, 135, false));
    assert_eq!(tip_anchor(406, 150, 26, 440, 15), (440 - 166, 135, false));
    assert_eq!(tip_anchor(220, 40, 26, 440, 15), (220, 55, true));
    // A tip wider than the drawing is centred on it.
    assert_eq!(tip_anchor(78, 150, 60, 440, 15).0, 220);
}

// ---- the simulator's parts ----

#[wasm_bindgen_test]
async fn chart_has_a_point_per_year_and_a_tip_per_point() {
    let host = mount_with(Inputs::default().with_raw(Param::Yrs, 4), "USD").await;
    let el = one(&host, "figure.sim-chart");
    assert_eq!(all(&el, "polyline[data-model]").len(), 3);
    // A point for each year a horizon can have; those beyond this one are not drawn.
    assert_eq!(all(&el, "[data-testid=chart-point]").len(), 30);
    assert_eq!(
        all(&el, "[data-testid=chart-point]:not([display])").len(),
        12
    );
    assert_eq!(
        all(
            &el,
            "[data-testid=chart-point]:not([display]) .sim-chart__tip"
        )
        .len(),
        12
    );
    // A's legend entries wait, hidden, for a kept scenario A.
    assert_eq!(all(&el, ".sim-legend li:not([hidden])").len(), 3);
    // The story sentence describes the chart from above the figures, where it also prints.
    assert_eq!(
        el.get_attribute("aria-describedby").as_deref(),
        Some("sim-story")
    );
    let summary = text(&one(&host, "#sim-story[data-testid=chart-summary]"));
    assert!(summary.starts_with("Over 4 years"), "{summary}");
    assert!(
        !el.inner_html().contains("style="),
        "no inline styles under the CSP"
    );
}

#[wasm_bindgen_test]
async fn totals_carry_every_figure() {
    let sim = simulate(&Inputs::default().with_raw(Param::Yrs, 1));
    let el = mount_with(Inputs::default().with_raw(Param::Yrs, 1), "EUR").await;
    assert_eq!(
        text(&one(&el, "caption#sim-totals-caption")),
        "Totals over 1 year, in each model"
    );
    assert_eq!(all(&el, "[data-testid=total]").len(), 15);
    assert_eq!(all(&el, "[data-testid=take]").len(), 3);
    assert_eq!(all(&el, "[data-testid=kept]").len(), 3);
    let cell = one(
        &el,
        "[data-testid=total][data-model=cosell][data-metric=contribution]",
    );
    let v = sim.model(Model::CoSell).total().contribution;
    assert_eq!(cell.get_attribute("data-value"), Some(js_number(v)));
    assert_eq!(text(&cell), Formats::new("EUR").money(v));

    // Nothing sold: the shares are not applicable rather than 0 %.
    let el = mount_with(Inputs::default().with_raw(Param::NRes, 0), "USD").await;
    assert_eq!(
        text(&one(&el, "[data-testid=take][data-model=reseller]")),
        "n/a"
    );
}

#[wasm_bindgen_test]
async fn break_evens_have_a_value_only_when_there_is_one() {
    for inputs in [
        Inputs::default(),
        Inputs::default().with_raw(Param::NRes, 0),
    ] {
        let sim = simulate(&inputs);
        let el = mount_with(inputs, "USD").await;
        let b = sim.break_evens();
        for (id, answer) in [
            ("breakeven-discount", b.discount()),
            ("breakeven-volume", b.volume()),
        ] {
            let p = one(&el, &format!("[data-testid={id}]"));
            assert_eq!(
                p.get_attribute("data-state").as_deref(),
                Some(answer.state())
            );
            assert_eq!(p.get_attribute("data-value"), answer.value().map(js_number));
        }
    }
}

#[wasm_bindgen_test]
async fn deal_bars_follow_the_simulation() {
    let el = mount_with(Inputs::default(), "USD").await;
    assert_eq!(all(&el, "[data-testid=deal-sentence]").len(), 3);
    assert_eq!(all(&el, ".sim-deal__seg").len(), 9);
    assert_eq!(all(&el, "pattern").len(), 3);
}

#[wasm_bindgen_test]
async fn fields_pair_a_slider_and_a_number_per_parameter() {
    let inputs = Inputs::default().with_raw(Param::Acv, 50_000_000);
    let el = mount_with(inputs, "EUR").await;
    assert_eq!(all(&el, ".sim-field").len(), Param::COUNT);
    assert_eq!(all(&el, "input[type=range]").len(), Param::COUNT);
    assert_eq!(all(&el, "input[type=text]").len(), Param::COUNT);
    assert_eq!(all(&el, "details .sim-field").len(), 10);
    let disc = input(&el, "#sim-disc");
    assert_eq!(disc.value(), "3000");
    assert_eq!(
        disc.get_attribute("aria-valuetext").as_deref(),
        Some("30 %")
    );
    assert_eq!(input(&el, "#sim-disc-num").value(), "30");
    assert_eq!(
        text(&one(&el, ".sim-field[data-param=disc] .sim-field__band")),
        "Typical 20-40%"
    );
    assert_eq!(all(&el, ".sim-field__track--band").len(), 1);
    // The band's ends are set through the CSSOM: the CSP forbids style attributes in markup.
    let track: HtmlElement = one(&el, ".sim-field__track--band").unchecked_into();
    assert_eq!(track.style().get_property_value("--band-lo").unwrap(), "20");
    assert_eq!(track.style().get_property_value("--band-hi").unwrap(), "40");
    assert_eq!(text(&one(&el, "#sim-acv-unit")), "EUR");
    // A value beyond the practical slider range widens the slider to reach it.
    assert_eq!(
        input(&el, "#sim-acv").get_attribute("max").as_deref(),
        Some("50000000")
    );
    let spec = Param::Gm.spec();
    assert_eq!(field::slider_top(spec), spec.max);
    assert!(all(&el, ".sim-field__error:not([hidden])").is_empty());
}

#[wasm_bindgen_test]
async fn currency_options_include_the_chosen_code() {
    let eur = Currency::parse("EUR").unwrap();
    assert_eq!(currency_select::options(eur).len(), Currency::COMMON.len());
    let odd = Currency::parse("xyz").unwrap();
    let options = currency_select::options(odd);
    assert_eq!(options.len(), Currency::COMMON.len() + 1);
    assert_eq!(options.last().map(|c| c.as_str()), Some("XYZ"));
    assert_eq!(currency_select::note(eur, eur), None);
    assert!(currency_select::note(odd, Currency::default())
        .unwrap()
        .contains("XYZ"));

    // A link's code is offered and selected.
    let el = mount_with(Inputs::default(), "xyz").await;
    assert_eq!(
        all(&el, "#sim-currency option").len(),
        Currency::COMMON.len() + 1
    );
    let select: web_sys::HtmlSelectElement = one(&el, "#sim-currency").unchecked_into();
    assert_eq!(select.value(), "XYZ");
}

#[wasm_bindgen_test]
async fn fields_keep_their_nodes_focus_and_typed_text() {
    let (host, state) = mount(SimulatorSection);
    settle().await;
    let field = input(&host, "#sim-disc-num");
    let slider = input(&host, "#sim-disc");
    field.focus().unwrap();
    fire(&field, "12.", "input").await;
    assert_eq!(slider.value(), "1200");
    assert_eq!(
        field.value(),
        "12.",
        "the typed text stays while the field is in use"
    );

    // Another input changes the scenario: the same nodes stay, focused, with their text.
    fire(&input(&host, "#sim-acv"), "30000", "input").await;
    state.scenario.update(|s| {
        s.inputs.set_raw(Param::Gm, 7_000);
    });
    settle().await;
    assert!(field.is_connected() && slider.is_connected());
    let focused = document().active_element().unwrap();
    assert_eq!(focused.id(), "sim-disc-num");
    assert_eq!(field.value(), "12.");
    assert_eq!(input(&host, "#sim-acv-num").value(), "30000");
    assert_eq!(input(&host, "#sim-gm-num").value(), "70");

    // Leaving the field shows the value; a change from elsewhere (Back) reaches it then.
    fire(&field, "12.", "change").await;
    assert_eq!(field.value(), "12");
    state.scenario.update(|s| {
        s.inputs.set_raw(Param::Disc, 2_500);
    });
    settle().await;
    assert_eq!(field.value(), "25");
    assert_eq!(slider.value(), "2500");
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("25 %")
    );
}

// ---- the simulator ----

#[wasm_bindgen_test]
async fn totals_carry_exactly_the_engines_values() {
    let (host, _state) = mount(SimulatorSection);
    settle().await;
    let sim = simulate(&Inputs::default());
    let cells = all(&host, "[data-testid=total]");
    assert_eq!(cells.len(), 3 * Metric::HEADLINE.len());
    for m in Model::ALL {
        for metric in Metric::HEADLINE {
            assert_eq!(
                total(&host, m, metric),
                js_number(sim.model(m).total().get(metric)),
                "{} {}",
                m.id(),
                metric.id()
            );
        }
    }
    let be = one(&host, "[data-testid=breakeven-discount]");
    assert_eq!(be.get_attribute("data-state").as_deref(), Some("at"));
    let d = sim.break_evens().discount().value().unwrap();
    assert_eq!(be.get_attribute("data-value"), Some(js_number(d)));
}

#[wasm_bindgen_test]
async fn moving_the_discount_changes_reseller_totals_and_the_volume_answer() {
    let (host, _state) = mount(SimulatorSection);
    settle().await;
    let before = total(&host, Model::Reseller, Metric::Contribution);
    let sentence_before = text(&one(&host, "[data-testid=breakeven-volume]"));
    let slider = input(&host, "#sim-disc");
    fire(&slider, "4000", "input").await;
    let volume = one(&host, "[data-testid=breakeven-volume]");

    let after = simulate(&Inputs::default().with_raw(Param::Disc, 4_000));
    let contribution = total(&host, Model::Reseller, Metric::Contribution);
    assert_ne!(contribution, before);
    assert_eq!(
        contribution,
        js_number(after.model(Model::Reseller).total().contribution)
    );
    assert_eq!(
        total(&host, Model::Referral, Metric::Contribution),
        js_number(after.model(Model::Referral).total().contribution)
    );
    assert_ne!(text(&volume), sentence_before);
    assert!(text(&volume).contains("40%"), "{}", text(&volume));
    assert_eq!(
        volume.get_attribute("data-value"),
        after.break_evens().volume().value().map(js_number)
    );
    // The paired number field follows the slider.
    assert_eq!(input(&host, "#sim-disc-num").value(), "40");
}

#[wasm_bindgen_test]
async fn typing_updates_live_clamps_on_change_and_rejects_text() {
    let (host, _state) = mount(SimulatorSection);
    settle().await;
    let field = input(&host, "#sim-disc-num");
    let slider = input(&host, "#sim-disc");

    fire(&field, "12.5", "input").await;
    assert_eq!(slider.value(), "1250");
    let at = simulate(&Inputs::default().with_raw(Param::Disc, 1_250));
    assert_eq!(
        total(&host, Model::Reseller, Metric::Partner),
        js_number(at.model(Model::Reseller).total().partner)
    );

    let kept = total(&host, Model::Reseller, Metric::Contribution);
    fire(&field, "abc", "input").await;
    fire(&field, "abc", "change").await;
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        field.value(),
        "abc",
        "the visitor's text stays to be corrected"
    );
    let error = one(&host, "#sim-disc-err:not([hidden])");
    assert!(text(&error).contains("Enter a number"));
    assert!(field
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .contains("sim-disc-err"));
    assert_eq!(total(&host, Model::Reseller, Metric::Contribution), kept);
    assert_eq!(slider.value(), "1250");

    fire(&field, "150", "input").await;
    assert_eq!(field.get_attribute("aria-invalid"), None);
    assert!(all(&host, "#sim-disc-err:not([hidden])").is_empty());
    assert_eq!(
        field.get_attribute("aria-describedby").as_deref(),
        Some("sim-disc-help")
    );
    fire(&field, "150", "change").await;
    assert_eq!(
        field.value(),
        "100",
        "clamped to the maximum when the field is left"
    );
    assert_eq!(slider.value(), "10000");
}

#[wasm_bindgen_test]
async fn chart_has_a_line_per_model_and_a_point_per_year() {
    let (host, _state) = mount(SimulatorSection);
    settle().await;
    let years = Inputs::default().raw(Param::Yrs) as usize;
    for m in Model::ALL {
        one(&host, &format!("polyline[data-model={}]", m.id()));
        let points = all(
            &host,
            &format!(
                "[data-testid=chart-point][data-model={}]:not([display])",
                m.id()
            ),
        );
        assert_eq!(points.len(), years, "{}", m.id());
    }
    let line = one(&host, "polyline[data-model=reseller]");
    assert_eq!(attr(&line, "points").split(' ').count(), years);

    fire(&input(&host, "#sim-yrs-num"), "3", "input").await;
    for m in Model::ALL {
        let selector = format!(
            "[data-testid=chart-point][data-model={}]:not([display])",
            m.id()
        );
        assert_eq!(all(&host, &selector).len(), 3, "{}", m.id());
    }
    let line = one(&host, "polyline[data-model=cosell]");
    assert_eq!(attr(&line, "points").split(' ').count(), 3);
}

#[wasm_bindgen_test]
async fn points_are_labelled_and_show_their_value_on_focus() {
    let (host, _state) = mount(SimulatorSection);
    add_stylesheet();
    settle().await;
    let sim = simulate(&Inputs::default());
    let money = Formats::new("USD").money(sim.model(Model::Reseller).cumulative()[2]);
    let expected = format!("Reseller, year 3: {money}");
    let points = all(&host, "[data-testid=chart-point][data-model=reseller]");
    let third = &points[2];
    assert_eq!(third.get_attribute("aria-label"), Some(expected.clone()));
    assert_eq!(third.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(third.get_attribute("role").as_deref(), Some("img"));
    let tip = one(third, ".sim-chart__tip");
    assert_eq!(text(&tip), expected);
    assert_eq!(display(&tip), "none");

    let focus: js_sys::Function = js_sys::Reflect::get(third, &"focus".into())
        .unwrap()
        .unchecked_into();
    focus.call0(third).unwrap();
    settle().await;
    assert_eq!(
        display(&tip),
        "inline",
        "the stylesheet shows the tip on focus"
    );
    let other = third.previous_element_sibling().unwrap();
    let other_tip = one(&other, ".sim-chart__tip");
    assert_eq!(display(&other_tip), "none", "only the focused point's tip");
}

#[wasm_bindgen_test]
async fn sentences_and_currency_follow_the_selector() {
    let (host, _state) = mount(SimulatorSection);
    settle().await;
    let summary = text(&one(&host, "[data-testid=chart-summary]"));
    assert!(
        summary.starts_with("Over 5 years, co-sell contributes most"),
        "{summary}"
    );
    assert!(summary.contains('$'), "{summary}");
    let deals = all(&host, "[data-testid=deal-sentence]");
    assert_eq!(deals.len(), 3);
    assert!(
        text(&deals[2]).contains("the reseller takes $7,200"),
        "{}",
        text(&deals[2])
    );

    let select_el: web_sys::HtmlSelectElement = one(&host, "#sim-currency").unchecked_into();
    select_el.set_value("EUR");
    dispatch(&select_el, "change").await;
    let summary = text(&one(&host, "[data-testid=chart-summary]"));
    assert!(summary.contains('€') && !summary.contains('$'), "{summary}");
    assert_eq!(text(&one(&host, "#sim-acv-unit")), "EUR");
    let select_el: web_sys::HtmlSelectElement = one(&host, "#sim-currency").unchecked_into();
    assert_eq!(
        select_el.value(),
        "EUR",
        "the rewritten options keep the choice"
    );
    assert!(all(&host, "[data-testid=currency-note]").is_empty());
}

#[wasm_bindgen_test]
async fn the_quadrant_places_each_model_with_its_kept_share() {
    let (host, _state) = mount(|| view! { <QuadrantChart /><SimulatorSection /> });
    settle().await;
    let sim = simulate(&Inputs::default());
    let items = all(&host, "[data-testid=quadrant-model]");
    assert_eq!(items.len(), 3);
    let formats = Formats::new("USD");
    for (item, m) in items.iter().zip(Model::ALL) {
        let kept = formats.percent(sim.model(m).kept_share().unwrap());
        assert!(text(item).contains(&kept), "{}: {}", m.id(), text(item));
    }
    assert!(text(&items[2]).contains("low control"));
    assert!(text(&items[0]).contains("high control"));

    // The margin axis follows the simulator.
    let before = text(&items[2]);
    fire(&input(&host, "#sim-disc"), "5000", "input").await;
    let items = all(&host, "[data-testid=quadrant-model]");
    assert_ne!(text(&items[2]), before);
    assert_eq!(
        all(&host, ".quad__label").len(),
        6,
        "a name and a share per model"
    );

    // A model that sells nothing has no margin to place.
    one(&host, ".quad__model[data-model=reseller]");
    fire(&input(&host, "#sim-n_res-num"), "0", "input").await;
    assert!(all(&host, ".quad__model[data-model=reseller]").is_empty());
    let items = all(&host, "[data-testid=quadrant-model]");
    assert!(
        text(&items[2]).contains("no revenue"),
        "{}",
        text(&items[2])
    );
}

#[wasm_bindgen_test]
async fn totals_carry_present_value_payback_and_the_book() {
    let inputs = Inputs::default()
        .with_raw(Param::Rate, 800)
        .with_raw(Param::ResSetup, 2_000_000);
    let el = mount_with(inputs, "USD").await;
    let sim = simulate(&inputs);
    let cell = |id: &str, m: Model| one(&el, &format!("[data-testid={id}][data-model={}]", m.id()));
    for m in Model::ALL {
        let run = sim.model(m);
        assert_eq!(attr(&cell("npv", m), "data-value"), js_number(run.npv()));
        let payback = cell("payback", m);
        assert_eq!(attr(&payback, "data-state"), run.payback().state());
        let book = |metric: &str| {
            let sel = format!(
                "[data-testid=book][data-model={}][data-metric={metric}]",
                m.id()
            );
            attr(&one(&el, &sel), "data-value")
        };
        assert_eq!(book("customers"), js_number(run.book().customers));
        assert_eq!(book("partner"), js_number(run.book().partner));
        assert_eq!(book("contribution"), js_number(run.book().contribution));
    }
    // A two-million set-up keeps reselling behind for the whole horizon.
    let reseller = cell("payback", Model::Reseller);
    assert_eq!(attr(&reseller, "data-state"), "never");
    assert_eq!(text(&reseller), "not within 5 years");
    assert!(text(&el).contains("Present value, at 8 % a year"));
}

#[wasm_bindgen_test]
async fn columns_bars_and_lines_carry_the_results_statuses_once_answered() {
    use partner_fit_engine::assessment::{assess, Own, Role};
    let (host, state) = mount(SimulatorSection);
    settle().await;
    let tags = || all(&host, ".sim-status");
    assert_eq!(
        tags().len(),
        9,
        "a tag per model in the totals, the bars and the legend"
    );
    assert!(
        tags().iter().all(|t| t.has_attribute("hidden")),
        "no status before the answers"
    );
    assert_eq!(attr(&one(&host, "#sim-story"), "data-state"), "unanswered");

    state.scenario.update(|s| {
        s.answers.role = Some(Role::Intro);
        s.answers.own = Some(Own::Must);
    });
    settle().await;
    let assessed = assess(&state.scenario.get_untracked().answers).expect("role and own answered");
    for m in Model::ALL {
        let status = assessed.status(m);
        let ours = all(&host, &format!(".sim-status[data-model={}]", m.id()));
        assert_eq!(ours.len(), 3);
        for tag in ours {
            assert_eq!(attr(&tag, "data-value"), status.id());
            assert_eq!(text(&tag), status.label());
            assert!(!tag.has_attribute("hidden"));
        }
    }
    assert_eq!(all(&host, "[data-testid=model-status]").len(), 3);
    // Referral is the advice; at the v2 defaults co-sell earns more, and the story says so.
    let story = one(&host, "#sim-story");
    assert_eq!(attr(&story, "data-state"), "differs");
    assert_eq!(attr(&story, "data-focus"), "referral");
    assert_eq!(attr(&story, "data-leader"), "cosell");
    assert!(text(&story).contains("stops doing so"), "{}", text(&story));
}

/// Waits for the next task, when the flip points and the tornado follow the inputs.
async fn next_task() {
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        window.set_timeout_with_callback(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(timer).await.unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn flip_points_and_tornado_carry_the_engines_values() {
    let inputs = Inputs::default().with_raw(Param::NRes, 1_200);
    let (host, state) = mount(SensitivitySection);
    state.scenario.update(|s| {
        s.inputs = inputs;
        s.currency = Currency::parse("EUR").unwrap();
    });
    // The effect that schedules the follow-up runs first, then its task.
    settle().await;
    next_task().await;
    let expected = flips(&inputs);
    let rows = all(&host, "[data-testid=flip]");
    assert_eq!(rows.len(), Param::COUNT);
    for (row, (p, flip)) in rows.iter().zip(expected.iter()) {
        assert_eq!(attr(row, "data-param"), p.spec().key);
        assert_eq!(attr(row, "data-state"), flip.state(), "{}", p.spec().key);
        assert_eq!(
            attr(row, "data-value"),
            flip.value().map(js_number).unwrap_or_default()
        );
    }
    let focus = state.story.with_untracked(|s| s.focus());
    let t = tornado(&inputs, focus);
    for (rank, bar) in t.bars().iter().enumerate() {
        let key = bar.param().spec().key;
        let el = one(
            &host,
            &format!("[data-testid=tornado-bar][data-param={key}]"),
        );
        assert_eq!(attr(&el, "data-low"), js_number(bar.gap_low()), "{key}");
        assert_eq!(attr(&el, "data-high"), js_number(bar.gap_high()), "{key}");
        assert_eq!(attr(&el, "data-rank"), rank.to_string(), "{key}");
    }
}
