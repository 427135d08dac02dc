//! Frequently asked questions from the guide, as native disclosure widgets (keyboard and
//! screen-reader support come with `<details>`).

use leptos::prelude::*;
use partner_fit_engine::guide::FAQ;

/// Every question of the guide's FAQ, closed until opened.
#[component]
pub fn FaqSection() -> impl IntoView {
    let items = FAQ
        .iter()
        .map(|f| {
            view! {
                <details class="faq__item" data-testid="faq-item">
                    <summary>{f.question}</summary>
                    <p>{f.answer}</p>
                </details>
            }
        })
        .collect_view();
    view! {
        <section class="section wrap faq no-print" id="faq" aria-labelledby="faq-title">
            <h2 id="faq-title">"Questions we are often asked"</h2>
            <div class="faq__list">{items}</div>
        </section>
    }
}
