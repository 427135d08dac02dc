//! The decisions of the flow: each question, its answers as buttons, and its two branches.

use partner_fit_engine::assessment::rules::{Decision, Outcome};
use partner_fit_engine::assessment::{Answers, Assessment};

use crate::ui::legacy_markup::Html;
use crate::ui::results::recommendation::decision_number;

/// Every decision box; the branch the visitor's path takes is marked in text and by class,
/// and each answer button is pressed when it is the current answer.
pub fn markup(answers: &Answers, a: Option<&Assessment>) -> String {
    let mut h = Html::default();
    for d in Decision::ALL {
        let taken = a.and_then(|a| {
            let step = a.recommendation.path.iter().find(|s| s.decision == d)?;
            Some(step.yes)
        });
        let path = if taken.is_some() { " is-path" } else { "" };
        h.fill(
            r#"<li class="flow__node{}" data-testid="flow-node" data-value="{}"><div class="flow__box"><p class="flow__num">Question "#,
            &[path, d.id()],
        )
        .int(decision_number(d))
        .fill(r#"</p><h3 class="flow__prompt">{}</h3>"#, &[d.prompt()]);
        for &q in d.questions() {
            let current = answers.answer_id(q);
            h.fill(
                r#"<div class="flow__answers" role="group" aria-labelledby="flow-{}-{}"><p class="flow__qlabel" id="flow-{}-{}">{}</p>"#,
                &[d.id(), q.key(), d.id(), q.key(), q.prompt()],
            );
            for c in q.choices() {
                let pressed = if current == Some(c.id) {
                    "true"
                } else {
                    "false"
                };
                h.fill(
                    r#"<button type="button" class="chip" id="flow-{}-{}-{}" data-testid="flow-answer" data-value="{}={}" aria-pressed="{}">{}</button>"#,
                    &[d.id(), q.key(), c.id, q.key(), c.id, pressed, c.label],
                );
            }
            h.raw("</div>");
        }
        h.raw(r#"</div><ul class="flow__branches">"#);
        for (yes, out) in [(true, d.yes()), (false, d.no())] {
            let on = taken == Some(yes);
            let (kind, current) = match out {
                Outcome::Model(m) => (m.id(), if on { "step" } else { "false" }),
                Outcome::Ask(_) => ("next", "false"),
            };
            h.fill(
                r#"<li class="flow__branch flow__branch--{}{}" aria-current="{}"><span class="flow__yn">{}</span><span aria-hidden="true"> → </span><span class="visually-hidden"> leads to </span><strong>"#,
                &[
                    kind,
                    if on { " is-taken" } else { "" },
                    current,
                    if yes { "Yes" } else { "No" },
                ],
            );
            match out {
                Outcome::Model(m) => h.text(m.name()),
                Outcome::Ask(d) => h.raw("Question ").int(decision_number(d)),
            };
            h.raw("</strong>");
            if on {
                h.raw(r#"<span class="flow__mark">Your path</span>"#);
            }
            h.raw("</li>");
        }
        h.raw("</ul></li>");
    }
    h.done()
}
