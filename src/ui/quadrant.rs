//! Section placeholder, being written now.

use leptos::prelude::*;

/// The section.
#[component]
pub fn QuadrantSection() -> impl IntoView {
    view! { <div></div> }
}
