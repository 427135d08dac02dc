//! Frequently asked questions from the guide, as native disclosure widgets (keyboard and
//! screen-reader support come with `<details>`), and as schema.org structured data.

pub mod json_ld;

use leptos::prelude::*;
use partner_fit_engine::guide::FAQ;

/// The FAQ section, every entry closed until opened (print opens them).
#[component]
pub fn FaqSection() -> impl IntoView {
    view! {
        <section class="section wrap faq" id="faq" aria-labelledby="faq-title">
            <h2 id="faq-title">"Questions we are often asked"</h2>
            <div class="faq__list">
                {FAQ.iter().map(|f| view! {
                    <details class="faq__item" data-testid="faq-item">
                        <summary>{f.question}</summary>
                        <p>{f.answer}</p>
                    </details>
                }).collect_view()}
            </div>
        </section>
    }
}
