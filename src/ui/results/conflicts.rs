//! The channel-conflict rules that apply to this plan, and how deal registration works.

use partner_fit_engine::assessment::rules::trigger;
use partner_fit_engine::assessment::Assessment;
use partner_fit_engine::guide::DEAL_REGISTRATION;

use super::markup::Html;

/// Each conflict that applies with its rule and what triggers it; then those still possible.
pub fn card(a: &Assessment) -> String {
    let mut h = Html::default();
    h.raw(r#"<h3 id="conflicts-title">Channel conflicts</h3>"#);
    if a.conflicts.is_empty() {
        h.raw("<p>No channel conflict applies to your answers so far.</p>");
    } else {
        h.raw(r#"<ul class="res-conflicts">"#);
        for &c in &a.conflicts {
            h.fill(
                r#"<li class="res-conflict" data-testid="conflict" data-value="{}"><p class="res-conflict__name"><strong>{}</strong></p><p><span class="muted">Why it applies: </span> {}</p><p><span class="muted">The rule: </span> {}</p></li>"#,
                &[c.id(), c.name(), trigger(c), c.rule()],
            );
        }
        h.raw("</ul>");
    }
    if !a.conflicts_awaiting.is_empty() {
        h.raw(r#"<ul class="res-conflicts">"#);
        for w in &a.conflicts_awaiting {
            h.fill(
                r#"<li class="res-conflict res-conflict--maybe" data-value="{}"><p class="res-conflict__name">Possible: {}</p>"#,
                &[w.item.id(), w.item.name()],
            )
            .waits_on(&w.questions, "Depends on:")
            .raw("</li>");
        }
        h.raw("</ul>");
    }
    h.fill(
        r#"<p class="muted"><strong>Deal registration: </strong>{}</p>"#,
        &[DEAL_REGISTRATION],
    )
    .done()
}
