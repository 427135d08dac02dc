//! The horizon totals per model, with the effective partner take and the share you keep.

use std::fmt::Write;

use partner_fit_engine::economics::{Metric, ModelRun, Simulation};
use partner_fit_engine::Model;

use super::markup::escape;
use crate::ui::format::{js_number, Formats};

/// How a share row reads its percentage from a run.
type Share = fn(&ModelRun) -> Option<f64>;

/// A share row below the totals: its test id, its label and how it is read from a run.
const SHARES: [(&str, &str, Share); 2] = [
    ("take", "Effective partner take", ModelRun::effective_take),
    (
        "kept",
        "Share of list revenue you keep",
        ModelRun::kept_share,
    ),
];

/// The table, metrics as rows and models as columns so it stays narrow on a phone; each
/// total carries its exact value in `data-value` for tests and hosts.
pub fn markup(s: &Simulation, f: &Formats) -> String {
    let n = s.years();
    let mut out = format!(
        r#"<table><caption id="sim-totals-caption">Totals over {n} {}, in each model</caption><thead><tr><th scope="col">Figure</th>"#,
        if n == 1 { "year" } else { "years" }
    );
    for m in Model::ALL {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, m.name());
    }
    out.push_str("</tr></thead><tbody>");
    for metric in Metric::HEADLINE {
        let id = metric.id();
        let _ = write!(
            out,
            r#"<tr class="sim-totals__row sim-totals__row--{id}"><th scope="row">{}</th>"#,
            metric.label()
        );
        for m in Model::ALL {
            let v = s.model(m).total().get(metric);
            let _ = write!(
                out,
                r#"<td data-testid="total" data-model="{}" data-metric="{id}" data-value="{}">{}</td>"#,
                m.id(),
                js_number(v),
                escape(&f.money(v))
            );
        }
        out.push_str("</tr>");
    }
    for (id, label, get) in SHARES {
        let _ = write!(
            out,
            r#"<tr class="sim-totals__row sim-totals__row--share"><th scope="row">{label}</th>"#
        );
        for m in Model::ALL {
            let text = get(s.model(m)).map_or_else(|| "n/a".to_owned(), |v| f.percent(v));
            let _ = write!(
                out,
                r#"<td data-testid="{id}" data-model="{}">{}</td>"#,
                m.id(),
                escape(&text)
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}
