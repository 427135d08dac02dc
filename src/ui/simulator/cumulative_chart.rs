//! Cumulative contribution by year for the three models, as an SVG chart.
//!
//! Each point is a focusable `<g>` whose text alternative is its value; the same text sits in
//! a tip beside it that the stylesheet shows on hover and focus, so no handler is needed. The
//! `<g>` holds a ring around the marker (the hover and focus indicator) rather than the marker.

use leptos::prelude::*;
use partner_fit_engine::economics::{Simulation, MAX_YEARS};
use partner_fit_engine::Model;

use super::chart::{
    em, marker, marker_path, nice_ticks, polyline_points, tip_anchor, tip_width, Scale,
};
use super::status::StatusTag;
use crate::ui::live_formats::LiveFormats;
use crate::ui::state::use_app_state;

/// Drawing size and plot margins, in SVG units.
const W: i32 = 440;
const H: i32 = 280;
const LEFT: i32 = 64;
const RIGHT: i32 = 20;
const TOP: i32 = 28;
const BOTTOM: i32 = 44;
/// Radius of a point marker.
const R: i32 = 5;
/// Radius of the ring around a hovered or focused point, clear of the marker so it shows in
/// any colour, and of the area that reacts to the pointer.
const RING: i32 = 11;
/// Radius of a point marker of scenario A's lines, smaller than the current scenario's.
const R_PINNED: i32 = 3;

/// The chart's layout for the current simulation and, when one is kept, scenario A's, in
/// drawing units; both share the axes.
#[derive(Clone, PartialEq)]
struct Plot {
    /// Each value tick and its height.
    ticks: Vec<(f64, i32)>,
    /// The height of zero.
    zero: i32,
    /// Each year of the longer horizon and its position along the axis.
    years: Vec<(usize, i32)>,
    /// Each model's points, year by year: position and value.
    points: [Vec<(i32, i32, f64)>; 3],
    /// Each model's points in scenario A (empty without A).
    pinned: [Vec<(i32, i32)>; 3],
}

impl Plot {
    fn new(s: &Simulation, a: Option<&Simulation>) -> Plot {
        let values = s
            .models()
            .iter()
            .chain(a.iter().flat_map(|a| a.models()))
            .flat_map(|r| r.cumulative().iter().copied());
        let (lo, hi) = values.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let ticks = nice_ticks(lo, hi, 5);
        let first = ticks.first().copied().unwrap_or(lo);
        let last = ticks.last().copied().unwrap_or(hi);
        let y = Scale::new((first, last), (H - BOTTOM, TOP));
        let years = s.years().max(a.map_or(0, Simulation::years));
        let x = Scale::new((1.0, years as f64), (LEFT + 14, W - RIGHT - 14));
        let at = |(i, v): (usize, &f64)| (x.at((i + 1) as f64), y.at(*v), *v);
        Plot {
            ticks: ticks.into_iter().map(|v| (v, y.at(v))).collect(),
            zero: y.at(0.0),
            years: (1..=years).map(|n| (n, x.at(n as f64))).collect(),
            points: s
                .models()
                .map(|r| r.cumulative().iter().enumerate().map(at).collect()),
            pinned: match a {
                Some(a) => a.models().map(|r| {
                    let xy = r.cumulative().iter().enumerate().map(at);
                    xy.map(|(x, y, _)| (x, y)).collect()
                }),
                None => Default::default(),
            },
        }
    }
}

/// The classes of a model's series, which set its colour and line style.
fn line_class(m: Model) -> String {
    format!("sim-line sim-line--{}", m.id())
}

