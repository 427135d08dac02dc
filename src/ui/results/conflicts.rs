//! The channel-conflict rules that apply to this plan, and how deal registration works.

use partner_fit_engine::assessment::rules::trigger;
use partner_fit_engine::assessment::Assessment;
use partner_fit_engine::guide::DEAL_REGISTRATION;

use super::markup::Html;

/// Each conflict that applies with its rule and what triggers it; then those still possible.
pub fn card(a: &Assessment) -> String {
    let mut h = Html::default();
    h.raw("<h3 id=\"conflicts-title\">Channel conflicts</h3>");
    if a.conflicts.is_empty() {
        h.raw("<p>No channel conflict applies to your answers so far.</p>");
    } else {
        h.raw("<ul class=\"res-conflicts\">");
        for &c in &a.conflicts {
            h.raw("<li class=\"res-conflict\" data-testid=\"conflict\" data-value=\"")
                .raw(c.id())
                .raw("\"><p class=\"res-conflict__name\"><strong>")
                .text(c.name())
                .raw("</strong></p><p><span class=\"muted\">Why it applies: </span> ")
                .text(trigger(c))
                .raw("</p><p><span class=\"muted\">The rule: </span> ")
                .text(c.rule())
                .raw("</p></li>");
        }
        h.raw("</ul>");
    }
    if !a.conflicts_awaiting.is_empty() {
        h.raw("<ul class=\"res-conflicts\">");
        for w in &a.conflicts_awaiting {
            h.raw("<li class=\"res-conflict res-conflict--maybe\" data-value=\"")
                .raw(w.item.id())
                .raw("\"><p class=\"res-conflict__name\">Possible: ")
                .text(w.item.name())
                .raw("</p>")
                .waits_on(&w.questions, "Depends on:")
                .raw("</li>");
        }
        h.raw("</ul>");
    }
    h.raw("<p class=\"muted\"><strong>Deal registration: </strong>")
        .text(DEAL_REGISTRATION)
        .raw("</p>")
        .done()
}
