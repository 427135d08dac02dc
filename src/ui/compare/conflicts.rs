//! The guide's channel-conflict rules and the deal registration they rest on.

use partner_fit_engine::guide::{Conflict, DEAL_REGISTRATION};

use crate::ui::results::markup::Html;

/// Appends every kind of channel conflict with the rule that settles it.
pub fn markup(h: &mut Html) {
    h.raw("<h3>When sellers collide: the credit rules</h3>")
        .el("p", "conflicts__definition", DEAL_REGISTRATION)
        .raw("<dl class=\"conflicts\">");
    for c in Conflict::ALL {
        h.raw("<div class=\"conflicts__item\" id=\"conflict-")
            .raw(c.id())
            .raw("\">")
            .el("dt", "", c.name())
            .el("dd", "", c.rule())
            .raw("</div>");
    }
    h.raw("</dl>");
}
