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
    h.fill(
        r#"<h3 id="ladder-title">The maturity ladder</h3><p data-testid="ladder-rung" data-value="{}">Rung earned now: <strong>{}</strong></p><ol class="ladder">"#,
        &[earned.id(), earned.name()],
    );
    for (i, rung) in LADDER.iter().enumerate() {
        let m = rung.model;
        let (class, current, mark) = match earned {
            e if e == m => (" is-earned", "step", "Earned now"),
            e if e > m => ("", "false", "Earned"),
            _ => ("", "false", "Not yet"),
        };
        h.fill(
            r#"<li class="ladder__rung ladder__rung--{}{}" aria-current="{}" data-rung="{}"><p class="ladder__name"><strong>"#,
            &[m.id(), class, current, m.id()],
        )
        .int(i + 1)
        .fill(
            r#". {}</strong> <span class="ladder__mark">{}</span></p><p><span class="muted">Proves: </span>{}</p><p><span class="muted">Earns: </span>{}</p></li>"#,
            &[m.name(), mark, rung.proves, rung.earns],
        );
    }
    h.raw("</ol>");
    match &a.ladder.next {
        None => h.raw("<p>You stand on the top rung.</p>"),
        Some(next) => {
            h.fill(
                r#"<h4>What {} still needs</h4><ul class="reqs">"#,
                &[next.rung.in_sentence()],
            );
            for r in &next.requirements {
                let (words, class) = status(r.status);
                h.fill(
                    r#"<li class="req req--{}"><span class="req__status">{}</span><span>{}"#,
                    &[class, words, r.condition.text()],
                );
                if r.status == Status::Unanswered {
                    h.raw(" ").answer_link(r.condition.question());
                }
                h.raw("</span></li>");
            }
            h.raw("</ul>")
        }
    };
    h.fill(r#"<p class="muted">{}</p>"#, &[LADDER_NOTE]).done()
}
