//! Frequently asked questions from the guide, as native disclosure widgets (keyboard and
//! screen-reader support come with `<details>`), rendered once as markup.

use leptos::prelude::*;
use partner_fit_engine::guide::FAQ;

use super::legacy_markup::Html;

/// Every question of the guide's FAQ, closed until opened.
fn markup() -> String {
    let mut h = Html::default();
    h.raw(r#"<h2 id="faq-title">Questions we are often asked</h2><div class="faq__list">"#);
    for f in &FAQ {
        h.fill(
            r#"<details class="faq__item" data-testid="faq-item"><summary>{}</summary><p>{}</p></details>"#,
            &[f.question, f.answer],
        );
    }
    h.raw("</div>").done()
}

/// The FAQ section.
#[component]
pub fn FaqSection() -> impl IntoView {
    view! {
        <section class="section wrap faq no-print" id="faq" aria-labelledby="faq-title" inner_html=markup() />
    }
}
