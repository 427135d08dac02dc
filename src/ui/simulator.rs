//! Section placeholder, being written now.

use leptos::prelude::*;

/// The section.
#[component]
pub fn SimulatorSection() -> impl IntoView {
    view! { <div></div> }
}
