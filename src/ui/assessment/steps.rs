//! The list of steps, each a button, so any step can be reopened at any time.

use partner_fit_engine::assessment::Answers;

use super::STEPS;
use crate::ui::results::markup::Html;

/// One button per step (`data-step`, read by the section's click handler) with how many of
/// its questions are answered; the current step is marked with `aria-current` and in text.
pub fn markup(current: u32, a: &Answers) -> String {
    let mut h = Html::default();
    h.raw(r#"<ol class="assess__steps">"#);
    for (i, step) in STEPS.iter().enumerate() {
        let here = i as u32 == current;
        let answered = step.questions.iter().filter(|&&q| a.is_answered(q)).count();
        h.raw(r#"<li><button type="button" class="assess__goto" data-step=""#)
            .int(i)
            .raw(if here { r#"" aria-current="step"# } else { "" })
            .raw(r#""><span class="assess__goto-title">"#)
            .int(i + 1)
            .fill(
                r#". {}</span><span class="assess__goto-status">"#,
                &[step.title],
            )
            .int(answered)
            .raw(" of ")
            .int(step.questions.len())
            .raw(if here {
                " answered · you are here</span></button></li>"
            } else {
                " answered</span></button></li>"
            });
    }
    h.raw("</ol>").done()
}
