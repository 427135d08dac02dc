//! Red flags: the guide's common mistakes the answers point at, each with its fix.

use leptos::html::Ul;
use leptos::prelude::*;

use super::assessed::assessed;
use super::parts::show_parts;
use super::waits_on::WaitsOn;

/// The flags raised (the page's prebuilt parts), then, more quietly, those still waiting on
/// an answer.
#[component]
pub fn FlagsCard() -> impl IntoView {
    let raised = assessed(|a| a.flags.clone());
    let awaiting = assessed(|a| a.flags_awaiting.clone());
    let list = NodeRef::<Ul>::new();
    show_parts(list, move || {
        raised.with(|fs| {
            fs.iter()
                .map(|f| format!("[data-testid=red-flag][data-value={}]", f.id()))
                .collect()
        })
    });
    view! {
        <section class="card results__flags" aria-labelledby="flags-title">
            <h3 id="flags-title">"Red flags"</h3>
            <Show
                when=move || raised.with(|f| !f.is_empty())
                fallback=|| view! { <p>"None raised by your answers."</p> }
            >
                <ul class="flags" node_ref=list></ul>
            </Show>
            <Show when=move || awaiting.with(|w| !w.is_empty())>
                <ul class="flags no-print">
                    {move || {
                        awaiting.get().into_iter().map(|w| {
                            view! {
                                <li class="flag flag--maybe" data-testid="red-flag-awaiting" data-value=w.item.id()>
                                    <p class="flag__title">"Possible: " {w.item.title()}</p>
                                    <WaitsOn questions=w.questions lead="Depends on:" />
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </Show>
        </section>
    }
}
