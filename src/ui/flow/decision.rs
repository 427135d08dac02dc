//! The decisions of the flow: each question, its answers as buttons, and its two branches.

use partner_fit_engine::assessment::rules::{Decision, Outcome};
use partner_fit_engine::assessment::{Answers, Assessment};

use crate::ui::results::markup::Html;
use crate::ui::results::recommendation::decision_number;

/// Appends where a branch leads, in words.
fn outcome(h: &mut Html, o: Outcome) {
    match o {
        Outcome::Model(m) => h.text(m.name()),
        Outcome::Ask(d) => h.raw("Question ").int(decision_number(d)),
    };
}

/// Every decision box; the branch the visitor's path takes is marked in text and by class,
/// and each answer button is pressed when it is the current answer.
pub fn markup(answers: &Answers, a: Option<&Assessment>) -> String {
    let mut h = Html::default();
    for d in Decision::ALL {
        let taken = a.and_then(|a| {
            let step = a.recommendation.path.iter().find(|s| s.decision == d)?;
            Some(step.yes)
        });
        h.raw("<li class=\"flow__node")
            .raw(if taken.is_some() { " is-path" } else { "" })
            .raw("\" data-testid=\"flow-node\" data-value=\"")
            .raw(d.id())
            .raw("\"><div class=\"flow__box\"><p class=\"flow__num\">Question ")
            .int(decision_number(d))
            .raw("</p>")
            .el("h3", "flow__prompt", d.prompt());
        for &q in d.questions() {
            let current = answers.answer_id(q);
            h.raw("<div class=\"flow__answers\" role=\"group\" aria-labelledby=\"flow-")
                .raw(d.id())
                .raw("-")
                .raw(q.key())
                .raw("\"><p class=\"flow__qlabel\" id=\"flow-")
                .raw(d.id())
                .raw("-")
                .raw(q.key())
                .raw("\">")
                .text(q.prompt())
                .raw("</p>");
            for c in q.choices() {
                h.raw("<button type=\"button\" class=\"chip\" id=\"flow-")
                    .raw(d.id())
                    .raw("-")
                    .raw(q.key())
                    .raw("-")
                    .raw(c.id)
                    .raw("\" data-testid=\"flow-answer\" data-value=\"")
                    .raw(q.key())
                    .raw("=")
                    .raw(c.id)
                    .raw("\" aria-pressed=\"")
                    .raw(if current == Some(c.id) {
                        "true"
                    } else {
                        "false"
                    })
                    .raw("\">")
                    .text(c.label)
                    .raw("</button>");
            }
            h.raw("</div>");
        }
        h.raw("</div><ul class=\"flow__branches\">");
        for (yes, out) in [(true, d.yes()), (false, d.no())] {
            let on = taken == Some(yes);
            let (kind, ends) = match out {
                Outcome::Model(m) => (m.id(), true),
                Outcome::Ask(_) => ("next", false),
            };
            h.raw("<li class=\"flow__branch flow__branch--")
                .raw(kind)
                .raw(if on { " is-taken" } else { "" })
                .raw(if on && ends { "\" aria-current=\"step" } else { "" })
                .raw("\"><span class=\"flow__yn\">")
                .raw(if yes { "Yes" } else { "No" })
                .raw("</span><span aria-hidden=\"true\"> → </span><span class=\"visually-hidden\"> leads to </span><strong>");
            outcome(&mut h, out);
            h.raw("</strong>");
            if on {
                h.raw("<span class=\"flow__mark\">Your path</span>");
            }
            h.raw("</li>");
        }
        h.raw("</ul></li>");
    }
    h.done()
}
