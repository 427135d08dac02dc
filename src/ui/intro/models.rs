//! The three models in plain words: who sells, who owns the customer, what the partner gets.

use leptos::prelude::*;
use partner_fit_engine::{guide::MNEMONIC, Model};

use crate::ui::legacy_markup::Html;

/// One card per model, rendered once from the guide's profiles.
fn markup() -> String {
    let mut h = Html::default();
    h.fill(
        r#"<h2 id="models-title">Three ways to go to market with a partner</h2><p class="lede">{}</p><ul class="models">"#,
        &[MNEMONIC],
    );
    for m in Model::ALL {
        let p = m.profile();
        h.fill(
            r#"<li class="card model-card model-card--{}" data-testid="model-card" data-value="{}"><h3>{}</h3><p class="model-card__summary" data-testid="model-summary">{}</p><p>{}</p><dl><dt>Who sells</dt><dd>{}</dd><dt>Who owns the customer</dt><dd>{}</dd><dt>What the partner gets</dt><dd>{}</dd></dl></li>"#,
            &[
                m.id(),
                m.id(),
                m.name(),
                p.summary,
                p.definition,
                p.who_sells,
                p.who_owns,
                p.partner_gets,
            ],
        );
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
