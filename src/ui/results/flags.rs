//! Red flags: the guide's common mistakes the answers point at, each with its fix.

use leptos::prelude::*;

use super::answer_link::WaitsOn;
use super::read;
use crate::ui::state::use_app_state;

/// The flags raised, then, more quietly, those still waiting on an answer.
#[component]
pub fn RedFlags() -> impl IntoView {
    let state = use_app_state();
    let raised = move || {
        read(state, |a| a.flags.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|f| {
                view! {
                    <li class="flag" data-testid="red-flag" data-value=f.id()>
                        <p class="flag__title"><span class="flag__icon" aria-hidden="true">"!"</span> {f.title()}</p>
                        <p>{f.why()}</p>
                        <p><strong>"Fix: "</strong> {f.fix()}</p>
                    </li>
                }
            })
            .collect_view()
    };
    let none = move || read(state, |a| a.flags.is_empty()).unwrap_or(true);
    let awaiting = move || {
        read(state, |a| a.flags_awaiting.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|w| {
                view! {
                    <li class="flag flag--maybe" data-testid="red-flag-awaiting" data-value=w.item.id()>
                        <p class="flag__title">"Possible: " {w.item.title()}</p>
                        <WaitsOn questions=w.questions lead="Depends on:" />
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card results__flags" aria-labelledby="flags-title">
            <h3 id="flags-title">"Red flags"</h3>
            <p hidden=move || !none()>"None raised by your answers."</p>
            <ul class="flags">{raised}</ul>
            <ul class="flags no-print">{awaiting}</ul>
        </section>
    }
}
