//! Section placeholder, being written now.

use leptos::prelude::*;

/// The section.
#[component]
pub fn CompareSection() -> impl IntoView {
    view! { <div></div> }
}
