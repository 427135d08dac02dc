//! The guide's control-versus-margin 2x2, with the margin axis from the visitor's scenario.
//!
//! Control is the guide's level per model ([`Model::placement`]); margin is the share of list
//! revenue each model keeps over the horizon in the simulator ([`ModelRun::kept_share`]), so
//! the chart moves with the simulator's sliders.

use leptos::prelude::*;
use partner_fit_engine::economics::Simulation;
use partner_fit_engine::guide::Level;
use partner_fit_engine::Model;

use crate::ui::simulator::chart::{marker_path, nice_ticks, Scale};
use crate::ui::simulator::cumulative_chart::marker;
use crate::ui::simulator::live_formats::LiveFormats;
use crate::ui::state::use_app_state;

/// Drawing size and plot edges, in SVG units.
const W: i32 = 440;
const H: i32 = 360;
const LEFT: i32 = 64;
const RIGHT: i32 = W - 12;
const TOP: i32 = 12;
const BOTTOM: i32 = H - 52;
/// Room kept free at the top and bottom of the plot for the quadrant names.
const BAND: i32 = 52;
const MID_X: i32 = (LEFT + RIGHT) / 2;
const MID_Y: i32 = (TOP + BOTTOM) / 2;
/// Radius of a model's marker.
const R: i32 = 7;

/// The quadrant names, with their anchor point and text alignment.
const QUADRANTS: [(&str, i32, i32, &str); 4] = [
    ("Margin without control", LEFT + 8, TOP + 22, "start"),
    ("Control and margin", RIGHT - 8, TOP + 22, "end"),
    ("Neither", LEFT + 8, BOTTOM - 10, "start"),
    ("Control without margin", RIGHT - 8, BOTTOM - 10, "end"),
];

/// The control level's word.
fn level(l: Level) -> &'static str {
    match l {
        Level::Low => "low",
        Level::High => "high",
    }
}

/// Where each model sits: the models of one control level share its half, evenly spaced.
fn x_of(m: Model) -> i32 {
    let side = m.placement().control;
    let peers: Vec<Model> = Model::ALL
        .into_iter()
        .filter(|p| p.placement().control == side)
        .collect();
    let k = peers.iter().position(|p| *p == m).unwrap_or(0) as i32;
    let n = peers.len().max(1) as i32;
    let (start, width) = match side {
        Level::Low => (LEFT, MID_X - LEFT),
        Level::High => (MID_X, RIGHT - MID_X),
    };
    start + (2 * k + 1) * width / (2 * n)
}

/// The margin axis: its ticks (height, percent) and each model's height, if it sold anything.
#[derive(Clone, PartialEq)]
struct Geometry {
    ticks: Vec<(i32, f64)>,
    ys: [Option<i32>; 3],
}

fn geometry(s: &Simulation) -> Geometry {
    let kept = s.models().map(|r| r.kept_share());
    let lo = kept.iter().flatten().fold(100.0_f64, |lo, v| lo.min(*v));
    let ticks = nice_ticks(lo, 100.0, 4);
    let first = ticks.first().copied().unwrap_or(lo);
    let last = ticks.last().copied().unwrap_or(100.0);
    let y = Scale::new((first, last), (BOTTOM - BAND, TOP + BAND));
    Geometry {
        ticks: ticks.into_iter().map(|v| (y.at(v), v)).collect(),
        ys: kept.map(|k| k.map(|v| y.at(v))),
    }
}

