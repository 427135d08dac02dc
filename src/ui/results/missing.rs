//! What the visitor still has to answer before the decision flow can run.

use leptos::prelude::*;
use partner_fit_engine::assessment::{Answers, Question};

use super::markup::Html;
use crate::ui::erased::derive;
use crate::ui::state::AppState;

/// The two questions the guide's decision starts from, each answered or not.
fn markup(a: &Answers) -> String {
    let mut h = Html::default();
    h.raw(r#"<p>Answer these two questions and your recommendation appears here, with the reasons behind it:</p><ul class="missing">"#);
    for q in [Question::Role, Question::Own] {
        let status = if a.is_answered(q) {
            "Answered: "
        } else {
            "Not answered yet: "
        };
        h.fill(r#"<li><strong class="status">{}</strong>"#, &[status])
            .answer_link(q)
            .raw("</li>");
    }
    h.raw("</ul>").done()
}

/// Shown until role and own are answered: which of the two is still missing.
pub fn missing(state: AppState) -> impl IntoView {
    view! {
        <div class="card" data-testid="results-missing" inner_html=derive(state, |s| s.answers.with(markup)) />
    }
}
