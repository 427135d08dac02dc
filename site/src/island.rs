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
