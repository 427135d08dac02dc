//! Fit-score bars for the three models, each with the contributions it adds up from.

use leptos::prelude::*;
use partner_fit_engine::assessment::Assessment;
use partner_fit_engine::Model;

use super::markup::Html;
use super::read;
use crate::ui::state::AppState;

/// A model's name, its score and, when recommended, the tag; then the bar, drawn in SVG
/// units of one point.
fn head(a: &Assessment, model: Model) -> String {
    let points = a.score(model).score.to_string();
    let tag = if a.model() == model {
        r#"<span class="score__tag">Recommended</span>"#
    } else {
        ""
    };
    let mut h = Html::default();
    h.fill(r#"<p class="score__head"><span class="score__name">{}</span>"#, &[model.name()])
        .raw(tag)
        .fill(
            r#"<span class="score__value">{} / 100</span></p><svg class="score__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="score__track" width="100" height="8" rx="2"/><rect class="score__fill" width="{}" height="8" rx="2"/></svg>"#,
            &[&points, &points],
        )
        .done()
}

/// The contents of a score's disclosure: every contribution with its reason, the total and
/// the questions that could still add points.
fn why(a: &Assessment, model: Model) -> String {
    let score = a.score(model);
    let points = score.score.to_string();
    let mut h = Html::default();
    h.fill(
        r#"<summary>How {} gets {} points</summary><ul class="contrib">"#,
        &[model.name(), &points],
    );
    for c in &score.contributions {
        h.fill(
            r#"<li><span class="contrib__pts">+{}</span><span>{}</span></li>"#,
            &[&c.points.to_string(), c.reason],
        );
    }
    h.fill(
        r#"</ul><p class="contrib__total">Total: {} points</p>"#,
        &[&points],
    )
    .waits_on(
        &score.unanswered,
        "Unanswered questions that could add points:",
    )
    .done()
}

/// One bar per model, in the guide's order. Each `<details>` stays the same element while
/// its contents follow the answers, so a disclosure the visitor opened stays open.
pub fn scores(state: AppState) -> impl IntoView {
    let items = Model::ALL
        .map(|m| {
            view! {
                <li
                    class=format!("score score--{}", m.id())
                    data-testid="fit-score"
                    data-model=m.id()
                    data-value=move || read(state, |a| a.score(m).score.to_string())
                >
                    <div inner_html=move || read(state, |a| head(a, m)) />
                    <details class="score__why" inner_html=move || read(state, |a| why(a, m)) />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card results__scores" aria-labelledby="scores-title">
            <h3 id="scores-title">"Fit scores"</h3>
            <p class="muted">"Out of 100. Open a score to see the points it adds up from."</p>
            <ul class="scores">{items}</ul>
        </section>
    }
}
