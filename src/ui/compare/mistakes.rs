//! The five common mistakes the guide warns about, each with its fix; the results' red
//! flags can link to them by anchor (`#mistake-<id>`).

use partner_fit_engine::guide::Mistake;

use crate::ui::legacy_markup::Html;

/// Appends the guide's mistakes, in its order.
pub fn markup(h: &mut Html) {
    h.raw(r#"<h3>Five common mistakes, and their fixes</h3><ol class="mistakes">"#);
    for m in Mistake::ALL {
        h.fill(
            r#"<li class="card mistakes__item" id="mistake-{}" data-testid="mistake"><h4>{}</h4><p><strong>Why it hurts: </strong>{}</p><p class="mistakes__fix"><strong>The fix: </strong>{}</p></li>"#,
            &[m.id(), m.title(), m.why(), m.fix()],
        );
    }
    h.raw("</ol>");
}
