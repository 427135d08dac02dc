//! The control-versus-margin 2x2 with the visitor's margin: control is the guide's level per
//! model ([`Model::placement`]), margin is the share of list revenue each model keeps over the
//! horizon in the simulator ([`ModelRun::kept_share`]), so the chart moves with the sliders.
//! The guide's placements are written in the static page beside it.
//!
//! [`ModelRun::kept_share`]: partner_fit_engine::economics::ModelRun::kept_share

use leptos::prelude::*;
use partner_fit_engine::guide::Level;
use partner_fit_engine::Model;

use crate::ui::simulator::chart::{marker, marker_path, nice_ticks, Scale};
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

/// A model's point: where it sits and its margin in words; `None` when it sold nothing.
#[derive(Clone, PartialEq)]
struct Point {
    model: Model,
    y: i32,
    kept: String,
}

/// The chart and, as its text alternative, one line per model. A model that sold nothing has
/// no margin to place: it is left off the chart.
#[component]
pub fn QuadrantChart() -> impl IntoView {
    let state = use_app_state();
    let formats = state.formats;
    let layout = Memo::new(move |_| {
        formats.with(|f| {
            state.simulation.with(|s| {
                let kept = s.models().map(|r| r.kept_share());
                let lo = kept.iter().flatten().fold(100.0_f64, |lo, v| lo.min(*v));
                let ticks = nice_ticks(lo, 100.0, 4);
                let first = ticks.first().copied().unwrap_or(lo);
                let last = ticks.last().copied().unwrap_or(100.0);
                let y = Scale::new((first, last), (BOTTOM - BAND, TOP + BAND));
                let ticks: Vec<(i32, String)> =
                    ticks.iter().map(|&v| (y.at(v), f.percent(v))).collect();
                let points: Vec<Option<Point>> = Model::ALL
                    .iter()
                    .zip(kept)
                    .map(|(&model, k)| {
                        k.map(|v| Point {
                            model,
                            y: y.at(v),
                            kept: f.percent(v),
                        })
                    })
                    .collect();
                (ticks, points, s.years())
            })
        })
    });
    let ticks = move || {
        layout.with(|(ticks, _, _)| {
            ticks
                .iter()
                .map(|(ty, text)| {
                    view! {
                        <line class="quad__grid" x1=LEFT x2=RIGHT y1=*ty y2=*ty />
                        <text class="quad__tick" x=LEFT - 6 y=ty + 4>{text.clone()}</text>
                    }
                })
                .collect_view()
        })
    };
    let points = move || {
        layout.with(|(_, points, _)| {
            points
                .iter()
                .flatten()
                .map(|p| {
                    let (x, at, id) = (x_of(p.model), p.y, p.model.id());
                    view! {
                        <g class=format!("quad__model sim-line--{id}") data-model=id>
                            <path class="sim-line__point" d=marker_path(marker(p.model), x, at, R) />
                            <text class="quad__label" x=x y=at - R - 6>{p.model.name()}</text>
                            <text class="quad__label" x=x y=at + R + 16>{p.kept.clone()}</text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    let list = move || {
        layout.with(|(_, points, years)| {
            let unit = if *years == 1 { "year" } else { "years" };
            Model::ALL
                .iter()
                .zip(points)
                .map(|(m, p)| {
                    let control = level(m.placement().control);
                    let margin = match p {
                        Some(p) => format!("you keep {} of list revenue over {years} {unit}.", p.kept),
                        None => "no revenue in this scenario.".to_owned(),
                    };
                    view! {
                        <li data-testid="quadrant-model" data-model=m.id()>
                            {format!("{}: {control} control of the customer experience; {margin}", m.name())}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="quad__layout">
            <svg class="quad__svg" viewBox=format!("0 0 {W} {H}") aria-hidden="true" focusable="false">
                <rect class="quad__plot" x=LEFT y=TOP width=RIGHT - LEFT height=BOTTOM - TOP />
                {ticks}
                <line class="quad__divider" x1=MID_X x2=MID_X y1=TOP y2=BOTTOM />
                <line class="quad__divider" x1=LEFT x2=RIGHT y1=MID_Y y2=MID_Y />
                {QUADRANTS.map(|(name, x, y, anchor)| view! {
                    <text class="quad__name" x=x y=y text-anchor=anchor>{name}</text>
                })}
                {points}
                <text class="quad__tick quad__tick--x" x=(LEFT + MID_X) / 2 y=BOTTOM + 18>"Low"</text>
                <text class="quad__tick quad__tick--x" x=(MID_X + RIGHT) / 2 y=BOTTOM + 18>"High"</text>
                <text class="quad__title" x=MID_X y=H - 8>"Control of the customer experience"</text>
                <text class="quad__title" transform=format!("translate(16 {MID_Y}) rotate(-90)")>
                    "Share of list revenue you keep"
                </text>
            </svg>
            <ul class="quad__list">{list}</ul>
        </div>
    }
}
