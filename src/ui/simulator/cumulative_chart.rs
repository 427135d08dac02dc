//! Cumulative contribution by year for the three models, as SVG markup.
//!
//! Each point is a focusable `<g>` whose text alternative is its value; the same text sits in
//! a tip beside it that the stylesheet shows on hover and focus, so no handler is needed. The
//! `<g>` holds a ring around the marker (the hover and focus indicator) rather than the marker.

use std::fmt::Write;

use partner_fit_engine::economics::Simulation;
use partner_fit_engine::Model;

use super::chart::{marker_path, nice_ticks, polyline_points, Marker, Scale};
use super::live_formats::figure;
use super::markup::escape;
use crate::ui::format::Formats;

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
/// The largest font size of a value tip (set in the stylesheet), in SVG units, for keeping
/// the tip inside the drawing.
const TIP_FONT: i32 = 20;

/// Each model's marker shape (shared by the control-vs-margin chart); the line style is set
/// per model in the stylesheet.
pub fn marker(m: Model) -> Marker {
    match m {
        Model::Referral => Marker::Circle,
        Model::CoSell => Marker::Square,
        Model::Reseller => Marker::Triangle,
    }
}

/// The width of a tip holding `chars` characters, in tenths of its font size: a generous
/// 0.6 em per character plus padding, so the box fits the text at any font size.
pub fn tip_width(chars: usize) -> i32 {
    i32::try_from(chars).unwrap_or(100) * 6 + 10
}

/// Where the tip of a point at `(x, y)` is anchored, `(x, y, below)`: above the point, or
/// below it when there is no room above, and centred on it while that keeps it in the drawing.
pub fn tip_anchor(x: i32, y: i32, chars: usize) -> (i32, i32, bool) {
    let half = tip_width(chars) * TIP_FONT / 20;
    let x = x.clamp(half.min(W / 2), (W - half).max(W / 2));
    let gap = RING + 4;
    if y - gap - 2 * TIP_FONT < 0 {
        (x, y + gap, true)
    } else {
        (x, y - gap, false)
    }
}

/// A length of `tenths` tenths of the font size ("13.6em"), without float formatting.
pub fn em(tenths: i32) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}em", tenths.abs() / 10, tenths.abs() % 10)
}

/// The legend, the plot and the engine's summary sentence as the caption, for a `<figure>`.
pub fn markup(s: &Simulation, f: &Formats) -> String {
    let values = s
        .models()
        .iter()
        .flat_map(|r| r.cumulative().iter().copied());
    let (lo, hi) = values.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let ticks = nice_ticks(lo, hi, 5);
    let first = ticks.first().copied().unwrap_or(lo);
    let last = ticks.last().copied().unwrap_or(hi);
    let y = Scale::new((first, last), (H - BOTTOM, TOP));
    let x = Scale::new((1.0, s.years() as f64), (LEFT + 14, W - RIGHT - 14));
    let mut out = String::from(r#"<ul class="sim-legend">"#);
    for m in Model::ALL {
        let _ = write!(
            out,
            r#"<li class="sim-line sim-line--{}"><svg class="sim-legend__line" viewBox="0 0 40 16" aria-hidden="true" focusable="false"><polyline class="sim-line__path" points="2,8 38,8"/><path class="sim-line__point" d="{}"/></svg>{}</li>"#,
            m.id(),
            marker_path(marker(m), 20, 8, R),
            m.name()
        );
    }
    let _ = write!(
        out,
        r#"</ul><div class="sim-chart__plot"><svg class="sim-chart__svg" viewBox="0 0 {W} {H}" role="group" aria-label="Cumulative contribution by year; each point gives its value"><g aria-hidden="true">"#
    );
    for v in ticks {
        let ty = y.at(v);
        let _ = write!(
            out,
            r#"<line class="sim-chart__grid" x1="{LEFT}" x2="{}" y1="{ty}" y2="{ty}"/><text class="sim-chart__tick sim-chart__tick--y" x="{}" y="{}">{}</text>"#,
            W - RIGHT,
            LEFT - 6,
            ty + 4,
            escape(&f.money_compact(v))
        );
    }
    let zero = y.at(0.0);
    let _ = write!(
        out,
        r#"<line class="sim-chart__zero" x1="{LEFT}" x2="{}" y1="{zero}" y2="{zero}"/>"#,
        W - RIGHT
    );
    for year in 1..=s.years() {
        let _ = write!(
            out,
            r#"<text class="sim-chart__tick sim-chart__tick--x" x="{}" y="{}">{year}</text>"#,
            x.at(year as f64),
            H - BOTTOM + 18
        );
    }
    let _ = write!(
        out,
        r#"<text class="sim-chart__title" x="0" y="14">Contribution to date</text><text class="sim-chart__title sim-chart__title--x" x="{}" y="{}">Year</text></g>"#,
        (LEFT + W - RIGHT) / 2,
        H - 6
    );
    let points = s.models().map(|r| {
        r.cumulative()
            .iter()
            .enumerate()
            .map(|(i, v)| (x.at((i + 1) as f64), y.at(*v), *v))
            .collect::<Vec<_>>()
    });
    // Lines, then the markers, then the focusable points with their tips: drawn last, a
    // tip is never covered by a line or a marker (SVG has no z-index).
    let mut markers = String::from(r#"<g aria-hidden="true">"#);
    for (m, pts) in Model::ALL.iter().zip(&points) {
        let xy: Vec<(i32, i32)> = pts.iter().map(|&(px, py, _)| (px, py)).collect();
        let _ = write!(
            out,
            r#"<g class="sim-line sim-line--{0}"><polyline class="sim-line__path" data-model="{0}" points="{1}"/></g>"#,
            m.id(),
            polyline_points(&xy)
        );
        let _ = write!(markers, r#"<g class="sim-line--{}">"#, m.id());
        for &(px, py) in &xy {
            let _ = write!(
                markers,
                r#"<path class="sim-line__point" d="{}"/>"#,
                marker_path(marker(*m), px, py, R)
            );
        }
        markers.push_str("</g>");
    }
    out.push_str(&markers);
    out.push_str("</g>");
    for (m, pts) in Model::ALL.iter().zip(&points) {
        for (i, &(px, py, v)) in pts.iter().enumerate() {
            let label = format!("{}, year {}: {}", m.name(), i + 1, f.money(v));
            let chars = label.chars().count();
            let (tx, ty, below) = tip_anchor(px, py, chars);
            let width = tip_width(chars);
            // The box is 1.8 em high; the baseline sits 1.25 em below its top.
            let (rect_y, text_y) = if below {
                ("0", "1.25em")
            } else {
                ("-1.8em", "-0.55em")
            };
            let label = escape(&label);
            let _ = write!(
                out,
                r#"<g class="sim-point" data-testid="chart-point" data-model="{id}" tabindex="0" role="img" aria-label="{label}"><circle class="sim-point__ring" cx="{px}" cy="{py}" r="{RING}"/><g class="sim-chart__tip" aria-hidden="true" transform="translate({tx} {ty})"><rect x="{x}" y="{rect_y}" width="{w}" height="1.8em" rx="0.4em"/><text y="{text_y}">{label}</text></g></g>"#,
                id = m.id(),
                x = em(-width / 2),
                w = em(width),
            );
        }
    }
    let _ = write!(
        out,
        r#"</svg></div><figcaption class="sim-chart__summary" data-testid="chart-summary">{}</figcaption>"#,
        escape(&s.summary(&|fig| figure(f, fig)))
    );
    out
}
