//! The common mistakes the guide warns about, each with its fix; red flags in the results
//! link to them by anchor (`#mistake-<id>`).

use leptos::prelude::*;
use partner_fit_engine::guide::Mistake;

/// The guide's mistakes, in its order.
#[component]
pub fn Mistakes() -> impl IntoView {
    view! {
        <h3>"Five common mistakes, and their fixes"</h3>
        <ol class="mistakes">
            {Mistake::ALL.map(|m| view! {
                <li class="card mistakes__item" id=format!("mistake-{}", m.id()) data-testid="mistake">
                    <h4>{m.title()}</h4>
                    <p><strong>"Why it hurts: "</strong>{m.why()}</p>
                    <p class="mistakes__fix"><strong>"The fix: "</strong>{m.fix()}</p>
                </li>
            })}
        </ol>
    }
}
