//! The channel-conflict rules that apply to this plan, and how deal registration works.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::trigger;
use partner_fit_engine::guide::DEAL_REGISTRATION;

use super::assessed::assessed;
use super::waits_on::WaitsOn;

/// Each conflict that applies with its rule and what triggers it; then those still possible.
#[component]
pub fn ConflictsCard() -> impl IntoView {
    let applying = assessed(|a| a.conflicts.clone());
    let awaiting = assessed(|a| a.conflicts_awaiting.clone());
    view! {
        <section class="card results__conflicts no-print" aria-labelledby="conflicts-title">
            <h3 id="conflicts-title">"Channel conflicts"</h3>
            <Show
                when=move || applying.with(|c| !c.is_empty())
                fallback=|| view! { <p>"No channel conflict applies to your answers so far."</p> }
            >
                <ul class="res-conflicts">
                    {move || {
                        applying.with(|cs| cs.iter().map(|&c| {
                            view! {
                                <li class="res-conflict" data-testid="conflict" data-value=c.id()>
                                    <p class="res-conflict__name"><strong>{c.name()}</strong></p>
                                    <p><span class="muted">"Why it applies: "</span>" "{trigger(c)}</p>
                                    <p><span class="muted">"The rule: "</span>" "{c.rule()}</p>
                                </li>
                            }
                        }).collect_view())
                    }}
                </ul>
            </Show>
            <Show when=move || awaiting.with(|w| !w.is_empty())>
                <ul class="res-conflicts">
                    {move || {
                        awaiting.get().into_iter().map(|w| {
                            view! {
                                <li class="res-conflict res-conflict--maybe" data-value=w.item.id()>
                                    <p class="res-conflict__name">"Possible: " {w.item.name()}</p>
                                    <WaitsOn questions=w.questions lead="Depends on:" />
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </Show>
            <p class="muted"><strong>"Deal registration: "</strong>{DEAL_REGISTRATION}</p>
        </section>
    }
}
