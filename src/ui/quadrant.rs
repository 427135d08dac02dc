//! The guide's control-versus-margin 2x2, with the margin axis from the visitor's scenario.
//!
//! Control is the guide's level per model ([`Model::placement`]); margin is the share of list
//! revenue each model keeps over the horizon in the simulator ([`ModelRun::kept_share`]), so
//! the chart moves with the simulator's sliders.

use std::fmt::Write;

use leptos::prelude::*;
use partner_fit_engine::economics::Simulation;
use partner_fit_engine::guide::Level;
use partner_fit_engine::Model;

use crate::ui::erased::effect;
use crate::ui::format::Formats;
use crate::ui::simulator::chart::{marker, marker_path, nice_ticks, Scale};
use crate::ui::simulator::live_formats::LiveFormats;
use crate::ui::simulator::markup::escape;
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

/// The chart and, as its text alternative, one line per model. A model that sold nothing
/// has no margin to place: it is left off the chart.
pub fn markup(s: &Simulation, f: &Formats) -> String {
    let kept = s.models().map(|r| r.kept_share());
    let lo = kept.iter().flatten().fold(100.0_f64, |lo, v| lo.min(*v));
    let ticks = nice_ticks(lo, 100.0, 4);
    let first = ticks.first().copied().unwrap_or(lo);
    let last = ticks.last().copied().unwrap_or(100.0);
    let y = Scale::new((first, last), (BOTTOM - BAND, TOP + BAND));
    let mut out = format!(
        r#"<svg class="quad__svg" viewBox="0 0 {W} {H}" aria-hidden="true" focusable="false"><rect class="quad__plot" x="{LEFT}" y="{TOP}" width="{}" height="{}"/>"#,
        RIGHT - LEFT,
        BOTTOM - TOP
    );
    for v in ticks {
        let ty = y.at(v);
        let _ = write!(
            out,
            r#"<line class="quad__grid" x1="{LEFT}" x2="{RIGHT}" y1="{ty}" y2="{ty}"/><text class="quad__tick" x="{}" y="{}">{}</text>"#,
            LEFT - 6,
            ty + 4,
            escape(&f.percent(v))
        );
    }
    let _ = write!(
        out,
        r#"<line class="quad__divider" x1="{MID_X}" x2="{MID_X}" y1="{TOP}" y2="{BOTTOM}"/><line class="quad__divider" x1="{LEFT}" x2="{RIGHT}" y1="{MID_Y}" y2="{MID_Y}"/>"#
    );
    for (name, x, ty, anchor) in QUADRANTS {
        let _ = write!(
            out,
            r#"<text class="quad__name" x="{x}" y="{ty}" text-anchor="{anchor}">{name}</text>"#
        );
    }
    let texts = kept.map(|k| k.map(|v| escape(&f.percent(v))));
    for (m, (share, text)) in Model::ALL.iter().zip(kept.iter().zip(&texts)) {
        let (Some(v), Some(text)) = (share, text) else {
            continue;
        };
        let (x, at) = (x_of(*m), y.at(*v));
        let _ = write!(
            out,
            r#"<g class="quad__model sim-line--{id}" data-model="{id}"><path class="sim-line__point" d="{d}"/><text class="quad__label" x="{x}" y="{}">{name}</text><text class="quad__label" x="{x}" y="{}">{text}</text></g>"#,
            at - R - 6,
            at + R + 16,
            id = m.id(),
            d = marker_path(marker(*m), x, at, R),
            name = m.name(),
        );
    }
    let _ = write!(
        out,
        r#"<text class="quad__tick quad__tick--x" x="{}" y="{}">Low</text><text class="quad__tick quad__tick--x" x="{}" y="{}">High</text><text class="quad__title" x="{MID_X}" y="{}">Control of the customer experience</text><text class="quad__title" transform="translate(16 {MID_Y}) rotate(-90)">Share of list revenue you keep</text></svg><ul class="quad__list">"#,
        (LEFT + MID_X) / 2,
        BOTTOM + 18,
        (MID_X + RIGHT) / 2,
        BOTTOM + 18,
        H - 8
    );
    let years = s.years();
    for (m, text) in Model::ALL.iter().zip(&texts) {
        let control = level(m.placement().control);
        let _ = write!(
            out,
            r#"<li data-testid="quadrant-model" data-model="{}">{}: {control} control of the customer experience; "#,
            m.id(),
            m.name()
        );
        let _ = match text {
            Some(kept) => write!(
                out,
                "you keep {kept} of list revenue over {years} {}.</li>",
                if years == 1 { "year" } else { "years" }
            ),
            None => write!(out, "no revenue in this scenario.</li>"),
        };
    }
    out.push_str("</ul>");
    out
}

/// The control-versus-margin section; the chart and its list follow the simulator.
#[component]
pub fn QuadrantSection() -> impl IntoView {
    let sim = use_app_state().simulation;
    let fmt = LiveFormats::new(use_app_state().scenario);
    effect(move || {
        let html = fmt.with(|f| sim.with(|s| markup(s, f)));
        if let Some(el) = document().get_element_by_id("quadrant-layout") {
            el.set_inner_html(&html);
        }
    });
    view! {
        <section
            class="section wrap quad"
            id="quadrant"
            aria-labelledby="quadrant-title"
            inner_html=concat!(
                r#"<h2 id="quadrant-title">Control versus margin</h2><p class="lede">How much of the customer experience each model leaves you, and how much of list revenue you keep with the numbers of the margin simulator below.</p>"#,
                r#"<div class="quad__layout" id="quadrant-layout"></div>"#,
            )
        ></section>
    }
}
