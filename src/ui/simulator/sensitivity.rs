//! What the simulator's answer depends on: the flip points and the tornado, in a section of
//! their own below the simulator, mounted as their own island so the page's start is not one
//! long task.

use leptos::prelude::*;

use super::flip_points::FlipPoints;
use super::tornado_chart::TornadoChart;
use crate::ui::state::use_app_state;

/// The sensitivity section.
#[component]
pub fn SensitivitySection() -> impl IntoView {
    let fmt = use_app_state().formats;
    view! {
        <section class="section wrap sim sim-sens no-print" id="sensitivity" aria-labelledby="sensitivity-title">
            <h2 id="sensitivity-title">"What the answer depends on"</h2>
            <h3>"What you would have to believe"</h3>
            <div class="sim-flips" id="sim-out-flips">
                <FlipPoints fmt />
            </div>
            <h3>"What moves the lead most"</h3>
            <figure class="sim-tornado" id="sim-out-tornado">
                <TornadoChart fmt />
            </figure>
        </section>
    }
}
