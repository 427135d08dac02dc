//! Share: what the link holds; the link field itself is an island.

use leptos::prelude::*;
use partner_fit_engine::page::Island;

use crate::island::IslandSlot;

/// The share section's text around the link island; on paper also `booking`, how to reach
/// the consultancy (the call-to-action buttons do not print).
#[component]
pub fn ShareSection(booking: String) -> impl IntoView {
    view! {
        <section class="section wrap share" id="share" aria-labelledby="share-title">
            <h2 id="share-title">"Share this scenario"</h2>
            <p>
                "Your browser's address bar always holds the current scenario: every answer and input. "
                "Anyone who opens the link sees the same results and totals, and nothing is stored anywhere else."
            </p>
            <IslandSlot island=Island::Share />
            <p class="print-only">"To go through it with us, book a Partner Audit: " {booking}</p>
        </section>
    }
}
