//! Red flags: the guide's common mistakes the answers point at, each with its fix.

use partner_fit_engine::assessment::Assessment;

use super::markup::Html;

/// The flags raised, then, more quietly, those still waiting on an answer.
pub fn card(a: &Assessment) -> String {
    let mut h = Html::default();
    h.raw(r#"<h3 id="flags-title">Red flags</h3>"#);
    if a.flags.is_empty() {
        h.raw("<p>None raised by your answers.</p>");
    } else {
        h.raw(r#"<ul class="flags">"#);
        for f in &a.flags {
            h.fill(
                r#"<li class="flag" data-testid="red-flag" data-value="{}"><p class="flag__title"><span class="flag__icon" aria-hidden="true">!</span> {}</p><p>{}</p><p><strong>Fix: </strong>{}</p></li>"#,
                &[f.id(), f.title(), f.why(), f.fix()],
            );
        }
        h.raw("</ul>");
    }
    if !a.flags_awaiting.is_empty() {
        h.raw(r#"<ul class="flags no-print">"#);
        for w in &a.flags_awaiting {
            h.fill(
                r#"<li class="flag flag--maybe" data-testid="red-flag-awaiting" data-value="{}"><p class="flag__title">Possible: {}</p>"#,
                &[w.item.id(), w.item.title()],
            )
            .waits_on(&w.questions, "Depends on:")
            .raw("</li>");
        }
        h.raw("</ul>");
    }
    h.done()
}
