//! Red flags: the guide's common mistakes the answers point at, each with its fix.

use partner_fit_engine::assessment::Assessment;

use super::markup::Html;

/// The flags raised, then, more quietly, those still waiting on an answer.
pub fn card(a: &Assessment) -> String {
    let mut h = Html::default();
    h.raw("<h3 id=\"flags-title\">Red flags</h3>");
    if a.flags.is_empty() {
        h.raw("<p>None raised by your answers.</p>");
    } else {
        h.raw("<ul class=\"flags\">");
        for f in &a.flags {
            h.raw("<li class=\"flag\" data-testid=\"red-flag\" data-value=\"")
                .raw(f.id())
                .raw("\"><p class=\"flag__title\"><span class=\"flag__icon\" aria-hidden=\"true\">!</span> ")
                .text(f.title())
                .raw("</p>")
                .el("p", "", f.why())
                .raw("<p><strong>Fix: </strong>")
                .text(f.fix())
                .raw("</p></li>");
        }
        h.raw("</ul>");
    }
    if !a.flags_awaiting.is_empty() {
        h.raw("<ul class=\"flags no-print\">");
        for w in &a.flags_awaiting {
            h.raw("<li class=\"flag flag--maybe\" data-testid=\"red-flag-awaiting\" data-value=\"")
                .raw(w.item.id())
                .raw("\"><p class=\"flag__title\">Possible: ")
                .text(w.item.title())
                .raw("</p>")
                .waits_on(&w.questions, "Depends on:")
                .raw("</li>");
        }
        h.raw("</ul>");
    }
    h.done()
}
