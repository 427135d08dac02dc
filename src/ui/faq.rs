//! Section placeholder, being written now.

use leptos::prelude::*;

/// The section.
#[component]
pub fn FaqSection() -> impl IntoView {
    view! { <div></div> }
}
