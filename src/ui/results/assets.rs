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
    h.raw("<h3 id=\"assets-title\">Asset readiness for ")
        .text(model.in_sentence())
        .raw("</h3><ul class=\"assets\">");
    for r in &a.assets {
        h.raw("<li class=\"asset\" data-testid=\"asset\" data-value=\"")
            .raw(r.asset.id())
            .raw("\"><p class=\"asset__head\">")
            .el("strong", "", r.asset.name())
            .el("span", "asset__status", status_text(r.status))
            .raw("</p>")
            .el("p", "muted", r.asset.role(model))
            .raw("<p>")
            .text(r.meaning);
        if r.status.is_none() {
            h.raw(" ").answer_link(r.question);
        }
        h.raw("</p></li>");
    }
    h.raw("</ul>").done()
}
