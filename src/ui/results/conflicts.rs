//! The channel-conflict rules that apply to this plan, and how deal registration works.

use leptos::html::Ul;
use leptos::prelude::*;
use partner_fit_engine::guide::DEAL_REGISTRATION;

use super::assessed::assessed;
use super::parts::show_parts;
use super::waits_on::WaitsOn;

/// Each conflict that applies with its rule and what triggers it (the page's prebuilt
/// parts); then those still possible.
#[component]
pub fn ConflictsCard() -> impl IntoView {
    let applying = assessed(|a| a.conflicts.clone());
    let awaiting = assessed(|a| a.conflicts_awaiting.clone());
    let list = NodeRef::<Ul>::new();
    show_parts(list, move || {
        applying.with(|cs| {
            cs.iter()
                .map(|c| format!("[data-testid=conflict][data-value={}]", c.id()))
                .collect()
        })
    });
    view! {
        <section class="card results__conflicts no-print" aria-labelledby="conflicts-title">
            <h3 id="conflicts-title">"Channel conflicts"</h3>
            <Show
                when=move || applying.with(|c| !c.is_empty())
                fallback=|| view! { <p>"No channel conflict applies to your answers so far."</p> }
            >
                <ul class="res-conflicts" node_ref=list></ul>
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
