//! The call to action: book a Partner Audit. The wasm adds the visitor's scenario link to
//! the address; without it the link still leads to the booking page.

use leptos::prelude::*;

/// The call to action, leading to `booking`.
#[component]
pub fn Cta(booking: String, heading: &'static str) -> impl IntoView {
    view! {
        <aside class="section wrap cta no-print" aria-label="Book a Partner Audit">
            <div class="card">
                <h2>{heading}</h2>
                <p>
                    "In a Partner Audit we look at your partner, your numbers and this exact scenario, and leave you "
                    "with a plan for the next two quarters. No email gate: your results above stay yours."
                </p>
                <a class="btn" data-testid="cta" data-booking=booking.clone() href=booking>"Book a Partner Audit"</a>
            </div>
        </aside>
    }
}
