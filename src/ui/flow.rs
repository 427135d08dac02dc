//! Section placeholder, being written now.

use leptos::prelude::*;

/// The section.
#[component]
pub fn DecisionFlow() -> impl IntoView {
    view! { <div></div> }
}
