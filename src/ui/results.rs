//! Section placeholder, being written now.

use leptos::prelude::*;

/// The section.
#[component]
pub fn ResultsSection() -> impl IntoView {
    view! { <div></div> }
}
