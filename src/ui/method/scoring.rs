//! How a fit score is built: the method text and its three constants, then the weights.

use partner_fit_engine::assessment::scoring::{BASE, FACTOR_CAP, FLOW_BONUS, METHOD};

use super::weights;
use crate::ui::results::markup::Html;

/// Appends the scoring method in plain words, with the numbers it rests on.
pub fn markup(h: &mut Html) {
    h.raw("<h3>The fit scores</h3>")
        .el("p", "", METHOD)
        .raw("<dl class=\"method__constants\">");
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
        h.raw("<div>")
            .el("dt", "", label)
            .raw("<dd data-testid=\"")
            .raw(id)
            .raw("\" data-value=\"")
            .int(value.into())
            .raw("\">")
            .int(value.into())
            .raw("</dd></div>");
    }
    h.raw("</dl>");
    weights::markup(h);
}