/// The 2x2 chart and, as its text alternative, one line per model.
#[component]
pub fn QuadrantSection() -> impl IntoView {
    let state = use_app_state();
    let sim = state.simulation;
    let fmt = LiveFormats::new(state.scenario);
    let geo = Memo::new(move |_| sim.with(geometry));
    // The axis changes far less often than the models move: it re-renders only on a change.
    let axis = Memo::new(move |_| geo.with(|g| g.ticks.clone()));
    let kept_text = move |m: Model| {
        sim.with(|s| s.model(m).kept_share())
            .map(|v| fmt.with(|f| f.percent(v)))
    };

    let ticks = move || {
        axis.with(|ticks| {
            ticks
                .iter()
                .map(|&(y, v)| {
                    view! {
                        <line class="quad__grid" x1=LEFT x2=RIGHT y1=y y2=y />
                        <text class="quad__tick" x=LEFT - 6 y=y + 4>
                            {fmt.with(|f| f.percent(v))}
                        </text>
                    }
                })
                .collect_view()
        })
    };
    let quadrants = QUADRANTS
        .map(|(name, x, y, anchor)| {
            view! {
                <text class="quad__name" x=x y=y text-anchor=anchor>
                    {name}
                </text>
            }
        })
        .collect_view();
    let models = Model::ALL
        .map(|m| {
            let x = x_of(m);
            let y = move || geo.with(|g| g.ys[m.index()]);
            // A model that sold nothing has no margin to place: it stays hidden.
            let shown = move || if y().is_some() { "visible" } else { "hidden" };
            let at = move || y().unwrap_or(MID_Y);
            view! {
                <g
                    class=format!("quad__model sim-line--{}", m.id())
                    data-model=m.id()
                    visibility=shown
                >
                    <path class="sim-line__point" d=move || marker_path(marker(m), x, at(), R) />
                    <text class="quad__label" x=x y=move || at() - R - 6>
                        {m.name()}
                    </text>
                    <text class="quad__label" x=x y=move || at() + R + 16>
                        {move || kept_text(m)}
                    </text>
                </g>
            }
        })
        .collect_view();
    let list = Model::ALL
        .map(|m| {
            let years = move || sim.with(|s| s.years());
            let text = move || match kept_text(m) {
                Some(kept) => format!(
                    "{}: {} control of the customer experience; you keep {kept} of list revenue over {} {}.",
                    m.name(),
                    level(m.placement().control),
                    years(),
                    if years() == 1 { "year" } else { "years" },
                ),
                None => format!(
                    "{}: {} control of the customer experience; no revenue in this scenario.",
                    m.name(),
                    level(m.placement().control),
                ),
            };
            view! { <li data-testid="quadrant-model" data-model=m.id()>{text}</li> }
        })
        .collect_view();

    view! {
        <section class="section wrap quad" id="quadrant" aria-labelledby="quadrant-title">
            <h2 id="quadrant-title">"Control versus margin"</h2>
            <p class="lede">
                "How much of the customer experience each model leaves you, and how much of list revenue you keep with the numbers of the margin simulator below."
            </p>
            <div class="quad__layout">
                <svg class="quad__svg" viewBox=format!("0 0 {W} {H}") aria-hidden="true" focusable="false">
                    <rect class="quad__plot" x=LEFT y=TOP width=RIGHT - LEFT height=BOTTOM - TOP />
                    {ticks}
                    <line class="quad__divider" x1=MID_X x2=MID_X y1=TOP y2=BOTTOM />
                    <line class="quad__divider" x1=LEFT x2=RIGHT y1=MID_Y y2=MID_Y />
                    {quadrants}
                    {models}
                    <text class="quad__tick quad__tick--x" x=(LEFT + MID_X) / 2 y=BOTTOM + 18>
                        "Low"
                    </text>
                    <text class="quad__tick quad__tick--x" x=(MID_X + RIGHT) / 2 y=BOTTOM + 18>
                        "High"
                    </text>
                    <text class="quad__title" x=MID_X y=H - 8>
                        "Control of the customer experience"
                    </text>
                    <text class="quad__title" transform=format!("translate(16 {MID_Y}) rotate(-90)")>
                        "Share of list revenue you keep"
                    </text>
                </svg>
                <ul class="quad__list">{list}</ul>
            </div>
        </section>
    }
}
