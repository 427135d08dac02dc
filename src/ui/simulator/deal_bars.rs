//! The first year of one deal per model as a stacked bar: partner, marketplace, you.

use std::fmt::Write;

use partner_fit_engine::economics::{Deal, Simulation};
use partner_fit_engine::Model;

use super::chart::{span, stack, Scale};
use super::live_formats::figure;
use super::markup::escape;
use crate::ui::format::Formats;

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

/// The fill patterns (a pattern per part, so the parts differ by more than colour) and the
/// legend, which never change.
const KEY: &str = concat!(
    r#"<svg class="sim-defs" aria-hidden="true" focusable="false" width="0" height="0"><defs>"#,
    r#"<pattern id="sim-pat-partner" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="sim-pat--partner" width="8" height="8"/><rect class="sim-pat__mark" width="3" height="8"/></pattern>"#,
    r#"<pattern id="sim-pat-market" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="sim-pat--market" width="8" height="8"/><circle class="sim-pat__mark" cx="4" cy="4" r="2"/></pattern>"#,
    r#"<pattern id="sim-pat-kept" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="sim-pat--kept" width="8" height="8"/></pattern>"#,
    r#"</defs></svg><ul class="sim-legend" aria-hidden="true">"#,
);

/// The patterns, the legend, and one stacked bar per model with its sentence as the text
/// alternative.
pub fn markup(s: &Simulation, f: &Formats) -> String {
    let mut out = String::from(KEY);
    for p in Part::ALL {
        let _ = write!(
            out,
            r#"<li><svg class="sim-legend__swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect width="16" height="16" fill="url(#sim-pat-{})"/></svg>{}</li>"#,
            p.id(),
            p.label()
        );
    }
    out.push_str(r#"</ul><ul class="sim-deals__list">"#);
    let geometry = bar_geometry(s);
    for (m, bar) in Model::ALL.iter().zip(geometry) {
        let run = s.model(*m);
        let _ = write!(
            out,
            r#"<li class="sim-deal sim-deal--{}"><p class="sim-deal__name">{}</p><svg class="sim-deal__bar" viewBox="0 0 {W} {H}" aria-hidden="true" focusable="false">"#,
            m.id(),
            m.name()
        );
        for (p, (x, w)) in Part::ALL.into_iter().zip(bar) {
            let id = p.id();
            let _ = write!(
                out,
                r#"<rect class="sim-deal__seg sim-deal__seg--{id}" x="{x}" y="0" width="{w}" height="{H}" fill="url(#sim-pat-{id})"/>"#
            );
            if let Some(share) = p.share(run.deal()).filter(|_| w >= MIN_LABEL_WIDTH) {
                let _ = write!(
                    out,
                    r#"<text class="sim-deal__value" x="{}" y="{}">{}</text>"#,
                    x + w / 2,
                    H / 2 + 5,
                    escape(&f.percent(share))
                );
            }
        }
        let _ = write!(
            out,
            r#"</svg><p class="sim-deal__text" data-testid="deal-sentence" data-model="{}">{}</p></li>"#,
            m.id(),
            escape(&run.deal_sentence(&|fig| figure(f, fig)))
        );
    }
    out.push_str("</ul>");
    out
}
