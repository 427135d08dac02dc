//! Chart geometry as pure functions: scales, ticks, stacking, SVG path strings, marker shapes
//! and the placement of value tips.
//!
//! Every coordinate leaves here as an integer, so views format `i32`s and never a float (Rust's
//! float formatting would add about 25 KB to the wasm). Nothing here computes the economics:
//! it maps numbers the engine computed onto a drawing.

use partner_fit_engine::Model;

/// A linear map from a data interval onto a drawing interval, rounded to whole units.
#[derive(Clone, Copy, PartialEq)]
pub struct Scale {
    d0: f64,
    d1: f64,
    r0: i32,
    r1: i32,
}

impl Scale {
    /// Maps `domain` onto `range`; the range may run backwards (SVG's y axis points down).
    pub fn new(domain: (f64, f64), range: (i32, i32)) -> Scale {
        Scale {
            d0: domain.0,
            d1: domain.1,
            r0: range.0,
            r1: range.1,
        }
    }

    /// The drawing coordinate of `v`, clamped into the range so an outlier stays on the chart;
    /// an empty domain maps everything to the middle of the range.
    pub fn at(&self, v: f64) -> i32 {
        let span = self.d1 - self.d0;
        let t = if span == 0.0 || !span.is_finite() || !v.is_finite() {
            0.5
        } else {
            ((v - self.d0) / span).clamp(0.0, 1.0)
        };
        let r = f64::from(self.r0) + t * f64::from(self.r1 - self.r0);
        r.round() as i32
    }
}

/// Round tick values covering `lo..=hi` with a step of 1, 2 or 5 times a power of ten, at most
/// about `max_count` of them; the first and last tick bound the axis. The ticks are multiples of
/// the step, so zero is one of them whenever the interval contains it.
pub fn nice_ticks(lo: f64, hi: f64, max_count: u32) -> Vec<f64> {
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    if !(lo.is_finite() && hi.is_finite()) {
        return vec![0.0, 1.0];
    }
    // A flat series still gets an axis around its value.
    let (lo, hi) = if lo == hi {
        let pad = if lo == 0.0 { 1.0 } else { lo.abs() / 2.0 };
        (lo - pad, hi + pad)
    } else {
        (lo, hi)
    };
    let target = (hi - lo) / f64::from(max_count.max(1));
    let step = nice_step(target);
    let first = (lo / step).floor() as i64;
    let last = (hi / step).ceil() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// The smallest of 1, 2, 5 times a power of ten that is at least `target` (> 0).
fn nice_step(target: f64) -> f64 {
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= target {
        magnitude *= 10.0;
    }
    while magnitude > target && magnitude > f64::MIN_POSITIVE {
        magnitude /= 10.0;
    }
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= target)
        .unwrap_or(magnitude * 10.0)
}

/// Stacks signed segments from zero: positive ones to the right, negative ones to the left,
/// each as its `(start, end)`, so a bar whose parts overdraw the whole still reads correctly.
pub fn stack(values: &[f64]) -> Vec<(f64, f64)> {
    let (mut right, mut left) = (0.0, 0.0);
    values
        .iter()
        .map(|&v| {
            let edge = if v >= 0.0 { &mut right } else { &mut left };
            let start = *edge;
            *edge += v;
            (start, *edge)
        })
        .collect()
}

/// The left edge and width of the bar from `a` to `b` (in either order) under `scale`.
pub fn span(scale: &Scale, a: f64, b: f64) -> (i32, i32) {
    let (x0, x1) = (scale.at(a), scale.at(b));
    (x0.min(x1), (x1 - x0).abs())
}

/// The `points` attribute of an SVG polyline: "x,y x,y …".
pub fn polyline_points(points: &[(i32, i32)]) -> String {
    let mut s = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&x.to_string());
        s.push(',');
        s.push_str(&y.to_string());
    }
    s
}

/// A point marker's shape, so series differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
}

/// Each model's marker shape, shared by every chart that places the models; the line style
/// is set per model in the stylesheet.
pub fn marker(m: Model) -> Marker {
    match m {
        Model::Referral => Marker::Circle,
        Model::CoSell => Marker::Square,
        Model::Reseller => Marker::Triangle,
    }
}

/// The SVG path of a marker of radius `r` centred on `(x, y)`.
pub fn marker_path(shape: Marker, x: i32, y: i32, r: i32) -> String {
    match shape {
        Marker::Circle => format!(
            "M{},{}a{r},{r} 0 1,0 {},0a{r},{r} 0 1,0 -{},0Z",
            x - r,
            y,
            2 * r,
            2 * r
        ),
        Marker::Square => format!("M{},{}h{}v{}h-{}Z", x - r, y - r, 2 * r, 2 * r, 2 * r),
        Marker::Triangle => format!("M{x},{}L{},{}H{}Z", y - r - 1, x + r + 1, y + r, x - r - 1),
    }
}

/// Where `value` sits along a range slider from `min` to `max`, in whole percent (0..=100),
/// for drawing a band behind the track.
pub fn track_percent(value: i64, min: i64, max: i64) -> i64 {
    if max <= min {
        return 0;
    }
    ((value.clamp(min, max) - min) * 100) / (max - min)
}

/// The largest font size of a value tip (set in the stylesheet), in SVG units, for keeping
/// the tip inside the drawing.
pub const TIP_FONT: i32 = 20;

/// The width of a tip holding `chars` characters, in tenths of its font size: a generous
/// 0.6 em per character plus padding, so the box fits the text at any font size.
pub fn tip_width(chars: usize) -> i32 {
    i32::try_from(chars).unwrap_or(100) * 6 + 10
}

/// Where the tip of a point at `(x, y)` is anchored, `(x, y, below)`, in a drawing `width`
/// wide: `clearance` above the point, or below it when there is no room above, and centred
/// on it while that keeps it in the drawing.
pub fn tip_anchor(x: i32, y: i32, chars: usize, width: i32, clearance: i32) -> (i32, i32, bool) {
    let half = tip_width(chars) * TIP_FONT / 20;
    let x = x.clamp(half.min(width / 2), (width - half).max(width / 2));
    if y - clearance - 2 * TIP_FONT < 0 {
        (x, y + clearance, true)
    } else {
        (x, y - clearance, false)
    }
}

/// A length of `tenths` tenths of the font size ("13.6em"), without float formatting.
pub fn em(tenths: i32) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}em", tenths.abs() / 10, tenths.abs() % 10)
}
