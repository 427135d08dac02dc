//! Sensitivity as a tornado chart: how far the focus model leads the best other model when
//! each input moves to either end of its typical range, largest swing first.
//!
//! Every input keeps one `<g>` in input order; its rank only moves it (a reactive
//! `transform`), so a slider move rewrites attributes and never rebuilds the bars.

use leptos::prelude::*;
use partner_fit_engine::economics::{Figure, Format, Param, Tornado};

use super::chart::{nice_ticks, span, Scale};
use super::flip_points::written_value;
use crate::ui::format::js_number;
use crate::ui::live_formats::{figure, LiveFormats};
use crate::ui::state::use_app_state;

/// Drawing width, side margins (room for the first and last tick label), the axis band at
/// the top, each input's row and the space below the last one, in SVG units.
const W: i32 = 440;
const SIDE: i32 = 34;
const TOP: i32 = 44;
const ROW: i32 = 42;
const BOTTOM: i32 = 8;
/// How many bars the text alternative names.
const IN_WORDS: usize = 5;

/// One input's bar on the current drawing.
#[derive(Clone, Copy, Default, PartialEq)]
struct Row {
    /// Position in the sorted bars: 0 swings the lead most.
    rank: i32,
    /// Whether moving the input changes the gap at all; flat ones are not drawn.
    swings: bool,
    /// Left edge and width from the base gap to the gap at the low and the high end.
    low: (i32, i32),
    high: (i32, i32),
}

/// The chart's layout for one tornado, in drawing units.
#[derive(Clone, PartialEq)]
struct Plot {
    ticks: Vec<(f64, i32)>,
    /// Where the current gap sits.
    base: i32,
    /// Where a gap of zero sits, when the gaps drawn cross it.
    zero: Option<i32>,
    /// Every input's row, in [`Param::ALL`] order.
    rows: [Row; Param::COUNT],
    /// The drawing's height, which grows with the number of inputs drawn.
    height: i32,
}

impl Plot {
    fn new(t: &Tornado) -> Plot {
        let drawn = t.bars().iter().filter(|b| b.swing() > 0.0);
        let (lo, hi) = drawn
            .flat_map(|b| [b.gap_low(), b.gap_high()])
            .fold((t.base_gap(), t.base_gap()), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        let ticks = nice_ticks(lo, hi, 4);
        let first = ticks.first().copied().unwrap_or(lo);
        let last = ticks.last().copied().unwrap_or(hi);
        let x = Scale::new((first, last), (SIDE, W - SIDE));
        let mut rows = [Row::default(); Param::COUNT];
        for (rank, b) in t.bars().iter().enumerate() {
            rows[b.param() as usize] = Row {
                rank: i32::try_from(rank).unwrap_or(0),
                swings: b.swing() > 0.0,
                low: span(&x, t.base_gap(), b.gap_low()),
                high: span(&x, t.base_gap(), b.gap_high()),
            };
        }
        let count = t.bars().iter().filter(|b| b.swing() > 0.0).count();
        Plot {
            ticks: ticks.into_iter().map(|v| (v, x.at(v))).collect(),
            base: x.at(t.base_gap()),
            zero: (lo < 0.0 && hi > 0.0).then(|| x.at(0.0)),
            rows,
            height: TOP + ROW * i32::try_from(count).unwrap_or(0) + BOTTOM,
        }
    }
}

/// The caption: whose lead is measured, and how large it is now.
fn caption(t: &Tornado, money: impl Fn(f64) -> String) -> String {
    let (verb, gap) = if t.base_gap() >= 0.0 {
        ("leads", t.base_gap())
    } else {
        ("trails", -t.base_gap())
    };
    format!(
        "{} {verb} the best other model by {} now. Each bar moves one input from the low to \
         the high end of its typical range with the others held; the inputs that move the \
         lead most come first.",
        t.focus().name(),
        money(gap)
    )
}

/// The text alternative: the bars that swing the lead most, in words.
fn in_words(t: &Tornado, fmt: Format) -> String {
    let bars: Vec<String> = t
        .bars()
        .iter()
        .filter(|b| b.swing() > 0.0)
        .take(IN_WORDS)
        .map(|b| {
            let p = b.param();
            let (low, high) = p.spec().typical;
            let scale = p.spec().unit.scale() as f64;
            format!(
                "{}: from {} to {} the lead moves from {} to {}",
                p.spec().label,
                written_value(fmt, p, low as f64 / scale),
                written_value(fmt, p, high as f64 / scale),
                fmt(Figure::Money(b.gap_low())),
                fmt(Figure::Money(b.gap_high())),
            )
        })
        .collect();
    if bars.is_empty() {
        "No input moves the lead within its typical range.".to_owned()
    } else {
        format!("The lead moves most with: {}.", bars.join("; "))
    }
}

/// One input's bar: its label, the low end (outlined, upper lane) and the high end (solid,
/// lower lane), both drawn from the current gap.
fn bar(p: Param, plot: Memo<Plot>, tornado: Memo<Tornado>) -> impl IntoView {
    let row = Memo::new(move |_| plot.with(|pl| pl.rows[p as usize]));
    let gaps = Memo::new(move |_| {
        tornado.with(|t| {
            t.bars()
                .iter()
                .find(|b| b.param() == p)
                .map(|b| (b.gap_low(), b.gap_high()))
                .unwrap_or_default()
        })
    });
    let rect = move |class: &'static str, end: fn(&Row) -> (i32, i32), y: i32| {
        view! {
            <rect
                class=class
                x=Signal::derive(move || end(&row.get()).0)
                y=y
                width=Signal::derive(move || end(&row.get()).1)
                height="10"
            />
        }
    };
    view! {
        <g
            class=Signal::derive(move || {
                if row.get().swings { "sim-tor__bar" } else { "sim-tor__bar sim-tor__bar--flat" }
                    .to_owned()
            })
            data-testid="tornado-bar"
            data-param=p.spec().key
            data-low=Signal::derive(move || js_number(gaps.get().0))
            data-high=Signal::derive(move || js_number(gaps.get().1))
            data-rank=Signal::derive(move || row.get().rank.to_string())
            transform=Signal::derive(move || format!("translate(0 {})", TOP + ROW * row.get().rank))
        >
            <text class="sim-tor__label" x=SIDE y="12">
                {p.spec().label}
            </text>
            {rect("sim-tor__low", |r| r.low, 17)}
            {rect("sim-tor__high", |r| r.high, 28)}
        </g>
    }
}

