//! Cumulative contribution by year for the three models, as an SVG line chart.

use leptos::prelude::*;
use partner_fit_engine::economics::Simulation;
use partner_fit_engine::Model;

use super::chart::{marker_path, nice_ticks, polyline_points, Marker, Scale};
use super::live_formats::{figure, LiveFormats};
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

/// Each model's marker shape (shared by the control-vs-margin chart); the line style is set
/// per model in the stylesheet.
pub fn marker(m: Model) -> Marker {
    match m {
        Model::Referral => Marker::Circle,
        Model::CoSell => Marker::Square,
        Model::Reseller => Marker::Triangle,
    }
}

/// Where everything of the chart is drawn, recomputed once per simulation.
#[derive(Clone, PartialEq)]
struct Geometry {
    /// Each y-axis tick: its height and its value.
    ticks: Vec<(i32, f64)>,
    /// The height of the zero line.
    zero: i32,
    /// Each year's horizontal position, year 1 first.
    xs: Vec<i32>,
    /// Each model's points, in [`Model::ALL`] order.
    points: [Vec<(i32, i32)>; 3],
}

fn geometry(s: &Simulation) -> Geometry {
    let years = s.years();
    let values = s
        .models()
        .iter()
        .flat_map(|r| r.cumulative().iter().copied());
    let (lo, hi) = values.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let ticks = nice_ticks(lo, hi, 5);
    let first = ticks.first().copied().unwrap_or(lo);
    let last = ticks.last().copied().unwrap_or(hi);
    let y = Scale::new((first, last), (H - BOTTOM, TOP));
    let x = Scale::new((1.0, years as f64), (LEFT + 14, W - RIGHT - 14));
    let xs: Vec<i32> = (1..=years).map(|t| x.at(t as f64)).collect();
    let points = s.models().map(|r| {
        r.cumulative()
            .iter()
            .zip(&xs)
            .map(|(v, px)| (*px, y.at(*v)))
            .collect()
    });
    Geometry {
        ticks: ticks.into_iter().map(|v| (y.at(v), v)).collect(),
        zero: y.at(0.0),
        xs,
        points,
    }
}

/// The line chart with a legend, axes through zero, and focusable points that show their
/// value; the engine's summary sentence is its caption and text alternative.
#[component]
pub fn CumulativeChart(fmt: LiveFormats) -> impl IntoView {
    let sim = use_app_state().simulation;
    let geo = Memo::new(move |_| sim.with(geometry));
    // The axes change far less often than the lines: they re-render only when they change.
    let ticks = Memo::new(move |_| geo.with(|g| g.ticks.clone()));
    let xs = Memo::new(move |_| geo.with(|g| g.xs.clone()));
    // The point under the pointer or focus: (model index, year index).
    let active = RwSignal::new(None::<(usize, usize)>);

    let point_label = move |mi: usize, yi: usize| {
        let m = Model::ALL[mi];
        let value = sim.with(|s| s.models()[mi].cumulative().get(yi).copied());
        value.map(|v| {
            format!(
                "{}, year {}: {}",
                m.name(),
                yi + 1,
                fmt.with(|f| f.money(v))
            )
        })
    };

    let grid = move || {
        ticks.with(|ticks| {
            ticks
                .iter()
                .map(|&(y, v)| {
                    view! {
                        <line class="sim-chart__grid" x1=LEFT x2=W - RIGHT y1=y y2=y />
                        <text class="sim-chart__tick sim-chart__tick--y" x=LEFT - 6 y=y + 4>
                            {fmt.with(|f| f.money_compact(v))}
                        </text>
                    }
                })
                .collect_view()
        })
    };
    let x_labels = move || {
        xs.with(|xs| {
            xs.iter()
                .enumerate()
                .map(|(i, &x)| {
                    view! {
                        <text class="sim-chart__tick sim-chart__tick--x" x=x y=H - BOTTOM + 18>
                            {(i + 1).to_string()}
                        </text>
                    }
                })
                .collect_view()
        })
    };
    let series = Model::ALL
        .map(|m| {
            let mi = m.index();
            let years = move || geo.with(|g| g.points[mi].len());
            view! {
                <g class=format!("sim-line sim-line--{}", m.id())>
                    <polyline
                        class="sim-line__path"
                        data-model=m.id()
                        points=move || geo.with(|g| polyline_points(&g.points[mi]))
                    />
                    <For each=move || 0..years() key=|yi| *yi let:yi>
                        <path
                            class="sim-line__point"
                            data-testid="chart-point"
                            data-model=m.id()
                            tabindex="0"
                            role="img"
                            aria-label=move || point_label(mi, yi)
                            d=move || {
                                geo.with(|g| {
                                    g.points[mi]
                                        .get(yi)
                                        .map(|&(x, y)| marker_path(marker(m), x, y, R))
                                })
                            }
                            on:focus=move |_| {
                                active.try_set(Some((mi, yi)));
                            }
                            on:mouseenter=move |_| {
                                active.try_set(Some((mi, yi)));
                            }
                            on:blur=move |_| {
                                active.try_set(None);
                            }
                            on:mouseleave=move |_| {
                                active.try_set(None);
                            }
                        />
                    </For>
                </g>
            }
        })
        .collect_view();
    let legend = Model::ALL
        .map(|m| {
            view! {
                <li class=format!("sim-line sim-line--{}", m.id())>
                    <svg class="sim-legend__line" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
                        <polyline class="sim-line__path" points="2,8 38,8" />
                        <path class="sim-line__point" d=marker_path(marker(m), 20, 8, R) />
                    </svg>
                    {m.name()}
                </li>
            }
        })
        .collect_view();
    let tip = move || {
        let (mi, yi) = active.get()?;
        let (x, y) = geo.with(|g| g.points[mi].get(yi).copied())?;
        let text = point_label(mi, yi)?;
        let side = if x < W / 3 {
            "start"
        } else if x > 2 * W / 3 {
            "end"
        } else {
            "mid"
        };
        Some(view! {
            <div
                class=format!("sim-chart__tip sim-chart__tip--{side}")
                style:--tip-x=x.to_string()
                style:--tip-y=y.to_string()
                aria-hidden="true"
            >
                {text}
            </div>
        })
    };
    let summary = move || sim.with(|s| fmt.with(|f| s.summary(&|x| figure(f, x))));

    view! {
        <figure class="sim-chart">
            <ul class="sim-legend">{legend}</ul>
            <div class="sim-chart__plot">
                <svg
                    class="sim-chart__svg"
                    viewBox=format!("0 0 {W} {H}")
                    role="group"
                    aria-label="Cumulative contribution by year; each point gives its value"
                >
                    <g aria-hidden="true">
                        {grid}
                        <line
                            class="sim-chart__zero"
                            x1=LEFT
                            x2=W - RIGHT
                            y1=move || geo.with(|g| g.zero)
                            y2=move || geo.with(|g| g.zero)
                        />
                        {x_labels}
                        <text class="sim-chart__title" x="0" y="14">
                            "Contribution to date"
                        </text>
                        <text class="sim-chart__title sim-chart__title--x" x=(LEFT + W - RIGHT) / 2 y=H - 6>
                            "Year"
                        </text>
                    </g>
                    {series}
                </svg>
                {tip}
            </div>
            <figcaption class="sim-chart__summary" data-testid="chart-summary">
                {summary}
            </figcaption>
        </figure>
    }
}
