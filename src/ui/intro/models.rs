//! The three models in plain words: who sells, who owns the customer, what the partner gets.

use leptos::prelude::*;
use partner_fit_engine::{guide::MNEMONIC, Model};

use crate::ui::results::markup::Html;

/// One card per model, rendered once from the guide's profiles.
fn markup() -> String {
    let mut h = Html::default();
    h.raw("<h2 id=\"models-title\">Three ways to go to market with a partner</h2>")
        .el("p", "lede", MNEMONIC)
        .raw("<ul class=\"models\">");
    for m in Model::ALL {
        let p = m.profile();
        h.raw("<li class=\"card model-card model-card--")
            .raw(m.id())
            .raw("\" data-testid=\"model-card\" data-value=\"")
            .raw(m.id())
            .raw("\">")
            .el("h3", "", m.name())
            .raw("<p class=\"model-card__summary\" data-testid=\"model-summary\">")
            .text(p.summary)
            .raw("</p>")
            .el("p", "", p.definition)
            .raw("<dl><dt>Who sells</dt>")
            .el("dd", "", p.who_sells)
            .raw("<dt>Who owns the customer</dt>")
            .el("dd", "", p.who_owns)
            .raw("<dt>What the partner gets</dt>")
            .el("dd", "", p.partner_gets)
            .raw("</dl></li>");
    }
    h.raw("</ul>").done()
}

/// The models overview section.
#[component]
pub fn ModelsOverview() -> impl IntoView {
    view! {
        <section class="section wrap" id="models" aria-labelledby="models-title" inner_html=markup() />
    }
}
