//! The recommended model and the decision path that led to it.

use partner_fit_engine::assessment::rules::Decision;
use partner_fit_engine::assessment::Assessment;

use super::markup::Html;

/// The position of `d` in the guide's flow, counted from 1.
pub fn decision_number(d: Decision) -> usize {
    Decision::ALL.iter().position(|&x| x == d).unwrap_or(0) + 1
}

/// The recommendation card below its heading (which stays in place and only follows the
/// model): summary, each step's reason, and a way to change answers.
pub fn card(a: &Assessment) -> String {
    let mut h = Html::default();
    h.fill(
        r#"<p class="rec__summary">{}</p><h4>Why</h4><ol class="rec__path">"#,
        &[a.model().profile().summary],
    );
    for step in &a.recommendation.path {
        h.raw(r#"<li><p><span class="path__q">Question "#)
            .int(decision_number(step.decision))
            .fill(
                ": {}</span> <strong>{}</strong>. {}</p>",
                &[
                    step.decision.prompt(),
                    if step.yes { "Yes" } else { "No" },
                    step.reason,
                ],
            )
            .waits_on(&step.awaiting, "This step may change once you answer:")
            .raw("</li>");
    }
    h.raw(r#"</ol><button type="button" class="btn btn--ghost no-print" data-step="0">Change answers</button>"#)
        .done()
}
