//! The questions still open, each a link back to its step.

use partner_fit_engine::assessment::Assessment;

use super::markup::Html;

/// Lists the unanswered questions (nothing is guessed for them).
pub fn card(a: &Assessment) -> String {
    let mut h = Html::default();
    h.raw(r#"<h3 id="open-title">Still unanswered</h3>"#);
    if a.unanswered.is_empty() {
        return h.raw("<p>You have answered every question.</p>").done();
    }
    h.raw(r#"<p>Nothing is guessed for these; each answer can sharpen the result.</p><ul class="open">"#);
    for &q in &a.unanswered {
        h.fill(
            r#"<li data-testid="unanswered" data-value="{}">"#,
            &[q.key()],
        )
        .answer_link(q)
        .raw("</li>");
    }
    h.raw("</ul>").done()
}
