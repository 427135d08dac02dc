//! Section placeholder, being written now.

use leptos::prelude::*;

/// The section.
#[component]
pub fn ShareSection() -> impl IntoView {
    view! { <div></div> }
}
