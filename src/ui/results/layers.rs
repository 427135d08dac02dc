//! The layering plan: one model per kind of deal the partner will touch.

use partner_fit_engine::assessment::{Assessment, Question};

use super::markup::Html;

/// A row per chosen segment with its model and reason, or a way to choose segments.
pub fn card(a: &Assessment) -> String {
    let mut h = Html::default();
    h.raw(r#"<h3 id="layers-title">Layering plan</h3><p class="muted">The same partner can run a different model for each kind of deal.</p>"#);
    if a.layers.is_empty() {
        h.raw("<p>Choose the deals this partner will touch to see a model per kind of deal: ")
            .answer_link(Question::Seg)
            .raw("</p>");
        return h.done();
    }
    h.raw(r#"<ul class="layers">"#);
    for l in &a.layers {
        let model = l.model.id();
        h.fill(
            r#"<li class="layer layer--{}" data-testid="layer" data-segment="{}" data-value="{}"><p class="layer__head"><span>{}</span><strong class="layer__model">{}</strong></p><p>{}</p>"#,
            &[model, l.segment.id(), model, l.segment.label(), l.model.name(), l.reason],
        )
        .waits_on(&l.awaiting, "This may change once you answer:")
        .raw("</li>");
    }
    h.raw("</ul>").done()
}