/// The legend and the plot, for a `<figure>` described by the simulator's story sentence.
#[component]
pub fn CumulativeChart(fmt: LiveFormats) -> impl IntoView {
    let state = use_app_state();
    let (sim, pinned) = (state.simulation, state.pinned_simulation);
    let plot = Memo::new(move |_| sim.with(|s| pinned.with(|a| Plot::new(s, a.as_ref()))));
    let comparing = Memo::new(move |_| pinned.with(Option::is_some));
    let legend = Model::ALL.map(|m| {
        view! {
            <li class=line_class(m)>
                {legend_line(m, R)}
                {m.name()}
                {move || comparing.get().then_some(", B")}
                " "
                <StatusTag m />
            </li>
        }
    });
    // Scenario A's lines: thin, paler and labelled "A" at their end, so they read apart from
    // B's without colour; named in the legend only while A is kept.
    let pinned_legend = Model::ALL.map(|m| {
        view! {
            <li class=format!("{} sim-line--pinned", line_class(m)) hidden=move || !comparing.get()>
                {legend_line(m, R_PINNED)}
                {m.name()}
                ", A (thin)"
            </li>
        }
    });
    // The current scenario's horizon.
    let years = Memo::new(move |_| plot.with(|p| p.points[0].len()));
    // A model's point of `year`, at its place on the current plot.
    let point = move |i: usize, year: usize| {
        move || {
            plot.with(|p| p.points[i].get(year - 1).copied())
                .unwrap_or_default()
        }
    };
    let zero = Signal::derive(move || plot.with(|p| p.zero));
    // The axis labels cannot be focused, so they are redrawn whenever the scale moves.
    let ticks = move || {
        let tick = |&(v, y): &(f64, i32)| {
            let label = fmt.with(|f| f.money_compact(v));
            view! {
                <line class="sim-chart__grid" x1=LEFT x2=W - RIGHT y1=y y2=y />
                <text class="sim-chart__tick sim-chart__tick--y" x=LEFT - 6 y=y + 4>
                    {label}
                </text>
            }
        };
        plot.with(|p| p.ticks.iter().map(tick).collect_view())
    };
    let year_ticks = move || {
        let tick = |&(year, x): &(usize, i32)| {
            view! {
                <text class="sim-chart__tick sim-chart__tick--x" x=x y=H - BOTTOM + 18>
                    {year}
                </text>
            }
        };
        plot.with(|p| p.years.iter().map(tick).collect_view())
    };
    let axes = view! {
        <g aria-hidden="true">
            {ticks}
            <line
                class="sim-chart__zero"
                x1=LEFT
                x2=W - RIGHT
                y1=zero
                y2=zero
            />
            {year_ticks}
            <text class="sim-chart__title" x="0" y="14">
                "Contribution to date"
            </text>
            <text class="sim-chart__title sim-chart__title--x" x=(LEFT + W - RIGHT) / 2 y=H - 6>
                "Year"
            </text>
        </g>
    };
    let lines = Model::ALL.into_iter().enumerate().map(|(i, m)| {
        let points = Signal::derive(move || {
            plot.with(|p| {
                let xy: Vec<(i32, i32)> = p.points[i].iter().map(|&(x, y, _)| (x, y)).collect();
                polyline_points(&xy)
            })
        });
        view! {
            <g class=line_class(m)>
                <polyline class="sim-line__path" data-model=m.id() points=points />
            </g>
        }
    });
    // A model's markers as one path of a subpath each: one node however many years.
    let markers = Model::ALL.into_iter().enumerate().map(|(i, m)| {
        let d = Signal::derive(move || {
            plot.with(|p| {
                let shape = |&(x, y, _): &(i32, i32, f64)| marker_path(marker(m), x, y, R);
                p.points[i].iter().map(shape).collect::<String>()
            })
        });
        view! {
            <g class=format!("sim-line--{}", m.id())>
                <path class="sim-line__point" d=d />
            </g>
        }
    });
    let pinned_lines = Model::ALL.into_iter().enumerate().map(|(i, m)| {
        let points = Signal::derive(move || plot.with(|p| polyline_points(&p.pinned[i])));
        let d = Signal::derive(move || {
            plot.with(|p| {
                let shape = |&(x, y): &(i32, i32)| marker_path(marker(m), x, y, R_PINNED);
                p.pinned[i].iter().map(shape).collect::<String>()
            })
        });
        let end = move || plot.with(|p| p.pinned[i].last().copied()).unwrap_or_default();
        view! {
            <g class=format!("{} sim-line--pinned", line_class(m)) data-model=m.id() data-scenario="a">
                <polyline class="sim-line__path" points=points />
                <path class="sim-line__point" d=d />
                <text
                    class="sim-line__end"
                    x=Signal::derive(move || end().0 + 8)
                    y=Signal::derive(move || end().1 + 4)
                    hidden=move || !comparing.get()
                >
                    "A"
                </text>
            </g>
        }
    });
    // A point for every year a horizon can have, those beyond the current one hidden: a fixed
    // list keeps each point's node (and focus) as values move, without a keyed <For>.
    let points = Model::ALL.into_iter().enumerate().flat_map(|(i, m)| {
        (1..=MAX_YEARS).map(move |year| chart_point(m, year, point(i, year), years, fmt))
    });
    view! {
        <ul class="sim-legend">
            {legend.into_iter().collect_view()}
            {pinned_legend.into_iter().collect_view()}
        </ul>
        <div class="sim-chart__plot">
            <svg
                class="sim-chart__svg"
                viewBox=format!("0 0 {W} {H}")
                role="group"
                aria-label="Cumulative contribution by year; each point gives its value"
            >
                {axes}
                // Lines, then the markers, then the focusable points with their tips: drawn
                // last, a tip is never covered by a line or a marker (SVG has no z-index).
                <g aria-hidden="true">{pinned_lines.collect_view()}</g>
                {lines.collect_view()}
                <g aria-hidden="true">{markers.collect_view()}</g>
                {points.collect_view()}
            </svg>
        </div>
    }
}

