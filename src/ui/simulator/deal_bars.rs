//! The first year of one deal per model as a stacked bar: partner, marketplace, you.

use leptos::prelude::*;
use partner_fit_engine::economics::{Deal, Simulation};
use partner_fit_engine::Model;

use super::chart::{span, stack, Scale};
use super::live_formats::{figure, LiveFormats};
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

    fn id(self) -> &'static str {
        match self {
            Part::Partner => "partner",
            Part::Marketplace => "market",
            Part::Kept => "kept",
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

    /// The SVG fill: a pattern per part, so the parts differ by more than colour.
    fn fill(self) -> &'static str {
        match self {
            Part::Partner => "url(#sim-pat-partner)",
            Part::Marketplace => "url(#sim-pat-market)",
            Part::Kept => "url(#sim-pat-kept)",
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

/// The patterns the bars and their legend fill with (one definition per page).
#[component]
fn Patterns() -> impl IntoView {
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

/// One stacked bar per model with its sentence as the text alternative, and a legend.
#[component]
pub fn DealBars(fmt: LiveFormats) -> impl IntoView {
    let sim = use_app_state().simulation;
    let geometry = Memo::new(move |_| sim.with(bar_geometry));
    let legend = Part::ALL
        .map(|p| {
            view! {
                <li>
                    <svg class="sim-legend__swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                        <rect width="16" height="16" fill=p.fill() />
                    </svg>
                    {p.label()}
                </li>
            }
        })
        .collect_view();
    let bars = Model::ALL
        .map(|m| {
            let mi = m.index();
            let segments = Part::ALL
                .into_iter()
                .enumerate()
                .map(|(pi, p)| {
                    let x = move || geometry.with(|g| g[mi][pi].0);
                    let w = move || geometry.with(|g| g[mi][pi].1);
                    let label = move || {
                        let (x, w) = geometry.with(|g| g[mi][pi]);
                        let share = sim.with(|s| p.share(s.model(m).deal()));
                        let text = share.map(|v| fmt.with(|f| f.percent(v)));
                        (w >= MIN_LABEL_WIDTH).then_some(()).and(text).map(|t| {
                            view! {
                                <text class="sim-deal__value" x=x + w / 2 y=H / 2 + 5>
                                    {t}
                                </text>
                            }
                        })
                    };
                    view! {
                        <rect class=format!("sim-deal__seg sim-deal__seg--{}", p.id()) x=x y="0" width=w height=H fill=p.fill() />
                        {label}
                    }
                })
                .collect_view();
            let sentence = move || {
                sim.with(|s| fmt.with(|f| s.model(m).deal_sentence(&|x| figure(f, x))))
            };
            view! {
                <li class=format!("sim-deal sim-deal--{}", m.id())>
                    <p class="sim-deal__name">{m.name()}</p>
                    <svg class="sim-deal__bar" viewBox=format!("0 0 {W} {H}") aria-hidden="true" focusable="false">
                        {segments}
                    </svg>
                    <p class="sim-deal__text" data-testid="deal-sentence" data-model=m.id()>
                        {sentence}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="sim-deals">
            <Patterns />
            <ul class="sim-legend" aria-hidden="true">{legend}</ul>
            <ul class="sim-deals__list">{bars}</ul>
        </div>
    }
}
