//! How ready each partnership asset is for the recommended model.

use partner_fit_engine::assessment::rules::AssetStatus;
use partner_fit_engine::assessment::Assessment;

use super::markup::Html;

/// A status in words.
const fn status_text(s: Option<AssetStatus>) -> &'static str {
    match s {
        None => "Unanswered",
        Some(AssetStatus::Missing) => "Missing",
        Some(AssetStatus::Started) => "Started",
        Some(AssetStatus::Ready) => "Ready",
    }
}

/// One row per asset of the guide's table: status, what the model needs, what it means.
pub fn card(a: &Assessment) -> String {
    let model = a.model();
    let mut h = Html::default();
    h.fill(
        r#"<h3 id="assets-title">Asset readiness for {}</h3><ul class="assets">"#,
        &[model.in_sentence()],
    );
    for r in &a.assets {
        h.fill(
            r#"<li class="asset" data-testid="asset" data-value="{}"><p class="asset__head"><strong>{}</strong><span class="asset__status">{}</span></p><p class="muted">{}</p><p>{}"#,
            &[
                r.asset.id(),
                r.asset.name(),
                status_text(r.status),
                r.asset.role(model),
                r.meaning,
            ],
        );
        if r.status.is_none() {
            h.raw(" ").answer_link(r.question);
        }
        h.raw("</p></li>");
    }
    h.raw("</ul>").done()
}
