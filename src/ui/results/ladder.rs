//! The maturity ladder: the rung earned now and what the next one still needs.

use partner_fit_engine::assessment::rules::Status;
use partner_fit_engine::assessment::Assessment;
use partner_fit_engine::guide::{LADDER, LADDER_NOTE};

use super::markup::Html;

/// A requirement's status in words (so it never rests on colour) and as a class suffix.
const fn status(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Met => ("Met", "met"),
        Status::Unmet => ("Not met", "unmet"),
        Status::Unanswered => ("Unanswered", "unanswered"),
    }
}

/// All three rungs from the guide, the earned one marked, then the next rung's requirements.
pub fn card(a: &Assessment) -> String {
    let earned = a.ladder.rung;
    let mut h = Html::default();
    h.raw("<h3 id=\"ladder-title\">The maturity ladder</h3><p data-testid=\"ladder-rung\" data-value=\"")
        .raw(earned.id())
        .raw("\">Rung earned now: <strong>")
        .text(earned.name())
        .raw("</strong></p><ol class=\"ladder\">");
    for (i, rung) in LADDER.iter().enumerate() {
        let m = rung.model;
        let here = m == earned;
        h.raw("<li class=\"ladder__rung ladder__rung--")
            .raw(m.id())
            .raw(if here {
                " is-earned\" aria-current=\"step"
            } else {
                ""
            })
            .raw("\" data-rung=\"")
            .raw(m.id())
            .raw("\"><p class=\"ladder__name\"><strong>")
            .int(i + 1)
            .raw(". ")
            .text(m.name())
            .raw("</strong> ")
            .el(
                "span",
                "ladder__mark",
                match earned {
                    _ if here => "Earned now",
                    e if e > m => "Earned",
                    _ => "Not yet",
                },
            )
            .raw("</p><p><span class=\"muted\">Proves: </span>")
            .text(rung.proves)
            .raw("</p><p><span class=\"muted\">Earns: </span>")
            .text(rung.earns)
            .raw("</p></li>");
    }
    h.raw("</ol>");
    match &a.ladder.next {
        None => h.raw("<p>You stand on the top rung.</p>"),
        Some(next) => {
            h.raw("<h4>What ")
                .text(next.rung.in_sentence())
                .raw(" still needs</h4><ul class=\"reqs\">");
            for r in &next.requirements {
                let (words, class) = status(r.status);
                h.raw("<li class=\"req req--")
                    .raw(class)
                    .raw("\">")
                    .el("span", "req__status", words)
                    .raw("<span>")
                    .text(r.condition.text());
                if r.status == Status::Unanswered {
                    h.raw(" ").answer_link(r.condition.question());
                }
                h.raw("</span></li>");
            }
            h.raw("</ul>")
        }
    };
    h.el("p", "muted", LADDER_NOTE).done()
}
