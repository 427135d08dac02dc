//! Section placeholder, being written now.

use leptos::prelude::*;

/// The section.
#[component]
pub fn MethodSection() -> impl IntoView {
    view! { <div></div> }
}
