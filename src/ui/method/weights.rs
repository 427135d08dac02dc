//! The scoring weight table, row for row as the engine applies it.

use partner_fit_engine::assessment::scoring::{Weight, WEIGHTS};

use crate::ui::legacy_markup::Html;

/// The answer's label as the assessment shows it (its id if the question has no such
/// answer, which the engine's tests rule out).
fn answer_label(w: &Weight) -> &'static str {
    w.question
        .choices()
        .into_iter()
        .find(|c| c.id == w.answer)
        .map_or(w.answer, |c| c.label)
}

/// Appends every answer that adds points to a model, with the points and the reason, in a
/// disclosure.
pub fn markup(h: &mut Html) {
    h.raw(r#"<details class="method__weights"><summary>Show the weight table ("#)
        .int(WEIGHTS.len())
        .raw(
            " rows)</summary><p>Rows for the same question and model are alternatives, except \
             for the deals the partner will touch, where each chosen kind of deal counts.</p>\
             <div class=\"content-table__region\" role=\"region\" tabindex=\"0\" \
             aria-labelledby=\"weights-caption\"><table class=\"content-table \
             content-table--weights\"><caption id=\"weights-caption\">Every answer that adds \
             points to a model, and why</caption><thead><tr><th scope=\"col\">Question</th>\
             <th scope=\"col\">Answer</th><th scope=\"col\">Model</th><th scope=\"col\">Points\
             </th><th scope=\"col\">Reason</th></tr></thead><tbody>",
        );
    for w in WEIGHTS {
        h.fill(
            r#"<tr data-testid="weight" data-model="{}"><th scope="row">{}</th><td>{}</td><td>{}</td><td class="content-table__num">{}</td><td>{}</td></tr>"#,
            &[
                w.model.id(),
                w.question.prompt(),
                answer_label(w),
                w.model.name(),
                &w.points.to_string(),
                w.reason,
            ],
        );
    }
    h.raw("</tbody></table></div></details>");
}
