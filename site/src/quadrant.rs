//! The guide's control-versus-margin 2x2: its four corners and where each model sits, as
//! text. The chart with the visitor's own margin is an island (it follows the simulator).

use leptos::prelude::*;
use partner_fit_engine::guide::{Level, INTENT_TEST};
use partner_fit_engine::page::Island;
use partner_fit_engine::Model;

use crate::island::IslandSlot;

/// A level in words.
fn level(l: Level) -> &'static str {
    match l {
        Level::Low => "low",
        Level::High => "high",
    }
}

/// The corner of the 2x2 for a placement, named as the chart names it.
pub fn corner(control: Level, margin: Level) -> &'static str {
    match (control, margin) {
        (Level::High, Level::High) => "Control and margin",
        (Level::Low, Level::High) => "Margin without control",
        (Level::High, Level::Low) => "Control without margin",
        (Level::Low, Level::Low) => "Neither",
    }
}

/// The section: the guide's placements, then the island with the visitor's chart.
#[component]
pub fn QuadrantSection() -> impl IntoView {
    view! {
        <section class="section wrap quad" id="quadrant" aria-labelledby="quadrant-title">
            <h2 id="quadrant-title">"Control versus margin"</h2>
            <p class="lede">
                "How much of the customer experience each model leaves you, and how much of list revenue you keep "
                "with the numbers of the margin simulator below."
            </p>
            <ul class="quad__guide">
                {Model::ALL.map(|m| {
                    let p = m.placement();
                    view! {
                        <li data-model=m.id()>
                            <strong>{m.name()}</strong>": "{corner(p.control, p.margin)}" ("
                            {level(p.control)}" control of the customer experience, "
                            {level(p.margin)}" margin per deal)."
                        </li>
                    }
                })}
            </ul>
            <p class="quad__intent" data-testid="intent-test">{INTENT_TEST}</p>
            <IslandSlot island=Island::Quadrant />
        </section>
    }
}
