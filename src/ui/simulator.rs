//! The margin simulator: the economics inputs, and what each partner model costs and earns.
//!
//! Every figure comes from the engine's [`Simulation`](partner_fit_engine::economics::Simulation)
//! in [`AppState`](crate::ui::state::AppState); this module only lays it out and formats it.
//!
//! The section is markup written by pure functions: the inputs once, each output block again
//! whenever the simulation or the currency changes. Two delegated handlers serve every
//! control. A Leptos view per element would cost several times the wasm for the same page.

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
use partner_fit_engine::economics::{Currency, Inputs, Simulation};
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlSelectElement};

use fields::Fields;
use live_formats::LiveFormats;

use crate::ui::erased::{effect, listen};
use crate::ui::format::Formats;
use crate::ui::state::use_app_state;

/// Writes an output block's markup from the simulation.
pub type Block = fn(&Simulation, &Formats) -> String;

/// The output blocks: the id of their element and what they show.
const BLOCKS: [(&str, Block); 4] = [
    ("sim-out-deals", deal_bars::markup),
    ("sim-out-chart", cumulative_chart::markup),
    ("sim-out-totals", totals_table::markup),
    ("sim-out-breakeven", break_evens::markup),
];

/// The section's content: the currency, the fields showing `inputs`, and the places of the
/// output blocks, which [`live_block`] fills.
pub fn markup(inputs: &Inputs, chosen: Currency, shown: Currency) -> String {
    format!(
        concat!(
            r#"<h2 id="simulator-title">Margin simulator</h2><p class="lede">Put in your own numbers: the charts, totals and break-even answers follow as you move a slider.</p>"#,
            r#"<div class="sim__layout"><div class="sim__inputs no-print">{}{}</div><div class="sim__outputs">"#,
            r#"<h3>One deal, first year</h3><div class="sim-deals" id="sim-out-deals"></div>"#,
            r#"<h3>Contribution over time</h3><figure class="sim-chart" id="sim-out-chart"></figure>"#,
            r#"<h3>Totals</h3><div class="sim-totals" id="sim-out-totals" role="region" aria-labelledby="sim-totals-caption" tabindex="0"></div>"#,
            r#"<h3>When reselling beats referral</h3><div class="sim-breakeven" id="sim-out-breakeven"></div></div></div>"#,
        ),
        currency_select::markup(chosen, shown),
        fields::markup(inputs, shown.as_str()),
    )
}

/// Keeps the element `id` showing `write` of the current simulation, in the current currency.
pub fn live_block(id: &'static str, write: Block, fmt: LiveFormats) {
    let sim = use_app_state().simulation;
    effect(move || {
        let html = fmt.with(|f| sim.with(|s| write(s, f)));
        if let Some(el) = document().get_element_by_id(id) {
            el.set_inner_html(&html);
        }
    });
}

/// The simulator section, on the page from the first render with or without answers.
#[component]
pub fn SimulatorSection() -> impl IntoView {
    let state = use_app_state();
    let fmt = LiveFormats::new(state.scenario);
    let inputs = state.scenario.with_untracked(|s| s.inputs);
    let (chosen, shown) = (fmt.chosen.get_untracked(), fmt.shown.get_untracked());
    let html = markup(&inputs, chosen, shown);
    let fields = Fields::new(inputs, shown);
    // The inputs follow the scenario; the selector follows only a change of currency.
    let mut prev = None;
    effect(move || {
        let now = (fmt.chosen.get(), fmt.shown.get());
        fields.sync(state.scenario.with(|s| s.inputs), now.1);
        match prev {
            // The first run follows the mount: the section is in the document.
            None => fields::draw_band("simulator"),
            Some(p) if p != now => currency_select::show(now.0, now.1),
            Some(_) => {}
        }
        prev = Some(now);
    });
    for (id, write) in BLOCKS {
        live_block(id, write, fmt);
    }
    let on_change = move |ev: Event| match ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
    {
        Some(select) => currency_select::choose(state, &select),
        None => fields.change(state, &ev),
    };
    view! {
        <section
            class="section wrap sim"
            id="simulator"
            aria-labelledby="simulator-title"
            {..listen("input", move |ev| fields.input(state, &ev))}
            {..listen("change", on_change)}
            inner_html=html
        ></section>
    }
}
