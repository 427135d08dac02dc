//! "How we calculate": the economics and scoring methods in the engine's own words, with
//! the weight table so a visitor can check every point of a fit score.
//!
//! All of it is fixed content, so it is markup rendered once from the engine's data.

pub mod scoring;
pub mod weights;

use leptos::prelude::*;
use partner_fit_engine::economics::METHOD;

use super::legacy_markup::Html;

/// The section's markup: the simulator's steps, then how fit scores are built.
fn markup() -> String {
    let mut h = Html::default();
    h.raw(
        r#"<h2 id="method-title">How we calculate</h2><p class="lede">Every figure and sentence on this page comes from the rules below, run in your browser. Nothing is estimated by hand, and nothing you enter is sent anywhere.</p><h3>The margin simulator</h3><ol class="method__steps">"#,
    );
    for step in METHOD {
        h.fill("<li><h4>{}</h4><p>{}</p></li>", &[step.title, step.text]);
    }
    h.raw("</ol>");
    scoring::markup(&mut h);
    h.done()
}

/// The method section.
#[component]
pub fn MethodSection() -> impl IntoView {
    view! {
        <section class="section wrap method no-print" id="method" aria-labelledby="method-title" inner_html=markup() />
    }
}
