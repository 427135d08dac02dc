//! The guide's channel-conflict rules and the deal registration they rest on.

use partner_fit_engine::guide::{Conflict, DEAL_REGISTRATION};

use crate::ui::legacy_markup::Html;

/// Appends every kind of channel conflict with the rule that settles it.
pub fn markup(h: &mut Html) {
    h.fill(
        r#"<h3>When sellers collide: the credit rules</h3><p class="conflicts__definition">{}</p><dl class="conflicts">"#,
        &[DEAL_REGISTRATION],
    );
    for c in Conflict::ALL {
        h.fill(
            r#"<div class="conflicts__item" id="conflict-{}"><dt>{}</dt><dd>{}</dd></div>"#,
            &[c.id(), c.name(), c.rule()],
        );
    }
    h.raw("</dl>");
}
