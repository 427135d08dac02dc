//! The first year of one deal per model as a stacked bar: partner, marketplace, you.

use leptos::prelude::*;
use partner_fit_engine::economics::{Deal, Simulation};
use partner_fit_engine::Model;

use super::chart::{span, stack, Scale};
use super::status::StatusTag;
use crate::ui::live_formats::{figure, LiveFormats};
use crate::ui::state::use_app_state;

/// The bars' drawing width and height in SVG units.
const W: i32 = 400;
const H: i32 = 28;
/// The narrowest segment that still holds its percentage label.
const MIN_LABEL_WIDTH: i32 = 44;

/// A part of a deal's first-year value: who receives it.
#[derive(Clone, Copy)]
enum Part {
    Partner,
    Marketplace,
    Kept,
}

impl Part {
    const ALL: [Part; 3] = [Part::Partner, Part::Marketplace, Part::Kept];

    /// The id of its fill pattern, which draws the part with its colour and texture.
    fn pattern(self) -> &'static str {
        match self {
            Part::Partner => "sim-pat-partner",
            Part::Marketplace => "sim-pat-market",
            Part::Kept => "sim-pat-kept",
        }
    }

    fn class(self) -> &'static str {
        match self {
            Part::Partner => "sim-deal__seg sim-deal__seg--partner",
            Part::Marketplace => "sim-deal__seg sim-deal__seg--market",
            Part::Kept => "sim-deal__seg sim-deal__seg--kept",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Part::Partner => "Partner takes",
            Part::Marketplace => "Marketplace takes",
            Part::Kept => "You keep",
        }
    }

    fn amount(self, d: &Deal) -> f64 {
        match self {
            Part::Partner => d.partner,
            Part::Marketplace => d.marketplace,
            Part::Kept => d.kept,
        }
    }

    fn share(self, d: &Deal) -> Option<f64> {
        match self {
            Part::Partner => d.partner_share(),
            Part::Marketplace => d.marketplace_share(),
            Part::Kept => d.kept_share(),
        }
    }
}

/// Left edge and width of every part of every model's bar, on one scale so the bars compare.
fn bar_geometry(s: &Simulation) -> [[(i32, i32); 3]; 3] {
    let stacks = s
        .models()
        .map(|run| stack(&Part::ALL.map(|p| p.amount(run.deal()))));
    let edges = stacks.iter().flatten().flat_map(|&(a, b)| [a, b]);
    let (lo, hi) = edges.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let scale = Scale::new((lo, hi), (0, W));
    stacks.map(|st| [0, 1, 2].map(|i| span(&scale, st[i].0, st[i].1)))
}

/// The fill patterns (a pattern per part, so the parts differ by more than colour).
fn patterns() -> impl IntoView {
    view! {
        <svg class="sim-defs" aria-hidden="true" focusable="false" width="0" height="0">
            <defs>
                <pattern
                    id="sim-pat-partner"
                    width="8"
                    height="8"
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                >
                    <rect class="sim-pat--partner" width="8" height="8" />
                    <rect class="sim-pat__mark" width="3" height="8" />
                </pattern>
                <pattern id="sim-pat-market" width="8" height="8" patternUnits="userSpaceOnUse">
                    <rect class="sim-pat--market" width="8" height="8" />
                    <circle class="sim-pat__mark" cx="4" cy="4" r="2" />
                </pattern>
                <pattern id="sim-pat-kept" width="8" height="8" patternUnits="userSpaceOnUse">
                    <rect class="sim-pat--kept" width="8" height="8" />
                </pattern>
            </defs>
        </svg>
    }
}

/// The patterns, the legend, and one stacked bar per model with its sentence as the text
/// alternative.
#[component]
pub fn DealBars(fmt: LiveFormats) -> impl IntoView {
    let sim = use_app_state().simulation;
    let geometry = Memo::new(move |_| sim.with(bar_geometry));
    let legend = Part::ALL.map(|p| {
        view! {
            <li>
                <svg
                    class="sim-legend__swatch"
                    viewBox="0 0 16 16"
                    aria-hidden="true"
                    focusable="false"
                >
                    <rect width="16" height="16" fill=format!("url(#{})", p.pattern()) />
                </svg>
                {p.label()}
            </li>
        }
    });
    let segment = move |bar: usize, m: Model, (i, p): (usize, Part)| {
        let at = move || geometry.with(|g| g[bar][i]);
        // The part's share, empty when its segment is too narrow to hold it.
        let share = Signal::derive(move || {
            let wide = at().1 >= MIN_LABEL_WIDTH;
            sim.with(|s| p.share(s.model(m).deal()).filter(|_| wide))
                .map(|v| fmt.with(|f| f.percent(v)))
                .unwrap_or_default()
        });
        view! {
            <rect
                class=p.class()
                x=Signal::derive(move || at().0)
                y="0"
                width=Signal::derive(move || at().1)
                height=H
                fill=format!("url(#{})", p.pattern())
            />
            <text
                class="sim-deal__value"
                x=Signal::derive(move || at().0 + at().1 / 2)
                y=H / 2 + 5
            >
                {share}
            </text>
        }
    };
    let deal = move |(bar, m): (usize, Model)| {
        let sentence = Signal::derive(move || {
            fmt.with(|f| sim.with(|s| s.model(m).deal_sentence(&|fig| figure(f, fig))))
        });
        view! {
            <li class=format!("sim-deal sim-deal--{}", m.id())>
                <p class="sim-deal__name">{m.name()} " " <StatusTag m /></p>
                <svg
                    class="sim-deal__bar"
                    viewBox=format!("0 0 {W} {H}")
                    aria-hidden="true"
                    focusable="false"
                >
                    {Part::ALL.into_iter().enumerate().map(|part| segment(bar, m, part)).collect_view()}
                </svg>
                <p class="sim-deal__text" data-testid="deal-sentence" data-model=m.id()>
                    {sentence}
                </p>
            </li>
        }
    };
    view! {
        {patterns()}
        <ul class="sim-legend" aria-hidden="true">
            {legend.into_iter().collect_view()}
        </ul>
        <ul class="sim-deals__list">
            {Model::ALL.into_iter().enumerate().map(deal).collect_view()}
        </ul>
    }
}
