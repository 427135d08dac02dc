//! What would change the answer: the engine's single-answer changes, each one click away.

use partner_fit_engine::assessment::changes::Edit;
use partner_fit_engine::assessment::Assessment;

use super::markup::Html;

/// The id of the card's heading, which takes the focus once a change is applied.
pub const HEADING: &str = "changes-title";

/// Appends a stable element id for a change, so its button can name the sentence it applies.
fn change_id(h: &mut Html, edit: Edit) {
    match edit {
        Edit::Answer { question, id } => h.raw("chg-").raw(question.key()).raw("-").raw(id),
        Edit::Segment { segment, .. } => h.raw("chg-seg-").raw(segment.id()),
    };
}

/// The sentences, most actionable first, each with a button that makes the change (its
/// `data-edit` is the change's index in the assessment).
pub fn card(a: &Assessment) -> String {
    let mut h = Html::default();
    h.raw("<h3 id=\"changes-title\" tabindex=\"-1\">What would change the answer</h3>");
    if a.changes.is_empty() {
        h.raw("<p>No single change of answer would change the model or earn a higher rung.</p>");
        return h.done();
    }
    h.raw("<ul class=\"changes\">");
    for (i, c) in a.changes.iter().enumerate() {
        h.raw("<li class=\"change\" data-testid=\"change\"><p id=\"");
        change_id(&mut h, c.edit);
        h.raw("\">").text(&c.sentence).raw(
            "</p><button type=\"button\" class=\"btn btn--ghost btn--small no-print\" aria-describedby=\"",
        );
        change_id(&mut h, c.edit);
        h.raw("\" data-edit=\"")
            .int(i)
            .raw("\">Apply this change</button></li>");
    }
    h.raw("</ul>").done()
}
