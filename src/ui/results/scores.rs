//! Fit-score bars for the three models, each with the contributions it adds up from.

use leptos::prelude::document;
use partner_fit_engine::assessment::Assessment;
use partner_fit_engine::Model;

use super::markup::Html;

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

/// Whether the visitor has `model`'s disclosure open on the page now. The card is re-rendered
/// as a whole when the answers change, so it carries the open state over from the DOM (where
/// the browser keeps it, whether opened by click, keyboard or find-in-page).
fn is_open(model: Model) -> bool {
    let selector = format!(".score--{} > .score__why[open]", model.id());
    document()
        .query_selector(&selector)
        .ok()
        .flatten()
        .is_some()
}

/// One bar per model, in the guide's order, each with its disclosure.
pub fn card(a: &Assessment) -> String {
    let mut h = Html::default();
    h.raw(r#"<h3 id="scores-title">Fit scores</h3><p class="muted">Out of 100. Open a score to see the points it adds up from.</p><ul class="scores">"#);
    for m in Model::ALL {
        let id = m.id();
        let open = if is_open(m) { " open" } else { "" };
        h.fill(
            r#"<li class="score score--{}" data-testid="fit-score" data-model="{}" data-value="{}">"#,
            &[id, id, &a.score(m).score.to_string()],
        )
        .raw(&head(a, m))
        .fill(r#"<details class="score__why"{}>"#, &[open])
        .raw(&why(a, m))
        .raw("</details></li>");
    }
    h.raw("</ul>").done()
}
