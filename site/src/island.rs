//! The element an island of the wasm mounts into, and what stands in its place without it.

use leptos::prelude::*;
use partner_fit_engine::page::Island;

/// Reserves `island`'s place; `children` show until the wasm replaces them (readers without
/// JavaScript keep them).
#[component]
pub fn IslandSlot(island: Island, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    view! { <div class="island" id=island.id()>{children.map(|c| c())}</div> }
}

/// What an island shows when the interactive part could not start (its download failed, no
/// WebAssembly, an exception while starting): hidden in the page as built, revealed and its
/// Retry wired by the inline loader (scripts/loader.py), which is all that runs then. An alert,
/// so a screen reader announces it when it appears; hidden without JavaScript, where a Retry
/// could not work.
#[component]
pub fn StartFailed(what: &'static str) -> impl IntoView {
    view! {
        <div class="island__failed" role="alert" data-start-failed-note hidden>
            <p>
                {format!("The {what} could not start: part of the page did not load. ")}
                "A flaky connection or a network filter can cause this; Retry loads it again."
            </p>
            <button type="button" class="btn" data-retry>"Retry"</button>
        </div>
    }
}

/// What an island's place shows until the wasm replaces it: its heading, `children` saying
/// why it needs JavaScript, and the note the loader reveals when it could not start. `id` is
/// the anchor the hero's links target.
#[component]
pub fn IslandFallback(
    id: &'static str,
    title: &'static str,
    what: &'static str,
    children: Children,
) -> impl IntoView {
    let title_id = format!("{id}-fallback-title");
    let labelled_by = title_id.clone();
    view! {
        <section class="section wrap island__fallback" id=id aria-labelledby=labelled_by>
            <h2 id=title_id>{title}</h2>
            <p>{children()}</p>
            <StartFailed what />
        </section>
    }
}
