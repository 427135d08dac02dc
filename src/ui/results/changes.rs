//! What would change the answer: the engine's single-answer changes, each one click away.

use partner_fit_engine::assessment::changes::Edit;
use partner_fit_engine::assessment::Assessment;

use super::markup::Html;

/// The id of the card's heading, which takes the focus once a change is applied.
pub const HEADING: &str = "changes-title";

/// A stable element id for a change, so its button can name the sentence it applies.
fn change_id(edit: Edit) -> String {
    match edit {
        Edit::Answer { question, id } => format!("chg-{}-{id}", question.key()),
        Edit::Segment { segment, .. } => format!("chg-seg-{}", segment.id()),
    }
}

/// The sentences, most actionable first, each with a button that makes the change (its
/// `data-edit` is the change's index in the assessment).
pub fn card(a: &Assessment) -> String {
    let mut h = Html::default();
    h.raw(r#"<h3 id="changes-title" tabindex="-1">What would change the answer</h3>"#);
    if a.changes.is_empty() {
        h.raw("<p>No single change of answer would change the model or earn a higher rung.</p>");
        return h.done();
    }
    h.raw(r#"<ul class="changes">"#);
    for (i, c) in a.changes.iter().enumerate() {
        let id = change_id(c.edit);
        h.fill(
            r#"<li class="change" data-testid="change"><p id="{}">{}</p><button type="button" class="btn btn--ghost btn--small no-print" aria-describedby="{}" data-edit=""#,
            &[&id, &c.sentence, &id],
        )
        .int(i)
        .raw(r#"">Apply this change</button></li>"#);
    }
    h.raw("</ul>").done()
}
