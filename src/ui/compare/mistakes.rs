//! The five common mistakes the guide warns about, each with its fix; the results' red
//! flags can link to them by anchor (`#mistake-<id>`).

use partner_fit_engine::guide::Mistake;

use crate::ui::results::markup::Html;

/// Appends the guide's mistakes, in its order.
pub fn markup(h: &mut Html) {
    h.raw("<h3>Five common mistakes, and their fixes</h3><ol class=\"mistakes\">");
    for m in Mistake::ALL {
        h.raw("<li class=\"card mistakes__item\" id=\"mistake-")
            .raw(m.id())
            .raw("\" data-testid=\"mistake\">")
            .el("h4", "", m.title())
            .raw("<p><strong>Why it hurts: </strong>")
            .text(m.why())
            .raw("</p><p class=\"mistakes__fix\"><strong>The fix: </strong>")
            .text(m.fix())
            .raw("</p></li>");
    }
    h.raw("</ol>");
}
