//! The FAQ as schema.org `FAQPage` structured data, for search engines and link previews.

use leptos::prelude::*;
use partner_fit_engine::guide::FAQ;
use serde_json::{json, Value};

/// The `FAQPage` object of the guide's FAQ.
pub fn faq_page() -> Value {
    let entities: Vec<Value> = FAQ
        .iter()
        .map(|f| {
            json!({
                "@type": "Question",
                "name": f.question,
                "acceptedAnswer": { "@type": "Answer", "text": f.answer },
            })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": entities,
    })
}

/// JSON that is safe inside a `<script>` element: no `<` can close it early.
pub fn script_safe(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// The `<script type="application/ld+json">` element (the release build's Content Security
/// Policy lists its hash like every inline script).
pub fn script() -> String {
    view! { <script type="application/ld+json" inner_html=script_safe(&faq_page())></script> }
        .to_html()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structured_data_holds_every_question_and_answer() {
        let page = faq_page();
        let entities = page["mainEntity"].as_array().expect("a list");
        assert_eq!(entities.len(), FAQ.len());
        for (e, f) in entities.iter().zip(&FAQ) {
            assert_eq!(e["name"], f.question);
            assert_eq!(e["acceptedAnswer"]["text"], f.answer);
        }
    }

    #[test]
    fn a_closing_tag_in_the_text_cannot_end_the_script() {
        let hostile = json!({ "text": "</script><script>alert(1)</script>" });
        let safe = script_safe(&hostile);
        assert!(!safe.contains('<'));
        let back: Value = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back, hostile);
    }
}
