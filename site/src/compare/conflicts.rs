//! The guide's channel-conflict rules and the deal registration they rest on.

use leptos::prelude::*;
use partner_fit_engine::guide::{Conflict, CREDIT_RULES, DEAL_REGISTRATION};

/// Every kind of channel conflict with the rule that settles it, then the specifics the
/// written rules must decide.
#[component]
pub fn Conflicts() -> impl IntoView {
    view! {
        <h3>"When sellers collide: the credit rules"</h3>
        <p class="conflicts__definition">{DEAL_REGISTRATION}</p>
        <dl class="conflicts">
            {Conflict::ALL.map(|c| view! {
                <div class="conflicts__item" id=format!("conflict-{}", c.id())>
                    <dt>{c.name()}</dt>
                    <dd>{c.rule()}</dd>
                </div>
            })}
        </dl>
        <h4>"What the written rules decide"</h4>
        <ul class="conflicts__rules" data-testid="credit-rules">
            {CREDIT_RULES.map(|r| view! { <li>{r}</li> })}
        </ul>
    }
}