/// The caption, the legend, the chart and its text alternative.
#[component]
pub fn TornadoChart(fmt: LiveFormats) -> impl IntoView {
    let tornado = use_app_state().tornado;
    let plot = Memo::new(move |_| tornado.with(Plot::new));
    let height = Signal::derive(move || plot.with(|p| p.height));
    let caption =
        Signal::derive(move || fmt.with(|f| tornado.with(|t| caption(t, |v| f.money(v)))));
    let words =
        Signal::derive(move || fmt.with(|f| tornado.with(|t| in_words(t, &|fig| figure(f, fig)))));
    // The axis labels cannot be focused, so they are redrawn whenever the scale moves.
    let ticks = move || {
        let tick = |&(v, x): &(f64, i32)| {
            let label = fmt.with(|f| f.money_compact(v));
            view! {
                <line class="sim-chart__grid" x1=x x2=x y1=TOP - 6 y2=height />
                <text class="sim-chart__tick sim-tor__tick" x=x y=TOP - 12>
                    {label}
                </text>
            }
        };
        plot.with(|p| p.ticks.iter().map(tick).collect_view())
    };
    let zero = move || {
        plot.with(|p| p.zero).map(|x| {
            view! { <line class="sim-chart__zero" x1=x x2=x y1=TOP - 6 y2=height /> }
        })
    };
    let base = Signal::derive(move || plot.with(|p| p.base));
    view! {
        <figcaption class="sim-tornado__caption" id="sim-tornado-caption">
            {caption}
        </figcaption>
        <ul class="sim-legend" aria-hidden="true">
            <li>
                <svg class="sim-legend__swatch" viewBox="0 0 16 16" focusable="false">
                    <rect class="sim-tor__low" width="16" height="16" />
                </svg>
                "Input at the low end"
            </li>
            <li>
                <svg class="sim-legend__swatch" viewBox="0 0 16 16" focusable="false">
                    <rect class="sim-tor__high" width="16" height="16" />
                </svg>
                "Input at the high end"
            </li>
            <li>
                <svg class="sim-legend__swatch" viewBox="0 0 16 16" focusable="false">
                    <line class="sim-tor__base" x1="8" x2="8" y1="0" y2="16" />
                </svg>
                "The lead now"
            </li>
        </ul>
        <div class="sim-chart__plot">
            <svg
                class="sim-chart__svg"
                viewBox=Signal::derive(move || format!("0 0 {W} {}", height.get()))
                role="img"
                aria-labelledby="sim-tornado-caption sim-tornado-words"
            >
                <g aria-hidden="true">
                    {ticks}
                    {zero}
                    <text class="sim-chart__title" x="0" y="14">
                        "Lead over the best other model"
                    </text>
                </g>
                {Param::ALL.map(|p| bar(p, plot, tornado)).into_iter().collect_view()}
                <line class="sim-tor__base" x1=base x2=base y1=TOP - 6 y2=height />
            </svg>
        </div>
        <p class="sim-tornado__words" id="sim-tornado-words" data-testid="tornado-words">
            {words}
        </p>
    }
}
