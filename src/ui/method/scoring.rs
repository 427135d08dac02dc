//! How a fit score is built: the method text and its three constants, then the weights.

use partner_fit_engine::assessment::scoring::{BASE, FACTOR_CAP, FLOW_BONUS, METHOD};

use super::weights;
use crate::ui::legacy_markup::Html;

/// Appends the scoring method in plain words, with the numbers it rests on.
pub fn markup(h: &mut Html) {
    h.fill(
        r#"<h3>The fit scores</h3><p>{}</p><dl class="method__constants">"#,
        &[METHOD],
    );
    for (label, id, value) in [
        ("Starting points of every model", "score-base", BASE),
        (
            "Bonus for the model the decision flow recommends",
            "score-flow-bonus",
            FLOW_BONUS,
        ),
        (
            "Most points a model can collect from answers",
            "score-factor-cap",
            FACTOR_CAP,
        ),
    ] {
        let value = value.to_string();
        h.fill(
            r#"<div><dt>{}</dt><dd data-testid="{}" data-value="{}">{}</dd></div>"#,
            &[label, id, &value, &value],
        );
    }
    h.raw("</dl>");
    weights::markup(h);
}
