//! The element an island of the wasm mounts into.

use leptos::prelude::*;
use partner_fit_engine::page::Island;

/// Reserves `island`'s place; `children` show until the wasm replaces them (readers without
/// JavaScript keep them).
#[component]
pub fn IslandSlot(island: Island, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    view! { <div class="island" id=island.id()>{children.map(|c| c())}</div> }
}
