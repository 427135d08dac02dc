//! Section placeholder, being written now.

use leptos::prelude::*;

/// The section.
#[component]
pub fn AssessmentSection() -> impl IntoView {
    view! { <div></div> }
}
