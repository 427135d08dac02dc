//! The layering plan: one model per kind of deal the partner will touch.

use partner_fit_engine::assessment::{Assessment, Question};

use super::markup::Html;

/// A row per chosen segment with its model and reason, or a way to choose segments.
pub fn card(a: &Assessment) -> String {
    let mut h = Html::default();
    h.raw("<h3 id=\"layers-title\">Layering plan</h3>").el(
        "p",
        "muted",
        "The same partner can run a different model for each kind of deal.",
    );
    if a.layers.is_empty() {
        h.raw("<p>Choose the deals this partner will touch to see a model per kind of deal: ")
            .answer_link(Question::Seg)
            .raw("</p>");
        return h.done();
    }
    h.raw("<ul class=\"layers\">");
    for l in &a.layers {
        h.raw("<li class=\"layer layer--")
            .raw(l.model.id())
            .raw("\" data-testid=\"layer\" data-segment=\"")
            .raw(l.segment.id())
            .raw("\" data-value=\"")
            .raw(l.model.id())
            .raw("\"><p class=\"layer__head\">")
            .el("span", "", l.segment.label())
            .el("strong", "layer__model", l.model.name())
            .raw("</p>")
            .el("p", "", l.reason)
            .waits_on(&l.awaiting, "This may change once you answer:")
            .raw("</li>");
    }
    h.raw("</ul>").done()
}