/// A legend's sample of model `m`'s line, with its marker at radius `r`.
fn legend_line(m: Model, r: i32) -> impl IntoView {
    view! {
        <svg class="sim-legend__line" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
            <polyline class="sim-line__path" points="2,8 38,8" />
            <path class="sim-line__point" d=marker_path(marker(m), 20, 8, r) />
        </svg>
    }
}

/// The focusable point of model `m` in `year`, at `at`, with its value tip; hidden while
/// `year` is beyond the horizon.
fn chart_point(
    m: Model,
    year: usize,
    at: impl Fn() -> (i32, i32, f64) + Copy + Send + Sync + 'static,
    years: Memo<usize>,
    fmt: LiveFormats,
) -> impl IntoView {
    let label = Memo::new(move |_| {
        let money = fmt.with(|f| f.money(at().2));
        format!("{}, year {year}: {money}", m.name())
    });
    let chars = move || label.with(|l| l.chars().count());
    let tip = move || {
        let (x, y, _) = at();
        tip_anchor(x, y, chars(), W, RING + 4)
    };
    let width = move || tip_width(chars());
    // The box is 1.8 em high; the baseline sits 1.25 em below its top.
    let below = move || tip().2;
    view! {
        <g
            class="sim-point"
            data-testid="chart-point"
            data-model=m.id()
            display=move || (year > years.get()).then_some("none")
            tabindex="0"
            role="img"
            aria-label=label
        >
            <circle
                class="sim-point__ring"
                cx=Signal::derive(move || at().0)
                cy=Signal::derive(move || at().1)
                r=RING
            />
            <g
                class="sim-chart__tip"
                aria-hidden="true"
                transform=Signal::derive(move || {
                    let (x, y, _) = tip();
                    format!("translate({x} {y})")
                })
            >
                <rect
                    x=Signal::derive(move || em(-width() / 2))
                    y=Signal::derive(move || if below() { "0" } else { "-1.8em" }.to_owned())
                    width=Signal::derive(move || em(width()))
                    height="1.8em"
                    rx="0.4em"
                />
                <text y=Signal::derive(move || {
                    if below() { "1.25em" } else { "-0.55em" }.to_owned()
                })>{label}</text>
            </g>
        </g>
    }
}
